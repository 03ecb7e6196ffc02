/**
 * The one message of the iframe mode: a widget's page (`/embed/<widget>`) tells the page that frames it how tall
 * its content is, so that the iframe shows all of it without a scroll bar of its own.
 */

/** The `type` of the resize message. */
export const resizeMessageType = 'inclusion-widgets:resize';

/** What a widget's page posts to its parent: its content's height in CSS pixels. */
export interface ResizeMessage {
  readonly type: typeof resizeMessageType;
  readonly height: number;
}

/** The tallest height taken from a message (CSS px): a page cannot make an iframe absurdly tall. */
export const maxResizeHeight = 100_000;

/**
 * Whether `data` is a resize message: an object with this `type` and a finite `height` from 0 to
 * `maxResizeHeight`. Anything else (another library's messages, a string, a hostile value) is not.
 *
 * @example
 * isResizeMessage({ type: 'inclusion-widgets:resize', height: 640 }); // true
 */
export function isResizeMessage(data: unknown): data is ResizeMessage {
  if (typeof data !== 'object' || data === null) return false;
  const { type, height } = data as Record<string, unknown>;
  return (
    type === resizeMessageType &&
    typeof height === 'number' &&
    Number.isFinite(height) &&
    height >= 0 &&
    height <= maxResizeHeight
  );
}
