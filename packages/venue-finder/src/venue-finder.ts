import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import {
  formatDistance,
  previewLieuPage,
  searchFilterFields,
  type Facettes,
  type InclusionApi,
  type Lieu,
  type LieuDetail,
  type Page,
  type SearchParams,
} from '@inclusion-widgets/core';
import { InclusionElement } from '@inclusion-widgets/ui';
import { radiusChoicesKm, venueFinderRules, type VenueFinderConfig } from './attributes.js';
import {
  InclusionErrorEvent,
  InclusionReadyEvent,
  InclusionSearchEvent,
  InclusionVenueSelectEvent,
} from './events.js';
import { activeFilterCount, type FilterGroup, type Filters } from './filters.js';
import type * as FilterPanelModule from './filter-panel.js';
import type { InclusionLocationChangeEvent, SearchLocation } from './location/events.js';
import { renderHeading } from '@inclusion-widgets/ui';
import { renderResultItem } from './results.js';
import { placeUrl, readUrlState, writeUrlState } from './url-state.js';
import { t } from './venue-finder.messages.js';
import { venueFinderStyles } from './venue-finder.styles.js';

/** Places per page of the list. */
const pageSize = 10;

/** From this container width (CSS pixels), list and map sit side by side. */
const splitMinWidth = 760;

/** How the widget lays out its results. */
type Layout = 'list' | 'map' | 'split';

/** The places of the pages after the first ("show more"), the next page's cursor, and how loading goes. */
interface MorePages {
  readonly items: readonly Lieu[];
  readonly next: string | undefined;
  readonly status: 'idle' | 'loading' | 'error';
  readonly error?: unknown;
}

/** The map's module, loaded on first need. */
type MapState = 'idle' | 'loading' | 'ready' | 'failed';

/** The search a location, distance, filters and territory make; `undefined` before there is anything to search. */
function searchOf(
  config: VenueFinderConfig,
  location: SearchLocation | undefined,
  radiusKm: number,
  filters: Filters,
): SearchParams | undefined {
  const territoire = config.territory ? `${config.territory.type}:${config.territory.code}` : undefined;
  const chosen: Record<string, unknown> = {};
  for (const field of searchFilterFields) {
    const slugs = filters[field];
    if (slugs && slugs.length > 0) chosen[field] = slugs;
  }
  if (filters.ouvert_maintenant) chosen['ouvert_maintenant'] = true;
  const base = { ...(territoire ? { territoire } : {}), ...chosen } as SearchParams;
  const rayon = Math.round(radiusKm * 1000);
  if (location?.kind === 'commune') return { ...base, commune: location.commune.code, rayon };
  if (location?.kind === 'point') return { ...base, lat: location.lat, lon: location.lon, rayon };
  return territoire ? base : undefined;
}

/** The filters the attributes preset. */
function presetFilters(config: VenueFinderConfig): Filters {
  return {
    services: [...config.services],
    frais_a_charge: [...config.fraisACharge],
    prise_en_charge_specifique: [...config.priseEnChargeSpecifique],
    publics_specifiquement_adresses: [...config.publicsSpecifiquementAdresses],
    modalites_acces: [...config.modalitesAcces],
    modalites_accompagnement: [...config.modalitesAccompagnement],
    dispositif_programmes_nationaux: [...config.dispositifProgrammesNationaux],
    formations_labels: [...config.formationsLabels],
    typologie: [...config.typologie],
    itinerance: [...config.itinerance],
    ...(config.openNow ? { ouvert_maintenant: true } : {}),
  };
}

/** Whether the browser asks for reduced data use (the map then waits until asked for). */
function saveData(): boolean {
  const connection = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection;
  return connection?.saveData === true;
}

