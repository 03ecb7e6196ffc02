/**
 * `config="<id>"` on every widget (issue 7): the attributes of a configuration saved on the API (by the
 * configurator, or the operator) apply where the element has none of its own, so that a partner changes its
 * widget without touching its CMS. Read through the shared `FakeClient`, as from `GET /v1/configurations/{id}`.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { WidgetConfigurationInput } from '@inclusion-widgets/core';
import { defaultFixtures, FakeClient } from './fake-client.js';
import '../packages/venue-finder/src/define.js';
import '../packages/quiz/src/define.js';
import '../packages/orientation/src/define.js';

const configurations: WidgetConfigurationInput[] = [
  {
    id: 'mairie-exemple-lieux',
    widget: 'venue-finder',
    attributs: { near: '3.0635,50.6366', 'radius-km': '20', services: 'aide-aux-demarches-administratives' },
    modifie_le: '2026-12-03T09:30:00.000Z',
  },
  {
    id: 'mairie-exemple-quiz',
    widget: 'quiz',
    attributs: { quiz: 'quiz-exemple', color: '#6a1b9a' },
    modifie_le: '2026-12-03T09:30:00.000Z',
  },
  {
    id: 'mairie-exemple-orientation',
    widget: 'orientation',
    attributs: { flow: 'orientation-exemple', color: '#1a237e', territory: 'departement:59' },
    modifie_le: '2026-12-03T09:30:00.000Z',
  },
];

type Widget = HTMLElement & { client?: unknown; updateComplete: Promise<boolean> };

async function widget(markup: string, fake: FakeClient): Promise<Widget> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  container.innerHTML = markup;
  const element = container.firstElementChild as Widget;
  element.client = fake;
  await element.updateComplete;
  return element;
}

function warnings(): { lines: string[]; restore: () => void } {
  const lines: string[] = [];
  const original = console.warn;
  console.warn = (...data: unknown[]) => lines.push(data.map(String).join(' '));
  return { lines, restore: () => (console.warn = original) };
}

describe('config="<id>": a configuration saved on the API', () => {
  let fake: FakeClient;
  beforeEach(() => {
    fake = new FakeClient({ ...defaultFixtures(), configurations });
  });

  it('sets the venue finder’s attributes it does not have, keeping those the page wrote', async () => {
    const element = await widget(
      '<inclusion-venue-finder config="mairie-exemple-lieux" radius-km="5" map="off"></inclusion-venue-finder>',
      fake,
    );
    expect(element.getAttribute('near')).to.equal('3.0635,50.6366');
    expect(element.getAttribute('services')).to.equal('aide-aux-demarches-administratives');
    expect(element.getAttribute('radius-km'), 'the page’s own').to.equal('5');
    await waitUntil(
      () => element.shadowRoot!.querySelectorAll('.item').length > 0,
      'the places of its search',
    );
    const searches = fake.calls.filter((call) => call.method === 'searchLieux');
    expect(searches.at(-1)?.args[0]).to.include({ rayon: 5000 });
    await expect(element).to.be.accessible();
  });

  it('sets the quiz’s and the orientation’s, their colour included', async () => {
    const quiz = await widget('<inclusion-quiz config="mairie-exemple-quiz"></inclusion-quiz>', fake);
    expect(quiz.getAttribute('quiz')).to.equal('quiz-exemple');
    expect(quiz.style.getPropertyValue('--inclusion-color-primary')).to.equal('#6a1b9a');
    await waitUntil(() => quiz.shadowRoot!.querySelector('[part="start"]'), 'the quiz’s start screen');

    const orientation = await widget(
      '<inclusion-orientation config="mairie-exemple-orientation"></inclusion-orientation>',
      fake,
    );
    expect(orientation.getAttribute('flow')).to.equal('orientation-exemple');
    expect(orientation.style.getPropertyValue('--inclusion-color-primary')).to.equal('#1a237e');
    expect(
      fake.calls.filter((call) => call.method === 'getConfiguration').map((call) => call.args[0]),
    ).to.deep.equal(['mairie-exemple-quiz', 'mairie-exemple-orientation']);
  });

  it('applies nothing, and says why in the console, for another widget’s configuration, an unknown id or a malformed one', async () => {
    const console = warnings();
    try {
      const quiz = await widget('<inclusion-quiz config="mairie-exemple-lieux"></inclusion-quiz>', fake);
      expect(quiz.hasAttribute('near')).to.equal(false);
      await widget('<inclusion-quiz config="inconnue"></inclusion-quiz>', fake);
      await widget('<inclusion-quiz config="Pas un id !"></inclusion-quiz>', fake);
    } finally {
      console.restore();
    }
    expect(
      console.lines.some((line) =>
        /"mairie-exemple-lieux" is for <inclusion-venue-finder>: not applied/.test(line),
      ),
    ).to.equal(true);
    expect(console.lines.some((line) => /configuration "inconnue" could not be read/.test(line))).to.equal(
      true,
    );
    expect(
      console.lines.some((line) => /config="Pas un id !" is not a configuration id/.test(line)),
    ).to.equal(true);
  });

  it('asks nothing of the API without config', async () => {
    await widget('<inclusion-quiz quiz="quiz-exemple"></inclusion-quiz>', fake);
    expect(fake.calls.filter((call) => call.method === 'getConfiguration')).to.deep.equal([]);
  });
});
