import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/**
 * A real `h2`…`h6` heading of `level` (below 2: `h2`, above 6: `h6`). Lit cannot bind a tag name, and one
 * template per level costs fewer bytes than `lit/static-html.js`.
 *
 * @example
 * renderHeading(4, 'title', 'Trouver un lieu', 'title'); // <h4 id="title" class="title">Trouver un lieu</h4>
 */
export function renderHeading(
  level: number,
  className: string,
  content: unknown,
  id?: string,
): TemplateResult {
  switch (level) {
    case 3:
      return html`<h3 id=${ifDefined(id)} class=${className}>${content}</h3>`;
    case 4:
      return html`<h4 id=${ifDefined(id)} class=${className}>${content}</h4>`;
    case 5:
      return html`<h5 id=${ifDefined(id)} class=${className}>${content}</h5>`;
    case 6:
      return html`<h6 id=${ifDefined(id)} class=${className}>${content}</h6>`;
    default:
      return html`<h2 id=${ifDefined(id)} class=${className}>${content}</h2>`;
  }
}
