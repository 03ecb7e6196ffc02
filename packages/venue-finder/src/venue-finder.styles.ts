import { css } from 'lit';

/** Styles of `<inclusion-venue-finder>`: container-responsive, from 280 px wide to a full page. */
export const venueFinderStyles = css`
  :host {
    --_map-height: var(--inclusion-venue-finder-map-height, 28rem);
    container-type: inline-size;
    /* Space reserved before the first results, so that the page does not jump when they come. */
    min-height: 12rem;
  }

  [hidden] {
    display: none !important;
  }

  .title {
    margin: 0 0 calc(var(--_space) / 2);
    font-size: 1.25em;
    line-height: 1.3;
  }

  .search {
    display: grid;
    gap: calc(var(--_space) / 2);
    margin-block-end: var(--_space);
  }

  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) / 2);
  }

  .pill {
    display: inline-block;
    min-width: 1.5em;
    padding: 0 0.4em;
    border-radius: 1em;
    background: var(--_color-primary);
    color: var(--_color-on-primary);
    font-size: 0.875em;
  }

  .filter-panel {
    flex-basis: 100%;
    display: grid;
    gap: var(--_space);
    padding: var(--_space);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
  }

  .filter-group {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }

  .filter-group legend {
    padding: 0;
    margin-block-end: calc(var(--_space) / 4);
    font-weight: 700;
  }

  .subheading {
    margin: calc(var(--_space) / 2) 0 0;
    font-weight: 600;
    color: var(--_color-muted);
  }

  .checkbox {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: calc(var(--_space) / 2);
    align-items: start;
    min-height: 44px;
    padding-block: 0.5rem;
  }

  .checkbox input {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    accent-color: var(--_color-primary);
  }

  .checkbox label {
    cursor: pointer;
  }

  .checkbox .count,
  .checkbox .description {
    color: var(--_color-muted);
  }

  .checkbox .description {
    grid-column: 2;
    margin: 0;
    font-size: 0.9em;
  }

  .checkbox.none .label {
    color: var(--_color-muted);
  }

  .link-button {
    min-height: 44px;
    padding: 0.25rem 0;
    border: 0;
    background: none;
    color: var(--_color-primary);
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .layout-toggle {
    display: flex;
    gap: calc(var(--_space) / 2);
    margin-block-end: var(--_space);
  }

  .layout-toggle button[aria-pressed='true'] {
    background: var(--_color-primary);
    color: var(--_color-on-primary);
  }

  .panes {
    display: grid;
    gap: var(--_space);
  }

  .hint,
  .searching,
  .count {
    margin: 0 0 var(--_space);
  }

  .list {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .item {
    display: grid;
    gap: calc(var(--_space) / 4);
    padding: var(--_space);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    /* A long word from the data (a name, an address, a comment) wraps instead of widening the list. */
    overflow-wrap: anywhere;
  }

  .item.highlighted {
    border-width: 3px;
    border-color: var(--_color-primary);
  }

  .item-title {
    margin: 0;
    font-size: 1.1em;
    line-height: 1.3;
  }

  .item-title .link-button {
    font-weight: 700;
    overflow-wrap: anywhere;
  }

  .item p {
    margin: 0;
  }

  .item-where {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space);
  }

  .distance {
    font-weight: 700;
  }

  .opening.ouvert {
    color: var(--_color-success);
    font-weight: 600;
  }

  .opening.ferme,
  .opening.inconnu,
  .facts {
    color: var(--_color-muted);
  }

  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space);
  }

  .cost {
    font-weight: 600;
    color: var(--_color-text);
  }

  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 4);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .badge {
    padding: 0.125rem 0.5rem;
    border: 1px solid var(--_color-border);
    border-radius: 1em;
    font-size: 0.875em;
  }

  button.small {
    justify-self: start;
  }

  .show-more {
    margin-block-start: var(--_space);
    width: 100%;
  }

  .empty {
    padding: var(--_space);
    border: 1px dashed var(--_color-border);
    border-radius: var(--_radius);
  }

  .empty p {
    margin: 0 0 calc(var(--_space) / 2);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
  }

  .map-pane {
    min-height: var(--_map-height);
  }

  .map-pane inclusion-map {
    display: block;
    height: var(--_map-height);
  }

  .map-message {
    margin: 0;
    padding: var(--_space);
    color: var(--_color-muted);
  }

  @container (min-width: 760px) {
    .layout-split .panes {
      grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
      align-items: start;
    }

    .layout-split .map-pane {
      position: sticky;
      top: var(--_space);
    }

    .search {
      grid-template-columns: minmax(0, 1fr);
    }
  }

  @media (forced-colors: active) {
    .item.highlighted {
      border-color: Highlight;
    }

    .layout-toggle button[aria-pressed='true'] {
      border-width: 4px;
    }
  }

  @media print {
    .search,
    .layout-toggle,
    .map-pane,
    .show-more,
    button.small {
      display: none !important;
    }
  }
`;
