// A first look at the answers the venue finder needs before anything else — a page of places, a list of communes —
// read by hand, without zod, so that the list and the suggestions can show while the code that checks the whole
// answer loads (the client then checks it, and the widget replaces the preview with the checked answer, or shows
// the error). Each value is read only if it plainly has the contract's type; anything unexpected gives no preview
// (the widget waits for the check). Links are left out, except the Accès Libre one when it is an http(s) URL
// (the list only says that it exists).
import { isSlugOf, type VocabularyField } from '../standard/slugs.js';
import {
  departementCodePattern,
  epciCodePattern,
  inseeCodePattern,
  postcodePattern,
  regionCodePattern,
} from './codes.js';
import type { Commune } from './commune.js';
import { isHttpUrl, isoDateTimePattern } from './formats.js';
import type { Lieu, Ouverture } from './lieu.js';
import type { Page } from './page.js';

type Fields = Record<string, unknown>;

/** Thrown inside a reading when a value does not plainly match the contract: that answer gets no preview. */
class NoPreview extends Error {}

const fail = (): never => {
  throw new NoPreview();
};
const isObject = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const object = (value: unknown): Fields => (isObject(value) ? value : fail());
const text = (value: unknown): string => (typeof value === 'string' && value.trim() !== '' ? value : fail());
const matching = (value: unknown, pattern: RegExp): string =>
  typeof value === 'string' && pattern.test(value) ? value : fail();
const optional = <T>(value: unknown, read: (value: unknown) => T): T | undefined =>
  value === undefined ? undefined : read(value);
const number = (value: unknown, min: number, max: number): number =>
  typeof value === 'number' && value >= min && value <= max ? value : fail();
const integer = (value: unknown, min: number): number =>
  Number.isInteger(value) && (value as number) >= min ? (value as number) : fail();
const slugs = <F extends VocabularyField>(value: unknown, field: F) =>
  value === undefined
    ? []
    : Array.isArray(value)
      ? value.map((item: unknown) => (typeof item === 'string' && isSlugOf(field, item) ? item : fail()))
      : fail();

function ouverture(value: unknown): Ouverture {
  const fields = object(value);
  const statut = fields.statut;
  if (statut !== 'ouvert' && statut !== 'ferme' && statut !== 'inconnu') return fail();
  return withoutUndefined({
    statut,
    jusqu_a: optional(fields.jusqu_a, (at) => matching(at, isoDateTimePattern)),
    prochaine_ouverture: optional(fields.prochaine_ouverture, (at) => matching(at, isoDateTimePattern)),
    commentaire: optional(fields.commentaire, (comment) => (typeof comment === 'string' ? comment : fail())),
  });
}

/** The fields of a place that the results list shows; the other lists empty, the other optional fields absent. */
function lieu(value: unknown): Lieu {
  const fields = object(value);
  const latitude = optional(fields.latitude, (degrees) => number(degrees, -90, 90));
  const longitude = optional(fields.longitude, (degrees) => number(degrees, -180, 180));
  if ((latitude === undefined) !== (longitude === undefined)) fail();
  const accesLibre = fields.fiche_acces_libre;
  return withoutUndefined({
    id: text(fields.id),
    pivot: typeof fields.pivot === 'string' ? fields.pivot : fail(),
    nom: text(fields.nom),
    commune: text(fields.commune),
    code_postal: matching(fields.code_postal, postcodePattern),
    code_insee: optional(fields.code_insee, (code) => matching(code, inseeCodePattern)),
    adresse: text(fields.adresse),
    latitude,
    longitude,
    date_maj: typeof fields.date_maj === 'string' ? fields.date_maj : fail(),
    services: slugs(fields.services, 'services'),
    frais_a_charge: slugs(fields.frais_a_charge, 'frais_a_charge'),
    prise_en_charge_specifique: slugs(fields.prise_en_charge_specifique, 'prise_en_charge_specifique'),
    fiche_acces_libre: typeof accesLibre === 'string' && isHttpUrl(accesLibre) ? accesLibre : undefined,
    distance: optional(fields.distance, (metres) => number(metres, 0, Infinity)),
    ouverture: optional(fields.ouverture, ouverture),
    typologie: [],
    courriels: [],
    site_web: [],
    itinerance: [],
    publics_specifiquement_adresses: [],
    dispositif_programmes_nationaux: [],
    formations_labels: [],
    modalites_acces: [],
    modalites_accompagnement: [],
  });
}

function commune(value: unknown): Commune {
  const fields = object(value);
  const codesPostaux = Array.isArray(fields.codes_postaux) ? fields.codes_postaux : fail();
  return withoutUndefined({
    code: matching(fields.code, inseeCodePattern),
    nom: text(fields.nom),
    codes_postaux: codesPostaux.map((code: unknown) => matching(code, postcodePattern)),
    departement: matching(fields.departement, departementCodePattern),
    region: optional(fields.region, (code) => matching(code, regionCodePattern)),
    epci: optional(fields.epci, (code) => matching(code, epciCodePattern)),
    population: optional(fields.population, (count) => integer(count, 0)),
    latitude: number(fields.latitude, -90, 90),
    longitude: number(fields.longitude, -180, 180),
  });
}

/** The object without its `undefined` values (as the checked answer has them: absent, never `undefined`). */
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined)) as T;
}

/** Runs a reading; `undefined` when the answer does not plainly match. */
function attempt<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch (error) {
    if (error instanceof NoPreview) return undefined;
    throw error;
  }
}

/**
 * A first page of places (`GET /v1/lieux`) as the results list shows it, read by hand from an unchecked answer, or
 * `undefined` when anything in it does not plainly match the contract. Its places carry the fields the list shows
 * (name, address, distance, opening status, services, cost, specific support, whether an Accès Libre sheet exists,
 * position); the checked page, which replaces it, carries them all.
 *
 * @example
 * previewLieuPage(JSON.parse(body))?.items[0]?.nom; // 'Médiathèque Jean Lévy'
 */
export function previewLieuPage(body: unknown): Page<Lieu> | undefined {
  return attempt(() => {
    const fields = object(body);
    const items = Array.isArray(fields.items) ? fields.items : fail();
    const next = fields.next;
    return withoutUndefined({
      items: items.map(lieu),
      total: integer(fields.total, 0),
      limit: integer(fields.limit, 1),
      next: next === undefined || next === null || typeof next === 'string' ? next : fail(),
    });
  });
}

/**
 * The communes of `GET /v1/communes?q=` read by hand from an unchecked answer (every field), or `undefined` when
 * anything in it does not plainly match the contract.
 *
 * @example
 * previewCommuneList(JSON.parse(body))?.[0]?.nom; // 'Lille'
 */
export function previewCommuneList(body: unknown): Commune[] | undefined {
  return attempt(() => {
    const fields = object(body);
    return (Array.isArray(fields.items) ? fields.items : fail()).map(commune);
  });
}
