/**
 * Small helpers over `AbortSignal` that work in Node 20 and every evergreen browser, without relying on
 * `AbortSignal.any` or `AbortSignal.timeout`.
 */

/**
 * The reason an aborted signal rejects with, as `fetch` does: the signal's own reason (an `AbortError`
 * `DOMException` for a plain `abort()`), or a new `AbortError` when it has none.
 *
 * @example
 * if (signal.aborted) return Promise.reject(abortReason(signal));
 */
export function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('This operation was aborted', 'AbortError');
}

/**
 * A controller aborted when `parent` aborts (with the same reason) or when `timeout` ms have passed (with
 * `timeoutReason`); `dispose()` stops the timer and detaches from `parent`. Always call it.
 *
 * @example
 * const link = linkedController(signal, 10_000, new Error('timeout'));
 * try { await fetch(url, { signal: link.signal }); } finally { link.dispose(); }
 */
export function linkedController(
  parent: AbortSignal,
  timeout: number,
  timeoutReason: unknown,
): { readonly signal: AbortSignal; readonly timedOut: () => boolean; readonly dispose: () => void } {
  const controller = new AbortController();
  let timedOut = false;
  const onAbort = () => controller.abort(parent.reason);
  if (parent.aborted) onAbort();
  else parent.addEventListener('abort', onAbort, { once: true });
  const timer = Number.isFinite(timeout)
    ? setTimeout(() => {
        timedOut = true;
        controller.abort(timeoutReason);
      }, timeout)
    : undefined;
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    dispose: () => {
      clearTimeout(timer);
      parent.removeEventListener('abort', onAbort);
    },
  };
}

/**
 * Waits `ms` milliseconds, or rejects with the signal's reason as soon as it aborts.
 *
 * @example
 * await sleep(300, signal);
 */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(abortReason(signal));
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortReason(signal));
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Settles like `promise`, or rejects with the signal's reason as soon as it aborts, even if the work behind
 * `promise` ignores the signal (a custom `fetch`, a stalled body). `onAbort` runs once, after that rejection.
 *
 * @example
 * const response = await raceSignal(fetch(url, { signal }), signal);
 */
export function raceSignal<T>(promise: Promise<T>, signal: AbortSignal, onAbort?: () => void): Promise<T> {
  if (signal.aborted) {
    promise.catch(() => {});
    return Promise.reject(abortReason(signal));
  }
  return new Promise<T>((resolve, reject) => {
    const abort = () => {
      reject(abortReason(signal));
      onAbort?.();
    };
    signal.addEventListener('abort', abort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', abort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', abort);
        reject(error);
      },
    );
  });
}
