import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { HttpError } from '@inclusion-widgets/core';
import { embedWidgets } from '../../api/src/embed/widgets.js';
import { attributesOf, initialChoices } from './choices.js';
import type { InclusionConfigurator } from './configurator.js';
import './define.js';
import { SavingClient } from './fake-saving-client.js';
import type { InclusionConfigurationSavedEvent } from './events.js';
import { iframeTitles, snippetFor, widgetNames } from './snippets.js';

const api = 'https://api.example.org';
const loader = `<script type="module" src="${api}/build/embed/inclusion-widgets.js" data-api="${api}"></script>`;

const root = (el: HTMLElement) => el.shadowRoot!;
const query = <E extends Element = HTMLElement>(el: HTMLElement, selector: string) =>
  root(el).querySelector<E & HTMLElement>(selector);
const snippet = (el: HTMLElement) => query<HTMLTextAreaElement>(el, '#snippet')?.value ?? '';
const focused = (el: HTMLElement) => root(el).activeElement as HTMLElement | null;

async function configurator(client = new SavingClient()) {
  const el = await fixture<InclusionConfigurator>(
    html`<inclusion-configurator api=${api} .client=${client}></inclusion-configurator>`,
  );
  await el.updateComplete;
  return { el, client };
}

async function click(el: InclusionConfigurator, selector: string) {
  const target = query(el, selector);
  expect(target, selector).to.exist;
  target!.click();
  await el.updateComplete;
}

