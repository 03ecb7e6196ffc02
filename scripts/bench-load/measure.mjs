// One cold load of a page in throttled mobile Chromium: the moment the list is usable, then (after a tap on the
// widget's map button) the moment the map shows places, with the bytes received and the long tasks before each.
/* global window */

/** A slow 4G profile (the one Lighthouse calls "slow 4G"), and a mid-range phone's CPU. */
export const throttling = {
  cpuSlowdown: 4,
  latencyMs: 150,
  downloadKbps: 1600,
  uploadKbps: 750,
};

/** The emulated phone: Lighthouse's mobile screen (Moto G Power), touch, a mobile user agent. */
export const device = {
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
  isMobile: true,
  hasTouch: true,
  userAgent:
    'Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36',
};

/**
 * What "usable" means for each widget, checked in the page at every animation frame.
 * - `list`: the first place of the list is in the DOM (so painted in that frame) with its name;
 * - `mapButton`: how the citizen asks for the map on a phone;
 * - `map`: places drawn on the map.
 */
export const widgets = {
  ours: {
    list: `(() => {
      const item = document.querySelector('inclusion-venue-finder')?.shadowRoot?.querySelector('li[part="item"]');
      return Boolean(item && item.textContent.trim());
    })()`,
    mapButton: (page) =>
      page.locator('inclusion-venue-finder').getByRole('button', { name: 'Carte', exact: true }),
    // <inclusion-map> fires inclusion-map-load when the places of the visible area are drawn.
    map: `window.__bench.mapLoaded === true`,
  },
  cn5: {
    list: `(() => {
      const item = document.querySelector('app-mediation-numerique-list-item');
      return Boolean(item && item.textContent.trim());
    })()`,
    mapButton: (page) => page.getByText('Afficher la carte').first(),
    map: `(() => {
      const markers = document.querySelectorAll('.maplibregl-marker');
      return [...markers].some((marker) => {
        const box = marker.getBoundingClientRect();
        return marker.checkVisibility() && box.width > 0 && box.bottom > 0 && box.top < window.innerHeight;
      });
    })()`,
  },
};

/**
 * Installed before any script of the page: records long tasks, and the first frame at which each predicate holds.
 *
 * @param {{ list: string, map: string }} predicates JavaScript expressions
 */
function initScript(predicates) {
  return `(() => {
    const bench = (window.__bench = { longTasks: [], marks: {}, mapLoaded: false, watch: {} });
    try {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) bench.longTasks.push([entry.startTime, entry.duration]);
      }).observe({ type: 'longtask', buffered: true });
    } catch {}
    window.addEventListener('inclusion-map-load', () => (bench.mapLoaded = true), true);
    const checks = { list: () => ${predicates.list}, map: () => ${predicates.map} };
    const frame = () => {
      for (const [name, check] of Object.entries(checks)) {
        if (bench.marks[name] === undefined && (name !== 'map' || bench.watch.map)) {
          try {
            if (check()) bench.marks[name] = performance.now();
          } catch {}
        }
      }
      if (Object.keys(bench.marks).length < 2) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  })();`;
}

/** The bytes of the body the server sends for `url` with this Accept-Encoding (its Content-Length). */
async function compressedSize(url, acceptEncoding = 'gzip, deflate, br, zstd') {
  const response = await fetch(url, {
    headers: { 'Accept-Encoding': acceptEncoding },
    signal: AbortSignal.timeout(30_000),
  });
  const length = Number(response.headers.get('content-length'));
  await response.body?.cancel();
  return Number.isFinite(length) ? length : 0;
}

/** Sum over long tasks that started before `until` (ms since navigation start) of their time beyond 50 ms. */
function blockingTime(longTasks, until) {
  return longTasks
    .filter(([start]) => start < until)
    .reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0);
}

/**
 * Loads `url` once, cold, in a new browser context, and measures.
 *
 * @param {import('playwright').Browser} browser
 * @param {{ url: string, widget: 'ours' | 'cn5', timeoutMs: number }} options
 */
