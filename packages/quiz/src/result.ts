/**
 * The result screen of `<inclusion-quiz>` and the scoring behind it, loaded when a result is first shown: the
 * sentence of the level, the chart per area, what the person knows and can learn, where to go next, print and
 * start again.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { InclusionApi, Locale, QuizDefinition, QuizResult } from '@inclusion-widgets/core';
import { renderHeading, sendStatistic, type Logger } from '@inclusion-widgets/ui';
import type { NextTarget } from './attributes.js';
import { renderAreaChart } from './chart.js';
import { InclusionQuizCompleteEvent } from './events.js';
import { rt } from './result.messages.js';

export { scoreQuiz } from '@inclusion-widgets/core';

/** The most weakest areas one statistics event carries (`evenementLimits.domaines`). */
const maxWeakAreas = 20;

/**
 * The person asked for their result: tells the page (`inclusion-quiz-complete`) and, when the partner turned
 * statistics on (`stats`, with `partner` and the API), sends one anonymous event: the level and the weakest
 * areas, nothing else. Here rather than in the quiz element, whose first screen never needs it.
 *
 * @example
 * announceResult(quizElement, result, config.stats, config.partner, client, logger);
 */
export function announceResult(
  host: HTMLElement,
  result: QuizResult,
  stats: boolean | undefined,
  partner: string | undefined,
  client: InclusionApi | undefined,
  logger: Logger,
): void {
  host.dispatchEvent(new InclusionQuizCompleteEvent(result));
  sendStatistic(
    {
      type: 'quiz-termine',
      widget: 'quiz',
      quiz: result.quizId,
      niveau: result.level,
      domaines_faibles: result.weakAreas.slice(0, maxWeakAreas),
    },
    { stats, partner, client, logger },
  );
}

/** The elements `next="#id"` may hand over to. */
const handOverTags = ['inclusion-venue-finder', 'inclusion-orientation'] as const;

/** What the result shows and what its buttons do. */
export interface ResultContext {
  /** The quiz element (to find the element `next` names, in its own tree). */
  readonly host: HTMLElement;
  readonly quiz: QuizDefinition;
  readonly result: QuizResult;
  readonly locale: Locale;
  /** Where to go next, from the `next` attribute. */
  readonly next: NextTarget | undefined;
  /** The level of the screen's title (`heading-level`; `undefined`: 2); its sections one below, at most 6. */
  readonly headingLevel?: number | undefined;
  readonly logger: Logger;
  /** "Recommencer le questionnaire". */
  readonly onRestart: () => void;
}

/**
 * The result screen.
 *
 * @example
 * html`${renderResult({ host, quiz, result: scoreQuiz(quiz, answers), locale: 'fr', next, logger, onRestart })}`;
 */
export function renderResult(context: ResultContext): TemplateResult {
  const { result, locale } = context;
  const level = context.headingLevel ?? 2;
  const known = result.areas.flatMap((area) => (area.known ? [area.known] : []));
  const learn = result.areas.flatMap((area) => (area.next ? [area.next] : []));
  return html`<div part="result" class="screen result" data-band=${result.band}>
    ${renderHeading(level, undefined, rt(locale, 'result.title'), undefined, true)}
    <div class="level">
      <p class="level-title">${result.title}</p>
      <p>${result.text}</p>
      ${result.capped ? html`<p class="hint">${rt(locale, 'result.capped')}</p>` : nothing}
    </div>
    ${renderAreaChart(result.areas, locale)}
    ${
      known.length > 0
        ? html`<section class="known" aria-labelledby="result-known">
            ${renderHeading(level + 1, undefined, rt(locale, 'result.known'), 'result-known')}
            <ul>
              ${known.map((text) => html`<li>${text}</li>`)}
            </ul>
          </section>`
        : nothing
    }
    ${
      learn.length > 0
        ? html`<section class="learn" aria-labelledby="result-learn">
            ${renderHeading(level + 1, undefined, rt(locale, 'result.learn'), 'result-learn')}
            <ul>
              ${learn.map((text) => html`<li>${text}</li>`)}
            </ul>
          </section>`
        : nothing
    }
    ${renderNextSteps(context)}
    <div class="actions">
      <button type="button" class="secondary" @click=${() => window.print()}>
        ${rt(locale, 'result.print')}
      </button>
      <button type="button" class="secondary" @click=${context.onRestart}>
        ${rt(locale, 'result.restart')}
      </button>
    </div>
  </div>`;
}

