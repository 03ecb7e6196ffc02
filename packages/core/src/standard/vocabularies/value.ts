/**
 * What every value of a controlled vocabulary of the standard holds, and a lookup in one list. Each vocabulary
 * has its own module in this folder, so that a widget's bundle carries the texts of the vocabularies it names and
 * no other (the 100 structure types of `typologie` weigh more than all the others together).
 *
 * @module
 */

/** One value of a controlled vocabulary of the standard. */
export interface VocabularyValue<S extends string = string> {
  /** Stable lowercase kebab-case ASCII identifier, unique within its vocabulary (listed in `slugs.ts`). */
  readonly slug: S;
  /** Exact value of the standard, as its regex accepts it and as a CSV export writes it. */
  readonly label: string;
  /** Short French display label, in plain language. */
  readonly fr: string;
  /** Short English display label. */
  readonly en: string;
  /** One plain-language sentence a beginner understands. */
  readonly description: { readonly fr: string; readonly en: string };
  /** Variant spellings found in the standard's descriptions or in real data, accepted by `byLabel`. */
  readonly aliases?: readonly string[];
}

/**
 * The value with this slug in the list of one vocabulary, or `undefined`. Unlike `bySlug`, which reaches every
 * vocabulary, it carries into a bundle only the list it is given.
 *
 * @example
 * valueWithSlug(services, 'aide-aux-demarches-administratives')?.fr; // 'Aide aux démarches administratives'
 */
export const valueWithSlug = <V extends VocabularyValue>(list: readonly V[], slug: string): V | undefined =>
  list.find((value) => value.slug === slug);
