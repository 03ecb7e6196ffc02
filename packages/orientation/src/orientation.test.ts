import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { HttpError, type OrientationDefinitionInput } from '@inclusion-widgets/core';
import { FakeClient } from '../../../test/fake-client.js';
import * as fixtures from '../../../test/fixtures/index.js';
import './define.js';
import type { InclusionOrientationCompleteEvent, InclusionOrientationStepEvent } from './events.js';
import type { InclusionOrientation } from './orientation.js';
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

/** The default orientation, as shipped (served by the test runner from the repository). */
async function shipped(locale: 'fr' | 'en'): Promise<OrientationDefinitionInput> {
  const url = new URL(`/packages/content/orientations/trouver-la-bonne-aide.${locale}.json`, location.href);
  return (await (await fetch(url)).json()) as OrientationDefinitionInput;
}
const flowFr = await shipped('fr');
const flowEn = await shipped('en');

const fakeWith = (...orientations: OrientationDefinitionInput[]) =>
  new FakeClient({
    lieux: fixtures.lieux,
    communes: fixtures.communes,
    orientations: orientations.length > 0 ? orientations : [flowFr],
  });

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

async function createOrientation(
  options: { fake?: FakeClient; storage?: ProgressStorage | null; attributes?: string } = {},
): Promise<InclusionOrientation> {
  const fake = options.fake ?? fakeWith();
  const storage = options.storage === undefined ? new MemoryStorage() : options.storage;
  const container = await fixture(html`<div></div>`);
  container.innerHTML = `<inclusion-orientation ${options.attributes ?? 'territory="departement:59"'}></inclusion-orientation>`;
  const element = container.querySelector('inclusion-orientation')!;
  element.client = fake;
  element.storage = storage;
  return element;
}

async function started(element: InclusionOrientation): Promise<void> {
  await waitUntil(() => rootOf(element).querySelector('[part="start"]'), 'start screen');
  await element.updateComplete;
}

async function screen(element: InclusionOrientation, text: string | RegExp): Promise<void> {
  await waitUntil(
    () => (typeof text === 'string' ? heading(element) === text : text.test(heading(element))),
    `heading ${String(text)} (now: ${heading(element)})`,
  );
  await element.updateComplete;
}

/** Waits for the end screen and the venue finder in it. */
async function ended(element: InclusionOrientation): Promise<void> {
  await waitUntil(() => rootOf(element).querySelector('[part="end"] inclusion-venue-finder'), 'end screen');
  await element.updateComplete;
}

/** Picks choices of the question shown (by their ids), or none, and goes on. */
async function answer(element: InclusionOrientation, ...choiceIds: string[]): Promise<void> {
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
  const before = heading(element);
  rootOf(element).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  await waitUntil(() => heading(element) !== before, `left "${before}"`);
  await element.updateComplete;
}

/** Answers questions by the ids of their inputs' name, in order: `[question, ...choices]`; `[]` skips. */
async function walk(
  element: InclusionOrientation,
  steps: readonly (readonly string[])[],
  options: { accessible?: boolean } = {},
): Promise<string[]> {
  const asked: string[] = [];
  for (const [question, ...choices] of steps) {
    await waitUntil(() => rootOf(element).querySelector('[part="question"]'), 'a question');
    await element.updateComplete;
    if (options.accessible) await expect(element).to.be.accessible();
    const name = rootOf(element).querySelector<HTMLInputElement>('.choice input')?.name;
    expect(name, heading(element)).to.equal(question);
    asked.push(name!);
    await answer(element, ...choices);
  }
  return asked;
}

const finderOf = (element: HTMLElement) => rootOf(element).querySelector('inclusion-venue-finder')!;

