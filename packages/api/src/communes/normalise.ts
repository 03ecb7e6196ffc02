// Text normalisation of commune names and of what people type, for the communes index and its search.

/**
 * Letters that `unaccent` (PostgreSQL) rewrites but Unicode decomposition does not: ligatures and letters with a
 * stroke. Together with NFD and the removal of combining marks, this matches the SQL `normaliser()` on French text.
 */
const unaccentExtras: Record<string, string> = {
  Œ: 'OE',
  œ: 'oe',
  Æ: 'AE',
  æ: 'ae',
  ß: 'ss',
  ẞ: 'SS',
  Ø: 'O',
  ø: 'o',
  Ł: 'L',
  ł: 'l',
  Đ: 'D',
  đ: 'd',
  Ð: 'D',
  ð: 'd',
  Þ: 'TH',
  þ: 'th',
  ı: 'i',
  Ħ: 'H',
  ħ: 'h',
  Ŧ: 'T',
  ŧ: 't',
};
const extrasPattern = new RegExp(`[${Object.keys(unaccentExtras).join('')}]`, 'gu');

/** Abbreviations of "saint" that people type, as whole words after normalisation. */
const saints: Record<string, string> = { st: 'saint', ste: 'sainte', sts: 'saints', stes: 'saintes' };
const saintWords = /(?<=^| )(?:st|ste|sts|stes)(?= |$)/g;
const nonAscii = /[^\u0020-\u007e]/;

/**
 * The SQL function `normaliser()` of migration 002 in JavaScript: accents removed, lower case, hyphens,
 * apostrophes and spaces collapsed into one space, trimmed.
 *
 * @example
 * normaliser("L'Haÿ-les-Roses"); // 'l hay les roses'
 */
export function normaliser(text: string): string {
  // Half the time on the 35,000 commune names: ASCII needs no decomposition.
  const unaccented = nonAscii.test(text)
    ? text
        .normalize('NFD')
        .replace(/\p{M}+/gu, '')
        .replace(extrasPattern, (letter) => unaccentExtras[letter] ?? letter)
        .normalize('NFC')
    : text;
  return unaccented
    .toLowerCase()
    .replace(/[-'’\s]+/g, ' ')
    .trim();
}

/**
 * What the communes index stores in `nom_recherche` and what a query is compared with: `normaliser()`, any other
 * punctuation as a space too ("St. Étienne"), and "st", "ste", "sts", "stes" spelled out. On every commune name it
 * equals `normaliser()` with "saint" spelled out, since names carry no other punctuation (checked in the tests).
 * Idempotent.
 *
 * @example
 * normaliserRecherche('ST-ÉTIENNE'); // 'saint etienne'
 */
export function normaliserRecherche(text: string): string {
  return normaliser(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(saintWords, (word) => saints[word] ?? word);
}