/**
 * Finds places that help with digital tools near a commune or the citizen's position: a list first (name,
 * distance, address, opening status, services, cost), filters with counts, the details of a place, and a map
 * on demand (loaded only when shown, never under Save-Data unless the citizen asks for it).
 *
 * @attr api - Base URL of the API (`https://api.example.org`).
 * @attr territory - Restricts the places to a territory: `commune:59350`, `epci:200093201`, `departement:59`,
 *   `region:32`.
 * @attr near - A point to search around at start, `lon,lat` (`3.0635,50.6366`).
 * @attr radius-km - Search distance in kilometres at start, 1 to 100 (default 10).
 * @attr services - Services preset as a filter, slugs of the standard, comma-separated.
 * @attr frais-a-charge - Costs preset as a filter (`gratuit`, `gratuit-sous-condition`, `payant`).
 * @attr prise-en-charge-specifique - Adapted welcome preset as a filter (`surdite`, `handicaps-moteurs`…).
 * @attr publics-specifiquement-adresses - Publics preset as a filter (`jeunes`, `seniors`…).
 * @attr modalites-acces - Access modes preset as a filter (`se-presenter`, `telephoner`…).
 * @attr modalites-accompagnement - Support modes preset as a filter (`seul`, `avec-de-l-aide`, `dans-un-atelier`…).
 * @attr dispositif-programmes-nationaux - National programmes preset as a filter (`france-services`…).
 * @attr formations-labels - Labels preset as a filter.
 * @attr typologie - Kinds of structure preset as a filter.
 * @attr itinerance - Fixed or mobile places preset as a filter.
 * @attr open-now - Preset "open now".
 * @attr hide-filters - Filter groups to hide: `services`, `frais`, `prise-en-charge`, `publics`, `acces`,
 *   `accompagnement`, `programmes`, `ouvert`.
 * @attr view - Layout at start: `list`, `map` or `split` (default: split on wide containers, list on narrow).
 * @attr map - `auto` (default: the map is offered), `on` (shown at start), `off` (never loaded).
 * @attr lang - `fr` (default) or `en`.
 * @attr color - Main colour, `#rrggbb`.
 * @attr partner - The partner's identifier, for its anonymous statistics.
 * @attr config - The id of a configuration saved on the API; its attributes apply where the element has
 *   none of its own.
 * @attr sync-url - Keeps the search in the page address (`lieux-…` parameters), so that it can be shared.
 * @attr report-email - Where "report an error" mails go (default: the place's own address).
 * @attr heading-level - Level of the widget's title, 2 to 6 (default 2: `h2`), to fit under the page's own
 *   headings; every heading inside moves with it (places' names one level below, at most `h6`).
 *
 * @fires inclusion-search - A search has answered; `query`, `filters`, `count`.
 * @fires inclusion-venue-select - The citizen opened a place or picked it on the map; `id`.
 * @fires inclusion-ready - The widget first shows something useful.
 * @fires inclusion-error - A request to the API failed; `error`.
 *
 * @csspart base - The whole widget.
 * @csspart filters - The filter panel.
 * @csspart list - The results list.
 * @csspart item - One place of the list.
 * @csspart map - The map area.
 * @csspart status - The line announcing the number of places.
 * @csspart search-input - The commune or postcode field.
 * @csspart locate-button - The "Autour de moi" (around me) button.
 * @csspart details - The view of one place, shown in place of the list.
 * @csspart details-heading - The place's name in that view.
 * @csspart map-toolbar - The map's group of zoom buttons.
 *
 * @cssproperty --inclusion-venue-finder-map-height - Height of the map (default 28rem).
 */
export class InclusionVenueFinder extends InclusionElement<typeof venueFinderRules> {
  static override attributeRules = venueFinderRules;
  static override requiresClient = true;
  static override styles = venueFinderStyles;

  @state() private location: SearchLocation | undefined;
  @state() private radiusKm = 10;
  @state() private filters: Filters = {};
  @state() private filtersOpen = false;
  /** Places of the pages after the first ("show more"), and the cursor of the next one. */
  @state() private more: MorePages = { items: [], next: undefined, status: 'idle' };
  /** The first page of a search read by hand while its check loads (`searchLieux`'s preview), with its key. */
  @state() private preview: { key: string | undefined; page: Page<Lieu> } | undefined;
  @state() private openId: string | undefined;
  @state() private highlightedId: string | undefined;
  @state() private wide = false;
  /** The layout the citizen chose with the toggle, over the default one. */
  @state() private chosenLayout: Layout | undefined;
  @state() private mapState: MapState = 'idle';

