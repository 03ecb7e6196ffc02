/**
 * The one place that calls the browser's Geolocation API: a promise with typed error kinds, a time limit
 * and an abort signal. Called only from a click on "Autour de moi", never on load.
 */

/** Why no position came: refused, not found, too slow, no Geolocation API, or a page not served over https. */
export const geolocationErrorKinds = ['denied', 'unavailable', 'timeout', 'unsupported', 'insecure'] as const;

/** Why no position came (see `geolocationErrorKinds`). */
export type GeolocationErrorKind = (typeof geolocationErrorKinds)[number];

/** A failed position request; `kind` says why, for a message that tells the citizen what to do. */
export class GeolocationError extends Error {
  /** Why no position came. */
  readonly kind: GeolocationErrorKind;

  constructor(kind: GeolocationErrorKind, message: string = kind, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'GeolocationError';
    this.kind = kind;
  }
}

/** A position, in degrees (WGS 84). */
export interface GeoPosition {
  /** Longitude. */
  readonly lon: number;
  /** Latitude. */
  readonly lat: number;
  /** Radius of uncertainty, in metres. */
  readonly accuracy: number;
}

/** Options of `getCurrentPosition`. */
export interface GeolocationOptions {
  /** Time the browser may take to find the position once allowed, in ms; 10 s by default. */
  readonly timeout?: number;
  /**
   * Longest wait in all, in ms, a permission prompt left unanswered included (the browser's own timeout
   * starts only once the person has answered it); three times `timeout` by default.
   */
  readonly maxWait?: number;
  /** Age of a position the browser may reuse, in ms; 5 minutes by default (faster, and enough for a town). */
  readonly maximumAge?: number;
  /** Aborts the request: the promise then rejects with the signal's reason. */
  readonly signal?: AbortSignal | undefined;
  /** The Geolocation API; `navigator.geolocation` by default. */
  readonly geolocation?: Geolocation | undefined;
  /** Whether the page is a secure context; `globalThis.isSecureContext` by default. */
  readonly secureContext?: boolean;
}

/** Default of `GeolocationOptions.timeout`, in ms. */
export const geolocationTimeout = 10_000;

/**
 * The device's position, or a `GeolocationError`: `insecure` on a page not served over https (browsers give
 * no position there), `unsupported` without the Geolocation API, `denied` when the person or the browser
 * refuses, `unavailable` when the device cannot tell, `timeout` when it takes too long. Low accuracy, which
 * is faster, uses less battery and is enough to find places nearby.
 *
 * @example
 * try {
 *   const { lon, lat } = await getCurrentPosition({ signal });
 * } catch (error) {
 *   if (error instanceof GeolocationError && error.kind === 'denied') showHowToAllow();
 * }
 */
export function getCurrentPosition(options: GeolocationOptions = {}): Promise<GeoPosition> {
  const { timeout = geolocationTimeout, maximumAge = 5 * 60_000, signal } = options;
  const maxWait = options.maxWait ?? timeout * 3;
  const secure = options.secureContext ?? globalThis.isSecureContext;
  const geolocation = 'geolocation' in options ? options.geolocation : globalThis.navigator?.geolocation;
  return new Promise<GeoPosition>((resolve, reject) => {
    if (signal?.aborted) return reject(abortReason(signal));
    // Checked first: some browsers keep the API on insecure pages and answer "denied", which would mislead.
    if (secure === false) return reject(new GeolocationError('insecure', 'The page is not a secure context'));
    if (!geolocation) return reject(new GeolocationError('unsupported', 'No Geolocation API'));
    let settled = false;
    const finish = (settle: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      settle();
    };
    const onAbort = (event: Event): void => finish(() => reject(abortReason(event.target as AbortSignal)));
    const timer = setTimeout(
      () => finish(() => reject(new GeolocationError('timeout', `No position within ${maxWait} ms`))),
      maxWait,
    );
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      geolocation.getCurrentPosition(
        ({ coords }) =>
          finish(() => resolve({ lon: coords.longitude, lat: coords.latitude, accuracy: coords.accuracy })),
        (error) => finish(() => reject(toGeolocationError(error))),
        { enableHighAccuracy: false, timeout, maximumAge },
      );
    } catch (error) {
      finish(() => reject(new GeolocationError('unsupported', 'getCurrentPosition threw', { cause: error })));
    }
  });
}

/** Maps a `GeolocationPositionError` code to a kind (1 denied, 2 unavailable, 3 timeout). */
function toGeolocationError(error: GeolocationPositionError): GeolocationError {
  const kind: GeolocationErrorKind =
    error.code === 1 ? 'denied' : error.code === 3 ? 'timeout' : 'unavailable';
  return new GeolocationError(kind, error.message || kind, { cause: error });
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('This operation was aborted', 'AbortError');
}
