import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { InvalidResponseError, formatIssues, quizDefinitionSchema } from '@inclusion-widgets/core';
import { FakeClient } from '../fake-client.js';
import {
  deepText,
  expectNoHorizontalScroll,
  expectNoScriptRan,
  expectNothingPlanted,
  expectOverridesIsolated,
  hostileImageSrc,
  hostilePayloads,
  hostileQuiz,
  longText,
  refusedSlug,
  rtlOverride,
} from '../fixtures/hostile.js';
import '../../packages/quiz/src/define.js';
import type { InclusionQuiz } from '../../packages/quiz/src/quiz.js';

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

/** The answers given, question by question, in the order the quiz asks them. */
const path: ReadonlyArray<readonly [string, ...string[]]> = [
  ['usage', 'souvent'],
  ['appareils', 'telephone'],
  ['envoyer-mail', 'seul'],
  ['mot-de-passe', 'phrase'],
  ['arnaques', 'supprimer'],
];

async function createQuiz(fake: FakeClient): Promise<InclusionQuiz> {
  const element = await fixture<InclusionQuiz>(
    html`<inclusion-quiz
      quiz="quiz-hostile"
      .client=${fake}
      .storage=${new MemoryStorage()}
    ></inclusion-quiz>`,
  );
  await waitUntil(() => rootOf(element).querySelector('[part="start"], [part="problem"]'), 'start screen');
  await element.updateComplete;
  return element;
}

function click(element: InclusionQuiz, name: string): void {
  const button = [...rootOf(element).querySelectorAll('button')].find(
    (candidate) => candidate.textContent?.trim() === name,
  );
  if (!button) throw new Error(`no button ${name}`);
  button.click();
}

/** Waits for the question `id`, picks `choices` and goes on. */
async function answer(element: InclusionQuiz, id: string, ...choices: string[]): Promise<void> {
  await waitUntil(() => rootOf(element).querySelector(`.choice input[name="${id}"]`), `question ${id}`);
  await element.updateComplete;
  for (const choice of choices) {
    rootOf(element).querySelector<HTMLInputElement>(`.choice input[value="${choice}"]`)!.click();
    await element.updateComplete;
  }
  rootOf(element).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  await element.updateComplete;
}

/** Every check of a widget fed with hostile data (`payload`: the one shown, to count its overrides). */
async function expectSafe(element: Element, payload = ''): Promise<void> {
  await expectNoScriptRan();
  expectNothingPlanted(element);
  const overrides = expectOverridesIsolated(element);
  if (payload.includes(rtlOverride)) expect(overrides, 'right-to-left overrides shown').to.be.greaterThan(0);
}