  private appliedConfig?: VenueFinderConfig;
  /** The last value given to each map property, kept while equal, so that the map does not redo its work. */
  private readonly stableValues = new Map<string, { key: string; value: unknown }>();
  private readyFired = false;
  private lastOpenedId?: string;
  private scrollBeforeDetails = 0;
  private focusAfterUpdate?: () => void;
  private readonly resizeObserver = new ResizeObserver((entries) => {
    const width = entries[0]?.contentRect.width ?? 0;
    // In the next frame: a layout change inside the observer's own callback would loop.
    if (width > 0) requestAnimationFrame(() => (this.wide = width >= splitMinWidth));
  });

  /** The first page of the search; each change of location, distance, filters or territory runs it again. */
  private readonly results = new Task(this, {
    args: () => [this.activeClient, this.searchKey] as const,
    task: async ([client, key], { signal }): Promise<Page<Lieu> | undefined> => {
      const search = key ? (JSON.parse(key) as SearchParams) : undefined;
      if (!client || !search) return undefined;
      // The list shows as soon as the page arrives, read by hand, while the code that checks it loads.
      return client.searchLieux(
        { ...search, limit: pageSize },
        {
          signal,
          preview: (body) => {
            const page = previewLieuPage(body);
            if (page && !signal.aborted) this.preview = { key, page };
          },
        },
      );
    },
    onComplete: (page) => {
      this.preview = undefined;
      this.more = { items: [], next: page?.next ?? undefined, status: 'idle' };
      if (page && this.currentSearch) {
        this.dispatchEvent(new InclusionSearchEvent(this.currentSearch, this.filters, page.total));
      }
      this.fireReady();
    },
    onError: (error) => {
      this.preview = undefined;
      this.dispatchEvent(new InclusionErrorEvent(error));
      this.fireReady();
    },
  });

  /** Facet counts for the filter panel, asked only while it is open. */
  private readonly facettes = new Task(this, {
    args: () => [this.activeClient, this.filtersOpen ? this.searchKey : undefined] as const,
    task: async ([client, key], { signal }): Promise<Facettes | undefined> => {
      if (!client || !key) return undefined;
      return client.getFacettes(JSON.parse(key) as SearchParams, { signal });
    },
  });

  /**
   * The filter panel's code, imported when the panel first opens (the list needs none of it), then kept.
   */
  private readonly filterPanel: Task<readonly [boolean], typeof FilterPanelModule | undefined> = new Task(
    this,
    {
      args: () => [this.filtersOpen] as const,
      task: async ([open]) => (open || this.filterPanel.value ? import('./filter-panel.js') : undefined),
    },
  );

  /** The place open in details. */
  private readonly detail = new Task(this, {
    args: () => [this.activeClient, this.openId] as const,
    task: async ([client, id], { signal }): Promise<LieuDetail | undefined> => {
      if (!client || !id) return undefined;
      // The details element loads with the place, the first time: the list never waits for its code.
      const [lieu] = await Promise.all([client.getLieu(id, { signal }), import('./details/define.js')]);
      return lieu;
    },
    onError: (error) => this.dispatchEvent(new InclusionErrorEvent(error)),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver.observe(this);
    window.addEventListener('popstate', this.handlePopState);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver.disconnect();
    window.removeEventListener('popstate', this.handlePopState);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const config = this.config;
    if (config && config !== this.appliedConfig) {
      this.applyConfig(config, this.appliedConfig === undefined);
      this.appliedConfig = config;
    }
    if (this.layout !== 'list' && this.mapState === 'idle') void this.loadMap();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.config?.syncUrl && this.appliedConfig) this.writeUrl();
    const focus = this.focusAfterUpdate;
    this.focusAfterUpdate = undefined;
    focus?.();
    if (!this.currentSearch) this.fireReady();
  }

