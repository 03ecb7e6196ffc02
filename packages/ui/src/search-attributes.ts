import { slugsOf, translate, type SlugOf, type VocabularyField } from '@inclusion-widgets/core';
import { expectedList, type AttributeRule } from './attributes.js';

/**
 * The attribute rules only a search's settings use: lists (of the standard's slugs, of fixed values), numbers and
 * coordinates. Apart from `attributes.ts`, which every widget's first screen runs: a widget that shows the venue
 * finder in a later screen (the orientation's end) then carries these rules, and the standard's slug lists, in
 * that screen's chunk instead of its first one (a bundler places a module with the first chunk that needs it).
 *
 * @module
 */

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
  return {
    parse(raw, { locale }) {
      if (raw === null) return { ok: true, value: undefined };
      const text = raw.trim();
      const value = Number(text.replace(',', '.'));
      if (!/^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:e[+-]?\d+)?$/i.test(text) || !Number.isFinite(value)) {
        return { ok: false, reason: translate(locale, 'config.notANumber', { value: raw }) };
      }
      if (integer && !Number.isInteger(value)) {
        return { ok: false, reason: translate(locale, 'config.notAnInteger', { value: raw }) };
      }
      const tooSmall = min !== undefined && value < min;
      const tooLarge = max !== undefined && value > max;
      if ((tooSmall || tooLarge) && min !== undefined && max !== undefined) {
        return { ok: false, reason: translate(locale, 'config.outOfRange', { value, min, max }) };
      }
      if (tooSmall) return { ok: false, reason: translate(locale, 'config.tooSmall', { value, min }) };
      if (tooLarge) return { ok: false, reason: translate(locale, 'config.tooLarge', { value, max }) };
      return { ok: true, value };
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

function splitList(value: string): string[] {
  return value
    .trim()
    .toLowerCase()
    .split(/[\s,;]+/)
    .filter((item) => item !== '');
}