describe('hostile definition in <inclusion-quiz>', function () {
  // Every screen of a quiz, checked for accessibility, on a shared machine.
  this.timeout(60_000);
  beforeEach(() => delete window.__pwned);
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    delete window.__pwned;
  });

  for (const payload of hostilePayloads) {
    it(`shows ${payload.name} as text on the start, question, review and result screens`, async () => {
      const element = await createQuiz(new FakeClient({ quizzes: [hostileQuiz(payload.value)] }));
      const start = rootOf(element).querySelector('[part="start"]')!;
      expect(start.querySelector('h2')!.textContent).to.equal(payload.value);
      expect(start.querySelector('.description')!.textContent).to.equal(payload.value);
      await expectSafe(element, payload.value);
      await expect(element).to.be.accessible();

      click(element, 'Commencer');
      for (const [id, ...choices] of path) {
        await waitUntil(() => rootOf(element).querySelector(`.choice input[name="${id}"]`), id);
        await element.updateComplete;
        const question = rootOf(element).querySelector('[part="question"]')!;
        expect(question.querySelector('legend h2')!.textContent).to.equal(payload.value);
        expect(question.querySelector('#question-help')!.textContent).to.equal(payload.value);
        for (const choice of question.querySelectorAll('.choice span')) {
          expect(choice.textContent).to.equal(payload.value);
        }
        await expectSafe(element, payload.value);
        if (id === 'mot-de-passe') {
          const image = question.querySelector('img')!;
          expect(image.alt).to.equal(payload.value);
          expect(image.getAttribute('src')).to.equal(new URL(hostileImageSrc, document.baseURI).href);
          await expect(element).to.be.accessible();
        }
        await answer(element, id, ...choices);
      }

      await waitUntil(() => rootOf(element).querySelector('[part="review"]'), 'review');
      await element.updateComplete;
      const review = rootOf(element).querySelector('[part="review"]')!;
      for (const text of review.querySelectorAll('.review-question, .review-answers li')) {
        expect(text.textContent).to.equal(payload.value);
      }
      await expectSafe(element, payload.value);
      await expect(element).to.be.accessible();

      click(element, 'Voir mon résultat');
      await waitUntil(() => rootOf(element).querySelector('[part="result"]'), 'result');
      await element.updateComplete;
      const result = rootOf(element).querySelector('[part="result"]')!;
      expect(result.querySelector('.level-title')!.textContent).to.equal(payload.value);
      for (const text of result.querySelectorAll('.chart th[scope="row"], .known li, .learn li')) {
        expect(text.textContent).to.equal(payload.value);
      }
      expect(result.querySelectorAll('.chart th[scope="row"]')).to.have.length(2);
      await expectSafe(element, payload.value);
      await expect(element).to.be.accessible();
    });
  }

  it('shows HTML entities as the characters they are written with', async () => {
    const entities = hostilePayloads.find((payload) => payload.name === 'HTML entities')!.value;
    const element = await createQuiz(new FakeClient({ quizzes: [hostileQuiz(entities)] }));
    expect(rootOf(element).querySelector('h2')!.textContent).to.equal(
      '&lt;b&gt;gras&lt;/b&gt; &amp; &quot;cité&quot; &#60;i&#62;',
    );
    expect(rootOf(element).querySelector('h2 b, h2 i')).to.equal(null);
  });

  it('does not scroll sideways at 320 px with 10,000-character texts, on any screen', async () => {
    await setViewport({ width: 320, height: 640 });
    const element = await createQuiz(new FakeClient({ quizzes: [hostileQuiz(longText)] }));
    expect(deepText(element)).to.contain(longText);
    expectNoHorizontalScroll();
    click(element, 'Commencer');
    for (const [id, ...choices] of path) {
      await waitUntil(() => rootOf(element).querySelector(`.choice input[name="${id}"]`), id);
      await element.updateComplete;
      expectNoHorizontalScroll();
      await answer(element, id, ...choices);
    }
    await waitUntil(() => rootOf(element).querySelector('[part="review"]'), 'review');
    expectNoHorizontalScroll();
    click(element, 'Voir mon résultat');
    await waitUntil(() => rootOf(element).querySelector('[part="result"]'), 'result');
    await element.updateComplete;
    expectNoHorizontalScroll();
  });

  it('shows the error, and nothing of the quiz, when its image or a service is refused by the schema', async () => {
    const refused = [
      { image: { src: 'javascript:window.__pwned=1', alt: 'image' } },
      { image: { src: 'data:image/svg+xml,<svg onload="window.__pwned=1"/>', alt: 'image' } },
    ];
    const base = hostileQuiz('Quiz (exemple)');
    const definitions = [
      ...refused.map((image) => ({
        ...base,
        questions: base.questions.map((question) => (question.image ? { ...question, ...image } : question)),
      })),
      {
        ...base,
        scoring: {
          ...base.scoring,
          bands: base.scoring.bands.map((band) => ({ ...band, services: [refusedSlug] })),
        },
      },
    ];
    for (const definition of definitions) {
      const parsed = quizDefinitionSchema.safeParse(definition);
      expect(parsed.success).to.equal(false);
      const issues = parsed.error!.issues;
      const fake = new FakeClient({ quizzes: [base] });
      // What the client does with an answer its schema refuses.
      fake.failNext(
        new InvalidResponseError({ url: '/v1/quiz/quiz-hostile', issues, lines: formatIssues(issues) }),
      );
      const element = await createQuiz(fake);
      expect(rootOf(element).querySelector('[part="problem"]')?.getAttribute('role')).to.equal('alert');
      expect(rootOf(element).querySelector('[part="start"]')).to.equal(null);
      await expectSafe(element);
      await expect(element).to.be.accessible();
    }
  });
});
