/** Media type of error bodies (RFC 9457). */
export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** An error body: RFC 9457 "Problem Details for HTTP APIs", with optional extension members. */
export interface Problem {
  /** A URI naming the kind of problem; `about:blank` when the status says it all. */
  type: string;
  /** A short summary of the kind of problem, the same for every occurrence. */
  title: string;
  /** The HTTP status code. */
  status: number;
  /** What went wrong this time, for a developer reading it. */
  detail: string;
  /** Extension members, e.g. `database` on `/health`. */
  [extension: string]: unknown;
}

const titles: Record<number, string> = {
  400: 'Bad Request',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/**
 * Builds an `application/problem+json` response. Without a `type`, it is `about:blank` and the title is the
 * status's reason phrase, as RFC 9457 asks.
 *
 * @example
 * return problemResponse({ status: 404, detail: `No venue with id ${id}.` });
 */
export function problemResponse(
  problem: Partial<Problem> & { status: number; detail: string },
  headers: Record<string, string> = {},
): Response {
  const {
    type = 'about:blank',
    title = titles[problem.status] ?? 'Error',
    status,
    detail,
    ...extensions
  } = problem;
  const body: Problem = { type, title, status, detail, ...extensions };
  return new Response(JSON.stringify(body), {
    status,
    headers: { ...headers, 'Content-Type': PROBLEM_CONTENT_TYPE },
  });
}
