// Converts the real open data to the standard v1 CSVs committed in packages/api/data (seeded on first start).
//
//   node --conditions=source --import tsx packages/api/scripts/convert-data.ts [SHARED_DATA_DIR]
//
// SHARED_DATA_DIR defaults to ../shared/data next to the repository. It reads
//   france-services-2024-08-01.csv   (ANCT, Licence Ouverte 2.0)
//   lieux-hinaura-v0.1-2021.json     (Hinaura via @gouvfr-anct/cartographie-nationale, Licence Ouverte 2.0)
// and writes packages/api/data/lieux-france-services.csv and packages/api/data/lieux-hinaura.csv.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import type { Lieu } from '@inclusion-widgets/core';
import { analyseImport } from '../src/import/import.js';
import type { ImportReport } from '../src/import/import.js';
import { convertFranceServicesHours, franceServicesDays } from '../src/import/france-services-hours.js';
import { readInput } from '../src/import/read-input.js';
import { writeStandardV1Csv } from '../src/import/standard-v1.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const dataDir = resolve(here, '../data');
const sharedDir = resolve(process.argv[2] ?? resolve(here, '../../../../shared/data'));

const FRANCE_SERVICES = 'france-services-2024-08-01.csv';
const HINAURA = 'lieux-hinaura-v0.1-2021.json';

function summarise(title: string, report: ImportReport): void {
  console.log(`\n${title}`);
  console.log(`  rows in: ${report.total}, rows out: ${report.valid}, rejected: ${report.rejected.length}`);
  for (const row of report.rejected) {
    console.log(`  rejected line ${row.line}${row.id ? ` (${row.id})` : ''}: ${row.reasons.join('; ')}`);
  }
  const kinds = new Map<string, number>();
  for (const warning of report.warnings) {
    // Group by the message without its quoted values.
    const kind = warning.message.replace(/« [^»]*»/g, '«…»').replace(/\+\d+/g, '+…');
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  }
  for (const [kind, count] of [...kinds].sort((a, b) => b[1] - a[1]))
    console.log(`  warning ×${count}: ${kind}`);
}

// France Services.
const franceServicesBytes = readFileSync(resolve(sharedDir, FRANCE_SERVICES));
const dateMaj = /(\d{4}-\d{2}-\d{2})/.exec(FRANCE_SERVICES)?.[1];
const franceServices = analyseImport(franceServicesBytes, { format: 'france-services', dateMaj });
summarise(`France Services (${FRANCE_SERVICES})`, franceServices.report);
const hours = { withHours: 0, converted: 0, notConverted: 0, none: 0, placeholders: 0, merged: 0 };
for (const { fields } of readInput(franceServicesBytes).records) {
  const days = Object.fromEntries(
    franceServicesDays.map(([column]) => [column, String(fields[column] ?? '')]),
  );
  if (Object.values(days).every((value) => value.trim() === '')) {
    hours.none += 1;
    continue;
  }
  hours.withHours += 1;
  const result = convertFranceServicesHours(days);
  if (!result.ok) hours.notConverted += 1;
  else {
    hours.converted += 1;
    if (result.notes.some((note) => note.includes('00:00'))) hours.placeholders += 1;
    if (result.notes.some((note) => note.includes('merged'))) hours.merged += 1;
  }
}
console.log(
  `  hours: ${hours.withHours} desks with hours, ${hours.converted} converted, ${hours.notConverted} not converted, ` +
    `${hours.none} without any hours; ${hours.placeholders} had « 00:00 - 00:00 » fillers skipped, ` +
    `${hours.merged} had overlapping ranges merged`,
);
writeFileSync(resolve(dataDir, 'lieux-france-services.csv'), writeStandardV1Csv(franceServices.lieux));

// Hinaura (v0.1), with the INSEE code found from the postcode and the commune's name.
const hinaura = analyseImport(readFileSync(resolve(sharedDir, HINAURA)), {
  format: 'standard-v0.1',
  idPrefix: 'hinaura-',
});
summarise(`Hinaura, standard v0.1 (${HINAURA})`, hinaura.report);
const communes = parse(readFileSync(resolve(dataDir, 'communes.csv')), { columns: true }) as {
  code: string;
  nom: string;
  codes_postaux: string;
  departement: string;
  latitude: string;
  longitude: string;
}[];
type CommuneRow = (typeof communes)[number];
const name = (value: string): string =>
  value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[-'’\s]+/g, ' ')
    .replace(/\b(st|ste)\b/g, (word) => (word === 'st' ? 'saint' : 'sainte'))
    .replace(/^(le|la|les|l) /, '')
    .replace(/ cedex( \d+)?$/, '')
    .trim();
const byPostcode = new Map<string, CommuneRow[]>();
for (const commune of communes) {
  for (const postcode of commune.codes_postaux.split('|')) {
    byPostcode.set(postcode, [...(byPostcode.get(postcode) ?? []), commune]);
  }
}
const distance = (lieu: Lieu, commune: CommuneRow): number =>
  Math.hypot(
    (Number(commune.latitude) - (lieu.latitude ?? 0)) * 111,
    (Number(commune.longitude) - (lieu.longitude ?? 0)) *
      111 *
      Math.cos(((lieu.latitude ?? 0) * Math.PI) / 180),
  );
// In order: the only commune of the postcode; the one of that name among them; that name in the département;
// the commune of the postcode whose centre is nearest (postcodes of merged communes, misspelt names).
const methods = {
  postcode: 0,
  'postcode and name': 0,
  'département and name': 0,
  'postcode and nearest centre': 0,
};
const unmatched: string[] = [];
const withInsee: Lieu[] = hinaura.lieux.map((lieu) => {
  const candidates = byPostcode.get(lieu.code_postal) ?? [];
  let match: CommuneRow | undefined;
  let method: keyof typeof methods | undefined;
  if (candidates.length === 1) [match, method] = [candidates[0], 'postcode'];
  match ??= candidates.find((commune) => name(commune.nom) === name(lieu.commune));
  if (match && !method) method = 'postcode and name';
  if (!match) {
    const departement = lieu.code_postal.slice(0, 2);
    match = communes.find((c) => c.departement === departement && name(c.nom) === name(lieu.commune));
    if (match) method = 'département and name';
  }
  if (!match && candidates.length > 0 && lieu.latitude !== undefined) {
    match = [...candidates].sort((a, b) => distance(lieu, a) - distance(lieu, b))[0];
    method = 'postcode and nearest centre';
  }
  if (!match || !method) {
    unmatched.push(`${lieu.id} (${lieu.code_postal} ${lieu.commune})`);
    return lieu;
  }
  methods[method] += 1;
  return { ...lieu, code_insee: match.code };
});
const found = Object.values(methods).reduce((sum, count) => sum + count, 0);
console.log(
  `  code_insee found for ${found} of ${hinaura.lieux.length} places (` +
    Object.entries(methods)
      .map(([method, count]) => `${count} by ${method}`)
      .join(', ') +
    ')',
);
if (unmatched.length > 0) console.log(`  code_insee not found: ${unmatched.join(', ')}`);
writeFileSync(resolve(dataDir, 'lieux-hinaura.csv'), writeStandardV1Csv(withInsee));

console.log(
  `\nWrote ${resolve(dataDir, 'lieux-france-services.csv')} and ${resolve(dataDir, 'lieux-hinaura.csv')}.`,
);
