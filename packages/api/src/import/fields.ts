// Helpers shared by the mappers: vocabularies, lists, phone numbers, and the final check against the contract.
import { byLabel, lieuSchema, vocabularies } from '@inclusion-widgets/core';
import type { Lieu, SlugOf, VocabularyField } from '@inclusion-widgets/core';

/** What a mapper makes of one record: a place, or the reasons it was rejected; warnings either way. */
export type MapResult =
  | { ok: true; lieu: Lieu; warnings: string[] }
  | { ok: false; id?: string; reasons: string[]; warnings: string[] };

/** A value as text: trimmed string, number as written, `''` for absent values. */
export function text(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(text).join('|');
  return JSON.stringify(value);
}

/** The items of a multi-valued field: an array as is, a string split on `separator`; empty items dropped. */
export function splitList(value: unknown, separator: string | RegExp): string[] {
  const items = Array.isArray(value) ? value.map(text) : text(value).split(separator);
  return items.map((item) => item.trim()).filter((item) => item !== '');
}

/** `« a », « b »` for messages. */
export function quoteList(items: readonly string[]): string {
  return items.map((item) => `« ${item} »`).join(', ');
}

/** The exact labels of a vocabulary, for "expected one of …" messages. */
export function labelsOf(field: VocabularyField): string[] {
  return (vocabularies[field] as readonly { label: string }[]).map((value) => value.label);
}

/**
 * The slugs for labels of the standard (exact labels, or the aliases `byLabel` knows); an unknown label adds a
 * reason naming the field, the value and the expected values. Duplicates are kept once.
 */
export function slugsFor<F extends VocabularyField>(
  field: F,
  labels: readonly string[],
  reasons: string[],
): SlugOf<F>[] {
  const slugs: SlugOf<F>[] = [];
  for (const label of labels) {
    const value = byLabel(field, label);
    if (!value) {
      reasons.push(
        `${field}: « ${label} » is not a value of the standard; expected one of ${quoteList(labelsOf(field))}`,
      );
    } else if (!slugs.includes(value.slug as SlugOf<F>)) {
      slugs.push(value.slug as SlugOf<F>);
    }
  }
  return slugs;
}

/** An e-mail address as the contract's schema accepts it (zod's `email()` pattern: ASCII, a dotted domain). */
export const emailPattern =
  /^(?!\.)(?!.*\.\.)([A-Za-z0-9_'+\-.]*)[A-Za-z0-9_+-]@([A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;

/** The standard's telephone form: international prefix, no leading 0, no spaces. */
export const telephonePattern = /^(\+33|\+590|\+594|\+262|\+596|\+269|\+687|\+689|\+508|\+681)\d{6,9}$/;

/**
 * Overseas numbers dialled as 0XXX…: their international prefix (ARCEP numbering plan). Mayotte (0269, 0639) has
 * used +262 since 2007; the standard's pattern still lists +269 (the Comoros), which we never write.
 */
const overseasPrefixes: readonly (readonly [RegExp, string])[] = [
  [/^0(590|690|691)/, '+590'], // Guadeloupe, Saint-Martin, Saint-Barthélemy
  [/^0(594|694)/, '+594'], // Guyane
  [/^0(596|696|697)/, '+596'], // Martinique
  [/^0(262|263|692|693)/, '+262'], // La Réunion
  [/^0(269|639)/, '+262'], // Mayotte
  [/^0508/, '+508'], // Saint-Pierre-et-Miquelon
];

/**
 * A phone number in the standard's international form (`04 50 56 87 49` → `+33450568749`, `0590 …` → `+590590…`),
 * or `undefined` when it cannot be read as a French number. Numbers already in the standard's form are kept.
 *
 * @example
 * internationalTelephone('04 50 56 87 49'); // '+33450568749'
 */
export function internationalTelephone(raw: string): string | undefined {
  const compact = raw.replace(/[\s.\-/()]/g, '');
  if (telephonePattern.test(compact)) return compact;
  if (/^0033\d{9}$/.test(compact)) return `+33${compact.slice(4)}`;
  if (!/^0[1-9]\d{8}$/.test(compact)) return undefined;
  for (const [pattern, prefix] of overseasPrefixes) {
    if (pattern.test(compact)) return `${prefix}${compact.slice(1)}`;
  }
  return `+33${compact.slice(1)}`;
}

/**
 * Checks a mapped place against the contract's `lieuSchema` (the last safety net after the mapper's own checks)
 * and returns it parsed, or the reasons, each naming the field.
 */
export function checkLieu(draft: Record<string, unknown>): { lieu: Lieu } | { reasons: string[] } {
  const defined = Object.fromEntries(Object.entries(draft).filter(([, value]) => value !== undefined));
  const result = lieuSchema.safeParse(defined);
  if (result.success) return { lieu: result.data };
  const reasons = result.error.issues.map((issue) => {
    const [field, index] = issue.path;
    const name = String(field ?? 'lieu');
    const message = issue.message.startsWith(`${name} `)
      ? issue.message.slice(name.length + 1)
      : issue.message;
    const value = typeof index === 'number' ? (draft[name] as unknown[] | undefined)?.[index] : draft[name];
    const shown = value === undefined ? '' : ` (« ${shorten(text(value))} »)`;
    return `${name}: ${message}${shown}`;
  });
  return { reasons };
}

/** A value cut to `max` characters for a message. */
export function shorten(value: string, max = 60): string {
  return value.length > max ? `${value.slice(0, max - 1)}…` : value;
}
