// The all-in-one bundle's own module: `<script type="module" src="…/inclusion-widgets-all.js" data-api="…">`.
// The build (scripts/build-embed.mjs) bundles it with every widget's define module in one file, and replaces
// `__INCLUSION_WIDGETS_ALL__` with the version and the widgets' tags. The loader runs as in the lazy bundle (the
// script tag's data-* settings, script-only widgets, one copy per page); each widget's "entry" is this very file,
// already evaluated, so the loader's import of it fetches nothing.
import { startLoader, type LoaderManifest } from './loader.js';

declare const __INCLUSION_WIDGETS_ALL__: { readonly version: string; readonly tags: readonly string[] };

const manifest: LoaderManifest = {
  version: __INCLUSION_WIDGETS_ALL__.version,
  widgets: Object.fromEntries(
    __INCLUSION_WIDGETS_ALL__.tags.map((tag) => [tag, { entry: import.meta.url, preload: [] }]),
  ),
};
startLoader(import.meta.url, manifest);
