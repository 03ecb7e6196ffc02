import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { HttpError } from '@inclusion-widgets/core';
import '@inclusion-widgets/configurator/define.js';
import { SavingClient } from '../packages/configurator/src/fake-saving-client.js';

/**
 * `<inclusion-configurator>`, the configurator page's element, in its main states, on the test kit's fake client.
 * The states after the first are reached as a webmaster would: the story clicks and types in the form once it shows.
 */
const meta: Meta = {
  title: 'Configurator',
  tags: ['autodocs'],
};
export default meta;

const api = 'https://api.example.org';

/** One step of a story: a click on the element matching `click`, or `text` typed into the field matching `type`. */
type Step =
  | { readonly click: string }
  | { readonly type: string; readonly text: string }
  | { readonly select: string; readonly value: string };

/** A configurator on the fake client; the steps run in order once its form shows. */
function configurator(
  options: { steps?: readonly Step[]; client?: SavingClient; lang?: string } = {},
): HTMLElement {
  const element = document.createElement('inclusion-configurator');
  element.setAttribute('api', api);
  if (options.lang) element.setAttribute('lang', options.lang);
  element.client = options.client ?? new SavingClient();
  void play(element, options.steps ?? []);
  return element;
}

async function play(element: HTMLElement, steps: readonly Step[]): Promise<void> {
  const root = () => element.shadowRoot;
  for (let attempt = 0; attempt < 100 && !root()?.querySelector('form'); attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  for (const step of steps) {
    await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    if ('click' in step) root()?.querySelector<HTMLElement>(step.click)?.click();
    else if ('select' in step) {
      const select = root()?.querySelector<HTMLSelectElement>(step.select);
      if (select) {
        select.value = step.value;
        select.dispatchEvent(new Event('change'));
      }
    } else {
      const input = root()?.querySelector<HTMLInputElement>(step.type);
      if (input) {
        input.value = step.text;
        input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      }
    }
  }
}

const finderSteps: readonly Step[] = [
  { click: '#territory-departement' },
  { select: '#departement', value: '59' },
  { click: '#services-aide-aux-demarches-administratives' },
  { click: '#frais-a-charge-gratuit' },
  { click: '#open-now' },
];

const saveSteps: readonly Step[] = [
  ...finderSteps,
  { type: '#save-partner', text: 'mairie-belcastel' },
  { type: '#save-token', text: 'jeton-de-demonstration' },
  { type: '#save-name', text: 'carte' },
  { click: '.save button[type="submit"]' },
];

/** At first: the venue finder for all of France, the HTML snippet, the preview. */
export const Initial: StoryObj = { render: () => configurator() };

/** The venue finder for a département, with filters chosen. */
export const FinderWithFilters: StoryObj = { render: () => configurator({ steps: finderSteps }) };

/** The same as a single script tag, for a CMS that strips unknown tags. */
export const ScriptOnly: StoryObj = {
  render: () => configurator({ steps: [...finderSteps, { click: '#mode-script' }] }),
};

/** The iframe snippet, for a CMS that allows only iframes. */
export const Iframe: StoryObj = {
  render: () => configurator({ steps: [...finderSteps, { click: '#mode-iframe' }] }),
};

/** The quiz: which quiz, its colour and language, and its remote configuration. */
export const Quiz: StoryObj = { render: () => configurator({ steps: [{ click: '#widget-quiz' }] }) };

/** A colour typed wrong: the widgets' own message, and no snippet until it is fixed. */
export const InvalidColour: StoryObj = {
  render: () => configurator({ steps: [{ type: '#color', text: 'bleu' }] }),
};

/** A light colour: the palette says which darker colour the widget will use. */
export const LightColour: StoryObj = {
  render: () => configurator({ steps: [{ type: '#color', text: '#ffcc00' }] }),
};

/** Saved as a remote configuration: the snippet holds only `config`. */
export const Saved: StoryObj = { render: () => configurator({ steps: saveSteps }) };

/** The API refused the partner's token. */
export const SaveRefused: StoryObj = {
  render: () => {
    const client = new SavingClient();
    client.saveError = new HttpError({
      url: `${api}/v1/partenaires/mairie-belcastel/configurations/x`,
      status: 403,
    });
    return configurator({ steps: saveSteps, client });
  },
};

/** The save form sent empty: each field names what is missing. */
export const SaveFormIncomplete: StoryObj = {
  render: () => configurator({ steps: [{ click: '.save button[type="submit"]' }] }),
};

/** In English. */
export const English: StoryObj = { render: () => configurator({ lang: 'en', steps: finderSteps }) };
