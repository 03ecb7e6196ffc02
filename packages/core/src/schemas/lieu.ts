import * as z from 'zod/mini';
import {
  emailSchema,
  httpUrlSchema,
  inseeCodeSchema,
  isoDateSchema,
  isoDateTimeSchema,
  latitudeSchema,
  longitudeSchema,
  nonEmptyString,
  postcodeSchema,
  slugSchema,
} from './common.js';
import type { VocabularyField } from '../standard/slugs.js';
import { isHttpUrl } from './formats.js';
import { pageSchema } from './page.js';

/** Opening statuses of a venue at the time of a search, computed in the venue's own time zone. */
export const ouvertureStatuts = ['ouvert', 'ferme', 'inconnu'] as const;

/** An opening status: `ouvert` (open), `ferme` (closed), `inconnu` (no usable opening hours). */
export type OuvertureStatut = (typeof ouvertureStatuts)[number];

const isoDateTime = isoDateTimeSchema('must be an ISO 8601 date-time with an offset');

/** The opening status of a venue, as a search computes it. */
export const ouvertureSchema = z.object({
  /** Open, closed or unknown right now. */
  statut: z.enum(ouvertureStatuts, { error: 'statut must be "ouvert", "ferme" or "inconnu"' }),
  /** When open: the closing time of the current opening period. */
  jusqu_a: z.optional(isoDateTime),
  /** When closed: the start of the next opening period, if one is known. */
  prochaine_ouverture: z.optional(isoDateTime),
  /** The comment of the hours' rule in force, e.g. `"sur rendez-vous"`. */
  commentaire: z.optional(z.string('commentaire must be a string')),
});

/** The opening status of a venue. */
export type Ouverture = z.infer<typeof ouvertureSchema>;

/** The standard's telephone pattern: international form, no spaces (`+33180059880`). */
const telephonePattern = /^(\+33|\+590|\+594|\+262|\+596|\+269|\+687|\+689|\+508|\+681)\d{6,9}$/;

const httpUrl = (field: string) => httpUrlSchema(`${field} must be an http or https URL`);

/** A multi-valued field: an array, empty when the source has no value. */
const list = <T extends z.ZodMiniType>(field: string, item: T) =>
  z._default(z.array(item, `${field} must be an array`), []);

/** A multi-valued field of slugs of the standard's vocabulary for that field. */
const slugList = <F extends VocabularyField>(field: F) => list(field, slugSchema(field));

/**
 * A venue ("lieu de médiation numérique") as the API returns it: the fields of the national standard v1, with
 * multi-valued fields as arrays and controlled vocabularies as arrays of slugs. Optional single values are
 * absent (never `null`); multi-valued fields default to `[]`. A search adds `distance` and `ouverture`.
 * Unknown keys are dropped, so that the API can add fields without breaking deployed widgets.
 *
 * @example
 * const lieu = lieuSchema.parse(await response.json());
 * lieu.services; // ['aide-aux-demarches-administratives', …]
 */
export const lieuSchema = z
  .object({
    id: nonEmptyString('id'),
    pivot: z
      .string()
      .check(
        z.regex(
          /^[a-zA-Z0-9]{9,14}$/,
          'pivot must be a SIRET, RNA or RIDET number (9 to 14 letters or digits)',
        ),
      ),
    nom: nonEmptyString('nom'),
    commune: nonEmptyString('commune'),
    code_postal: postcodeSchema,
    code_insee: z.optional(inseeCodeSchema),
    adresse: nonEmptyString('adresse'),
    complement_adresse: z.optional(z.string()),
    latitude: z.optional(latitudeSchema),
    longitude: z.optional(longitudeSchema),
    typologie: slugList('typologie'),
    telephone: z.optional(
      z
        .string()
        .check(z.regex(telephonePattern, 'telephone must be in international form, e.g. +33180059880')),
    ),
    courriels: list('courriels', emailSchema('must be an e-mail address')),
    site_web: list('site_web', httpUrl('site_web')),
    /** Opening hours in OpenStreetMap `opening_hours` syntax. */
    horaires: z.optional(z.string()),
    presentation_resume: z.optional(z.string().check(z.maxLength(280, 'must be at most 280 characters'))),
    presentation_detail: z.optional(z.string()),
    source: z.optional(z.string()),
    itinerance: slugList('itinerance'),
    structure_parente: z.optional(z.string()),
    date_maj: isoDateSchema('date_maj must be a YYYY-MM-DD date'),
    services: slugList('services'),
    publics_specifiquement_adresses: slugList('publics_specifiquement_adresses'),
    prise_en_charge_specifique: slugList('prise_en_charge_specifique'),
    frais_a_charge: slugList('frais_a_charge'),
    dispositif_programmes_nationaux: slugList('dispositif_programmes_nationaux'),
    formations_labels: slugList('formations_labels'),
    autres_formations_labels: z.optional(z.string()),
    modalites_acces: slugList('modalites_acces'),
    modalites_accompagnement: slugList('modalites_accompagnement'),
    fiche_acces_libre: z.optional(httpUrl('fiche_acces_libre')),
    prise_rdv: z.optional(httpUrl('prise_rdv')),
    /** Distance in metres from the searched point (search results only). */
    distance: z.optional(z.number().check(z.gte(0, 'distance must be a number of metres ≥ 0'))),
    /** Opening status at the time of the search (search results only). */
    ouverture: z.optional(ouvertureSchema),
  })
  .check(
    z.superRefine((lieu, ctx) => {
      if ((lieu.latitude === undefined) !== (lieu.longitude === undefined)) {
        const missing = lieu.latitude === undefined ? 'latitude' : 'longitude';
        ctx.addIssue({ code: 'custom', path: [missing], message: 'latitude and longitude go together' });
      }
    }),
  );

