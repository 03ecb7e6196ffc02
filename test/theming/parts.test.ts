// Issue 7, theming: the host page styles a widget through its documented parts, including those of the elements
// inside the venue finder (forwarded with `exportparts`), and the widget takes the page's font by default.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../packages/venue-finder/src/define.js';
import '../../packages/quiz/src/define.js';
import { FakeClient } from '../fake-client.js';

const hostCss = `
  .themed::part(search-input) { border-color: rgb(1, 2, 3); }
  .themed::part(locate-button) { border-radius: 0px; }
  .themed::part(list) { padding-inline-start: 7px; }
  .themed::part(question) { letter-spacing: 1px; }
  .page { font-family: Georgia, serif; }
`;

/** A page with the host CSS, and `element` in it, given the fake client before it connects. */
async function page<E extends HTMLElement & { client: unknown }>(element: E): Promise<E> {
  const container = await fixture<HTMLDivElement>(html`<div class="page"></div>`);
  const style = document.createElement('style');
  style.textContent = hostCss;
  element.classList.add('themed');
  element.client = new FakeClient();
  container.append(style, element);
  return element;
}

describe('theming: parts and font', () => {
  it('styles the venue finder search field and button through ::part, and inherits the page font', async () => {
    const element = document.createElement('inclusion-venue-finder');
    element.setAttribute('near', '3.0635,50.6366');
    const finder = await page(element);
    await waitUntil(() =>
      finder.shadowRoot?.querySelector('inclusion-location-search')?.shadowRoot?.querySelector('input'),
    );
    await waitUntil(() => finder.shadowRoot!.querySelector('[part="list"]'), 'the list');
    const search = finder.shadowRoot!.querySelector('inclusion-location-search')!;
    await search.updateComplete;
    const input = search.shadowRoot!.querySelector('input')!;
    const locate = search.shadowRoot!.querySelector('[part="locate-button"]')!;
    expect(getComputedStyle(input).borderTopColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(locate).borderTopLeftRadius).to.equal('0px');
    expect(getComputedStyle(finder.shadowRoot!.querySelector('[part="list"]')!).paddingInlineStart).to.equal(
      '7px',
    );
    expect(getComputedStyle(finder).fontFamily).to.equal('Georgia, serif');
    expect(getComputedStyle(input).fontFamily).to.equal('Georgia, serif');
    expect(getComputedStyle(locate).fontFamily).to.equal('Georgia, serif');
  });

  it('keeps a font given by --inclusion-font-family over the page font', async () => {
    const element = document.createElement('inclusion-quiz');
    element.setAttribute('quiz', 'quiz-exemple');
    element.storage = null;
    element.style.setProperty('--inclusion-font-family', 'Verdana, sans-serif');
    const quiz = await page(element);
    await waitUntil(() => quiz.shadowRoot!.querySelector('[part="start"] button'), 'start screen');
    const button = quiz.shadowRoot!.querySelector('[part="start"] button')!;
    expect(getComputedStyle(quiz).fontFamily).to.equal('Verdana, sans-serif');
    expect(getComputedStyle(button).fontFamily).to.equal('Verdana, sans-serif');
  });
});
