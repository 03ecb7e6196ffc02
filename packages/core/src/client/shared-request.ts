import { abortReason, raceSignal } from './signals.js';

/**
 * One request shared by several callers, each with its own `AbortSignal`. A caller that aborts gets its own
 * `AbortError` at once and leaves; the others keep waiting. The underlying work is aborted only when every
 * caller has left while it is still pending (a caller without a signal never leaves), so an abandoned request
 * stops using the network and is then `abandoned` (the client replaces it instead of sharing it).
 *
 * @example
 * const shared = new SharedRequest((signal) => load(url, signal));
 * const a = shared.join(taskSignal);  // rejects with AbortError if taskSignal aborts
 * const b = shared.join();            // keeps the request alive
 */
export class SharedRequest<T> {
  /** The outcome of the underlying work. */
  readonly promise: Promise<T>;
  private readonly controller = new AbortController();
  private pending = true;
  private holders = 0;
  private keptAlive = false;

  constructor(run: (signal: AbortSignal) => Promise<T>) {
    this.promise = run(this.controller.signal);
    // Also marks a rejection nobody waits for any more (every caller left) as handled.
    this.promise.then(
      () => (this.pending = false),
      () => (this.pending = false),
    );
  }

  /** Whether every caller left and the underlying work was aborted. */
  get abandoned(): boolean {
    return this.controller.signal.aborted;
  }

  /** Waits for the outcome, or rejects with `signal`'s reason as soon as it aborts. */
  join(signal?: AbortSignal): Promise<T> {
    if (!signal) {
      this.keptAlive = true;
      return this.promise;
    }
    if (signal.aborted) return Promise.reject(abortReason(signal));
    this.holders += 1;
    return raceSignal(this.promise, signal, () => this.leave());
  }

  private leave(): void {
    this.holders -= 1;
    if (this.holders === 0 && !this.keptAlive && this.pending) this.controller.abort();
  }
}
