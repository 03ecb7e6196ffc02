import { css } from 'lit';

/*
 * The global design tokens. Each is a `var(--inclusion-*, default)` with an inline default, so that a widget
 * looks right with no stylesheet on the host page; the host page overrides any of them on the element or an
 * ancestor:
 *
 *   inclusion-quiz { --inclusion-color-primary: #6a1b9a; --inclusion-radius: 0; }
 *
 * Inside a component, `hostStyles` maps each public token once to a private `--_x` custom property on
 * `:host`; component styles use only the private ones (`var(--_color-primary)`). A widget's own tokens
 * (`--inclusion-<widget>-<prop>`) are mapped the same way in its styles, defaulting to a global one.
 *
 * The default colours pass WCAG 2.1 AA on the default white surface: text 4.5:1 or more, borders and focus
 * ring 3:1 or more.
 *
 * The `color` attribute (the one-colour shortcut) sets the tokens that derive from the main colour inline on the
 * element, each keeping its ratio: primary, on-primary, focus ring, and the widgets' selected tints (see
 * `palette.ts` and docs/theming.md, which lists every token and part).
 */

/** Main colour: buttons, links, selected states (6.2:1 on white). */
export const colorPrimary = css`var(--inclusion-color-primary, #0a6b7c)`;
/** Text and icons drawn on the primary colour. */
export const colorOnPrimary = css`var(--inclusion-color-on-primary, #ffffff)`;
/** Body text (15.8:1 on white). */
export const colorText = css`var(--inclusion-color-text, #1f2328)`;
/** Secondary text: hints, distances, counts (6.3:1 on white). */
export const colorMuted = css`var(--inclusion-color-muted, #59606a)`;
/** Background of panels, cards and buttons. */
export const colorSurface = css`var(--inclusion-color-surface, #ffffff)`;
/** Borders of fields, cards and secondary buttons (3.9:1 on white). */
export const colorBorder = css`var(--inclusion-color-border, #7c828c)`;
/** Errors (6.5:1 on white). */
export const colorDanger = css`var(--inclusion-color-danger, #b3261e)`;
/** Success and "open now" (5.9:1 on white). */
export const colorSuccess = css`var(--inclusion-color-success, #1b7335)`;
/** Font family; inherits the host page's font by default. */
export const fontFamily = css`var(--inclusion-font-family, inherit)`;
/** Base font size. */
export const fontSize = css`var(--inclusion-font-size, 1rem)`;
/** Corner radius of buttons, fields and panels. */
export const radius = css`var(--inclusion-radius, 0.5rem)`;
/** Base spacing unit. */
export const space = css`var(--inclusion-space, 1rem)`;
/** Colour of the keyboard focus outline. */
export const focusRing = css`var(--inclusion-focus-ring, #0a6b7c)`;

/**
 * Styles every widget starts with (`InclusionElement` adds them before the subclass's own styles):
 * the private token mapping, `:host` display and font, `[hidden]`, box sizing, visible focus, big button
 * targets, a `.visually-hidden` utility, reduced motion and forced colours.
 *
 * What the widget's text inherits is set on `:host` with `!important`, whatever the host page's CSS says: CMS
 * themes reset every element (`* { all: unset }`) or style `body` text (uppercase, centred, spaced), and a page
 * rule on the element beats `:host` unless both are important. The page changes these through the tokens
 * (`--inclusion-font-family`, `--inclusion-font-size`, the colours), which stay read. The text colour is ours, so
 * the background behind it is ours too: a dark host page keeps it readable. (Comments stay out of the `css`
 * literal: they would ship in every widget's bundle.)
 *
 * @cssproperty --inclusion-color-primary - Main colour: buttons, links, selected states.
 * @cssproperty --inclusion-color-on-primary - Text drawn on the main colour.
 * @cssproperty --inclusion-color-text - Body text.
 * @cssproperty --inclusion-color-muted - Secondary text.
 * @cssproperty --inclusion-color-surface - Background of panels and buttons.
 * @cssproperty --inclusion-color-border - Borders of fields, cards and secondary buttons.
 * @cssproperty --inclusion-color-danger - Errors.
 * @cssproperty --inclusion-color-success - Success and "open now".
 * @cssproperty --inclusion-font-family - Font family (inherits the page's by default).
 * @cssproperty --inclusion-font-size - Base font size.
 * @cssproperty --inclusion-radius - Corner radius.
 * @cssproperty --inclusion-space - Base spacing unit.
 * @cssproperty --inclusion-focus-ring - Colour of the keyboard focus outline.
 */
export const hostStyles = css`
  :host {
    --_color-primary: ${colorPrimary};
    --_color-on-primary: ${colorOnPrimary};
    --_color-text: ${colorText};
    --_color-muted: ${colorMuted};
    --_color-surface: ${colorSurface};
    --_color-border: ${colorBorder};
    --_color-danger: ${colorDanger};
    --_color-success: ${colorSuccess};
    --_font-family: ${fontFamily};
    --_font-size: ${fontSize};
    --_radius: ${radius};
    --_space: ${space};
    --_focus-ring: ${focusRing};

    display: block;
    box-sizing: border-box !important;
    font-family: var(--_font-family) !important;
    font-size: var(--_font-size) !important;
    font-style: normal !important;
    font-variant: normal !important;
    font-weight: 400 !important;
    line-height: 1.5 !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-align: start !important;
    text-indent: 0 !important;
    text-transform: none !important;
    text-shadow: none !important;
    white-space: normal !important;
    cursor: auto !important;
    color: var(--_color-text) !important;
    background-color: var(--_color-surface) !important;
    overflow-wrap: break-word;
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  :focus-visible {
    outline: 3px solid var(--_focus-ring);
    outline-offset: 2px;
  }

  button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: calc(var(--_space) / 2);
    min-width: 44px;
    min-height: 44px;
    padding: calc(var(--_space) / 2) var(--_space);
    border: 2px solid var(--_color-primary);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-primary);
    font: inherit;
    font-weight: 600;
    line-height: 1.25;
    text-align: center;
    cursor: pointer;
  }

  button.primary {
    background: var(--_color-primary);
    color: var(--_color-on-primary);
  }

  button:disabled,
  button[aria-disabled='true'] {
    border-color: var(--_color-border);
    background: var(--_color-surface);
    color: var(--_color-muted);
    cursor: not-allowed;
  }

  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: -1px !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-delay: 0s !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      transition-delay: 0s !important;
      scroll-behavior: auto !important;
    }
  }

  @media (forced-colors: active) {
    :focus-visible {
      outline: 3px solid Highlight;
    }

    button,
    button.primary {
      border: 2px solid ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }

    button:disabled,
    button[aria-disabled='true'] {
      border-color: GrayText;
      color: GrayText;
    }
  }
`;
