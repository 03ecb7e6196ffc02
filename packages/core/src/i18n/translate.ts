import { en } from './catalog.en.js';
import { fr, type Catalog, type Message, type MessageKey } from './catalog.fr.js';
import type { Locale } from './locale.js';

/** Every catalog, by locale. */
export const catalogs: Readonly<Record<Locale, Catalog>> = { fr, en };

/** Values for a message's `{name}` placeholders; `count` also selects plural forms. */
export type MessageParams = Readonly<Record<string, string | number>>;

const pluralRules = new Map<Locale, Intl.PluralRules>();

/**
 * Returns the message `key` in `locale`, with its `{name}` placeholders filled.
 * Numbers are formatted for the locale. Unknown placeholders are left as they are.
 *
 * @example
 * translate('fr', 'count.results', { count: 3 }); // '3 résultats'
 * translate('en', 'config.notANumber', { value: 'abc' }); // '“abc” is not a number.'
 */
export function translate(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  const message: Message = catalogs[locale][key] ?? catalogs.fr[key];
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
