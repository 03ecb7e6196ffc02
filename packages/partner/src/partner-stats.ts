import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { Task, TaskStatus } from '@lit/task';
import { PartnerClient, type InclusionApi, type StatistiquesApi } from '@inclusion-widgets/core';
import { InclusionElement } from '@inclusion-widgets/ui';
import { barChart, weekChart, type ChartBar } from './charts.js';
import { csvFileName, summaryRows, toCsv } from './csv.js';
import { count, levelLabel, longDate, seriesName, shortDate } from './labels.js';
import { loadContentNames, type ContentNames } from './names.js';
import { t } from './partner-stats.messages.js';
import { partnerStatsStyles } from './partner-stats.styles.js';
import { periodStart, summarize, type PartnerSummary, type Share } from './summary.js';

/** The periods a partner can choose, in weeks (the current week included). */
export const periodWeeks = [4, 12, 26] as const;

/** A period, in weeks. */
export type PeriodWeeks = (typeof periodWeeks)[number];

/** How many weakest areas the chart shows (the table shows them all). */
const chartedAreas = 10;

/** A partner id as the API accepts it (core's `partenaireIdSchema`, without loading zod). */
const partnerIdPattern = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

/** The partner's id and token, kept in this element's memory only. */
interface Credentials {
  readonly partenaire: string;
  readonly token: string;
}

/** What the page shows: the figures, and the titles of the areas and outcomes they count. */
interface Loaded {
  readonly summary: PartnerSummary;
  readonly names: ContentNames;
}

/** Whether a client can read statistics (`InclusionClient` can; a citizen widget's fake may not). */
function hasStatistics(client: InclusionApi): client is InclusionApi & StatistiquesApi {
  return typeof (client as Partial<StatistiquesApi>).getStatistiques === 'function';
}

/** The HTTP status of an error of the client, if it is one. */
function statusOf(error: unknown): number | undefined {
  const status = (error as { kind?: unknown; status?: unknown } | null)?.status;
  return (error as { kind?: unknown } | null)?.kind === 'http' && typeof status === 'number'
    ? status
    : undefined;
}

/**
 * The statistics page of a partner (an authority or an operator that embeds the widgets with `partner` and
 * `stats`): a form asks for its partner id and access token, then it shows the anonymous weekly counters of
 * `GET /v1/statistiques` over the last 4, 12 or 26 weeks — each widget's use per week, the levels the quizzes
 * suggested, the weakest areas, the orientations' outcomes — as bar charts (`role="img"`, named by their caption
 * and described by a sentence holding every figure; labels and values are HTML text and the bars SVG rectangles
 * sized in percent, so a chart reflows and grows with the text like the rest of the page; one colour per chart),
 * each with a table of the same figures, and a CSV file of them all (UTF-8 with BOM, `;`-separated, for French
 * Excel).
 *
 * The token is sent in the `Authorization` header only: never written to the URL or to any storage, kept in
 * memory until "Changer de partenaire" or until the page is closed. Wrong token or unknown partner (403), a
 * malformed id, and an API that does not answer each have their message; an empty period says so.
 *
 * @attr api - Base URL of the API (`https://api.example.org`), required unless `.client` is set.
 * @attr lang - `fr` (default) or `en`.
 *
 * @csspart base - The whole element.
 * @csspart form - The sign-in form.
 * @csspart error - The message shown when the statistics cannot be read.
 * @csspart results - The statistics.
 * @csspart download - The link that downloads the CSV file.
 * @csspart chart - Each chart (a `figure`).
 * @csspart table - Each table of figures.
 *
 * @cssproperty --inclusion-partner-bar - Colour of the bars (default: the main colour; keep 3:1 against the
 *   background).
 */
export class InclusionPartnerStats extends InclusionElement {
  static override requiresClient = true;
  static override styles = partnerStatsStyles;

  /** The client of `api`: with the partner's calls (`getStatistiques`). */
  protected override createClient(baseUrl: string): InclusionApi {
    return new PartnerClient({ baseUrl });
  }

  /** The current date, for tests and demos; the real one by default. */
  @property({ attribute: false }) now: Date | undefined;

  @state() private credentials: Credentials | undefined;
  @state() private weeks: PeriodWeeks = 12;
  @state() private fieldErrors: { partenaire?: string; token?: string } = {};

  /** What gets the focus after the next render: the results' heading, the token field, the partner field. */
  private focusNext: 'results' | 'token' | 'partenaire' | 'invalid' | undefined;
  /** A sign-in is waiting for its answer: the focus moves to the results or to the form when it comes. */
  private signingIn = false;
  private csv: { loaded: Loaded; url: string } | undefined;

