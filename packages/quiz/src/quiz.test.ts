import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { HttpError, type EvenementsBatch, type QuizDefinitionInput } from '@inclusion-widgets/core';
import { FakeClient } from '../../../test/fake-client.js';
import * as fixtures from '../../../test/fixtures/index.js';
import './define.js';
import type { InclusionQuizCompleteEvent } from './events.js';
import type { InclusionQuiz } from './quiz.js';
import { progressKey, type ProgressStorage } from './storage.js';

/** A storage in memory, so that tests never touch the page's `localStorage` and can "reload" with the same one. */
class MemoryStorage implements ProgressStorage {
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

const key = progressKey(fixtures.quiz);

/** An English version of the example quiz, with the same questions. */
const englishQuiz = {
  ...fixtures.quiz,
  locale: 'en',
  title: 'Where are you with digital tools? (example)',
  description: 'A few simple questions. It is not a test.',
} as const satisfies QuizDefinitionInput;

const rootOf = (element: HTMLElement) => element.shadowRoot!;
const heading = (element: HTMLElement) => rootOf(element).querySelector('h2')?.textContent?.trim() ?? '';
const status = (element: HTMLElement) =>
  rootOf(element).querySelector('[role="status"]')?.textContent?.trim() ?? '';
const focused = (element: HTMLElement) => rootOf(element).activeElement as HTMLElement | null;
const buttonNamed = (element: HTMLElement, name: string | RegExp) =>
  [...rootOf(element).querySelectorAll<HTMLButtonElement | HTMLAnchorElement>('button, a')].find((button) =>
    typeof name === 'string' ? button.textContent?.trim() === name : name.test(button.textContent ?? ''),
  );

function click(element: HTMLElement, name: string | RegExp): void {
  const button = buttonNamed(element, name);
  if (!button) throw new Error(`no button ${String(name)} in ${rootOf(element).textContent}`);
  button.click();
}

async function createQuiz(
  options: { fake?: FakeClient; storage?: ProgressStorage | null; attributes?: string } = {},
): Promise<InclusionQuiz> {
  const fake = options.fake ?? new FakeClient();
  const storage = options.storage === undefined ? new MemoryStorage() : options.storage;
  const container = await fixture(html`<div></div>`);
  container.innerHTML = `<inclusion-quiz ${options.attributes ?? 'quiz="quiz-exemple"'}></inclusion-quiz>`;
  const element = container.querySelector('inclusion-quiz')!;
  element.client = fake;
  element.storage = storage;
  return element;
}

/** Waits for the start screen. */
async function started(element: InclusionQuiz): Promise<void> {
  await waitUntil(() => rootOf(element).querySelector('[part="start"]'), 'start screen');
  await element.updateComplete;
}

/** Waits for the screen whose heading says `text`. */
async function screen(element: InclusionQuiz, text: string | RegExp): Promise<void> {
  await waitUntil(
    () => (typeof text === 'string' ? heading(element) === text : text.test(heading(element))),
    `heading ${String(text)} (now: ${heading(element)})`,
  );
  await element.updateComplete;
}

/** Picks choices of the question shown (by their ids) and goes on. */
async function answer(element: InclusionQuiz, ...choiceIds: string[]): Promise<void> {
  await waitUntil(() => rootOf(element).querySelector('[part="question"]'), 'a question');
  await element.updateComplete;
  for (const id of choiceIds) {
    const input = [...rootOf(element).querySelectorAll<HTMLInputElement>('.choice input')].find(
      (candidate) => candidate.value === id,
    );
    if (!input) throw new Error(`no choice ${id} on "${heading(element)}"`);
    input.click();
    await element.updateComplete;
  }
  rootOf(element).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  await element.updateComplete;
}

/** Presses Tab until `match` has the focus (at most `steps` times). */
async function tabTo(element: InclusionQuiz, match: (focused: HTMLElement) => boolean, steps = 8) {
  for (let step = 0; step < steps; step += 1) {
    const active = focused(element);
    if (active && match(active)) return;
    await sendKeys({ press: 'Tab' });
  }
  const active = focused(element);
  expect(active && match(active), `focus reached (now on ${active?.outerHTML})`).to.equal(true);
}

const isButton = (name: string) => (active: HTMLElement) =>
  active.localName === 'button' && active.textContent?.trim() === name;

describe('<inclusion-quiz>', () => {
  it('starts with the title, how long, no timer and privacy, in the quiz’s language, accessible', async () => {
    const fake = new FakeClient();
    const held = fake.delayNext();
    const element = await createQuiz({ fake });
    await held.started;
    await element.updateComplete;
    expect(rootOf(element).querySelector('.loading')?.textContent).to.equal('Chargement du questionnaire…');
    await expect(element).to.be.accessible();
    held.release();
    await started(element);
    expect(fake.calls.find((call) => call.method === 'getQuiz')?.args).to.deep.equal(['quiz-exemple', 'fr']);
    expect(heading(element)).to.equal('Où en êtes-vous avec le numérique ? (exemple)');
    const facts = [...rootOf(element).querySelectorAll('.facts li')].map((item) => item.textContent?.trim());
    expect(facts).to.deep.equal([
      '5 questions',
      'Environ 3 minutes',
      'Il n’y a pas de limite de temps. Prenez votre temps.',
      'Vos réponses restent sur cet appareil. Elles ne sont envoyées à personne.',
    ]);
    expect(buttonNamed(element, 'Commencer')).to.exist;
    expect(rootOf(element).textContent).to.not.match(/minuterie|chrono|temps restant|timer/i);
    await expect(element).to.be.accessible();
  });

  it('shows the start screen from the definition as it arrives, and its first question once it is checked', async () => {
    const fake = new FakeClient();
    const held = fake.delayNext();
    const element = await createQuiz({ fake });
    const call = await held.started;
    expect(call.preview, 'the quiz asks for a preview').to.be.a('function');
    call.preview!();
    await started(element);
    expect(heading(element)).to.equal('Où en êtes-vous avec le numérique ? (exemple)');
    expect(rootOf(element).querySelector('.facts li')?.textContent?.trim()).to.equal('5 questions');
    await expect(element).to.be.accessible();
    click(element, 'Commencer');
    await element.updateComplete;
    expect(buttonNamed(element, 'Commencer')?.getAttribute('aria-disabled')).to.equal('true');
    expect(rootOf(element).querySelector('[part="start"] .loading')?.textContent).to.equal(
      'Chargement du questionnaire…',
    );
    expect(rootOf(element).querySelector('[part="question"]'), 'no question before the check').to.equal(null);
    held.release();
    await waitUntil(() => rootOf(element).querySelector('[part="question"]'), 'the first question');
    await element.updateComplete;
    expect(focused(element)?.hasAttribute('data-heading'), 'focus on the question').to.equal(true);
  });

  it('waits for the checked definition when progress is saved (resuming needs it)', async () => {
    const storage = new MemoryStorage();
    storage.setItem(key, JSON.stringify({ format: 1, answers: {}, screen: 'question' }));
    const fake = new FakeClient();
    const held = fake.delayNext();
    const element = await createQuiz({ fake, storage });
    (await held.started).preview!();
    await element.updateComplete;
    expect(rootOf(element).querySelector('[part="start"]')).to.equal(null);
    expect(rootOf(element).querySelector('.loading')).to.exist;
    held.release();
    await started(element);
  });

  it('stacks "Retour" and "Suivant" on a narrow screen in the order Tab reaches them (RGAA 12.8)', async () => {
    const element = await createQuiz();
    element.parentElement!.style.width = '300px';
    await started(element);
    click(element, 'Commencer');
    await answer(element, 'parfois');
    await waitUntil(() => buttonNamed(element, 'Retour'), 'the second question');
    const back = buttonNamed(element, 'Retour')!.getBoundingClientRect();
    const next = rootOf(element).querySelector('button[type="submit"]')!.getBoundingClientRect();
    expect(next.top, 'stacked, "Suivant" below "Retour"').to.be.greaterThan(back.bottom - 1);
    buttonNamed(element, 'Retour')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(element)?.getAttribute('type')).to.equal('submit');
  });

  it('asks the API for the quiz in its language and speaks it (lang="en")', async () => {
    const fake = new FakeClient({ quizzes: [fixtures.quiz, englishQuiz] });
    const element = await createQuiz({ fake, attributes: 'quiz="quiz-exemple" lang="en"' });
    await started(element);
    expect(fake.calls.find((call) => call.method === 'getQuiz')?.args).to.deep.equal(['quiz-exemple', 'en']);
    expect(heading(element)).to.equal('Where are you with digital tools? (example)');
    expect(buttonNamed(element, 'Start')).to.exist;
    click(element, 'Start');
    await screen(element, 'Utilisez-vous Internet ?');
    expect(status(element)).to.equal('Question 1 of 5');
  });

  it('shows one question per screen as a fieldset with its legend, progress announced, focus on the question', async () => {
    const element = await createQuiz();
    await started(element);
    click(element, 'Commencer');
    await screen(element, 'Utilisez-vous Internet ?');
    const root = rootOf(element);
    expect(root.querySelector('fieldset legend h2')?.textContent?.trim()).to.equal(
      'Utilisez-vous Internet ?',
    );
    expect(focused(element)?.localName).to.equal('h2');
    expect(status(element)).to.equal('Question 1 sur 5');
    expect(root.querySelector('.progress')?.textContent).to.equal('Question 1 sur 5');
    const radios = root.querySelectorAll<HTMLInputElement>('input[type="radio"][name="usage"]');
    expect(radios).to.have.length(3);
    for (const label of root.querySelectorAll('.choice')) {
      expect(label.getBoundingClientRect().height).to.be.at.least(44);
    }
    expect(root.querySelector('#question-required')?.textContent).to.equal(
      'Répondez à cette question pour continuer.',
    );
    await expect(element).to.be.accessible();
  });

  it('needs an answer to an essential question, and lets the others be skipped', async () => {
    const element = await createQuiz();
    await started(element);
    click(element, 'Commencer');
    await screen(element, 'Utilisez-vous Internet ?');
    expect(buttonNamed(element, 'Passer cette question')).to.not.exist;
    click(element, 'Suivant');
    await element.updateComplete;
    const error = rootOf(element).querySelector('#question-error');
    expect(error?.getAttribute('role')).to.equal('alert');
    expect(error?.textContent).to.equal('Choisissez une réponse pour continuer.');
    expect(rootOf(element).querySelector('fieldset')?.getAttribute('aria-describedby')).to.contain(
      'question-error',
    );
    expect(heading(element)).to.equal('Utilisez-vous Internet ?');
    expect((focused(element) as HTMLInputElement | null)?.name).to.equal('usage');
    await expect(element).to.be.accessible();

    await answer(element, 'souvent');
    await screen(element, 'Quels appareils avez-vous ?');
    expect(rootOf(element).querySelectorAll('input[type="checkbox"]')).to.have.length(3);
    expect(rootOf(element).querySelector('#question-multiple')?.textContent).to.equal(
      'Vous pouvez choisir plusieurs réponses.',
    );
    expect(rootOf(element).querySelector('#question-help')?.textContent).to.equal(
      'Comptez aussi ceux que vous empruntez.',
    );
    await expect(element).to.be.accessible();
    click(element, 'Passer cette question');
    await screen(element, /Envoyer un e-mail/);
    expect(status(element)).to.equal('Question 3 sur 5');
  });

  it('shows a question’s image with its text alternative, and goes back', async () => {
    const element = await createQuiz();
    await started(element);
    click(element, 'Commencer');
    await screen(element, 'Utilisez-vous Internet ?');
    await answer(element, 'parfois');
    await answer(element, 'telephone', 'ordinateur');
    await answer(element, 'seul');
    await screen(element, 'Quel mot de passe est le plus sûr ?');
    const image = rootOf(element).querySelector('img')!;
    expect(image.alt).to.equal('Un cadenas fermé');
    expect(image.src).to.equal(new URL('/test/fixtures/quiz-cadenas.svg', document.baseURI).href);
    expect(image.hasAttribute('style')).to.equal(false);
    await expect(element).to.be.accessible();
    click(element, 'Retour');
    await screen(element, /Envoyer un e-mail/);
    expect(rootOf(element).querySelector<HTMLInputElement>('input[value="seul"]')?.checked).to.equal(true);
  });

  it('skips a question whose condition does not hold, and counts it out of the progress', async () => {
    const element = await createQuiz();
    await started(element);
    click(element, 'Commencer');
    await screen(element, 'Utilisez-vous Internet ?');
    await answer(element, 'jamais');
    await screen(element, 'Quels appareils avez-vous ?');
    expect(status(element)).to.equal('Question 2 sur 4');
    await answer(element, 'aucun');
    await screen(element, 'Quel mot de passe est le plus sûr ?');
    expect(status(element)).to.equal('Question 3 sur 4');
  });

  it('keeps "I don’t know" alone among several answers', async () => {
    const element = await createQuiz();
    await started(element);
    click(element, 'Commencer');
    await answer(element, 'jamais');
    await answer(element, 'aucun');
    await answer(element, 'phrase');
    await screen(element, /code de carte bancaire/);
    const input = (id: string) => rootOf(element).querySelector<HTMLInputElement>(`input[value="${id}"]`)!;
    input('supprimer').click();
    await element.updateComplete;
    input('je-ne-sais-pas').click();
    await element.updateComplete;
    expect(input('supprimer').checked).to.equal(false);
    expect(input('je-ne-sais-pas').checked).to.equal(true);
    input('banque').click();
    await element.updateComplete;
    expect(input('je-ne-sais-pas').checked).to.equal(false);
    expect(input('banque').checked).to.equal(true);
  });

  it('can be taken with the keyboard alone, from start to result', async () => {
    const element = await createQuiz();
    await started(element);
    await tabTo(element, isButton('Commencer'));
    await sendKeys({ press: 'Enter' });
    await screen(element, 'Utilisez-vous Internet ?');
    expect(focused(element)?.localName).to.equal('h2');

    // A radio group: Tab into it, arrows choose, Enter on "Suivant".
    await tabTo(element, (active) => (active as HTMLInputElement).name === 'usage');
    await sendKeys({ press: 'ArrowDown' });
    await element.updateComplete;
    expect(rootOf(element).querySelector<HTMLInputElement>('input[value="parfois"]')?.checked).to.equal(true);
    await tabTo(element, isButton('Suivant'));
    await sendKeys({ press: 'Enter' });
    await screen(element, 'Quels appareils avez-vous ?');

    // Checkboxes: Space ticks.
    await tabTo(element, (active) => (active as HTMLInputElement).value === 'telephone');
    await sendKeys({ press: 'Space' });
    await tabTo(element, isButton('Suivant'));
    await sendKeys({ press: 'Enter' });
    await screen(element, /Envoyer un e-mail/);

    await tabTo(element, (active) => (active as HTMLInputElement).name === 'envoyer-mail');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await tabTo(element, isButton('Suivant'));
    await sendKeys({ press: 'Enter' });
    await screen(element, 'Quel mot de passe est le plus sûr ?');

    await tabTo(element, (active) => (active as HTMLInputElement).name === 'mot-de-passe');
    await sendKeys({ press: 'ArrowDown' });
    await tabTo(element, isButton('Suivant'));
    await sendKeys({ press: 'Enter' });
    await screen(element, /code de carte bancaire/);

    await tabTo(element, (active) => (active as HTMLInputElement).value === 'supprimer');
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await tabTo(element, isButton('Suivant'));
    await sendKeys({ press: 'Enter' });
    await screen(element, 'Vérifiez vos réponses');
    expect(focused(element)?.localName).to.equal('h2');

    const completed = oneEvent(element, 'inclusion-quiz-complete');
    await tabTo(element, isButton('Voir mon résultat'), 20);
    await sendKeys({ press: 'Enter' });
    const event = (await completed) as unknown as InclusionQuizCompleteEvent;
    await screen(element, 'Votre résultat');
    expect(focused(element)?.localName).to.equal('h2');
    expect(event.band).to.equal('autonome');
    expect(rootOf(element).querySelector('.level-title')?.textContent).to.equal('Vous êtes à l’aise');
  });

  it('reviews every answer shown, changes one and comes back to the review', async () => {
    const element = await createQuiz();
    await started(element);
    click(element, 'Commencer');
    await answer(element, 'jamais');
    await answer(element, 'aucun');
    await answer(element, 'date');
    await answer(element);
    await screen(element, 'Vérifiez vos réponses');
    const items = () =>
      [...rootOf(element).querySelectorAll('.review-item')].map((item) => ({
        question: item.querySelector('.review-question')?.textContent?.trim(),
        answers: [...item.querySelectorAll('.review-answers li')].map((li) => li.textContent?.trim()),
        none: item.querySelector('.review-none')?.textContent?.trim(),
      }));
    expect(items()).to.deep.equal([
      { question: 'Utilisez-vous Internet ?', answers: ['Jamais'], none: undefined },
      { question: 'Quels appareils avez-vous ?', answers: ['Aucun'], none: undefined },
      { question: 'Quel mot de passe est le plus sûr ?', answers: ['Ma date de naissance'], none: undefined },
      {
        question: 'Un message vous demande votre code de carte bancaire. Que faites-vous ?',
        answers: [],
        none: 'Pas de réponse',
      },
    ]);
    const edit = rootOf(element).querySelectorAll<HTMLButtonElement>('.review-item button')[0]!;
    expect(edit.textContent?.replace(/\s+/g, ' ').trim()).to.equal('Modifier : Utilisez-vous Internet ?');
    await expect(element).to.be.accessible();

    // "Souvent" reveals the e-mail question: it is asked, then the review comes back.
    edit.click();
    await screen(element, 'Utilisez-vous Internet ?');
    expect(buttonNamed(element, 'Retour à mes réponses')).to.exist;
    await answer(element, 'souvent');
    await screen(element, /Envoyer un e-mail/);
    await answer(element, 'peut-aider');
    await screen(element, 'Vérifiez vos réponses');
    expect(items().map((item) => item.answers[0])).to.deep.equal([
      'Souvent',
      'Aucun',
      'Je pourrais aider quelqu’un à le faire',
      'Ma date de naissance',
      undefined,
    ]);
  });

  it('shows the result: the level, a chart and table per area, what is known and to learn, accessible', async () => {
    const element = await createQuiz({
      attributes: 'quiz="quiz-exemple" next="https://ville.example/aide?x=1"',
    });
    await started(element);
    click(element, 'Commencer');
    await answer(element, 'souvent');
    await answer(element, 'ordinateur');
    await answer(element, 'peut-aider');
    await answer(element, 'date');
    await answer(element, 'supprimer', 'banque');
    await screen(element, 'Vérifiez vos réponses');
    const completed = oneEvent(element, 'inclusion-quiz-complete');
    click(element, 'Voir mon résultat');
    const event = (await completed) as unknown as InclusionQuizCompleteEvent;
    await screen(element, 'Votre résultat');
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.quizId).to.equal('quiz-exemple');
    // Mastery (1 × 0.5 + 0 + 1) / 2.5 = 0.6, and the essential password question was failed: intermediaire.
    expect(event.level).to.equal(2);
    expect(event.band).to.equal('intermediaire');
    expect(event.services).to.deep.equal(['maitrise-des-outils-numeriques-du-quotidien']);
    expect(event.areas).to.deep.equal([
      { id: 'communiquer', framework: 'communication-collaboration', mastery: 1, band: 'autonome' },
      { id: 'securite', framework: 'protection-securite', mastery: 0.5, band: 'intermediaire' },
    ]);
    expect(Object.keys(event)).to.not.include('answers');

    const root = rootOf(element);
    expect(root.querySelector('.level-title')?.textContent).to.equal('Vous avez des bases');
    expect(root.querySelector('.level')?.textContent).to.contain(
      'Avec un peu d’aide, vous pouvez devenir autonome.',
    );
    const rows = [...root.querySelectorAll('.chart tbody tr')].map((row) =>
      [...row.children].map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim()),
    );
    expect(rows).to.deep.equal([
      ['Communiquer', '100 %', 'Autonome'],
      ['Se protéger', '50 %', 'Intermédiaire'],
    ]);
    expect(root.querySelector('.chart caption')?.textContent?.trim()).to.equal('Votre résultat par domaine');
    const fills = [...root.querySelectorAll('.bar .fill')].map((rect) => rect.getAttribute('width'));
    expect(fills).to.deep.equal(['100%', '50%']);
    expect(root.querySelector('.bar')?.getAttribute('aria-hidden')).to.equal('true');
    expect(root.querySelector('.known')?.textContent).to.contain(
      'Vous savez envoyer un e-mail avec un document.',
    );
    expect(root.querySelector('.learn')?.textContent).to.contain(
      'Vous pouvez apprendre à choisir un mot de passe',
    );
    const link = root.querySelector<HTMLAnchorElement>('.next-steps a')!;
    expect(link.textContent?.trim()).to.equal('Trouver un lieu d’aide près de chez vous');
    expect(link.href).to.equal(
      'https://ville.example/aide?x=1&lieux-services=maitrise-des-outils-numeriques-du-quotidien',
    );
    expect(buttonNamed(element, 'Imprimer mon résultat')).to.exist;
    expect(root.querySelector('[style]')).to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('saves each answer in the browser and offers to resume after a reload, on the same question', async () => {
    const storage = new MemoryStorage();
    const first = await createQuiz({ storage });
    await started(first);
    click(first, 'Commencer');
    await answer(first, 'souvent');
    await answer(first, 'telephone');
    await screen(first, /Envoyer un e-mail/);
    expect(JSON.parse(storage.getItem(key)!)).to.deep.include({
      answers: { usage: ['souvent'], appareils: ['telephone'] },
      screen: 'question',
      question: 'envoyer-mail',
    });
    first.remove();

    const again = await createQuiz({ storage });
    await started(again);
    expect(rootOf(again).querySelector('.resume')?.textContent).to.contain(
      'Vous avez déjà répondu à 2 questions.',
    );
    expect(buttonNamed(again, 'Commencer')).to.not.exist;
    await expect(again).to.be.accessible();
    click(again, 'Reprendre');
    await screen(again, /Envoyer un e-mail/);
    expect(status(again)).to.equal('Question 3 sur 5');
    click(again, 'Retour');
    await screen(again, 'Quels appareils avez-vous ?');
    expect(rootOf(again).querySelector<HTMLInputElement>('input[value="telephone"]')?.checked).to.equal(true);
  });

  it('starts again from the first question with no answers, and forgets the saved ones', async () => {
    const storage = new MemoryStorage();
    storage.setItem(
      key,
      JSON.stringify({
        format: 1,
        answers: { usage: ['souvent'] },
        screen: 'question',
        question: 'appareils',
      }),
    );
    const element = await createQuiz({ storage });
    await started(element);
    click(element, 'Recommencer');
    await screen(element, 'Utilisez-vous Internet ?');
    expect(JSON.parse(storage.getItem(key) ?? '{}').answers ?? {}).to.deep.equal({});
    const checked = rootOf(element).querySelectorAll('input:checked');
    expect(checked).to.have.length(0);
  });

  it('ignores saved data that is corrupted, foreign or about other questions', async () => {
    for (const saved of [
      '{not json',
      JSON.stringify(['usage']),
      JSON.stringify({ format: 99, answers: { usage: ['souvent'] } }),
      JSON.stringify({
        format: 1,
        answers: { autre: ['x'], usage: ['pas-un-choix'], appareils: 'telephone' },
      }),
    ]) {
      const storage = new MemoryStorage();
      storage.setItem(key, saved);
      const element = await createQuiz({ storage });
      await started(element);
      expect(buttonNamed(element, 'Commencer'), saved).to.exist;
      element.remove();
    }
    // Another version of the quiz keeps its own key: its answers are not offered.
    const storage = new MemoryStorage();
    storage.setItem(
      progressKey({ ...fixtures.quiz, version: 2 }),
      JSON.stringify({ format: 1, answers: { usage: ['souvent'] }, screen: 'question' }),
    );
    const element = await createQuiz({ storage });
    await started(element);
    expect(buttonNamed(element, 'Commencer')).to.exist;
  });

  it('reopens a finished quiz on its result without telling the page again', async () => {
    const storage = new MemoryStorage();
    storage.setItem(
      key,
      JSON.stringify({
        format: 1,
        answers: { usage: ['jamais'], appareils: ['aucun'], 'mot-de-passe': ['phrase'] },
        screen: 'result',
      }),
    );
    const element = await createQuiz({ storage });
    await started(element);
    expect(rootOf(element).querySelector('.resume')?.textContent).to.contain(
      'Vous avez déjà terminé ce questionnaire.',
    );
    let fired = 0;
    element.addEventListener('inclusion-quiz-complete', () => (fired += 1));
    click(element, 'Revoir mon résultat');
    await screen(element, 'Votre résultat');
    expect(fired).to.equal(0);
  });

  it('works without any storage', async () => {
    const element = await createQuiz({ storage: null });
    await started(element);
    click(element, 'Commencer');
    await answer(element, 'souvent');
    await screen(element, 'Quels appareils avez-vous ?');
  });

  it('shows an API error with a retry, then the quiz', async () => {
    const fake = new FakeClient();
    fake.failNext(new HttpError({ url: '/v1/quiz/quiz-exemple', status: 503 }));
    const element = await createQuiz({ fake });
    await waitUntil(() => rootOf(element).querySelector('[part="problem"]'), 'problem shown');
    const problem = rootOf(element).querySelector('[part="problem"]')!;
    expect(problem.getAttribute('role')).to.equal('alert');
    expect(problem.textContent).to.contain('Le service a un problème en ce moment.');
    await expect(element).to.be.accessible();
    click(element, 'Réessayer');
    await started(element);
    expect(fake.calls.filter((call) => call.method === 'getQuiz')).to.have.length(2);
  });

  it('loads a quiz from src, checked, with its images relative to it', async () => {
    const src = new URL('/packages/content/quiz/mes-demarches-en-ligne.fr.json', location.href).href;
    const fake = new FakeClient();
    const element = await createQuiz({ fake, attributes: `src="${src}"` });
    await started(element);
    expect(heading(element)).to.equal('Mes démarches en ligne');
    expect(fake.calls).to.have.length(0);
    await expect(element).to.be.accessible();
  });

  it('lists the problems of an invalid src definition with their paths, for the webmaster', async () => {
    const src = new URL('/packages/quiz/test-fixtures/invalid-quiz.json', location.href).href;
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...data: unknown[]) => warnings.push(data);
    try {
      const element = await createQuiz({ attributes: `src="${src}"` });
      await waitUntil(() => rootOf(element).querySelector('[part="source-error"]'), 'problems shown');
      await element.updateComplete;
      const panel = rootOf(element).querySelector('[part="source-error"]')!;
      expect(panel.textContent).to.contain('Ce questionnaire ne peut pas s’afficher.');
      expect(panel.textContent).to.contain(src);
      const problems = [...panel.querySelectorAll('li')].map((item) => item.textContent?.trim());
      expect(problems).to.deep.equal([
        'questions.0.image.alt — image alt must not be empty: say in a few words what the image shows',
        'scoring.bands.2.services.0 — unknown services slug "aide-administrative"',
      ]);
      expect(String(warnings[0]?.[0])).to.match(/^<inclusion-quiz>: the quiz at .* is not valid:/);
      await expect(element).to.be.accessible();
    } finally {
      console.warn = warn;
    }
  });

