/** The locales the widgets ship catalogs for. French is the default. */
export const locales = ['fr', 'en'] as const;

/** A supported locale. */
export type Locale = (typeof locales)[number];

/** The locale used when nothing else matches. */
export const defaultLocale: Locale = 'fr';

/**
 * Whether a value is a supported locale code (exactly `fr` or `en`).
 */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/**
 * Maps a BCP 47 language tag to a supported locale, or `undefined` when none matches.
 *
 * @example
 * matchLocale('fr-CA'); // 'fr'
 * matchLocale('EN_gb'); // 'en'
 * matchLocale('de');    // undefined
 */
export function matchLocale(tag: string | null | undefined): Locale | undefined {
  if (!tag) return undefined;
  const language = tag.trim().toLowerCase().split(/[-_]/)[0];
  return isLocale(language) ? language : undefined;
}

/**
 * Picks the first candidate that maps to a supported locale, in order, else French.
 * Widgets pass their own `lang`, then the closest `[lang]` ancestor, then `<html lang>`.
 *
 * @example
 * resolveLocale(undefined, 'de', 'en-GB'); // 'en'
 * resolveLocale(); // 'fr'
 */
export function resolveLocale(...candidates: Array<string | null | undefined>): Locale {
  for (const candidate of candidates) {
    const locale = matchLocale(candidate);
    if (locale) return locale;
  }
  return defaultLocale;
}
