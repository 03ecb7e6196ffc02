// The default map style: a MapLibre style (version 8) drawing the départements from a GeoJSON source, with no
// text, glyphs or sprites, so that it needs nothing but this API. Shared by the route and by the script that
// writes the test fixture (scripts/build-departements.ts).

/** A GeoJSON FeatureCollection, as plain JSON. */
export interface FeatureCollection {
  type: 'FeatureCollection';
  features: Array<{
    type: 'Feature';
    properties: Record<string, unknown>;
    geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown };
  }>;
}

/**
 * Who drew the outlines, shown by the map's attribution control (a licence condition of the Licence Ouverte).
 * Plain text: MapLibre would render HTML.
 */
export const departementsAttribution =
  'Contours des départements : gregoiredavid/france-geojson, d’après IGN Admin Express COG 2018 — Licence Ouverte 2.0';

/**
 * The colours: neutral greys, so that the markers and the host page's colours stand out. The map is a decoration
 * of the list; still, the borders keep at least 3:1 (WCAG 1.4.11's bar for graphics) against the land (4.1:1) and
 * against the sea and neighbouring countries (3.4:1), which are a shade darker than the land.
 */
export const carteColors = {
  /** Outside the départements: sea and neighbouring countries. */
  background: '#dde3e8',
  /** The départements. */
  land: '#f7f7f5',
  /** Their borders. */
  outline: '#6f7a83',
} as const;

/** What a style needs. */
export interface CarteStyleOptions {
  /** The départements: the absolute URL of their GeoJSON, or the GeoJSON itself (test fixtures, no server). */
  departements: string | FeatureCollection;
}

/**
 * The default style of `<inclusion-map>`: a background, the départements as a fill and an outline. No text layer,
 * so no `glyphs` and no `sprite`: nothing is loaded from elsewhere.
 *
 * @example
 * const style = carteStyle({ departements: 'https://api.example.org/v1/carte/departements.geojson' });
 */
export function carteStyle(options: CarteStyleOptions): Record<string, unknown> {
  return {
    version: 8,
    name: 'Inclusion widgets — départements',
    metadata: {
      'inclusion-widgets:description':
        'Default background of <inclusion-map>: the départements of metropolitan France, no text, nothing from elsewhere.',
    },
    center: [2.5, 46.6],
    zoom: 5,
    sources: {
      departements: {
        type: 'geojson',
        data: options.departements,
        attribution: departementsAttribution,
        // Outlines are already simplified at build time; a little more at low zoom levels keeps drawing cheap.
        tolerance: 0.5,
      },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': carteColors.background } },
      {
        id: 'departements-fill',
        type: 'fill',
        source: 'departements',
        paint: { 'fill-color': carteColors.land, 'fill-antialias': false },
      },
      {
        id: 'departements-outline',
        type: 'line',
        source: 'departements',
        layout: { 'line-join': 'round' },
        paint: {
          'line-color': carteColors.outline,
          'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.5, 8, 1, 12, 1.5],
        },
      },
    ],
  };
}
