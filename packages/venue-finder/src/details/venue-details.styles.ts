import { css } from 'lit';

/**
 * Styles of `<inclusion-venue-details>`, after ui's `hostStyles` (tokens mapped to `--_x`, buttons, focus,
 * `.visually-hidden`, reduced motion). Only the private tokens are used here.
 */
export const venueDetailsStyles = css`
  :host {
    /* Long words, URLs and names without spaces wrap instead of widening the widget. */
    overflow-wrap: anywhere;
    word-break: normal;
    min-width: 0;
  }

  .base {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    max-width: 100%;
  }

  /* Data from the API never reorders the text around it, whatever direction characters it holds. */
  .data {
    unicode-bidi: isolate;
  }

  .back {
    align-self: flex-start;
  }

  .heading {
    margin: 0;
    font-size: 1.5em;
    line-height: 1.25;
  }

  .heading:focus {
    outline: none;
  }

  .heading:focus-visible {
    outline: 3px solid var(--_focus-ring);
    outline-offset: 2px;
  }

  .status {
    margin: 0;
    font-weight: 600;
  }

  .status .label {
    color: var(--_color-muted);
  }

  .status.ouvert .label {
    color: var(--_color-success);
  }

  .status.ferme .label {
    color: var(--_color-danger);
  }

  .summary,
  .description {
    margin: 0;
    white-space: pre-line;
  }

  section {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 2);
    padding-top: var(--_space);
    border-top: 1px solid var(--_color-border);
  }

  h3,
  h4,
  h5,
  h6,
  .subheading {
    margin: 0;
    font-size: 1.15em;
    line-height: 1.3;
  }

  p,
  ul,
  dl {
    margin: 0;
  }

  ul {
    padding-inline-start: 1.25em;
  }

  li + li {
    margin-top: calc(var(--_space) / 4);
  }

  .values .term {
    font-weight: 600;
  }

  .hint {
    display: block;
    color: var(--_color-muted);
  }

  dt {
    font-weight: 600;
  }

  dd {
    margin: 0 0 calc(var(--_space) / 2);
  }

  a {
    color: var(--_color-primary);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  /* Links in running text and lists: a 44 px tall target without changing the text's look. */
  .inline-link {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
    min-height: 44px;
    max-width: 100%;
  }

  /* Links that act like buttons: the same size and shape as ui's buttons. */
  .button-link {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: calc(var(--_space) / 2);
    min-width: 44px;
    min-height: 44px;
    max-width: 100%;
    padding: calc(var(--_space) / 2) var(--_space);
    border: 2px solid var(--_color-primary);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-primary);
    font-weight: 600;
    line-height: 1.25;
    text-align: center;
    text-decoration: none;
  }

  .button-link:hover,
  button:hover {
    text-decoration: underline;
  }

  .button-link.primary {
    background: var(--_color-primary);
    color: var(--_color-on-primary);
  }

  .booking {
    align-self: flex-start;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .actions li {
    margin: 0;
  }

  .actions li + li {
    margin: 0;
  }

  .copy-status:empty {
    display: none;
  }

  .copy-field {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 4);
  }

  .copy-field input {
    min-height: 44px;
    width: 100%;
    padding: calc(var(--_space) / 2);
    border: 2px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-text);
    font: inherit;
  }

  .hours-table {
    width: 100%;
    border-collapse: collapse;
  }

  .hours-table caption {
    padding-bottom: calc(var(--_space) / 4);
    font-weight: 600;
    text-align: start;
  }

  .hours-table th,
  .hours-table td {
    padding: calc(var(--_space) / 4) calc(var(--_space) / 2);
    border-bottom: 1px solid var(--_color-border);
    text-align: start;
    vertical-align: top;
  }

  .hours-table thead th {
    font-weight: 600;
  }

  .hours-table tbody th {
    font-weight: 400;
    white-space: normal;
  }

  .hours-table .today th,
  .hours-table .today td {
    font-weight: 700;
    background: color-mix(in srgb, var(--_color-primary) 8%, var(--_color-surface));
  }

  .hours-table .today th {
    border-inline-start: 4px solid var(--_color-primary);
  }

  .period {
    display: block;
  }

  .closed {
    color: var(--_color-muted);
  }

  details summary {
    display: list-item;
    min-height: 44px;
    padding-block: calc(var(--_space) / 2);
    cursor: pointer;
    color: var(--_color-primary);
    font-weight: 600;
  }

  .icon {
    flex: none;
  }

  .print-frame {
    position: fixed;
    inset-inline-start: -10000px;
    top: 0;
    width: 1px;
    height: 1px;
    border: 0;
    opacity: 0;
    pointer-events: none;
  }

  @media (forced-colors: active) {
    a,
    details summary {
      color: LinkText;
    }

    .button-link,
    .button-link.primary {
      border: 2px solid LinkText;
      background: Canvas;
      color: LinkText;
    }

    .status .label,
    .status.ouvert .label,
    .status.ferme .label,
    .hint,
    .closed {
      color: CanvasText;
    }

    .hours-table .today th,
    .hours-table .today td {
      background: Canvas;
    }

    .hours-table .today th {
      border-inline-start-color: CanvasText;
    }

    section,
    .hours-table th,
    .hours-table td {
      border-color: CanvasText;
    }
  }

  @media print {
    [data-print='no'] {
      display: none !important;
    }

    :host {
      color: #000;
    }

    a {
      color: #000;
    }

    .button-link,
    .button-link.primary {
      border: 0;
      padding: 0;
      min-height: 0;
      background: none;
      color: #000;
      text-decoration: underline;
    }

    a[href^='http']::after {
      content: ' (' attr(href) ')';
    }

    .icon {
      display: none;
    }

    section {
      break-inside: avoid;
    }
  }
`;
