import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { HttpError, type LieuInput } from '@inclusion-widgets/core';
import '@inclusion-widgets/venue-finder/define.js';
import { FakeClient } from '../test/fake-client.js';
import * as fixtures from '../test/fixtures/index.js';

/**
 * `<inclusion-venue-finder>` in each of its states, on the test kit's fake client (the example places around
 * Lille). The demo page (`npm start`) shows it on the API's real places.
 */
const meta: Meta = {
  title: 'Venue finder',
  tags: ['autodocs'],
};
export default meta;

const lille = '3.0635,50.6366';

const hostile: LieuInput = {
  id: 'hostile',
  pivot: '12345678900012',
  nom: '<script>alert(1)</script> Un nom très long '.repeat(6),
  commune: 'Lille',
  code_postal: '59000',
  code_insee: '59350',
  adresse: '1 rue <b>de la Paix</b>',
  latitude: 50.637,
  longitude: 3.064,
  date_maj: '2024-04-02',
  presentation_resume: '<img src=x onerror=alert(1)> shown as text',
  site_web: ['javascript:alert(1)'],
  services: ['aide-aux-demarches-administratives'],
};

/** Before any search: the commune field, "Autour de moi" and the distance. */
export const Initial: StoryObj = {
  render: () => html`<inclusion-venue-finder .client=${new FakeClient()} map="off"></inclusion-venue-finder>`,
};

/** A search that never answers. */
export const Loading: StoryObj = {
  render: () => {
    const client = new FakeClient();
    client.delayNext();
    return html`<inclusion-venue-finder .client=${client} near=${lille} map="off"></inclusion-venue-finder>`;
  },
};

/** The places within 20 km of Lille's centre. */
export const Results: StoryObj = {
  render: () =>
    html`<inclusion-venue-finder
      .client=${new FakeClient()}
      near=${lille}
      radius-km="20"
      map="off"
    ></inclusion-venue-finder>`,
};

/** Nothing matches: a wider distance or no filters are offered. */
export const Empty: StoryObj = {
  render: () =>
    html`<inclusion-venue-finder
      .client=${new FakeClient()}
      near=${lille}
      radius-km="2"
      services="loisirs-et-creations-numeriques"
      map="off"
    ></inclusion-venue-finder>`,
};

/** The API is down: a plain message and "Réessayer". */
export const ApiError: StoryObj = {
  render: () => {
    const client = new FakeClient();
    client.failNext(new HttpError({ url: '/v1/lieux', status: 503 }));
    return html`<inclusion-venue-finder .client=${client} near=${lille} map="off"></inclusion-venue-finder>`;
  },
};

/** The details of a place, opened from a shared link (`lieux-lieu`) or from the list. */
export const Details: StoryObj = {
  render: () => {
    const lieu = new FakeClient().lieux.find((item) => item.id === 'exemple-lille-france-services');
    return html`<inclusion-venue-details
      .lieu=${lieu}
      .shareUrl=${'https://www.ville.example/aide-numerique?lieux-lieu=exemple-lille-france-services'}
    ></inclusion-venue-details>`;
  },
};

/** List and map side by side (the map loads only here). */
export const Map: StoryObj = {
  render: () =>
    html`<div class="wide">
      <inclusion-venue-finder
        .client=${new FakeClient()}
        near=${lille}
        radius-km="20"
        view="split"
      ></inclusion-venue-finder>
    </div>`,
};

/** Hostile data shown as text, its link dropped. */
export const HostileData: StoryObj = {
  render: () =>
    html`<inclusion-venue-finder
      .client=${new FakeClient({ lieux: [hostile], communes: fixtures.communes })}
      near=${lille}
      map="off"
    ></inclusion-venue-finder>`,
};

/** A wrong filter attribute: named in a notice, the widget works without it. */
export const BadAttribute: StoryObj = {
  render: () =>
    html`<inclusion-venue-finder
      .client=${new FakeClient()}
      near=${lille}
      services="wifi aide-aux-demarches-administratives"
      map="off"
    ></inclusion-venue-finder>`,
};
