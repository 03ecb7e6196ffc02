import {
  matchLocale,
  parseTerritoire,
  slugsOf,
  translate,
  type Locale,
  type SlugOf,
  type Territoire,
  type VocabularyField,
} from '@inclusion-widgets/core';
import * as z from 'zod/mini';

/**
 * Attribute rules: each turns the raw string of one attribute into a typed value, or into a plain-language
 * reason in the widget's locale. Built on `zod/mini` (never classic `zod`, which would reach the browser
 * bundle); zod's own messages are generic, so each rule writes its own from the catalogs.
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
  const schema = z.pipe(
    z.pipe(
      z.string().check(z.trim()),
      z.transform((value: string, payload) => {
        const hasScheme = /^[a-z][a-z\d+.-]*:/i.test(value);
        const isPath = /^\.{0,2}\//.test(value);
        // A space inside an address is a copy-paste mistake, even where browsers would encode it.
        if ((hasScheme || isPath) && !/\s/.test(value)) {
          try {
            return new URL(value, document.baseURI).href;
          } catch {
            // falls through to the issue below
          }
        }
        payload.issues.push({ code: 'custom', message: 'not a URL', input: value });
        return z.NEVER;
      }),
    ),
    z.url({ protocol: /^https?$/ }),
  );
  return fromSchema(schema, undefined, (_issues, raw, { locale }) =>
    translate(locale, 'config.notAUrl', { value: raw }),
  );
}

/**
 * One of a fixed list of values (exact match, surrounding spaces ignored).
 *
 * @example
 * oneOf(['list', 'map']).parse('map', context); // { ok: true, value: 'map' }
 */
export function oneOf<const V extends string>(values: readonly V[]): AttributeRule<V | undefined> {
  const schema = z.pipe(z.string().check(z.trim()), z.enum(values as readonly V[] as V[]));
  return fromSchema(schema as z.ZodMiniType<V, string>, undefined, (_issues, raw, { locale }) =>
    translate(locale, 'config.expected', { value: raw, expected: expectedList(values, locale) }),
  );
}

/**
 * A list of slugs of a vocabulary of the data standard, separated by commas or spaces. Unknown slugs are
 * named, with the expected values. Duplicates are dropped; absent or empty gives an empty list.
 *
 * @example
 * slugList('services').parse('aide-aux-demarches-administratives, parentalite', context);
 */
export function slugList<F extends VocabularyField>(field: F): AttributeRule<readonly SlugOf<F>[]> {
  return listOf(slugsOf(field) as readonly SlugOf<F>[]);
}

/** Options of the `number` rule. */
export interface NumberOptions {
  /** Smallest value accepted. */
  readonly min?: number;
  /** Largest value accepted. */
  readonly max?: number;
  /** Only whole numbers. */
  readonly integer?: boolean;
}

/**
 * A decimal number (`12`, `-3.5`, or `3,5` with a French decimal comma), optionally whole and within bounds.
 * `NaN`, `Infinity`, hexadecimal and empty values are refused.
 *
 * @example
 * number({ min: 100, max: 100_000, integer: true }).parse('5000', context); // { ok: true, value: 5000 }
 */
export function number(options: NumberOptions = {}): AttributeRule<number | undefined> {
  const { min, max, integer = false } = options;
  const bounds = [...(min === undefined ? [] : [z.gte(min)]), ...(max === undefined ? [] : [z.lte(max)])];
  const schema = z.pipe(
    z.pipe(
      z.string().check(z.trim(), z.regex(/^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:e[+-]?\d+)?$/i)),
      z.transform((value: string) => Number(value.replace(',', '.'))),
    ),
    (integer ? z.int() : z.number()).check(...bounds),
  );
  return fromSchema(schema, undefined, (issues, raw, { locale }) => {
    const code = issues[0]?.code;
    const value = Number(raw.trim().replace(',', '.'));
    if (code === 'invalid_format' || !Number.isFinite(value)) {
      return translate(locale, 'config.notANumber', { value: raw });
    }
    if (code === 'too_small' || code === 'too_big') {
      if (min !== undefined && max !== undefined)
        return translate(locale, 'config.outOfRange', { value, min, max });
      if (code === 'too_small' && min !== undefined)
        return translate(locale, 'config.tooSmall', { value, min });
      if (code === 'too_big' && max !== undefined)
        return translate(locale, 'config.tooLarge', { value, max });
    }
    return translate(locale, 'config.notAnInteger', { value: raw });
  });
}

/**
 * A supported locale (`fr`, `en`; regional tags such as `fr-FR` are accepted).
 *
 * @example
 * locale().parse('en-GB', context); // { ok: true, value: 'en' }
 */
