// The France Services list of ANCT (`liste-fs-AAAAMMJJ.csv`) → places of the standard v1.
import { convertFranceServicesHours, franceServicesDays } from './france-services-hours.js';
import type { FranceServicesDayColumn } from './france-services-hours.js';
import { internationalTelephone, splitList, text } from './fields.js';
import type { MapResult } from './fields.js';
import { mapStandardV1 } from './standard-v1.js';

/** The columns of the France Services file. */
export const franceServicesColumns = [
  'id_fs',
  'insee_dep',
  'lib_fs',
  'adresse',
  'complement_adresse',
  'insee_com',
  'code_postal',
  'lib_com',
  'latitude',
  'longitude',
  'mail',
  'telephone',
  ...franceServicesDays.map(([column]) => column),
  'prise_rdv',
  'commentaire',
  'type_fs',
  'format_fs',
  'groupe_fs',
  'labellisation_fs',
] as const;

/** `format_fs` → v1 `itinerance`: buses and roaming desks move, the others are fixed. */
export const itineranceFromFormat: Readonly<Record<string, 'Itinérant' | 'Fixe'>> = {
  Fixe: 'Fixe',
  'Fixe_antenne(s)': 'Fixe',
  Multisites: 'Fixe',
  Bus_équivalent: 'Itinérant',
  Itinérante: 'Itinérant',
};

/**
 * What every France Services desk is, by the programme's charter (labelled desks, free of charge, where an agent
 * helps each person with their procedures), as exact labels of the standard v1.
 */
export const franceServicesConstants = {
  services: ['Aide aux démarches administratives'],
  dispositif_programmes_nationaux: ['France Services'],
  frais_a_charge: ['Gratuit'],
  modalites_accompagnement: ['Accompagnement individuel'],
} as const;

/**
 * The SIRET is not in the file; the standard requires a `pivot`. Fourteen zeros is the convention of ANCT's
 * national cartography for "unknown" (the v0.1 Hinaura data uses it too).
 */
export const unknownPivot = '00000000000000';

/** The value of `source` for these places. */
export const franceServicesSource = 'ANCT – France Services';

/** Options of `mapFranceServices`. */
export interface FranceServicesOptions {
  /** `date_maj` of every place: the date of the file (e.g. `2024-08-01`); default today. */
  dateMaj?: string;
}

/**
 * Maps one row of the France Services file to a place: id `france-services-<id_fs>`, typologie `RFS` (and
 * `LA_POSTE` for desks in a post office), the programme's constant fields (`franceServicesConstants`), the phone
 * in international form, e-mails split, `format_fs` → `itinerance`, and the six weekday columns converted to OSM
 * `opening_hours` (see `convertFranceServicesHours`; hours that cannot be read are left out and reported).
 *
 * @example
 * const result = mapFranceServices(row, { dateMaj: '2024-08-01' });
 */
export function mapFranceServices(
  fields: Record<string, unknown>,
  options: FranceServicesOptions = {},
): MapResult {
  const warnings: string[] = [];
  const value = (column: string): string => text(fields[column]);
  const sourceId = value('id_fs');
  const nom = value('lib_fs');

  const hours = convertFranceServicesHours(
    Object.fromEntries(franceServicesDays.map(([column]) => [column, value(column)])) as Record<
      FranceServicesDayColumn,
      string
    >,
  );
  let horaires: string | undefined;
  if (hours.ok) {
    horaires = hours.horaires;
    warnings.push(...hours.notes.map((note) => `hours ${note}`));
  } else {
    warnings.push(...hours.problems.map((problem) => `hours not converted, horaires left empty: ${problem}`));
  }

  const format = value('format_fs');
  const itinerance = itineranceFromFormat[format];
  if (format !== '' && itinerance === undefined)
    warnings.push(`format_fs: « ${format} » unknown; itinerance left empty`);

  const mail = value('mail');
  const courriels = splitList(mail, /\s+-\s+|[\s;,|]+/);
  const written = value('telephone');
  const telephone = written === '' ? undefined : internationalTelephone(written);
  if (written !== '' && telephone === undefined) {
    warnings.push(`telephone: « ${written} » is not a French phone number; left empty`);
  }

  const detail = [value('commentaire')];
  if (/^oui$/i.test(value('prise_rdv'))) detail.push('Prise de rendez-vous possible.');

  const row: Record<string, unknown> = {
    id: sourceId === '' ? '' : `france-services-${sourceId}`,
    pivot: unknownPivot,
    nom,
    commune: value('lib_com'),
    code_postal: value('code_postal'),
    code_insee: value('insee_com'),
    adresse: value('adresse'),
    complement_adresse: value('complement_adresse'),
    latitude: fields.latitude,
    longitude: fields.longitude,
    typologie: /\bla poste\b/i.test(nom) ? 'RFS|LA_POSTE' : 'RFS',
    telephone,
    courriels: courriels.join('|'),
    horaires,
    presentation_detail: detail.filter((part) => part !== '').join('\n\n'),
    source: franceServicesSource,
    itinerance,
    date_maj: options.dateMaj ?? new Date().toISOString().slice(0, 10),
    ...Object.fromEntries(
      Object.entries(franceServicesConstants).map(([field, labels]) => [field, labels.join('|')]),
    ),
    modalites_acces: [
      'Se présenter',
      telephone ? 'Téléphoner' : '',
      courriels.length > 0 ? 'Contacter par mail' : '',
    ]
      .filter((mode) => mode !== '')
      .join('|'),
  };
  const result = mapStandardV1(row);
  return { ...result, warnings: [...warnings, ...result.warnings] };
}

/** Remarks on the header of a France Services file: missing columns. */
export function franceServicesHeaderWarnings(columns: readonly string[]): string[] {
  const missing = franceServicesColumns.filter((column) => !columns.includes(column));
  return missing.length > 0
    ? [`The file has no column ${missing.map((m) => `« ${m} »`).join(', ')} of the France Services list.`]
    : [];
}
