import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { css, html as litHtml, type PropertyDeclarations } from 'lit';
import { HttpError, NetworkError, type InclusionApi } from '@inclusion-widgets/core';
import { hexColor, oneOf, recoverable, withDefault, type ConfigOf } from './attributes.js';
import { number, slugList } from './search-attributes.js';
import { InclusionElement } from './base-element.js';
import { provideClient } from './context.js';
import { define } from './define.js';
import type { InclusionConfigErrorEvent } from './events.js';

const rules = {
  services: slugList('services'),
  radius: withDefault(number({ min: 100, max: 100_000, integer: true }), 5000),
  mode: oneOf(['list', 'map']),
};

/**
 * A small widget with three rules, the API error state, and a window on its client.
 *
 * @attr services - Services to show, slugs of the standard.
 * @attr radius - Search radius in metres.
 * @attr mode - `list` or `map`.
 */
class TestWidget extends InclusionElement<typeof rules> {
  static override attributeRules = rules;
  // No decorators in this package's tests: web-test-runner's esbuild reads tsconfig.json without `extends`.
  static override properties: PropertyDeclarations = { failure: { state: true } };
  static override styles = css`
    .animated {
      transition: opacity 2s;
    }
  `;

  /** An API error to show instead of the content. */
  declare failure: unknown;

  retries = 0;

  /** The client the widget would use. */
  get usedClient(): InclusionApi | undefined {
    return this.activeClient;
  }

  protected override renderContent(config: ConfigOf<typeof rules>): unknown {
    if (this.failure !== undefined) return this.renderProblem(this.failure, () => this.retries++);
    return litHtml`<p part="content" class="animated">${config.services.join(', ') || '—'} / ${config.radius} m</p>`;
  }
}

/** A widget that needs the API. */
class TestApiWidget extends InclusionElement {
  static override requiresClient = true;

  protected override renderContent(): unknown {
    return litHtml`<p part="content">OK</p>`;
  }
}

const forgivingRules = { services: recoverable(slugList('services')), mode: oneOf(['list', 'map']) };

/**
 * A widget that works on without an invalid `services`.
 *
 * @attr services - Services to show, slugs of the standard.
 * @attr mode - `list` or `map`.
 */
class TestForgivingWidget extends InclusionElement<typeof forgivingRules> {
  static override attributeRules = forgivingRules;

  protected override renderContent(config: ConfigOf<typeof forgivingRules>): unknown {
    return litHtml`<p part="content">${config.services.join(', ') || '—'}</p>`;
  }
}

define('test-widget', TestWidget, '0.0.0-test');
define('test-forgiving-widget', TestForgivingWidget, '0.0.0-test');
define('test-api-widget', TestApiWidget, '0.0.0-test');

declare global {
  interface HTMLElementTagNameMap {
    'test-widget': TestWidget;
    'test-api-widget': TestApiWidget;
  }
}

const fakeClient = (name: string): InclusionApi => ({ name }) as unknown as InclusionApi;

/** Replaces `console.warn` until `restore()`, keeping the first argument of each call. */
function captureWarnings(): { readonly lines: unknown[]; restore(): void } {
  const lines: unknown[] = [];
  const original = console.warn;
  console.warn = (...data: unknown[]) => lines.push(data[0]);
  return { lines, restore: () => (console.warn = original) };
}

/** The text of an element, with whitespace collapsed as a screen reader would read it. */
const textOf = (element: Element | null | undefined): string | undefined =>
  element?.textContent?.replace(/\s+/g, ' ').trim();

const panelOf = (el: HTMLElement) => el.shadowRoot!.querySelector('[part=config-error]');
const contentOf = (el: HTMLElement) => el.shadowRoot!.querySelector('[part=content]');

