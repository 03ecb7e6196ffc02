/**
 * The host page's side of the iframe mode: resizes each `<iframe data-inclusion-widget>` to the height its widget
 * page reports (`iframe-frame.ts`). A message is taken only when it comes from that iframe's window
 * (`event.source`) *and* from the origin of its `src` (`event.origin`), with the expected shape; everything else
 * is ignored. The height is set through the CSSOM (`iframe.style.height`), which a strict CSP allows.
 *
 * An iframe without a `width` attribute is given the full width of its container (`width: 100%`, CSSOM too): the
 * snippet has no `width="100%"`, which is not valid HTML (the attribute takes a number of pixels; RGAA 8.2). A
 * page that wants another width writes `width="600"` or its own CSS rule with `!important`.
 */
import { isResizeMessage } from './iframe-message.js';

/** The iframes this script resizes. */
export const iframeSelector = 'iframe[data-inclusion-widget]';

/** Where a copy of this script records itself, so that loading it twice listens once. */
const registryKey = Symbol.for('inclusion-widgets/iframe-host');

type GlobalWithRegistry = typeof globalThis & { [registryKey]?: true };

/**
 * Listens to the messages of the widgets' iframes on `page`, including iframes added later (they are looked up
 * when a message arrives). Loaded twice, it listens once. Returns a function that stops it (tests).
 *
 * @example
 * startIframeHost(); // <iframe src="https://api.example.org/embed/quiz" data-inclusion-widget title="…">
 */
export function startIframeHost(page: Document = document): () => void {
  const view = page.defaultView;
  const global = globalThis as GlobalWithRegistry;
  if (!view || global[registryKey]) return () => {};
  global[registryKey] = true;
  for (const iframe of page.querySelectorAll<HTMLIFrameElement>(iframeSelector)) fullWidth(iframe);
  const onMessage = (event: MessageEvent) => {
    if (!event.source || !isResizeMessage(event.data)) return;
    const iframe = [...page.querySelectorAll<HTMLIFrameElement>(iframeSelector)].find(
      (candidate) => candidate.contentWindow === event.source,
    );
    if (!iframe || originOf(iframe) !== event.origin) return;
    fullWidth(iframe);
    iframe.style.setProperty('height', `${Math.ceil(event.data.height)}px`);
  };
  view.addEventListener('message', onMessage);
  return () => {
    view.removeEventListener('message', onMessage);
    global[registryKey] = undefined;
  };
}

/** Gives an iframe without a `width` attribute the width of its container. */
function fullWidth(iframe: HTMLIFrameElement): void {
  if (!iframe.hasAttribute('width')) iframe.style.setProperty('width', '100%');
}

/** The origin of an iframe's `src`; `undefined` for none, or an opaque one (`about:blank`, `data:`, sandboxed). */
function originOf(iframe: HTMLIFrameElement): string | undefined {
  try {
    const { origin } = new URL(iframe.src);
    return origin === 'null' ? undefined : origin;
  } catch {
    return undefined;
  }
}
