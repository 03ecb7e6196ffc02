import { css, unsafeCSS, type CSSResult } from 'lit';

/**
 * The option with the visual focus in forced colours mode: Highlight colours, out of the forced palette so
 * that the text backplates Chromium draws in Canvas colour do not hide its HighlightText. A plain string only
 * because lit-analyzer's CSS checker does not know `forced-color-adjust` yet.
 */
const forcedColorsActiveOption = unsafeCSS(`
  @media (forced-colors: active) {
    .option[aria-selected='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      outline-color: HighlightText;
    }
  }
`);

const styles = css`
  .controls {
    display: flex;
    margin-top: calc(var(--_space) / 2);
    flex-wrap: wrap;
    align-items: flex-end;
    gap: calc(var(--_space) / 2) var(--_space);
  }

  .label {
    display: block;
    font-weight: 600;
  }

  .hint {
    margin: 0 0 0.25rem;
    color: var(--_color-muted);
  }

  .combobox {
    position: relative;
  }

  input,
  select {
    min-height: 44px;
    border: 2px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-text);
    font: inherit;
    /* Under 16 px, phones zoom the page in when the field gets the focus. */
    font-size: max(1em, 16px);
  }

  input {
    width: 100%;
    padding: 0.375rem 0.75rem;
  }

  select {
    max-width: 100%;
    padding: 0.375rem 0.5rem;
  }

  input:disabled,
  select:disabled {
    color: var(--_color-muted);
    cursor: not-allowed;
  }

  .listbox {
    position: absolute;
    z-index: 10;
    top: calc(100% + 4px);
    left: 0;
    right: 0;
    max-height: min(20rem, 60vh);
    overflow-y: auto;
    margin: 0;
    padding: 0;
    list-style: none;
    border: 2px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    box-shadow: 0 4px 12px rgb(0 0 0 / 20%);
  }

  .listbox[hidden] {
    display: none;
  }

  .option {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    column-gap: 0.5em;
    min-height: 44px;
    padding: 0.375rem 0.75rem;
    cursor: pointer;
  }

  .option + .option {
    border-top: 1px solid var(--_color-border);
  }

  .option:hover .name {
    text-decoration: underline;
  }

  .option[aria-selected='true'] {
    background: var(--_color-primary);
    color: var(--_color-on-primary);
    outline: 3px solid var(--_focus-ring);
    outline-offset: -3px;
  }

  .name {
    font-weight: 600;
  }

  .details {
    color: var(--_color-muted);
  }

  .option[aria-selected='true'] .details {
    color: inherit;
  }

  .message {
    margin: 0.25rem 0 0;
  }

  .search .problem {
    margin-top: 0.5rem;
  }

  .locate svg {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    fill: currentColor;
  }

  .locate[aria-disabled='true'] {
    cursor: progress;
  }

  .radius {
    display: flex;
    flex-direction: column;
    max-width: 100%;
  }

  .radius label {
    font-weight: 600;
  }

  .geolocation p {
    margin: calc(var(--_space) / 2) 0 0;
  }

  .geolocation .failed {
    padding: calc(var(--_space) / 2) var(--_space);
    border: 2px solid var(--_color-danger);
    border-radius: var(--_radius);
  }

  @media (forced-colors: active) {
    .listbox {
      border-color: CanvasText;
    }

    .locate svg {
      fill: ButtonText;
    }
  }
`;

/** Styles of `<inclusion-location-search>`, after `hostStyles` and `problemStyles`. */
export const locationSearchStyles: readonly CSSResult[] = [styles, forcedColorsActiveOption];
