import type { Locale } from '@inclusion-widgets/core';
import type { EmbedWidget } from './widgets.js';

/** What an iframe page holds besides its widget. */
export interface EmbedPageOptions {
  /** The page's language: `<html lang>` and its title. */
  readonly locale: Locale;
  /** The loader of the embed build (`EMBED_SCRIPT_URL`). */
  readonly scriptUrl: string;
  /** The script that posts the page's height to the host (`inclusion-widgets-frame.js` beside the loader). */
  readonly frameScriptUrl: string;
  /** The widget's `api`: the API that serves the page. */
  readonly api: string;
}

/**
 * Escapes text for an HTML attribute value between double quotes or for element content: every character that
 * could end the value or start markup (`&`, `<`, `>`, `"`, `'`) becomes a character reference.
 *
 * @example
 * escapeHtml('"><script>'); // '&quot;&gt;&lt;script&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/**
 * The HTML page of one widget for an iframe: the widget alone with the given attributes (names the caller has
 * checked, values escaped here), the loader, and the script that reports the page's height to the host. No inline
 * script or style: the page runs under the server's strict Content-Security-Policy.
 *
 * @example
 * embedPage(embedWidgets.quiz, [['quiz', 'competences-numeriques']], options);
 */
export function embedPage(
  widget: EmbedWidget,
  attributes: ReadonlyArray<readonly [name: string, value: string]>,
  options: EmbedPageOptions,
): string {
  const attributeText = [['api', options.api] as const, ...attributes]
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
  return `<!doctype html>
<html lang="${options.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<link rel="icon" href="data:,">
<title>${escapeHtml(widget.title[options.locale])}</title>
<script type="module" src="${escapeHtml(options.scriptUrl)}"></script>
<script type="module" src="${escapeHtml(options.frameScriptUrl)}"></script>
</head>
<body>
<main>
<${widget.tag}${attributeText}></${widget.tag}>
</main>
</body>
</html>
`;
}

const notFoundText = {
  fr: {
    title: 'Module introuvable',
    heading: 'Ce module n’existe pas',
    detail: (name: string, known: string) =>
      `« ${name} » n’est pas le nom d’un module. Les modules sont : ${known}. Vérifiez l’adresse de la page (/embed/<module>).`,
  },
  en: {
    title: 'Widget not found',
    heading: 'There is no such widget',
    detail: (name: string, known: string) =>
      `“${name}” is not the name of a widget. The widgets are: ${known}. Check the page’s address (/embed/<widget>).`,
  },
} as const;

/**
 * The page answered with 404 for an unknown widget: a plain message naming the widgets there are, in `locale`.
 *
 * @example
 * notFoundPage('carte', ['venue-finder', 'quiz', 'orientation'], 'fr');
 */
export function notFoundPage(name: string, known: readonly string[], locale: Locale): string {
  const text = notFoundText[locale];
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<link rel="icon" href="data:,">
<title>${text.title}</title>
</head>
<body>
<main>
<h1>${text.heading}</h1>
<p>${escapeHtml(text.detail(name, known.join(', ')))}</p>
</main>
</body>
</html>
`;
}