  /** The search of the current state, `undefined` before there is anything to search. */
  private get currentSearch(): SearchParams | undefined {
    return this.config ? searchOf(this.config, this.location, this.radiusKm, this.filters) : undefined;
  }

  /** The current search as a stable string, so that the tasks run again only when it changes. */
  private get searchKey(): string | undefined {
    const search = this.currentSearch;
    return search ? JSON.stringify(search) : undefined;
  }

  /**
   * The layout now: the citizen's choice, else the `view` attribute, else split on a wide container and the
   * list on a narrow one (the map first with `map="on"`). Under Save-Data the map waits until asked for.
   */
  private get layout(): Layout {
    const config = this.config;
    if (!config || config.map === 'off') return 'list';
    const wanted = this.chosenLayout ?? config.view;
    if (wanted === 'list' || wanted === 'map') return wanted;
    if (wanted === 'split') return this.wide ? 'split' : 'list';
    if (saveData()) return 'list';
    if (config.map === 'on') return this.wide ? 'split' : 'map';
    return this.wide ? 'split' : 'list';
  }

  protected override renderContent(config: VenueFinderConfig): unknown {
    const layout = this.layout;
    const details = this.openId !== undefined;
    return html`<section
      part="base"
      class="base layout-${layout}"
      aria-labelledby="title"
      lang=${this.locale}
    >
      ${renderHeading(config.headingLevel, 'title', t(this.locale, 'finder.title'), 'title')}
      <div class="search" ?hidden=${details}>
        <inclusion-location-search
          exportparts="input: search-input, locate-button"
          .client=${this.activeClient}
          .value=${this.location}
          .radiusKm=${this.radiusKm}
          @inclusion-location-change=${this.handleLocationChange}
        ></inclusion-location-search>
        ${this.renderFilters(config)}
      </div>
      ${config.map === 'off' || details ? nothing : this.renderLayoutToggle(layout)}
      <p part="status" class="visually-hidden" role="status">${details ? '' : this.statusMessage()}</p>
      <div class="panes">
        <div class="list-pane" ?hidden=${layout === 'map' && !details}>
          ${details ? this.renderDetails(config) : nothing}
          <div ?hidden=${details}>${this.renderResults()}</div>
        </div>
        ${layout === 'list' ? nothing : this.renderMap(layout, details)}
      </div>
    </section>`;
  }

  private renderFilters(config: VenueFinderConfig): TemplateResult {
    const count = activeFilterCount(this.filters);
    const hidden = new Set<FilterGroup>(config.hideFilters);
    return html`<div class="filters" part="filters">
      <button
        type="button"
        class="secondary filters-toggle"
        aria-expanded=${this.filtersOpen ? 'true' : 'false'}
        aria-controls="filter-panel"
        @click=${this.handleFiltersToggle}
      >
        ${t(this.locale, 'filters.toggle')}${count > 0 ? html` <span class="pill">${count}</span>` : nothing}
        ${count > 0 ? html`<span class="visually-hidden">(${t(this.locale, 'filters.active', { count })})</span>` : nothing}
      </button>
      ${
        count > 0
          ? html`<button type="button" class="link-button" @click=${this.handleClearFilters}>
              ${t(this.locale, 'filters.clear')}
            </button>`
          : nothing
      }
      <div id="filter-panel" class="filter-panel" ?hidden=${!this.filtersOpen}>
        ${this.filtersOpen ? this.renderFilterPanel(hidden) : nothing}
      </div>
    </div>`;
  }

  private renderFilterPanel(hidden: ReadonlySet<FilterGroup>): unknown {
    const locale = this.locale;
    const panel = this.filterPanel.value;
    if (panel) {
      const facettes = this.facettes.status === TaskStatus.COMPLETE ? this.facettes.value : undefined;
      return panel.renderFilterPanel({
        filters: this.filters,
        facettes,
        hidden,
        locale,
        onChange: (filters) => this.changeFilters(filters),
      });
    }
    if (this.filterPanel.status === TaskStatus.ERROR) {
      return this.renderProblem(this.filterPanel.error, () => void this.filterPanel.run());
    }
    return html`<p>${t(locale, 'filters.loading')}</p>`;
  }

