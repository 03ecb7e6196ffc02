/**
 * The question screen of `<inclusion-orientation>` and the flow behind it (what comes next, the progress, the
 * answers a quiz result gives), loaded when the person starts or resumes: the start screen needs none of it.
 */
import { css, html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import {
  choiceText,
  isHelping,
  orientationProgress,
  questionTexts,
  type Locale,
  type OrientationAnswers,
  type OrientationDefinition,
  type OrientationQuestion,
} from '@inclusion-widgets/core';
import type * as GlossaryModule from '@inclusion-widgets/ui/glossary.js';
import { renderHeading } from '@inclusion-widgets/ui';
import { qt as t } from './question.messages.js';

export {
  answersFromQuiz,
  effectiveAnswers,
  isHelping,
  nextOrientationQuestion,
  orientationProgress,
} from '@inclusion-widgets/core';

/** What the question screen shows and what its controls do. */
export interface QuestionContext {
  readonly orientation: OrientationDefinition;
  readonly question: OrientationQuestion;
  readonly answers: OrientationAnswers;
  /** The questions not asked (the audience in professional mode, the quiz's), out of the progress. */
  readonly skipped: ReadonlySet<string>;
  readonly professional: boolean;
  /** The person came from the end screen: "Retour" leads back to it. */
  readonly editing: boolean;
  /** An essential question was left without an answer. */
  readonly missingAnswer: boolean;
  readonly locale: Locale;
  /** The level of the question's heading (`heading-level`; `undefined`: 2). */
  readonly headingLevel?: number | undefined;
  /** The address relative image paths resolve against. */
  readonly base: string;
  readonly onChoice: (event: Event) => void;
  readonly onNext: (event: SubmitEvent) => void;
  readonly onBack: () => void;
  /** The element that shows the question: the glossary's terms in its texts belong to it. */
  readonly host?: ReactiveControllerHost & HTMLElement;
}

let glossaryModule: typeof GlossaryModule | undefined;
let glossaryLoading: Promise<typeof GlossaryModule | undefined> | undefined;

/**
 * The glossary of `host`, once loaded; the first call imports it (the start screen never does) and updates the
 * host when it is there. Offline, the texts stay plain.
 */
function glossaryOf(host: (ReactiveControllerHost & HTMLElement) | undefined) {
  if (!host) return undefined;
  if (glossaryModule) return glossaryModule.glossaryFor(host);
  glossaryLoading ??= import('@inclusion-widgets/ui/glossary.js').then(
    (module) => (glossaryModule = module),
    () => undefined,
  );
  void glossaryLoading.then((module) => module && host.requestUpdate());
  return undefined;
}

/**
 * The question screen: its step and progress, the question as the legend of a fieldset, its choices (radio
 * buttons, or checkboxes for several answers), "Retour" and "Suivant" (or "Passer cette question").
 *
 * @example
 * html`${renderQuestion({ orientation, question, answers, skipped, locale: 'fr', … })}`;
 */
export function renderQuestion(context: QuestionContext): TemplateResult {
  const { orientation, question, answers, locale } = context;
  const progress = orientationProgress(orientation, answers, question.id, context.skipped);
  const helping = isHelping(orientation, answers, context.professional);
  const texts = questionTexts(question, helping, context.professional);
  const answer = answers[question.id] ?? [];
  const described = [
    texts.help ? 'question-help' : '',
    question.multiple ? 'question-multiple' : '',
    question.essential ? 'question-required' : '',
    context.missingAnswer ? 'question-error' : '',
  ].filter(Boolean);
  const imageSrc = question.image ? imageSource(question.image.src, context.base) : undefined;
  const nextLabel =
    answer.length > 0 || question.essential ? t(locale, 'question.next') : t(locale, 'question.skip');
  // Terms of the answers are explained after them, in a line of their own: a button may not go inside a label.
  const [text, help, more] = glossaryOf(context.host)?.render(
    locale,
    [texts.text, texts.help],
    question.choices.map((choice) => choiceText(choice, helping)),
  ) ?? [texts.text, texts.help];
  return html`<div part="question" class="screen question">
    ${
      progress.step
        ? html`<p class="step">
            ${t(locale, 'question.step', {
              position: progress.stepPosition,
              total: progress.stepTotal,
              title: progress.step.title,
            })}
          </p>`
        : nothing
    }
    <p class="progress" aria-hidden="true">
      ${t(locale, 'question.progress', { position: progress.position, total: progress.total })}
    </p>
    <svg class="progress-bar" aria-hidden="true" focusable="false">
      <rect class="track" x="0.5" y="0.5" width="99%" height="7" rx="3"></rect>
      <rect
        class="done"
        x="0"
        y="0"
        width="${Math.round((progress.position / Math.max(progress.total, 1)) * 100)}%"
        height="8"
        rx="3"
      ></rect>
    </svg>
    <form novalidate @submit=${context.onNext}>
      <fieldset aria-describedby=${described.length > 0 ? described.join(' ') : nothing}>
        <legend>${renderHeading(context.headingLevel, undefined, text, undefined, true)}</legend>
        ${texts.help ? html`<p id="question-help" class="help">${help}</p>` : nothing}
        ${
          question.multiple
            ? html`<p id="question-multiple" class="hint">${t(locale, 'question.multiple')}</p>`
            : nothing
        }
        ${
          question.essential
            ? html`<p id="question-required" class="hint">${t(locale, 'question.required')}</p>`
            : nothing
        }
        ${
          question.image && imageSrc
            ? html`<img class="image" src=${imageSrc} alt=${question.image.alt} />`
            : nothing
        }
        <div class="choices">
          ${question.choices.map(
            (choice) =>
              html`<label part="choice" class="choice">
                <input
                  type=${question.multiple ? 'checkbox' : 'radio'}
                  name=${question.id}
                  .value=${choice.id}
                  .checked=${live(answer.includes(choice.id))}
                  @change=${context.onChoice}
                />
                <span>${choiceText(choice, helping)}</span>
              </label>`,
          )}
        </div>
        ${more}
        ${
          context.missingAnswer
            ? html`<p id="question-error" class="error" role="alert">${t(locale, 'question.missing')}</p>`
            : nothing
        }
      </fieldset>
      <div class="actions">
        <button type="button" class="secondary" @click=${context.onBack}>
          ${t(locale, context.editing ? 'question.backToEnd' : 'question.back')}
        </button>
        <button type="submit" class="primary">${nextLabel}</button>
      </div>
    </form>
  </div>`;
}

/**
 * What the polite live region says on a question screen: "Question 2 sur 11".
 *
 * @example
 * progressText(orientation, answers, 'internet', new Set(), 'fr'); // 'Question 5 sur 11'
 */
export function progressText(
  orientation: OrientationDefinition,
  answers: OrientationAnswers,
  questionId: string,
  skipped: ReadonlySet<string>,
  locale: Locale,
): string {
  const { position, total } = orientationProgress(orientation, answers, questionId, skipped);
  return t(locale, 'question.progress', { position, total });
}

/** An image's address resolved against the definition's, when it is http(s). */
function imageSource(src: string, base: string): string | undefined {
  try {
    const url = new URL(src, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Styles of the question screen, added to the widget's when it loads. Big targets (44 px at least). */
export const styles = css`
  .step,
  .progress {
    color: var(--_color-muted);
    font-weight: 600;
  }

  .progress-bar {
    display: block;
    width: 100%;
    height: 0.5rem;
  }

  .progress-bar .track {
    fill: var(--_color-surface);
    stroke: var(--_color-border);
  }

  .progress-bar .done {
    fill: var(--_color-primary);
  }

  form {
    display: grid;
    gap: var(--_space);
  }

  fieldset {
    display: grid;
    gap: calc(var(--_space) / 2);
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }

  legend {
    max-width: 100%;
    padding: 0;
    margin-block-end: calc(var(--_space) / 2);
  }

  .image {
    display: block;
    max-width: 100%;
    max-height: 16rem;
    height: auto;
    object-fit: contain;
    justify-self: start;
  }

  .choices {
    display: grid;
    gap: calc(var(--_space) / 2);
  }

  .choice {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: calc(var(--_space) / 2);
    align-items: center;
    min-height: 44px;
    padding: calc(var(--_space) / 2) var(--_space);
    border: 2px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    cursor: pointer;
    overflow-wrap: anywhere;
  }

  .choice:has(input:checked) {
    border-color: var(--_color-primary);
    background: var(--_choice-selected);
    font-weight: 600;
  }

  .choice input {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
  }

  .error {
    padding: calc(var(--_space) / 2) var(--_space);
    border-inline-start: 4px solid var(--_color-danger);
    color: var(--_color-danger);
    font-weight: 600;
  }

  :host([mode='professional']) form {
    gap: calc(var(--_space) / 2);
  }

  @media (forced-colors: active) {
    .choice:has(input:checked) {
      border-color: Highlight;
    }

    .progress-bar .done {
      fill: Highlight;
    }
  }

  @media print {
    .progress-bar {
      display: none !important;
    }
  }
`;
