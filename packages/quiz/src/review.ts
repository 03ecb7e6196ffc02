/**
 * The review of `<inclusion-quiz>`: every question shown, with the answers given and a "Modifier" button each.
 * Loaded when the last question is answered.
 */
import { css, html, type TemplateResult } from 'lit';
import {
  visibleQuestions,
  type Locale,
  type QuizAnswers,
  type QuizDefinition,
} from '@inclusion-widgets/core';
import { renderHeading } from '@inclusion-widgets/ui';
import { rt } from './result.messages.js';

/** What the review shows and what its buttons do. */
export interface ReviewContext {
  readonly quiz: QuizDefinition;
  readonly answers: QuizAnswers;
  readonly locale: Locale;
  /** The level of the screen's title (`heading-level`; `undefined`: 2). */
  readonly headingLevel?: number | undefined;
  /** "Modifier": back to this question, then back to the review. */
  readonly onEdit: (questionId: string) => void;
  /** Back to the last question. */
  readonly onBack: () => void;
  /** "Voir mon résultat". */
  readonly onFinish: () => void;
}

/**
 * The review screen: the questions shown, in order, each with its answers (or "Pas de réponse") and a button to
 * change them.
 *
 * @example
 * html`${renderReview({ quiz, answers, locale: 'fr', onEdit, onBack, onFinish })}`;
 */
export function renderReview(context: ReviewContext): TemplateResult {
  const { quiz, answers, locale } = context;
  return html`<div part="review" class="screen review">
    ${renderHeading(context.headingLevel, undefined, rt(locale, 'review.title'), undefined, true)}
    <p>${rt(locale, 'review.intro')}</p>
    <ol class="review-list">
      ${visibleQuestions(quiz, answers).map((question) => {
        const chosen = question.choices.filter((choice) => answers[question.id]?.includes(choice.id));
        return html`<li class="review-item">
          <div class="review-body">
            <p class="review-question">${question.text}</p>
            ${
              chosen.length > 0
                ? html`<ul class="review-answers">
                    ${chosen.map((choice) => html`<li>${choice.text}</li>`)}
                  </ul>`
                : html`<p class="review-none">
                    ${rt(locale, 'review.none')}${question.essential ? html`. ${rt(locale, 'review.needed')}` : ''}
                  </p>`
            }
            <button type="button" class="secondary" @click=${() => context.onEdit(question.id)}>
              ${rt(locale, 'review.edit')}<span class="visually-hidden"
                >${rt(locale, 'review.editSuffix', { question: question.text })}</span
              >
            </button>
          </div>
        </li>`;
      })}
    </ol>
    <div class="actions">
      <button type="button" class="secondary" @click=${context.onBack}>${rt(locale, 'review.back')}</button>
      <button type="button" class="primary" @click=${context.onFinish}>${rt(locale, 'review.finish')}</button>
    </div>
  </div>`;
}

/** Styles of the review, added to the quiz's when it loads. */
export const styles = css`
  .review-list {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding-inline-start: 1.5em;
  }

  .review-item {
    padding-block-end: var(--_space);
    border-block-end: 1px solid var(--_color-border);
  }

  .review-item::marker {
    font-weight: 700;
  }

  .review-body {
    display: grid;
    gap: calc(var(--_space) / 4);
    justify-items: start;
  }

  .review-question {
    overflow-wrap: anywhere;
  }

  .review-question {
    font-weight: 700;
  }

  .review-answers {
    margin: 0;
    padding-inline-start: 1.25em;
  }

  .review-none {
    color: var(--_color-muted);
    font-style: italic;
  }
`;
