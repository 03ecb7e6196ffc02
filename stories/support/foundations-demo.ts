import { css, html, LitElement } from 'lit';
import {
  HttpError,
  InvalidResponseError,
  NetworkError,
  TimeoutError,
  type Locale,
} from '@inclusion-widgets/core';
import {
  boolean,
  define,
  hostStyles,
  InclusionElement,
  number,
  problemStyles,
  renderProblem,
  slugList,
  withDefault,
  type ConfigOf,
} from '@inclusion-widgets/ui';

const rules = {
  services: slugList('services'),
  radius: withDefault(number({ min: 100, max: 100_000, integer: true }), 5000),
  freeOnly: boolean(),
};

/**
 * A minimal widget built on `InclusionElement`, for Storybook only: it shows how a widget reads and
 * validates its attributes, and the panel a webmaster sees when one is wrong.
 *
 * @attr services - Services of the data standard, by slug, separated by spaces.
 * @attr radius - Search radius in metres (100 to 100 000).
 * @attr free-only - Only free places.
 */
export class StoryConfigDemo extends InclusionElement<typeof rules> {
  static override attributeRules = rules;

  static override styles = css`
    dl {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: calc(var(--_space) / 4) var(--_space);
      margin: 0;
    }
    dt {
      font-weight: 700;
    }
    dd {
      margin: 0;
    }
  `;

  protected override renderContent(config: ConfigOf<typeof rules>): unknown {
    return html`<dl>
      <dt>services</dt>
      <dd>${config.services.length > 0 ? config.services.join(', ') : '—'}</dd>
      <dt>radius</dt>
      <dd>${config.radius} m</dd>
      <dt>free-only</dt>
      <dd>${String(config.freeOnly)}</dd>
    </dl>`;
  }
}

const url = 'https://api.example.org/v1/lieux?commune=59350';

/** The API errors a citizen can meet, built with the client's real error classes. */
export const sampleErrors = {
  network: () => new NetworkError({ url, cause: new TypeError('Failed to fetch') }),
  timeout: () => new TimeoutError({ url, timeout: 10_000 }),
  unavailable: () => new HttpError({ url, status: 503, statusText: 'Service Unavailable' }),
  notFound: () => new HttpError({ url, status: 404, statusText: 'Not Found' }),
  invalid: () =>
    new InvalidResponseError({ url, reason: 'the body is not JSON (starts with "<!doctype html>")' }),
} as const;

/** The kinds of sample errors. */
export type SampleError = keyof typeof sampleErrors;

/**
 * The API error box of every widget, for Storybook only; "Try again" counts its clicks.
 *
 * @attr error - Which error: network, timeout, unavailable, notFound or invalid.
 * @attr locale - fr or en.
 */
export class StoryProblemDemo extends LitElement {
  static override properties = { error: {}, locale: {}, retries: { state: true } };
  static override styles = [
    hostStyles,
    problemStyles,
    css`
      p.count {
        margin-top: var(--_space);
      }
    `,
  ];

  declare error: SampleError;
  declare locale: Locale;
  declare retries: number;

  constructor() {
    super();
    this.error = 'network';
    this.locale = 'fr';
    this.retries = 0;
  }

  protected override render(): unknown {
    const error = (sampleErrors[this.error] ?? sampleErrors.network)();
    return html`${renderProblem(error, this.locale, () => {
        this.retries += 1;
      })}
      <p class="count">Retries: ${this.retries}</p>`;
  }
}

/** The theme tokens and their defaults, for Storybook only. */
export const tokens = [
  ['--inclusion-color-primary', '#0a6b7c', 'Buttons, links, selected states'],
  ['--inclusion-color-on-primary', '#ffffff', 'Text drawn on the primary colour'],
  ['--inclusion-color-text', '#1f2328', 'Body text'],
  ['--inclusion-color-muted', '#59606a', 'Hints, distances, counts'],
  ['--inclusion-color-surface', '#ffffff', 'Panels, cards, buttons'],
  ['--inclusion-color-border', '#7c828c', 'Borders of fields and cards'],
  ['--inclusion-color-danger', '#b3261e', 'Errors'],
  ['--inclusion-color-success', '#1b7335', '"Open now"'],
  ['--inclusion-font-family', 'inherit', "The host page's font"],
  ['--inclusion-font-size', '1rem', 'Base font size'],
  ['--inclusion-radius', '0.5rem', 'Corner radius'],
  ['--inclusion-space', '1rem', 'Base spacing unit'],
  ['--inclusion-focus-ring', '#0a6b7c', 'Keyboard focus outline'],
] as const;

/**
 * A table of the theme tokens with a swatch in the current value of each colour, for Storybook only.
 */
export class StoryTokens extends LitElement {
  static override styles = [
    hostStyles,
    css`
      table {
        border-collapse: collapse;
      }
      th,
      td {
        padding: 0.25rem 0.75rem;
        border-bottom: 1px solid var(--_color-border);
        text-align: start;
      }
      .swatch {
        display: inline-block;
        inline-size: 2rem;
        block-size: 1.25rem;
        border: 1px solid #000;
        vertical-align: middle;
      }
      .swatch-color-primary {
        background: var(--_color-primary);
      }
      .swatch-color-on-primary {
        background: var(--_color-on-primary);
      }
      .swatch-color-text {
        background: var(--_color-text);
      }
      .swatch-color-muted {
        background: var(--_color-muted);
      }
      .swatch-color-surface {
        background: var(--_color-surface);
      }
      .swatch-color-border {
        background: var(--_color-border);
      }
      .swatch-color-danger {
        background: var(--_color-danger);
      }
      .swatch-color-success {
        background: var(--_color-success);
      }
      .swatch-focus-ring {
        background: var(--_focus-ring);
      }
      .sample button {
        margin-inline-end: var(--_space);
      }
    `,
  ];

  protected override render(): unknown {
    return html`<table>
        <caption class="visually-hidden">
          Theme tokens
        </caption>
        <thead>
          <tr>
            <th scope="col">Token</th>
            <th scope="col">Default</th>
            <th scope="col">Use</th>
            <th scope="col">Now</th>
          </tr>
        </thead>
        <tbody>
          ${tokens.map(([name, value, use]) => {
            const key = name.replace('--inclusion-', '');
            return html`<tr>
              <th scope="row"><code>${name}</code></th>
              <td><code>${value}</code></td>
              <td>${use}</td>
              <td>
                ${key.startsWith('color') || key === 'focus-ring' ? html`<span class="swatch swatch-${key}"></span>` : null}
              </td>
            </tr>`;
          })}
        </tbody>
      </table>
      <p class="sample">
        <button type="button" class="primary">Primary button</button>
        <button type="button">Secondary button</button>
      </p>`;
  }
}

define('story-config-demo', StoryConfigDemo, '0.0.0-story');
define('story-problem-demo', StoryProblemDemo, '0.0.0-story');
define('story-tokens', StoryTokens, '0.0.0-story');

declare global {
  interface HTMLElementTagNameMap {
    'story-config-demo': StoryConfigDemo;
    'story-problem-demo': StoryProblemDemo;
    'story-tokens': StoryTokens;
  }
}
