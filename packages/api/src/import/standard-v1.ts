// The national standard v1 ("Schéma de données des lieux de médiation numérique" v1.0.2): rows → places, and back.
import { slugToLabel } from '@inclusion-widgets/core';
import type { Lieu, VocabularyField } from '@inclusion-widgets/core';
import { lieuColumns } from '../lieux/store.js';
import type { LieuColumn } from '../lieux/store.js';
import {
  checkLieu,
  emailPattern,
  internationalTelephone,
  quoteList,
  shorten,
  slugsFor,
  splitList,
  text,
} from './fields.js';
import type { MapResult } from './fields.js';

/** The standard's columns, in the order of its `schema.json`. */
export const standardV1Columns: readonly LieuColumn[] = lieuColumns;

const required: readonly LieuColumn[] = [
  'id',
  'pivot',
  'nom',
  'commune',
  'code_postal',
  'adresse',
  'date_maj',
];

/** Multi-valued fields with a controlled vocabulary, in column order. */
const vocabularyColumns = [
  'typologie',
  'itinerance',
  'services',
  'publics_specifiquement_adresses',
  'prise_en_charge_specifique',
  'frais_a_charge',
  'dispositif_programmes_nationaux',
  'formations_labels',
  'modalites_acces',
  'modalites_accompagnement',
] as const satisfies readonly (LieuColumn & VocabularyField)[];

const optionalTexts = [
  'complement_adresse',
  'horaires',
  'presentation_resume',
  'presentation_detail',
  'source',
  'structure_parente',
  'autres_formations_labels',
] as const satisfies readonly LieuColumn[];

/**
 * Remarks on a file's header: columns that are not fields of the standard v1 (ignored), missing required columns,
 * and a hint when the header is the old v0.1 one.
 */
export function standardV1HeaderWarnings(columns: readonly string[]): string[] {
  const known = new Set<string>(standardV1Columns);
  const warnings: string[] = [];
  const unknown = columns.filter((column) => column !== '' && !known.has(column));
  if (unknown.length > 0) {
    warnings.push(`These columns are not fields of the standard v1 and were ignored: ${quoteList(unknown)}.`);
  }
  const missing = required.filter((column) => !columns.includes(column));
  if (missing.length > 0) {
    warnings.push(`The file has no column ${quoteList(missing)}, required by the standard v1.`);
  }
  if (
    ['conditions_acces', 'publics_accueillis', 'labels_nationaux', 'courriel'].some((c) =>
      columns.includes(c),
    )
  ) {
    warnings.push('The header looks like the old standard v0.1: import it with the format standard-v0.1.');
  }
  return warnings;
}

/**
 * Maps one row of the standard v1 (its column names; multi-values separated by `|`; exact labels of the standard,
 * or the variant spellings `byLabel` accepts) to a place with slugs, or to the reasons it is not valid — each
 * naming the field and what was expected. A JSON item may give multi-values as arrays and coordinates as numbers.
 * A few unambiguous slips are repaired with a warning: a phone number in national form, a postcode that lost its
 * leading zero, a decimal comma, a date written DD/MM/YYYY, a web site without `https://`.
 *
 * @example
 * const result = mapStandardV1({ id: 'x', pivot: '43493312300029', …, services: 'Aide aux démarches administratives' });
 * if (result.ok) result.lieu.services; // ['aide-aux-demarches-administratives']
 */
