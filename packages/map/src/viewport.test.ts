import { expect } from '@open-wc/testing';
import { circleBounds, sameViewport, toViewport } from './viewport.js';

describe('viewport', () => {
  it('gives the bounds of a circle, wider in longitude away from the equator', () => {
    const [west, south, east, north] = circleBounds({ lon: 3.06, lat: 50.63, radiusM: 5000 });
    expect(north - south).to.be.closeTo((2 * 5000) / 111_195, 1e-4);
    expect(east - west).to.be.closeTo((north - south) / Math.cos((50.63 * Math.PI) / 180), 1e-4);
    expect((west + east) / 2).to.be.closeTo(3.06, 1e-9);
  });

  it('keeps a circle’s bounds within valid coordinates', () => {
    expect(circleBounds({ lon: 179.9, lat: 89.9, radiusM: 100_000 })).to.satisfy(
      ([west, south, east, north]: number[]) => west! >= -180 && east === 180 && north === 90 && south! < 90,
    );
  });

  it('rounds a view outwards to about a metre, clamps it, and gives an integer zoom in the API’s range', () => {
    expect(toViewport([2.2000004, 48.8000001, 2.4999991, 48.9], 11.6)).to.deep.equal({
      bbox: [2.2, 48.8, 2.5, 48.9],
      zoom: 12,
    });
    expect(toViewport([-200, -95, 200, 95], -1)).to.deep.equal({ bbox: [-180, -90, 180, 90], zoom: 0 });
    expect(toViewport([0, 0, 1, 1], 23.4).zoom).to.equal(22);
  });

  it('tells when two views would ask the API the same thing', () => {
    const view = toViewport([2.2, 48.8, 2.5, 48.9], 12);
    expect(sameViewport(undefined, view)).to.equal(false);
    expect(sameViewport(view, toViewport([2.2, 48.8, 2.5, 48.9], 12.2))).to.equal(true);
    expect(sameViewport(view, toViewport([2.2, 48.8, 2.5, 48.91], 12))).to.equal(false);
  });
});
