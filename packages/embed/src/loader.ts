/**
 * The loader of the one-script-tag embed: a few hundred bytes that the host page loads instead of the widgets.
 * It loads each widget's code the first time its tag appears on the page, and inserts widgets for script-only
 * embeds. Nothing here imports Lit or the widgets: they come with each widget's own files (the ui package gives
 * only its console logger).
 */
import { createLogger } from '@inclusion-widgets/ui';

/** What the build tells the loader about one widget: its entry and the chunks that entry imports at once. */
export interface WidgetFiles {
  /** The widget's entry, relative to the loader (`venue-finder-3f2a1c.js`). */
  readonly entry: string;
  /** The chunks the entry imports statically, relative to the loader: preloaded with the entry, in parallel. */
  readonly preload: readonly string[];
}

/** What the build tells the loader: its version, and the files of each widget by tag name. */
export interface LoaderManifest {
  readonly version: string;
  readonly widgets: Readonly<Record<string, WidgetFiles>>;
}

/** The settings a script tag gives every widget that does not set them itself (`data-api`, `data-lang`…). */
export const sharedSettings = ['api', 'lang', 'color', 'partner'] as const;

/** Where a loader records itself on the page: one registry for every copy and version of the loader. */
const registryKey = Symbol.for('inclusion-widgets/loader');

interface Registry {
  readonly version: string;
  readonly url: string;
  /** Scripts seen (script-only widgets inserted once, even when two loaders see the same tag). */
  readonly scripts: WeakSet<HTMLScriptElement>;
  /** Asks the running loader to look at a script tag, e.g. one of another copy of the loader. */
  adopt(script: HTMLScriptElement): void;
}

type GlobalWithRegistry = typeof globalThis & { [registryKey]?: Registry };

const logger = createLogger('inclusion-widgets');

/**
 * Starts the loader at `url` (its own `import.meta.url`): reads its script tag's settings, inserts the widgets of
 * script-only tags, and loads each widget's files when its tag first appears (now or later). A second loader on the
 * page (the same script twice, or another version) defers to the first: it only hands its script tag over, and
 * warns once when the versions differ. Returns a function that stops this loader (tests; a page never needs it).
 *
 * @example
 * startLoader(import.meta.url, { version: '1.0.0', widgets: { 'inclusion-quiz': { entry: 'quiz.js', preload: [] } } });
 */
export function startLoader(url: string, manifest: LoaderManifest, page: Document = document): () => void {
  const global = globalThis as GlobalWithRegistry;
  const scripts = scriptsOf(url, page);
  const running = global[registryKey];
  if (running) {
    if (running.version !== manifest.version) {
      logger.warnOnce(
        'versions',
        `loaded twice, versions ${running.version} (${running.url}) and ${manifest.version} (${url}); ` +
          `the first one is used. Load the widgets script only once per page.`,
      );
    }
    for (const script of scripts) running.adopt(script);
    return () => {};
  }
  const loaded = new Set<string>();
  const defaults: Record<string, string> = {};
  let nonce = '';
  const registry: Registry = {
    version: manifest.version,
    url,
    scripts: new WeakSet(),
    adopt(script) {
      if (registry.scripts.has(script)) return;
      registry.scripts.add(script);
      nonce ||= script.nonce ?? '';
      for (const name of sharedSettings) {
        const value = script.dataset[name];
        if (value !== undefined && defaults[name] === undefined) defaults[name] = value;
      }
      insertScriptOnlyWidget(script, manifest);
    },
  };
  global[registryKey] = registry;
  for (const script of scripts) registry.adopt(script);
  nonce ||= page.querySelector<HTMLElement>('script[nonce]')?.nonce ?? '';

  const tags = Object.keys(manifest.widgets);
  const selector = tags.join(',');
  const load = (tag: string) => {
    if (loaded.has(tag)) return;
    loaded.add(tag);
    const files = manifest.widgets[tag];
    if (!files) return;
    for (const chunk of files.preload) preload(page, new URL(chunk, url).href, nonce);
    import(/* @vite-ignore */ new URL(files.entry, url).href).catch((error: unknown) => {
      loaded.delete(tag);
      logger.error(`the code of <${tag}> did not load from ${new URL(files.entry, url).href}`, error);
    });
  };
  const visit = (element: Element) => {
    if (!tags.includes(element.localName)) return;
    for (const name of sharedSettings) {
      const value = defaults[name];
      if (value !== undefined && !element.hasAttribute(name)) element.setAttribute(name, value);
    }
    load(element.localName);
  };
  const scan = (root: ParentNode) => {
    if (root instanceof Element) visit(root);
    root.querySelectorAll(selector).forEach(visit);
  };
  scan(page);
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof HTMLScriptElement && isLoaderScript(node, url)) registry.adopt(node);
        else if (node instanceof Element) scan(node);
      }
    }
  });
  observer.observe(page.documentElement, { childList: true, subtree: true });
  return () => {
    observer.disconnect();
    if (global[registryKey] === registry) global[registryKey] = undefined;
  };
}

/** The script tags of this loader on the page: module scripts whose address is the loader's. */
function scriptsOf(url: string, page: Document): HTMLScriptElement[] {
  return [...page.querySelectorAll<HTMLScriptElement>('script[src]')].filter((script) =>
    isLoaderScript(script, url),
  );
}

function isLoaderScript(script: HTMLScriptElement, url: string): boolean {
  return script.src.split(/[?#]/)[0] === url.split(/[?#]/)[0];
}

/**
 * Script-only mode: `data-widget="quiz"` on the script tag inserts `<inclusion-quiz>` right after it, with the
 * tag's other `data-*` attributes (`data-territory` → `territory`, `data-radius-km` → `radius-km`, and its own
 * `data-api`, `data-lang`…).
 */
function insertScriptOnlyWidget(script: HTMLScriptElement, manifest: LoaderManifest): void {
  const name = script.dataset['widget']?.trim().toLowerCase();
  if (name === undefined) return;
  const tag = `inclusion-${name.replace(/^inclusion-/, '')}`;
  if (!Object.hasOwn(manifest.widgets, tag)) {
    const known = Object.keys(manifest.widgets).map((widget) => widget.replace(/^inclusion-/, ''));
    logger.error(
      `data-widget="${script.dataset['widget']}" is not a widget; expected one of ${known.join(', ')}.`,
    );
    return;
  }
  const widget = script.ownerDocument.createElement(tag);
  for (const attribute of script.attributes) {
    if (!attribute.name.startsWith('data-')) continue;
    const name = attribute.name.slice('data-'.length);
    if (name !== 'widget') widget.setAttribute(name, attribute.value);
  }
  script.after(widget);
}

/** `<link rel="modulepreload">` for a chunk, once, with the page's nonce (a strict CSP asks for it). */
function preload(page: Document, href: string, nonce: string): void {
  if (page.head.querySelector(`link[rel="modulepreload"][href="${CSS.escape(href)}"]`)) return;
  const link = page.createElement('link');
  link.rel = 'modulepreload';
  link.href = href;
  if (nonce) link.nonce = nonce;
  page.head.append(link);
}
