import {
  carteLimits,
  type CarteParams,
  type SearchFilterField,
  type SearchParams,
} from '@inclusion-widgets/core';

/** Search filters the map applies to its places: the same as a venue search's. */
export type MapFilters = Partial<
  Pick<SearchParams, SearchFilterField | 'ouvert_maintenant' | 'territoire' | 'q'>
>;

/** A circle to show whole: a search centre and its radius. */
export interface MapFocusArea {
  /** Longitude of the centre. */
  readonly lon: number;
  /** Latitude of the centre. */
  readonly lat: number;
  /** Radius in metres. */
  readonly radiusM: number;
}

/** The place to highlight: its id (a point's `id` in the API's carte) and where it stands. */
export interface MapSelection {
  /** The place's id. */
  readonly id: string;
  /** Longitude of the place. */
  readonly lon: number;
  /** Latitude of the place. */
  readonly lat: number;
}

/** What the API needs to know of the map's view. */
export type Viewport = Pick<CarteParams, 'bbox' | 'zoom'>;

/** West, south, east, north. */
export type Bbox = CarteParams['bbox'];

/** Metres in one degree of latitude (and of longitude at the equator), on the mean Earth radius. */
const metresPerDegree = (Math.PI * 6_371_008.8) / 180;

/** Decimal places kept in a viewport's bbox (about 1 m), so that tiny moves give the same request. */
const bboxDecimals = 5;

/**
 * The bounding box of a circle, for `fitBounds`: a latitude span of `radiusM`, and a longitude span widened
 * by the latitude; clamped to the valid ranges.
 *
 * @example
 * circleBounds({ lon: 3.06, lat: 50.63, radiusM: 5000 }); // [2.989…, 50.585…, 3.130…, 50.674…]
 */
export function circleBounds({ lon, lat, radiusM }: MapFocusArea): Bbox {
  const dLat = radiusM / metresPerDegree;
  const dLon = radiusM / (metresPerDegree * Math.max(Math.cos((lat * Math.PI) / 180), 0.01));
  return [
    clamp(lon - dLon, -180, 180),
    clamp(lat - dLat, -90, 90),
    clamp(lon + dLon, -180, 180),
    clamp(lat + dLat, -90, 90),
  ];
}

/**
 * The API's view of a map: its bounds clamped to valid coordinates and rounded outwards to about a metre, and
 * its zoom as an integer within the API's range.
 *
 * @example
 * toViewport([2.2000004, 48.8, 2.5, 48.9], 11.6); // { bbox: [2.2, 48.8, 2.5, 48.9], zoom: 12 }
 */
export function toViewport(bounds: Bbox, zoom: number): Viewport {
  const [west, south, east, north] = bounds;
  const scale = 10 ** bboxDecimals;
  const down = (value: number) => Math.floor(value * scale) / scale;
  const up = (value: number) => Math.ceil(value * scale) / scale;
  return {
    bbox: [
      clamp(down(west), -180, 180),
      clamp(down(south), -90, 90),
      clamp(up(east), -180, 180),
      clamp(up(north), -90, 90),
    ],
    zoom: clamp(Math.round(zoom), carteLimits.zoom.min, carteLimits.zoom.max),
  };
}

/** Whether two viewports would ask the API the same thing. */
export function sameViewport(a: Viewport | undefined, b: Viewport): boolean {
  return a !== undefined && a.zoom === b.zoom && a.bbox.every((value, index) => value === b.bbox[index]);
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
