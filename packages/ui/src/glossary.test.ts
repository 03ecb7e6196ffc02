import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { html as litHtml, LitElement } from 'lit';
import type { Locale } from '@inclusion-widgets/core';
import { define } from './define.js';
import { glossaryDefinition, glossaryFor, glossaryTerms, splitTerms, type GlossaryPart } from './glossary.js';
import { hostStyles } from './theme.js';

/** The terms found in a text, as `[term, text]`. */
const termsIn = (text: string, locale: Locale = 'fr') =>
  splitTerms(text, locale)
    .filter((part): part is Exclude<GlossaryPart, string> => typeof part !== 'string')
    .map((part) => [part.term, part.text]);

/**
 * A question as the quiz shows one: its text in the legend's heading, a help, answers in labels; the glossary
 * renders the texts, and the answers' terms after them.
 */
class TestQuestion extends LitElement {
  static override styles = hostStyles;
  static override properties = { text: {}, help: {}, answers: { attribute: false } };
  declare text: string;
  declare help: string;
  declare answers: string[];
  readonly glossary = glossaryFor(this);

  constructor() {
    super();
    this.text = '';
    this.help = '';
    this.answers = [];
  }

  protected override render() {
    const locale = this.lang === 'en' ? 'en' : 'fr';
    const [text, help, more] = this.glossary.render(locale, [this.text, this.help], this.answers);
    return litHtml`<fieldset>
        <legend><h2>${text}</h2></legend>
        <p class="help">${help}</p>
        ${this.answers.map(
          (answer, index) =>
            litHtml`<label class="choice"><input type="radio" name="q" value=${index} /> <span>${answer}</span></label>`,
        )}
        ${more}
      </fieldset>
      <button type="button" id="next">Suivant</button>`;
  }
}
define('test-glossary-question', TestQuestion, '0.0.0-test');

async function question(text: string, help = '', answers: string[] = []): Promise<TestQuestion> {
  const element = await fixture<TestQuestion>(
    html`<test-glossary-question .text=${text} .help=${help} .answers=${answers}></test-glossary-question>`,
  );
  await element.updateComplete;
  return element;
}

const rootOf = (element: HTMLElement) => element.shadowRoot!;
const term = (element: HTMLElement, id: string) =>
  rootOf(element).querySelector<HTMLButtonElement>(`.glossary-term[data-term="${id}"]`)!;
const panelOf = (element: HTMLElement, button: HTMLButtonElement) =>
  rootOf(element).getElementById(button.getAttribute('aria-controls')!)!;
const focused = (element: HTMLElement) => rootOf(element).activeElement;

/** Waits for the definition of `button` to be open. */
async function placed(element: HTMLElement, button: HTMLButtonElement): Promise<HTMLElement> {
  const panel = panelOf(element, button);
  await waitUntil(() => !panel.hidden, 'the definition open under its term');
  return panel;
}

