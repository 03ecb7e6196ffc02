import {
  html,
  LitElement,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  bySlug,
  formatDate,
  formatDistance,
  joursSemaine,
  type LieuDetail,
  type Locale,
  type VocabularyField,
  type VocabularyValue,
} from '@inclusion-widgets/core';
import { createLogger, hostStyles, LocaleCatalogs, localeOf, safeHref } from '@inclusion-widgets/ui';
import type { Glossary } from '@inclusion-widgets/ui/glossary.js';
import { openingDescription, placeTimeZone, weekdayIndex } from '../opening-status.js';
import { InclusionDetailsBackEvent } from './events.js';
import { printPlace, removePrintFrames } from './print.js';
import {
  addressLines,
  dayName,
  directionsHref,
  formatPeriod,
  formatPhone,
  reportMailHref,
  shareMailHref,
} from './share.js';
import { t, type DetailsMessageKey } from './venue-details.messages.js';
import { venueDetailsStyles } from './venue-details.styles.js';

/** The vocabulary fields shown as lists of their own, with their section title, in reading order. */
const listSections: ReadonlyArray<{
  readonly field: VocabularyField;
  readonly title: DetailsMessageKey;
  /** Whether each value comes with its plain-language description. */
  readonly hints: boolean;
}> = [
  { field: 'services', title: 'section.services', hints: true },
  { field: 'publics_specifiquement_adresses', title: 'section.publics', hints: false },
  { field: 'prise_en_charge_specifique', title: 'section.specific', hints: true },
  { field: 'frais_a_charge', title: 'section.costs', hints: true },
  { field: 'modalites_acces', title: 'section.access', hints: true },
  { field: 'modalites_accompagnement', title: 'section.support', hints: true },
  { field: 'dispositif_programmes_nationaux', title: 'section.programmes', hints: true },
];

/**
 * The details of one place of digital help, for `<inclusion-venue-finder>`: name, opening status and weekly
 * hours, address and directions, contact, online booking, accessibility, and every field of the national data
 * standard in plain words; actions to print the place alone, send it by e-mail, copy its link and report a
 * mistake. Everything from the data is rendered as text, links only through `safeHref`.
 *
 * It has no attributes: the finder sets its properties. Its locale is the closest `lang` (`localeOf`).
 *
 * @tagname inclusion-venue-details
 * @fires inclusion-details-back - The citizen asked to go back to the list (`id` is the place's).
 * @csspart base - The whole view.
 * @csspart back-button - The "Back to the list" button.
 * @csspart heading - The place's name.
 * @csspart status - The opening status line.
 * @csspart booking-link - The online booking link.
 * @csspart actions - The list of actions (print, e-mail, copy the link).
 * @csspart action - Each action.
 * @csspart copy-status - The message that says the link was copied.
 * @csspart hours-table - The weekly hours table.
 * @csspart directions-link - The link to directions on OpenStreetMap.
 * @csspart section - Each section (address, hours, contact, services…).
 * @csspart report-link - The "Report a mistake" link.
 */
export class InclusionVenueDetails extends LitElement {
  static override styles = [hostStyles, venueDetailsStyles];

  // Declared without decorators (and fields with `declare`), like ui's base element, so that the class works
  // whatever the compiler's decorator and class-field settings in a consumer's build.
  static override properties: PropertyDeclarations = {
    lieu: { attribute: false },
    shareUrl: { attribute: false },
    reportEmail: { attribute: false },
    headingLevel: { attribute: false },
    now: { attribute: false },
    copyMessage: { state: true },
    manualCopy: { state: true },
  };

  /** The place to show, as `GET /v1/lieux/{id}` returns it (required: nothing shows without it). */
  declare lieu: LieuDetail | undefined;

  /** Absolute http(s) link to this place on the partner's page, for "copy the link", e-mails and print. */
  declare shareUrl: string | undefined;

  /** Where "report a mistake" e-mails go; when unset, the place's own first e-mail, else the action is hidden. */
  declare reportEmail: string | undefined;

  /** The level of the heading with the place's name (1 to 6, default 2); its sections use the next level. */
  declare headingLevel: number;

  /** The time the opening status and today's row are computed for; the current time when unset. */
  declare now: Date | undefined;