  private renderLayoutToggle(layout: Layout): TemplateResult {
    const locale = this.locale;
    if (this.wide) {
      const showing = layout !== 'list';
      return html`<div class="layout-toggle">
        <button
          type="button"
          class="secondary"
          aria-pressed=${showing ? 'true' : 'false'}
          @click=${() => this.chooseLayout(showing ? 'list' : 'split')}
        >
          ${t(locale, showing ? 'view.hideMap' : 'view.showMap')}
        </button>
      </div>`;
    }
    return html`<div class="layout-toggle" role="group" aria-label=${t(locale, 'view.label')}>
      <button
        type="button"
        class="secondary"
        aria-pressed=${layout !== 'map' ? 'true' : 'false'}
        @click=${() => this.chooseLayout('list')}
      >
        ${t(locale, 'view.list')}
      </button>
      <button
        type="button"
        class="secondary"
        aria-pressed=${layout === 'map' ? 'true' : 'false'}
        @click=${() => this.chooseLayout('map')}
      >
        ${t(locale, 'view.map')}
      </button>
    </div>`;
  }

  private renderResults(): unknown {
    const locale = this.locale;
    if (!this.currentSearch) {
      const intro = this.config?.territory ? 'finder.territoryIntro' : 'finder.intro';
      return html`<p class="hint">${t(locale, intro)}</p>`;
    }
    return this.results.render({
      pending: () => {
        const preview = this.previewPage();
        return preview
          ? this.renderPage(preview, true)
          : html`<p class="searching">${t(locale, 'results.searching')}</p>`;
      },
      error: (error) => this.renderProblem(error, () => void this.results.run()),
      complete: (page) => (page ? this.renderPage(page) : nothing),
    });
  }

  /** What the polite live region says: searching, the number of places, or nothing. */
  private statusMessage(): string {
    const { status } = this.results;
    if (!this.currentSearch || (status !== TaskStatus.PENDING && status !== TaskStatus.COMPLETE)) return '';
    const pending = status === TaskStatus.PENDING;
    // While pending, the page read by hand (if it has come), without the "show more" pages of the last search.
    const page = pending ? this.previewPage() : this.results.value;
    if (!page) return pending ? t(this.locale, 'results.searching') : '';
    if (page.total === 0) return t(this.locale, 'empty.title');
    return this.statusText(page.total, page.items.length + (pending ? 0 : this.more.items.length));
  }

  /** The first page read by hand while its check loads, if it is the current search's. */
  private previewPage(): Page<Lieu> | undefined {
    return this.preview && this.preview.key === this.searchKey ? this.preview.page : undefined;
  }

  /** The list of a page; `previewing`: the page read by hand, before its check (no "show more" yet). */
  private renderPage(page: Page<Lieu>, previewing = false): TemplateResult {
    const locale = this.locale;
    const items = previewing ? page.items : [...page.items, ...this.more.items];
    if (items.length === 0) return this.renderEmpty();
    const withMap = this.layout !== 'list';
    return html`<p class="count" aria-hidden="true">${this.statusText(page.total, items.length)}</p>
      <ol part="list" class="list">
        ${items.map((lieu) =>
          renderResultItem(lieu, {
            locale,
            highlighted: lieu.id === this.highlightedId,
            withMap,
            headingLevel: Math.min((this.config?.headingLevel ?? 2) + 1, 6),
            onOpen: (place) => this.openPlace(place.id),
            onShowOnMap: (place) => this.highlight(place.id),
          }),
        )}
      </ol>
      ${
        this.more.status === 'error'
          ? this.renderProblem(this.more.error, () => void this.loadMore())
          : nothing
      }
      ${
        !previewing && (this.more.next ?? (this.more.items.length === 0 ? page.next : undefined))
          ? html`<button
              type="button"
              class="secondary show-more"
              ?disabled=${this.more.status === 'loading'}
              @click=${this.loadMore}
            >
              ${this.more.status === 'loading' ? t(locale, 'results.searching') : t(locale, 'results.showMore')}
            </button>`
          : nothing
      }`;
  }