describe('InclusionElement', () => {
  let pageLang: string | null;
  let warnings: ReturnType<typeof captureWarnings>;

  beforeEach(() => {
    pageLang = document.documentElement.getAttribute('lang');
    document.documentElement.removeAttribute('lang');
    warnings = captureWarnings();
  });

  afterEach(() => {
    warnings.restore();
    if (pageLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', pageLang);
  });

  describe('with valid attributes', () => {
    it('renders its content with the typed configuration', async () => {
      const el = await fixture<TestWidget>(
        html`<test-widget
          services="utilisation-securisee-du-numerique aide-aux-demarches-administratives"
          radius="2000"
        ></test-widget>`,
      );
      expect(panelOf(el)).to.equal(null);
      expect(textOf(contentOf(el))).to.equal(
        'utilisation-securisee-du-numerique, aide-aux-demarches-administratives / 2000 m',
      );
      expect(el.config).to.deep.equal({
        services: ['utilisation-securisee-du-numerique', 'aide-aux-demarches-administratives'],
        radius: 2000,
        mode: undefined,
      });
      expect(el.configIssues).to.deep.equal([]);
      expect(warnings.lines).to.deep.equal([]);
    });

    it('is accessible', async () => {
      const el = await fixture<TestWidget>(html`<test-widget></test-widget>`);
      await expect(el).to.be.accessible();
    });

    it('keeps the same configuration object while its attributes do not change', async () => {
      const el = await fixture<TestWidget>(html`<test-widget radius="300"></test-widget>`);
      const config = el.config;
      el.requestUpdate();
      await el.updateComplete;
      expect(el.config).to.equal(config);
      el.setAttribute('radius', '400');
      await el.updateComplete;
      expect(el.config).not.to.equal(config);
      expect(el.config?.radius).to.equal(400);
    });
  });

  describe('with an invalid attribute', () => {
    it('shows a readable error in place of its content, in French by default', async () => {
      const el = await fixture<TestWidget>(html`<test-widget radius="abc"></test-widget>`);
      expect(contentOf(el)).to.equal(null);
      const panel = panelOf(el)!;
      expect(textOf(panel.querySelector('.title'))).to.equal('Ce module ne peut pas s’afficher.');
      expect([...panel.querySelectorAll('li')].map((li) => textOf(li))).to.deep.equal([
        'attribut « radius » : « abc » n’est pas un nombre.',
      ]);
      expect(el.config).to.equal(undefined);
    });

    it('is accessible', async () => {
      const el = await fixture<TestWidget>(html`<test-widget radius="abc" services="foo"></test-widget>`);
      expect(panelOf(el)).not.to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('names each invalid attribute, its value and why in one console warning each', async () => {
      await fixture<TestWidget>(
        html`<test-widget
          radius="abc"
          services="utilisation-securisee-du-numerique foo"
          mode="map"
        ></test-widget>`,
      );
      expect(warnings.lines).to.have.length(2);
      expect(warnings.lines[0]).to.match(
        /^<test-widget>: attribute services="utilisation-securisee-du-numerique foo": the value “foo” does not exist\. Possible values: /,
      );
      expect(warnings.lines[1]).to.equal('<test-widget>: attribute radius="abc": “abc” is not a number.');
    });

    it('fires inclusion-config-error once per distinct set of problems', async () => {
      const events: InclusionConfigErrorEvent[] = [];
      const wrapper = await fixture(
        html`<div @inclusion-config-error=${(event: InclusionConfigErrorEvent) => events.push(event)}>
          <test-widget radius="abc"></test-widget>
        </div>`,
      );
      const el = wrapper.querySelector('test-widget')!;
      expect(events).to.have.length(1);
      expect(events[0]!.composed).to.equal(true);
      expect(events[0]!.issues).to.deep.equal([
        { attribute: 'radius', value: 'abc', reason: '« abc » n’est pas un nombre.' },
      ]);

      el.failure = 'unrelated state change';
      el.lang = 'en';
      await el.updateComplete;
      expect(events).to.have.length(1);

      el.setAttribute('radius', '1');
      await el.updateComplete;
      expect(events).to.have.length(2);
      expect(events[1]!.issues[0]?.reason).to.equal('1 must be between 100 and 100,000.');
      expect(warnings.lines).to.have.length(2);
    });

    it('switches back to its content when the attribute is fixed', async () => {
      const el = await fixture<TestWidget>(html`<test-widget radius="abc"></test-widget>`);
      el.setAttribute('radius', '1500');
      await el.updateComplete;
      expect(panelOf(el)).to.equal(null);
      expect(textOf(contentOf(el))).to.equal('— / 1500 m');
      await expect(el).to.be.accessible();
    });

    it('reports again when a fixed attribute breaks again', async () => {
      const el = await fixture<TestWidget>(html`<test-widget mode="carte"></test-widget>`);
      el.setAttribute('mode', 'map');
      await el.updateComplete;
      el.setAttribute('mode', 'carte');
      await el.updateComplete;
      expect(warnings.lines).to.have.length(2);
    });

    it('speaks English with lang="en" on an ancestor', async () => {
      const wrapper = await fixture(html`<div lang="en"><test-widget services="foo"></test-widget></div>`);
      const panel = panelOf(wrapper.querySelector('test-widget')!)!;
      expect(textOf(panel.querySelector('.title'))).to.equal('This widget cannot be shown.');
      expect(textOf(panel.querySelector('li'))).to.match(
        /^attribute “services”: the value “foo” does not exist\./,
      );
    });

    it('follows a change of its own lang attribute', async () => {
      const el = await fixture<TestWidget>(html`<test-widget mode="carte"></test-widget>`);
      el.setAttribute('lang', 'en');
      await el.updateComplete;
      expect(textOf(panelOf(el)?.querySelector('li'))).to.equal(
        'attribute “mode”: the value “carte” is not valid. Possible values: list, map.',
      );
    });

    it('refuses a javascript: URL in api', async () => {
      const el = await fixture<TestWidget>(html`<test-widget api="javascript:alert(1)"></test-widget>`);
      expect(textOf(panelOf(el)?.querySelector('li'))).to.equal(
        'attribut « api » : « javascript:alert(1) » n’est pas une adresse web en http ou https.',
      );
      expect(el.usedClient).to.equal(undefined);
    });
  });

  describe('API client', () => {
    it('asks for api when the widget needs the API and nothing provides a client', async () => {
      const el = await fixture<TestApiWidget>(html`<test-api-widget></test-api-widget>`);
      expect(textOf(panelOf(el)?.querySelector('li'))).to.equal(
        'attribut « api » : cet attribut est obligatoire.',
      );
      expect(warnings.lines).to.deep.equal([
        '<test-api-widget>: attribute "api" is missing: this attribute is required.',
      ]);
    });

    it('uses the .client property first, then one built from api, then one provided by an ancestor', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div><test-widget></test-widget></div>`);
      const el = wrapper.querySelector('test-widget')!;
      expect(el.usedClient).to.equal(undefined);

      const provided = fakeClient('provided');
      provideClient(wrapper, provided);
      el.remove();
      wrapper.append(el);
      await el.updateComplete;
      expect(el.usedClient).to.equal(provided);

      el.api = 'https://api.example.org';
      await el.updateComplete;
      expect(el.usedClient).to.have.property('baseUrl', 'https://api.example.org');
      const built = el.usedClient;
      el.requestUpdate();
      await el.updateComplete;
      expect(el.usedClient).to.equal(built);

      const own = fakeClient('own');
      el.client = own;
      await el.updateComplete;
      expect(el.usedClient).to.equal(own);
    });

    it('renders its content when a provider above it gives a client', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      provideClient(wrapper, fakeClient('provided'));
      const el = await fixture<TestApiWidget>(html`<test-api-widget></test-api-widget>`, {
        parentNode: wrapper,
      });
      expect(panelOf(el)).to.equal(null);
      expect(textOf(contentOf(el))).to.equal('OK');
      expect(warnings.lines).to.deep.equal([]);
    });

    it('follows a provider whose client changes', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const provider = provideClient(wrapper, fakeClient('first'));
      const el = document.createElement('test-widget');
      wrapper.append(el);
      await el.updateComplete;
      const second = fakeClient('second');
      provider.setValue(second);
      await el.updateComplete;
      expect(el.usedClient).to.equal(second);
    });
  });

  describe('API error state', () => {
    it('shows the error’s own message and a "Réessayer" button that calls back', async () => {
      const el = await fixture<TestWidget>(html`<test-widget></test-widget>`);
      el.failure = new NetworkError({
        url: 'https://api.example.org/v1/lieux',
        cause: new TypeError('Failed'),
      });
      await el.updateComplete;
      const problem = el.shadowRoot!.querySelector('[part=problem]')!;
      expect(problem.getAttribute('role')).to.equal('alert');
      expect(textOf(problem.querySelector('p'))).to.equal(
        'Le service ne répond pas. Vérifiez votre connexion à Internet, puis réessayez.',
      );
      const button = problem.querySelector<HTMLButtonElement>('[part=retry-button]')!;
      expect(textOf(button)).to.equal('Réessayer');
      button.click();
      expect(el.retries).to.equal(1);
      await expect(el).to.be.accessible();
    });

    it('shows a generic message for an unknown error, in English under lang="en"', async () => {
      const el = await fixture<TestWidget>(html`<test-widget lang="en"></test-widget>`);
      el.failure = new Error('internal detail');
      await el.updateComplete;
      const problem = el.shadowRoot!.querySelector('[part=problem]')!;
      expect(textOf(problem.querySelector('p'))).to.equal('Something went wrong. Try again.');
      expect(textOf(problem.querySelector('button'))).to.equal('Try again');
    });

    it('offers no retry for an error that trying again cannot fix', async () => {
      const el = await fixture<TestWidget>(html`<test-widget></test-widget>`);
      el.failure = new HttpError({ url: 'https://api.example.org/v1/lieux/x', status: 404 });
      await el.updateComplete;
      const problem = el.shadowRoot!.querySelector('[part=problem]')!;
      expect(textOf(problem.querySelector('p'))).to.equal('Nous n’avons pas trouvé ce que vous cherchez.');
      expect(problem.querySelector('button')).to.equal(null);
    });
  });

  describe('theme', () => {
    it('looks right with no stylesheet on the page, and follows --inclusion-* tokens set on an ancestor', async () => {
      const wrapper = await fixture(html`<div><test-widget radius="abc"></test-widget></div>`);
      const el = wrapper.querySelector('test-widget')!;
      expect(getComputedStyle(el).display).to.equal('block');
      expect(getComputedStyle(el).color).to.equal('rgb(31, 35, 40)');
      const panel = panelOf(el)!;
      expect(getComputedStyle(panel).borderTopColor).to.equal('rgb(179, 38, 30)');

      wrapper.setAttribute('class', 'themed');
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(
        '.themed { --inclusion-color-danger: rgb(1, 2, 3); --inclusion-color-text: rgb(4, 5, 6); }',
      );
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      try {
        expect(getComputedStyle(panel).borderTopColor).to.equal('rgb(1, 2, 3)');
        expect(getComputedStyle(el).color).to.equal('rgb(4, 5, 6)');
      } finally {
        document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
      }
    });

    it('adds its own styles after the shared ones, and drops transitions when reduced motion is asked', async () => {
      const el = await fixture<TestWidget>(html`<test-widget></test-widget>`);
      const content = contentOf(el)!;
      expect(getComputedStyle(content).transitionDuration).to.equal('2s');
      await emulateMedia({ reducedMotion: 'reduce' });
      try {
        expect(parseFloat(getComputedStyle(content).transitionDuration)).to.be.below(0.001);
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });

    it('shows a focus outline of at least 2 pixels, with an offset, on keyboard focus', async () => {
      const el = await fixture<TestWidget>(html`<test-widget></test-widget>`);
      el.failure = new NetworkError({ url: 'https://api.example.org/', cause: 'offline' });
      await el.updateComplete;
      await sendKeys({ press: 'Tab' });
      const button = el.shadowRoot!.querySelector('button')!;
      expect(el.shadowRoot!.activeElement).to.equal(button);
      const style = getComputedStyle(button);
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
      expect(parseFloat(style.outlineOffset)).to.be.at.least(2);
    });

    it('gives buttons a target of at least 44 by 44 pixels', async () => {
      const el = await fixture<TestWidget>(html`<test-widget></test-widget>`);
      el.failure = new NetworkError({ url: 'https://api.example.org/', cause: 'offline' });
      await el.updateComplete;
      const rect = el.shadowRoot!.querySelector('button')!.getBoundingClientRect();
      expect(rect.height).to.be.at.least(44);
      expect(rect.width).to.be.at.least(44);
    });
  });
});

const colourRules = { color: recoverable(hexColor()) };

/** A widget with only a `color` attribute. */
class TestColourWidget extends InclusionElement<typeof colourRules> {
  static override attributeRules = colourRules;

  protected override renderContent(): unknown {
    return litHtml`<p>Couleur</p>`;
  }
}
define('test-colour-widget', TestColourWidget, '0.0.0-test');

describe('InclusionElement colour', () => {
  it('sets --inclusion-color-primary from a color rule, follows its changes and removes it with the attribute', async () => {
    const element = await fixture<TestColourWidget>(
      html`<test-colour-widget color="#6A1B9A"></test-colour-widget>`,
    );
    const primary = () => element.style.getPropertyValue('--inclusion-color-primary');
    expect(primary()).to.equal('#6a1b9a');
    element.setAttribute('color', '#00695c');
    await element.updateComplete;
    expect(primary()).to.equal('#00695c');
    element.setAttribute('color', 'bleu');
    await element.updateComplete;
    expect(primary(), 'an invalid colour is not applied').to.equal('');
    element.removeAttribute('color');
    await element.updateComplete;
    expect(primary()).to.equal('');
  });
});

describe('InclusionElement with recoverable attributes', () => {
  it('shows its content under a notice naming the attribute it ignores, and fires the event once', async () => {
    const element = document.createElement('test-forgiving-widget') as TestForgivingWidget;
    element.setAttribute('services', 'nope utilisation-securisee-du-numerique');
    element.setAttribute('lang', 'en');
    const events: InclusionConfigErrorEvent[] = [];
    element.addEventListener('inclusion-config-error', (event) => events.push(event));
    const container = await fixture(html`<div></div>`);
    container.append(element);
    await element.updateComplete;
    const root = element.shadowRoot!;
    expect(root.querySelector('[part="content"]')?.textContent).to.equal(
      'utilisation-securisee-du-numerique',
    );
    const notice = root.querySelector('[part="config-notice"]');
    expect(notice?.textContent).to.contain('attribute “services”');
    expect(notice?.getAttribute('role')).to.equal(null);
    expect(root.querySelector('[part="config-error"]')).to.equal(null);
    expect(events).to.have.length(1);
    expect(events[0]?.issues[0]?.recovered).to.equal(true);
    await expect(element).to.be.accessible();
  });

  it('shows the error panel when an attribute without recovery is invalid too', async () => {
    const element = await fixture<TestForgivingWidget>(
      html`<test-forgiving-widget services="nope" mode="grid"></test-forgiving-widget>`,
    );
    const root = element.shadowRoot!;
    expect(root.querySelector('[part="content"]')).to.equal(null);
    expect(root.querySelector('[part="config-error"]')?.textContent).to.contain('services');
  });
});