export async function measureOnce(browser, { url, widget, timeoutMs }) {
  const spec = widgets[widget];
  // A new context: empty HTTP cache, no service worker, no storage. bypassCSP: our API sends a strict CSP with
  // its HTML pages, which CN5 (inline styles) was not written for; both pages get the same treatment.
  const context = await browser.newContext({ ...device, bypassCSP: true, locale: 'fr-FR' });
  try {
    await context.addInitScript({ content: initScript(spec) });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    // Playwright's request events cover the page and its dedicated workers (maplibre fetches from its worker).
    /** @type {import('playwright').Request[]} */
    const finished = [];
    /** @type {string[]} */
    const failed = [];
    let inFlight = 0;
    page.on('request', () => (inFlight += 1));
    page.on('requestfinished', (request) => {
      inFlight -= 1;
      finished.push(request);
    });
    page.on('requestfailed', (request) => {
      inFlight -= 1;
      failed.push(request.url());
    });
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
    await cdp.send('Network.clearBrowserCache');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttling.cpuSlowdown });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: throttling.latencyMs,
      downloadThroughput: (throttling.downloadKbps * 1000) / 8,
      uploadThroughput: (throttling.uploadKbps * 1000) / 8,
    });

    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error).slice(0, 200)));
    await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
    const deadline = Date.now() + timeoutMs;
    const waitFor = async (expression, what) => {
      await page
        .waitForFunction(expression, undefined, { polling: 250, timeout: Math.max(1, deadline - Date.now()) })
        .catch(() => {
          throw new Error(`${widget}: no ${what} within ${timeoutMs / 1000} s at ${url}`);
        });
    };
    await waitFor('window.__bench.marks.list !== undefined', 'usable list');
    const tapAt = await page.evaluate(() => performance.now());
    await page.evaluate(() => (window.__bench.watch.map = true));
    await spec.mapButton(page).click({ timeout: Math.max(1, deadline - Date.now()) });
    await waitFor('window.__bench.marks.map !== undefined', 'map with places');
    // Then until nothing has been in flight for a second (at most 60 s more): what the map still loads after
    // showing its places (ours: maplibre's worker and the départements outline; CN5: nothing reachable).
    const settleDeadline = Date.now() + 60_000;
    let quietSince = Date.now();
    while (Date.now() < settleDeadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      if (inFlight > 0) quietSince = Date.now();
      else if (Date.now() - quietSince >= 1000) break;
    }
    const bench = await page.evaluate(() => ({
      marks: window.__bench.marks,
      longTasks: window.__bench.longTasks,
      timeOrigin: performance.timeOrigin,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    }));

    // Each response's end, in the page's clock (ms since its time origin), and its bytes on the wire (headers and
    // compressed body), as Chromium reports them.
    const local = (address) => address.startsWith('http://127.0.0.1');
    const responses = await Promise.all(
      finished
        .filter((request) => local(request.url()))
        .map(async (request) => {
          const timing = request.timing();
          const sizes = await request.sizes();
          const response = await request.response();
          let body = sizes.responseBodySize;
          if (body === 0 && response?.status() === 200 && request.method() === 'GET') {
            // Chromium reports no body size for a worker's own script: ask the server again, with the same
            // Accept-Encoding, what it sends for it (our API sets Content-Length on compressed bodies).
            body = await compressedSize(request.url(), request.headers()['accept-encoding']);
          }
          return {
            url: request.url(),
            path: new URL(request.url()).pathname,
            status: response?.status(),
            startMs: timing.startTime - bench.timeOrigin,
            endMs: timing.startTime + Math.max(0, timing.responseEnd) - bench.timeOrigin,
            bytes: sizes.responseHeadersSize + body,
          };
        }),
    );
    const bytesBefore = (pageMs) =>
      responses
        .filter((response) => response.endMs <= pageMs)
        .reduce((sum, response) => sum + response.bytes, 0);
    const requestsBefore = (pageMs) => responses.filter((response) => response.endMs <= pageMs).length;
    // The same, each address counted once (its largest response): what a page asking for the same file several
    // times at once would cost if the server's caching headers let the browser share one download (CN5 asks for
    // its source 3 to 6 times; our API sends static files with \`Cache-Control: no-cache\`).
    const bytesOnceBefore = (pageMs = Infinity) => {
      const largest = new Map();
      for (const response of responses.filter((item) => item.endMs <= pageMs)) {
        largest.set(response.url, Math.max(largest.get(response.url) ?? 0, response.bytes));
      }
      return [...largest.values()].reduce((sum, bytes) => sum + bytes, 0);
    };
    const { list, map } = bench.marks;
    return {
      fcpMs: bench.fcp,
      list: {
        timeMs: list,
        bytes: bytesBefore(list),
        bytesOnce: bytesOnceBefore(list),
        requests: requestsBefore(list),
        tbtMs: blockingTime(bench.longTasks, list),
      },
      map: {
        timeMs: map,
        bytes: bytesBefore(map),
        bytesOnce: bytesOnceBefore(map),
        requests: requestsBefore(map),
        tbtMs: blockingTime(bench.longTasks, map),
        afterTapMs: map - tapAt,
      },
      settled: {
        timeMs: Math.max(...responses.map((response) => response.endMs)),
        bytes: responses.reduce((sum, response) => sum + response.bytes, 0),
        bytesOnce: bytesOnceBefore(),
        requests: responses.length,
      },
      // Requests that left for another host and failed (CN5's basemap tiles, sprite and glyphs).
      blockedRequests: failed.filter((address) => !local(address) && /^https?:/.test(address)),
      // Every response from this origin: path, HTTP status, start and end (ms), bytes.
      resources: responses.map(({ path, status, startMs, endMs, bytes }) => [
        path,
        status,
        Math.round(startMs),
        Math.round(endMs),
        bytes,
      ]),
      pageErrors: errors,
    };
  } finally {
    await context.close();
  }
}
