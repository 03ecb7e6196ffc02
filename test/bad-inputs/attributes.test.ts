// Issue 9, bad inputs: the attributes of the three widgets, one case a test (docs/bad-inputs.md, "Widget
// attributes"). A webmaster's mistake is shown in the widget (a panel in its place, or a notice above it when the
// widget works on without the setting), fired as `inclusion-config-error` and written to the console, in English,
// with the `<tag>:` prefix. Cases already covered by a widget's own tests are named in the catalogue, not repeated.
import { expect, waitUntil, fixture, html } from '@open-wc/testing';
import type { InclusionApi } from '@inclusion-widgets/core';
import type { InclusionConfigErrorEvent } from '@inclusion-widgets/ui';
import '../../packages/venue-finder/src/define.js';
import '../../packages/quiz/src/define.js';
import '../../packages/orientation/src/define.js';
import { FakeClient } from '../fake-client.js';

type Tag = 'inclusion-venue-finder' | 'inclusion-quiz' | 'inclusion-orientation';

/** A widget set up by a webmaster, with what it said about its attributes. */
interface Configured<K extends Tag> {
  readonly element: HTMLElementTagNameMap[K];
  /** The `inclusion-config-error` events it fired. */
  readonly events: InclusionConfigErrorEvent[];
  /** Its console warnings, each as one line. */
  readonly warnings: string[];
}

let warnings: string[] = [];
const consoleWarn = console.warn;

beforeEach(() => {
  warnings = [];
  console.warn = (...data: unknown[]) => warnings.push(data.map(String).join(' '));
});

afterEach(() => {
  console.warn = consoleWarn;
});

/** The default settings of each widget, which a case changes. */
const defaults: Record<Tag, Record<string, string>> = {
  'inclusion-venue-finder': { near: '3.0635,50.6366', map: 'off' },
  'inclusion-quiz': { quiz: 'quiz-exemple' },
  'inclusion-orientation': { flow: 'orientation-exemple', territory: 'departement:59' },
};

/**
 * Puts a widget on the page as an HTML snippet would, with `attributes` over its defaults (`null` removes one),
 * the fake client unless `client` is `null`, and no saved progress.
 */
async function configure<K extends Tag>(
  tag: K,
  attributes: Record<string, string | null>,
  client: InclusionApi | null = new FakeClient(),
): Promise<Configured<K>> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries({ ...defaults[tag], ...attributes })) {
    if (value !== null) element.setAttribute(name, value);
  }
  if (client) element.client = client;
  if ('storage' in element) element.storage = null;
  const events: InclusionConfigErrorEvent[] = [];
  container.addEventListener('inclusion-config-error', (event) => events.push(event));
  container.append(element);
  await element.updateComplete;
  return { element, events, warnings };
}

