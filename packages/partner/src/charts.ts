import { html, svg, type TemplateResult } from 'lit';

/** One bar of a chart. */
export interface ChartBar {
  /** Its label: a short date under a column, a level, area or outcome above a bar. Text, never markup. */
  readonly label: string;
  /** Its value, a count ≥ 0. */
  readonly value: number;
  /** The value as written in the chart (with the locale's digit grouping). */
  readonly text: string;
  /** What a pointer hovering the bar reads (`<title>`): its label in full and its value. */
  readonly tooltip: string;
}

/** What every chart needs. */
export interface ChartOptions {
  /** A prefix for the ids of its `<title>` and `<desc>`, unique in the shadow root. */
  readonly id: string;
  /** Its name, the `<title>` of the SVG (the accessible name). */
  readonly title: string;
  /** Every figure in a sentence, the `<desc>` of the SVG (the accessible description). */
  readonly desc: string;
  /** The bars, in order. */
  readonly bars: readonly ChartBar[];
  /** The width to draw at, in CSS pixels (the container's): text keeps its size whatever the width. */
  readonly width: number;
}

/** A round maximum for the axis: 1, 2 or 5 times a power of ten, at least the largest value (and at least 1). */
export function niceMax(value: number): number {
  if (value <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 5, 10].find((factor) => factor * power >= value) ?? 10;
  return step * power;
}

/** An approximate width of a text of 14 px, to place and thin out labels (no measuring, no layout). */
const charWidth = 8;

/**
 * A column chart (one column per week) as inline SVG: `role="img"`, named by its `<title>` and described by its
 * `<desc>`, which hold every figure; real `<text>` for the axis, the week labels (thinned out when they would
 * overlap) and each value above its column when there is room. One colour per chart, so colour never carries
 * meaning. Drawn at `width` so that its text keeps the page's size (no viewBox scaling).
 *
 * @example
 * html`${columnChart({ id: 'usage-quiz', title, desc, bars, width: 600 })}`;
 */
export function columnChart(options: ChartOptions): TemplateResult {
  const { id, title, desc, bars, width } = options;
  const height = 200;
  const top = 24;
  const bottom = 28;
  const max = niceMax(Math.max(0, ...bars.map((bar) => bar.value)));
  const left = String(max).length * charWidth + 12;
  const plotWidth = Math.max(1, width - left - 4);
  const plotHeight = height - top - bottom;
  const slot = plotWidth / Math.max(1, bars.length);
  const barWidth = Math.max(2, Math.min(48, slot * 0.7));
  const labelEvery = Math.max(1, Math.ceil((5 * charWidth + 8) / slot));
  const valuesFit = slot >= Math.max(...bars.map((bar) => bar.text.length), 1) * charWidth + 4;
  const y = (value: number) => top + plotHeight - (value / max) * plotHeight;
  const ticks = max >= 2 && max % 2 === 0 ? [0, max / 2, max] : [0, max];
  return html`<svg
    class="chart columns"
    role="img"
    aria-labelledby="${id}-title ${id}-desc"
    width=${width}
    height=${height}
    viewBox="0 0 ${width} ${height}"
  >
    <title id="${id}-title">${title}</title>
    <desc id="${id}-desc">${desc}</desc>
    ${ticks.map(
      (tick) =>
        svg`<line class="grid" x1=${left} x2=${width - 4} y1=${y(tick)} y2=${y(tick)}></line>
          <text class="axis" x=${left - 6} y=${y(tick) + 5} text-anchor="end">${tick}</text>`,
    )}
    ${bars.map((bar, index) => {
      const x = left + slot * index + (slot - barWidth) / 2;
      const centre = x + barWidth / 2;
      return svg`<g class="column" data-label=${bar.label} data-value=${bar.value}>
        <rect class="bar" x=${x} y=${y(bar.value)} width=${barWidth} height=${Math.max(0, top + plotHeight - y(bar.value))}>
          <title>${bar.tooltip}</title>
        </rect>
        ${valuesFit ? svg`<text class="value" x=${centre} y=${y(bar.value) - 6} text-anchor="middle">${bar.text}</text>` : ''}
        ${index % labelEvery === 0 ? svg`<text class="label" x=${centre} y=${height - 8} text-anchor="middle">${bar.label}</text>` : ''}
      </g>`;
    })}
  </svg>`;
}

/**
 * A horizontal bar chart as inline SVG, each bar under its label with its value written after it; `role="img"`
 * with a `<title>` and a `<desc>` holding every figure. A label too long for the width is cut with "…" (its
 * `<title>` and the table keep it whole).
 *
 * @example
 * html`${barChart({ id: 'levels', title, desc, bars, width: 600 })}`;
 */
export function barChart(options: ChartOptions): TemplateResult {
  const { id, title, desc, bars, width } = options;
  const rowHeight = 50;
  const height = rowHeight * bars.length + 4;
  const longestValue = Math.max(...bars.map((bar) => bar.text.length), 1) * charWidth + 12;
  const plotWidth = Math.max(1, width - longestValue - 2);
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const maxChars = Math.max(4, Math.floor(width / charWidth) - 1);
  return html`<svg
    class="chart bars"
    role="img"
    aria-labelledby="${id}-title ${id}-desc"
    width=${width}
    height=${height}
    viewBox="0 0 ${width} ${height}"
  >
    <title id="${id}-title">${title}</title>
    <desc id="${id}-desc">${desc}</desc>
    ${bars.map((bar, index) => {
      const top = rowHeight * index;
      const length = (bar.value / max) * plotWidth;
      const label = bar.label.length > maxChars ? `${bar.label.slice(0, maxChars - 1)}…` : bar.label;
      return svg`<g class="row" data-label=${bar.label} data-value=${bar.value}>
        <text class="label" x="0" y=${top + 16}>${label}</text>
        <rect class="track" x="0" y=${top + 24} width=${plotWidth} height="18"></rect>
        <rect class="bar" x="0" y=${top + 24} width=${length} height="18"><title>${bar.tooltip}</title></rect>
        <text class="value" x=${length + 6} y=${top + 38}>${bar.text}</text>
      </g>`;
    })}
  </svg>`;
}
