import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import {
  HttpError,
  isInclusionError,
  PartnerClient,
  translate,
  type Commune,
  type InclusionApi,
  type Locale,
  type PartnerConfigurationApi,
} from '@inclusion-widgets/core';
import { derivePalette, hexColor, httpUrl, InclusionElement, recoverable } from '@inclusion-widgets/ui';
import {
  attributesOf,
  attributesRecord,
  checkAttributes,
  defaultRadiusKm,
  finderFilters,
  initialChoices,
  knownQuizzes,
  radiusChoices,
  type Choices,
  type TerritoryChoice,
} from './choices.js';
import { t, type ConfiguratorMessageKey } from './configurator.messages.js';
import { configuratorStyles } from './configurator.styles.js';
import { departements } from './departements.js';
import { InclusionConfigurationSavedEvent } from './events.js';
import {
  embedModes,
  snippetFor,
  widgetNames,
  type AttributeList,
  type EmbedMode,
  type SnippetTarget,
  type WidgetName,
} from './snippets.js';

/** The client the configurator uses: the widgets' API, and the partner's save when it has it. */
export type ConfiguratorClient = InclusionApi & Partial<PartnerConfigurationApi>;

const configuratorRules = {
  embedBase: recoverable(httpUrl()),
};

/** How long the preview and the commune suggestions wait after the last change, in milliseconds. */
const previewDelay = 300;
const suggestDelay = 200;

/** Each widget's code, imported for the preview the first time it is shown. */
const widgetLoaders: Readonly<Record<WidgetName, () => Promise<unknown>>> = {
  'venue-finder': () => import('@inclusion-widgets/venue-finder/define.js'),
  quiz: () => import('@inclusion-widgets/quiz/define.js'),
  orientation: () => import('@inclusion-widgets/orientation/define.js'),
};

const identifierPattern = /^[a-z\d](?:[a-z\d-]{0,62}[a-z\d])?$/;
const colorRule = hexColor();

/** Lines enough to show a snippet whole in a column about 60 characters wide (long attributes wrap). */
function snippetRows(text: string): number {
  return text.split('\n').reduce((rows, line) => rows + Math.max(1, Math.ceil(line.length / 60)), 1);
}

/** A setting that keeps the snippet from being written: the field to fix and why. */
interface Blocker {
  /** The id of the field in the shadow root. */
  readonly field: string;
  /** The reason, in the configurator's locale. */
  readonly message: string;
}

/** Where the save is. */
type SaveState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved'; readonly id: string }
  | { readonly kind: 'error'; readonly message: string };

/**
 * The configurator: a webmaster chooses a widget and its settings (territory from a commune search or a list of
 * départements, the standard's filters, distance, quiz, colour, language) and how to embed it (element, a single
 * script tag, an iframe); a live preview shows the real widget; the snippet of the chosen mode is ready to copy.
 * Every choice is checked by the widget's own attribute rules, so that a snippet the widget would refuse is never
 * offered: a setting to fix is named instead. A partner can save the settings as a remote configuration with its
 * partner id and token (never stored); the snippet then holds only `config="<id>"`.
 *
 * The configurator speaks French or English (`lang`, or the page's language); the widget's own language is one of
 * its choices.
 *
 * @attr api - Base URL of the API that the snippets point to and that the preview and the save use (`/` on the API's
 *   own site).
 * @attr embed-base - The folder of the embed build the snippets load (default: the API's `/build/embed/`).
 * @attr lang - `fr` (default) or `en`: the configurator's own language.
 *
 * @fires inclusion-configuration-saved - A partner's configuration was saved; `configuration`.
 *
 * @csspart base - The whole configurator.
 * @csspart settings - The form of settings.
 * @csspart preview - The preview of the widget.
 * @csspart snippet - The code to copy.
 * @csspart save - The form that saves a remote configuration.
 */
export class InclusionConfigurator extends InclusionElement<typeof configuratorRules> {
  static override attributeRules = configuratorRules;
  static override styles = configuratorStyles;

  /** The client of `api`: with the partner's calls (`savePartnerConfiguration`). */
  protected override createClient(baseUrl: string): InclusionApi {
    return new PartnerClient({ baseUrl });
  }