/** Presses Tab until `match` has the focus (at most `steps` times). */
async function tabTo(element: HTMLElement, match: (focused: HTMLElement) => boolean, steps = 12) {
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

describe('<inclusion-orientation>', () => {
  it('starts with the title, how many questions, no timer and privacy, accessible', async () => {
    const fake = fakeWith();
    const held = fake.delayNext();
    const element = await createOrientation({ fake });
    await held.started;
    await element.updateComplete;
    expect(rootOf(element).querySelector('.loading')?.textContent).to.equal('Chargement…');
    await expect(element).to.be.accessible();
    held.release();
    await started(element);
    expect(fake.calls.find((call) => call.method === 'getOrientation')?.args).to.deep.equal([
      'trouver-la-bonne-aide',
      'fr',
    ]);
    expect(heading(element)).to.equal('Trouver la bonne aide pour le numérique');
    const facts = [...rootOf(element).querySelectorAll('.facts li')].map((item) => item.textContent?.trim());
    expect(facts).to.deep.equal([
      'Environ 11 questions, une par écran.',
      'Il n’y a pas de limite de temps. Vous pouvez revenir en arrière.',
      'Vos réponses restent sur cet appareil. Elles ne sont envoyées à personne.',
    ]);
    await expect(element).to.be.accessible();
  });

  it('shows the start screen from the definition as it arrives, and the first question once it is checked', async () => {
    const fake = fakeWith();
    const held = fake.delayNext();
    const element = await createOrientation({ fake });
    const call = await held.started;
    expect(call.preview, 'the orientation asks for a preview').to.be.a('function');
    call.preview!();
    await started(element);
    expect(heading(element)).to.equal('Trouver la bonne aide pour le numérique');
    expect(rootOf(element).querySelector('.facts li')?.textContent?.trim()).to.equal(
      'Environ 11 questions, une par écran.',
    );
    await expect(element).to.be.accessible();
    click(element, 'Commencer');
    await element.updateComplete;
    expect(buttonNamed(element, 'Commencer')?.getAttribute('aria-disabled')).to.equal('true');
    expect(rootOf(element).querySelector('fieldset'), 'no question before the check').to.equal(null);
    held.release();
    await screen(element, 'Pour qui cherchez-vous de l’aide ?');
    expect(focused(element)?.localName).to.equal('h2');
  });

  it('asks one question per screen as a fieldset and legend, with its step, progress announced and focus', async () => {
    const element = await createOrientation();
    await started(element);
    const steps: InclusionOrientationStepEvent[] = [];
    element.addEventListener('inclusion-orientation-step', (event) => steps.push(event));
    click(element, 'Commencer');
    await screen(element, 'Pour qui cherchez-vous de l’aide ?');
    expect(focused(element)?.localName).to.equal('h2');
    expect(rootOf(element).querySelector('legend h2')).to.exist;
    expect(rootOf(element).querySelector('.step')?.textContent?.trim()).to.equal('Étape 1 sur 6 : Pour qui');
    expect(status(element)).to.equal('Question 1 sur 11');
    expect(steps.map(({ questionId, step }) => [questionId, step])).to.deep.equal([['qui', 'vous']]);
    await expect(element).to.be.accessible();

    // An essential question needs an answer.
    rootOf(element).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await element.updateComplete;
    expect(rootOf(element).querySelector('[role="alert"]')?.textContent).to.contain('Choisissez une réponse');
    await expect(element).to.be.accessible();
    await answer(element, 'moi');
    await screen(element, 'Avez-vous une démarche à faire en ligne bientôt ?');
    expect(rootOf(element).querySelector('#question-help')?.textContent).to.contain('une date limite');
    await expect(element).to.be.accessible();
    click(element, 'Retour');
    await screen(element, 'Pour qui cherchez-vous de l’aide ?');
    expect(rootOf(element).querySelector<HTMLInputElement>('input[value="moi"]')?.checked).to.equal(true);
  });

  it('stacks "Retour" and "Suivant" on a narrow screen in the order Tab reaches them (RGAA 12.8)', async () => {
    const element = await createOrientation();
    element.parentElement!.style.width = '300px';
    await started(element);
    click(element, 'Commencer');
    await screen(element, 'Pour qui cherchez-vous de l’aide ?');
    const back = buttonNamed(element, 'Retour')!.getBoundingClientRect();
    const next = rootOf(element).querySelector('button[type="submit"]')!.getBoundingClientRect();
    expect(next.top, 'stacked').to.be.greaterThan(back.bottom - 1);
    // Tab order: "Retour", then "Suivant", as seen from top to bottom.
    buttonNamed(element, 'Retour')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(element)?.getAttribute('type')).to.equal('submit');
  });

  it('speaks of "la personne" when the answer is for someone helped', async () => {
    const element = await createOrientation();
    await started(element);
    click(element, 'Commencer');
    await answer(element, 'une-personne');
    await screen(element, 'La personne a-t-elle une démarche à faire en ligne bientôt ?');
    await answer(element, 'oui');
    await screen(element, /la personne peut-elle faire cette démarche elle-même/);
    const choices = [...rootOf(element).querySelectorAll('.choice span')].map((item) => item.textContent);
    expect(choices).to.include('Non, il faut la faire avec elle ou pour elle');
  });

  it('takes the urgent path to a level-1 outcome without any skills question, and embeds the finder with its filters', async () => {
    const fake = fakeWith();
    const element = await createOrientation({ fake });
    await started(element);
    click(element, 'Commencer');
    const completed: InclusionOrientationCompleteEvent[] = [];
    element.addEventListener('inclusion-orientation-complete', (event) => completed.push(event));
    const asked = await walk(element, fixtures.urgentPath);
    expect(asked).to.not.include.members(['objectif', 'aise-appareil', 'aise-en-ligne']);
    await ended(element);
    expect(heading(element)).to.equal('L’aide qui vous convient');
    const outcome = rootOf(element).querySelector('[part="outcome"]')!;
    expect(outcome.querySelector('.level')?.textContent).to.equal('Niveau 1 : aide urgente');
    expect(outcome.querySelector('.outcome-title')?.textContent).to.equal(
      'Faire votre démarche avec quelqu’un, dès maintenant',
    );
    expect(outcome.querySelector('.why')?.textContent).to.contain('Vous nous avez dit');
    expect(completed).to.have.length(1);
    expect(completed[0]).to.include({ outcome: 'demarche-faite-avec-vous', level: 1, radiusKm: undefined });
    expect(completed[0]!.filters).to.deep.equal({
      services: ['aide-aux-demarches-administratives'],
      dispositif_programmes_nationaux: ['france-services', 'aidants-connect'],
      modalites_accompagnement: ['accompagnement-individuel'],
    });
    const finder = finderOf(element);
    expect(finder.getAttribute('services')).to.equal('aide-aux-demarches-administratives');
    expect(finder.getAttribute('dispositif-programmes-nationaux')).to.equal(
      'france-services,aidants-connect',
    );
    expect(finder.getAttribute('modalites-accompagnement')).to.equal('accompagnement-individuel');
    expect(finder.getAttribute('territory')).to.equal('departement:59');
    expect(finder.getAttribute('map')).to.equal('auto');
    expect(finder.getAttribute('view')).to.equal('list');
    expect(finder.client).to.equal(fake);
    // The list shows without any map code: the map loads only when asked for.
    await waitUntil(() => fake.calls.some((call) => call.method === 'searchLieux'), 'the finder searches');
    expect(customElements.get('inclusion-map')).to.equal(undefined);
    expect(finder.shadowRoot?.querySelector('inclusion-map')).to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('nests the finder under "Des lieux près de chez vous" (its title h4, places h5) and keeps "Vos réponses" out of it (RGAA 9.1)', async () => {
    const element = await createOrientation();
    await started(element);
    click(element, 'Commencer');
    await walk(element, fixtures.urgentPath);
    await ended(element);
    const finder = finderOf(element);
    await waitUntil(() => finder.shadowRoot?.querySelector('.item-title'), 'the places');
    // Every shown heading in reading order, through the finder's shadow root (ids, not texts: wording changes).
    const outline: { level: number; id: string; inFinder: boolean }[] = [];
    const visit = (root: ParentNode, inFinder: boolean): void => {
      for (const item of root.querySelectorAll('*')) {
        if (/^h[1-6]$/.test(item.localName) && item.getClientRects().length > 0) {
          const id = item.id || (item.hasAttribute('data-heading') ? 'end-title' : item.className);
          outline.push({ level: Number(item.localName[1]), id, inFinder });
        }
        if (item.shadowRoot) visit(item.shadowRoot, inFinder || item === finder);
      }
    };
    visit(rootOf(element), false);
    // The heading each one sits under: the last one before it with a lower level.
    const parentOf = (index: number) =>
      outline
        .slice(0, index)
        .reverse()
        .find((item) => item.level < outline[index]!.level);
    const skipped = outline.filter((item, index) => index > 0 && item.level > outline[index - 1]!.level + 1);
    expect(skipped, 'headings after a skipped level').to.deep.equal([]);
    const title = outline.findIndex((item) => item.inFinder && item.id === 'title');
    expect(outline[title]?.level, 'the finder’s title').to.equal(4);
    expect(parentOf(title)?.id).to.equal('end-places');
    const inFinder = outline.filter((item) => item.inFinder);
    expect(inFinder.filter((item) => item.id === 'item-title').length).to.be.greaterThan(0);
    expect(
      new Set(inFinder.filter((item) => item.id === 'item-title').map((item) => item.level)),
    ).to.deep.equal(new Set([5]));
    expect(inFinder.every((item) => item.level > 3)).to.equal(true);
    const answers = outline.findIndex((item) => item.id === 'end-answers');
    expect(outline[answers]).to.include({ level: 3, inFinder: false });
    expect(parentOf(answers)?.id).to.equal('end-title');
  });

  it('adds the parallel equipment outcome when a device is missing, and shows its places on request (axe on every question)', async () => {
    const element = await createOrientation();
    await started(element);
    click(element, 'Commencer');
    await walk(
      element,
      [
        ['qui', 'moi'],
        ['demarche-urgente', 'non'],
        ['appareil', 'aucun'],
        ['internet', 'non'],
        ['objectif', 'emploi'],
        ['aise-appareil', 'bases'],
        ['aise-en-ligne', 'avec-aide'],
        ['distance', '5-km'],
        ['besoin-specifique', 'surdite', 'lecture'],
        ['gratuit', 'oui'],
        ['a-distance'],
      ],
      { accessible: true },
    );
    await ended(element);
    expect(rootOf(element).querySelector('[part="outcome"] .level')?.textContent).to.equal(
      'Niveau 3 : aller plus loin',
    );
    const parallel = rootOf(element).querySelector('.parallel-outcome')!;
    expect(parallel.querySelector('.outcome-title')?.textContent).to.equal('Avoir un appareil et internet');
    const finder = finderOf(element);
    expect(finder.getAttribute('services')).to.equal('insertion-professionnelle-via-le-numerique');
    expect(finder.getAttribute('radius-km')).to.equal('5');
    expect(finder.getAttribute('frais-a-charge')).to.equal('gratuit');
    expect(finder.getAttribute('prise-en-charge-specifique')).to.equal('surdite,illettrisme');
    await expect(element).to.be.accessible();
    // Its name says what "cela" is (RGAA 11.9); the visible text starts it (WCAG 2.5.3).
    expect(
      buttonNamed(element, /Voir les lieux pour cela/)
        ?.textContent?.replace(/\s+/g, ' ')
        .trim(),
    ).to.equal('Voir les lieux pour cela : Avoir un appareil et internet');
    click(element, /Voir les lieux pour cela/);
    await element.updateComplete;
    expect(finder.getAttribute('services')).to.equal(
      'acces-internet-et-materiel-informatique,acquisition-de-materiel-informatique-a-prix-solidaire',
    );
    expect(finder.getAttribute('frais-a-charge')).to.equal('gratuit');
    expect(rootOf(element).querySelector('#end-places')?.textContent?.trim()).to.equal(
      'Lieux pour : Avoir un appareil et internet',
    );
    expect(buttonNamed(element, /Voir les lieux pour cela/)?.getAttribute('aria-pressed')).to.equal('true');
    click(element, 'Revenir aux lieux pour l’aide principale');
    await element.updateComplete;
    expect(finder.getAttribute('services')).to.equal('insertion-professionnelle-via-le-numerique');
  });

  it('reuses a quiz result given as an attribute: its skills questions are not asked', async () => {
    const element = await createOrientation({
      attributes: `territory="departement:59" quiz-result='{"band":"autonome","areas":[{"framework":"environnement-numerique","band":"debutant"}]}'`,
    });
    await started(element);
    expect(rootOf(element).querySelector('.facts')?.textContent).to.contain(
      'résultat de votre questionnaire',
    );
    click(element, 'Commencer');
    const asked = await walk(element, [
      ['qui', 'moi'],
      ['demarche-urgente', 'non'],
      ['appareil', 'ordinateur'],
      ['internet', 'oui'],
      ['objectif', 'quotidien'],
      ['distance'],
      ['besoin-specifique'],
      ['gratuit'],
      ['a-distance'],
    ]);
    expect(asked).to.not.include('aise-appareil');
    await ended(element);
    // The device skill came from the quiz's area (débutant): the basics first.
    expect(rootOf(element).querySelector('[part="outcome"] .outcome-title')?.textContent).to.equal(
      'Apprendre les bases, accompagné',
    );
    const items = [...rootOf(element).querySelectorAll('.answer-item')].map((item) => item.textContent ?? '');
    expect(items.find((text) => text.includes('vous êtes plutôt'))).to.contain('d’après le questionnaire');
    // The programmes this help puts first narrow the places only on request.
    const finder = finderOf(element);
    expect(rootOf(element).querySelector('.prefer')?.textContent).to.equal(
      'À choisir en premier : Conseillers numériques.',
    );
    expect(finder.hasAttribute('dispositif-programmes-nationaux')).to.equal(false);
    expect(
      buttonNamed(element, /Montrer seulement ces lieux/)
        ?.textContent?.replace(/\s+/g, ' ')
        .trim(),
    ).to.equal('Montrer seulement ces lieux : Conseillers numériques');
    click(element, /Montrer seulement ces lieux/);
    await element.updateComplete;
    expect(finder.getAttribute('dispositif-programmes-nationaux')).to.equal('conseillers-numeriques');
    expect(buttonNamed(element, /Montrer seulement ces lieux/)?.getAttribute('aria-pressed')).to.equal(
      'true',
    );
    await expect(element).to.be.accessible();
  });

  it('shows a pressed toggle as pressed to the eye too: filled and checked, not only aria-pressed', async () => {
    const element = await createOrientation({
      attributes: `territory="departement:59" quiz-result='{"band":"autonome","areas":[{"framework":"environnement-numerique","band":"debutant"}]}'`,
    });
    await started(element);
    click(element, 'Commencer');
    await walk(element, [
      ['qui', 'moi'],
      ['demarche-urgente', 'non'],
      ['appareil', 'aucun'],
      ['internet', 'oui'],
      ['objectif', 'quotidien'],
      ['distance'],
      ['besoin-specifique'],
      ['gratuit'],
      ['a-distance'],
    ]);
    await ended(element);
    for (const name of ['Montrer seulement ces lieux', 'Voir les lieux pour cela']) {
      const button = buttonNamed(element, new RegExp(name))!;
      const before = getComputedStyle(button).backgroundColor;
      expect(button.querySelector('.pressed-mark'), `${name}: no mark before`).to.equal(null);
      button.click();
      await element.updateComplete;
      expect(button.getAttribute('aria-pressed')).to.equal('true');
      expect(getComputedStyle(button).backgroundColor, `${name}: filled`).to.not.equal(before);
      const mark = button.querySelector('.pressed-mark')!;
      expect(mark.textContent).to.equal('✓');
      expect(mark.getAttribute('aria-hidden')).to.equal('true');
      await expect(element).to.be.accessible();
      button.click();
      await element.updateComplete;
      expect(getComputedStyle(button).backgroundColor, `${name}: not filled again`).to.equal(before);
    }
    await emulateMedia({ forcedColors: 'active' });
    try {
      const button = buttonNamed(element, /Montrer seulement ces lieux/)!;
      button.click();
      await element.updateComplete;
      // Highlight, not the background of a button that is not pressed.
      expect(getComputedStyle(button).backgroundColor).to.not.equal(
        getComputedStyle(buttonNamed(element, 'Recommencer')!).backgroundColor,
      );
    } finally {
      await emulateMedia({ forcedColors: 'none' });
    }
  });

  it('reuses a quiz completed on the page, and a result given as a property', async () => {
    const element = await createOrientation();
    await started(element);
    const quizEvent = Object.assign(new Event('inclusion-quiz-complete', { bubbles: true, composed: true }), {
      quizId: 'competences-numeriques',
      level: 3,
      band: 'autonome',
      services: [],
      areas: [{ id: 'demarches', framework: 'demarches-en-ligne', mastery: 1, band: 'autonome' }],
    });
    document.body.dispatchEvent(quizEvent);
    await element.updateComplete;
    expect(rootOf(element).querySelector('.facts')?.textContent).to.contain(
      'résultat de votre questionnaire',
    );
    click(element, 'Commencer');
    const asked = await walk(element, [
      ['qui', 'moi'],
      ['demarche-urgente', 'non'],
      ['appareil', 'ordinateur'],
      ['internet', 'oui'],
      ['objectif', 'demarches'],
      ['distance'],
      ['besoin-specifique'],
      ['gratuit'],
      ['a-distance'],
    ]);
    expect(asked).to.not.include.members(['aise-appareil', 'aise-en-ligne']);
    await ended(element);
    expect(rootOf(element).querySelector('[part="outcome"] .outcome-title')?.textContent).to.equal(
      'Gagner en assurance pour vos démarches',
    );

    const other = await createOrientation();
    other.quizResult = { band: 'debutant', areas: [] };
    await started(other);
    click(other, 'Commencer');
    const otherAsked = await walk(other, [
      ['qui', 'moi'],
      ['demarche-urgente', 'non'],
      ['appareil'],
      ['internet'],
      ['objectif', 'creer'],
      ['distance'],
      ['besoin-specifique'],
      ['gratuit'],
      ['a-distance'],
    ]);
    expect(otherAsked).to.not.include('aise-appareil');
    await ended(other);
    expect(rootOf(other).querySelector('[part="outcome"] .outcome-title')?.textContent).to.equal(
      'Apprendre les bases, accompagné',
    );
  });

  it('changes an answer from the end screen, asks only what the change brings up, and updates the help', async () => {
    const element = await createOrientation();
    await started(element);
    click(element, 'Commencer');
    await walk(element, fixtures.urgentPath);
    await ended(element);
    click(element, /Modifier : Avez-vous une démarche à faire en ligne bientôt/);
    await screen(element, 'Avez-vous une démarche à faire en ligne bientôt ?');
    expect(buttonNamed(element, 'Retour à l’aide proposée')).to.exist;
    await answer(element, 'non');
    await walk(element, [
      ['objectif', 'securite'],
      ['aise-appareil', 'aise'],
      ['aise-en-ligne', 'seul'],
    ]);
    await ended(element);
    expect(rootOf(element).querySelector('[part="outcome"] .outcome-title')?.textContent).to.equal(
      'Se protéger en ligne',
    );
    expect(finderOf(element).getAttribute('services')).to.equal('utilisation-securisee-du-numerique');
    click(element, 'Recommencer');
    await screen(element, 'Pour qui cherchez-vous de l’aide ?');
    expect(rootOf(element).querySelector<HTMLInputElement>('input:checked')).to.equal(null);
  });

  it('prepares an orientation sheet to print alone or send by e-mail, and sends nothing to a server', async () => {
    const fake = fakeWith();
    const element = await createOrientation({ fake });
    await started(element);
    click(element, 'Commencer');
    await walk(element, fixtures.urgentPath);
    await ended(element);
    click(element, 'Préparer une fiche d’orientation');
    await waitUntil(() => rootOf(element).querySelector('[part="fiche"]'), 'the sheet');
    await expect(element).to.be.accessible();
    const type = async (name: string, value: string) => {
      const field = rootOf(element).querySelector<HTMLInputElement | HTMLTextAreaElement>(
        `[name="${name}"]`,
      )!;
      field.value = value;
      field.dispatchEvent(new Event('input'));
      await element.updateComplete;
    };
    await type('beneficiary', 'Mme <b>Durand</b>');
    await type('notes', 'Dossier CAF à finir avant le 30.\nApporter le courrier.');
    await type('referrer', 'Paul Martin');
    await type('structure', 'CCAS de Lille');
    await type('to', 'accueil@example.org');

    // The place opened in the finder is copied into the sheet.
    finderOf(element).dispatchEvent(
      Object.assign(new Event('inclusion-venue-select', { bubbles: true, composed: true }), {
        id: 'exemple-lille-france-services',
      }),
    );
    await waitUntil(
      () => rootOf(element).querySelector<HTMLInputElement>('[name="place"]')?.value.includes('Lille'),
      'the place copied',
    );
    const sheet = rootOf(element).querySelector('.fiche-sheet')!;
    expect(sheet.textContent).to.contain('Mme <b>Durand</b>');
    expect(sheet.querySelector('b')).to.equal(null);
    expect(sheet.textContent).to.contain('Paul Martin, CCAS de Lille');
    expect(sheet.textContent).to.contain('Faire votre démarche avec quelqu’un, dès maintenant');
    // The sheet is for professionals: the national strategy's name of the level.
    expect(sheet.textContent).to.contain('Niveau 1 : urgence numérique');

    const mail = buttonNamed(element, 'Envoyer par e-mail') as HTMLAnchorElement;
    expect(mail.href.startsWith('mailto:accueil@example.org?subject=')).to.equal(true);
    const body = decodeURIComponent(new URL(mail.href).searchParams.get('body') ?? '');
    expect(body).to.contain('Personne orientée : Mme <b>Durand</b>');
    expect(body).to.contain('Dossier CAF à finir avant le 30.\r\nApporter le courrier.');
    expect(body).to.contain('Lieu choisi : ');
    expect(body).to.contain('Démarche en ligne urgente (droit, aide ou pénalité en jeu) ? Oui');

    // "Imprimer la fiche": the widget keeps only the sheet while the browser prints.
    const print = window.print;
    let printingSheetOnly = false;
    window.print = () => {
      printingSheetOnly = Boolean(rootOf(element).querySelector('.base.printing-fiche'));
      window.dispatchEvent(new Event('afterprint'));
    };
    try {
      click(element, 'Imprimer la fiche');
    } finally {
      window.print = print;
    }
    expect(printingSheetOnly).to.equal(true);
    expect(rootOf(element).querySelector('.printing-fiche')).to.equal(null);
    expect(fake.calls.map((call) => call.method)).to.not.include('postEvenements');
  });

  it('gives the purpose of the sheet’s fields about the professional, and none to the others (RGAA 11.13)', async () => {
    const element = await createOrientation({ attributes: 'territory="departement:59" mode="professional"' });
    await started(element);
    click(element, 'Commencer');
    await walk(element, fixtures.urgentPath.slice(1));
    await ended(element);
    const autocomplete = Object.fromEntries(
      [...rootOf(element).querySelectorAll<HTMLInputElement>('.fiche-form input, .fiche-form textarea')].map(
        (field) => [field.name, field.getAttribute('autocomplete')],
      ),
    );
    expect(autocomplete).to.deep.equal({
      beneficiary: 'off',
      notes: null,
      referrer: 'name',
      structure: 'organization',
      place: 'off',
      to: 'off',
    });
    await expect(element).to.be.accessible();
  });

  it('prints the sheet and the help without the finder, the form or the buttons', async () => {
    const element = await createOrientation({ attributes: 'territory="departement:59" mode="professional"' });
    await started(element);
    click(element, 'Commencer');
    await walk(element, fixtures.urgentPath.slice(1));
    await ended(element);
    const shown = (selector: string) => {
      const node = rootOf(element).querySelector(selector);
      return node ? getComputedStyle(node).display !== 'none' : false;
    };
    await emulateMedia({ media: 'print' });
    try {
      expect(shown('.fiche-sheet')).to.equal(true);
      expect(shown('[part="outcome"]')).to.equal(true);
      expect(shown('.places')).to.equal(false);
      expect(shown('.fiche-form')).to.equal(false);
      expect(shown('.fiche-actions')).to.equal(false);
      rootOf(element).querySelector('.base')!.classList.add('printing-fiche');
      expect(shown('[part="outcome"]')).to.equal(false);
      expect(shown('.fiche-sheet')).to.equal(true);
    } finally {
      rootOf(element).querySelector('.base')!.classList.remove('printing-fiche');
      await emulateMedia({ media: 'screen' });
    }
  });

  it('mode="professional": no audience question, terse wording, the sheet open at the end', async () => {
    const element = await createOrientation({ attributes: 'territory="departement:59" mode="professional"' });
    await started(element);
    expect(rootOf(element).querySelector('.facts')?.textContent).to.contain('Orientation d’un usager');
    click(element, 'Commencer');
    await screen(element, 'Démarche en ligne urgente (droit, aide ou pénalité en jeu) ?');
    expect(status(element)).to.equal('Question 1 sur 10');
    await expect(element).to.be.accessible();
    await answer(element, 'oui');
    await screen(element, 'Peut-elle la faire seule si on lui montre ?');
    const choices = [...rootOf(element).querySelectorAll('.choice span')].map((item) => item.textContent);
    expect(choices).to.include('Non, il faut la faire avec elle ou pour elle');
    await walk(element, fixtures.urgentPath.slice(2));
    await ended(element);
    expect(heading(element)).to.equal('Orientation proposée');
    expect(rootOf(element).querySelector('[part="outcome"] .level')?.textContent).to.equal(
      'Niveau 1 : urgence numérique',
    );
    expect(rootOf(element).querySelector('[part="fiche"]')).to.exist;
    const items = [...rootOf(element).querySelectorAll('.answer-question')].map((item) => item.textContent);
    expect(items[0]).to.equal('Démarche en ligne urgente (droit, aide ou pénalité en jeu) ?');
    expect(items).to.not.include('Qui répond ?');
    await expect(element).to.be.accessible();
  });

  it('can be taken with the keyboard alone, from start to the sheet', async () => {
    const element = await createOrientation();
    await started(element);
    await tabTo(element, isButton('Commencer'));
    await sendKeys({ press: 'Enter' });
    await screen(element, 'Pour qui cherchez-vous de l’aide ?');
    expect(focused(element)?.localName).to.equal('h2');
    const chooseAndGo = async (name: string, arrows: number) => {
      await tabTo(element, (active) => (active as HTMLInputElement).name === name);
      // Tab lands on the group's first radio without checking it; Space checks it, arrows move on.
      await sendKeys({ press: 'Space' });
      for (let index = 0; index < arrows; index += 1) await sendKeys({ press: 'ArrowDown' });
      await tabTo(element, isButton('Suivant'));
      const before = heading(element);
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => heading(element) !== before, `left ${before}`);
      await element.updateComplete;
    };
    await chooseAndGo('qui', 0);
    await chooseAndGo('demarche-urgente', 0);
    await chooseAndGo('demarche-seul', 1);
    await chooseAndGo('appareil', 2);
    await chooseAndGo('internet', 0);
    expect(focused(element)?.localName).to.equal('h2');
    // Practical needs skipped with "Passer cette question".
    for (const name of ['distance', 'besoin-specifique', 'gratuit', 'a-distance']) {
      expect(rootOf(element).querySelector<HTMLInputElement>('.choice input')?.name).to.equal(name);
      await tabTo(element, isButton('Passer cette question'));
      const before = heading(element);
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => heading(element) !== before, `left ${before}`);
    }
    await ended(element);
    expect(focused(element)?.localName).to.equal('h2');
    expect(rootOf(element).querySelector('[part="outcome"] .level')?.textContent).to.contain('Niveau 1');
    expect(rootOf(element).querySelector('.parallel-outcome')).to.exist;
    // The sheet: open, type, and reach its e-mail link, all by keyboard (past the finder's own controls).
    await tabTo(element, isButton('Préparer une fiche d’orientation'), 80);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => rootOf(element).querySelector('[part="fiche"]'), 'the sheet');
    await tabTo(element, (active) => active.id === 'fiche-beneficiary', 4);
    await sendKeys({ type: 'M. Keyboard' });
    await waitUntil(() =>
      rootOf(element).querySelector('.fiche-sheet')?.textContent?.includes('M. Keyboard'),
    );
    await tabTo(
      element,
      (active) => active.localName === 'a' && active.textContent?.trim() === 'Envoyer par e-mail',
      10,
    );
  });

  it('saves each answer in the browser and offers to resume, on the same question, or on the end', async () => {
    const storage = new MemoryStorage();
    const first = await createOrientation({ storage });
    await started(first);
    click(first, 'Commencer');
    await walk(first, fixtures.urgentPath.slice(0, 3));
    await screen(first, 'Avez-vous un appareil à vous pour aller sur internet ?');
    first.remove();
    const saved = JSON.parse(
      storage.getItem(progressKey({ id: 'trouver-la-bonne-aide', version: 1, locale: 'fr' }))!,
    );
    expect(saved).to.deep.include({ format: 1, screen: 'question', question: 'appareil' });
    expect(JSON.stringify(saved)).to.not.match(/Durand|beneficiary/);

    const again = await createOrientation({ storage });
    await started(again);
    expect(rootOf(again).querySelector('.resume')?.textContent).to.contain('Vous aviez commencé à répondre.');
    await expect(again).to.be.accessible();
    click(again, 'Reprendre');
    await screen(again, 'Avez-vous un appareil à vous pour aller sur internet ?');
    await walk(again, fixtures.urgentPath.slice(3));
    await ended(again);
    again.remove();

    const third = await createOrientation({ storage });
    await started(third);
    let fired = 0;
    third.addEventListener('inclusion-orientation-complete', () => (fired += 1));
    click(third, 'Revoir l’aide proposée');
    await ended(third);
    expect(fired).to.equal(0);
    click(third, 'Recommencer');
    await screen(third, 'Pour qui cherchez-vous de l’aide ?');
    // The answers are forgotten; the new run saves its own progress.
    expect(JSON.parse([...storage.items.values()][0]!).answers).to.deep.equal({});
  });

  it('shows an API error with a retry, then the orientation', async () => {
    const fake = fakeWith();
    fake.failNext(new HttpError({ url: '/v1/orientations/trouver-la-bonne-aide', status: 503 }));
    const element = await createOrientation({ fake });
    await waitUntil(() => rootOf(element).querySelector('[part="problem"]'), 'problem shown');
    await expect(element).to.be.accessible();
    click(element, 'Réessayer');
    await started(element);
  });

  it('loads a flow from src, checked, and lists the problems of a broken one', async () => {
    const src = new URL('/packages/content/orientations/trouver-la-bonne-aide.en.json', location.href).href;
    const fake = fakeWith();
    const element = await createOrientation({ fake, attributes: `src="${src}"` });
    await started(element);
    expect(heading(element)).to.equal('Find the right help with digital tools');
    expect(fake.calls).to.have.length(0);

    const broken = new URL('/packages/orientation/test-fixtures/invalid-orientation.json', location.href)
      .href;
    const warn = console.warn;
    console.warn = () => {};
    try {
      const invalid = await createOrientation({ attributes: `src="${broken}"` });
      await waitUntil(() => rootOf(invalid).querySelector('[part="source-error"]'), 'problems shown');
      const problems = [...rootOf(invalid).querySelectorAll('[part="source-error"] li')].map((item) =>
        item.textContent?.trim(),
      );
      expect(problems).to.deep.equal([
        'audience.helping — "autre" is not a choice of question "qui"',
        'outcomes.0.when — a parallel outcome needs a "when"',
      ]);
      await expect(invalid).to.be.accessible();
    } finally {
      console.warn = warn;
    }
  });

  it('speaks English with lang="en" and asks the API for that language', async () => {
    const fake = fakeWith(flowEn);
    const element = await createOrientation({ fake, attributes: 'lang="en" territory="departement:59"' });
    await started(element);
    expect(heading(element)).to.equal('Find the right help with digital tools');
    expect(buttonNamed(element, 'Start')).to.exist;
    click(element, 'Start');
    await screen(element, 'Who are you looking for help for?');
    expect(rootOf(element).querySelector('.step')?.textContent?.trim()).to.equal('Step 1 of 6: Who for');
    await expect(element).to.be.accessible();
  });

  it('names a bad setting and works on without it; flow and src together are refused', async () => {
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (...data: unknown[]) => warnings.push(data.join(' '));
    try {
      const element = await createOrientation({ attributes: 'quiz-result="expert" mode="boss"' });
      await started(element);
      const notice = rootOf(element).querySelector('[part="config-notice"]')?.textContent ?? '';
      expect(notice).to.contain('quiz-result');
      expect(notice).to.contain('mode');
      const both = await createOrientation({ attributes: 'flow="x" src="https://example.org/o.json"' });
      await both.updateComplete;
      expect(rootOf(both).querySelector('[part="config-error"]')?.textContent).to.contain('flow ou src');
      expect(warnings.some((line) => line.includes('src="https://example.org/o.json"'))).to.equal(true);
    } finally {
      console.warn = warn;
    }
  });

  it('sends one anonymous statistics event only with stats and partner', async () => {
    const fake = fakeWith();
    const element = await createOrientation({
      fake,
      attributes: 'territory="departement:59" stats partner="mairie-exemple"',
    });
    await started(element);
    expect(rootOf(element).querySelector('.facts')?.textContent).to.contain(
      'Seule l’aide proposée est comptée',
    );
    click(element, 'Commencer');
    await walk(element, fixtures.urgentPath);
    await ended(element);
    const sent = fake.calls.filter((call) => call.method === 'postEvenements');
    expect(sent.map((call) => call.args[0])).to.deep.equal([
      {
        partenaire: 'mairie-exemple',
        evenements: [
          {
            type: 'orientation-resultat',
            widget: 'orientation',
            orientation: 'trouver-la-bonne-aide',
            resultat: 'demarche-faite-avec-vous',
            niveau: 1,
          },
        ],
      },
    ]);
  });

  it('shows hostile texts of a definition as text', async () => {
    const hostile = structuredClone(flowFr) as { title: string; questions: { text: string }[] };
    hostile.title = '<img src=x onerror="window.hacked=1">Titre';
    hostile.questions[0]!.text = '<script>window.hacked=1</script>Qui ?';
    const element = await createOrientation({ fake: fakeWith(hostile as OrientationDefinitionInput) });
    await started(element);
    expect(heading(element)).to.equal('<img src=x onerror="window.hacked=1">Titre');
    expect(rootOf(element).querySelector('img')).to.equal(null);
    click(element, 'Commencer');
    await screen(element, '<script>window.hacked=1</script>Qui ?');
    expect(rootOf(element).querySelector('script')).to.equal(null);
    expect((window as { hacked?: number }).hacked).to.equal(undefined);
  });

  it('takes the main colour from color, with no style attribute in its shadow root', async () => {
    const element = await createOrientation({ attributes: 'color="#6a1b9a"' });
    await started(element);
    expect(element.style.getPropertyValue('--inclusion-color-primary')).to.equal('#6a1b9a');
    expect(rootOf(element).querySelector('[style]')).to.equal(null);
  });
  it('explains the terms of its questions with the glossary, its definition right after the term', async () => {
    const element = await createOrientation();
    await started(element);
    click(element, 'Commencer');
    await screen(element, 'Pour qui cherchez-vous de l’aide ?');
    await answer(element, 'moi');
    await screen(element, 'Avez-vous une démarche à faire en ligne bientôt ?');
    await waitUntil(() => rootOf(element).querySelector('h2 .glossary-term'), 'the term in the question');
    const term = rootOf(element).querySelector<HTMLButtonElement>('h2 .glossary-term')!;
    expect(term.textContent).to.equal('démarche');
    term.click();
    const panel = rootOf(element).getElementById(term.getAttribute('aria-controls')!)!;
    await waitUntil(() => !panel.hidden, 'the definition open');
    expect(term.nextElementSibling).to.equal(panel);
    expect(panel.textContent).to.contain('service public');
    await expect(element).to.be.accessible();
    term.click();
    await element.updateComplete;
    expect(term.getAttribute('aria-expanded')).to.equal('false');
    expect(panel.hidden).to.equal(true);
    await expect(element).to.be.accessible();
  });
});
