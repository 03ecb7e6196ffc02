import * as z from 'zod/mini';
import { latitudeSchema, longitudeSchema, nonEmptyString } from './common.js';
import { toProblems, type ValidationResult } from './issues.js';
import {
  checkedQuery,
  readQuery,
  repeatedParameters,
  searchFilterFields,
  searchParamsSchema,
  SearchParamsError,
  writeQuery,
} from './search.js';

/** Bounds of the map parameters and of what a viewport carries. */
export const carteLimits = {
  /** Web map zoom levels. */
  zoom: { min: 0, max: 22 },
  /** Most features (clusters and points) in one answer, whatever the number of places. */
  features: 400,
} as const;

const bboxSchema = z.tuple([longitudeSchema, latitudeSchema, longitudeSchema, latitudeSchema], {
  error: 'bbox must be 4 numbers: west, south, east, north',
});

const searchShape = searchParamsSchema.def.shape;

/**
 * Parameters of `GET /v1/lieux/carte`: the viewport `bbox` (west, south, east, north) and the map's `zoom`,
 * with the same filters as a search (`territoire`, every vocabulary, `q`, `ouvert_maintenant`).
 *
 * @example
 * carteParamsSchema.parse({ bbox: [2.2, 48.8, 2.5, 48.9], zoom: 12, services: ['aide-aux-demarches-administratives'] });
 */
export const carteParamsSchema = z
  .object({
    bbox: bboxSchema,
    zoom: z
      .int('zoom must be an integer')
      .check(
        z.gte(
          carteLimits.zoom.min,
          `zoom must be between ${carteLimits.zoom.min} and ${carteLimits.zoom.max}`,
        ),
        z.lte(
          carteLimits.zoom.max,
          `zoom must be between ${carteLimits.zoom.min} and ${carteLimits.zoom.max}`,
        ),
      ),
    territoire: searchShape.territoire,
    services: searchShape.services,
    frais_a_charge: searchShape.frais_a_charge,
    prise_en_charge_specifique: searchShape.prise_en_charge_specifique,
    publics_specifiquement_adresses: searchShape.publics_specifiquement_adresses,
    modalites_acces: searchShape.modalites_acces,
    modalites_accompagnement: searchShape.modalites_accompagnement,
    dispositif_programmes_nationaux: searchShape.dispositif_programmes_nationaux,
    typologie: searchShape.typologie,
    formations_labels: searchShape.formations_labels,
    itinerance: searchShape.itinerance,
    ouvert_maintenant: searchShape.ouvert_maintenant,
    q: searchShape.q,
  })
  .check(
    z.superRefine((params, ctx) => {
      const [west, south, east, north] = params.bbox;
      if (west > east || south > north) {
        const message = 'bbox must be west,south,east,north with west ≤ east and south ≤ north';
        ctx.addIssue({ code: 'custom', path: ['bbox'], message });
      }
    }),
  );

/** Parameters of a map viewport. */
export type CarteParams = z.infer<typeof carteParamsSchema>;

const carteKeys = Object.keys(carteParamsSchema.def.shape);
const carteListKeys: ReadonlySet<string> = new Set<string>([...searchFilterFields, 'bbox']);

/**
 * Validates map parameters and writes them as a query string (lists comma-separated, keys in a fixed order).
 * Throws `SearchParamsError`.
 *
 * @example
 * toCarteParams({ bbox: [2.2, 48.8, 2.5, 48.9], zoom: 12 }).toString(); // 'bbox=2.2%2C48.8%2C2.5%2C48.9&zoom=12'
 */
export function toCarteParams(params: CarteParams): URLSearchParams {
  const result = carteParamsSchema.safeParse(params, { reportInput: true });
  if (!result.success) throw new SearchParamsError(toProblems(result.error.issues));
  return writeQuery(result.data, carteKeys);
}

/**
 * Reads map parameters from a query string (the inverse of `toCarteParams`), for the API.
 *
 * @example
 * fromCarteParams(new URLSearchParams('bbox=2.2,48.8,2.5,48.9&zoom=12')).success; // true
 */
export function fromCarteParams(query: URLSearchParams): ValidationResult<CarteParams> {
  const result = carteParamsSchema.safeParse(readQuery(query, carteKeys, carteListKeys), {
    reportInput: true,
  });
  return checkedQuery(result, repeatedParameters(query, carteKeys, carteListKeys));
}

/** Several places of one grid cell, drawn as one marker with their count. */
export const carteClusterSchema = z.object({
  /** How many places the cluster holds (≥ 2). */
  count: z.int('count must be an integer').check(z.gte(2, 'count must be ≥ 2')),
  /** The places' mean position: where to draw the cluster. */
  latitude: latitudeSchema,
  longitude: longitudeSchema,
  /** The extent of its places (west, south, east, north): zoom there to split the cluster. */
  bbox: bboxSchema,
});

/** A cluster of places. */
export type CarteCluster = z.infer<typeof carteClusterSchema>;

/** One place, drawn as a marker: what the marker and its label need; fetch `/v1/lieux/{id}` for the rest. */
export const cartePointSchema = z.object({
  id: nonEmptyString('id'),
  nom: nonEmptyString('nom'),
  commune: z.string('commune must be a string'),
  latitude: latitudeSchema,
  longitude: longitudeSchema,
});

/** A place on the map. */
export type CartePoint = z.infer<typeof cartePointSchema>;

/**
 * The body of `GET /v1/lieux/carte`: the requested viewport echoed, how many places match in it, and at most
 * `carteLimits.features` features: every place as a point when they are few, else clusters (and points for
 * the cells holding one place) on a web-mercator grid sized by the zoom.
 *
 * @example
 * const carte = carteSchema.parse(await response.json());
 * carte.clusters.length + carte.points.length <= carteLimits.features; // true
 */
export const carteSchema = z.object({
  bbox: bboxSchema,
  zoom: z.int('zoom must be an integer'),
  total: z.int('total must be an integer').check(z.gte(0, 'total must be ≥ 0')),
  clusters: z.array(carteClusterSchema, 'clusters must be an array'),
  points: z.array(cartePointSchema, 'points must be an array'),
});

/** A map viewport's features, as parsed from the API. */
export type Carte = z.infer<typeof carteSchema>;