  /** The message of the live region after "copy the link". */
  declare private copyMessage: string;

  /** Whether the link is shown in a field to copy by hand (the clipboard refused). */
  declare private manualCopy: boolean;

  private readonly logger = createLogger('inclusion-venue-details');

  private locale: Locale = 'fr';
  private readonly catalogs = new LocaleCatalogs(this);
  /** The glossary (SIRET, RNA, code INSEE, GPS, Acceslibre…), loaded when a text with its terms shows. */
  private glossary: Glossary | undefined;
  private glossaryRequested = false;

  constructor() {
    super();
    this.headingLevel = 2;
    this.copyMessage = '';
    this.manualCopy = false;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removePrintFrames(this.renderRoot);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.locale = localeOf(this);
    if (changed.has('lieu') || changed.has('shareUrl')) {
      this.copyMessage = '';
      this.manualCopy = false;
    }
  }

  /** `updateComplete` resolves once rendered with the catalogs of its locale. */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.catalogs.settle(() => super.getUpdateComplete());
  }

  protected override render(): unknown {
    // Nothing until the catalogs of the locale are there (English ones are imported on demand).
    if (!this.catalogs.ready(this.locale)) return nothing;
    const lieu = this.lieu;
    if (!lieu) return nothing;
    const locale = this.locale;
    const level = this.level;
    return html`
      <article part="base" class="base" aria-labelledby="heading">
        <button type="button" part="back-button" class="back" data-print="no" @click=${this.handleBack}>
          <span class="icon" aria-hidden="true">←</span>
          ${t(locale, 'back')}
        </button>
        ${renderHeading(level, html`<span class="data">${lieu.nom}</span>`, 'heading', 'heading')}
        ${this.renderStatus(lieu)}
        ${
          lieu.presentation_resume?.trim()
            ? html`<p class="summary data">${lieu.presentation_resume}</p>`
            : nothing
        }
        ${this.renderBooking(lieu)} ${this.renderActions(lieu)} ${this.renderAddress(lieu)}
        ${this.renderHours(lieu)} ${this.renderContact(lieu)} ${this.renderAccessibility(lieu)}
        ${listSections.map((section) => this.renderValues(lieu, section.field, section.title, section.hints))}
        ${this.renderLabels(lieu)} ${this.renderAbout(lieu)} ${this.renderInfo(lieu)}
      </article>
    `;
  }

  private renderStatus(lieu: LieuDetail): TemplateResult {
    const opening = openingDescription(lieu.ouverture, this.locale, this.now ?? new Date());
    const separator = t(this.locale, 'separator');
    return html`<p part="status" class="status ${opening.statut}">
      <span class="label">${opening.label}</span>${
        opening.detail === undefined
          ? nothing
          : html`${separator}<span class="detail">${opening.detail}</span>`
      }${
        opening.comment === undefined
          ? nothing
          : html`${separator}<span class="comment data">${opening.comment}</span>`
      }
    </p>`;
  }

  private renderBooking(lieu: LieuDetail): TemplateResult | typeof nothing {
    const href = safeHref(lieu.prise_rdv, ['http']);
    if (href === undefined) return nothing;
    return html`<a
      part="booking-link"
      class="button-link primary booking"
      href=${href}
      target="_blank"
      rel="noopener noreferrer"
      >${t(this.locale, 'booking')}${this.renderNewWindow()}</a
    >`;
  }

  private renderActions(lieu: LieuDetail): TemplateResult {
    const locale = this.locale;
    const shareUrl = this.safeShareUrl;
    return html`<div
      class="actions-group"
      role="group"
      aria-label=${t(locale, 'actions.label')}
      data-print="no"
    >
      <ul part="actions" class="actions">
        <li>
          <button type="button" part="action" class="print" @click=${this.handlePrint}>
            ${t(locale, 'action.print')}
          </button>
        </li>
        <li>
          <a part="action" class="button-link share-email" href=${shareMailHref(locale, lieu, shareUrl)}
            >${t(locale, 'action.email')}</a
          >
        </li>
        ${
          shareUrl === undefined
            ? nothing
            : html`<li>
                <button type="button" part="action" class="copy" @click=${this.handleCopy}>
                  ${t(locale, 'action.copy')}
                </button>
              </li>`
        }
      </ul>
      <p part="copy-status" class="copy-status" role="status">${this.copyMessage}</p>
      ${
        this.manualCopy && shareUrl !== undefined
          ? html`<label class="copy-field">
              ${t(locale, 'copy.field')}
              <input class="copy-input" type="url" readonly .value=${shareUrl} />
            </label>`
          : nothing
      }
    </div>`;
  }

  private renderAddress(lieu: LieuDetail): TemplateResult {
    const locale = this.locale;
    const directions = directionsHref(lieu);
    return this.renderSection(
      'address',
      t(locale, 'section.address'),
      html`<p class="address">
          ${addressLines(lieu).map((line) => html`<span class="data period">${line}</span>`)}
        </p>
        ${
          lieu.distance === undefined
            ? nothing
            : html`<p>${t(locale, 'distance', { distance: formatDistance(locale, lieu.distance) })}</p>`
        }
        ${
          directions === undefined
            ? nothing
            : html`<p>
                <a
                  part="directions-link"
                  class="button-link directions"
                  href=${directions}
                  target="_blank"
                  rel="noopener noreferrer"
                  >${t(locale, 'directions')}${this.renderNewWindow()}</a
                >
              </p>`
        }`,
    );
  }

  private renderHours(lieu: LieuDetail): TemplateResult | typeof nothing {
    const locale = this.locale;
    const semaine = lieu.horaires_semaine;
    const raw = lieu.horaires_valides === false ? lieu.horaires?.trim() : undefined;
    if (!semaine && !raw) return nothing;
    const today = weekdayIndex(placeTimeZone(lieu), this.now ?? new Date());
    return this.renderSection(
      'hours',
      t(locale, 'section.hours'),
      html`${
        semaine
          ? html`<table part="hours-table" class="hours-table">
                <caption>
                  ${t(locale, 'hours.caption')}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">${t(locale, 'hours.day')}</th>
                    <th scope="col">${t(locale, 'hours.periods')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${semaine.jours.map(({ jour, plages }) => {
                    const isToday = joursSemaine.indexOf(jour) === today;
                    return html`<tr class=${isToday ? 'today' : 'day'}>
                      <th scope="row">
                        ${dayName(locale, jour)}
                        ${isToday ? html`<span class="today-mark">${t(locale, 'hours.today')}</span>` : nothing}
                      </th>
                      <td>
                        ${
                          plages.length === 0
                            ? html`<span class="closed">${t(locale, 'hours.closed')}</span>`
                            : plages.map(
                                (plage) =>
                                  html`<span class="period data">${formatPeriod(locale, plage)}</span>`,
                              )
                        }
                      </td>
                    </tr>`;
                  })}
                </tbody>
              </table>
              ${semaine.complet ? nothing : html`<p class="hint">${t(locale, 'hours.incomplete')}</p>`}`
          : nothing
      }
      ${
        raw
          ? html`<p class="raw-hours">${t(locale, 'hours.given')} <span class="data">${raw}</span></p>`
          : nothing
      }`,
    );
  }

  private renderContact(lieu: LieuDetail): TemplateResult | typeof nothing {
    const locale = this.locale;
    const phone = safeHref(lieu.telephone, ['tel']);
    const emails = lieu.courriels
      .map((courriel) => ({ text: courriel, href: safeHref(courriel, ['mailto']) }))
      .filter((email): email is { text: string; href: string } => email.href !== undefined);
    const websites = lieu.site_web
      .map((url) => safeHref(url, ['http']))
      .filter((href): href is string => href !== undefined);
    if (phone === undefined && emails.length === 0 && websites.length === 0) return nothing;
    return this.renderSection(
      'contact',
      t(locale, 'section.contact'),
      html`<dl>
        ${
          phone === undefined
            ? nothing
            : html`<dt>${t(locale, 'contact.phone')}</dt>
                <dd>
                  <a class="inline-link phone" href=${phone}
                    ><span class="data">${formatPhone(lieu.telephone ?? '')}</span></a
                  >
                </dd>`
        }
        ${
          emails.length === 0
            ? nothing
            : html`<dt>${t(locale, 'contact.email')}</dt>
                ${emails.map(
                  (email) =>
                    html`<dd>
                      <a class="inline-link email" href=${email.href}
                        ><span class="data">${email.text}</span></a
                      >
                    </dd>`,
                )}`
        }
        ${
          websites.length === 0
            ? nothing
            : html`<dt>${t(locale, 'contact.website')}</dt>
                ${websites.map(
                  (href) =>
                    html`<dd>
                      <a class="inline-link website" href=${href} target="_blank" rel="noopener noreferrer"
                        ><span class="data">${displayUrl(href)}</span>${this.renderNewWindow()}</a
                      >
                    </dd>`,
                )}`
        }
      </dl>`,
    );
  }

  private renderAccessibility(lieu: LieuDetail): TemplateResult | typeof nothing {
    const href = safeHref(lieu.fiche_acces_libre, ['http']);
    if (href === undefined) return nothing;
    return this.renderSection(
      'accessibility',
      t(this.locale, 'section.accessibility'),
      html`<p>
          <a class="inline-link acces-libre" href=${href} target="_blank" rel="noopener noreferrer"
            >${t(this.locale, 'accessibility.link')}${this.renderNewWindow()}</a
          >
        </p>
        ${this.loadGlossary()?.render(this.locale, [], [t(this.locale, 'accessibility.link')])}`,
    );
  }

  private renderValues(
    lieu: LieuDetail,
    field: VocabularyField,
    title: DetailsMessageKey,
    hints: boolean,
  ): TemplateResult | typeof nothing {
    const values = vocabularyValues(lieu, field);
    if (values.length === 0) return nothing;
    return this.renderSection(
      field,
      t(this.locale, title),
      html`<ul class="values">
        ${values.map((value) => html`<li>${this.renderValue(value, hints)}</li>`)}
      </ul>`,
    );
  }

  private renderValue(value: VocabularyValue, hint: boolean): TemplateResult {
    return html`<span class="term">${value[this.locale]}</span>${
        hint ? html` <span class="hint">${value.description[this.locale]}</span>` : nothing
      }`;
  }

  private renderLabels(lieu: LieuDetail): TemplateResult | typeof nothing {
    const values = vocabularyValues(lieu, 'formations_labels');
    const others = lieu.autres_formations_labels?.trim();
    if (values.length === 0 && !others) return nothing;
    return this.renderSection(
      'formations_labels',
      t(this.locale, 'section.labels'),
      html`${
        values.length === 0
          ? nothing
          : html`<ul class="values">
              ${values.map((value) => html`<li>${this.renderValue(value, true)}</li>`)}
            </ul>`
      }
      ${
        others
          ? html`<p class="other-labels">
              ${t(this.locale, 'labels.other')} <span class="data">${others}</span>
            </p>`
          : nothing
      }`,
    );
  }

  private renderAbout(lieu: LieuDetail): TemplateResult | typeof nothing {
    const locale = this.locale;
    const detail = lieu.presentation_detail?.trim();
    const types = vocabularyValues(lieu, 'typologie');
    const mobility = vocabularyValues(lieu, 'itinerance');
    const parent = lieu.structure_parente?.trim();
    if (!detail && types.length === 0 && mobility.length === 0 && !parent) return nothing;
    const term = (key: DetailsMessageKey, values: readonly VocabularyValue[]) =>
      values.length === 0
        ? nothing
        : html`<dt>${t(locale, key)}</dt>
            ${values.map((value) => html`<dd>${this.renderValue(value, true)}</dd>`)}`;
    return this.renderSection(
      'about',
      t(locale, 'section.about'),
      html`${detail ? html`<p class="description data">${detail}</p>` : nothing}
      ${
        types.length === 0 && mobility.length === 0 && !parent
          ? nothing
          : html`<dl>
              ${term('about.type', types)} ${term('about.mobility', mobility)}
              ${
                parent
                  ? html`<dt>${t(locale, 'about.parent')}</dt>
                      <dd class="data">${parent}</dd>`
                  : nothing
              }
            </dl>`
      }`,
    );
  }

  private renderInfo(lieu: LieuDetail): TemplateResult {
    const locale = this.locale;
    const updated = formatDate(locale, lieu.date_maj);
    const source = lieu.source?.trim();
    const report = this.reportHref(lieu);
    const technical: Array<[DetailsMessageKey, string | undefined]> = [
      ['info.id', lieu.id],
      ['info.pivot', lieu.pivot],
      ['info.insee', lieu.code_insee],
      [
        'info.coordinates',
        lieu.latitude !== undefined && lieu.longitude !== undefined
          ? `${lieu.latitude}, ${lieu.longitude}`
          : undefined,
      ],
      ['info.hours', lieu.horaires?.trim() || undefined],
    ];
    const shown = technical.filter(([, value]) => value !== undefined && value !== '');
    const names = shown.map(([key]) => t(locale, key));
    // Their terms (SIRET, RNA, code INSEE, GPS, OpenStreetMap) explained once the section is opened; the
    // record's « identifiant » is not the glossary's (a login), hence its label kept apart.
    const glossary = this.glossary;
    const labels = glossary
      ? names.map((name, index) =>
          shown[index]?.[0] === 'info.id' ? name : glossary.render(locale, [name])[0],
        )
      : names;
    return this.renderSection(
      'info',
      t(locale, 'section.info'),
      html`${updated ? html`<p class="updated">${t(locale, 'info.updated', { date: updated })}</p>` : nothing}
        ${
          source
            ? html`<p class="source">${t(locale, 'info.source')} <span class="data">${source}</span></p>`
            : nothing
        }
        ${
          report === undefined
            ? nothing
            : html`<p data-print="no">
                <a part="report-link" class="button-link report" href=${report}
                  >${t(locale, 'action.report')}</a
                >
              </p>`
        }
        <details class="technical" data-print="no" @toggle=${this.handleTechnicalToggle}>
          <summary>${t(locale, 'info.technical')}</summary>
          <dl>
            ${shown.map(
              ([, value], index) =>
                html`<dt>${labels[index]}</dt>
                  <dd class="data">${value}</dd>`,
            )}
          </dl>
        </details>`,
    );
  }

  /** A section with its heading, one level below the place's name. */
  private renderSection(name: string, title: string, content: unknown): TemplateResult {
    return html`<section part="section" class=${name} aria-labelledby=${`section-${name}`}>
      ${renderHeading(Math.min(this.level + 1, 6), title, `section-${name}`)} ${content}
    </section>`;
  }

  private renderNewWindow(): TemplateResult {
    return html`<span class="icon" aria-hidden="true">↗</span
      ><span class="visually-hidden"> ${t(this.locale, 'newWindow')}</span>`;
  }

  /** Moves the keyboard focus to the place's name, e.g. right after the finder opens the details. */
  async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.heading')?.focus();
  }

  /** The heading level, kept between 1 and 6. */
  private get level(): number {
    const level = Math.trunc(Number(this.headingLevel));
    return Number.isFinite(level) ? Math.min(Math.max(level, 1), 6) : 2;
  }

  /** `shareUrl` when it is an absolute http(s) link. */
  private get safeShareUrl(): string | undefined {
    return safeHref(this.shareUrl, ['http']);
  }

  /** The prepared "report a mistake" e-mail: to `reportEmail` if set, else to the place's first e-mail. */
  private reportHref(lieu: LieuDetail): string | undefined {
    // A blank `reportEmail` (an empty attribute of the finder) counts as unset.
    const recipient = safeHref(this.reportEmail?.trim() || lieu.courriels[0], ['mailto']);
    if (recipient === undefined) return undefined;
    return reportMailHref(recipient, this.locale, lieu, this.safeShareUrl);
  }

  /**
   * The glossary, once loaded: the first call imports it (a place without these texts never does) and updates
   * the view when it is there.
   */
  private loadGlossary(): Glossary | undefined {
    if (!this.glossaryRequested) {
      this.glossaryRequested = true;
      import('@inclusion-widgets/ui/glossary.js').then(
        (module) => {
          this.glossary = module.glossaryFor(this);
          this.requestUpdate();
        },
        (error: unknown) => this.logger.debug('the glossary could not be loaded:', error),
      );
    }
    return this.glossary;
  }

  private readonly handleTechnicalToggle = (event: Event): void => {
    if ((event.currentTarget as HTMLDetailsElement).open) this.loadGlossary();
  };

  private handleBack(): void {
    if (this.lieu) this.dispatchEvent(new InclusionDetailsBackEvent(this.lieu.id));
  }

  private async handlePrint(): Promise<void> {
    const lieu = this.lieu;
    const source = this.renderRoot.querySelector('.base');
    if (!lieu || !source) return;
    const shareUrl = this.safeShareUrl;
    try {
      await printPlace({
        source,
        container: this.renderRoot,
        frameClass: 'print-frame',
        title: lieu.nom,
        lang: this.locale,
        footer: shareUrl === undefined ? [] : [`${t(this.locale, 'print.link')} ${shareUrl}`],
      });
    } catch (error) {
      this.logger.warn('could not print the place alone; printing the page instead.', error);
      window.print();
    }
  }

  private async handleCopy(): Promise<void> {
    const url = this.safeShareUrl;
    if (url === undefined) return;
    // Emptied first, so that a second copy is announced again.
    this.copyMessage = '';
    this.manualCopy = false;
    await this.updateComplete;
    const copied = (await this.copyWithClipboard(url)) || this.copyWithSelection(url);
    if (copied) {
      this.copyMessage = t(this.locale, 'copy.done');
      return;
    }
    this.manualCopy = true;
    this.copyMessage = t(this.locale, 'copy.manual');
    await this.updateComplete;
    const input = this.renderRoot.querySelector<HTMLInputElement>('.copy-input');
    input?.focus();
    input?.select();
  }

  private async copyWithClipboard(text: string): Promise<boolean> {
    try {
      if (typeof navigator.clipboard?.writeText !== 'function') return false;
      await navigator.clipboard.writeText(text);
      return true;
    } catch (error) {
      this.logger.debug('the clipboard refused the link', error);
      return false;
    }
  }

  /** The old way, for pages without the clipboard API (plain http, some embedded browsers). */
  private copyWithSelection(text: string): boolean {
    const field = document.createElement('textarea');
    field.value = text;
    field.readOnly = true;
    field.className = 'visually-hidden';
    field.tabIndex = -1;
    field.setAttribute('aria-hidden', 'true');
    this.renderRoot.appendChild(field);
    try {
      field.select();
      return document.execCommand('copy');
    } catch {
      return false;
    } finally {
      field.remove();
    }
  }
}

