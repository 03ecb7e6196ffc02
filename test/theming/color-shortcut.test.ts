// Issue 7, theming: the one-colour shortcut on a real widget. `color="#ffff00"` (far too light for text on
// white) gives a quiz whose buttons, chosen answers and focus ring still meet WCAG 2.1 AA, and axe finds nothing.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { derivePalette } from '@inclusion-widgets/ui';
import '../../packages/quiz/src/define.js';
import { FakeClient } from '../fake-client.js';

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((index) => Number.parseInt(hex.slice(index, index + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** The WCAG 2.1 contrast ratio of two computed `rgb(…)` colours. */
function contrast(a: string, b: string): number {
  const [high, low] = [a, b].map((rgb) => luminance(hexOf(rgb))).sort((x, y) => y - x);
  return (high! + 0.05) / (low! + 0.05);
}

function hexOf(rgb: string): string {
  const channels = /rgba?\((\d+), (\d+), (\d+)/.exec(rgb)?.slice(1);
  if (!channels) throw new Error(`not an rgb() colour: ${rgb}`);
  return `#${channels.map((channel) => Number(channel).toString(16).padStart(2, '0')).join('')}`;
}

describe('<inclusion-quiz color="#ffff00">', () => {
  const consoleWarn = console.warn;
  let warnings: string[] = [];
  beforeEach(() => {
    warnings = [];
    console.warn = (...data: unknown[]) => warnings.push(data.map(String).join(' '));
  });
  afterEach(() => {
    console.warn = consoleWarn;
  });

  it('uses a darker yellow that meets 4.5:1, on its buttons and chosen answers, and passes axe', async () => {
    const container = await fixture(html`<div></div>`);
    container.innerHTML = '<inclusion-quiz quiz="quiz-exemple" color="#ffff00"></inclusion-quiz>';
    const quiz = container.querySelector('inclusion-quiz')!;
    quiz.client = new FakeClient();
    quiz.storage = null;
    const root = quiz.shadowRoot!;
    const startSelector = '[part="start"] button.primary';
    await waitUntil(() => root.querySelector(startSelector), 'start screen');
    const start = root.querySelector<HTMLButtonElement>(startSelector);
    await quiz.updateComplete;
    const used = derivePalette('#ffff00').primary;

    const button = getComputedStyle(start!);
    expect(hexOf(button.backgroundColor)).to.equal(used);
    expect(contrast(button.color, button.backgroundColor)).to.be.at.least(4.5);
    const surface = getComputedStyle(quiz).backgroundColor;
    expect(contrast(button.backgroundColor, surface)).to.be.at.least(4.5);
    await expect(quiz).to.be.accessible();
    expect(warnings.filter((line) => line.includes('#ffff00') && line.includes(used))).to.have.length(1);

    start!.click();
    await waitUntil(() => root.querySelector('[part="choice"]'), 'first question');
    const choice = root.querySelector<HTMLLabelElement>('[part="choice"]');
    choice!.querySelector('input')!.click();
    await quiz.updateComplete;
    const chosen = getComputedStyle(choice!);
    expect(contrast(chosen.color, chosen.backgroundColor)).to.be.at.least(4.5);
    expect(contrast(chosen.borderTopColor, chosen.backgroundColor)).to.be.at.least(3);
    await expect(quiz).to.be.accessible();
  });
});