export function mapStandardV1(fields: Record<string, unknown>): MapResult {
  const reasons: string[] = [];
  const warnings: string[] = [];
  const value = (column: LieuColumn): string => text(fields[column]);
  const id = value('id') || undefined;
  const draft: Record<string, unknown> = {};

  for (const column of required) {
    if (value(column) === '') {
      reasons.push(
        column in fields
          ? `${column}: required, but empty`
          : `${column}: required, but the column is missing`,
      );
    }
  }
  draft.id = value('id');
  draft.nom = value('nom');
  draft.commune = value('commune');
  draft.adresse = value('adresse');

  const pivot = value('pivot');
  draft.pivot = pivot;
  if (pivot !== '' && !/^[a-zA-Z0-9]{9,14}$/.test(pivot)) {
    reasons.push(`pivot: « ${pivot} » is not a SIRET, RNA or RIDET number (9 to 14 letters or digits)`);
  }

  draft.code_postal = zeroPadded(
    'code_postal',
    value('code_postal'),
    /^\d{5}$/,
    reasons,
    warnings,
    'a postcode of 5 digits',
  );
  const codeInsee = value('code_insee');
  if (codeInsee !== '') {
    draft.code_insee = zeroPadded(
      'code_insee',
      codeInsee,
      /^([013-9]\d|2[AB1-9])\d{3}$/,
      reasons,
      warnings,
      'an INSEE commune code of 5 characters, e.g. 59350',
    );
  }

  const latitude = coordinate('latitude', fields.latitude, 90, reasons, warnings);
  const longitude = coordinate('longitude', fields.longitude, 180, reasons, warnings);
  if (
    (latitude === undefined) !== (longitude === undefined) &&
    !reasons.some((r) => /^l(at|ong)itude/.test(r))
  ) {
    reasons.push(
      `${latitude === undefined ? 'latitude' : 'longitude'}: empty, but latitude and longitude go together`,
    );
  }
  draft.latitude = latitude;
  draft.longitude = longitude;

  for (const column of optionalTexts) {
    const content = value(column);
    if (content !== '') draft[column] = content;
  }
  const resume = value('presentation_resume');
  if (resume.length > 280) {
    reasons.push(`presentation_resume: ${resume.length} characters; the standard allows at most 280`);
  }

  const telephone = value('telephone');
  if (telephone !== '') {
    const international = internationalTelephone(telephone);
    if (international === undefined) {
      reasons.push(
        `telephone: « ${telephone} » is not a phone number in international form, e.g. +33180059880`,
      );
    } else {
      if (international !== telephone) warnings.push(`telephone: « ${telephone} » written ${international}`);
      draft.telephone = international;
    }
  }

  draft.courriels = multiValues('courriels', fields.courriels, reasons);
  for (const email of draft.courriels as string[]) {
    if (!emailPattern.test(email)) reasons.push(`courriels: « ${email} » is not an e-mail address`);
  }
  draft.site_web = multiValues('site_web', fields.site_web, reasons).map((url) =>
    webAddress('site_web', url, reasons, warnings),
  );
  for (const column of ['fiche_acces_libre', 'prise_rdv'] as const) {
    const url = value(column);
    if (url !== '') draft[column] = webAddress(column, url, reasons, warnings);
  }

  draft.date_maj = isoDate(value('date_maj'), reasons, warnings);

  for (const column of vocabularyColumns) {
    draft[column] = slugsFor(column, multiValues(column, fields[column], reasons), reasons);
  }

  if (reasons.length > 0) return { ok: false, id, reasons, warnings };
  const checked = checkLieu(draft);
  if ('reasons' in checked) return { ok: false, id, reasons: checked.reasons, warnings };
  return { ok: true, lieu: checked.lieu, warnings };
}

/**
 * The values of a multi-valued field, split on `|`. A `;` (the v0.1 separator) inside a value that has no `|`
 * is reported: the file is probably in the old format.
 */
function multiValues(column: LieuColumn, raw: unknown, reasons: string[]): string[] {
  const items = splitList(raw, '|');
  const withSemicolons = items.filter((item) => item.includes(';'));
  if (withSemicolons.length > 0) {
    reasons.push(
      `${column}: « ${shorten(withSemicolons[0] ?? '')} » separates values with « ; » as the old standard v0.1 did; ` +
        'the standard v1 separates them with « | » (or import the file with the format standard-v0.1)',
    );
    return [];
  }
  return items;
}

