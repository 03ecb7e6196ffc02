import {
  matchLocale,
  parseTerritoire,
  translate,
  type Locale,
  type Territoire,
} from '@inclusion-widgets/core';

/**
 * Attribute rules: each turns the raw string of one attribute into a typed value, or into a plain-language
 * reason in the widget's locale, written from the catalogs. Plain functions rather than zod schemas: these few
 * string checks are what every widget runs before its first screen, and the quiz's start screen must not wait
 * for a validation library (zod/mini comes with the API client's schemas, when a response is read).
 *
 * The rules of lists, numbers and coordinates, which only a search's settings use, are in `search-attributes.ts`.
 *
 * An absent attribute is not an error unless the rule is wrapped in `required()`: `httpUrl`, `oneOf`,
 * `number` and `locale` give `undefined`, `slugList` an empty list, `boolean` `false`; `withDefault()` gives
 * another value.
 *
 * @example
 * const rules = {
 *   api: required(httpUrl()),
 *   services: slugList('services'),
 *   radius: withDefault(number({ min: 100, max: 100_000, integer: true }), 5000),
 *   mode: oneOf(['list', 'map']),
 *   hideMap: boolean(), // attribute `hide-map`
 * };
 */

/** An invalid attribute: its name, its raw value (`null` when absent) and why, in the widget's locale. */
export interface AttributeIssue {
  /** The attribute name, as written in HTML (`services`). */
  readonly attribute: string;
  /** The raw value, `null` when the attribute is absent. */
  readonly value: string | null;
  /** Why the value is refused, as one plain-language sentence in the widget's locale. */
  readonly reason: string;
  /** The widget works on without this value (a `recoverable()` rule): it is ignored, or only its bad part is. */
  readonly recovered?: boolean;
}

/** What a rule receives besides the raw value. */
export interface RuleContext {
  /** The locale of the reason to write. */
  readonly locale: Locale;
  /** The attribute name, as written in HTML. */
  readonly attribute: string;
}

/** The outcome of a rule: a typed value, or a localized reason. */
export type RuleResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

/** Turns the raw value of one attribute into a typed value or a localized reason. */
export interface AttributeRule<T> {
  /** Parses `raw`, the attribute's value, `null` when the attribute is absent. */
  parse(raw: string | null, context: RuleContext): RuleResult<T>;
  /** Set by `recoverable()`: the value to work on with when `raw` is refused. */
  recover?(raw: string, context: RuleContext): T;
  /** The usable part of a refused value (e.g. the known slugs of a list), if the rule can tell. */
  salvage?(raw: string): T;
}

/**
 * A widget's attribute rules, keyed by configuration name. The attribute name is the kebab-case form of the
 * key (`maxResults` reads the attribute `max-results`).
 */
export type AttributeRules = { readonly [name: string]: AttributeRule<unknown> };

/** The typed configuration that a set of rules produces. */
export type ConfigOf<R extends AttributeRules> = {
  readonly [K in keyof R]: R[K] extends AttributeRule<infer T> ? T : never;
};

/**
 * The result of `parseAttributes`: the configuration when every attribute is valid or recovered, and the
 * issues.
 */
export interface ParsedAttributes<R extends AttributeRules> {
  /** The typed configuration, `undefined` when an attribute whose rule is not recoverable is invalid. */
  readonly config: ConfigOf<R> | undefined;
  /** One issue per invalid attribute, in rule order. */
  readonly issues: readonly AttributeIssue[];
}

/**
 * The HTML attribute read for a configuration key: kebab-case (`maxResults` → `max-results`).
 *
 * @example
 * attributeName('maxResults'); // 'max-results'
 */
