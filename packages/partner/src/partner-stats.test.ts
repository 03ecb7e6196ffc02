import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { NetworkError, type Statistiques } from '@inclusion-widgets/core';
import './define.js';
import { csvCell, toCsv } from './csv.js';
import * as fixtures from '../../../test/fixtures/index.js';
import {
  backgroundBehind,
  contrast,
  deepElements,
  isRendered,
  isVisuallyHidden,
  parseColor,
} from '../../../test/a11y/helpers.js';
import { FakeStatisticsClient } from './fake-statistics.js';
import type { InclusionPartnerStats } from './partner-stats.js';
import { periodStart, summarize } from './summary.js';

/** Thursday 3 December 2026: the current week starts on Monday 30 November. */
const now = new Date('2026-12-03T10:00:00Z');

const hostileArea = '<img src=x onerror="window.partnerHacked=1">';
const hostileOutcome = '=HYPERLINK("https://evil.example";"clic")';

/** A partner's counters: two quiz weeks, an orientation week, places opened, and a week outside 4 weeks. */
const statistiques: Statistiques = {
  partenaire: 'mairie-exemple',
  depuis: '2026-09-14',
  items: [
    {
      semaine: '2026-10-05',
      widget: 'quiz',
      evenement: 'quiz-termine',
      nombre: 1,
      details: { niveau: { '3': 1 }, domaine_faible: { creer: 1 } },
    },
    {
      semaine: '2026-11-16',
      widget: 'quiz',
      evenement: 'quiz-termine',
      nombre: 3,
      details: { niveau: { '1': 1, '2': 2 }, domaine_faible: { securite: 2, communiquer: 1 } },
    },
    {
      semaine: '2026-11-23',
      widget: 'quiz',
      evenement: 'quiz-termine',
      nombre: 2,
      details: { niveau: { '2': 1, '3': 1 }, domaine_faible: { securite: 1, [hostileArea]: 1 } },
    },
    {
      semaine: '2026-11-23',
      widget: 'orientation',
      evenement: 'orientation-resultat',
      nombre: 4,
      details: { resultat: { 'demarches-urgentes': 3, [hostileOutcome]: 1 }, niveau: { '1': 3, '2': 1 } },
    },
    {
      semaine: '2026-11-30',
      widget: 'venue-finder',
      evenement: 'lieu-consulte',
      nombre: 5,
      details: { lieu: { 'lieu-1': 5 } },
    },
  ],
};

const token = 'jeton-de-test-0123456789';

function fakeClient(): FakeStatisticsClient {
  return new FakeStatisticsClient({
    'mairie-exemple': { token, statistiques },
    'mairie-vide': { token, statistiques: { partenaire: 'mairie-vide', depuis: '2026-09-14', items: [] } },
  });
}

const rootOf = (element: HTMLElement) => element.shadowRoot!;
const query = <E extends Element = HTMLElement>(element: HTMLElement, selector: string) =>
  rootOf(element).querySelector<E>(selector);
const focused = (element: HTMLElement) => rootOf(element).activeElement as HTMLElement | null;
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function create(fake = fakeClient(), attributes = ''): Promise<InclusionPartnerStats> {
  const container = await fixture(html`<div></div>`);
  container.innerHTML = `<inclusion-partner-stats ${attributes}></inclusion-partner-stats>`;
  const element = container.querySelector('inclusion-partner-stats')!;
  element.client = fake;
  element.now = now;
  await element.updateComplete;
  return element;
}

/** Fills the form by setting the fields' values, then submits it. */
async function signIn(element: InclusionPartnerStats, partenaire: string, jeton: string): Promise<void> {
  query<HTMLInputElement>(element, 'input[name="partenaire"]')!.value = partenaire;
  query<HTMLInputElement>(element, 'input[name="jeton"]')!.value = jeton;
  query<HTMLButtonElement>(element, 'button[type="submit"]')!.click();
  await element.updateComplete;
}

async function results(element: InclusionPartnerStats): Promise<void> {
  await waitUntil(() => query(element, '[part="results"] [part="usage"], [part="empty"]'), 'results shown');
  await element.updateComplete;
}