const rootOf = (element: HTMLElement) => element.shadowRoot!;
const partText = (element: HTMLElement, part: string) =>
  rootOf(element).querySelector(`[part="${part}"]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/**
 * The widget shows the configuration panel in its place naming `attribute` and why, fired the event naming it,
 * wrote a console line naming it with its value, and is accessible.
 */
async function expectConfigError(
  { element, events }: Configured<Tag>,
  attribute: string,
  reason: string,
): Promise<void> {
  const panel = partText(element, 'config-error');
  expect(panel).to.contain('Ce module ne peut pas s’afficher.');
  expect(panel).to.contain(`attribut « ${attribute} » : ${reason}`);
  expect(rootOf(element).querySelector('[part="base"]'), 'no content').to.equal(null);
  expectReported({ element, events, warnings }, attribute);
  await expect(element).to.be.accessible();
}

/**
 * The widget works on under a notice naming `attribute` and why, fired the event naming it as recovered, wrote a
 * console line saying it is ignored, and is accessible.
 */
async function expectConfigNotice(
  { element, events }: Configured<Tag>,
  attribute: string,
  reason: string,
): Promise<void> {
  expect(partText(element, 'config-notice')).to.contain(`attribut « ${attribute} » : ${reason}`);
  expect(rootOf(element).querySelector('[part="config-error"]')).to.equal(null);
  expect(rootOf(element).querySelector('[part="base"]'), 'the widget itself').to.not.equal(null);
  expectReported({ element, events, warnings }, attribute);
  expect(events.flatMap((event) => event.issues).find((issue) => issue.attribute === attribute)).to.include({
    recovered: true,
  });
  expect(warnings.find((line) => line.includes(`attribute ${attribute}=`))).to.contain(
    '(ignored: the widget works without it)',
  );
  await expect(element).to.be.accessible();
}

function expectReported({ element, events }: Configured<Tag>, attribute: string): void {
  const value = element.getAttribute(attribute);
  expect(events.length, 'inclusion-config-error fired').to.be.greaterThan(0);
  expect(
    events.flatMap((event) => event.issues).map((issue) => [issue.attribute, issue.value]),
  ).to.deep.include([attribute, value]);
  const written =
    value === null ? `attribute "${attribute}" is missing` : `attribute ${attribute}="${value}"`;
  expect(
    warnings.some((line) => line.startsWith(`<${element.localName}>: ${written}: `)),
    `a console line "<${element.localName}>: ${written}: …" in ${JSON.stringify(warnings)}`,
  ).to.equal(true);
}

/**
 * A `src` file refused: the event names `src` with the file's problems as its reason, and a console line says the
 * file at that address is not valid.
 */
function expectFileReported({ element, events }: Configured<Tag>, kind: string, problem: string): void {
  const src = element.getAttribute('src')!;
  const issues = events.flatMap((event) => event.issues);
  expect(issues.map((issue) => [issue.attribute, issue.value])).to.deep.equal([['src', src]]);
  expect(issues[0]?.reason).to.contain(problem);
  expect(
    warnings.some((line) => line.startsWith(`<${element.localName}>: the ${kind} at ${src} is not valid:`)),
    JSON.stringify(warnings),
  ).to.equal(true);
}

/** Waits for the list of problems of a `src` definition, and returns them. */
async function sourceProblems(element: HTMLElement): Promise<string[]> {
  await waitUntil(() => rootOf(element).querySelector('[part="source-error"]'), 'problems of the file shown');
  return [...rootOf(element).querySelectorAll('[part="source-error"] li')].map(
    (item) => item.textContent?.replace(/\s+/g, ' ').trim() ?? '',
  );
}

const fixtureUrl = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).href;

describe('bad inputs: widget attributes', () => {
  describe('<inclusion-venue-finder>', () => {
    it('unknown slug in a filter attribute (frais-a-charge="cher gratuit")', async () => {
      const configured = await configure('inclusion-venue-finder', { 'frais-a-charge': 'cher gratuit' });
      await expectConfigNotice(configured, 'frais-a-charge', 'la valeur « cher » n’existe pas.');
    });

    it('unknown filter group in hide-filters (hide-filters="prix")', async () => {
      const configured = await configure('inclusion-venue-finder', { 'hide-filters': 'prix' });
      await expectConfigNotice(configured, 'hide-filters', 'la valeur « prix » n’existe pas.');
    });

    it('malformed territory (territory="59")', async () => {
      const configured = await configure('inclusion-venue-finder', { territory: '59' });
      await expectConfigError(configured, 'territory', '« 59 » n’est pas un territoire.');
    });

    it('territory of an unknown kind or code (territory="pays:fr", "departement:999")', async () => {
      for (const territory of ['pays:fr', 'departement:999']) {
        const configured = await configure('inclusion-venue-finder', { territory });
        await expectConfigError(configured, 'territory', `« ${territory} » n’est pas un territoire.`);
      }
    });

    it('malformed near (near="Lille")', async () => {
      const configured = await configure('inclusion-venue-finder', { near: 'Lille' });
      await expectConfigNotice(configured, 'near', '« Lille » n’est pas un point.');
    });

    it('coordinates out of range in near (near="50.6366,200")', async () => {
      const configured = await configure('inclusion-venue-finder', { near: '50.6366,200' });
      await expectConfigNotice(configured, 'near', '« 50.6366,200 » est hors limites');
    });

    it('radius-km out of range or not a number (radius-km="500", "10km")', async () => {
      const tooFar = await configure('inclusion-venue-finder', { 'radius-km': '500' });
      await expectConfigNotice(tooFar, 'radius-km', '500 doit être entre 1 et 100.');
      warnings.length = 0;
      const notANumber = await configure('inclusion-venue-finder', { 'radius-km': '10km' });
      await expectConfigNotice(notANumber, 'radius-km', '« 10km » n’est pas un nombre.');
    });

    it('unknown view or map (view="grille", map="peut-etre")', async () => {
      const configured = await configure('inclusion-venue-finder', { view: 'grille', map: 'peut-etre' });
      await expectConfigNotice(configured, 'view', 'la valeur « grille » n’est pas valide.');
      expect(partText(configured.element, 'config-notice')).to.contain('attribut « map »');
    });

    it('boolean attribute with an odd value (open-now="false", sync-url="non")', async () => {
      const configured = await configure('inclusion-venue-finder', {
        'open-now': 'false',
        'sync-url': 'non',
      });
      await expectConfigNotice(configured, 'open-now', '« false » ne convient pas.');
      expect(partText(configured.element, 'config-notice')).to.contain('attribut « sync-url »');
      expect(location.search).not.to.contain('lieux-');
    });

    it('invalid report-email (report-email="accueil")', async () => {
      const configured = await configure('inclusion-venue-finder', { 'report-email': 'accueil' });
      await expectConfigNotice(configured, 'report-email', '« accueil » n’est pas une adresse e-mail.');
    });
  });

  describe('every widget', () => {
    const tags: readonly Tag[] = ['inclusion-venue-finder', 'inclusion-quiz', 'inclusion-orientation'];

    it('non-HTTP api URL (javascript:, data:, ftp:, a bare host)', async () => {
      for (const tag of tags) {
        for (const api of [
          'javascript:alert(1)',
          'data:text/html,x',
          'ftp://api.example.org',
          'api.example.org',
        ]) {
          warnings.length = 0;
          const configured = await configure(tag, { api }, null);
          await expectConfigError(
            configured,
            'api',
            `« ${api} » n’est pas une adresse web en http ou https.`,
          );
        }
      }
    });

    it('unknown lang (lang="de")', async () => {
      for (const tag of tags) {
        warnings.length = 0;
        const configured = await configure(tag, { lang: 'de' });
        await waitUntil(() => rootOf(configured.element).querySelector('[part="base"]'), 'content');
        await expectConfigNotice(
          configured,
          'lang',
          'la valeur « de » n’est pas valide. Valeurs possibles : fr, en.',
        );
      }
    });

    it('invalid color (color="red", "#12345", an injection)', async () => {
      for (const tag of tags) {
        for (const color of ['red', '#12345', '#123;background:url(https://evil.example/x)']) {
          warnings.length = 0;
          const configured = await configure(tag, { color });
          await expectConfigNotice(configured, 'color', `« ${color} » n’est pas une couleur.`);
          expect(configured.element.style.getPropertyValue('--inclusion-color-primary')).to.equal('');
        }
      }
    });

    it('invalid partner identifier (partner="Ville de Lille")', async () => {
      for (const tag of tags) {
        warnings.length = 0;
        const configured = await configure(tag, { partner: 'Ville de Lille' });
        await expectConfigNotice(configured, 'partner', '« Ville de Lille » n’est pas un identifiant');
      }
    });
  });

  describe('<inclusion-quiz>', () => {
    it('non-HTTP src URL (javascript:, data:, ftp:, a bare host)', async () => {
      for (const src of [
        'javascript:alert(1)',
        'data:application/json,{}',
        'ftp://example.org/q.json',
        'example.org/q.json',
      ]) {
        warnings.length = 0;
        const configured = await configure('inclusion-quiz', { quiz: null, src }, null);
        await expectConfigError(configured, 'src', `« ${src} » n’est pas une adresse web en http ou https.`);
      }
    });

    it('malformed quiz id (quiz="Quiz exemple")', async () => {
      const configured = await configure('inclusion-quiz', { quiz: 'Quiz exemple' });
      await expectConfigError(configured, 'quiz', '« Quiz exemple » n’est pas un identifiant');
    });

    it('unknown quiz id (quiz="quiz-inconnu": the API answers 404)', async () => {
      const { element } = await configure('inclusion-quiz', { quiz: 'quiz-inconnu' });
      await waitUntil(() => rootOf(element).querySelector('[part="problem"]'), 'problem shown');
      expect(partText(element, 'problem')).to.equal('Nous n’avons pas trouvé ce que vous cherchez.');
      expect(
        rootOf(element).querySelector('[part="retry-button"]'),
        'no retry: it would fail again',
      ).to.equal(null);
      await expect(element).to.be.accessible();
    });

    it('boolean attribute with an odd value (stats="oui")', async () => {
      const configured = await configure('inclusion-quiz', { stats: 'oui', partner: 'ville-exemple' });
      await waitUntil(() => rootOf(configured.element).querySelector('[part="start"]'), 'start screen');
      await expectConfigNotice(configured, 'stats', '« oui » ne convient pas.');
      expect(partText(configured.element, 'start')).not.to.contain('statistiques');
    });

    it('quiz definition with a cycle, given by src', async () => {
      const src = fixtureUrl('quiz-cycle.json');
      const { element, events } = await configure('inclusion-quiz', { quiz: null, src }, null);
      expect(await sourceProblems(element)).to.deep.equal([
        'questions.0.visibleIf.none.0.question — "envoyer-mail" is not an earlier question',
      ]);
      expect(partText(element, 'source-error')).to.contain('Ce questionnaire ne peut pas s’afficher.');
      expectFileReported({ element, events, warnings }, 'quiz', '"envoyer-mail" is not an earlier question');
      await expect(element).to.be.accessible();
    });

    it('quiz definition with missing references, given by src', async () => {
      const src = fixtureUrl('quiz-missing-reference.json');
      const { element, events } = await configure('inclusion-quiz', { quiz: null, src }, null);
      expect(await sourceProblems(element)).to.deep.equal([
        'questions.3.area — unknown area "creer"',
        'questions.2.visibleIf.none.0.question — "internet" is not an earlier question',
      ]);
      expectFileReported({ element, events, warnings }, 'quiz', 'questions.3.area — unknown area "creer"');
      await expect(element).to.be.accessible();
    });
  });

  describe('<inclusion-orientation>', () => {
    it('non-HTTP src URL (javascript:, data:, ftp:, a bare host)', async () => {
      for (const src of [
        'javascript:alert(1)',
        'data:application/json,{}',
        'ftp://example.org/o.json',
        'example.org/o.json',
      ]) {
        warnings.length = 0;
        const configured = await configure('inclusion-orientation', { flow: null, src });
        await expectConfigError(configured, 'src', `« ${src} » n’est pas une adresse web en http ou https.`);
      }
    });

    it('malformed territory (territory="Nord")', async () => {
      const configured = await configure('inclusion-orientation', { territory: 'Nord' });
      await expectConfigError(configured, 'territory', '« Nord » n’est pas un territoire.');
    });

    it('unknown flow id (flow="orientation-inconnue": the API answers 404)', async () => {
      const { element } = await configure('inclusion-orientation', { flow: 'orientation-inconnue' });
      await waitUntil(() => rootOf(element).querySelector('[part="problem"]'), 'problem shown');
      expect(partText(element, 'problem')).to.equal('Nous n’avons pas trouvé ce que vous cherchez.');
      await expect(element).to.be.accessible();
    });

    it('boolean attribute with an odd value (stats="0")', async () => {
      const configured = await configure('inclusion-orientation', { stats: '0', partner: 'ville-exemple' });
      await waitUntil(() => rootOf(configured.element).querySelector('[part="start"]'), 'start screen');
      await expectConfigNotice(configured, 'stats', '« 0 » ne convient pas.');
    });

    it('orientation definition with a cycle, given by src', async () => {
      const src = fixtureUrl('orientation-cycle.json');
      const { element, events } = await configure('inclusion-orientation', { flow: null, src });
      expect(await sourceProblems(element)).to.deep.equal([
        'questions.1.visibleIf.all.0.question — "envies" is not an earlier question',
      ]);
      expect(partText(element, 'source-error')).to.contain('Cette orientation ne peut pas s’afficher.');
      expectFileReported({ element, events, warnings }, 'orientation', '"envies" is not an earlier question');
      await expect(element).to.be.accessible();
    });

    it('orientation definition with missing references, given by src', async () => {
      const src = fixtureUrl('orientation-missing-reference.json');
      const { element, events } = await configure('inclusion-orientation', { flow: null, src });
      expect(await sourceProblems(element)).to.deep.equal([
        'questions.1.step — unknown step "materiel"',
        'outcomes.1.when.all.0.question — "revenus" is not an earlier question',
      ]);
      expectFileReported({ element, events, warnings }, 'orientation', 'unknown step "materiel"');
      await expect(element).to.be.accessible();
    });
  });
});
