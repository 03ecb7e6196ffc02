import * as z from 'zod/mini';

/** The media type of an RFC 9457 problem document. */
export const problemMediaType = 'application/problem+json';

/** One invalid input named by a problem document: the dotted path of the parameter or field, and why. */
export const problemErrorSchema = z.object({
  path: z.string('path must be a string'),
  message: z.string('message must be a string'),
});

/**
 * An error response of the API (RFC 9457 `application/problem+json`). `type` defaults to `about:blank`;
 * `errors` lists invalid inputs. Extension members are kept.
 *
 * @example
 * const problem = problemSchema.safeParse(await response.json());
 * if (problem.success) console.warn(problem.data.title, problem.data.detail);
 */
export const problemSchema = z.looseObject({
  type: z._default(z.string('type must be a URI reference'), 'about:blank'),
  title: z.string('title must be a string'),
  status: z
    .int('status must be an integer')
    .check(z.gte(100, 'status must be an HTTP status'), z.lte(599, 'status must be an HTTP status')),
  detail: z.optional(z.string('detail must be a string')),
  instance: z.optional(z.string('instance must be a string')),
  errors: z.optional(z.array(problemErrorSchema, 'errors must be an array')),
});

/** A problem document, as parsed. */
export type Problem = z.infer<typeof problemSchema>;