/** The figures of a chart (its bars' labels and values) and those of the table of the same section. */
function chartFigures(figure: Element): Array<[string, number]> {
  return [...figure.querySelectorAll('[data-value]')].map((bar) => [
    bar.getAttribute('data-label') ?? '',
    Number(bar.getAttribute('data-value')),
  ]);
}

describe('<inclusion-partner-stats>', () => {
  it('asks for the partner id and a password field for the token, accessible', async () => {
    const element = await create();
    const partner = query<HTMLInputElement>(element, 'input[name="partenaire"]')!;
    const tokenField = query<HTMLInputElement>(element, 'input[name="jeton"]')!;
    expect(text(query(element, 'h2'))).to.equal('Voir les statistiques de votre site');
    expect(partner.labels?.[0]?.textContent).to.equal('Identifiant du partenaire');
    expect(tokenField.type).to.equal('password');
    expect(tokenField.labels?.[0]?.textContent).to.equal('Jeton d’accès');
    // RGAA 11.10: both fields say they are required before any sending (and the intro says it in words).
    expect([partner.required, tokenField.required]).to.deep.equal([true, true]);
    expect(text(query(element, 'form p'))).to.contain('Les deux sont obligatoires.');
    // RGAA 11.13: the purpose of each field, for password managers and assistive technologies.
    expect([partner.autocomplete, tokenField.autocomplete]).to.deep.equal(['username', 'current-password']);
    await expect(element).to.be.accessible();
  });

  it('speaks French with lang="fr" inside a page in another language (RGAA 8.7)', async () => {
    const page = await fixture(html`<div lang="de"></div>`);
    const element = await create(fakeClient());
    page.append(element.parentElement!);
    await element.updateComplete;
    expect(query(element, '[part="base"]')?.closest('[lang]')?.getAttribute('lang')).to.equal('fr');
  });

  it('goes the whole way with the keyboard: fill, submit, switch period, open a table, download the CSV', async () => {
    const fake = fakeClient();
    const element = await create(fake);
    query<HTMLInputElement>(element, 'input[name="partenaire"]')!.focus();
    await sendKeys({ type: 'mairie-exemple' });
    await sendKeys({ press: 'Tab' });
    expect(focused(element)?.getAttribute('name')).to.equal('jeton');
    await sendKeys({ type: token });
    const held = fake.delayNext();
    await sendKeys({ press: 'Enter' });
    await held.started;
    await element.updateComplete;
    expect(text(query(element, '[role="status"]'))).to.equal('Chargement des statistiques…');
    await expect(element).to.be.accessible();
    held.release();
    await results(element);
    expect(fake.statisticsCalls).to.deep.equal([
      { partenaire: 'mairie-exemple', token, depuis: '2026-09-14' },
    ]);
    expect(focused(element)?.textContent).to.equal('Statistiques de mairie-exemple');
    expect(text(query(element, '[role="status"]'))).to.equal('Statistiques chargées : 12 semaines.');
    await expect(element).to.be.accessible();

    await sendKeys({ press: 'Tab' });
    expect(focused(element)?.getAttribute('value')).to.equal('12');
    await sendKeys({ press: 'ArrowLeft' });
    await waitUntil(() => fake.statisticsCalls.length === 2, 'a second request');
    expect(fake.statisticsCalls[1]?.depuis).to.equal('2026-11-09');
    await results(element);
    expect(query(element, '[data-table="usage"] tbody')?.children).to.have.length(4);
    expect(focused(element)?.getAttribute('value')).to.equal('4');

    await sendKeys({ press: 'Tab' }); // Changer de partenaire
    await sendKeys({ press: 'Tab' });
    const download = focused(element) as HTMLAnchorElement;
    expect(download.getAttribute('part')).to.equal('download');
    expect(download.download).to.equal('statistiques-mairie-exemple-2026-11-09.csv');
    expect(download.href).to.match(/^blob:/);
    let clicked = false;
    download.addEventListener(
      'click',
      (event) => {
        clicked = true;
        event.preventDefault(); // the test page stays; the real download is checked in Chromium by hand
      },
      { once: true },
    );
    await sendKeys({ press: 'Enter' });
    expect(clicked).to.equal(true);

    await sendKeys({ press: 'Tab' });
    expect(focused(element)?.tagName).to.equal('SUMMARY');
    // RGAA 11.9: each "Voir les chiffres en tableau" says which table it opens.
    expect(text(focused(element))).to.equal(
      'Voir les chiffres en tableau : Trouver un lieu : fiches de lieu ouvertes, par semaine',
    );
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(query<HTMLDetailsElement>(element, '[part="usage"] details')?.open).to.equal(true);
    await expect(element).to.be.accessible();
  });

  it('draws in each chart the same figures as its table, and says them all in the chart’s description', async () => {
    const element = await create();
    await signIn(element, 'mairie-exemple', token);
    await results(element);
    const usage = query(element, '[part="usage"]')!;
    const figures = [...usage.querySelectorAll('figure')];
    expect(figures.map((figure) => figure.getAttribute('data-series'))).to.deep.equal([
      'venue-finder lieu-consulte',
      'quiz quiz-termine',
      'orientation orientation-resultat',
    ]);
    const tables = [...usage.querySelectorAll('[data-table="usage"]')];
    expect(tables.map((table) => table.getAttribute('data-series'))).to.deep.equal(
      figures.map((figure) => figure.getAttribute('data-series')),
    );
    figures.forEach((figure, column) => {
      const table = tables[column]!;
      expect(text(table.querySelector('caption'))).to.equal(text(figure.querySelector('figcaption')));
      const rows = [...table.querySelectorAll('tbody tr')];
      expect(rows).to.have.length(12);
      const fromTable = rows.map((row) => Number(text(row.querySelector('td'))));
      expect(chartFigures(figure).map(([, value]) => value)).to.deep.equal(fromTable);
      const chart = figure.querySelector('[role="img"]')!;
      const name = text(rootOf(element).getElementById(chart.getAttribute('aria-labelledby')!));
      expect(name).to.equal(text(figure.querySelector('figcaption')));
      const description = text(rootOf(element).getElementById(chart.getAttribute('aria-describedby')!));
      const total = fromTable.reduce((sum, value) => sum + value, 0);
      expect(description).to.contain(`${total} en tout sur 12 semaines`);
      // RGAA 1.9: the figure, named like its caption.
      expect(figure.getAttribute('role')).to.equal('figure');
      expect(figure.getAttribute('aria-label')).to.equal(name);
    });
    expect(text(figures[1]?.querySelector('.chart-desc'))).to.equal(
      'Questionnaire : questionnaires terminés : 6 en tout sur 12 semaines, du 14 septembre 2026 au 6 décembre 2026. Semaine la plus haute : 3, la semaine du 16 novembre 2026.',
    );

    for (const kind of ['levels', 'areas', 'outcomes']) {
      const section = query(element, `[part="${kind}"]`)!;
      const fromTable = [...section.querySelectorAll('tbody tr')].map(
        (row) => [text(row.querySelector('th')), Number(text(row.querySelector('td')))] as [string, number],
      );
      expect(chartFigures(section.querySelector('figure')!), kind).to.deep.equal(fromTable);
    }
    expect(chartFigures(query(element, '[part="levels"] figure')!)).to.deep.equal([
      ['Niveau 1 : urgence numérique', 1],
      ['Niveau 2 : inclusion numérique', 3],
      ['Niveau 3 : montée en compétence', 2],
    ]);
    expect(chartFigures(query(element, '[part="areas"] figure')!)).to.deep.equal([
      ['securite', 3],
      [hostileArea, 1],
      ['communiquer', 1],
      ['creer', 1],
    ]);
    expect(text(query(element, '[part="levels"] .chart-desc'))).to.equal(
      'Niveaux des questionnaires du 14 septembre 2026 au 6 décembre 2026 : Niveau 1 : urgence numérique 1 ; Niveau 2 : inclusion numérique 3 ; Niveau 3 : montée en compétence 2.',
    );
  });

  it('writes the CSV file exactly: UTF-8 with BOM, semicolons, CRLF, formulas defused', async () => {
    const element = await create();
    element.now = now;
    await signIn(element, 'mairie-exemple', token);
    await results(element);
    query<HTMLInputElement>(element, 'input[name="periode"][value="4"]')!.click();
    await waitUntil(() => query(element, '[data-table="usage"] tbody')?.children.length === 4, '4 weeks');
    const link = query<HTMLAnchorElement>(element, '[part="download"]')!;
    const bytes = new Uint8Array(await (await fetch(link.href)).arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    const period = 'du 2026-11-09 au 2026-12-06';
    expect(csv).to.equal(
      '\uFEFF' +
        [
          'Tableau;Période;Élément;Nombre',
          'Utilisation par semaine;2026-11-09;Trouver un lieu : fiches de lieu ouvertes;0',
          'Utilisation par semaine;2026-11-16;Trouver un lieu : fiches de lieu ouvertes;0',
          'Utilisation par semaine;2026-11-23;Trouver un lieu : fiches de lieu ouvertes;0',
          'Utilisation par semaine;2026-11-30;Trouver un lieu : fiches de lieu ouvertes;5',
          'Utilisation par semaine;2026-11-09;Questionnaire : questionnaires terminés;0',
          'Utilisation par semaine;2026-11-16;Questionnaire : questionnaires terminés;3',
          'Utilisation par semaine;2026-11-23;Questionnaire : questionnaires terminés;2',
          'Utilisation par semaine;2026-11-30;Questionnaire : questionnaires terminés;0',
          'Utilisation par semaine;2026-11-09;Orientation : orientations terminées;0',
          'Utilisation par semaine;2026-11-16;Orientation : orientations terminées;0',
          'Utilisation par semaine;2026-11-23;Orientation : orientations terminées;4',
          'Utilisation par semaine;2026-11-30;Orientation : orientations terminées;0',
          `Niveaux des questionnaires;${period};Niveau 1 : urgence numérique;1`,
          `Niveaux des questionnaires;${period};Niveau 2 : inclusion numérique;3`,
          `Niveaux des questionnaires;${period};Niveau 3 : montée en compétence;1`,
          `Domaines les plus faibles;${period};securite;3`,
          `Domaines les plus faibles;${period};"<img src=x onerror=""window.partnerHacked=1"">";1`,
          `Domaines les plus faibles;${period};communiquer;1`,
          `Résultats de l’orientation;${period};demarches-urgentes;3`,
          `Résultats de l’orientation;${period};"'=HYPERLINK(""https://evil.example"";""clic"")";1`,
        ].join('\r\n') +
        '\r\n',
    );
  });

  it('never renders the partner’s or the API’s texts as HTML', async () => {
    const element = await create();
    await signIn(element, 'mairie-exemple', token);
    await results(element);
    for (const details of rootOf(element).querySelectorAll('details')) details.open = true;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(rootOf(element).querySelector('img')).to.equal(null);
    expect((window as { partnerHacked?: unknown }).partnerHacked).to.equal(undefined);
    const areaRows = [...rootOf(element).querySelectorAll('[data-table="areas"] tbody th')].map(text);
    expect(areaRows).to.include(hostileArea);
    expect(text(query(element, '[part="areas"] [role="img"]'))).to.contain('<img src=x');
  });

  it('names areas and outcomes by their titles in the quiz and orientation the API serves, in the CSV too', async () => {
    const fake = new FakeStatisticsClient(
      {
        'mairie-exemple': {
          token,
          statistiques: {
            partenaire: 'mairie-exemple',
            depuis: '2026-09-14',
            items: [
              {
                semaine: '2026-11-30',
                widget: 'quiz',
                evenement: 'quiz-termine',
                nombre: 2,
                details: {
                  quiz: { 'quiz-exemple': 2 },
                  niveau: { '2': 2 },
                  domaine_faible: { securite: 2, inconnu: 1 },
                },
              },
              {
                semaine: '2026-11-30',
                widget: 'orientation',
                evenement: 'orientation-resultat',
                nombre: 1,
                details: { orientation: { 'orientation-exemple': 1, absente: 1 }, resultat: { urgence: 1 } },
              },
            ],
          },
        },
      },
      { quizzes: [fixtures.quiz], orientations: [fixtures.orientation] },
    );
    const element = await create(fake);
    await signIn(element, 'mairie-exemple', token);
    await results(element);
    expect(chartFigures(query(element, '[part="areas"] figure')!)).to.deep.equal([
      ['Se protéger', 2],
      ['inconnu', 1],
    ]);
    expect(chartFigures(query(element, '[part="outcomes"] figure')!)).to.deep.equal([
      ['Faire votre démarche avec quelqu’un', 1],
    ]);
    const csv = await (await fetch(query<HTMLAnchorElement>(element, '[part="download"]')!.href)).text();
    expect(csv).to.contain(';Se protéger;2\r\n');
    expect(csv).to.contain(';Faire votre démarche avec quelqu’un;1\r\n');
  });

  it('says there is no data yet for a period without any event, accessible', async () => {
    const element = await create();
    await signIn(element, 'mairie-vide', token);
    await results(element);
    expect(text(query(element, '[part="empty"] h3'))).to.equal('Pas encore de données');
    expect(text(query(element, '[role="status"]'))).to.equal(
      'Pas encore de données sur les 12 dernières semaines.',
    );
    expect(query(element, '[part="download"]')).to.equal(null);
    expect(query(element, 'svg')).to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('keeps its text readable (4.5:1) on a dark host page, charts and tables included (RGAA 3.2, 10.5)', async () => {
    const page = await fixture(html`<div style="background: #111111; color: #eeeeee; padding: 8px"></div>`);
    const element = await create();
    page.append(element.parentElement!);
    await signIn(element, 'mairie-exemple', token);
    await results(element);
    for (const details of rootOf(element).querySelectorAll('details')) details.open = true;
    await element.updateComplete;
    const problems: string[] = [];
    for (const item of deepElements(element)) {
      if (!isRendered(item) || isVisuallyHidden(item)) continue;
      const ownText = [...item.childNodes].some(
        (node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim(),
      );
      const color = parseColor(getComputedStyle(item).color);
      if (!ownText || !color) continue;
      const ratio = contrast(color, backgroundBehind(item));
      if (ratio < 4.5) problems.push(`${item.localName}.${item.className}: ${ratio.toFixed(2)}:1`);
    }
    expect(problems).to.deep.equal([]);
  });

  it('sends a wrong token back to the form with a clear message, the token field emptied and focused', async () => {
    const element = await create();
    await signIn(element, 'mairie-exemple', 'mauvais-jeton');
    await waitUntil(() => query(element, '[part="form"] [part="error"]'), 'the error');
    await element.updateComplete;
    const alert = query(element, '[part="error"]')!;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(text(alert)).to.contain('Cet identifiant et ce jeton ne vont pas ensemble');
    expect(query<HTMLInputElement>(element, 'input[name="partenaire"]')!.value).to.equal('mairie-exemple');
    expect(focused(element)?.getAttribute('name')).to.equal('jeton');
    expect((focused(element) as HTMLInputElement).value).to.equal('');
    await expect(element).to.be.accessible();
  });

  it('answers an unknown partner as a wrong token (the API does not tell which ids exist)', async () => {
    const element = await create();
    await signIn(element, 'mairie-inconnue', token);
    await waitUntil(() => query(element, '[part="form"] [part="error"]'), 'the error');
    expect(text(query(element, '[part="error"]'))).to.contain('le partenaire n’existe pas');
  });

  it('checks the fields before asking: a missing token, a malformed id', async () => {
    const fake = fakeClient();
    const element = await create(fake);
    await signIn(element, 'Mairie Exemple', '');
    await element.updateComplete;
    expect(fake.statisticsCalls).to.have.length(0);
    const partner = query<HTMLInputElement>(element, 'input[name="partenaire"]')!;
    expect(partner.getAttribute('aria-invalid')).to.equal('true');
    expect(text(query(element, '#partenaire-error'))).to.contain('n’est pas bien écrit');
    expect(text(query(element, '#token-error'))).to.equal('Entrez le jeton d’accès.');
    expect(focused(element)).to.equal(partner);
    await expect(element).to.be.accessible();
  });

  it('shows the API being down with a retry, and the statistics once it answers', async () => {
    const fake = fakeClient();
    const element = await create(fake);
    fake.failNext(new NetworkError({ url: '/v1/statistiques', cause: new TypeError('Failed to fetch') }));
    await signIn(element, 'mairie-exemple', token);
    await waitUntil(() => query(element, '[part="results"] [part="error"]'), 'the error');
    await element.updateComplete;
    expect(text(query(element, '[part="error"]'))).to.contain('Le service ne répond pas');
    await expect(element).to.be.accessible();
    const retry = [...rootOf(element).querySelectorAll('button')].find(
      (button) => text(button) === 'Réessayer',
    )!;
    retry.focus();
    await sendKeys({ press: 'Enter' });
    // The button goes away with the error: the focus waits on the heading instead of falling to the page.
    expect(focused(element)?.localName).to.equal('h2');
    await results(element);
    expect(focused(element)?.localName).to.equal('h2');
    expect(query(element, '[part="usage"]')).to.not.equal(null);
  });

  it('forgets the token on "Changer de partenaire" and keeps it out of the URL and of storage', async () => {
    const element = await create();
    await signIn(element, 'mairie-exemple', token);
    await results(element);
    expect(location.href).to.not.contain(token);
    expect(JSON.stringify({ ...localStorage })).to.not.contain(token);
    expect(JSON.stringify({ ...sessionStorage })).to.not.contain(token);
    [...rootOf(element).querySelectorAll('button')]
      .find((button) => text(button) === 'Changer de partenaire')!
      .click();
    await element.updateComplete;
    expect(query<HTMLInputElement>(element, 'input[name="jeton"]')!.value).to.equal('');
    expect(focused(element)?.getAttribute('name')).to.equal('partenaire');
  });

  it('speaks English with lang="en"', async () => {
    const element = await create(fakeClient(), 'lang="en"');
    await waitUntil(() => text(query(element, 'h2')) === 'See the statistics of your site', 'English form');
    await signIn(element, 'mairie-exemple', token);
    await results(element);
    expect(text(query(element, '[part="levels"] h3'))).to.equal('Quiz levels');
    expect(text(query(element, '[part="download"]'))).to.equal('Download the figures (CSV)');
    await expect(element).to.be.accessible();
  });
});

describe('partner statistics: period, summary and CSV cells', () => {
  it('counts a period in weeks ending with the current one, from a Monday', () => {
    expect(periodStart(now, 4)).to.equal('2026-11-09');
    expect(periodStart(now, 12)).to.equal('2026-09-14');
    expect(periodStart(new Date('2026-11-30T00:00:00Z'), 1)).to.equal('2026-11-30');
  });

  it('keeps empty weeks, leaves out weeks before the period, and sums the details', () => {
    const summary = summarize({ ...statistiques, depuis: '2026-11-09' }, now);
    expect(summary.weeks).to.deep.equal(['2026-11-09', '2026-11-16', '2026-11-23', '2026-11-30']);
    expect(summary.until).to.equal('2026-12-06');
    expect(summary.levels.map((share) => share.nombre)).to.deep.equal([1, 3, 1]);
    expect(summary.outcomes[0]).to.deep.equal({ id: 'demarches-urgentes', nombre: 3 });
  });

  it('quotes and defuses CSV cells', () => {
    expect(csvCell('a;b')).to.equal('"a;b"');
    expect(csvCell('dit "oui"')).to.equal('"dit ""oui"""');
    expect(csvCell('-1+2')).to.equal("'-1+2");
    expect(csvCell('@SUM(A1)')).to.equal("'@SUM(A1)");
    expect(csvCell(12)).to.equal('12');
    expect(toCsv([['a', 1]])).to.equal('\uFEFFa;1\r\n');
  });
});
