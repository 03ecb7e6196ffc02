import { css } from 'lit';

/**
 * Styles of `<inclusion-quiz>` up to the last question (the review and the result add theirs when they load).
 * From 280 px wide to a full page; big targets (44 px at least); no motion.
 */
export const quizStyles = css`
  :host {
    --_choice-selected: var(
      --inclusion-quiz-choice-selected,
      color-mix(in srgb, var(--_color-primary) 10%, var(--_color-surface))
    );
    container-type: inline-size;
  }

  [hidden] {
    display: none !important;
  }

  .base {
    display: grid;
    gap: var(--_space);
    /* A long word of the definition (in any text) wraps instead of widening the grid past the container. */
    overflow-wrap: anywhere;
  }

  /* Titles at any heading-level: a screen's title is [data-heading], its sections the other headings. */
  :is(h2, h3, h4, h5, h6),
  .choice {
    overflow-wrap: anywhere;
  }

  :is(h3, h4, h5, h6) {
    margin: 0 0 calc(var(--_space) / 2);
    font-size: 1.125em;
    line-height: 1.3;
  }

  [data-heading] {
    margin: 0;
    font-size: 1.375em;
  }

  [tabindex='-1']:focus {
    outline: none;
  }

  [tabindex='-1']:focus-visible {
    outline: 3px solid var(--_focus-ring);
    outline-offset: 2px;
  }

  p {
    margin: 0;
  }

  .screen {
    display: grid;
    gap: var(--_space);
  }

  .facts {
    display: grid;
    gap: calc(var(--_space) / 2);
    margin: 0;
    padding-inline-start: 1.25em;
  }

  .resume {
    display: grid;
    gap: calc(var(--_space) / 2);
    padding: var(--_space);
    border: 2px solid var(--_color-primary);
    border-radius: var(--_radius);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
    align-items: center;
  }

  .actions .primary {
    margin-inline-start: auto;
  }

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

  .hint,
  .help {
    color: var(--_color-muted);
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

  .listen {
    justify-self: start;
  }

  .config-error code {
    font-family: ui-monospace, monospace;
    font-size: 0.95em;
  }

  @container (max-width: 24rem) {
    .actions button {
      flex: 1 1 100%;
    }

    /* Stacked in the order Tab reaches them (RGAA 12.8): "Retour" above the main button. */
    .actions .primary {
      margin-inline-start: 0;
    }
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
    .actions,
    .listen,
    .progress-bar {
      display: none !important;
    }
  }
`;