/** The values of a vocabulary field of a place, unknown slugs left out. */
function vocabularyValues(lieu: LieuDetail, field: VocabularyField): VocabularyValue[] {
  return (lieu[field] as readonly string[])
    .map((slug) => bySlug(field, slug) as VocabularyValue | undefined)
    .filter((value): value is VocabularyValue => value !== undefined);
}

/** A link as people read it: no scheme, no trailing slash. */
function displayUrl(href: string): string {
  return href.replace(/^https?:\/\//i, '').replace(/\/$/, '');
}

/** A heading of `level` (1 to 6). */
function renderHeading(level: number, content: unknown, id: string, part?: string): TemplateResult {
  const className = part === undefined ? 'subheading' : 'heading';
  // A heading with a part is the place's name: focusable by script (focusHeading), not by Tab.
  const tabindex = part === undefined ? undefined : -1;
  switch (level) {
    case 1:
      return html`<h1 id=${id} class=${className} part=${ifDefined(part)} tabindex=${ifDefined(tabindex)}>
        ${content}
      </h1>`;
    case 3:
      return html`<h3 id=${id} class=${className} part=${ifDefined(part)} tabindex=${ifDefined(tabindex)}>
        ${content}
      </h3>`;
    case 4:
      return html`<h4 id=${id} class=${className} part=${ifDefined(part)} tabindex=${ifDefined(tabindex)}>
        ${content}
      </h4>`;
    case 5:
      return html`<h5 id=${id} class=${className} part=${ifDefined(part)} tabindex=${ifDefined(tabindex)}>
        ${content}
      </h5>`;
    case 6:
      return html`<h6 id=${id} class=${className} part=${ifDefined(part)} tabindex=${ifDefined(tabindex)}>
        ${content}
      </h6>`;
    default:
      return html`<h2 id=${id} class=${className} part=${ifDefined(part)} tabindex=${ifDefined(tabindex)}>
        ${content}
      </h2>`;
  }
}