describe('glossary', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  describe('splitTerms', () => {
    it('finds a term as a whole word, whatever its case, and keeps the text around it', () => {
      expect(splitTerms('Avez-vous oublié votre Mot de passe ?', 'fr')).to.deep.equal([
        'Avez-vous oublié votre ',
        { term: 'mot-de-passe', text: 'Mot de passe' },
        ' ?',
      ]);
      expect(termsIn('Le bouton FRANCECONNECT')).to.deep.equal([['franceconnect', 'FRANCECONNECT']]);
    });

    it('finds plurals and elided forms', () => {
      expect(termsIn('Vos mots de passe')).to.deep.equal([['mot-de-passe', 'mots de passe']]);
      expect(termsIn('Tapez l’identifiant')).to.deep.equal([['identifiant', 'identifiant']]);
      expect(termsIn("Ouvrez l'application")).to.deep.equal([['application', 'application']]);
      expect(termsIn('Deux pièces jointes et des liens')).to.deep.equal([
        ['piece-jointe', 'pièces jointes'],
        ['lien', 'liens'],
      ]);
      expect(termsIn('Votre adresse e-mail, puis vos e-mails')).to.deep.equal([['e-mail', 'adresse e-mail']]);
      expect(termsIn('Vous avez téléchargé le fichier')).to.deep.equal([
        ['telecharger', 'téléchargé'],
        ['fichier', 'fichier'],
      ]);
    });

    it('explains a term once: only its first occurrence, across the texts of a screen', () => {
      const seen = new Set<keyof typeof glossaryTerms>();
      expect(splitTerms('Un SMS, puis un autre SMS.', 'fr', seen)).to.deep.equal([
        'Un ',
        { term: 'sms', text: 'SMS' },
        ', puis un autre SMS.',
      ]);
      expect(splitTerms('Le code reçu par SMS', 'fr', seen)).to.deep.equal(['Le code reçu par SMS']);
    });

    it('finds nothing inside a word, an e-mail address or a web address', () => {
      expect(termsIn('Une caféine, des pdfs, un lienzo')).to.deep.equal([]);
      expect(termsIn('Allez sur ameli.fr ou écrivez à nom@caf.fr.')).to.deep.equal([]);
      expect(termsIn('Il faut le prendre en compte.')).to.deep.equal([]);
      expect(termsIn('La CAF. Votre compte.')).to.deep.equal([
        ['caf', 'CAF'],
        ['compte', 'compte'],
      ]);
    });

    it('finds the terms of each language', () => {
      expect(termsIn('Forgot your password? Open the app.', 'en')).to.deep.equal([
        ['mot-de-passe', 'password'],
        ['application', 'app'],
      ]);
      expect(termsIn('Only with the phone’s data plan', 'en')).to.deep.equal([
        ['forfait', 'phone’s data plan'],
      ]);
    });

    it('has a plain-text definition for every term, in French and in English', async () => {
      const { en } = await import('./glossary.messages.en.js');
      for (const id of Object.keys(glossaryTerms) as (keyof typeof glossaryTerms)[]) {
        const definition = glossaryDefinition(id, 'fr');
        expect(definition, id).to.match(/^[^<>]{20,260}$/);
        expect(en[id], id).to.match(/^[^<>]{20,260}$/);
        // FALC: at most three sentences.
        expect(definition.split(/[.!?…](?:\s|$)/).filter(Boolean).length, id).to.be.at.most(3);
      }
    });
  });

  describe('terms in a rendered text', () => {
    it('shows hostile text as text, with its terms as buttons', async () => {
      const element = await question('<img src=x onerror="window.hacked=1"> Votre mot de passe <b>ici</b>');
      const heading = rootOf(element).querySelector('h2')!;
      expect(heading.querySelector('img, b')).to.equal(null);
      expect(heading.textContent).to.equal(
        '<img src=x onerror="window.hacked=1"> Votre mot de passe <b>ici</b>',
      );
      expect((window as { hacked?: number }).hacked).to.equal(undefined);
      const button = term(element, 'mot-de-passe');
      expect(button.type).to.equal('button');
      expect(button.textContent).to.equal('mot de passe');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      const panel = panelOf(element, button);
      expect(panel.hidden).to.equal(true);
      expect(panel.textContent).to.equal('');
      expect(button.nextElementSibling).to.equal(panel);
      await expect(element).to.be.accessible();
    });

    it('puts no button in an answer’s label: the answers’ terms come after them, under « Mots expliqués »', async () => {
      const element = await question('Avez-vous un e-mail ?', 'Un courriel, c’est pareil.', [
        'Oui, mais j’ai oublié le mot de passe',
        'J’utilise un autre e-mail',
        'Non',
      ]);
      const root = rootOf(element);
      expect(root.querySelectorAll('label button')).to.have.length(0);
      const more = root.querySelector('.glossary-more')!;
      expect(more.textContent).to.match(/^\s*Mots expliqués :/);
      expect([...more.querySelectorAll('button')].map((button) => button.textContent)).to.deep.equal([
        'mot de passe',
      ]);
      // e-mail is explained in the question, and only there (« courriel » is the same term).
      expect(root.querySelectorAll('.glossary-term[data-term="e-mail"]')).to.have.length(1);
      expect(root.querySelector('h2 .glossary-term')).to.equal(term(element, 'e-mail'));
      await expect(element).to.be.accessible();
    });

    it('opens with Enter next to its term, reads right after it, and closes with Escape back on the term', async () => {
      const element = await question('Cliquez sur FranceConnect, puis tapez votre mot de passe.');
      const button = term(element, 'franceconnect');
      button.focus();
      await sendKeys({ press: 'Enter' });
      const panel = await placed(element, button);
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(panel.hidden).to.equal(false);
      expect(panel.textContent).to.equal(glossaryDefinition('franceconnect', 'fr'));
      // Right after the term in the DOM (read next), a popover on screen, under the word.
      expect(button.nextElementSibling).to.equal(panel);
      expect(panel.hasAttribute('data-overlay')).to.equal(true);
      expect(getComputedStyle(panel).position).to.equal('fixed');
      const buttonBox = button.getBoundingClientRect();
      const panelBox = panel.getBoundingClientRect();
      expect(panelBox.top).to.be.at.least(buttonBox.bottom - 1);
      expect(panelBox.top - buttonBox.bottom).to.be.below(16);
      expect(panelBox.left).to.be.closeTo(buttonBox.left, 1);
      expect(panelBox.right).to.be.at.most(window.innerWidth);
      expect(focused(element)).to.equal(button);
      await expect(element).to.be.accessible();

      // The definition holds nothing to press: Tab goes on to the next term.
      await sendKeys({ press: 'Tab' });
      expect(focused(element)).to.equal(term(element, 'mot-de-passe'));
      await sendKeys({ press: 'Shift+Tab' });
      expect(focused(element)).to.equal(button);

      await sendKeys({ press: 'Escape' });
      await element.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(panel.hidden).to.equal(true);
      expect(focused(element)).to.equal(button);
      await expect(element).to.be.accessible();
    });

    it('opens with Space and closes when its term is pressed again, one definition open at a time', async () => {
      const element = await question('Un SMS avec un lien.');
      const sms = term(element, 'sms');
      const link = term(element, 'lien');
      sms.focus();
      await sendKeys({ press: 'Space' });
      await placed(element, sms);
      link.click();
      await placed(element, link);
      await element.updateComplete;
      expect(sms.getAttribute('aria-expanded')).to.equal('false');
      expect(panelOf(element, sms).hidden).to.equal(true);
      link.click();
      await element.updateComplete;
      expect(link.getAttribute('aria-expanded')).to.equal('false');
      expect(panelOf(element, link).hidden).to.equal(true);
    });

    it('stays open on a press inside its definition, closes on a press elsewhere (it overlays: nothing moves)', async () => {
      const element = await question('Le code INSEE de la commune.', 'Une aide.', ['Oui', 'Non']);
      const button = term(element, 'insee');
      const next = rootOf(element).querySelector<HTMLButtonElement>('#next')!;
      const nextBefore = next.getBoundingClientRect().top;
      button.click();
      const panel = await placed(element, button);
      // Over the content, which does not move.
      expect(next.getBoundingClientRect().top).to.equal(nextBefore);
      panel.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
      await element.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      next.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
      await element.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(panel.hidden).to.equal(true);
      await expect(element).to.be.accessible();
    });

    it('closes with Escape from anywhere in the widget, the focus back on its term', async () => {
      const element = await question('Le code INSEE de la commune.');
      const button = term(element, 'insee');
      button.click();
      const panel = await placed(element, button);
      rootOf(element).querySelector<HTMLButtonElement>('#next')!.focus();
      await sendKeys({ press: 'Escape' });
      await element.updateComplete;
      expect(panel.hidden).to.equal(true);
      expect(focused(element)).to.equal(button);
    });

    it('flips over its term when there is no room below it, still inside the viewport', async () => {
      await setViewport({ width: 800, height: 300 });
      const wrapper = await fixture<HTMLDivElement>(
        html`<div><test-glossary-question .text=${'Votre mot de passe.'}></test-glossary-question></div>`,
      );
      // The question near the bottom of the viewport.
      wrapper.style.setProperty('padding-top', '210px');
      const host = wrapper.querySelector<TestQuestion>('test-glossary-question')!;
      await host.updateComplete;
      expect(document.documentElement.scrollTop).to.equal(0);
      const button = term(host, 'mot-de-passe');
      button.click();
      const panel = await placed(host, button);
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const buttonBox = button.getBoundingClientRect();
      const panelBox = panel.getBoundingClientRect();
      expect(panelBox.bottom).to.be.at.most(buttonBox.top + 1);
      expect(panelBox.top).to.be.at.least(0);
    });

    it('follows its term when the text grows to 200 % or is spaced out, never over it', async () => {
      await setViewport({ width: 320, height: 640 });
      const element = await question('Pour vous connecter, utilisez FranceConnect ou votre identifiant.');
      const button = term(element, 'identifiant');
      button.click();
      const panel = await placed(element, button);
      const check = () => {
        const buttonBox = button.getBoundingClientRect();
        const panelBox = panel.getBoundingClientRect();
        const over = Math.min(panelBox.bottom, buttonBox.bottom) - Math.max(panelBox.top, buttonBox.top);
        expect(over, 'over its term').to.be.at.most(1);
        expect(panelBox.left).to.be.at.least(0);
        expect(panelBox.right).to.be.at.most(320);
      };
      check();
      document.documentElement.style.fontSize = '200%';
      try {
        await new Promise((resolve) => requestAnimationFrame(resolve));
        check();
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(
          '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }',
        );
        rootOf(element).adoptedStyleSheets = [...rootOf(element).adoptedStyleSheets, sheet];
        await new Promise((resolve) => requestAnimationFrame(resolve));
        check();
      } finally {
        document.documentElement.style.removeProperty('font-size');
      }
    });

    it('closes when the text changes and its term is gone', async () => {
      const element = await question('Votre identifiant.');
      const button = term(element, 'identifiant');
      button.click();
      await placed(element, button);
      element.text = 'Une autre question.';
      await element.updateComplete;
      await element.updateComplete;
      expect(element.glossary.open).to.equal(undefined);
    });

    it('closes on a new text that has the same term, in an update of its own', async () => {
      const element = await question('Votre identifiant.');
      const button = term(element, 'identifiant');
      button.click();
      const panel = await placed(element, button);
      element.text = 'Un autre identifiant.';
      await waitUntil(() => panel.hidden, 'the definition closed');
      await element.updateComplete;
      expect(element.glossary.open).to.equal(undefined);
      expect(term(element, 'identifiant').getAttribute('aria-expanded')).to.equal('false');
      expect(panel.hidden).to.equal(true);
    });

    it('fits a 320 px wide screen, the definition inside it', async () => {
      await setViewport({ width: 320, height: 256 });
      const element = await question(
        'Sur un site public, à quoi sert le bouton FranceConnect ? Il faut parfois un justificatif.',
      );
      const button = term(element, 'justificatif');
      button.click();
      const panel = await placed(element, button);
      const box = panel.getBoundingClientRect();
      expect(box.left).to.be.at.least(8 - 1);
      expect(box.right).to.be.at.most(320 - 8 + 1);
      // Under its term, or over it when there is no room below: never on it.
      const termBox = button.getBoundingClientRect();
      expect(box.top >= termBox.bottom - 1 || box.bottom <= termBox.top + 1, 'not on its term').to.equal(
        true,
      );
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      await expect(element).to.be.accessible();
    });

    it('speaks English in an English widget', async () => {
      const element = await fixture<TestQuestion>(
        html`<test-glossary-question lang="en" .text=${'Enter your password.'}></test-glossary-question>`,
      );
      const button = term(element, 'mot-de-passe');
      button.click();
      const panel = await placed(element, button);
      await waitUntil(() => panel.textContent?.startsWith('A password'), 'the English definition');
    });
  });
});
