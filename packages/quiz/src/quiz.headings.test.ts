import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import { FakeClient } from '../../../test/fake-client.js';
import { headingLevels, headingSkips, itIgnoresBadHeadingLevels } from '../../../test/heading-levels.js';
import './define.js';
import type { InclusionQuiz } from './quiz.js';

const rootOf = (element: HTMLElement) => element.shadowRoot!;

/** The screen's title: the heading that gets the focus. */
const title = (element: HTMLElement) => rootOf(element).querySelector<HTMLElement>('[data-heading]');

function click(element: HTMLElement, name: string): void {
  const button = [...rootOf(element).querySelectorAll<HTMLButtonElement>('button')].find(
    (item) => item.textContent?.trim() === name,
  );
  if (!button) throw new Error(`no button ${name} in ${rootOf(element).textContent}`);
  button.click();
}

/** The example quiz, with a "next" address so that the result has its three sections. */
async function quiz(headingLevel?: string): Promise<InclusionQuiz> {
  const element = await fixture<InclusionQuiz>(
    html`<inclusion-quiz
      .client=${new FakeClient()}
      .storage=${null}
      quiz="quiz-exemple"
      next="https://ville.example/aide"
      heading-level=${headingLevel ?? nothing}
    ></inclusion-quiz>`,
  );
  await waitUntil(() => rootOf(element).querySelector('[part="start"]'), 'the start screen');
  await element.updateComplete;
  return element;
}

/** Waits for a screen (its part) and for its title to have the focus. */
async function reached(element: InclusionQuiz, part: string): Promise<void> {
  await waitUntil(() => rootOf(element).querySelector(`[part="${part}"]`), `the ${part} screen`);
  await element.updateComplete;
  await waitUntil(() => rootOf(element).activeElement === title(element), `focus on the ${part} title`);
}

/** Picks a choice of the question shown and goes on. */
async function answer(element: InclusionQuiz, ...choiceIds: string[]): Promise<void> {
  await reached(element, 'question');
  for (const id of choiceIds) {
    rootOf(element).querySelector<HTMLInputElement>(`.choice input[value="${id}"]`)!.click();
    await element.updateComplete;
  }
  rootOf(element).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  await element.updateComplete;
}

/** The levels of every screen, from the start to the result: `{ start, question, review, result }`. */
async function outline(element: InclusionQuiz): Promise<Record<string, number[]>> {
  const levels: Record<string, number[]> = { start: headingLevels(element) };
  click(element, 'Commencer');
  await reached(element, 'question');
  levels.question = headingLevels(element);
  expect(title(element)?.closest('legend'), 'the question’s title is its legend').to.exist;
  await answer(element, 'souvent');
  await answer(element, 'ordinateur');
  await answer(element, 'peut-aider');
  await answer(element, 'date');
  await answer(element, 'supprimer', 'banque');
  await reached(element, 'review');
  levels.review = headingLevels(element);
  click(element, 'Voir mon résultat');
  await reached(element, 'result');
  levels.result = headingLevels(element);
  return levels;
}

describe('<inclusion-quiz> heading-level', () => {
  it('keeps today’s outline without the attribute: every screen’s title h2, the result’s sections h3', async () => {
    const element = await quiz();
    expect(title(element)?.localName).to.equal('h2');
    expect(await outline(element)).to.deep.equal({
      start: [2],
      question: [2],
      review: [2],
      result: [2, 3, 3, 3],
    });
  });

  for (const level of [3, 4]) {
    it(`moves every heading with heading-level="${level}": titles h${level}, the result’s sections h${level + 1}, focusable, same look`, async () => {
      const element = await quiz(String(level));
      const start = title(element)!;
      expect(start.localName).to.equal(`h${level}`);
      expect(start.getAttribute('tabindex')).to.equal('-1');
      expect(getComputedStyle(start).fontSize, 'a title keeps its size at any level').to.equal(
        `${(16 * 1.375).toString()}px`,
      );
      const levels = await outline(element);
      expect(levels).to.deep.equal({
        start: [level],
        question: [level],
        review: [level],
        result: [level, level + 1, level + 1, level + 1],
      });
      expect(headingSkips(levels.result!)).to.deep.equal([]);
      for (const id of ['result-known', 'result-learn', 'result-next'])
        expect(rootOf(element).querySelector(`#${id}`)?.localName, id).to.equal(`h${level + 1}`);
      if (level === 4) await expect(element).to.be.accessible();
    });
  }

  it('stops at h6 with heading-level="6": the title and the result’s sections h6', async () => {
    const element = await quiz('6');
    const levels = await outline(element);
    expect(new Set(Object.values(levels).flat())).to.deep.equal(new Set([6]));
  });

  itIgnoresBadHeadingLevels(
    'inclusion-quiz',
    (value) => quiz(value),
    (element) => {
      expect(title(element)?.localName).to.equal('h2');
    },
  );
});