  private renderEmpty(): TemplateResult {
    const locale = this.locale;
    const wider = radiusChoicesKm.find((km) => km > this.radiusKm);
    const filtered = activeFilterCount(this.filters) > 0;
    return html`<div class="empty">
      <p><strong>${t(locale, 'empty.title')}</strong></p>
      <div class="actions">
        ${
          wider && this.location
            ? html`<button type="button" class="primary" @click=${() => this.changeRadius(wider)}>
                ${t(locale, 'empty.widen', { radius: formatDistance(locale, wider * 1000) })}
              </button>`
            : nothing
        }
        ${
          filtered
            ? html`<button type="button" class="secondary" @click=${this.handleClearFilters}>
                ${t(locale, 'empty.removeFilters')}
              </button>`
            : nothing
        }
      </div>
      ${!wider && !filtered ? html`<p>${t(locale, 'empty.noFilter')}</p>` : nothing}
    </div>`;
  }

  private renderDetails(config: VenueFinderConfig): unknown {
    const locale = this.locale;
    return this.detail.render({
      pending: () => html`<p>${t(locale, 'details.loading')}</p>`,
      error: (error) =>
        html`<button type="button" class="link-button" @click=${this.closeDetails}>
            ${t(locale, 'view.list')}
          </button>
          ${this.renderProblem(error, () => void this.detail.run())}`,
      complete: (lieu) =>
        lieu
          ? html`<inclusion-venue-details
              exportparts="base: details, heading: details-heading"
              .lieu=${lieu}
              .shareUrl=${placeUrl(new URL(location.href), lieu.id)}
              .reportEmail=${config.reportEmail}
              .headingLevel=${config.headingLevel}
              @inclusion-details-back=${this.closeDetails}
            ></inclusion-venue-details>`
          : nothing,
    });
  }

  private renderMap(layout: Layout, details: boolean): TemplateResult {
    const locale = this.locale;
    const selected = this.selectedPlace();
    return html`<div part="map" class="map-pane" ?hidden=${details && layout === 'map'}>
      ${
        this.mapState === 'ready'
          ? html`<inclusion-map
              exportparts="toolbar: map-toolbar"
              .client=${this.activeClient}
              .filters=${this.stable('filters', this.mapFilters())}
              .focusArea=${this.stable('focus', this.mapFocus())}
              .selected=${this.stable('selected', selected)}
              @inclusion-map-select=${this.handleMapSelect}
              @inclusion-map-load=${(event: Event) => event.stopPropagation()}
            ></inclusion-map>`
          : this.mapState === 'failed'
            ? html`<p class="map-message">${t(locale, 'map.failed')}</p>`
            : html`<p class="map-message">${t(locale, 'map.loading')}</p>`
      }
    </div>`;
  }

  /** `value`, or the equal value given last time under `name` (the same object, for change detection). */
  private stable<T>(name: string, value: T): T {
    const key = JSON.stringify(value) ?? 'undefined';
    const last = this.stableValues.get(name);
    if (last?.key === key) return last.value as T;
    this.stableValues.set(name, { key, value });
    return value;
  }

  /** Opens a place in details and tells the page. */
  private openPlace(id: string): void {
    this.scrollBeforeDetails = window.scrollY;
    this.lastOpenedId = id;
    this.openId = id;
    this.highlightedId = id;
    this.dispatchEvent(new InclusionVenueSelectEvent(id));
    if (this.config?.syncUrl) history.pushState(history.state, '', this.urlOfState().href);
    this.focusAfterUpdate = () => void this.focusDetails();
  }

  /** Puts the focus on the open place's name, or on the retry of its error. */
  private async focusDetails(): Promise<void> {
    await this.detail.taskComplete.catch(() => undefined);
    await this.updateComplete;
    if (!this.isConnected) return;
    const details = this.renderRoot.querySelector('inclusion-venue-details');
    if (details) await details.focusHeading();
    else this.renderRoot.querySelector<HTMLElement>('.list-pane [part="problem"] button')?.focus();
  }

