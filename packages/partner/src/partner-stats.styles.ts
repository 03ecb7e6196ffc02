import { css } from 'lit';

/** Styles of `<inclusion-partner-stats>` (the base class adds the theme's tokens, buttons and focus ring). */
export const partnerStatsStyles = css`
  :host {
    --_bar: var(--inclusion-partner-bar, var(--_color-primary));
  }

  [part='base'] {
    display: grid;
    gap: var(--_space);
  }

  h2,
  h3 {
    margin: 0;
    line-height: 1.25;
  }

  h2:focus {
    outline: none;
  }

  h2:focus-visible {
    outline: 3px solid var(--_focus-ring);
  }

  p {
    margin: 0;
  }

  form,
  .field {
    display: grid;
    gap: calc(var(--_space) / 2);
    max-width: 32rem;
  }

  form {
    gap: var(--_space);
  }

  label {
    font-weight: 600;
  }

  .hint {
    color: var(--_color-muted);
  }

  input[type='text'],
  input[type='password'] {
    min-height: 44px;
    padding: calc(var(--_space) / 2);
    border: 2px solid var(--_color-border);
    border-radius: var(--_radius);
    font: inherit;
    color: inherit;
    background: var(--_color-surface);
  }

  input[aria-invalid='true'] {
    border-color: var(--_color-danger);
  }

  .field-error,
  [part='error'] {
    color: var(--_color-danger);
    font-weight: 600;
  }

  [part='error'] {
    padding: var(--_space);
    border: 2px solid var(--_color-danger);
    border-radius: var(--_radius);
  }

  [part='error'] p + p {
    margin-top: calc(var(--_space) / 2);
    font-weight: 400;
    color: var(--_color-text);
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: end;
  }

  fieldset {
    margin: 0;
    padding: calc(var(--_space) / 2) var(--_space);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
  }

  fieldset label {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: 44px;
    margin-inline-end: var(--_space);
    font-weight: 400;
  }

  input[type='radio'] {
    width: 1.25em;
    height: 1.25em;
  }

  a[download] {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    padding: calc(var(--_space) / 2) var(--_space);
    border: 2px solid var(--_color-primary);
    border-radius: var(--_radius);
    color: var(--_color-on-primary);
    background: var(--_color-primary);
    font-weight: 600;
    text-decoration: none;
  }

  .key-figures {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .key-figures li {
    padding: calc(var(--_space) / 2) var(--_space);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
  }

  .key-figures strong {
    display: block;
    font-size: 1.5em;
  }

  section {
    display: grid;
    gap: calc(var(--_space) / 2);
    padding-top: var(--_space);
    border-top: 1px solid var(--_color-border);
  }

  figure {
    margin: 0;
  }

  figcaption {
    font-weight: 600;
  }

  .chart {
    display: grid;
    gap: 0.25em 0.5em;
    max-width: 48rem;
    margin-top: calc(var(--_space) / 2);
  }

  .chart.bars {
    grid-template-columns: minmax(0, 1fr) max-content;
  }

  .chart.weeks {
    grid-template-columns: max-content minmax(0, 1fr) max-content;
  }

  .chart .row {
    display: grid;
    grid-column: 1 / -1;
    grid-template-columns: subgrid;
    align-items: center;
  }

  .chart.bars .label {
    grid-column: 1 / -1;
  }

  .chart.bars .row + .row {
    margin-top: 0.5em;
  }

  .chart.weeks .label {
    color: var(--_color-muted);
    font-variant-numeric: tabular-nums;
  }

  .chart .label {
    overflow-wrap: anywhere;
  }

  .chart .bar {
    display: block;
    width: 100%;
    height: 1.25em;
    overflow: visible;
  }

  .chart .track {
    fill: none;
    stroke: var(--_color-border);
    stroke-width: 1;
  }

  .chart .fill {
    fill: var(--_bar);
  }

  .chart .value {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    text-align: end;
  }

  details {
    max-width: 100%;
    overflow-x: auto;
  }

  summary {
    min-height: 44px;
    padding: calc(var(--_space) / 2) 0;
    color: var(--_color-primary);
    font-weight: 600;
    cursor: pointer;
  }

  table {
    border-collapse: collapse;
    margin-block: calc(var(--_space) / 2);
  }

  caption {
    text-align: start;
    font-weight: 600;
  }

  th,
  td {
    padding: 0.25em 0.75em;
    border: 1px solid var(--_color-border);
    text-align: start;
    overflow-wrap: anywhere;
    hyphens: auto;
  }

  td.number {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }

  .muted {
    color: var(--_color-muted);
  }

  @media (forced-colors: active) {
    .chart .fill {
      fill: CanvasText;
    }
    .chart .track {
      stroke: CanvasText;
    }
  }
`;
