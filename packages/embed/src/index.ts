export { sharedSettings, startLoader } from './loader.js';
export type { LoaderManifest, WidgetFiles } from './loader.js';
export { iframeSelector, startIframeHost } from './iframe-host.js';
export { startResizeSender } from './iframe-frame.js';
export { isResizeMessage, maxResizeHeight, resizeMessageType, type ResizeMessage } from './iframe-message.js';
