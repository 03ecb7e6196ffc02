import { css } from 'lit';

/**
 * Styles of `<inclusion-orientation>`'s start screen and frame (the question screen, the end screen and the sheet
 * add theirs when they load). From 280 px wide to a full page; big targets (44 px at least); no motion.
 */
export const orientationStyles = css`
  :host {
    --_choice-selected: var(
      --inclusion-orientation-choice-selected,
      color-mix(in srgb, var(--_color-primary) 10%, var(--_color-surface))
    );
    container-type: inline-size;
  }

  [hidden] {
    display: none !important;
  }

  .base,
  .screen {
    display: grid;
    gap: var(--_space);
  }

  /* A long word of the definition (in any text) wraps instead of widening the grid past the container. */
  .base {
    overflow-wrap: anywhere;
  }

  /* Titles at any heading-level: a screen's title is [data-heading], its sections the other headings. */
  :is(h2, h3, h4, h5, h6) {
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

  .hint,
  .help {
    color: var(--_color-muted);
  }

  .config-error code {
    font-family: ui-monospace, monospace;
    font-size: 0.95em;
  }

  :host([mode='professional']) .base,
  :host([mode='professional']) .screen {
    gap: calc(var(--_space) / 2);
  }

  :host([mode='professional']) [data-heading] {
    font-size: 1.125em;
  }

  @container (max-width: 24rem) {
    .actions button {
      flex: 1 1 100%;
    }

    /* Stacked in the order of the keyboard ("Retour" then "Suivant"), never reordered (RGAA 12.8). */
    .actions .primary {
      margin-inline-start: 0;
    }
  }

  @media print {
    .actions {
      display: none !important;
    }
  }
`;