export function attributeName(key: string): string {
  return key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

/**
 * Applies every rule to the attribute it reads.
 *
 * @example
 * const { config, issues } = parseAttributes(rules, (name) => element.getAttribute(name), 'fr');
 */
export function parseAttributes<R extends AttributeRules>(
  rules: R,
  read: (attribute: string) => string | null,
  locale: Locale,
): ParsedAttributes<R> {
  const config: Record<string, unknown> = {};
  const issues: AttributeIssue[] = [];
  for (const [key, rule] of Object.entries(rules)) {
    const attribute = attributeName(key);
    const value = read(attribute);
    const context = { locale, attribute };
    const result = rule.parse(value, context);
    if (result.ok) config[key] = result.value;
    else if (rule.recover && value !== null) {
      config[key] = rule.recover(value, context);
      issues.push({ attribute, value, reason: result.reason, recovered: true });
    } else issues.push({ attribute, value, reason: result.reason });
  }
  const blocking = issues.some((issue) => !issue.recovered);
  return { config: blocking ? undefined : (config as ConfigOf<R>), issues };
}

/**
 * An absolute `http:` or `https:` URL. A relative one must start with `/`, `./` or `../` and is resolved
 * against the document's base URL; anything else (`javascript:…`, `api.example.org` without `https://`) is
 * refused. Gives the resolved URL.
 *
 * @example
 * httpUrl().parse('/api', { locale: 'fr', attribute: 'api' }); // { ok: true, value: 'https://example.org/api' }
 */
export function httpUrl(): AttributeRule<string | undefined> {
  return rule(
    (raw) => {
      const value = raw.trim();
      const hasScheme = /^[a-z][a-z\d+.-]*:/i.test(value);
      const isPath = /^\.{0,2}\//.test(value);
      // A space inside an address is a copy-paste mistake, even where browsers would encode it.
      if ((!hasScheme && !isPath) || /\s/.test(value)) return undefined;
      try {
        const url = new URL(value, document.baseURI);
        return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
      } catch {
        return undefined;
      }
    },
    (raw, { locale }) => translate(locale, 'config.notAUrl', { value: raw }),
  );
}

/**
 * One of a fixed list of values (exact match, surrounding spaces ignored).
 *
 * @example
 * oneOf(['list', 'map']).parse('map', context); // { ok: true, value: 'map' }
 */
export function oneOf<const V extends string>(values: readonly V[]): AttributeRule<V | undefined> {
  return rule(
    (raw) => values.find((value) => value === raw.trim()),
    (raw, { locale }) =>
      translate(locale, 'config.expected', { value: raw, expected: expectedList(values, locale) }),
  );
}

/**
 * A supported locale (`fr`, `en`; regional tags such as `fr-FR` are accepted).
 *
 * @example
 * locale().parse('en-GB', context); // { ok: true, value: 'en' }
 */
export function locale(): AttributeRule<Locale | undefined> {
  return rule(
    (raw) => matchLocale(raw),
    (raw, { locale }) =>
      translate(locale, 'config.expected', { value: raw, expected: expectedList(['fr', 'en'], locale) }),
  );
}

/**
 * A boolean attribute: present means `true`, absent `false`. The value must be empty, `true` or the
 * attribute's own name; `hide-map="false"` is refused with an explanation, since it would mean `true`.
 *
 * @example
 * boolean().parse('', { locale: 'fr', attribute: 'hide-map' }); // { ok: true, value: true }
 */
export function boolean(): AttributeRule<boolean> {
  return {
    parse(raw, { locale, attribute }) {
      if (raw === null) return { ok: true, value: false };
      return ['', 'true', attribute].includes(raw.trim().toLowerCase())
        ? { ok: true, value: true }
        : { ok: false, reason: translate(locale, 'config.booleanValue', { value: raw }) };
    },
  };
}

/**
 * Makes a rule refuse an absent or empty attribute.
 *
 * @example
 * required(httpUrl());
 */
export function required<T>(rule: AttributeRule<T>): AttributeRule<Exclude<T, undefined>> {
  return {
    parse(raw, context) {
      if (raw === null || raw.trim() === '') {
        return { ok: false, reason: translate(context.locale, 'config.required') };
      }
      return rule.parse(raw, context) as RuleResult<Exclude<T, undefined>>;
    },
  };
}

/**
 * Gives `fallback` when the attribute is absent.
 *
 * @example
 * withDefault(number({ min: 100, max: 100_000 }), 5000);
 */
export function withDefault<T>(
  rule: AttributeRule<T>,
  fallback: Exclude<T, undefined>,
): AttributeRule<Exclude<T, undefined>> {
  return {
    parse(raw, context) {
      if (raw === null) return { ok: true, value: fallback };
      return rule.parse(raw, context) as RuleResult<Exclude<T, undefined>>;
    },
  };
}

/**
 * A territory: `commune:<INSEE code>`, `epci:<SIREN>`, `departement:<code>` or `region:<code>`.
 *
 * @example
 * territory().parse('departement:59', context); // { ok: true, value: { type: 'departement', code: '59' } }
 */
export function territory(): AttributeRule<Territoire | undefined> {
  return rule(
    (raw) => parseTerritoire(raw.trim()),
    (raw, { locale }) => translate(locale, 'config.territory', { value: raw }),
  );
}

/**
 * A colour written as `#rgb` or `#rrggbb` (the form colour pickers give), normalised to `#rrggbb` lowercase.
 *
 * @example
 * hexColor().parse('#0A5', context); // { ok: true, value: '#00aa55' }
 */
export function hexColor(): AttributeRule<string | undefined> {
  return rule(
    (raw) => {
      const hex = /^#?([\da-f]{3}|[\da-f]{6})$/i.exec(raw.trim())?.[1]?.toLowerCase();
      if (hex === undefined) return undefined;
      return `#${hex.length === 3 ? [...hex].map((digit) => digit + digit).join('') : hex}`;
    },
    (raw, { locale }) => translate(locale, 'config.color', { value: raw }),
  );
}

/**
 * An identifier: 1 to 64 lowercase letters, digits and hyphens (`ville-de-lille`).
 *
 * @example
 * identifier().parse('ville-de-lille', context); // { ok: true, value: 'ville-de-lille' }
 */
export function identifier(): AttributeRule<string | undefined> {
  return rule(
    (raw) => /^[a-z\d](?:[a-z\d-]{0,62}[a-z\d])?$/.exec(raw.trim())?.[0],
    (raw, { locale }) => translate(locale, 'config.identifier', { value: raw }),
  );
}

/**
 * An e-mail address (`accueil@ville.fr`), checked loosely: one `@`, a dot in the domain, no spaces.
 *
 * @example
 * emailAddress().parse('accueil@ville.fr', context); // { ok: true, value: 'accueil@ville.fr' }
 */
export function emailAddress(): AttributeRule<string | undefined> {
  return rule(
    (raw) => /^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[^\s@<>()",;:]+$/.exec(raw.trim())?.[0],
    (raw, { locale }) => translate(locale, 'config.email', { value: raw }),
  );
}

/**
 * Lets the widget work on when the attribute is refused: the issue is still reported (console, event, a
 * notice in the widget), and the configuration gets the usable part of the value (the known slugs of a
 * list) or, failing that, the value the rule gives an absent attribute. Use it for settings whose loss
 * leaves a useful widget (filters, layout); not for those that would change what the widget shows without
 * notice (a territory, the API).
 *
 * @example
 * recoverable(slugList('services')); // services="aide-aux-demarches-administratives, nope" keeps the first
 */
export function recoverable<T>(rule: AttributeRule<T>): AttributeRule<T> {
  return {
    ...rule,
    recover(raw, context) {
      if (rule.salvage) return rule.salvage(raw);
      const absent = rule.parse(null, context);
      if (absent.ok) return absent.value;
      throw new TypeError(
        `recoverable(): the rule of ${context.attribute} has no value for an absent attribute`,
      );
    },
  };
}

/** How many expected values a reason lists in full before it says "and N more". */
const maxListed = 10;

/** The expected values, in full when there are few, else the first ones and how many more. */
export function expectedList(values: readonly string[], locale: Locale): string {
  if (values.length <= maxListed) return values.join(', ');
  const shown = values.slice(0, maxListed - 2);
  return translate(locale, 'config.andMore', { list: shown.join(', '), count: values.length - shown.length });
}

/**
 * A rule whose absent attribute gives `undefined`: `read` gives the value of a present one, `undefined` when it is
 * refused, and `explain` says why.
 */
function rule<T>(
  read: (raw: string) => T | undefined,
  explain: (raw: string, context: RuleContext) => string,
): AttributeRule<T | undefined> {
  return {
    parse(raw, context) {
      if (raw === null) return { ok: true, value: undefined };
      const value = read(raw);
      return value === undefined ? { ok: false, reason: explain(raw, context) } : { ok: true, value };
    },
  };
}