async function type(el: InclusionConfigurator, selector: string, text: string) {
  const input = query<HTMLInputElement>(el, selector)!;
  input.focus();
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

describe('<inclusion-configurator>', () => {
  it('starts on the venue finder for all of France, with the element snippet, accessible', async () => {
    const { el } = await configurator();
    expect(query<HTMLInputElement>(el, '#widget-venue-finder')!.checked).to.be.true;
    expect(snippet(el)).to.equal(`${loader}\n<inclusion-venue-finder lang="fr"></inclusion-venue-finder>`);
    await expect(el).to.be.accessible();
  });

  it('writes the exact snippet of each mode for a département, services and options', async () => {
    const { el } = await configurator();
    await click(el, '#territory-departement');
    const select = query<HTMLSelectElement>(el, '#departement')!;
    select.value = '59';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    await click(el, '#services-aide-aux-demarches-administratives');
    await click(el, '#services-maitrise-des-outils-numeriques-du-quotidien');
    query<HTMLDetailsElement>(el, 'details')!.open = true;
    await click(el, '#frais-a-charge-gratuit');
    await click(el, '#open-now');
    await click(el, '#map-off');
    const radius = query<HTMLSelectElement>(el, '#radius')!;
    radius.value = '20';
    radius.dispatchEvent(new Event('change'));
    await el.updateComplete;

    const services = 'aide-aux-demarches-administratives,maitrise-des-outils-numeriques-du-quotidien';
    expect(snippet(el)).to.equal(
      `${loader}\n<inclusion-venue-finder territory="departement:59" radius-km="20" services="${services}" ` +
        'frais-a-charge="gratuit" open-now map="off" lang="fr"></inclusion-venue-finder>',
    );
    await click(el, '#mode-script');
    expect(snippet(el)).to.equal(
      `<script type="module" src="${api}/build/embed/inclusion-widgets.js" data-api="${api}" data-widget="venue-finder" ` +
        `data-territory="departement:59" data-radius-km="20" data-services="${services}" data-frais-a-charge="gratuit" ` +
        'data-open-now="" data-map="off" data-lang="fr"></script>',
    );
    await click(el, '#mode-iframe');
    expect(snippet(el)).to.equal(
      `<iframe src="${api}/embed/venue-finder?territory=departement%3A59&amp;radius-km=20&amp;services=` +
        `${services.replace(',', '%2C')}&amp;frais-a-charge=gratuit&amp;open-now=&amp;map=off&amp;lang=fr" ` +
        'title="Trouver un lieu d’aide au numérique" data-inclusion-widget loading="lazy" height="800"></iframe>\n' +
        `<script type="module" src="${api}/build/embed/inclusion-widgets-iframe.js"></script>`,
    );
    await expect(el).to.be.accessible();
  });

  it('shows the real widget in the preview, with the chosen attributes and the client', async () => {
    const { el, client } = await configurator();
    await click(el, '#widget-quiz');
    await waitUntil(() => query(el, '.preview-frame inclusion-quiz'), 'no quiz in the preview', {
      timeout: 5000,
    });
    const quiz = query(el, '.preview-frame inclusion-quiz')!;
    expect(quiz.getAttribute('quiz')).to.equal('competences-numeriques');
    expect(quiz.getAttribute('lang')).to.equal('fr');
    expect((quiz as HTMLElement & { client?: unknown }).client).to.equal(client);
    expect(snippet(el)).to.equal(
      `${loader}\n<inclusion-quiz quiz="competences-numeriques" lang="fr"></inclusion-quiz>`,
    );
    expect(query(el, '.save')!.textContent, 'the quiz is saved as a remote configuration too').to.contain(
      'Nom de cette configuration',
    );
    await expect(el).to.be.accessible();
  });

  it('explains an invalid colour with the widgets’ own words, and writes no snippet until it is fixed', async () => {
    const { el } = await configurator();
    await type(el, '#color', 'bleu');
    const input = query<HTMLInputElement>(el, '#color')!;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    const error = query(el, '#color-error')!;
    expect(error.textContent).to.contain('« bleu » n’est pas une couleur');
    expect(input.getAttribute('aria-describedby')).to.contain('color-error');
    expect(query(el, '#snippet')).to.be.null;
    const link = query<HTMLAnchorElement>(el, '.blocked a')!;
    expect(link.textContent).to.contain('n’est pas une couleur');
    link.click();
    expect(focused(el)).to.equal(input);
    await expect(el).to.be.accessible();

    await type(el, '#color', '#FF0');
    expect(query(el, '#color-error')).to.be.null;
    expect(snippet(el)).to.contain('color="#FF0"');
    expect(query(el, '#color-contrast')!.textContent).to.contain('trop claire');
  });

  it('goes all the way with the keyboard: widget, commune search, copy', async () => {
    const { el } = await configurator();
    query<HTMLInputElement>(el, '#widget-venue-finder')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(query<HTMLInputElement>(el, '#widget-orientation')!.checked).to.be.true;

    query<HTMLInputElement>(el, '#territory-none')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(query<HTMLInputElement>(el, '#territory-commune')!.checked).to.be.true;
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.id).to.equal('commune');
    await sendKeys({ type: 'Roub' });
    await waitUntil(() => root(el).querySelectorAll('[role="option"]').length > 0, 'no suggestion');
    expect(query(el, '[role="status"]')!.textContent).to.contain('1 commune proposée');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(focused(el)!.getAttribute('aria-activedescendant')).to.equal('commune-59512');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(query<HTMLInputElement>(el, '#commune')!.value).to.equal('Roubaix (59100)');
    expect(query(el, '#commune-chosen')!.textContent).to.contain('Roubaix (59512)');
    expect(snippet(el)).to.equal(
      `${loader}\n<inclusion-orientation territory="commune:59512" lang="fr"></inclusion-orientation>`,
    );

    const copy = query<HTMLButtonElement>(el, '.copy button')!;
    copy.focus();
    await sendKeys({ press: 'Enter' });
    const status = query(el, '.copy-status')!;
    await waitUntil(() => status.textContent!.trim() !== '', 'nothing announced');
    expect(status.getAttribute('role')).to.equal('status');
    // "Copié", or, where the browser refuses the clipboard, the code selected with how to copy it.
    if (status.textContent!.includes('Copié')) {
      expect(await navigator.clipboard.readText().catch(() => snippet(el))).to.equal(snippet(el));
    } else {
      const textarea = query<HTMLTextAreaElement>(el, '#snippet')!;
      expect(focused(el)).to.equal(textarea);
      expect(textarea.selectionEnd - textarea.selectionStart).to.equal(textarea.value.length);
    }
    await expect(el).to.be.accessible();
  });

  it('announces "Copié" when the clipboard takes the code', async () => {
    const { el } = await configurator();
    const written: string[] = [];
    const clipboard = navigator.clipboard;
    const original = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(clipboard), 'writeText')!;
    Object.defineProperty(clipboard, 'writeText', {
      configurable: true,
      value: async (text: string) => void written.push(text),
    });
    try {
      await click(el, '.copy button');
      await waitUntil(() => query(el, '.copy-status')!.textContent!.includes('Copié'));
      expect(written).to.deep.equal([snippet(el)]);
      await expect(el).to.be.accessible();
    } finally {
      delete (clipboard as unknown as Record<string, unknown>).writeText;
      expect(Object.getOwnPropertyDescriptor(Object.getPrototypeOf(clipboard), 'writeText')).to.deep.equal(
        original,
      );
    }
  });

  it('saves a partner’s configuration through the client, then gives the snippet with config', async () => {
    const { el, client } = await configurator();
    await click(el, '#territory-departement');
    const select = query<HTMLSelectElement>(el, '#departement')!;
    select.value = '2A';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    await expect(el).to.be.accessible();

    await type(el, '#save-partner', 'mairie-lille');
    await type(el, '#save-token', 'secret-token');
    await type(el, '#save-name', 'carte');
    expect(query(el, '.save')!.textContent).to.contain('Identifiant enregistré : mairie-lille-carte');
    const saved = oneEvent(el, 'inclusion-configuration-saved') as Promise<InclusionConfigurationSavedEvent>;
    await click(el, '.save button[type="submit"]');
    const event = await saved;
    await el.updateComplete;

    expect(client.saves).to.deep.equal([
      {
        partenaire: 'mairie-lille',
        token: 'secret-token',
        id: 'mairie-lille-carte',
        widget: 'venue-finder',
        attributs: { territory: 'departement:2A', lang: 'fr' },
      },
    ]);
    expect(event.configuration.id).to.equal('mairie-lille-carte');
    expect(JSON.stringify(event.configuration)).not.to.contain('secret-token');
    expect(query<HTMLInputElement>(el, '#save-token')!.value).to.equal('');
    expect(query(el, '.save-result')!.textContent).to.contain(
      'Configuration enregistrée : mairie-lille-carte',
    );
    expect(snippet(el)).to.equal(
      `${loader}\n<inclusion-venue-finder config="mairie-lille-carte"></inclusion-venue-finder>`,
    );
    expect(root(el).innerHTML).not.to.contain('secret-token');
    await expect(el).to.be.accessible();

    // Changing a setting leaves the saved configuration: the snippet holds the settings again.
    await click(el, '#open-now');
    expect(snippet(el)).to.contain('open-now');
    expect(snippet(el)).not.to.contain('config=');
  });

  it('names the missing fields of the save form and says why the API refused it', async () => {
    const { el, client } = await configurator();
    await click(el, '.save button[type="submit"]');
    expect(focused(el)?.id).to.equal('save-partner');
    expect(query(el, '#save-partner-error')!.textContent).to.contain('obligatoire');
    expect(query(el, '#save-token-error')).to.exist;
    expect(client.saves).to.have.length(0);
    await expect(el).to.be.accessible();

    client.saveError = new HttpError({ url: `${api}/v1/partenaires/x/configurations/x-y`, status: 403 });
    await type(el, '#save-partner', 'mairie-lille');
    await type(el, '#save-token', 'faux');
    await type(el, '#save-name', 'carte');
    await click(el, '.save button[type="submit"]');
    await waitUntil(() => query(el, '.save-error .error'), 'no error shown');
    const alert = query(el, '.save-error .error')!;
    expect(query(el, '.save-error')!.getAttribute('role')).to.equal('alert');
    expect(alert.textContent).to.contain('La configuration n’est pas enregistrée.');
    expect(alert.textContent).to.contain('ne sont pas reconnus');
    expect(snippet(el)).not.to.contain('config=');
    await expect(el).to.be.accessible();

    client.saveError = new HttpError({ url: `${api}/v1/partenaires/x/configurations/x-y`, status: 409 });
    await click(el, '.save button[type="submit"]');
    await waitUntil(() => query(el, '.save-error')!.textContent!.includes('déjà pris'));
  });

  it('says politely that the code and the preview follow a change, nothing at load (RGAA 7.5)', async () => {
    const { el } = await configurator();
    const status = query(el, '.update-status')!;
    expect(status.getAttribute('role')).to.equal('status');
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(status.textContent!.trim(), 'nothing announced at load').to.equal('');
    await click(el, '#widget-quiz');
    await waitUntil(() => status.textContent!.includes('Le code et l’aperçu sont à jour.'), 'no update said');
    await type(el, '#color', 'bleu');
    await waitUntil(
      () => status.textContent!.includes('Le code n’est pas prêt : un réglage est à corriger.'),
      'no blocked code said',
    );
    expect(focused(el)?.id, 'the focus stays in the field').to.equal('color');
  });

  it('gives the focus to the code when "Revenir au code avec tous les réglages" goes away', async () => {
    const { el } = await configurator();
    await type(el, '#save-partner', 'mairie-lille');
    await type(el, '#save-token', 'secret-token');
    await type(el, '#save-name', 'carte');
    await click(el, '.save button[type="submit"]');
    await waitUntil(() => query(el, '.save-result .success'), 'not saved');
    const back = [...root(el).querySelectorAll<HTMLButtonElement>('.copy button')].find((button) =>
      button.textContent!.includes('Revenir au code'),
    )!;
    back.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused(el)?.id === 'snippet', 'the focus is lost');
    expect(snippet(el)).not.to.contain('config=');
  });

  it('gives the purpose of the partner’s identifier and key (RGAA 11.13), says which fields are required before sending (11.10)', async () => {
    const { el } = await configurator();
    for (const name of ['partner', 'token', 'name']) {
      expect(query(el, `label[for="save-${name}"]`)!.textContent).to.contain('(obligatoire)');
      expect(query<HTMLInputElement>(el, `#save-${name}`)!.required, name).to.be.true;
    }
    expect(query(el, '#save-partner')!.getAttribute('autocomplete')).to.equal('username');
    expect(query(el, '#save-token')!.getAttribute('autocomplete')).to.equal('current-password');
    // A search of any commune, a name, a colour: no data about the webmaster.
    for (const id of ['#save-name', '#color'])
      expect(query(el, id)!.getAttribute('autocomplete')).to.equal('off');
    expect(query(el, 'h3')!.textContent).to.equal('Vos réglages');
    expect(query(el, '[part="base"]')!.getAttribute('lang')).to.equal('fr');
  });

  it('speaks English with lang="en", the widget’s language being a choice of its own', async () => {
    const el = await fixture<InclusionConfigurator>(
      html`<inclusion-configurator
        lang="en"
        api=${api}
        .client=${new SavingClient()}
      ></inclusion-configurator>`,
    );
    await el.updateComplete;
    expect(query(el, 'h2')!.textContent).to.equal('Create the code of a tool for your website');
    const lang = query<HTMLSelectElement>(el, '#widget-lang')!;
    lang.value = 'en';
    lang.dispatchEvent(new Event('change'));
    await el.updateComplete;
    await click(el, '#mode-iframe');
    expect(snippet(el)).to.contain('title="Find a place that helps with digital tools"');
    await expect(el).to.be.accessible();
  });

  it('titles its iframes as the API’s /embed/ pages are titled', () => {
    for (const widget of widgetNames) {
      expect(iframeTitles[widget]).to.deep.equal(embedWidgets[widget]?.title);
      const written = snippetFor(
        'iframe',
        widget,
        attributesOf({ ...initialChoices, widget }),
        {
          api,
          embedBase: `${api}/build/embed/`,
        },
        'fr',
      );
      for (const [name] of new URL(/src="([^"]+)"/.exec(written)![1]!.replaceAll('&amp;', '&'))
        .searchParams) {
        expect(embedWidgets[widget]?.attributes).to.include(name);
      }
    }
  });
});
