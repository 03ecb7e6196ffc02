// Builds the offline communes index committed in packages/api/data/:
//   communes.csv        every current commune with its centre, postcodes, population, département, région, EPCI
//   communes-alias.csv  other codes a place may carry (municipal arrondissements, delegated and associated
//                       communes, codes of merged communes) and the current commune they belong to
//
// Sources: /work/shared/data/communes-centres-2018.csv (centre of each 2018 commune, from gregoiredavid/france-geojson,
// IGN Admin Express COG 2018 + INSEE COG 2018, Licence Ouverte) joined by INSEE code with @etalab/decoupage-administratif
// (INSEE COG of the package's year, La Poste postcodes, INSEE legal populations, DGCL EPCI; Licence Ouverte).
//
// Run from the repository root:
//   node --conditions=source --import tsx packages/api/scripts/build-communes.ts [path/to/communes-centres-2018.csv]
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { normaliserRecherche } from '../src/communes/normalise.js';

const require = createRequire(import.meta.url);

/** One entry of decoupage-administratif's communes.json (only the fields used here). */
interface DecoupageCommune {
  code: string;
  nom: string;
  type: 'commune-actuelle' | 'commune-deleguee' | 'commune-associee' | 'arrondissement-municipal';
  zone: 'metro' | 'drom' | 'com';
  departement: string;
  region: string;
  codesPostaux?: string[];
  population?: number;
  anciensCodes?: string[];
  /** Delegated and associated communes: the current commune they belong to. */
  chefLieu?: string;
  /** Municipal arrondissements: Paris, Lyon or Marseille. */
  commune?: string;
}

interface DecoupageEpci {
  code: string;
  membres: { code: string }[];
}

interface Centre2018 {
  code: string;
  nom: string;
  departement: string;
  latitude: number;
  longitude: number;
}

/**
 * Communes that were part of a commune nouvelle in 2018 and have left it since ("défusion"): they have no centre of
 * their own in the 2018 file, so they take the centre of the 2018 commune nouvelle they were part of (a few km off).
 * The name of that 2018 commune is checked below, so that a wrong code here fails the build.
 */
const restoredCommunes: Record<string, { partOf: string; partOfName: string }> = {
  '14666': { partOf: '14712', partOfName: 'Saline' }, // Sannerville left Saline (with Troarn)
  '15031': { partOf: '15141', partOfName: 'Neussargues en Pinatelle' }, // Celles
  '15035': { partOf: '15141', partOfName: 'Neussargues en Pinatelle' }, // Chalinargues
  '15047': { partOf: '15141', partOfName: 'Neussargues en Pinatelle' }, // Chavagnac
  '15171': { partOf: '15141', partOfName: 'Neussargues en Pinatelle' }, // Sainte-Anastasie
  '85165': { partOf: '85084', partOfName: 'Essarts en Bocage' }, // L'Oie
  '85212': { partOf: '85084', partOfName: 'Essarts en Bocage' }, // Sainte-Florence
};

const centresPath = process.argv[2] ?? '/work/shared/data/communes-centres-2018.csv';
const outDir = fileURLToPath(new URL('../data/', import.meta.url));

const communes = require('@etalab/decoupage-administratif/data/communes.json') as DecoupageCommune[];
const epcis = require('@etalab/decoupage-administratif/data/epci.json') as DecoupageEpci[];
const decoupageVersion = (require('@etalab/decoupage-administratif/package.json') as { version: string })
  .version;

const centres = new Map<string, Centre2018>();
for (const row of parse(readFileSync(centresPath), { columns: true, skip_empty_lines: true }) as Record<
  string,
  string
>[]) {
  const latitude = Number(row.latitude);
  const longitude = Number(row.longitude);
  if (!row.code_insee || !Number.isFinite(latitude) || !Number.isFinite(longitude)) {
    throw new Error(`${centresPath}: bad row ${JSON.stringify(row)}`);
  }
  centres.set(row.code_insee, {
    code: row.code_insee,
    nom: row.nom ?? '',
    departement: row.departement ?? '',
    latitude,
    longitude,
  });
}

