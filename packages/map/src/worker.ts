import { getWorkerUrl, setWorkerUrl } from 'maplibre-gl';

/*
 * maplibre-gl runs its parsing in a Web Worker loaded from a separate file, `maplibre-gl-worker.mjs`.
 *
 * - Unbundled (web-test-runner, a dev server or a CDN serving the modules as they are), maplibre finds that
 *   file itself, next to its own module (`import.meta.url`); when that is another origin than the page's, it
 *   starts the worker from a same-origin `blob:` URL that imports it (CSP: `worker-src blob:`).
 * - Bundled, maplibre's module is inside a chunk and the worker file is not next to it. Bundlers (Vite,
 *   webpack, Parcel) turn `new URL('<file>', import.meta.url)` with a literal into the URL of a copy they
 *   emit: `emittedWorkerUrl` below is that copy. Unbundled, the same expression keeps its literal and points
 *   next to this module, where there is no worker; `unrewrittenWorkerUrl` (built from a variable, which no
 *   bundler rewrites) is then the same URL, and maplibre's own lookup is kept.
 *
 * The worker of maplibre-gl 6 is one self-contained file (its `maplibre-gl-shared.mjs` is empty), so a
 * verbatim copy works.
 */

// `?no-inline`: Vite inlines every asset as a `data:` URL in library mode, but for this one (about 500 KB).
const workerPath = 'maplibre-gl/dist/maplibre-gl-worker.mjs?no-inline';
const emittedWorkerUrl = new URL('maplibre-gl/dist/maplibre-gl-worker.mjs?no-inline', import.meta.url).href;
const unrewrittenWorkerUrl = new URL(workerPath, import.meta.url).href;

/**
 * Points maplibre at the worker file a bundler emitted, unless the page already chose one with maplibre's
 * `setWorkerUrl()`. Call before creating the first map; does nothing when the modules are not bundled.
 *
 * @example
 * useEmittedWorker();
 * const map = new Map({ container, style });
 */
export function useEmittedWorker(): void {
  if (emittedWorkerUrl !== unrewrittenWorkerUrl && getWorkerUrl() === '') setWorkerUrl(emittedWorkerUrl);
}
