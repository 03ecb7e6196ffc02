import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import './support/foundations-demo.js';
import type { SampleError } from './support/foundations-demo.js';

/**
 * What every widget shares, before any widget exists: the configuration panel a webmaster sees when an
 * attribute is wrong, the API error box a citizen sees when the service fails, and the theme tokens.
 */
const meta: Meta = {
  title: 'Foundations',
  tags: ['autodocs'],
};
export default meta;

interface ConfigArgs {
  services: string;
  radius: string;
  freeOnly: boolean;
  lang: 'fr' | 'en';
}

/**
 * A widget reads its configuration from attributes and validates it. Change `services` or `radius` to a wrong
 * value: the widget shows which attribute is wrong and why, in the page's language, and logs it in the console.
 */
export const Configuration: StoryObj<ConfigArgs> = {
  args: { services: 'aide-aux-demarches-administratives', radius: '5000', freeOnly: false, lang: 'fr' },
  argTypes: { lang: { control: 'inline-radio', options: ['fr', 'en'] } },
  render: ({ services, radius, freeOnly, lang }) =>
    html`<story-config-demo
      lang=${lang}
      services=${services}
      radius=${radius}
      ?free-only=${freeOnly}
    ></story-config-demo>`,
};

/** The panel shown in place of a widget whose attributes are wrong (an unknown service, a radius in km). */
export const ConfigurationError: StoryObj<ConfigArgs> = {
  ...Configuration,
  args: { services: 'aide-demarches wifi', radius: '5km', freeOnly: false, lang: 'fr' },
};

/** The same panel in English. */
export const ConfigurationErrorEnglish: StoryObj<ConfigArgs> = {
  ...Configuration,
  args: { services: 'aide-demarches wifi', radius: '5km', freeOnly: false, lang: 'en' },
};

interface ProblemArgs {
  error: SampleError;
  locale: 'fr' | 'en';
}

/** The box a citizen sees when the API fails, with "Try again" when trying again can help. */
export const ApiProblem: StoryObj<ProblemArgs> = {
  args: { error: 'network', locale: 'fr' },
  argTypes: {
    error: { control: 'select', options: ['network', 'timeout', 'unavailable', 'notFound', 'invalid'] },
    locale: { control: 'inline-radio', options: ['fr', 'en'] },
  },
  render: ({ error, locale }) =>
    html`<story-problem-demo error=${error} locale=${locale}></story-problem-demo>`,
};

/** The theme tokens with their defaults; override any of them on a widget or an ancestor. */
export const ThemeTokens: StoryObj = {
  render: () => html`<story-tokens></story-tokens>`,
};

/** The same tokens, overridden by a host page (a purple authority with square corners). */
export const ThemeTokensOverridden: StoryObj = {
  render: () =>
    html`<style>
        .purple-authority {
          --inclusion-color-primary: #6a1b9a;
          --inclusion-focus-ring: #6a1b9a;
          --inclusion-radius: 0;
          font-family: Georgia, serif;
        }
      </style>
      <div class="purple-authority"><story-tokens></story-tokens></div>`,
};
