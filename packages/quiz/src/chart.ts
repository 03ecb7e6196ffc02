import { html, type TemplateResult } from 'lit';
import type { AreaResult, Locale } from '@inclusion-widgets/core';
import { rt } from './result.messages.js';

/**
 * The result per area as a chart that is also a table: one row per area, its title as the row header, a bar
 * drawn in inline SVG (its length set by the `width` attribute, so that no inline style is needed under a strict
 * Content-Security-Policy) with the value written beside it, and the band in words. Colour never carries meaning
 * alone: every bar has its value and band as text. The bars are hidden from assistive technologies, which read
 * the table; the table reflows at 320 px since its texts are HTML.
 *
 * @example
 * html`${renderAreaChart(result.areas, 'fr')}`;
 */
export function renderAreaChart(areas: readonly AreaResult[], locale: Locale): TemplateResult {
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  return html`<table part="chart" class="chart">
    <caption>
      ${rt(locale, 'chart.caption')}
    </caption>
    <thead>
      <tr>
        <th scope="col">${rt(locale, 'chart.area')}</th>
        <th scope="col">${rt(locale, 'chart.score')}</th>
        <th scope="col">${rt(locale, 'chart.band')}</th>
      </tr>
    </thead>
    <tbody>
      ${areas.map((area) => {
        const share = area.mastery === null ? 0 : Math.round(area.mastery * 100);
        return html`<tr data-area=${area.id}>
          <th scope="row">${area.title}</th>
          <td class="score">
            <svg class="bar" aria-hidden="true" focusable="false" width="100%" height="20">
              <rect class="track" x="1" y="1" width="99%" height="18" rx="4"></rect>
              <rect class="fill" x="0" y="0" width="${share}%" height="20" rx="4"></rect>
            </svg>
            <span class="value">
              ${area.mastery === null ? rt(locale, 'chart.notAssessed') : percent.format(area.mastery)}
            </span>
          </td>
          <td class="band">${area.band ? rt(locale, `band.${area.band}`) : '—'}</td>
        </tr>`;
      })}
    </tbody>
  </table>`;
}
