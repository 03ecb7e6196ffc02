import { fr, type Message, type MessageKey } from './catalog.fr.js';
import type { Locale } from './locale.js';

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

/** A catalog, or a function importing it (`() => import('./x.en.js').then((module) => module.en)`). */
export type CatalogSource<C extends MessageCatalog> = CatalogLike<C> | (() => Promise<CatalogLike<C>>);

/** The catalogs imported on demand and not there yet, with what imports them. */
const notLoaded = new Map<() => Promise<void>, Locale>();
let loading: Promise<void> | undefined;

/**
 * Whether every catalog of `locale` is there: `undefined` when it is, else a promise that resolves once the
 * catalogs imported on demand (the English ones, on a French page never fetched) are loaded — or failed to load:
 * their messages then stay in French. Widgets wait for it before their first render in that locale.
 *
 * @example
 * await localeReady('en'); // then t('en', …) speaks English
 */
export function localeReady(locale: Locale): Promise<void> | undefined {
  const loads = [...notLoaded].filter(([, catalogLocale]) => catalogLocale === locale).map(([load]) => load);
  if (loads.length === 0) return undefined;
  loading ??= Promise.all(loads.map((load) => load())).then(() => {
    loading = undefined;
  });
  return loading;
}

const pluralRules = new Map<Locale, Intl.PluralRules>();

/**
 * Makes a `translate` function over one catalog per locale, the French one the reference (its keys type the
 * function, and it answers for a key another catalog lacks). Each widget keeps its own messages this way, so
 * that a page with one widget downloads only that widget's texts. The English catalog may be a function importing
 * it: it is then fetched only for an English widget (see `localeReady`), French answering until it is there.
 *
 * @example
 * const fr = { 'search.label': 'Votre commune', 'count.places': { one: '{count} lieu', other: '{count} lieux' } };
 * const en: CatalogLike<typeof fr> = { 'search.label': 'Your town', 'count.places': { one: '{count} place', other: '{count} places' } };
 * const t = createTranslator({ fr, en });
 * t('en', 'count.places', { count: 2 }); // '2 places'
 */
export function createTranslator<C extends MessageCatalog>(byLocale: {
  readonly fr: C;
  readonly en: CatalogSource<C>;
}): Translator<Extract<keyof C, string>> {
  const catalogs: { fr: C; en?: CatalogLike<C> } = { fr: byLocale.fr };
  const english = byLocale.en;
  if (typeof english === 'function') {
    const load = async () => {
      try {
        catalogs.en = await english();
        notLoaded.delete(load);
      } catch {
        // The chunk did not load (offline): French answers, and the next `localeReady` tries again.
      }
    };
    notLoaded.set(load, 'en');
  } else catalogs.en = english;
  return (locale, key, params = {}) => {
    const message: Message =
      (catalogs[locale] as CatalogLike<C> | undefined)?.[key] ?? (catalogs.fr[key] as Message);
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
export const translate: Translator<MessageKey> = createTranslator<typeof fr>({
  fr,
  en: () => import('./catalog.en.js').then((module) => module.en),
});

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
