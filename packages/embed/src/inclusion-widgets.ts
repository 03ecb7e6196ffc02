// The one script tag's module: `<script type="module" src="…/inclusion-widgets.js" data-api="…">`. The build
// (scripts/build-embed.mjs) replaces `__INCLUSION_WIDGETS__` with the files of this version's widgets.
import { startLoader, type LoaderManifest } from './loader.js';

declare const __INCLUSION_WIDGETS__: LoaderManifest;

startLoader(import.meta.url, __INCLUSION_WIDGETS__);