  @state() private choices: Choices = initialChoices;
  @state() private mode: EmbedMode = 'element';
  /** What the territory radio says, even before a commune or a département is picked. */
  @state() private territoryKind: TerritoryChoice['kind'] = 'none';
  @state() private commune: { readonly code: string; readonly nom: string } | undefined;
  @state() private departement = '';
  @state() private communeQuery = '';
  @state() private suggestions: readonly Commune[] = [];
  @state() private activeSuggestion = -1;
  @state() private suggestState: 'idle' | 'searching' | 'done' | 'error' = 'idle';
  @state() private copyState: 'idle' | 'copied' | 'failed' = 'idle';
  @state() private saveState: SaveState = { kind: 'idle' };
  /** The id of the remote configuration the snippet uses, once saved for the current choices. */
  @state() private remoteId: string | undefined;
  @state() private partnerId = '';
  @state() private configName = '';
  @state() private saveErrors: Partial<Record<'partner' | 'token' | 'name', string>> = {};
  /** What the polite status region says once the code (and the preview) follow a change of settings. */
  @state() private updateStatus = '';

  private previewTimer: ReturnType<typeof setTimeout> | undefined;
  private previewKey = '';
  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  /** The code as last announced (`undefined` until the first render: nothing is announced at load). */
  private announcedKey: string | undefined;
  private suggestTimer: ReturnType<typeof setTimeout> | undefined;
  private suggestAbort: AbortController | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.previewTimer);
    clearTimeout(this.announceTimer);
    clearTimeout(this.suggestTimer);
    this.suggestAbort?.abort();
    this.previewKey = '';
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.schedulePreview();
    this.scheduleAnnouncement();
  }

  /** The choices with the territory as picked (none until a commune or a département is). */
  private get currentChoices(): Choices {
    return { ...this.choices, territory: this.territory };
  }

  private get territory(): TerritoryChoice {
    if (this.territoryKind === 'commune' && this.commune) return { kind: 'commune', ...this.commune };
    if (this.territoryKind === 'departement' && this.departement) {
      return { kind: 'departement', code: this.departement };
    }
    return { kind: 'none' };
  }

  /** Whether the chosen widget takes a territory. */
  private get hasTerritory(): boolean {
    return this.choices.widget !== 'quiz';
  }

  /** The settings to fix before a snippet can be written, with their field. */
  private blockers(attributes: AttributeList): Blocker[] {
    const blockers: Blocker[] = [];
    if (this.hasTerritory && this.territoryKind === 'commune' && !this.commune) {
      blockers.push({ field: 'commune', message: t(this.locale, 'territory.commune.missing') });
    }
    if (this.hasTerritory && this.territoryKind === 'departement' && !this.departement) {
      blockers.push({ field: 'departement', message: t(this.locale, 'territory.departement.missing') });
    }
    for (const issue of checkAttributes(this.choices.widget, attributes, this.locale)) {
      blockers.push({
        field: issue.attribute === 'color' ? 'color' : issue.attribute,
        message: issue.reason,
      });
    }
    return blockers;
  }

  /** The API and the embed folder the snippets point to. */
  private get target(): SnippetTarget {
    const client = this.activeClient as { baseUrl?: unknown } | undefined;
    let api: string;
    if (this.api) api = new URL(this.api, document.baseURI).href;
    else if (typeof client?.baseUrl === 'string') api = client.baseUrl;
    else api = new URL('/', document.baseURI).href;
    api = api.replace(/\/+$/, '');
    const embed = this.config?.embedBase ?? `${api}/build/embed/`;
    return { api, embedBase: embed.endsWith('/') ? embed : `${embed}/` };
  }

  protected override renderContent(): unknown {
    const attributes = attributesOf(this.currentChoices);
    const blockers = this.blockers(attributes);
    return html`
      <section class="base" part="base" lang=${this.locale} aria-labelledby="configurator-title">
        <h2 id="configurator-title">${t(this.locale, 'title')}</h2>
        <p class="intro">${t(this.locale, 'intro')}</p>
        <div class="columns">
          <form
            class="settings"
            part="settings"
            aria-labelledby="settings-title"
            @submit=${this.handleSettingsSubmit}
          >
            <h3 id="settings-title">${t(this.locale, 'settings.title')}</h3>
            ${this.renderWidgetChoice()} ${this.hasTerritory ? this.renderTerritory() : nothing}
            ${this.choices.widget === 'venue-finder' ? this.renderFinderSettings() : nothing}
            ${this.choices.widget === 'quiz' ? this.renderQuizSettings() : nothing}
            ${this.choices.widget === 'orientation' ? this.renderOrientationSettings() : nothing}
            ${this.renderLook(blockers)} ${this.renderModes()}
          </form>
          <div class="output">
            <p class="visually-hidden update-status" role="status">${this.updateStatus}</p>
            ${this.renderSnippet(attributes, blockers)} ${this.renderSave(attributes, blockers)}
            <section class="preview" part="preview" aria-labelledby="preview-title">
              <h3 id="preview-title">${t(this.locale, 'preview.title')}</h3>
              <p class="hint">${t(this.locale, 'preview.note')}</p>
              <div class="preview-frame"></div>
            </section>
          </div>
        </div>
      </section>
    `;
  }

  /**
   * One choice of a radio group: the input (id `<name>-<value>` unless given), its label, and a hint it is
   * described by when there is one.
   */
  private renderRadio(
    name: string,
    value: string,
    checked: boolean,
    onChange: () => void,
    text: { readonly label: string; readonly hint?: string; readonly id?: string },
  ): TemplateResult {
    const id = text.id ?? `${name}-${value}`;
    return html`
      <div class="option">
        <input
          type="radio"
          id=${id}
          name=${name}
          value=${value}
          aria-describedby=${ifDefined(text.hint === undefined ? undefined : `${id}-hint`)}
          .checked=${live(checked)}
          @change=${onChange}
        />
        <label for=${id}>${text.label}</label>
        ${text.hint === undefined ? nothing : html`<span class="hint" id="${id}-hint">${text.hint}</span>`}
      </div>
    `;
  }

  private renderWidgetChoice(): TemplateResult {
    return html`
      <fieldset>
        <legend>${t(this.locale, 'widget.legend')}</legend>
        ${widgetNames.map((widget) =>
          this.renderRadio('widget', widget, this.choices.widget === widget, () => this.choose({ widget }), {
            label: t(this.locale, `widget.${widget}`),
            hint: t(this.locale, `widget.${widget}.hint`),
          }),
        )}
      </fieldset>
    `;
  }

  private renderTerritory(): TemplateResult {
    const kinds = ['none', 'commune', 'departement'] as const;
    return html`
      <fieldset>
        <legend>${t(this.locale, 'territory.legend')}</legend>
        ${kinds.map((kind) =>
          this.renderRadio(
            'territory',
            kind,
            this.territoryKind === kind,
            () => this.handleTerritoryKind(kind),
            {
              label: t(this.locale, `territory.${kind}`),
            },
          ),
        )}
        ${this.territoryKind === 'commune' ? this.renderCommuneSearch() : nothing}
        ${this.territoryKind === 'departement' ? this.renderDepartement() : nothing}
      </fieldset>
    `;
  }

  /** The WAI-ARIA 1.2 combobox, list autocomplete: suggestions from the API's commune search. */
  private renderCommuneSearch(): TemplateResult {
    const open = this.suggestions.length > 0;
    const active = this.suggestions[this.activeSuggestion];
    const missing = !this.commune;
    return html`
      <div class="field combobox">
        <label for="commune">${t(this.locale, 'territory.communeLabel')}</label>
        <span class="hint" id="commune-hint">${t(this.locale, 'territory.communeHint')}</span>
        <input
          id="commune"
          type="text"
          role="combobox"
          autocomplete="off"
          spellcheck="false"
          aria-autocomplete="list"
          aria-controls="commune-list"
          aria-expanded=${open ? 'true' : 'false'}
          aria-activedescendant=${active ? `commune-${active.code}` : nothing}
          aria-describedby="commune-hint${this.commune ? ' commune-chosen' : ''}"
          aria-invalid=${missing && this.communeQuery.trim() !== '' && !open ? 'true' : 'false'}
          .value=${live(this.communeQuery)}
          @input=${this.handleCommuneInput}
          @keydown=${this.handleCommuneKeydown}
          @blur=${this.handleCommuneBlur}
        />
        <ul
          id="commune-list"
          role="listbox"
          aria-label=${t(this.locale, 'territory.communeLabel')}
          ?hidden=${!open}
        >
          ${this.suggestions.map(
            (commune, index) => html`
              <li
                id="commune-${commune.code}"
                role="option"
                aria-selected=${index === this.activeSuggestion ? 'true' : 'false'}
                @pointerdown=${(event: Event) => event.preventDefault()}
                @click=${() => this.pickCommune(commune)}
              >
                ${commune.nom} <span class="hint">(${commune.codes_postaux[0] ?? commune.departement})</span>
              </li>
            `,
          )}
        </ul>
        <p class="visually-hidden" role="status">${this.suggestStatus()}</p>
        ${
          this.commune
            ? html`<p class="chosen" id="commune-chosen">
                ${t(this.locale, 'territory.chosen', { nom: this.commune.nom, code: this.commune.code })}
              </p>`
            : nothing
        }
      </div>
    `;
  }

  private suggestStatus(): string {
    if (this.suggestState === 'searching') return t(this.locale, 'territory.searching');
    if (this.suggestState !== 'done') return '';
    return this.suggestions.length === 0
      ? t(this.locale, 'territory.noSuggestion')
      : t(this.locale, 'territory.suggestions', { count: this.suggestions.length });
  }

  private renderDepartement(): TemplateResult {
    return html`
      <div class="field">
        <label for="departement">${t(this.locale, 'territory.departementLabel')}</label>
        <select id="departement" @change=${this.handleDepartement}>
          <option value="" ?selected=${this.departement === ''}>
            ${t(this.locale, 'territory.departementChoose')}
          </option>
          ${departements.map(
            ({ code, nom }) =>
              html`<option value=${code} ?selected=${this.departement === code}>${code} – ${nom}</option>`,
          )}
        </select>
      </div>
    `;
  }

  private renderFinderSettings(): TemplateResult {
    const [first, ...others] = finderFilters;
    return html`
      <fieldset>
        <legend>${t(this.locale, 'filters.legend')}</legend>
        <p class="hint">${t(this.locale, 'filters.hint')}</p>
        ${first ? this.renderFilter(first) : nothing}
        <div class="option">
          <input
            type="checkbox"
            id="open-now"
            .checked=${live(this.choices.openNow)}
            @change=${(event: Event) => this.choose({ openNow: (event.target as HTMLInputElement).checked })}
          />
          <label for="open-now">${t(this.locale, 'filter.openNow')}</label>
        </div>
        <details>
          <summary>${t(this.locale, 'filters.more')}</summary>
          ${others.map((filter) => this.renderFilter(filter))}
        </details>
      </fieldset>
      <div class="field">
        <label for="radius">${t(this.locale, 'radius.label')}</label>
        <select id="radius" @change=${this.handleRadius}>
          ${[...new Set([...radiusChoices, defaultRadiusKm])]
            .sort((a, b) => a - b)
            .map(
              (km) =>
                html`<option value=${km} ?selected=${this.choices.radiusKm === km}>
                  ${t(this.locale, 'radius.km', { count: km })}
                </option>`,
            )}
        </select>
      </div>
      <fieldset>
        <legend>${t(this.locale, 'map.legend')}</legend>
        ${(['auto', 'on', 'off'] as const).map((map) =>
          this.renderRadio('map', map, this.choices.map === map, () => this.choose({ map }), {
            label: t(this.locale, `map.${map}`),
          }),
        )}
      </fieldset>
    `;
  }

  private renderFilter({ attribute, values }: (typeof finderFilters)[number]): TemplateResult {
    const chosen = new Set(this.choices.filters[attribute] ?? []);
    return html`
      <fieldset class="filter">
        <legend>${t(this.locale, `filter.${attribute}` as ConfiguratorMessageKey)}</legend>
        ${values.map(
          (value) => html`
            <div class="option">
              <input
                type="checkbox"
                id="${attribute}-${value.slug}"
                value=${value.slug}
                .checked=${live(chosen.has(value.slug))}
                @change=${(event: Event) =>
                  this.handleFilter(attribute, value.slug, (event.target as HTMLInputElement).checked)}
              />
              <label for="${attribute}-${value.slug}">${value[this.locale]}</label>
            </div>
          `,
        )}
      </fieldset>
    `;
  }

  private renderQuizSettings(): TemplateResult {
    return html`
      <div class="field">
        <label for="quiz">${t(this.locale, 'quiz.label')}</label>
        <select
          id="quiz"
          @change=${(event: Event) => this.choose({ quiz: (event.target as HTMLSelectElement).value })}
        >
          ${knownQuizzes.map(
            (quiz) =>
              html`<option value=${quiz} ?selected=${this.choices.quiz === quiz}>
                ${t(this.locale, `quiz.${quiz}`)}
              </option>`,
          )}
        </select>
      </div>
    `;
  }

  private renderOrientationSettings(): TemplateResult {
    return html`
      <fieldset>
        <legend>${t(this.locale, 'orientation.legend')}</legend>
        ${(['citizen', 'professional'] as const).map((mode) =>
          this.renderRadio(
            'orientation-mode',
            mode,
            this.choices.orientationMode === mode,
            () => this.choose({ orientationMode: mode }),
            { label: t(this.locale, `orientation.${mode}`), id: `orientation-${mode}` },
          ),
        )}
      </fieldset>
    `;
  }

  private renderLook(blockers: readonly Blocker[]): TemplateResult {
    const colorIssue = blockers.find((blocker) => blocker.field === 'color');
    const parsed = colorRule.parse(this.choices.color.trim() || null, {
      locale: this.locale,
      attribute: 'color',
    });
    const color = parsed.ok ? parsed.value : undefined;
    const palette = color ? derivePalette(color) : undefined;
    const describedBy = ['color-hint', colorIssue ? 'color-error' : '', palette ? 'color-contrast' : '']
      .filter(Boolean)
      .join(' ');
    return html`
      <fieldset>
        <legend>${t(this.locale, 'look.legend')}</legend>
        <div class="field color">
          <label for="color">${t(this.locale, 'color.label')}</label>
          <span class="hint" id="color-hint">${t(this.locale, 'color.hint')}</span>
          <div class="color-inputs">
            <input
              type="color"
              id="color-picker"
              aria-label=${t(this.locale, 'color.picker')}
              .value=${live(color ?? '#0a6b7c')}
              @input=${(event: Event) => this.choose({ color: (event.target as HTMLInputElement).value })}
            />
            <input
              type="text"
              id="color"
              autocomplete="off"
              spellcheck="false"
              size="9"
              aria-describedby=${describedBy}
              aria-invalid=${colorIssue ? 'true' : 'false'}
              .value=${live(this.choices.color)}
              @input=${(event: Event) => this.choose({ color: (event.target as HTMLInputElement).value })}
            />
          </div>
          ${colorIssue ? html`<p class="error" id="color-error">${colorIssue.message}</p>` : nothing}
          ${
            palette
              ? html`<p class="hint" id="color-contrast">
                  ${
                    palette.adjusted
                      ? t(this.locale, 'color.adjusted', { color: palette.primary })
                      : t(this.locale, 'color.contrast', {
                          ratio: new Intl.NumberFormat(this.locale, { maximumFractionDigits: 1 }).format(
                            palette.contrast.primaryOnSurface,
                          ),
                        })
                  }
                </p>`
              : nothing
          }
        </div>
        <div class="field">
          <label for="widget-lang">${t(this.locale, 'lang.label')}</label>
          <select
            id="widget-lang"
            @change=${(event: Event) => this.choose({ lang: (event.target as HTMLSelectElement).value as Locale })}
          >
            ${(['fr', 'en'] as const).map(
              (lang) =>
                html`<option value=${lang} ?selected=${this.choices.lang === lang}>
                  ${t(this.locale, `lang.${lang}`)}
                </option>`,
            )}
          </select>
        </div>
      </fieldset>
    `;
  }

  private renderModes(): TemplateResult {
    return html`
      <fieldset>
        <legend>${t(this.locale, 'mode.legend')}</legend>
        ${embedModes.map((mode) =>
          this.renderRadio('mode', mode, this.mode === mode, () => this.handleMode(mode), {
            label: t(this.locale, `mode.${mode}`),
            hint: t(this.locale, `mode.${mode}.hint`),
          }),
        )}
      </fieldset>
    `;
  }

  private renderSnippet(attributes: AttributeList, blockers: readonly Blocker[]): TemplateResult {
    const remote = this.remoteId !== undefined;
    const written: AttributeList = remote ? [['config', this.remoteId ?? '']] : attributes;
    const text = snippetFor(this.mode, this.choices.widget, written, this.target, this.choices.lang);
    return html`
      <section class="snippet" part="snippet" aria-labelledby="snippet-title">
        <h3 id="snippet-title">${t(this.locale, 'snippet.title')}</h3>
        ${
          blockers.length > 0 && !remote
            ? html`<div class="blocked">
                <p>${t(this.locale, 'snippet.blocked')}</p>
                <ul>
                  ${blockers.map(
                    (blocker) =>
                      html`<li>
                        <a
                          href="#${blocker.field}"
                          @click=${(event: Event) => this.handleFocusField(event, blocker.field)}
                          >${blocker.message}</a
                        >
                      </li>`,
                  )}
                </ul>
              </div>`
            : html`
                ${remote ? html`<p class="note">${t(this.locale, 'snippet.remoteNote', { id: this.remoteId ?? '' })}</p>` : nothing}
                <label for="snippet">${t(this.locale, 'snippet.label')}</label>
                <textarea
                  id="snippet"
                  readonly
                  rows=${snippetRows(text)}
                  spellcheck="false"
                  .value=${live(text)}
                ></textarea>
                <div class="copy">
                  <button type="button" class="primary" @click=${this.handleCopy}>
                    ${t(this.locale, 'copy')}
                  </button>
                  ${
                    remote
                      ? html`<button type="button" @click=${this.handleUseLocal}>
                          ${t(this.locale, 'save.useLocal')}
                        </button>`
                      : nothing
                  }
                </div>
              `
        }
        <p class="copy-status" role="status">
          ${this.copyState === 'idle' ? '' : t(this.locale, this.copyState === 'copied' ? 'copied' : 'copyFailed')}
        </p>
      </section>
    `;
  }

  private renderSave(attributes: AttributeList, blockers: readonly Blocker[]): TemplateResult {
    const heading = html`<h3 id="save-title">${t(this.locale, 'save.title')}</h3>`;
    const id = this.partnerId && this.configName ? `${this.partnerId}-${this.configName}` : '';
    const saving = this.saveState.kind === 'saving';
    const error = (field: 'partner' | 'token' | 'name') => this.saveErrors[field];
    const field = (
      name: 'partner' | 'token' | 'name',
      label: ConfiguratorMessageKey,
      hint: ConfiguratorMessageKey,
      input: TemplateResult,
    ) => html`
      <div class="field">
        <label for="save-${name}">${t(this.locale, label)} ${t(this.locale, 'save.requiredMark')}</label>
        <span class="hint" id="save-${name}-hint">${t(this.locale, hint)}</span>
        ${input} ${error(name) ? html`<p class="error" id="save-${name}-error">${error(name)}</p>` : nothing}
      </div>
    `;
    const describedBy = (name: 'partner' | 'token' | 'name') =>
      `save-${name}-hint${error(name) ? ` save-${name}-error` : ''}`;
    return html`
      <section class="save" part="save" aria-labelledby="save-title">
        ${heading}
        <p class="hint">${t(this.locale, 'save.intro')}</p>
        <form novalidate @submit=${(event: Event) => this.handleSave(event, attributes, blockers)}>
          ${field(
            'partner',
            'save.partner',
            'save.partnerHint',
            html`<input
              id="save-partner"
              name="partner"
              required
              type="text"
              autocomplete="username"
              spellcheck="false"
              aria-describedby=${describedBy('partner')}
              aria-invalid=${error('partner') ? 'true' : 'false'}
              .value=${live(this.partnerId)}
              @input=${(event: Event) => (this.partnerId = (event.target as HTMLInputElement).value.trim())}
            />`,
          )}
          ${field(
            'token',
            'save.token',
            'save.tokenHint',
            html`<input
              id="save-token"
              name="token"
              required
              type="password"
              autocomplete="current-password"
              spellcheck="false"
              aria-describedby=${describedBy('token')}
              aria-invalid=${error('token') ? 'true' : 'false'}
            />`,
          )}
          ${field(
            'name',
            'save.name',
            'save.nameHint',
            html`<input
              id="save-name"
              name="name"
              required
              type="text"
              autocomplete="off"
              spellcheck="false"
              aria-describedby=${describedBy('name')}
              aria-invalid=${error('name') ? 'true' : 'false'}
              .value=${live(this.configName)}
              @input=${(event: Event) => (this.configName = (event.target as HTMLInputElement).value.trim())}
            />`,
          )}
          ${id ? html`<p class="hint">${t(this.locale, 'save.id', { id })}</p>` : nothing}
          <button type="submit" class="primary" aria-disabled=${saving ? 'true' : 'false'}>
            ${t(this.locale, saving ? 'save.saving' : 'save.submit')}
          </button>
        </form>
        <div class="save-result" role="status">
          ${
            this.saveState.kind === 'saved'
              ? html`<p class="success">${t(this.locale, 'save.done', { id: this.saveState.id })}</p>`
              : nothing
          }
        </div>
        <div class="save-error" role="alert">
          ${
            this.saveState.kind === 'error'
              ? html`<p class="error">
                  <strong>${t(this.locale, 'save.errorTitle')}</strong> ${this.saveState.message}
                </p>`
              : nothing
          }
        </div>
      </section>
    `;
  }

  /** Changes some choices: the copy message and a saved configuration no longer apply to them. */
  private choose(changes: Partial<Choices>): void {
    this.choices = { ...this.choices, ...changes };
    this.choicesChanged();
  }

  private choicesChanged(): void {
    this.copyState = 'idle';
    this.remoteId = undefined;
    if (this.saveState.kind === 'saved') this.saveState = { kind: 'idle' };
  }

  /** Renders the real widget with the chosen attributes, after the changes have settled. */
  private schedulePreview(): void {
    if (!this.config) return;
    const attributes = attributesOf(this.currentChoices);
    if (this.blockers(attributes).length > 0) return;
    const key = JSON.stringify([this.choices.widget, attributes]);
    if (key === this.previewKey) return;
    this.previewKey = key;
    clearTimeout(this.previewTimer);
    this.previewTimer = setTimeout(
      () => void this.showPreview(this.choices.widget, attributes),
      previewDelay,
    );
  }

  /**
   * Says, once the changes have settled, that the code and the preview follow them, or that a setting must be
   * fixed first (RGAA 7.5): the snippet and the preview change without moving the focus.
   */
  private scheduleAnnouncement(): void {
    if (!this.config) return;
    const attributes = attributesOf(this.currentChoices);
    const blockers = this.blockers(attributes);
    const key = JSON.stringify([
      this.mode,
      this.remoteId,
      this.choices.widget,
      attributes,
      blockers.map((blocker) => blocker.message),
    ]);
    if (this.announcedKey === undefined || key === this.announcedKey) {
      this.announcedKey = key;
      return;
    }
    this.announcedKey = key;
    clearTimeout(this.announceTimer);
    const message =
      blockers.length > 0
        ? t(this.locale, 'update.blocked', { count: blockers.length })
        : t(this.locale, 'update.done');
    this.announceTimer = setTimeout(() => void this.announce(message), previewDelay + 100);
  }

  /** Empties the status region, then fills it: the same words said twice are announced twice. */
  private async announce(message: string): Promise<void> {
    this.updateStatus = '';
    await this.updateComplete;
    this.updateStatus = message;
  }

  private async showPreview(widget: WidgetName, attributes: AttributeList): Promise<void> {
    try {
      await widgetLoaders[widget]();
    } catch (error) {
      this.logger.warn(`the code of <inclusion-${widget}> could not be loaded for the preview:`, error);
      this.previewKey = '';
      return;
    }
    const frame = this.renderRoot.querySelector('.preview-frame');
    if (!this.isConnected || !frame) return;
    const tag = `inclusion-${widget}`;
    let element = frame.firstElementChild as (HTMLElement & { client?: unknown; storage?: unknown }) | null;
    if (element?.localName !== tag) {
      element = document.createElement(tag);
      // The preview keeps no progress in the webmaster's browser.
      if (widget !== 'venue-finder') element.storage = null;
      frame.replaceChildren(element);
    }
    element.client = this.activeClient;
    // The widget's title under the preview's h3 (RGAA 9.1); not in the snippet: the partner's page decides there.
    attributes = [...attributes, ['heading-level', '4']];
    const names = new Set(attributes.map(([name]) => name));
    for (const name of element.getAttributeNames()) if (!names.has(name)) element.removeAttribute(name);
    for (const [name, value] of attributes)
      if (element.getAttribute(name) !== value) element.setAttribute(name, value);
  }

  private handleSettingsSubmit(event: Event): void {
    // Enter in a field submits nothing: every change applies at once.
    event.preventDefault();
  }

  private handleTerritoryKind(kind: TerritoryChoice['kind']): void {
    this.territoryKind = kind;
    this.choicesChanged();
  }

  private handleDepartement(event: Event): void {
    this.departement = (event.target as HTMLSelectElement).value;
    this.choicesChanged();
  }

  private handleRadius(event: Event): void {
    this.choose({ radiusKm: Number((event.target as HTMLSelectElement).value) });
  }

  private handleFilter(attribute: string, slug: string, on: boolean): void {
    const current = this.choices.filters[attribute] ?? [];
    const next = on ? [...new Set([...current, slug])] : current.filter((item) => item !== slug);
    this.choose({ filters: { ...this.choices.filters, [attribute]: next } });
  }

  private handleMode(mode: EmbedMode): void {
    this.mode = mode;
    this.copyState = 'idle';
  }

  private handleCommuneInput(event: Event): void {
    this.communeQuery = (event.target as HTMLInputElement).value;
    if (this.commune) {
      this.commune = undefined;
      this.choicesChanged();
    }
    this.activeSuggestion = -1;
    clearTimeout(this.suggestTimer);
    this.suggestAbort?.abort();
    const query = this.communeQuery.trim();
    if (query.length < 2) {
      this.suggestions = [];
      this.suggestState = 'idle';
      return;
    }
    this.suggestTimer = setTimeout(() => void this.suggest(query), suggestDelay);
  }

  private async suggest(query: string): Promise<void> {
    const client = this.activeClient;
    if (!client) return;
    const abort = new AbortController();
    this.suggestAbort = abort;
    this.suggestState = 'searching';
    try {
      const communes = await client.searchCommunes(query, { signal: abort.signal });
      if (abort.signal.aborted) return;
      this.suggestions = communes.slice(0, 10);
      this.activeSuggestion = -1;
      this.suggestState = 'done';
    } catch (error) {
      if (abort.signal.aborted) return;
      this.suggestions = [];
      this.suggestState = 'error';
      this.logger.warn('the commune search failed:', error);
    }
  }

  private handleCommuneKeydown(event: KeyboardEvent): void {
    const count = this.suggestions.length;
    if (event.key === 'ArrowDown' && count > 0) {
      event.preventDefault();
      this.activeSuggestion = (this.activeSuggestion + 1) % count;
    } else if (event.key === 'ArrowUp' && count > 0) {
      event.preventDefault();
      this.activeSuggestion = this.activeSuggestion <= 0 ? count - 1 : this.activeSuggestion - 1;
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const commune =
        this.suggestions[this.activeSuggestion] ?? (count === 1 ? this.suggestions[0] : undefined);
      if (commune) this.pickCommune(commune);
    } else if (event.key === 'Escape' && count > 0) {
      event.preventDefault();
      this.closeSuggestions();
    }
  }

  private handleCommuneBlur(): void {
    this.closeSuggestions();
  }

  private closeSuggestions(): void {
    this.suggestions = [];
    this.activeSuggestion = -1;
    this.suggestState = 'idle';
  }

  private pickCommune(commune: Commune): void {
    this.commune = { code: commune.code, nom: commune.nom };
    const postcode = commune.codes_postaux[0];
    this.communeQuery = postcode ? `${commune.nom} (${postcode})` : commune.nom;
    this.closeSuggestions();
    this.choicesChanged();
  }

  private handleFocusField(event: Event, field: string): void {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>(`#${field}`)?.focus();
  }

  private async handleCopy(): Promise<void> {
    const textarea = this.renderRoot.querySelector<HTMLTextAreaElement>('#snippet');
    if (!textarea) return;
    this.copyState = 'idle';
    await this.updateComplete;
    try {
      await navigator.clipboard.writeText(textarea.value);
      this.copyState = 'copied';
    } catch {
      // No clipboard (an insecure page, a refused permission): the code selected, for Ctrl+C.
      textarea.focus();
      textarea.select();
      this.copyState = 'failed';
    }
  }

  private async handleUseLocal(): Promise<void> {
    this.remoteId = undefined;
    this.copyState = 'idle';
    // The button goes with the remote code: the focus goes to the code that replaces it.
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#snippet')?.focus();
  }

  private async handleSave(
    event: Event,
    attributes: AttributeList,
    blockers: readonly Blocker[],
  ): Promise<void> {
    event.preventDefault();
    if (this.saveState.kind === 'saving') return;
    const form = event.currentTarget as HTMLFormElement;
    const tokenInput = form.querySelector<HTMLInputElement>('#save-token');
    const token = tokenInput?.value.trim() ?? '';
    const errors: Partial<Record<'partner' | 'token' | 'name', string>> = {};
    if (!this.partnerId) errors.partner = t(this.locale, 'save.required');
    else if (!identifierPattern.test(this.partnerId)) errors.partner = t(this.locale, 'save.partner.invalid');
    if (!token) errors.token = t(this.locale, 'save.required');
    if (!this.configName) errors.name = t(this.locale, 'save.required');
    else if (
      !identifierPattern.test(this.configName) ||
      // The whole id is a configuration id too (core's configurationIdSchema: at most 64 characters).
      !identifierPattern.test(`${this.partnerId || 'x'}-${this.configName}`)
    ) {
      errors.name = t(this.locale, 'save.name.invalid');
    }
    this.saveErrors = errors;
    const first = (['partner', 'token', 'name'] as const).find((name) => errors[name]);
    if (first) {
      this.saveState = { kind: 'idle' };
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`#save-${first}`)?.focus();
      return;
    }
    if (blockers.length > 0) {
      this.saveState = { kind: 'error', message: blockers.map((blocker) => blocker.message).join(' ') };
      return;
    }
    const client = this.activeClient as ConfiguratorClient | undefined;
    if (!client?.savePartnerConfiguration) {
      this.saveState = { kind: 'error', message: t(this.locale, 'save.error.noClient') };
      return;
    }
    const id = `${this.partnerId}-${this.configName}`;
    this.saveState = { kind: 'saving' };
    try {
      const configuration = await client.savePartnerConfiguration({
        partenaire: this.partnerId,
        token,
        id,
        widget: this.choices.widget,
        attributs: attributesRecord(attributes),
      });
      if (tokenInput) tokenInput.value = '';
      this.saveState = { kind: 'saved', id: configuration.id };
      this.remoteId = configuration.id;
      this.copyState = 'idle';
      this.dispatchEvent(new InclusionConfigurationSavedEvent(configuration));
    } catch (error) {
      this.saveState = { kind: 'error', message: this.saveErrorMessage(error) };
    }
  }

  private saveErrorMessage(error: unknown): string {
    if (error instanceof HttpError) {
      if (error.status === 401 || error.status === 403) return t(this.locale, 'save.error.auth');
      if (error.status === 409) return t(this.locale, 'save.error.conflict');
      if (error.status === 400 && error.problem?.detail) return error.problem.detail;
    }
    return isInclusionError(error) ? error.userMessage(this.locale) : translate(this.locale, 'error.unknown');
  }
}