  it('says when a src file is not JSON, and offers a retry when it cannot be had', async () => {
    const warn = console.warn;
    console.warn = () => undefined;
    const notJson = await createQuiz({
      attributes: `src="${new URL('/packages/quiz/test-fixtures/not-json.txt', location.href).href}"`,
    });
    await waitUntil(() => rootOf(notJson).querySelector('[part="source-error"]'), 'problem shown');
    expect(rootOf(notJson).querySelector('[part="source-error"] li')?.textContent).to.equal(
      'ce fichier n’est pas du JSON valide.',
    );
    const missing = await createQuiz({
      attributes: `src="${new URL('/packages/quiz/test-fixtures/nope.json', location.href).href}"`,
    });
    await waitUntil(() => rootOf(missing).querySelector('[part="problem"]'), 'problem shown');
    expect(rootOf(missing).querySelector('[part="problem"]')?.textContent).to.contain(
      'Nous n’avons pas trouvé ce que vous cherchez.',
    );
    console.warn = warn;
  });

  it('names a missing or wrong source attribute, and works on without a bad setting', async () => {
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      const none = await createQuiz({ attributes: '' });
      await none.updateComplete;
      expect(rootOf(none).querySelector('[part="config-error"]')?.textContent).to.contain(
        'attribut « quiz » : ajoutez l’attribut quiz',
      );
      await expect(none).to.be.accessible();

      const script = await createQuiz({ attributes: 'src="javascript:alert(1)"' });
      await script.updateComplete;
      expect(rootOf(script).querySelector('[part="config-error"]')?.textContent).to.contain(
        'attribut « src »',
      );

      const container = await fixture(html`<div></div>`);
      container.innerHTML = '<inclusion-quiz quiz="quiz-exemple"></inclusion-quiz>';
      const noApi = container.querySelector('inclusion-quiz')!;
      await noApi.updateComplete;
      expect(rootOf(noApi).querySelector('[part="config-error"]')?.textContent).to.contain(
        'attribut « api »',
      );

      const badNext = await createQuiz({ attributes: 'quiz="quiz-exemple" next="ailleurs" color="bleu"' });
      await started(badNext);
      const notice = rootOf(badNext).querySelector('[part="config-notice"]')!;
      expect(notice.textContent).to.contain('attribut « next »');
      expect(notice.textContent).to.contain('attribut « color »');
      expect(buttonNamed(badNext, 'Commencer')).to.exist;
    } finally {
      console.warn = warn;
    }
  });

  it('sends one anonymous statistics event only with stats and partner, and never breaks on failure', async () => {
    async function finish(attributes: string, fake: FakeClient): Promise<InclusionQuiz> {
      const element = await createQuiz({ fake, attributes });
      await started(element);
      click(element, 'Commencer');
      await answer(element, 'jamais');
      await answer(element, 'aucun');
      await answer(element, 'je-ne-sais-pas');
      await answer(element, 'repondre');
      await screen(element, 'Vérifiez vos réponses');
      click(element, 'Voir mon résultat');
      await screen(element, 'Votre résultat');
      await aTimeout(0);
      return element;
    }
    const posts = (fake: FakeClient) => fake.calls.filter((call) => call.method === 'postEvenements');
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      const off = new FakeClient();
      await finish('quiz="quiz-exemple" partner="mairie-exemple"', off);
      expect(posts(off)).to.have.length(0);

      const noPartner = new FakeClient();
      await finish('quiz="quiz-exemple" stats', noPartner);
      expect(posts(noPartner)).to.have.length(0);
    } finally {
      console.warn = warn;
    }

    const on = new FakeClient();
    const element = await createQuiz({
      fake: on,
      attributes: 'quiz="quiz-exemple" stats partner="mairie-exemple"',
    });
    await started(element);
    expect(rootOf(element).querySelector('.facts')?.textContent).to.contain('Seul votre niveau est compté');
    element.remove();
    await finish('quiz="quiz-exemple" stats partner="mairie-exemple"', on);
    expect(posts(on)).to.have.length(1);
    const batch = posts(on)[0]!.args[0] as EvenementsBatch;
    expect(batch).to.deep.equal({
      partenaire: 'mairie-exemple',
      evenements: [
        {
          type: 'quiz-termine',
          widget: 'quiz',
          quiz: 'quiz-exemple',
          niveau: 1,
          domaines_faibles: ['securite'],
        },
      ],
    });

    const statsDown = new FakeClient();
    const result = await (async () => {
      const quiz = await createQuiz({
        fake: statsDown,
        attributes: 'quiz="quiz-exemple" stats partner="mairie-exemple"',
      });
      await started(quiz);
      click(quiz, 'Commencer');
      await answer(quiz, 'jamais');
      await answer(quiz, 'aucun');
      await answer(quiz, 'phrase');
      await answer(quiz);
      await screen(quiz, 'Vérifiez vos réponses');
      statsDown.failNext(new HttpError({ url: '/v1/evenements', status: 503 }));
      click(quiz, 'Voir mon résultat');
      await screen(quiz, 'Votre résultat');
      await aTimeout(0);
      return quiz;
    })();
    expect(posts(statsDown)).to.have.length(1);
    expect(rootOf(result).querySelector('[part="problem"]')).to.equal(null);
    expect(buttonNamed(result, 'Imprimer mon résultat')).to.exist;
  });

  it('hands the result over to a venue finder on the page: its services, the view and the focus', async () => {
    // The hand-over needs only the element's name and id: no venue finder is defined here.
    const page = await fixture(html`<div><div id="slot"></div></div>`);
    const target = document.createElement('inclusion-venue-finder');
    target.id = 'lieux';
    page.append(target);
    const element = await createQuiz({ attributes: 'quiz="quiz-exemple" next="#lieux"' });
    page.querySelector('#slot')!.append(element);
    await started(element);
    click(element, 'Commencer');
    await answer(element, 'jamais');
    await answer(element, 'aucun');
    await answer(element, 'date');
    await answer(element);
    await screen(element, 'Vérifiez vos réponses');
    click(element, 'Voir mon résultat');
    await screen(element, 'Votre résultat');
    click(element, 'Voir les lieux qui peuvent vous aider');
    const finder = target;
    expect(finder.getAttribute('services')).to.equal(
      'aide-aux-demarches-administratives,maitrise-des-outils-numeriques-du-quotidien',
    );
    expect(document.activeElement).to.equal(finder);
  });

  it('offers reading aloud where the browser can, and hides it where it cannot', async () => {
    const element = await createQuiz();
    await started(element);
    click(element, 'Commencer');
    await screen(element, 'Utilisez-vous Internet ?');
    const supported = typeof window.speechSynthesis?.speak === 'function';
    expect(Boolean(buttonNamed(element, 'Écouter la question'))).to.equal(supported);
    element.remove();

    // An attribute of the global object is its own property: put the browser's back afterwards.
    const own = Object.getOwnPropertyDescriptor(window, 'speechSynthesis');
    Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });
    try {
      const without = await createQuiz();
      await started(without);
      click(without, 'Commencer');
      await screen(without, 'Utilisez-vous Internet ?');
      expect(buttonNamed(without, 'Écouter la question')).to.not.exist;
      await expect(without).to.be.accessible();
    } finally {
      if (own) Object.defineProperty(window, 'speechSynthesis', own);
      else delete (window as { speechSynthesis?: unknown }).speechSynthesis;
    }
    expect(typeof window.speechSynthesis?.speak === 'function').to.equal(supported);
  });

  it('reads the question aloud in the quiz’s language, and stops when the question changes', async () => {
    const spoken: SpeechSynthesisUtterance[] = [];
    let cancelled = 0;
    const fakeSynthesis = {
      speak: (utterance: SpeechSynthesisUtterance) => spoken.push(utterance),
      cancel: () => (cancelled += 1),
      getVoices: () => [],
    };
    const own = Object.getOwnPropertyDescriptor(window, 'speechSynthesis');
    Object.defineProperty(window, 'speechSynthesis', { value: fakeSynthesis, configurable: true });
    try {
      const element = await createQuiz();
      await started(element);
      click(element, 'Commencer');
      await screen(element, 'Utilisez-vous Internet ?');
      click(element, 'Écouter la question');
      await waitUntil(() => spoken.length === 1, 'spoken');
      await element.updateComplete;
      expect(spoken[0]!.lang).to.equal('fr');
      expect(spoken[0]!.text).to.equal(
        'Question 1 sur 5\nUtilisez-vous Internet ?\nLes réponses possibles sont :\nJamais\nParfois\nSouvent',
      );
      expect(buttonNamed(element, 'Arrêter la lecture')).to.exist;
      const before = cancelled;
      await answer(element, 'souvent');
      await screen(element, 'Quels appareils avez-vous ?');
      expect(cancelled).to.be.greaterThan(before);
      expect(buttonNamed(element, 'Écouter la question')).to.exist;
    } finally {
      if (own) Object.defineProperty(window, 'speechSynthesis', own);
    }
  });

  it('takes the main colour from color', async () => {
    const element = await createQuiz({ attributes: 'quiz="quiz-exemple" color="#6A1B9A"' });
    await started(element);
    expect(element.style.getPropertyValue('--inclusion-color-primary')).to.equal('#6a1b9a');
  });

  it('shows hostile texts of a definition as text', async () => {
    const hostile = {
      ...fixtures.quiz,
      title: '<img src=x onerror="window.hacked = true"> Titre',
      description: '<script>window.hacked = true</script>',
    } as const satisfies QuizDefinitionInput;
    const element = await createQuiz({ fake: new FakeClient({ quizzes: [hostile] }) });
    await started(element);
    expect(heading(element)).to.equal('<img src=x onerror="window.hacked = true"> Titre');
    expect(rootOf(element).querySelector('img, script')).to.equal(null);
    expect((window as { hacked?: boolean }).hacked).to.equal(undefined);
  });
  it('explains the terms of a shipped question with the glossary: Enter opens, Escape closes back on the term', async () => {
    const src = new URL('/packages/content/quiz/mes-demarches-en-ligne.fr.json', location.href).href;
    const element = await createQuiz({ attributes: `src="${src}"` });
    await started(element);
    // The start screen loads no glossary.
    expect(rootOf(element).querySelector('.glossary-term')).to.equal(null);
    click(element, 'Commencer');
    await screen(element, /^Avez-vous une adresse e-mail à vous/);
    await waitUntil(() => rootOf(element).querySelector('h2 .glossary-term'), 'the term in the question');
    // In the heading, read as written; « mot de passe », only in an answer, is explained after the answers.
    const term = rootOf(element).querySelector<HTMLButtonElement>('h2 .glossary-term')!;
    expect(term.textContent).to.equal('adresse e-mail');
    expect(heading(element)).to.equal('Avez-vous une adresse e-mail à vous\u00a0?');
    expect(term.getAttribute('aria-expanded')).to.equal('false');
    expect(rootOf(element).querySelectorAll('label button')).to.have.length(0);
    const more = rootOf(element).querySelector('.glossary-more')!;
    expect(more.textContent?.replace(/\s+/g, ' ').trim()).to.equal('Mots expliqués : mot de passe');
    await expect(element).to.be.accessible();
    term.focus();
    await sendKeys({ press: 'Enter' });
    const panel = rootOf(element).getElementById(term.getAttribute('aria-controls')!)!;
    await waitUntil(() => !panel.hidden, 'the definition open');
    expect(term.getAttribute('aria-expanded')).to.equal('true');
    expect(panel.textContent).to.contain('nom@exemple.fr');
    await expect(element).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(panel.hidden).to.equal(true);
    expect(focused(element)).to.equal(term);
    await expect(element).to.be.accessible();
  });
});
