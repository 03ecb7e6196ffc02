import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { HttpError, type LieuInput } from '@inclusion-widgets/core';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { FakeClient } from '../../../test/fake-client.js';
import { lieux } from '../../../test/fixtures/index.js';
import './define.js';
import type { InclusionMapLoadEvent, InclusionMapSelectEvent } from './events.js';
import type { InclusionMap } from './map.js';
import type { MapFocusArea } from './viewport.js';

/** A style of this package's own, with inline GeoJSON, to tell it from the fake client's (the default). */
const otherStyleUrl = new URL('../test/carte-style.json', import.meta.url).href;

/** Lille and around: the default fixtures' Lille and Roubaix places. */
const lille: MapFocusArea = { lon: 3.06, lat: 50.63, radiusM: 10_000 };

const lilleEspace = 'exemple-lille-espace-numerique';
const lyon = lieux.find((lieu) => lieu.id === 'exemple-lyon-tiers-lieu')!;

/** 450 places on a grid around Lille: more than the carte's 400 features, so the fake answers clusters. */
function crowd(): LieuInput[] {
  const [model] = lieux;
  return Array.from({ length: 450 }, (_, index) => ({
    ...model!,
    id: `foule-${index}`,
    pivot: String(10_000_000_000_000 + index),
    nom: `Lieu ${index} (exemple)`,
    latitude: 50.55 + (index % 30) * 0.005,
    longitude: 2.98 + Math.floor(index / 30) * 0.01,
  }));
}

/** The next `inclusion-map-load` of `el`. */
const mapLoad = async (el: InclusionMap) =>
  (await oneEvent(el, 'inclusion-map-load')) as unknown as InclusionMapLoadEvent;

/** A map of Lille with the fake client, its maplibre map created, and its first places drawn. */
async function loadedMap(
  fake = new FakeClient(),
  focusArea: MapFocusArea = lille,
): Promise<{ el: InclusionMap; map: MaplibreMap; loaded: InclusionMapLoadEvent }> {
  const el = await fixture<InclusionMap>(
    html`<inclusion-map .client=${fake} .focusArea=${focusArea}></inclusion-map>`,
  );
  const map = el.innerMap!;
  const [loaded] = await Promise.all([mapLoad(el), map.once('load')]);
  return { el, map, loaded };
}

const points = (el: InclusionMap) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.point')];
const clusters = (el: InclusionMap) => [
  ...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.cluster'),
];
const pointNamed = (el: InclusionMap, name: string) =>
  points(el).find((button) => button.textContent === name);

