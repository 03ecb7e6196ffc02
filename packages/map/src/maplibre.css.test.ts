import { expect } from '@open-wc/testing';
import { getVersion } from 'maplibre-gl';
import { maplibreCssVersion, maplibreStyles } from './maplibre.css.js';

// maplibre.css.ts is generated from the installed maplibre-gl (scripts/generate-maplibre-css.mjs). After an
// upgrade these fail until it is generated again: `npm run generate:css -w @inclusion-widgets/map`.
describe('maplibre.css.ts', () => {
  it('comes from the installed version of maplibre-gl', () => {
    expect(maplibreCssVersion).to.equal(getVersion());
  });

  it('holds the installed maplibre-gl stylesheet, verbatim', async () => {
    const response = await fetch('/node_modules/maplibre-gl/dist/maplibre-gl.css');
    expect(response.ok, 'maplibre-gl.css served from the root node_modules').to.equal(true);
    expect(maplibreStyles.cssText === (await response.text())).to.equal(true);
  });
});