export function locale(): AttributeRule<Locale | undefined> {
  const schema = z.pipe(
    z.string(),
    z.transform((value: string, payload) => {
      const matched = matchLocale(value);
      if (matched) return matched;
      payload.issues.push({ code: 'custom', message: 'not a locale', input: value });
      return z.NEVER;
    }),
  );
  return fromSchema(schema, undefined, (_issues, raw, { locale }) =>
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
      const result = z.safeParse(z.enum(['', 'true', attribute]), raw.trim().toLowerCase());
      return result.success
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
  return {
    parse(raw, { locale }) {
      if (raw === null) return { ok: true, value: undefined };
      const value = parseTerritoire(raw.trim());
      return value
        ? { ok: true, value }
        : { ok: false, reason: translate(locale, 'config.territory', { value: raw }) };
    },
  };
}

/** A point, as `lon,lat` in attributes. */
export interface LonLat {
  /** Longitude, −180 to 180. */
  readonly lon: number;
  /** Latitude, −90 to 90. */
  readonly lat: number;
}

/**
 * A point written `lon,lat` in decimal degrees (longitude first, as in GeoJSON), e.g. `3.0635,50.6366`.
 * A comma or spaces between the two; out-of-range values are refused, with a hint when they look swapped.
 *
 * @example
 * lonLat().parse('3.0635,50.6366', context); // { ok: true, value: { lon: 3.0635, lat: 50.6366 } }
 */
export function lonLat(): AttributeRule<LonLat | undefined> {
  return {
    parse(raw, { locale }) {
      if (raw === null) return { ok: true, value: undefined };
      const parts = raw.trim().split(/\s*[,;\s]\s*/);
      const numbers = parts.map((part) => (/^[+-]?\d+(\.\d+)?$/.test(part) ? Number(part) : NaN));
      const [lon, lat] = numbers;
      if (numbers.length === 2 && lon !== undefined && lat !== undefined && !numbers.some(Number.isNaN)) {
        if (Math.abs(lon) <= 180 && Math.abs(lat) <= 90) return { ok: true, value: { lon, lat } };
        return { ok: false, reason: translate(locale, 'config.lonLatRange', { value: raw }) };
      }
      return { ok: false, reason: translate(locale, 'config.lonLat', { value: raw }) };
    },
  };
}

/**
 * A colour written as `#rgb` or `#rrggbb` (the form colour pickers give), normalised to `#rrggbb` lowercase.
 *
 * @example
 * hexColor().parse('#0A5', context); // { ok: true, value: '#00aa55' }
 */
export function hexColor(): AttributeRule<string | undefined> {
  return {
    parse(raw, { locale }) {
      if (raw === null) return { ok: true, value: undefined };
      const match = /^#?([\da-f]{3}|[\da-f]{6})$/i.exec(raw.trim());
      if (!match?.[1]) return { ok: false, reason: translate(locale, 'config.color', { value: raw }) };
      const hex = match[1].toLowerCase();
      const full = hex.length === 3 ? [...hex].map((digit) => digit + digit).join('') : hex;
      return { ok: true, value: `#${full}` };
    },
  };
}

/**
 * An identifier: 1 to 64 lowercase letters, digits and hyphens (`ville-de-lille`).
 *
 * @example
 * identifier().parse('ville-de-lille', context); // { ok: true, value: 'ville-de-lille' }
 */
export function identifier(): AttributeRule<string | undefined> {
  return {
    parse(raw, { locale }) {
      if (raw === null) return { ok: true, value: undefined };
      const value = raw.trim();
      return /^[a-z\d](?:[a-z\d-]{0,62}[a-z\d])?$/.test(value)
        ? { ok: true, value }
        : { ok: false, reason: translate(locale, 'config.identifier', { value: raw }) };
    },
  };
}

/**
 * An e-mail address (`accueil@ville.fr`), checked loosely: one `@`, a dot in the domain, no spaces.
 *
 * @example
 * emailAddress().parse('accueil@ville.fr', context); // { ok: true, value: 'accueil@ville.fr' }
 */
export function emailAddress(): AttributeRule<string | undefined> {
  return {
    parse(raw, { locale }) {
      if (raw === null) return { ok: true, value: undefined };
      const value = raw.trim();
      return /^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[^\s@<>()",;:]+$/.test(value)
        ? { ok: true, value }
        : { ok: false, reason: translate(locale, 'config.email', { value: raw }) };
    },
  };
}

/**
 * A list of values from a fixed set, separated by commas or spaces; unknown values are named, and
 * `recoverable()` keeps the known ones.
 *
 * @example
 * listOf(['services', 'publics']).parse('publics', context); // { ok: true, value: ['publics'] }
 */
export function listOf<const V extends string>(values: readonly V[]): AttributeRule<readonly V[]> {
  const known: ReadonlySet<string> = new Set(values);
  const keep = (raw: string) => [...new Set(splitList(raw).filter((item) => known.has(item)))] as V[];
  return {
    parse(raw, { locale }) {
      if (raw === null) return { ok: true, value: [] };
      const unknown = [...new Set(splitList(raw).filter((item) => !known.has(item)))];
      if (unknown.length === 0) return { ok: true, value: keep(raw) };
      return {
        ok: false,
        reason: translate(locale, 'config.unknownValues', {
          count: unknown.length,
          values: unknown.map((value) => translate(locale, 'config.quoted', { value })).join(', '),
          expected: expectedList(values, locale),
        }),
      };
    },
    salvage: keep,
  };
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
function expectedList(values: readonly string[], locale: Locale): string {
  if (values.length <= maxListed) return values.join(', ');
  const shown = values.slice(0, maxListed - 2);
  return translate(locale, 'config.andMore', { list: shown.join(', '), count: values.length - shown.length });
}

function splitList(value: string): string[] {
  return value
    .trim()
    .toLowerCase()
    .split(/[\s,;]+/)
    .filter((item) => item !== '');
}

type Explain = (issues: readonly z.core.$ZodIssue[], raw: string, context: RuleContext) => string;

/** A rule from a zod/mini schema of the raw string, its value when absent, and its own reasons. */
function fromSchema<T, A>(
  schema: z.ZodMiniType<T, string>,
  absent: A,
  explain: Explain,
): AttributeRule<T | A> {
  return {
    parse(raw, context) {
      if (raw === null) return { ok: true, value: absent };
      const result = z.safeParse(schema, raw);
      return result.success
        ? { ok: true, value: result.data }
        : { ok: false, reason: explain(result.error.issues, raw, context) };
    },
  };
}