function zeroPadded(
  column: LieuColumn,
  raw: string,
  pattern: RegExp,
  reasons: string[],
  warnings: string[],
  expected: string,
): string {
  if (raw === '' || pattern.test(raw)) return raw;
  // A spreadsheet turns 01200 into 1200: put the zero back.
  if (/^\d{4}$/.test(raw) && pattern.test(`0${raw}`)) {
    warnings.push(`${column}: « ${raw} » read as 0${raw} (leading zero restored)`);
    return `0${raw}`;
  }
  reasons.push(`${column}: « ${raw} » is not ${expected}`);
  return raw;
}

function coordinate(
  column: 'latitude' | 'longitude',
  raw: unknown,
  limit: number,
  reasons: string[],
  warnings: string[],
): number | undefined {
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw) || Math.abs(raw) > limit) {
      reasons.push(`${column}: ${raw} is not between -${limit} and ${limit}`);
      return undefined;
    }
    return raw;
  }
  let written = text(raw);
  if (written === '') return undefined;
  if (/^-?\d+,\d+$/.test(written)) {
    warnings.push(`${column}: « ${written} » read with a decimal point`);
    written = written.replace(',', '.');
  }
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(written)) {
    reasons.push(`${column}: « ${written} » is not a number in decimal degrees (WGS 84), e.g. 50.6292`);
    return undefined;
  }
  const number = Number(written);
  if (Math.abs(number) > limit) {
    reasons.push(`${column}: ${written} is not between -${limit} and ${limit}`);
    return undefined;
  }
  return number;
}

function webAddress(column: LieuColumn, url: string, reasons: string[], warnings: string[]): string {
  const isHttp = (candidate: string): boolean => {
    try {
      const parsed = new URL(candidate);
      return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.hostname.includes('.');
    } catch {
      return false;
    }
  };
  if (isHttp(url)) return url;
  if (/^[\w-]+(\.[\w-]+)+(\/\S*)?$/.test(url) && isHttp(`https://${url}`)) {
    warnings.push(`${column}: « ${url} » read as https://${url}`);
    return `https://${url}`;
  }
  reasons.push(`${column}: « ${shorten(url)} » is not a web address starting with http:// or https://`);
  return url;
}

function isoDate(raw: string, reasons: string[], warnings: string[]): string {
  if (raw === '') return raw;
  let date = raw;
  const french = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(raw);
  if (french) {
    date = `${french[3]}-${french[2]}-${french[1]}`;
    warnings.push(`date_maj: « ${raw} » read as ${date}`);
  }
  const parsed = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const valid =
    parsed !== null &&
    new Date(`${date}T00:00:00Z`).toISOString().startsWith(date) &&
    Number(parsed[1]) >= 1900;
  if (!valid) reasons.push(`date_maj: « ${raw} » is not a date in the form YYYY-MM-DD, e.g. 2024-04-02`);
  return date;
}

/**
 * The standard v1 CSV of these places: the schema's columns in its order, exact labels of the standard, `|`
 * between values, CRLF line ends and RFC 4180 quoting (only where needed).
 *
 * @example
 * writeStandardV1Csv([lieu]); // 'id,pivot,nom,…\r\nstructure-1,43493312300029,Anonymal,…\r\n'
 */
export function writeStandardV1Csv(lieux: Iterable<Lieu>): string {
  let csv = standardV1CsvHeader();
  for (const lieu of lieux) csv += standardV1CsvRow(lieu);
  return csv;
}

/** The header line of the standard v1 CSV, with its CRLF. */
export function standardV1CsvHeader(): string {
  return `${standardV1Columns.join(',')}\r\n`;
}

/** One place as a line of the standard v1 CSV, with its CRLF. */
export function standardV1CsvRow(lieu: Lieu): string {
  return `${standardV1Columns.map((column) => csvField(cell(lieu, column))).join(',')}\r\n`;
}

function cell(lieu: Lieu, column: LieuColumn): string {
  const value: unknown = lieu[column];
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) {
    if ((vocabularyColumns as readonly string[]).includes(column)) {
      const field = column as (typeof vocabularyColumns)[number];
      return value.map((slug: string) => slugToLabel(field, slug) ?? slug).join('|');
    }
    return value.join('|');
  }
  return String(value);
}

function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
