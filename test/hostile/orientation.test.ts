import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import {
  InvalidResponseError,
  formatIssues,
  orientationDefinitionSchema,
  type LieuInput,
} from '@inclusion-widgets/core';
import { FakeClient } from '../fake-client.js';
import * as fixtures from '../fixtures/index.js';
import {
  deepText,
  expectNoHorizontalScroll,
  expectNoScriptRan,
  expectNothingPlanted,
  expectOverridesIsolated,
  hostileLieu,
  hostileOrientation,
  hostilePayloads,
  longText,
  refusedSlug,
  rtlOverride,
} from '../fixtures/hostile.js';
import '../../packages/orientation/src/define.js';
import type { InclusionOrientation } from '../../packages/orientation/src/orientation.js';

/** A storage in memory: nothing of a test stays in the page's `localStorage`. */
class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

const rootOf = (element: Element) => element.shadowRoot!;

/** A fake client with the hostile orientation and a hostile place near Lille for its venue finder. */
function fakeWith(text: string): FakeClient {
  const lieu: LieuInput = hostileLieu(text);
  return new FakeClient({
    lieux: [lieu],
    communes: fixtures.communes,
    orientations: [hostileOrientation(text)],
  });
}

async function createOrientation(fake: FakeClient): Promise<InclusionOrientation> {
  const element = await fixture<InclusionOrientation>(
    html`<inclusion-orientation
      flow="orientation-hostile"
      territory="departement:59"
      .client=${fake}
      .storage=${new MemoryStorage()}
    ></inclusion-orientation>`,
  );
  await waitUntil(() => rootOf(element).querySelector('[part="start"], [part="problem"]'), 'start screen');
  await element.updateComplete;
  return element;
}

function click(element: InclusionOrientation, name: string): void {
  const button = [...rootOf(element).querySelectorAll('button')].find(
    (candidate) => candidate.textContent?.trim() === name,
  );
  if (!button) throw new Error(`no button ${name}`);
  button.click();
}

/** Waits for the question `id`, picks `choice` and goes on. */
async function answer(element: InclusionOrientation, id: string, choice: string): Promise<void> {
  await waitUntil(() => rootOf(element).querySelector(`.choice input[name="${id}"]`), `question ${id}`);
  await element.updateComplete;
  rootOf(element).querySelector<HTMLInputElement>(`.choice input[value="${choice}"]`)!.click();
  await element.updateComplete;
  rootOf(element).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  await element.updateComplete;
}

/** The venue finder of the end screen, its list shown. */
async function finderListed(element: InclusionOrientation): Promise<Element> {
  await waitUntil(() => rootOf(element).querySelector('[part="end"] inclusion-venue-finder'), 'end screen');
  const finder = rootOf(element).querySelector('inclusion-venue-finder')!;
  await waitUntil(() => finder.shadowRoot?.querySelector('.item'), 'the places of the end screen');
  await element.updateComplete;
  return finder;
}

/** Every check of a widget fed with hostile data (`payload`: the one shown, to count its overrides). */
async function expectSafe(element: Element, payload = ''): Promise<void> {
  await expectNoScriptRan();
  expectNothingPlanted(element);
  const overrides = expectOverridesIsolated(element);
  if (payload.includes(rtlOverride)) expect(overrides, 'right-to-left overrides shown').to.be.greaterThan(0);
}

