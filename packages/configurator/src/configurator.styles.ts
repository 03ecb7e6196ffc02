import { css } from 'lit';

/**
 * Styles of `<inclusion-configurator>`: the settings beside the code and the preview on a wide screen, one column
 * below 60rem; big targets (44 px); the host's font.
 */
export const configuratorStyles = css`
  :host {
    container-type: inline-size;
  }

  [hidden] {
    display: none !important;
  }

  .base {
    display: grid;
    gap: var(--_space);
    overflow-wrap: anywhere;
  }

  h2 {
    margin: 0;
    font-size: 1.5em;
    line-height: 1.3;
  }

  h3 {
    margin: 0 0 calc(var(--_space) / 2);
    font-size: 1.2em;
  }

  p {
    margin: 0;
  }

  .columns {
    display: grid;
    /* One column that never grows past the container (a long option of a list would scroll sideways). */
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 1.5);
    align-items: start;
  }

  @container (min-width: 60rem) {
    .columns {
      grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
    }
  }

  .settings,
  .output {
    display: grid;
    gap: var(--_space);
    min-width: 0;
  }

  fieldset {
    margin: 0;
    padding: var(--_space);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    display: grid;
    gap: calc(var(--_space) / 2);
    min-width: 0;
  }

  fieldset.filter {
    border-style: dashed;
  }

  legend {
    padding: 0 0.25em;
    font-weight: 700;
  }

  .option {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: 0.5em;
    align-items: center;
    min-height: 44px;
  }

  .option input {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    accent-color: var(--_color-primary);
  }

  .option .hint {
    grid-column: 2;
  }

  .field {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.25em;
    position: relative;
  }

  label {
    font-weight: 600;
  }

  .option label {
    font-weight: 400;
    padding: 0.5em 0;
  }

  .hint {
    color: var(--_color-muted);
    font-size: 0.9375em;
  }

  input[type='text'],
  input[type='password'],
  select,
  textarea {
    min-height: 44px;
    padding: 0.5em;
    border: 2px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-text);
    font: inherit;
    max-width: 100%;
  }

  [aria-invalid='true'] {
    border-color: var(--_color-danger);
  }

  .error {
    color: var(--_color-danger);
    font-weight: 600;
  }

  .success {
    color: var(--_color-success);
    font-weight: 600;
  }

  .chosen {
    font-weight: 600;
  }

  details {
    display: grid;
    gap: calc(var(--_space) / 2);
  }

  summary {
    min-height: 44px;
    padding: 0.5em 0;
    cursor: pointer;
    font-weight: 600;
    color: var(--_color-primary);
  }

  details[open] > fieldset + fieldset {
    margin-top: calc(var(--_space) / 2);
  }

  [role='listbox'] {
    margin: 0;
    padding: 0;
    list-style: none;
    border: 2px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    max-height: 16rem;
    overflow-y: auto;
  }

  [role='option'] {
    padding: 0.5em;
    min-height: 44px;
    cursor: pointer;
  }

  [role='option'][aria-selected='true'] {
    background: var(--_color-primary);
    color: var(--_color-on-primary);
    outline: 2px solid var(--_color-text);
    outline-offset: -4px;
  }

  [role='option'][aria-selected='true'] .hint {
    color: inherit;
  }

  .color-inputs {
    display: flex;
    gap: 0.5em;
    align-items: center;
  }

  input[type='color'] {
    width: 44px;
    height: 44px;
    padding: 2px;
    border: 2px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }

  .snippet,
  .save,
  .preview {
    display: grid;
    gap: calc(var(--_space) / 2);
    padding: var(--_space);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    min-width: 0;
  }

  textarea {
    width: 100%;
    resize: vertical;
    font-family: ui-monospace, 'Cascadia Mono', 'DejaVu Sans Mono', monospace;
    font-size: 0.875em;
    white-space: pre-wrap;
  }

  .copy {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }

  .blocked {
    padding: var(--_space);
    border: 2px solid var(--_color-danger);
    border-radius: var(--_radius);
  }

  .blocked ul {
    margin: 0.5em 0 0;
    padding-left: 1.25em;
  }

  a {
    color: var(--_color-primary);
  }

  .save form {
    display: grid;
    gap: var(--_space);
  }

  .save form button {
    justify-self: start;
  }

  .preview-frame {
    border: 2px dashed var(--_color-border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) / 2);
    min-height: 10rem;
  }

  @media (forced-colors: active) {
    [role='option'][aria-selected='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
