export { sharedSettings, startLoader } from './loader.js';
export type { LoaderManifest, WidgetFiles } from './loader.js';