describe('hostile definition in <inclusion-orientation>', function () {
  // Every screen, the embedded venue finder and the sheet, checked for accessibility, on a shared machine.
  this.timeout(60_000);
  beforeEach(() => delete window.__pwned);
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    delete window.__pwned;
  });

  for (const payload of hostilePayloads) {
    it(`shows ${payload.name} as text on the start, question and end screens and on the orientation sheet`, async () => {
      const value = payload.value;
      const element = await createOrientation(fakeWith(value));
      const start = rootOf(element).querySelector('[part="start"]')!;
      expect(start.querySelector('h2')!.textContent).to.equal(value);
      expect(start.querySelector('.description')!.textContent).to.equal(value);
      await expectSafe(element, value);
      await expect(element).to.be.accessible();

      click(element, 'Commencer');
      for (const [id, choice] of [
        ['pour-qui', 'quelqu-un'],
        ['demarche', 'oui'],
      ] as const) {
        await waitUntil(() => rootOf(element).querySelector(`.choice input[name="${id}"]`), id);
        await element.updateComplete;
        const question = rootOf(element).querySelector('[part="question"]')!;
        expect(question.querySelector('legend h2')!.textContent).to.equal(value);
        expect(question.querySelector('#question-help')!.textContent).to.equal(value);
        for (const text of question.querySelectorAll('.choice span'))
          expect(text.textContent).to.equal(value);
        expect(question.textContent, 'the step’s title').to.contain(value);
        if (id === 'demarche') expect(question.querySelector('img')!.alt).to.equal(value);
        await expectSafe(element, value);
        await expect(element).to.be.accessible();
        await answer(element, id, choice);
      }

      const finder = await finderListed(element);
      const end = rootOf(element).querySelector('[part="end"]')!;
      for (const text of end.querySelectorAll('.outcome-title, .outcome > p:not(.level), .answer-question')) {
        expect(text.textContent, text.className).to.equal(value);
      }
      expect(end.querySelectorAll('.outcome-title')).to.have.length(2);
      expect(rootOf(finder).querySelector('.item-title')!.textContent!.trim()).to.equal(value.trim());
      await expectSafe(element, value);
      await expect(element).to.be.accessible();

      click(element, 'Préparer une fiche d’orientation');
      await waitUntil(() => rootOf(element).querySelector('[part="fiche"]'), 'the sheet');
      // The place opened in the finder is copied into the sheet.
      rootOf(finder).querySelector<HTMLButtonElement>('.item-title button')!.click();
      await waitUntil(
        () => rootOf(element).querySelector<HTMLInputElement>('[name="place"]')?.value.includes('59000'),
        'the place copied',
      );
      await element.updateComplete;
      const sheet = rootOf(element).querySelector('.fiche-sheet')!;
      expect(sheet.querySelector('strong')!.textContent).to.equal(value);
      expect(sheet.textContent).to.contain(`${value}, ${value}, 59000 ${value}, +33300000101`.trim());
      const mail = rootOf(element).querySelector<HTMLAnchorElement>('.fiche-actions a')!;
      expect(mail.getAttribute('href')!.startsWith('mailto:?subject=')).to.equal(true);
      const body = new URL(mail.href).searchParams.get('body') ?? '';
      expect(body).to.contain(value.replace(/\n/g, '\r\n'));
      await expectSafe(element, value);
      await expect(element).to.be.accessible();
    });
  }

  it('shows HTML entities as the characters they are written with', async () => {
    const entities = hostilePayloads.find((payload) => payload.name === 'HTML entities')!.value;
    const element = await createOrientation(fakeWith(entities));
    expect(rootOf(element).querySelector('h2')!.textContent).to.equal(
      '&lt;b&gt;gras&lt;/b&gt; &amp; &quot;cité&quot; &#60;i&#62;',
    );
    expect(rootOf(element).querySelector('h2 b, h2 i')).to.equal(null);
  });

  it('does not scroll sideways at 320 px with 10,000-character texts, on any screen and the sheet', async () => {
    await setViewport({ width: 320, height: 640 });
    const element = await createOrientation(fakeWith(longText));
    expect(deepText(element)).to.contain(longText);
    expectNoHorizontalScroll();
    click(element, 'Commencer');
    for (const [id, choice] of [
      ['pour-qui', 'quelqu-un'],
      ['demarche', 'oui'],
    ] as const) {
      await waitUntil(() => rootOf(element).querySelector(`.choice input[name="${id}"]`), id);
      await element.updateComplete;
      expectNoHorizontalScroll();
      await answer(element, id, choice);
    }
    await finderListed(element);
    expectNoHorizontalScroll();
    click(element, 'Préparer une fiche d’orientation');
    await waitUntil(() => rootOf(element).querySelector('[part="fiche"]'), 'the sheet');
    await element.updateComplete;
    expectNoHorizontalScroll();
  });

  it('shows the error, and nothing of the orientation, when a filter of an outcome is refused by the schema', async () => {
    const base = hostileOrientation('Orientation (exemple)');
    const definition = {
      ...base,
      outcomes: base.outcomes.map((outcome) => ({ ...outcome, filters: { services: [refusedSlug] } })),
    };
    const parsed = orientationDefinitionSchema.safeParse(definition);
    expect(parsed.success).to.equal(false);
    const issues = parsed.error!.issues;
    const fake = new FakeClient({ orientations: [base] });
    // What the client does with an answer its schema refuses.
    fake.failNext(
      new InvalidResponseError({
        url: '/v1/orientations/orientation-hostile',
        issues,
        lines: formatIssues(issues),
      }),
    );
    const element = await createOrientation(fake);
    expect(rootOf(element).querySelector('[part="problem"]')?.getAttribute('role')).to.equal('alert');
    expect(rootOf(element).querySelector('[part="start"]')).to.equal(null);
    await expectSafe(element);
    await expect(element).to.be.accessible();
  });
});