  /** Back to the list: the same scroll position, and the focus on the place that was open. */
  private readonly closeDetails = (): void => {
    this.openId = undefined;
    if (this.config?.syncUrl) history.replaceState(history.state, '', this.urlOfState().href);
    const id = this.lastOpenedId;
    const scroll = this.scrollBeforeDetails;
    this.focusAfterUpdate = () => {
      window.scrollTo({ top: scroll, behavior: 'instant' });
      const button = id
        ? (this.renderRoot.querySelector(`[data-open="${CSS.escape(id)}"]`) as HTMLElement | null)
        : null;
      button?.focus({ preventScroll: true });
    };
  };

  private highlight(id: string): void {
    this.highlightedId = this.highlightedId === id ? undefined : id;
    if (this.highlightedId) this.dispatchEvent(new InclusionVenueSelectEvent(id));
  }

  private selectedPlace(): { id: string; lon: number; lat: number } | undefined {
    const id = this.highlightedId;
    if (!id) return undefined;
    const page = this.results.value;
    const lieu = [...(page?.items ?? []), ...this.more.items].find((item) => item.id === id);
    if (lieu?.longitude === undefined || lieu.latitude === undefined) return undefined;
    return { id, lon: lieu.longitude, lat: lieu.latitude };
  }

  /** The filters and territory of the search, for the map. */
  private mapFilters(): Record<string, unknown> {
    const { lat: _lat, lon: _lon, commune: _commune, rayon: _rayon, ...filters } = this.currentSearch ?? {};
    return filters;
  }

  /** The circle the map shows: the searched point or commune centre, and the distance. */
  private mapFocus(): { lon: number; lat: number; radiusM: number } | undefined {
    const location = this.location;
    const radiusM = this.radiusKm * 1000;
    if (location?.kind === 'point') return { lon: location.lon, lat: location.lat, radiusM };
    if (location?.kind === 'commune') {
      return { lon: location.commune.longitude, lat: location.commune.latitude, radiusM };
    }
    return undefined;
  }

  private async loadMap(): Promise<void> {
    this.mapState = 'loading';
    try {
      await import('@inclusion-widgets/map/define.js');
      if (this.isConnected) this.mapState = 'ready';
    } catch (error) {
      this.logger.warn('the map could not be loaded:', error);
      if (this.isConnected) this.mapState = 'failed';
    }
  }

  private chooseLayout(layout: Layout): void {
    this.chosenLayout = layout;
  }

  private changeFilters(filters: Filters): void {
    this.filters = filters;
  }

  private changeRadius(km: number): void {
    this.radiusKm = km;
  }

  /** Loads the next page and puts the focus on its first place. */
  private readonly loadMore = async (): Promise<void> => {
    const client = this.activeClient;
    const search = this.currentSearch;
    const next = this.more.next ?? this.results.value?.next ?? undefined;
    if (!client || !search || !next || this.more.status === 'loading') return;
    const key = this.searchKey;
    this.more = { ...this.more, status: 'loading' };
    try {
      const page = await client.searchLieux({ ...search, limit: pageSize, cursor: next });
      if (!this.isConnected || key !== this.searchKey) return;
      const first = page.items[0];
      this.more = {
        items: [...this.more.items, ...page.items],
        next: page.next ?? undefined,
        status: 'idle',
      };
      if (first) {
        this.focusAfterUpdate = () =>
          (
            this.renderRoot.querySelector(`[data-open="${CSS.escape(first.id)}"]`) as HTMLElement | null
          )?.focus();
      }
    } catch (error) {
      if (key !== this.searchKey) return;
      this.more = { ...this.more, status: 'error', error };
      this.dispatchEvent(new InclusionErrorEvent(error));
    }
  };