  private readonly statsTask = new Task(this, {
    task: async ([client, credentials, weeks, now, locale], { signal }): Promise<Loaded | undefined> => {
      if (!client || !credentials) return undefined;
      if (!hasStatistics(client)) throw new TypeError('the API client cannot read statistics');
      const today = now ?? new Date();
      const statistiques = await client.getStatistiques(
        { ...credentials, depuis: periodStart(today, weeks) },
        { signal },
      );
      const names = await loadContentNames(client, statistiques, locale, signal);
      return { summary: summarize(statistiques, today), names };
    },
    args: () => [this.activeClient, this.credentials, this.weeks, this.now, this.locale] as const,
    onComplete: () => this.settleSignIn('results'),
    onError: (error) => this.settleSignIn(this.isFormError(error) ? 'token' : 'results'),
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.releaseCsv();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const loaded = this.statsTask.status === TaskStatus.COMPLETE ? this.statsTask.value : undefined;
    if (!loaded || loaded.summary.empty) this.releaseCsv();
    else if (this.csv?.loaded !== loaded) {
      this.releaseCsv();
      const rows = summaryRows(loaded.summary, this.locale, loaded.names);
      const blob = new Blob([toCsv(rows)], { type: 'text/csv;charset=utf-8' });
      this.csv = { loaded, url: URL.createObjectURL(blob) };
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const target = this.focusNext;
    if (!target) return;
    this.focusNext = undefined;
    const selector = {
      results: '[part="results"] h2',
      token: 'input[name="jeton"]',
      partenaire: 'input[name="partenaire"]',
      invalid: 'input[aria-invalid="true"]',
    }[target];
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  protected override renderContent(): TemplateResult {
    const error = this.statsTask.status === TaskStatus.ERROR ? this.statsTask.error : undefined;
    const credentials = this.credentials;
    const showForm = !credentials || (error !== undefined && this.isFormError(error));
    return html`<div part="base" lang=${this.locale}>
      <p role="status" class="visually-hidden">${this.statusText()}</p>
      ${showForm ? this.renderForm(error) : this.renderResults(credentials)}
    </div>`;
  }

  private statusText(): string {
    if (!this.credentials) return '';
    if (this.statsTask.status === TaskStatus.PENDING) return t(this.locale, 'status.loading');
    const loaded = this.statsTask.status === TaskStatus.COMPLETE ? this.statsTask.value : undefined;
    if (!loaded) return '';
    const key = loaded.summary.empty ? 'status.empty' : 'status.loaded';
    return t(this.locale, key, { count: loaded.summary.weeks.length });
  }

  private renderForm(error: unknown): TemplateResult {
    const locale = this.locale;
    const errors = this.fieldErrors;
    const field = (
      name: 'partenaire' | 'token',
      type: 'text' | 'password',
      autocomplete: 'username' | 'current-password',
    ) => {
      const key = name === 'partenaire' ? 'partner' : 'token';
      const message = errors[name];
      return html`<div class="field">
        <label for="${name}">${t(locale, `form.${key}`)}</label>
        <span class="hint" id="${name}-hint">${t(locale, `form.${key}Hint`)}</span>
        ${message ? html`<span class="field-error" id="${name}-error">${message}</span>` : nothing}
        <input
          id="${name}"
          name=${name === 'token' ? 'jeton' : name}
          type=${type}
          autocomplete=${autocomplete}
          required
          spellcheck="false"
          autocapitalize="none"
          value=${name === 'partenaire' ? (this.credentials?.partenaire ?? '') : ''}
          aria-describedby="${name}-hint${message ? ` ${name}-error` : ''}"
          aria-invalid=${message ? 'true' : 'false'}
        />
      </div>`;
    };
    return html`<form part="form" method="post" novalidate @submit=${this.handleSubmit}>
      <h2>${t(locale, 'form.title')}</h2>
      <p>${t(locale, 'form.intro')}</p>
      ${error !== undefined ? this.renderFormError(error) : nothing}
      ${field('partenaire', 'text', 'username')} ${field('token', 'password', 'current-password')}
      <div><button class="primary" type="submit">${t(locale, 'form.submit')}</button></div>
    </form>`;
  }

  private renderFormError(error: unknown): TemplateResult {
    const detail = (error as { problem?: { detail?: string } }).problem?.detail;
    const text =
      statusOf(error) === 400 && detail
        ? t(this.locale, 'error.badRequest', { detail })
        : t(this.locale, 'error.forbidden');
    return html`<div part="error" role="alert">
      <p>${t(this.locale, 'form.errorTitle')}</p>
      <p>${text}</p>
    </div>`;
  }

  private renderResults(credentials: Credentials): TemplateResult {
    const locale = this.locale;
    return html`<div part="results">
      <h2 tabindex="-1">${t(locale, 'results.title', { partner: credentials.partenaire })}</h2>
      <div class="toolbar">
        <fieldset>
          <legend>${t(locale, 'period.legend')}</legend>
          ${periodWeeks.map(
            (weeks) =>
              html`<label
                ><input
                  type="radio"
                  name="periode"
                  value=${weeks}
                  .checked=${this.weeks === weeks}
                  @change=${this.handlePeriod}
                />${t(locale, 'period.weeks', { count: weeks })}</label
              >`,
          )}
        </fieldset>
        <button type="button" @click=${this.handleChangePartner}>${t(locale, 'results.change')}</button>
      </div>
      ${this.statsTask.render({
        pending: () => html`<p>${t(locale, 'status.loading')}</p>`,
        complete: (loaded) => (loaded ? this.renderSummary(loaded) : nothing),
        error: (error) =>
          html`<div part="error">${this.renderProblem(error, () => this.handleRetry())}</div>`,
      })}
    </div>`;
  }

  private renderSummary({ summary, names }: Loaded): TemplateResult {
    const locale = this.locale;
    const from = longDate(locale, summary.weeks[0] ?? summary.until);
    const until = longDate(locale, summary.until);
    const period = html`<p>${t(locale, 'results.period', { from, until })}</p>
      <p class="muted">${t(locale, 'results.note')}</p>`;
    if (summary.empty) {
      return html`${period}
        <section part="empty">
          <h3>${t(locale, 'empty.title')}</h3>
          <p>${t(locale, 'empty.text')}</p>
        </section>`;
    }
    return html`${period}
      <div>
        <a part="download" href=${ifDefined(this.csv?.url)} download=${csvFileName(summary)}
          >${t(locale, 'csv.download')}</a
        >
        <p class="hint">${t(locale, 'csv.hint')}</p>
      </div>
      <ul class="key-figures">
        ${summary.series.map(
          (series) =>
            html`<li><strong>${count(locale, series.total)}</strong>${seriesName(locale, series)}</li>`,
        )}
      </ul>
      ${this.renderUsage(summary, from, until)}
      ${this.renderShares(summary, 'levels', summary.levels, (share) => levelLabel(locale, share.id))}
      ${this.renderShares(summary, 'areas', summary.weakAreas, (share) => names.areas.get(share.id) ?? share.id)}
      ${this.renderShares(
        summary,
        'outcomes',
        summary.outcomes,
        (share) => names.outcomes.get(share.id) ?? share.id,
      )}`;
  }

  private renderUsage(summary: PartnerSummary, from: string, until: string): TemplateResult {
    const locale = this.locale;
    const weeksText = t(locale, 'usage.weeks', { count: summary.weeks.length });
    return html`<section part="usage">
      <h3>${t(locale, 'usage.title')}</h3>
      <p>${t(locale, 'usage.intro')}</p>
      ${summary.series.map((series, index) => {
        const name = seriesName(locale, series);
        const max = Math.max(...series.counts);
        const maxWeek = summary.weeks[series.counts.indexOf(max)] ?? '';
        const title = t(locale, 'usage.chartTitle', { series: name });
        const desc = t(locale, 'usage.chartDesc', {
          series: name,
          total: count(locale, series.total),
          weeks: weeksText,
          from,
          until,
          max: count(locale, max),
          maxWeek: longDate(locale, maxWeek),
        });
        const bars = summary.weeks.map((week, weekIndex) => {
          const value = series.counts[weekIndex] ?? 0;
          const text = count(locale, value);
          return {
            label: shortDate(locale, week),
            value,
            text,
            tooltip: `${longDate(locale, week)} : ${text}`,
          };
        });
        return html`<figure
            part="chart"
            role="figure"
            aria-label=${title}
            data-series="${series.widget} ${series.evenement}"
          >
            ${weekChart({ id: `usage-${index}`, title, desc, bars })}
          </figure>
          <details>
            ${this.renderTableSummary(title)}
            <table part="table" data-table="usage" data-series="${series.widget} ${series.evenement}">
              <caption>
                ${title}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${t(locale, 'usage.week')}</th>
                  <th scope="col">${t(locale, 'table.count')}</th>
                </tr>
              </thead>
              <tbody>
                ${summary.weeks.map(
                  (week, weekIndex) =>
                    html`<tr>
                      <th scope="row">${longDate(locale, week)}</th>
                      <td class="number">${count(locale, series.counts[weekIndex] ?? 0)}</td>
                    </tr>`,
                )}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">${t(locale, 'usage.total')}</th>
                  <td class="number">${count(locale, series.total)}</td>
                </tr>
              </tfoot>
            </table>
          </details>`;
      })}
    </section>`;
  }

  private renderShares(
    summary: PartnerSummary,
    kind: 'levels' | 'areas' | 'outcomes',
    shares: readonly Share[],
    label: (share: Share) => string,
  ): TemplateResult {
    const locale = this.locale;
    const title = t(locale, `${kind}.title`);
    const heading = html`<h3>${title}</h3>
      <p>${t(locale, `${kind}.intro`)}</p>`;
    if (shares.every((share) => share.nombre === 0)) {
      return html`<section part=${kind}>
        ${heading}
        <p class="muted">${t(locale, 'empty.section')}</p>
      </section>`;
    }
    const charted = kind === 'areas' ? shares.slice(0, chartedAreas) : shares;
    const bars: ChartBar[] = charted.map((share) => {
      const text = count(locale, share.nombre);
      return { label: label(share), value: share.nombre, text, tooltip: `${label(share)} : ${text}` };
    });
    const desc = t(locale, 'chart.barsDesc', {
      title,
      from: longDate(locale, summary.weeks[0] ?? summary.until),
      until: longDate(locale, summary.until),
      list: bars.map((bar) => t(locale, 'chart.item', { label: bar.label, count: bar.text })).join(' ; '),
    });
    const column = { levels: 'levels.level', areas: 'areas.area', outcomes: 'outcomes.outcome' } as const;
    return html`<section part=${kind}>
      ${heading}
      <figure part="chart" role="figure" aria-label=${title}>
        ${barChart({ id: kind, title, desc, bars })}
      </figure>
      ${
        shares.length > charted.length
          ? html`<p class="muted">${t(locale, 'areas.more', { count: shares.length - charted.length })}</p>`
          : nothing
      }
      <details>
        ${this.renderTableSummary(title)}
        <table part="table" data-table=${kind}>
          <caption>
            ${title}
          </caption>
          <thead>
            <tr>
              <th scope="col">${t(locale, column[kind])}</th>
              <th scope="col">${t(locale, 'table.count')}</th>
            </tr>
          </thead>
          <tbody>
            ${shares.map(
              (share) =>
                html`<tr>
                  <th scope="row">${label(share)}</th>
                  <td class="number">${count(locale, share.nombre)}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </details>
    </section>`;
  }

  /**
   * "Voir les chiffres en tableau", completed for screen readers by the table's title: the page has one such
   * button per chart, each must say which table it opens (RGAA 11.9); the visible text starts the name.
   */
  private renderTableSummary(title: string): TemplateResult {
    return html`<summary>
      ${t(this.locale, 'table.show')}<span class="visually-hidden"
        >${t(this.locale, 'table.of', { title })}</span
      >
    </summary>`;
  }

  /** Errors that send the partner back to the form: the token or the id is refused. */
  private isFormError(error: unknown): boolean {
    const status = statusOf(error);
    return status === 400 || status === 401 || status === 403;
  }

  /** After a sign-in's answer: the focus on the results' heading, or on the token field to type it again. */
  private settleSignIn(target: 'results' | 'token'): void {
    if (!this.signingIn) return;
    this.signingIn = false;
    this.focusNext = target;
    if (target === 'token') {
      // The refused token is not kept, even in the field.
      const input = this.renderRoot.querySelector<HTMLInputElement>('input[name="jeton"]');
      if (input) input.value = '';
    }
    this.requestUpdate();
  }

  private releaseCsv(): void {
    if (this.csv) URL.revokeObjectURL(this.csv.url);
    this.csv = undefined;
  }

  private handleSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const partenaire = String(data.get('partenaire') ?? '').trim();
    const token = String(data.get('jeton') ?? '').trim();
    const errors: { partenaire?: string; token?: string } = {};
    if (partenaire === '') errors.partenaire = t(this.locale, 'form.partnerMissing');
    else if (!partnerIdPattern.test(partenaire)) errors.partenaire = t(this.locale, 'form.partnerInvalid');
    if (token === '') errors.token = t(this.locale, 'form.tokenMissing');
    this.fieldErrors = errors;
    if (errors.partenaire || errors.token) {
      this.focusNext = 'invalid';
      return;
    }
    this.signingIn = true;
    // A new object even for the same values: submitting again asks again.
    this.credentials = { partenaire, token };
  }

  /**
   * "Réessayer": the focus goes to the results' heading first, since the button goes away with the error (it
   * would fall back to the page's start), and the status region says the statistics are loading.
   */
  private handleRetry(): void {
    this.renderRoot.querySelector<HTMLElement>('[part="results"] h2')?.focus();
    void this.statsTask.run();
  }

  private handlePeriod(event: Event): void {
    const weeks = Number((event.target as HTMLInputElement).value);
    if (periodWeeks.includes(weeks as PeriodWeeks)) this.weeks = weeks as PeriodWeeks;
  }

  private handleChangePartner(): void {
    this.credentials = undefined;
    this.fieldErrors = {};
    this.focusNext = 'partenaire';
  }
}