const epciOf = new Map<string, string>();
for (const epci of epcis) for (const membre of epci.membres) epciOf.set(membre.code, epci.code);

const current = communes.filter((commune) => commune.type === 'commune-actuelle');
const currentCodes = new Set(current.map((commune) => commune.code));
const delegatedOf = new Map<string, string[]>();
for (const commune of communes) {
  if (commune.chefLieu && commune.type !== 'commune-actuelle') {
    delegatedOf.set(commune.chefLieu, [...(delegatedOf.get(commune.chefLieu) ?? []), commune.code]);
  }
}

const counts = {
  sameCode: 0,
  renumberedSameName: 0,
  renumberedMean: 0,
  restored: 0,
  mergedSince2018: 0,
  excludedNoCentre: [] as string[],
  departementMismatch: [] as string[],
  withoutEpci: [] as string[],
};

/** The centre of a current commune, and how it was found; undefined when the 2018 file cannot give one. */
function centreOf(commune: DecoupageCommune): { latitude: number; longitude: number } | undefined {
  const own = centres.get(commune.code);
  if (own) {
    counts.sameCode += 1;
    if (commune.anciensCodes?.some((code) => centres.has(code))) counts.mergedSince2018 += 1;
    return own;
  }
  // A commune nouvelle whose code changed since 2018 (its chef-lieu moved): the 2018 commune of its former
  // or delegated communes that bore the same name, else the mean of their 2018 centres.
  const formerCodes = [
    ...new Set([...(commune.anciensCodes ?? []), ...(delegatedOf.get(commune.code) ?? [])]),
  ];
  const former = formerCodes.flatMap((code) => centres.get(code) ?? []);
  if (former.length > 0) {
    const sameName = former.find(
      (centre) => normaliserRecherche(centre.nom) === normaliserRecherche(commune.nom),
    );
    if (sameName) {
      counts.renumberedSameName += 1;
      return sameName;
    }
    counts.renumberedMean += 1;
    return {
      latitude: round(former.reduce((sum, centre) => sum + centre.latitude, 0) / former.length),
      longitude: round(former.reduce((sum, centre) => sum + centre.longitude, 0) / former.length),
    };
  }
  const restored = restoredCommunes[commune.code];
  if (restored) {
    const partOf = centres.get(restored.partOf);
    if (partOf?.nom !== restored.partOfName) {
      throw new Error(
        `${commune.code} ${commune.nom}: expected 2018 commune ${restored.partOf} ${restored.partOfName}`,
      );
    }
    counts.restored += 1;
    return partOf;
  }
  return undefined;
}

function round(value: number): number {
  return Math.round(value * 100_000) / 100_000;
}

