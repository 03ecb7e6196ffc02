/**
 * Inside a widget's iframe page (`/embed/<widget>`): posts the page's height to the page that frames it, at
 * start and on every change, so that the host's snippet (`iframe-host.ts`) resizes the iframe. Nothing is sent
 * when the page is not in a frame.
 */
import { resizeMessageType, type ResizeMessage } from './iframe-message.js';

/**
 * Starts posting `{ type: 'inclusion-widgets:resize', height }` to `target` (the parent window) whenever the
 * height of `page`'s content changes (a `ResizeObserver` on `<html>` and `<body>`), in whole CSS pixels rounded
 * up, and only when that number changes. The target origin is `*`: the height is no secret, and the page cannot
 * know which site frames it; the host checks where the message comes from. Returns a function that stops it.
 *
 * @example
 * startResizeSender(); // in the iframe page, once
 */
export function startResizeSender(
  page: Document = document,
  target: Window | null = parentOf(page),
): () => void {
  if (!target) return () => {};
  let sent = -1;
  const send = () => {
    const height = Math.ceil(page.documentElement.getBoundingClientRect().height);
    if (height === sent) return;
    sent = height;
    const message: ResizeMessage = { type: resizeMessageType, height };
    target.postMessage(message, '*');
  };
  const observer = new ResizeObserver(send);
  observer.observe(page.documentElement);
  if (page.body) observer.observe(page.body);
  send();
  return () => observer.disconnect();
}

/** The window that frames `page`, or `null` when `page` is the top window's. */
function parentOf(page: Document): Window | null {
  const view = page.defaultView;
  return view && view.parent !== view ? view.parent : null;
}