  private statusText(total: number, shown: number): string {
    const locale = this.locale;
    const count = total;
    if (shown < total && shown > pageSize) return t(locale, 'results.statusMore', { shown, count });
    const location = this.location;
    if (!location) return t(locale, 'results.status', { count });
    const radius = formatDistance(locale, this.radiusKm * 1000);
    const place = location.kind === 'commune' ? location.commune.nom : location.label;
    return place === undefined
      ? t(locale, 'results.statusAroundMe', { count, radius })
      : t(locale, 'results.statusNear', { count, radius, place });
  }

  private fireReady(): void {
    if (this.readyFired) return;
    this.readyFired = true;
    this.dispatchEvent(new InclusionReadyEvent());
  }

  /** Takes the state the attributes give, then (at start) the one the page address gives. */
  private applyConfig(config: VenueFinderConfig, first: boolean): void {
    this.radiusKm = config.radiusKm;
    this.filters = presetFilters(config);
    this.location = config.near ? { kind: 'point', lon: config.near.lon, lat: config.near.lat } : undefined;
    if (first) this.applyUrl(new URL(location.href), config.syncUrl);
  }

  /** The state of a page address: the whole search with `sync-url`, only an open place without. */
  private applyUrl(url: URL, wholeSearch: boolean): void {
    const state = readUrlState(url);
    if (wholeSearch) {
      if (state.radiusKm !== undefined) this.radiusKm = state.radiusKm;
      if (Object.keys(state.filters).length > 0) this.filters = state.filters;
      if (state.near) this.location = { kind: 'point', ...state.near };
      else if (state.commune) void this.restoreCommune(state.commune);
    }
    if (state.lieu) {
      this.openId = state.lieu;
      this.lastOpenedId = state.lieu;
    } else if (wholeSearch) this.openId = undefined;
  }

  /** Finds the commune of a shared address, to search around it and show its name. */
  private async restoreCommune(code: string): Promise<void> {
    const client = this.activeClient;
    if (!client) return;
    try {
      const communes = await client.searchCommunes(code);
      const commune = communes.find((item) => item.code === code);
      if (commune && this.isConnected && this.location === undefined)
        this.location = { kind: 'commune', commune };
    } catch (error) {
      this.logger.debug('the commune of the address could not be found:', error);
    }
  }

  private urlOfState(): URL {
    const location = this.location;
    return writeUrlState(new URL(window.location.href), {
      ...(location?.kind === 'commune' ? { commune: location.commune.code } : {}),
      ...(location?.kind === 'point' ? { near: { lon: location.lon, lat: location.lat } } : {}),
      radiusKm: this.radiusKm,
      filters: this.filters,
      ...(this.openId ? { lieu: this.openId } : {}),
    });
  }

  private writeUrl(): void {
    const next = this.urlOfState();
    if (next.href !== window.location.href) history.replaceState(history.state, '', next.href);
  }

  private readonly handleLocationChange = (event: InclusionLocationChangeEvent): void => {
    event.stopPropagation();
    this.location = event.location;
    this.radiusKm = event.radiusKm;
    this.highlightedId = undefined;
  };

  private readonly handleFiltersToggle = (): void => {
    this.filtersOpen = !this.filtersOpen;
  };

  private readonly handleClearFilters = (): void => {
    this.filters = {};
  };

  private readonly handleMapSelect = (event: Event & { id?: string }): void => {
    event.stopPropagation();
    const id = event.id;
    if (!id) return;
    this.highlightedId = id;
    this.dispatchEvent(new InclusionVenueSelectEvent(id));
    this.focusAfterUpdate = () =>
      this.renderRoot.querySelector(`[data-id="${CSS.escape(id)}"]`)?.scrollIntoView({ block: 'nearest' });
  };

  private readonly handlePopState = (): void => {
    if (!this.config?.syncUrl) {
      if (this.openId && !readUrlState(new URL(location.href)).lieu) this.closeDetails();
      return;
    }
    this.applyUrl(new URL(location.href), true);
  };
}

/** The client type the finder needs, for tests and hosts that pass `.client`. */
export type VenueFinderClient = InclusionApi;