describe('<inclusion-map>', () => {
  afterEach(async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('draws a maplibre map in its shadow root, with a named, keyboard-focusable canvas', async () => {
    const { el, map } = await loadedMap();
    const canvas = el.shadowRoot!.querySelector('canvas')!;
    expect(canvas).to.exist;
    expect(map.getCanvas()).to.equal(canvas);
    expect(canvas.getAttribute('aria-label')).to.equal('Carte des lieux');
    expect(canvas.getAttribute('tabindex')).to.equal('0');
    const help = el.shadowRoot!.getElementById(canvas.getAttribute('aria-describedby')!)!;
    expect(help.textContent).to.contain('flèches');
    // maplibre's own stylesheet is adopted inside the shadow root.
    expect(getComputedStyle(canvas).position).to.equal('absolute');
    await expect(el).to.be.accessible();
  });

  it('asks the API for the places of its view and draws each as a button named after it', async () => {
    const fake = new FakeClient();
    const { el, map, loaded } = await loadedMap(fake);
    const call = fake.calls.find((candidate) => candidate.method === 'getCarte')!;
    const [params] = call.args as [{ bbox: number[]; zoom: number }];
    expect(params.zoom).to.equal(Math.round(map.getZoom()));
    const bounds = map.getBounds();
    expect(params.bbox[0]).to.be.at.most(bounds.getWest());
    expect(params.bbox[3]).to.be.at.least(bounds.getNorth());
    expect(loaded.total).to.equal(points(el).length);
    expect(pointNamed(el, 'Espace numérique du centre (exemple)')).to.exist;
    expect(pointNamed(el, 'France Services Lille-Sud (exemple)')).to.exist;
    expect(pointNamed(el, 'Tiers-lieu numérique (exemple)')).to.equal(undefined); // Lyon is out of view
  });

  it('draws clusters as buttons that say how many places they hold, in plain words', async () => {
    const { el } = await loadedMap(new FakeClient({ lieux: crowd() }));
    const [cluster] = clusters(el);
    expect(cluster).to.exist;
    const count = Number(cluster!.textContent);
    expect(count).to.be.at.least(2);
    expect(cluster!.getAttribute('aria-label')).to.equal(`${count} lieux ici. Voir de plus près`);
    await expect(el).to.be.accessible();
  });

  it('zooms in on a cluster when it is clicked', async () => {
    const { el, map } = await loadedMap(new FakeClient({ lieux: crowd() }));
    const before = map.getZoom();
    const moved = map.once('moveend');
    clusters(el)[0]!.click();
    await moved;
    expect(map.getZoom()).to.be.at.least(Math.round(before) + 1);
  });

  it('fires inclusion-map-select with the place’s id when a point is clicked', async () => {
    const { el } = await loadedMap();
    setTimeout(() => pointNamed(el, 'Espace numérique du centre (exemple)')!.click());
    const event = (await oneEvent(el, 'inclusion-map-select')) as unknown as InclusionMapSelectEvent;
    expect(event.id).to.equal(lilleEspace);
    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(true);
  });

  it('marks the selected place’s marker current, without firing inclusion-map-select', async () => {
    const { el } = await loadedMap();
    let fired = 0;
    el.addEventListener('inclusion-map-select', () => fired++);
    el.selected = { id: lilleEspace, lon: 3.0635, lat: 50.6365 };
    await el.updateComplete;
    const current = points(el).filter((button) => button.getAttribute('aria-current') === 'true');
    expect(current.map((button) => button.textContent)).to.deep.equal([
      'Espace numérique du centre (exemple)',
    ]);
    expect(el.shadowRoot!.querySelector('.highlight')).to.equal(null);
    expect(fired).to.equal(0);
    el.selected = undefined;
    await el.updateComplete;
    expect(points(el).some((button) => button.hasAttribute('aria-current'))).to.equal(false);
  });

  it('brings the selected place into view when it is outside, then marks its marker current', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const { el, map } = await loadedMap();
    expect(map.getBounds().contains([lyon.longitude!, lyon.latitude!])).to.equal(false);
    const loaded = mapLoad(el);
    el.selected = { id: lyon.id, lon: lyon.longitude!, lat: lyon.latitude! };
    await el.updateComplete;
    expect(map.getBounds().contains([lyon.longitude!, lyon.latitude!])).to.equal(true);
    // Until its places load, a ring marks where the place is.
    expect(el.shadowRoot!.querySelector('.highlight')).to.exist;
    await loaded;
    const marker = pointNamed(el, lyon.nom)!;
    expect(marker.getAttribute('aria-current')).to.equal('true');
    expect(el.shadowRoot!.querySelector('.highlight')).to.equal(null);
  });

  it('rings the selected place when it sits inside a cluster', async () => {
    const { el } = await loadedMap(new FakeClient({ lieux: crowd() }));
    el.selected = { id: 'foule-0', lon: 2.98, lat: 50.55 };
    await el.updateComplete;
    const ring = el.shadowRoot!.querySelector('.highlight')!;
    expect(ring).to.exist;
    expect(ring.getAttribute('aria-hidden')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('fits the focus area when it changes', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const { el, map } = await loadedMap();
    el.focusArea = { lon: lyon.longitude!, lat: lyon.latitude!, radiusM: 2000 };
    await el.updateComplete;
    const bounds = map.getBounds();
    expect(bounds.contains([lyon.longitude!, lyon.latitude!])).to.equal(true);
    expect(bounds.getNorth() - bounds.getSouth()).to.be.lessThan(0.2);
  });

  it('zooms in and out with its own labelled buttons', async () => {
    const { el, map } = await loadedMap();
    const zoomIn = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="zoom-in"]')!;
    const zoomOut = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="zoom-out"]')!;
    expect(zoomIn.textContent!.replace(/\s+/g, ' ').trim()).to.equal('+ Voir de plus près');
    expect(zoomIn.getBoundingClientRect().height).to.be.at.least(44);
    expect(zoomIn.getBoundingClientRect().width).to.be.at.least(44);
    const start = Math.round(map.getZoom());
    let moved = map.once('moveend');
    zoomIn.click();
    await moved;
    expect(map.getZoom()).to.equal(start + 1);
    moved = map.once('moveend');
    zoomOut.click();
    await moved;
    expect(map.getZoom()).to.equal(start);
  });

  it('keeps maplibre’s keyboard control on the map, and rings a marker reached with Tab, showing its name', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const { el, map } = await loadedMap();
    const canvas = map.getCanvas();
    canvas.focus();
    const start = map.getZoom();
    const reloaded = mapLoad(el);
    await sendKeys({ press: 'Equal' });
    expect(map.getZoom()).to.be.greaterThan(start);
    await reloaded; // the markers of the closer view
    await sendKeys({ press: 'Tab' });
    const focused = el.shadowRoot!.activeElement as HTMLElement;
    expect(focused.matches('button.point, button.cluster'), focused.outerHTML).to.equal(true);
    const ring = getComputedStyle(focused);
    expect(ring.outlineStyle).to.equal('solid');
    expect(ring.outlineWidth).to.equal('3px');
    const label = focused.querySelector('.label');
    if (label) expect(label.getBoundingClientRect().width).to.be.greaterThan(20);
  });

  it('hides the name shown beside a focused point on Escape, keeping the focus there, until it loses the focus (RGAA 10.13)', async () => {
    const { el } = await loadedMap();
    const [point, other] = points(el);
    expect(point, 'a point in view').to.exist;
    await sendKeys({ press: 'Shift' }); // keyboard modality: the focus below is :focus-visible
    point!.focus();
    const label = point!.querySelector('.label')!;
    expect(label.getBoundingClientRect().width).to.be.greaterThan(20);
    let escaped = 0;
    el.addEventListener('keydown', () => escaped++);
    await sendKeys({ press: 'Escape' });
    expect(el.shadowRoot!.activeElement).to.equal(point);
    expect(label.getBoundingClientRect().width).to.be.lessThan(2);
    expect(escaped, 'the Escape that hid the name goes no further').to.equal(0);
    await sendKeys({ press: 'Escape' });
    expect(escaped, 'a second Escape is left to the page').to.equal(1);
    (other ?? el.innerMap!.getCanvas()).focus();
    point!.focus();
    expect(label.getBoundingClientRect().width, 'shown again on the next focus').to.be.greaterThan(20);
  });

  it('eases the camera normally, and jumps under prefers-reduced-motion: reduce', async () => {
    const { el, map } = await loadedMap();
    const zoomIn = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="zoom-in"]')!;
    const start = Math.round(map.getZoom());
    const moved = map.once('moveend');
    zoomIn.click();
    expect(map.isMoving()).to.equal(true);
    expect(map.getZoom()).to.be.lessThan(start + 1);
    await moved;

    await emulateMedia({ reducedMotion: 'reduce' });
    zoomIn.click();
    expect(map.isMoving()).to.equal(false);
    expect(map.getZoom()).to.equal(start + 2);
    el.focusArea = { ...lille, radiusM: 50_000 };
    await el.updateComplete;
    expect(map.isMoving()).to.equal(false);
    expect(map.getZoom()).to.be.lessThan(start);
  });

  it('asks again for the places once the map rests after a move', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const fake = new FakeClient();
    const { el, map } = await loadedMap(fake);
    fake.resetCalls();
    const loaded = mapLoad(el);
    map.jumpTo({ center: [lyon.longitude!, lyon.latitude!] });
    await loaded;
    expect(fake.calls.filter((call) => call.method === 'getCarte')).to.have.length(1);
    expect(pointNamed(el, lyon.nom)).to.exist;
    expect(pointNamed(el, 'Espace numérique du centre (exemple)')).to.equal(undefined);
  });

  it('aborts the previous request when the view changes before it answers', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const fake = new FakeClient();
    const { el, map } = await loadedMap(fake);
    const held = fake.delayNext();
    map.jumpTo({ center: [lyon.longitude!, lyon.latitude!] });
    const first = await held.started;
    const loaded = mapLoad(el);
    map.jumpTo({ center: [lille.lon, lille.lat] });
    await loaded;
    expect(first.signal?.aborted).to.equal(true);
    expect(pointNamed(el, 'Espace numérique du centre (exemple)')).to.exist;
  });

  it('sends its filters with the view, and asks nothing new for equal filters', async () => {
    const fake = new FakeClient();
    const { el } = await loadedMap(fake);
    const loaded = mapLoad(el);
    el.filters = { services: ['aide-aux-demarches-administratives'], frais_a_charge: ['gratuit'] };
    const event = await loaded;
    const [params] = fake.calls.at(-1)!.args as [{ services: string[]; frais_a_charge: string[] }];
    expect(params.services).to.deep.equal(['aide-aux-demarches-administratives']);
    expect(params.frais_a_charge).to.deep.equal(['gratuit']);
    expect(event.total).to.equal(points(el).length);
    const calls = fake.calls.length;
    el.filters = { services: ['aide-aux-demarches-administratives'], frais_a_charge: ['gratuit'] };
    await el.updateComplete;
    expect(fake.calls.length).to.equal(calls);
  });

  it('shows a small message over the map when the API fails, and loads again on "Réessayer"', async () => {
    const fake = new FakeClient();
    fake.failNext(new HttpError({ url: '/v1/lieux/carte', status: 503 }));
    const el = await fixture<InclusionMap>(
      html`<inclusion-map .client=${fake} .focusArea=${lille}></inclusion-map>`,
    );
    await el.innerMap!.once('load');
    await el.updateComplete;
    const problem = el.shadowRoot!.querySelector('[part="problem"]')!;
    expect(problem).to.exist;
    expect(problem.getAttribute('role')).to.equal('alert');
    expect(problem.textContent).to.contain('Le service a un problème');
    // The map stays: its canvas and zoom buttons are there.
    expect(el.shadowRoot!.querySelector('canvas')).to.exist;
    expect(el.shadowRoot!.querySelector('[part="zoom-in"]')).to.exist;
    await expect(el).to.be.accessible();

    const loaded = mapLoad(el);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
    await loaded;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="problem"]')).to.equal(null);
    expect(points(el).length).to.be.greaterThan(0);
  });

  it('says so, with a retry, when its style cannot be loaded', async () => {
    const fake = new FakeClient();
    const missing = new URL('../test/no-such-style.json', import.meta.url).href;
    const warn = console.warn;
    console.warn = () => {};
    try {
      const el = await fixture<InclusionMap>(
        html`<inclusion-map .client=${fake} map-style=${missing} .focusArea=${lille}></inclusion-map>`,
      );
      await el.innerMap!.once('error');
      await el.updateComplete;
      const problem = el.shadowRoot!.querySelector('[part="problem"]')!;
      expect(problem.textContent).to.contain('Nous n’avons pas pu afficher le fond de la carte.');
      await expect(el).to.be.accessible();
      el.setAttribute('map-style', otherStyleUrl);
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
      await el.updateComplete;
      await el.updateComplete;
      await el.innerMap!.once('load');
      expect(el.shadowRoot!.querySelector('[part="problem"]')).to.equal(null);
    } finally {
      console.warn = warn;
    }
  });

  it('draws the client’s style by default, and the one of map-style when it is given', async () => {
    const fake = new FakeClient();
    const { el, map } = await loadedMap(fake);
    expect(map.getStyle().name).to.equal('Inclusion widgets — départements');
    el.setAttribute('map-style', otherStyleUrl);
    await el.updateComplete;
    await map.once('style.load');
    expect(map.getStyle().name).to.equal(
      'Test style of <inclusion-map> (inline GeoJSON, no tiles, no glyphs)',
    );
    const other = await fixture<InclusionMap>(
      html`<inclusion-map .client=${fake} map-style=${otherStyleUrl} .focusArea=${lille}></inclusion-map>`,
    );
    await other.innerMap!.once('load');
    expect(other.innerMap!.getStyle().name).to.equal(
      'Test style of <inclusion-map> (inline GeoJSON, no tiles, no glyphs)',
    );
  });

  it('reports an invalid map-style and draws the client’s style instead', async () => {
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...data: unknown[]) => warnings.push(data[0]);
    try {
      const el = await fixture<InclusionMap>(
        html`<inclusion-map .client=${new FakeClient()} map-style="javascript:alert(1)"></inclusion-map>`,
      );
      expect(el.shadowRoot!.querySelector('[part="config-notice"]')!.textContent).to.contain('map-style');
      await el.innerMap!.once('load');
      expect(el.innerMap!.getStyle().name).to.equal('Inclusion widgets — départements');
      expect(String(warnings[0])).to.contain('<inclusion-map>: attribute map-style="javascript:alert(1)"');
      await expect(el).to.be.accessible();
    } finally {
      console.warn = warn;
    }
  });

  it('speaks English under lang="en"', async () => {
    const fake = new FakeClient({ lieux: crowd() });
    const el = await fixture<InclusionMap>(
      html`<inclusion-map lang="en" .client=${fake} .focusArea=${lille}></inclusion-map>`,
    );
    await mapLoad(el);
    const cluster = clusters(el)[0]!;
    expect(cluster.getAttribute('aria-label')).to.match(/^\d+ places here\. Zoom in$/);
    expect(el.shadowRoot!.querySelector('[part="zoom-out"]')!.textContent).to.contain('Zoom out');
    expect(el.shadowRoot!.querySelector('canvas')!.getAttribute('aria-label')).to.equal('Map of places');
  });

  it('removes its map, markers and pending request when taken off the page, and rebuilds them when put back', async () => {
    const fake = new FakeClient();
    const { el, map } = await loadedMap(fake);
    const held = fake.delayNext();
    map.jumpTo({ center: [lyon.longitude!, lyon.latitude!] });
    const pending = await held.started;
    const parent = el.parentNode!;
    el.remove();
    expect(el.innerMap).to.equal(undefined);
    expect(pending.signal?.aborted).to.equal(true);
    expect(el.shadowRoot!.querySelector('canvas')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.maplibregl-marker')).to.equal(null);
    expect(map._removed).to.equal(true);

    parent.appendChild(el);
    await el.updateComplete;
    const again = el.innerMap!;
    expect(again).to.exist.and.not.equal(map);
    await again.once('load');
    expect(el.shadowRoot!.querySelectorAll('canvas')).to.have.length(1);
  });

  it('shows the configuration panel without a client, and no map', async () => {
    const warn = console.warn;
    console.warn = () => {};
    try {
      const el = await fixture<InclusionMap>(html`<inclusion-map></inclusion-map>`);
      expect(el.shadowRoot!.querySelector('[part="config-error"]')).to.exist;
      expect(el.innerMap).to.equal(undefined);
    } finally {
      console.warn = warn;
    }
  });
});
