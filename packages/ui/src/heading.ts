import { html, nothing, type TemplateResult } from 'lit';
import { translate } from '@inclusion-widgets/core';
import type { AttributeRule } from './attributes.js';

/**
 * The `heading-level` attribute shared by the widgets: 2 to 6 (default 2), the level of the widget's title, so
 * that a widget fits under the headings of the page (or of the widget) around it. A plain `2`…`6` rule rather
 * than `number()`, which the quiz's and the orientation's first screens do not otherwise carry. Wrap it in
 * `recoverable()`: a bad value is named in a notice and `h2` is kept.
 *
 * @example
 * headingLevel().parse('4', context); // { ok: true, value: 4 }
 */
export function headingLevel(): AttributeRule<number> {
  return {
    parse(raw, { locale }) {
      if (raw === null) return { ok: true, value: 2 };
      return /^\s*[2-6]\s*$/.test(raw)
        ? { ok: true, value: Number(raw) }
        : {
            ok: false,
            reason: translate(locale, 'config.expected', { value: raw, expected: '2, 3, 4, 5, 6' }),
          };
    },
  };
}

/**
 * A real `h2`…`h6` heading of `level` (below 2 or `undefined`: `h2`, above 6: `h6`). Lit cannot bind a tag name, and one
 * template per level costs fewer bytes than `lit/static-html.js`. `focus`: a screen's title, which gets the
 * focus when the screen changes (`tabindex="-1"` and `data-heading`, which the widgets' styles give the
 * title's look at any level).
 *
 * @example
 * renderHeading(4, 'title', 'Trouver un lieu', 'title'); // <h4 id="title" class="title">Trouver un lieu</h4>
 * renderHeading(3, undefined, quiz.title, undefined, true); // <h3 tabindex="-1" data-heading>…</h3>
 */
export function renderHeading(
  level: number | undefined,
  className: string | undefined,
  content: unknown,
  id?: string,
  focus?: boolean,
): TemplateResult {
  // Computed once for the five templates below (`nothing`: no attribute). Typed as the attribute's type for
  // lit-analyzer, which does not know that `nothing` removes an attribute (`ifDefined` would cost a module).
  const i = (id ?? nothing) as string;
  const c = (className ?? nothing) as string;
  const f = (focus ? -1 : nothing) as number;
  switch (Math.min(level ?? 2, 6)) {
    case 3:
      return html`<h3 id=${i} class=${c} tabindex=${f} ?data-heading=${focus}>${content}</h3>`;
    case 4:
      return html`<h4 id=${i} class=${c} tabindex=${f} ?data-heading=${focus}>${content}</h4>`;
    case 5:
      return html`<h5 id=${i} class=${c} tabindex=${f} ?data-heading=${focus}>${content}</h5>`;
    case 6:
      return html`<h6 id=${i} class=${c} tabindex=${f} ?data-heading=${focus}>${content}</h6>`;
    default:
      return html`<h2 id=${i} class=${c} tabindex=${f} ?data-heading=${focus}>${content}</h2>`;
  }
}