/** A CSV field: quoted when it holds a comma, a quote or a line break. */
function field(value: string | number | undefined): string {
  const text = value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const lines = ['code,nom,codes_postaux,departement,region,epci,population,latitude,longitude'];
const written = new Set<string>();
for (const commune of [...current].sort((a, b) => a.code.localeCompare(b.code))) {
  const centre = centreOf(commune);
  if (!centre) {
    counts.excludedNoCentre.push(`${commune.code} ${commune.nom} (${commune.zone})`);
    continue;
  }
  const old = centres.get(commune.code);
  if (old && old.departement !== commune.departement) {
    counts.departementMismatch.push(`${commune.code} ${commune.nom}: 2018 ${old.departement}`);
  }
  const epci = epciOf.get(commune.code);
  if (!epci) counts.withoutEpci.push(`${commune.code} ${commune.nom}`);
  lines.push(
    [
      commune.code,
      commune.nom,
      (commune.codesPostaux ?? []).join('|'),
      commune.departement,
      commune.region,
      epci,
      commune.population,
      centre.latitude,
      centre.longitude,
    ]
      .map(field)
      .join(','),
  );
  written.add(commune.code);
}

// Other codes a place's `code_insee` may carry, each pointing to the current commune that covers it.
const aliasLines = ['code,commune,nom,type'];
const aliasCounts: Record<string, number> = {};
// A code points to one commune. A delegated commune may keep the code of its commune nouvelle (Bellegarde-sur-
// Valserine, 01033, in Valserhône): it is listed for its name, which people still search for.
const aliasCodes = new Map<string, string>();
const aliasKeys = new Set<string>();
const currentNames = new Map(current.map((commune) => [commune.code, normaliserRecherche(commune.nom)]));
const addAlias = (code: string, target: string | undefined, nom: string, type: string): void => {
  if (!target || !written.has(target)) return;
  if (currentCodes.has(code) && (code !== target || normaliserRecherche(nom) === currentNames.get(code)))
    return;
  if ((aliasCodes.get(code) ?? target) !== target || aliasKeys.has(`${code} ${nom}`)) return;
  // The 2018 name of a code already listed adds nothing (it lacks the article).
  if (type === 'ancien-code' && aliasCodes.has(code)) return;
  aliasCodes.set(code, target);
  aliasKeys.add(`${code} ${nom}`);
  aliasCounts[type] = (aliasCounts[type] ?? 0) + 1;
  aliasLines.push([code, target, nom, type].map(field).join(','));
};
const sorted = [...communes].sort((a, b) => a.code.localeCompare(b.code));
for (const commune of sorted) {
  if (commune.type === 'arrondissement-municipal')
    addAlias(commune.code, commune.commune, commune.nom, commune.type);
  else if (commune.type !== 'commune-actuelle')
    addAlias(commune.code, commune.chefLieu, commune.nom, commune.type);
}
for (const commune of sorted) {
  for (const code of commune.anciensCodes ?? []) {
    addAlias(code, commune.code, centres.get(code)?.nom ?? '', 'ancien-code');
  }
}
const gone2018 = [...centres.keys()].filter((code) => !currentCodes.has(code) && !aliasCodes.has(code));

writeFileSync(`${outDir}communes.csv`, `${lines.join('\n')}\n`);
writeFileSync(`${outDir}communes-alias.csv`, `${aliasLines.join('\n')}\n`);

const log = (text: string): void => void process.stdout.write(`${text}\n`);
log(`@etalab/decoupage-administratif ${decoupageVersion}: ${current.length} current communes`);
log(`communes-centres-2018.csv: ${centres.size} centres`);
log(`written: ${written.size} communes to packages/api/data/communes.csv`);
log(`  centre of the 2018 commune with the same code: ${counts.sameCode}`);
log(
  `    of which communes that absorbed other 2018 communes since (centre of the 2018 chef-lieu): ${counts.mergedSince2018}`,
);
log(
  `  commune nouvelle renumbered since 2018, centre of its same-name 2018 commune: ${counts.renumberedSameName}`,
);
log(
  `  commune nouvelle renumbered since 2018, mean of its former communes' centres: ${counts.renumberedMean}`,
);
log(`  commune restored since 2018, centre of the 2018 commune nouvelle it was part of: ${counts.restored}`);
log(`excluded, no centre in the 2018 file: ${counts.excludedNoCentre.length}`);
const excludedByDepartement: Record<string, number> = {};
for (const line of counts.excludedNoCentre) {
  const departement = current.find((commune) => line.startsWith(commune.code))?.departement ?? '?';
  excludedByDepartement[departement] = (excludedByDepartement[departement] ?? 0) + 1;
}
log(`  by département: ${JSON.stringify(excludedByDepartement)}`);
log(`without an EPCI: ${counts.withoutEpci.length} (${counts.withoutEpci.join(', ')})`);
log(
  `département changed since 2018: ${counts.departementMismatch.length} ${counts.departementMismatch.join(', ')}`,
);
log(
  `written: ${aliasLines.length - 1} alias rows for ${aliasCodes.size} codes to packages/api/data/communes-alias.csv ${JSON.stringify(aliasCounts)}`,
);
log(`2018 codes neither current nor alias: ${gone2018.length} ${gone2018.slice(0, 10).join(' ')}`);
