// Adapter for the national address API (Base Adresse Nationale, https://adresse.data.gouv.fr/api-doc/adresse):
// `GET {BAN_URL}?q=&limit=` answers a GeoJSON FeatureCollection (GeocodeJSON); we keep what a widget needs.
import { inseeCodePattern, postcodePattern, type Adresse, type AdresseType } from '@inclusion-widgets/core';
import * as z from 'zod/mini';

/** How the adapter reaches the address API. */
export interface BanOptions {
  /** The search URL, e.g. `https://api-adresse.data.gouv.fr/search/` (`BAN_URL`). */
  url: string;
  /** How long to wait for an answer; default 3000 ms. */
  timeoutMs?: number;
  /** The fetch function; tests may pass another. */
  fetch?: typeof fetch;
}

/** Why the address API could not answer: `timeout` (no answer in time) or `upstream` (an error or a bad body). */
export class BanError extends Error {
  override name = 'BanError';
  /** `timeout` or `upstream`. */
  readonly kind: 'timeout' | 'upstream';

  constructor(kind: 'timeout' | 'upstream', message: string, options?: ErrorOptions) {
    super(message, options);
    this.kind = kind;
  }
}

const banTypes: Record<string, AdresseType> = {
  housenumber: 'numero',
  street: 'voie',
  locality: 'lieu-dit',
  municipality: 'commune',
};

/** The part of a BAN answer that is read; anything else in it is ignored. */
const banResponseSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      geometry: z.object({
        type: z.literal('Point'),
        coordinates: z.tuple([z.number(), z.number()]),
      }),
      properties: z.object({
        label: z.string(),
        score: z.number(),
        type: z.string(),
        citycode: z.string(),
        postcode: z.optional(z.string()),
        city: z.string(),
      }),
    }),
  ),
});

/**
 * Searches street addresses in the national address base. Results the widgets cannot use (an unknown type, a code
 * that is not an INSEE code, coordinates out of range) are left out; an answer that is not a GeocodeJSON
 * FeatureCollection is an error.
 *
 * @example
 * const items = await searchAdresses({ url: 'https://api-adresse.data.gouv.fr/search/' }, '8 bd du port amiens', 5);
 */
export async function searchAdresses(options: BanOptions, q: string, limit: number): Promise<Adresse[]> {
  const timeoutMs = options.timeoutMs ?? 3_000;
  const url = new URL(options.url);
  url.searchParams.set('q', q);
  url.searchParams.set('limit', String(limit));
  const signal = AbortSignal.timeout(timeoutMs);
  let body: unknown;
  try {
    const response = await (options.fetch ?? fetch)(url, { signal, headers: { Accept: 'application/json' } });
    if (!response.ok) {
      await response.body?.cancel();
      throw new BanError('upstream', `the address API answered ${response.status}`);
    }
    body = await response.json();
  } catch (error) {
    if (error instanceof BanError) throw error;
    if (signal.aborted)
      throw new BanError('timeout', `the address API did not answer within ${timeoutMs} ms`);
    const reason = error instanceof Error ? error.message : String(error);
    throw new BanError('upstream', `the address API could not be read: ${reason}`, { cause: error });
  }
  const parsed = banResponseSchema.safeParse(body);
  if (!parsed.success) {
    throw new BanError(
      'upstream',
      'the address API answered something other than a GeoJSON FeatureCollection',
    );
  }
  return parsed.data.features.flatMap((feature): Adresse[] => {
    const [longitude, latitude] = feature.geometry.coordinates;
    const { label, score, citycode, postcode, city } = feature.properties;
    const type = banTypes[feature.properties.type];
    const usable =
      type !== undefined &&
      inseeCodePattern.test(citycode) &&
      Math.abs(latitude) <= 90 &&
      Math.abs(longitude) <= 180 &&
      label.trim() !== '' &&
      city.trim() !== '';
    if (!usable) return [];
    const adresse: Adresse = {
      label,
      latitude,
      longitude,
      code_insee: citycode,
      commune: city,
      type,
      score: Math.min(1, Math.max(0, score)),
    };
    if (postcode !== undefined && postcodePattern.test(postcode)) adresse.code_postal = postcode;
    return [adresse];
  });
}
