// Load generation for the reliability scripts: autocannon over loopback, cycling through a list of paths, with
// every status and every response time kept (autocannon's own percentiles are rounded to whole milliseconds).
import autocannon from 'autocannon';

/** What one load run gives. */
export interface LoadResult {
  connections: number;
  seconds: number;
  requests: number;
  /** Requests per second, over the whole run. */
  rps: number;
  /** Milliseconds. */
  p50: number;
  p90: number;
  p99: number;
  max: number;
  /** Count per HTTP status. */
  statuses: Record<string, number>;
  /** Connection errors and timeouts (no answer at all). */
  errors: number;
  timeouts: number;
  /** Answers that were not 2xx or 3xx. */
  non2xx: number;
}

/** One answer, for timelines. */
export interface ResponseEvent {
  /** Milliseconds since the run started. */
  at: number;
  status: number;
  /** Response time, milliseconds. */
  ms: number;
}

/** How to load. */
export interface LoadOptions {
  url: string;
  paths: readonly string[];
  connections: number;
  /** Seconds. */
  duration: number;
  /** Seconds without an answer before a request counts as a timeout; default 10. */
  timeout?: number;
  /** Called for every answer (timelines of the fault script). */
  onResponse?: (event: ResponseEvent) => void;
}

/** Percentile of sorted values (nearest rank). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}

/** Runs autocannon against `url`, each request taking the next of `paths`. */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const { paths, connections, duration } = options;
  let index = 0;
  const times: number[] = [];
  const statuses: Record<string, number> = {};
  const started = performance.now();
  let instance: autocannon.Instance | undefined;
  const finished = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon(
      {
        url: options.url,
        connections,
        duration,
        timeout: options.timeout ?? 10,
        requests: [
          {
            setupRequest: (request) => {
              request.path = paths[index % paths.length] ?? '/health';
              index += 1;
              return request;
            },
          },
        ],
      },
      (error, result) => (error ? reject(error as Error) : resolve(result)),
    );
  });
  instance?.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    times.push(responseTime);
    statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
    options.onResponse?.({ at: performance.now() - started, status: statusCode, ms: responseTime });
  });
  const result = await finished;
  times.sort((a, b) => a - b);
  return {
    connections,
    seconds: duration,
    requests: times.length,
    rps: Math.round(times.length / duration),
    p50: percentile(times, 50),
    p90: percentile(times, 90),
    p99: percentile(times, 99),
    max: times.at(-1) ?? Number.NaN,
    statuses,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  };
}

/** `12.3` */
export const ms = (value: number): string => (Number.isFinite(value) ? value.toFixed(1) : '–');

/** A one-line summary of a run. */
export function describeLoad(result: LoadResult): string {
  const statuses = Object.entries(result.statuses)
    .map(([status, count]) => `${status}: ${count}`)
    .join(', ');
  return (
    `${result.requests} requests in ${result.seconds} s (${result.rps} req/s), p50 ${ms(result.p50)} ms, ` +
    `p90 ${ms(result.p90)} ms, p99 ${ms(result.p99)} ms, max ${ms(result.max)} ms; statuses ${statuses}; ` +
    `errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}`
  );
}
