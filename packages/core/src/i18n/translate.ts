import { en } from './catalog.en.js';
import { fr, type Catalog, type Message, type MessageKey } from './catalog.fr.js';
import type { Locale } from './locale.js';

/** Every catalog, by locale. */
export const catalogs: Readonly<Record<Locale, Catalog>> = { fr, en };

/** Values for a message's `{name}` placeholders; `count` also selects plural forms. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** A catalog of messages in one locale: `{name}` placeholders, plural forms chosen by `count`. */
export type MessageCatalog = { readonly [key: string]: Message };

/** The same keys, each with a message of the same shape (a string, or plural forms) as in `C`. */
export type CatalogLike<C extends MessageCatalog> = {
  readonly [K in keyof C]: C[K] extends string ? string : Message;
};

/** Fills a message of a catalog (see `createTranslator`). */
export type Translator<K extends string> = (locale: Locale, key: K, params?: MessageParams) => string;

const pluralRules = new Map<Locale, Intl.PluralRules>();

/**
 * Makes a `translate` function over one catalog per locale, the French one the reference (its keys type the
 * function, and it answers for a key another catalog lacks). Each widget keeps its own messages this way, so
 * that a page with one widget downloads only that widget's texts.
 *
 * @example
 * const fr = { 'search.label': 'Votre commune', 'count.places': { one: '{count} lieu', other: '{count} lieux' } };
 * const en: CatalogLike<typeof fr> = { 'search.label': 'Your town', 'count.places': { one: '{count} place', other: '{count} places' } };
 * const t = createTranslator({ fr, en });
 * t('en', 'count.places', { count: 2 }); // '2 places'
 */
export function createTranslator<C extends MessageCatalog>(byLocale: {
  readonly fr: C;
  readonly en: CatalogLike<C>;
}): Translator<Extract<keyof C, string>> {
  return (locale, key, params = {}) => {
    const message: Message = (byLocale[locale] as CatalogLike<C>)[key] ?? byLocale.fr[key];
    return fill(locale, message, params);
  };
}

/**
 * Returns the message `key` of the shared catalogs in `locale`, with its `{name}` placeholders filled.
 * Numbers are formatted for the locale. Unknown placeholders are left as they are.
 *
 * @example
 * translate('fr', 'count.results', { count: 3 }); // '3 résultats'
 * translate('en', 'config.notANumber', { value: 'abc' }); // '“abc” is not a number.'
 */
export const translate: Translator<MessageKey> = createTranslator<typeof fr>({ fr, en });

function fill(locale: Locale, message: Message, params: MessageParams): string {
  const text = typeof message === 'string' ? message : pluralForm(locale, message, params['count']);
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = params[name];
    if (value === undefined) return placeholder;
    return typeof value === 'number' ? new Intl.NumberFormat(locale).format(value) : value;
  });
}

function pluralForm(locale: Locale, message: Exclude<Message, string>, count: unknown): string {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return rules.select(typeof count === 'number' ? count : 0) === 'one' ? message.one : message.other;
}
