import { css } from 'lit';

/**
 * Styles of `<inclusion-map>`, after the shared host styles and maplibre-gl's own stylesheet.
 *
 * Markers are `<button>`s that maplibre positions with `transform`; their look lives here only (no inline
 * style in templates: a strict Content-Security-Policy forbids `style=` attributes).
 */
export const mapStyles = css`
  :host {
    --_height: var(--inclusion-map-height, 24rem);
    --_marker-color: var(--inclusion-map-marker-color, var(--_color-primary));
    --_current-color: var(--inclusion-map-current-color, var(--_color-text));
  }

  .base {
    position: relative;
    height: var(--_height);
    min-height: 12rem;
    border-radius: var(--_radius);
    overflow: hidden;
    background: var(--_color-surface);
  }

  /* The page's font, rather than the one maplibre's stylesheet gives the map. */
  .map {
    position: absolute;
    inset: 0;
    font: inherit;
  }

  .map .maplibregl-ctrl-attrib {
    font-size: 0.75rem;
    line-height: 1.5;
  }

  /* maplibre's "i" button of the sources: a visible focus of our own (maplibre's is a pale blue shadow). */
  .map .maplibregl-ctrl-attrib-button:focus-visible {
    outline: 3px solid var(--_focus-ring);
    outline-offset: 2px;
  }

  .map .maplibregl-canvas:focus-visible {
    outline: 3px solid var(--_focus-ring);
    outline-offset: -3px;
  }

  .toolbar {
    position: absolute;
    top: calc(var(--_space) / 2);
    inset-inline-end: calc(var(--_space) / 2);
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 4);
  }

  /* At least 44 px, and growing with the text size, so that "+" and "−" at 200 % still fit their buttons. */
  .toolbar button {
    width: max(44px, 2.75rem);
    height: max(44px, 2.75rem);
    padding: 0;
    font-size: 1.5rem;
    line-height: 1;
    box-shadow: 0 1px 3px rgb(0 0 0 / 30%);
  }

  .overlay {
    position: absolute;
    top: calc(var(--_space) / 2);
    inset-inline-start: calc(var(--_space) / 2);
    max-width: min(24rem, calc(100% - var(--_space) - max(44px, 2.75rem) - var(--_space) / 2));
    box-shadow: 0 1px 4px rgb(0 0 0 / 30%);
  }

  /* Markers: a button whose target is at least 44 px, with a smaller drawn dot. */
  .marker {
    display: flex;
    align-items: center;
    justify-content: center;
    min-width: 44px;
    min-height: 44px;
    padding: 0;
    border: 0;
    border-radius: 50%;
    background: transparent;
    color: var(--_color-on-primary);
    cursor: pointer;
  }

  .marker:focus-visible {
    outline: 3px solid var(--_focus-ring);
    outline-offset: 0;
    box-shadow: 0 0 0 6px var(--_color-surface);
    z-index: 2;
  }

  .point::before {
    content: '';
    display: block;
    width: 22px;
    height: 22px;
    border: 3px solid var(--_color-surface);
    border-radius: 50%;
    background: var(--_marker-color);
    box-shadow: 0 1px 3px rgb(0 0 0 / 40%);
  }

  .point[aria-current='true'] {
    z-index: 1;
  }

  .point[aria-current='true']::before {
    width: 32px;
    height: 32px;
    border: 4px solid var(--_current-color);
    box-shadow: 0 0 0 3px var(--_color-surface);
  }

  /* The name is read by screen readers always, and shown beside a focused or current point. */
  .point .label {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  .point:focus-visible .label,
  .point[aria-current='true'] .label {
    top: calc(100% + 2px);
    inset-inline-start: 50%;
    width: max-content;
    max-width: 14rem;
    height: auto;
    overflow: visible;
    clip-path: none;
    padding: 0.125rem 0.375rem;
    border: 1px solid var(--_color-border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_color-surface);
    color: var(--_color-text);
    font-size: 0.875rem;
    font-weight: 600;
    line-height: 1.3;
    text-align: start;
    white-space: normal;
    transform: translateX(-50%);
    pointer-events: none;
  }

  /* Dismissed with Escape (RGAA 10.13): hidden again, still read as the button's name. */
  .point[data-label-dismissed] .label {
    top: auto;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    padding: 0;
    border: 0;
    white-space: nowrap;
  }

  .cluster {
    min-width: 44px;
    padding: 0 0.5rem;
    border: 3px solid var(--_color-surface);
    background: var(--_marker-color);
    font: inherit;
    font-weight: 700;
    box-shadow: 0 1px 3px rgb(0 0 0 / 40%);
  }

  .highlight {
    width: 40px;
    height: 40px;
    border: 4px solid var(--_current-color);
    border-radius: 50%;
    box-shadow:
      0 0 0 3px var(--_color-surface),
      inset 0 0 0 3px var(--_color-surface);
    pointer-events: none;
  }

  @media (forced-colors: active) {
    .point::before,
    .cluster {
      border-color: Canvas;
      background: ButtonText;
      color: ButtonFace;
    }

    .point[aria-current='true']::before,
    .highlight {
      border-color: Highlight;
    }

    /* Its icon is a black drawing: kept on white, with a border, whatever the system colours. */
    .map .maplibregl-ctrl-attrib-button {
      forced-color-adjust: none;
      border: 2px solid ButtonText;
      background-color: #ffffff;
    }

    .map .maplibregl-ctrl-attrib-button:focus-visible {
      outline-color: Highlight;
    }
  }
`;