/** Where to find help: a link built from `next`, or a button handing over to an element of the page. */
function renderNextSteps(context: ResultContext): TemplateResult | typeof nothing {
  const { next, locale, result } = context;
  if (!next) return nothing;
  let action: TemplateResult;
  if (next.kind === 'url') {
    action = html`<a class="button primary" href=${nextLink(next.href, result.services)}>
      ${rt(locale, 'result.findPlace')}
    </a>`;
  } else {
    const target = handOverTarget(context.host, next.id);
    if (!target) {
      context.logger.warnOnce(
        `next-${next.id}`,
        `next="#${next.id}": no <${handOverTags.join('> or <')}> has this id on the page; the hand-over is not offered.`,
      );
      return nothing;
    }
    const label =
      target.localName === 'inclusion-orientation' ? 'result.handOverOrientation' : 'result.handOverFinder';
    action = html`<button type="button" class="primary" @click=${() => handOver(target, result.services)}>
      ${rt(locale, label)}
    </button>`;
  }
  return html`<section class="next-steps" aria-labelledby="result-next">
    ${renderHeading((context.headingLevel ?? 2) + 1, undefined, rt(locale, 'result.nextSteps'), 'result-next')}
    <p>${rt(locale, 'result.nextText')}</p>
    <div class="actions">${action}</div>
  </section>`;
}

/**
 * The address of the next page with the result's services as `lieux-services=a,b`, the parameter a venue
 * finder with `sync-url` reads.
 *
 * @example
 * nextLink('https://ville.fr/aide', ['aide-aux-demarches-administratives']);
 * // 'https://ville.fr/aide?lieux-services=aide-aux-demarches-administratives'
 */
export function nextLink(href: string, services: readonly string[]): string {
  const url = new URL(href);
  if (services.length > 0) url.searchParams.set('lieux-services', services.join(','));
  return url.href;
}

/** The venue finder or orientation assistant with this id, in the quiz's tree or the page. */
export function handOverTarget(host: HTMLElement, id: string): HTMLElement | undefined {
  const root = host.getRootNode() as Document | ShadowRoot;
  const found = root.getElementById(id) ?? host.ownerDocument.getElementById(id);
  return found instanceof HTMLElement && (handOverTags as readonly string[]).includes(found.localName)
    ? found
    : undefined;
}

/** Gives the result's services to the element, brings it into view and moves the focus to it. */
export function handOver(target: HTMLElement, services: readonly string[]): void {
  target.setAttribute('services', services.join(','));
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  target.scrollIntoView({ behavior: reduce ? 'auto' : 'smooth', block: 'start' });
  target.focus({ preventScroll: true });
}

/** Styles of the result, added to the quiz's when it loads; with what a printed result keeps. */
export const styles = css`
  .level {
    display: grid;
    gap: calc(var(--_space) / 4);
    padding: var(--_space);
    border-inline-start: 6px solid var(--_color-primary);
    background: var(--_choice-selected);
  }

  .level-title {
    font-size: 1.25em;
    font-weight: 700;
  }

  .chart {
    width: 100%;
    border-collapse: collapse;
  }

  .chart caption {
    margin-block-end: calc(var(--_space) / 2);
    font-size: 1.125em;
    font-weight: 700;
    text-align: start;
  }

  .chart th,
  .chart td {
    padding: calc(var(--_space) / 2);
    border-block-end: 1px solid var(--_color-border);
    text-align: start;
    vertical-align: middle;
    /* A long level name ("Intermédiaire") may break rather than push the table wider than a 320 px screen
       under enlarged text spacing (RGAA 10.11, 10.12). */
    overflow-wrap: anywhere;
    hyphens: auto;
  }

  .chart thead th {
    color: var(--_color-muted);
    font-size: 0.9em;
  }

  .chart .score {
    width: 45%;
  }

  @container (max-width: 24rem) {
    .chart th,
    .chart td {
      padding-inline: calc(var(--_space) / 4);
    }

    /* The bar takes what the words leave, and the level keeps room for its longest name: without it, the
       table squeezed "Intermédiaire" into three lines at 360 px. */
    .chart .score {
      width: auto;
    }

    .chart .band {
      width: 7.5em;
    }
  }

  .bar {
    display: block;
    width: 100%;
    height: 1.25rem;
  }

  .bar .track {
    fill: var(--_color-surface);
    stroke: var(--_color-border);
  }

  .bar .fill {
    fill: var(--_color-primary);
  }

  .value {
    font-weight: 700;
  }

  .known ul,
  .learn ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }

  a.button {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    padding: calc(var(--_space) / 2) var(--_space);
    border: 2px solid var(--_color-primary);
    border-radius: var(--_radius);
    background: var(--_color-primary);
    color: var(--_color-on-primary);
    font-weight: 600;
    text-decoration: underline;
  }

  @media (forced-colors: active) {
    .bar .fill {
      fill: CanvasText;
    }

    a.button {
      border-color: LinkText;
      background: Canvas;
      color: LinkText;
    }
  }

  @media print {
    .level {
      border-inline-start-color: #000;
      background: none;
    }

    .bar .fill {
      fill: #333;
    }

    .next-steps .actions {
      display: none !important;
    }
  }
`;