/** A venue, as parsed from the API. */
export type Lieu = z.infer<typeof lieuSchema>;

/** A venue as written in JSON before parsing (multi-valued fields may be left out). */
export type LieuInput = z.input<typeof lieuSchema>;

/** The days of a weekly hours table, Monday first. */
export const joursSemaine = [
  'lundi',
  'mardi',
  'mercredi',
  'jeudi',
  'vendredi',
  'samedi',
  'dimanche',
] as const;

/** A day of the week, in French. */
export type JourSemaine = (typeof joursSemaine)[number];

const heure = (field: string) =>
  z
    .string()
    .check(
      z.regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, `${field} must be a time HH:MM, from 00:00 to 24:00`),
    );

/** One opening period of a day: `debut` to `fin` in the place's local time (`fin` `'24:00'` at midnight). */
export const plageHoraireSchema = z.object({
  debut: heure('debut'),
  fin: heure('fin'),
  /** The hours leave this period unknown (e.g. `"sur rendez-vous"`): open or not, nobody can say. */
  incertain: z.optional(z.boolean('incertain must be true or false')),
  /** The comment the hours give this period. */
  commentaire: z.optional(z.string('commentaire must be a string')),
});

/** One opening period of a day. */
export type PlageHoraire = z.infer<typeof plageHoraireSchema>;

/**
 * A place's hours as a weekly table, Monday to Sunday. `complet` is `false` when the hours also have rules
 * such a table cannot show (public or school holidays, months, dates, sunrise…): the table then shows a
 * regular week, and the raw `horaires` tell the rest.
 */
export const horairesSemaineSchema = z.object({
  jours: z
    .array(
      z.object({
        jour: z.enum(joursSemaine, { error: 'jour must be a day of the week, lundi to dimanche' }),
        plages: z.array(plageHoraireSchema, 'plages must be an array'),
      }),
      'jours must be an array',
    )
    .check(z.length(7, 'jours must list the 7 days, Monday first')),
  complet: z.boolean('complet must be true or false'),
});

/** A weekly hours table. */
export type HorairesSemaine = z.infer<typeof horairesSemaineSchema>;

/**
 * A venue as `GET /v1/lieux/{id}` returns it: every field of the standard, its opening status now, and its
 * hours as a weekly table. `horaires_valides` is present with `horaires`: `false` when they do not parse (they
 * are kept as given, the table is then absent and the status `inconnu`).
 *
 * @example
 * const lieu = lieuDetailSchema.parse(await response.json());
 * lieu.horaires_semaine?.jours[0]?.plages; // [{ debut: '09:00', fin: '12:00' }, …]
 */
export const lieuDetailSchema = z.extend(lieuSchema, {
  horaires_valides: z.optional(z.boolean('horaires_valides must be true or false')),
  horaires_semaine: z.optional(horairesSemaineSchema),
});

/** A venue with its weekly hours, as parsed from the API. */
export type LieuDetail = z.infer<typeof lieuDetailSchema>;

/**
 * The link fields, read as anything at all: `dropBadLinks` then keeps only http(s) URLs (a list that is not an
 * array becomes `[]`). Typed as the contract's fields, which is what remains after `dropBadLinks`.
 */
const lenientLinks = {
  site_web: z._default(z.unknown(), []),
  fiche_acces_libre: z.optional(z.unknown()),
  prise_rdv: z.optional(z.unknown()),
} as unknown as Pick<typeof lieuSchema.shape, 'site_web' | 'fiche_acces_libre' | 'prise_rdv'>;

const isLink = (value: unknown): value is string => typeof value === 'string' && isHttpUrl(value);

/** Keeps the links of a place read with `lenientLinks` that are http(s) URLs, and drops the others. */
function dropBadLinks<T extends Pick<Lieu, 'site_web' | 'fiche_acces_libre' | 'prise_rdv'>>(lieu: T): T {
  const siteWeb: unknown = lieu.site_web;
  lieu.site_web = Array.isArray(siteWeb) ? siteWeb.filter(isLink) : [];
  if (!isLink(lieu.fiche_acces_libre)) delete lieu.fiche_acces_libre;
  if (!isLink(lieu.prise_rdv)) delete lieu.prise_rdv;
  return lieu;
}

/**
 * `lieuSchema` as the widgets read it: the same fields, except that a link (`site_web`, `fiche_acces_libre`,
 * `prise_rdv`) that is not an http(s) URL is dropped instead of making the whole answer invalid. One bad link
 * from a producer costs that link, never the place or the list. `lieuSchema` stays the strict contract the
 * API checks imports against.
 */
export const lieuReadSchema = z.safeExtend(lieuSchema, lenientLinks).check(z.overwrite(dropBadLinks));

/** `lieuDetailSchema` as the widgets read it: links that are not http(s) URLs dropped (see `lieuReadSchema`). */
export const lieuDetailReadSchema = z
  .safeExtend(lieuDetailSchema, lenientLinks)
  .check(z.overwrite(dropBadLinks));

/** A page of places as the widgets read it (`GET /v1/lieux`), links read leniently. */
export const lieuPageReadSchema = pageSchema(lieuReadSchema);
