import { html, svg, type TemplateResult } from 'lit';

/** One bar of a chart. */
export interface ChartBar {
  /** Its label: a short date for a week, a level, area or outcome. Text, never markup. */
  readonly label: string;
  /** Its value, a count ≥ 0. */
  readonly value: number;
  /** The value as written in the chart (with the locale's digit grouping). */
  readonly text: string;
  /** What a pointer hovering the bar reads (`title`): its label in full and its value. */
  readonly tooltip: string;
}

/** What every chart needs. */
export interface ChartOptions {
  /** A prefix for the ids of its caption and description, unique in the shadow root. */
  readonly id: string;
  /** Its name: the visible caption (`figcaption`), which names the chart. */
  readonly title: string;
  /** Every figure in a sentence: the chart's accessible description. */
  readonly desc: string;
  /** The bars, in order. */
  readonly bars: readonly ChartBar[];
}

/** `value` as a share of `max`, in percent, for a bar's length (`width="…%"`: no style attribute). */
function percent(value: number, max: number): string {
  return `${Math.round((value / Math.max(1, max)) * 1000) / 10}%`;
}

/**
 * A chart's content in its `figure`: the caption, the bars, and the description. The bars are drawn in HTML text
 * and SVG rectangles sized in percent, so the chart reflows like text: its labels and values wrap and grow
 * with the text size and the text spacing, whatever the width (RGAA 10.4, 10.11, 10.12), with no script
 * measuring anything. The whole is one image for assistive technologies (`role="img"`), named by the caption
 * and described by a sentence holding every figure; the same figures are in a table beside it. One colour per
 * chart, so colour never carries meaning.
 */
function chart(options: ChartOptions, kind: 'bars' | 'weeks'): TemplateResult {
  const { id, title, desc, bars } = options;
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  return html`<figcaption id="${id}-title">${title}</figcaption>
    <div class="chart ${kind}" role="img" aria-labelledby="${id}-title" aria-describedby="${id}-desc">
      ${bars.map(
        (bar) =>
          html`<div class="row" title=${bar.tooltip} data-label=${bar.label} data-value=${bar.value}>
            <span class="label">${bar.label}</span>
            <svg class="bar" aria-hidden="true" focusable="false">
              ${svg`<rect class="track" width="100%" height="100%"></rect>
                <rect class="fill" width=${percent(bar.value, max)} height="100%"></rect>`}
            </svg>
            <span class="value">${bar.text}</span>
          </div>`,
      )}
    </div>
    <p id="${id}-desc" class="chart-desc" hidden>${desc}</p>`;
}

/**
 * A chart of weekly counts: one line per week, its short date, a bar and the count.
 *
 * @example
 * html`<figure>${weekChart({ id: 'usage-quiz', title, desc, bars })}</figure>`;
 */
export function weekChart(options: ChartOptions): TemplateResult {
  return chart(options, 'weeks');
}

/**
 * A chart of shares (levels, areas, outcomes): each label on its own line, above its bar and count, so that a
 * long label wraps instead of being cut.
 *
 * @example
 * html`<figure>${barChart({ id: 'levels', title, desc, bars })}</figure>`;
 */
export function barChart(options: ChartOptions): TemplateResult {
  return chart(options, 'bars');
}
