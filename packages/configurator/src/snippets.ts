import type { Locale } from '@inclusion-widgets/core';

/**
 * The snippets a webmaster copies, one per embedding mode, from a widget's attributes: pure functions, no DOM, so
 * that the configurator, its tests and its documentation write exactly the same text.
 *
 * @module
 */

/** The widgets the configurator builds. */
export const widgetNames = ['venue-finder', 'quiz', 'orientation'] as const;

/** A widget the configurator builds. */
export type WidgetName = (typeof widgetNames)[number];

/** The three ways of putting a widget on a page. */
export const embedModes = ['element', 'script', 'iframe'] as const;

/**
 * How a widget goes on a page: `element` (the loader's script, then the element), `script` (one script tag, for a CMS
 * that strips unknown tags), `iframe` (for a CMS that allows only iframes).
 */
export type EmbedMode = (typeof embedModes)[number];

/** A widget's attributes, in the order they are written: name (kebab-case) and value (`''` for a boolean). */
export type AttributeList = ReadonlyArray<readonly [name: string, value: string]>;

/** Where the snippets point. */
export interface SnippetTarget {
  /** The API's base URL, without a trailing slash (`https://api.example.org`). */
  readonly api: string;
  /** The folder of the embed build, with a trailing slash (`https://api.example.org/build/embed/`). */
  readonly embedBase: string;
}

/** The title of an iframe page, as the API's `/embed/<widget>` pages name them (packages/api/src/embed/widgets.ts). */
export const iframeTitles: Readonly<Record<WidgetName, Readonly<Record<Locale, string>>>> = {
  'venue-finder': {
    fr: 'Trouver un lieu d’aide au numérique',
    en: 'Find a place that helps with digital tools',
  },
  quiz: { fr: 'Faire le point sur mes compétences numériques', en: 'Check my digital skills' },
  orientation: {
    fr: 'Trouver la bonne aide pour le numérique',
    en: 'Find the right help with digital tools',
  },
};

/** The height an iframe starts with, in CSS pixels, before its page tells its own. */
export const iframeHeights: Readonly<Record<WidgetName, number>> = {
  'venue-finder': 800,
  quiz: 640,
  orientation: 640,
};

const entities: Readonly<Record<string, string>> = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' };

/**
 * A value written in a double-quoted HTML attribute: `&`, `"`, `<` and `>` as entities, so that no value can close
 * the attribute or the tag, whatever was typed.
 *
 * @example
 * escapeAttribute('a "b" & c'); // 'a &quot;b&quot; &amp; c'
 */
export function escapeAttribute(value: string): string {
  return value.replace(/[&"<>]/g, (char) => entities[char] ?? char);
}

function attributesText(attributes: AttributeList, prefix = ''): string {
  return attributes
    .map(([name, value]) =>
      value === '' && prefix === '' ? ` ${name}` : ` ${prefix}${name}="${escapeAttribute(value)}"`,
    )
    .join('');
}

function loaderTag(target: SnippetTarget, extra = ''): string {
  const src = escapeAttribute(`${target.embedBase}inclusion-widgets.js`);
  return `<script type="module" src="${src}" data-api="${escapeAttribute(target.api)}"${extra}></script>`;
}

/**
 * Mode 1: the loader's script tag, then the element with its attributes (a boolean attribute written bare).
 *
 * @example
 * elementSnippet('quiz', [['quiz', 'competences-numeriques']], target);
 * // <script type="module" src="…/inclusion-widgets.js" data-api="…"></script>
 * // <inclusion-quiz quiz="competences-numeriques"></inclusion-quiz>
 */
export function elementSnippet(widget: WidgetName, attributes: AttributeList, target: SnippetTarget): string {
  const tag = `inclusion-${widget}`;
  return `${loaderTag(target)}\n<${tag}${attributesText(attributes)}></${tag}>`;
}

/**
 * Mode 2, script-only: one script tag whose `data-widget` inserts the widget after itself, each attribute as
 * `data-<name>`.
 *
 * @example
 * scriptSnippet('venue-finder', [['territory', 'departement:59']], target);
 * // <script type="module" src="…" data-api="…" data-widget="venue-finder" data-territory="departement:59"></script>
 */
export function scriptSnippet(widget: WidgetName, attributes: AttributeList, target: SnippetTarget): string {
  return loaderTag(target, ` data-widget="${widget}"${attributesText(attributes, 'data-')}`);
}

/**
 * Mode 3, iframe: the API's `/embed/<widget>` page with the attributes in its query, a title in `locale`, and the
 * small script that resizes it.
 *
 * @example
 * iframeSnippet('venue-finder', [['territory', 'departement:59']], target, 'fr');
 * // <iframe src="…/embed/venue-finder?territory=departement%3A59" title="Trouver un lieu d’aide au numérique" …></iframe>
 * // <script type="module" src="…/inclusion-widgets-iframe.js"></script>
 */
export function iframeSnippet(
  widget: WidgetName,
  attributes: AttributeList,
  target: SnippetTarget,
  locale: Locale,
): string {
  const query = new URLSearchParams(attributes.map(([name, value]) => [name, value])).toString();
  const src = `${target.api}/embed/${widget}${query ? `?${query}` : ''}`;
  const script = `${target.embedBase}inclusion-widgets-iframe.js`;
  return (
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(iframeTitles[widget][locale])}" ` +
    `data-inclusion-widget loading="lazy" height="${iframeHeights[widget]}"></iframe>\n` +
    `<script type="module" src="${escapeAttribute(script)}"></script>`
  );
}

/**
 * The snippet of one mode.
 *
 * @example
 * snippetFor('script', 'quiz', [['quiz', 'competences-numeriques']], target, 'fr');
 */
export function snippetFor(
  mode: EmbedMode,
  widget: WidgetName,
  attributes: AttributeList,
  target: SnippetTarget,
  locale: Locale,
): string {
  if (mode === 'script') return scriptSnippet(widget, attributes, target);
  if (mode === 'iframe') return iframeSnippet(widget, attributes, target, locale);
  return elementSnippet(widget, attributes, target);
}
