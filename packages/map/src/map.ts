import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { initialState, Task } from '@lit/task';
import {
  Map as MaplibreMap,
  Marker,
  type ErrorEvent as MaplibreErrorEvent,
  type JumpToOptions,
  type MapOptions,
} from 'maplibre-gl';
import {
  formatNumber,
  isAbortError,
  translate,
  type Carte,
  type CarteCluster,
  type CartePoint,
} from '@inclusion-widgets/core';
import { httpUrl, InclusionElement, recoverable } from '@inclusion-widgets/ui';
import { InclusionMapLoadEvent, InclusionMapSelectEvent } from './events.js';
import { maplibreStyles } from './maplibre.css.js';
import { t } from './map.messages.js';
import { mapStyles } from './map.styles.js';
import {
  circleBounds,
  sameViewport,
  toViewport,
  type MapFilters,
  type MapFocusArea,
  type MapSelection,
  type Viewport,
} from './viewport.js';
import { useEmittedWorker } from './worker.js';

const rules = {
  mapStyle: recoverable(httpUrl()),
};

/** Wait after the map stops moving before asking the API for its places, in ms. */
export const moveDelay = 200;

/** Metropolitan France, shown when neither `focusArea` nor `selected` says where to look. */
const defaultBounds: [number, number, number, number] = [-5.2, 41.3, 9.6, 51.1];

/** Zoom used to show a selected place when nothing else sets the view. */
const placeZoom = 14;

/** Margin kept around fitted bounds, in CSS pixels. */
const fitPadding = 32;

/** Length of the camera animations, in ms (none under `prefers-reduced-motion: reduce`). */
const moveDuration = 400;

/** Why the map itself cannot be shown: no WebGL, or its style failed to load. */
type MapProblem = 'webgl' | 'style';

/**
 * A map of the places that help with digital tools, drawn by maplibre-gl: clusters and points of the API's
 * `GET /v1/lieux/carte` for the visible area (asked again 200 ms after each move, the previous request
 * aborted), as buttons with accessible names. A point's button selects the place (`inclusion-map-select`), a
 * cluster's zooms in on it. Its own "+" and "−" buttons, maplibre's keyboard control on the map (arrows,
 * `+`, `-`), and no camera animation under `prefers-reduced-motion: reduce`. An API error shows a small
 * message over the map with a "Try again" button; the map stays usable.
 *
 * The venue finder imports it (`@inclusion-widgets/map/define.js`) only when a map is shown: maplibre-gl is
 * large. The maplibre `Map` lives from the first render to the element's removal from the page.
 *
 * @attr map-style - URL of the map's style (a MapLibre style document); defaults to the API's
 *   (`client.carteStyleUrl()`). An invalid URL is reported and the default is used.
 * @fires inclusion-map-select - The citizen activated a place's marker; `id` names the place.
 * @fires inclusion-map-load - The places of the visible area are drawn; `total` counts them.
 * @csspart base - The box holding the map, its buttons and messages.
 * @csspart map - The maplibre map (canvas and markers).
 * @csspart point - A place's marker, a button named after the place (`aria-current="true"` when selected).
 * @csspart cluster - A group of places' marker, a button showing their number; zooms in on them.
 * @csspart highlight - The ring marking the selected place when it sits inside a cluster.
 * @csspart toolbar - The group of zoom buttons.
 * @csspart zoom-in - The "+" button.
 * @csspart zoom-out - The "−" button.
 * @csspart problem - The message shown over the map when the API or the map fails.
 * @csspart retry-button - Its "Try again" button.
 * @cssproperty --inclusion-map-height - Height of the map (default `24rem`).
 * @cssproperty --inclusion-map-marker-color - Colour of points and clusters (default: the primary colour).
 * @cssproperty --inclusion-map-current-color - Ring of the selected place (default: the text colour).
 */
export class InclusionMap extends InclusionElement<typeof rules> {
  static override attributeRules = rules;
  static override requiresClient = true;
  static override styles = [maplibreStyles, mapStyles];

  /** Search filters applied to the places shown (services, costs, `territoire`, `q`, `ouvert_maintenant`…). */
  @property({ attribute: false }) filters: MapFilters = {};

  /** A circle to show whole (`{ lon, lat, radiusM }`), e.g. the search area; the map fits it when set. */
  @property({ attribute: false }) focusArea?: MapFocusArea;

  /** The selected place (`{ id, lon, lat }`): its marker is marked current and brought into view. */
  @property({ attribute: false }) selected?: MapSelection;

  /** The map's view as the API needs it; set after creation and 200 ms after each move. */
  @state() private viewport?: Viewport;

  /** Why the map cannot be drawn, if it cannot. */
  @state() private mapProblem?: MapProblem;

  @query('.map') private container?: HTMLElement | null;

  /** The filters as last sent: a new object with the same content asks the API nothing. */
  private carteFilters: MapFilters = {};
  private map?: MaplibreMap;
  /** The style URL the map was last given. */
  private shownStyle?: string;
  /** Whether the map's first style and tiles have loaded (maplibre's `load`). */
  private mapLoaded = false;
  private creatingMap = false;
  private moveTimer?: ReturnType<typeof setTimeout>;
  /** Markers by key: `point:<id>` or `cluster:<lon>,<lat>,<count>`. */
  private readonly markers = new Map<string, Marker>();
  private highlight?: Marker;

  /** Clusters and points of the current view, with the current filters; a new view aborts the last request. */
  private readonly carte = new Task(this, {
    args: () => [this.activeClient, this.viewport, this.carteFilters] as const,
    task: async ([client, viewport, filters], { signal }) => {
      if (!client || !viewport) return initialState;
      try {
        const carte = await client.getCarte({ ...filters, ...viewport }, { signal });
        if (!this.isConnected) return initialState;
        return carte;
      } catch (error) {
        if (isAbortError(error)) return initialState;
        this.logger.debug('map places failed:', error);
        throw error;
      }
    },
    onComplete: (carte) => this.updateMarkers(carte),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    // Put back on the page after a removal: draw a new map (the first one comes after the first render).
    if (this.hasUpdated) void this.createMap();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.carte.abort();
    this.destroyMap();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('filters') && JSON.stringify(this.filters) !== JSON.stringify(this.carteFilters)) {
      this.carteFilters = { ...this.filters };
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The container is gone when the configuration panel replaced the content.
    if (this.map && this.map.getContainer() !== this.container) this.destroyMap();
    if (!this.map) {
      if (this.container && !this.mapProblem) void this.createMap();
      return;
    }
    if (changed.has('focusArea')) this.updateFocusArea();
    if (changed.has('selected')) this.updateSelected(true);
    this.updateStyle();
    this.updateLabels();
  }

  protected override renderContent(): unknown {
    return html`
      <div part="base" class="base">
        <div part="map" class="map"></div>
        <p id="keyboard-help" hidden>${t(this.locale, 'map.keyboard')}</p>
        ${this.mapProblem === 'webgl' ? nothing : this.renderToolbar()}
        <div class="overlay">${this.renderProblems()}</div>
      </div>
    `;
  }

  private renderToolbar(): TemplateResult {
    return html`
      <div part="toolbar" class="toolbar" role="group" aria-label=${t(this.locale, 'zoom.group')}>
        <button type="button" part="zoom-in" class="zoom-in" @click=${this.handleZoomIn}>
          <span aria-hidden="true">+</span>
          <span class="visually-hidden">${t(this.locale, 'zoom.in')}</span>
        </button>
        <button type="button" part="zoom-out" class="zoom-out" @click=${this.handleZoomOut}>
          <span aria-hidden="true">−</span>
          <span class="visually-hidden">${t(this.locale, 'zoom.out')}</span>
        </button>
      </div>
    `;
  }

  /** The map's own problem first (it hides the places anyway), else the API's. */
  private renderProblems(): unknown {
    if (this.mapProblem === 'webgl') return this.renderMapProblem(t(this.locale, 'problem.webgl'));
    if (this.mapProblem === 'style') {
      return this.renderMapProblem(t(this.locale, 'problem.style'), this.handleStyleRetry);
    }
    return this.carte.render({
      error: (error) => this.renderProblem(error, this.handleCarteRetry),
    });
  }

  /** The shared problem box, with a message of this widget's own. */
  private renderMapProblem(message: string, retry?: () => void): TemplateResult {
    return html`
      <div part="problem" class="problem" role="alert">
        <p>${message}</p>
        ${
          retry
            ? html`<button type="button" part="retry-button" class="primary" @click=${retry}>
                ${translate(this.locale, 'action.retry')}
              </button>`
            : nothing
        }
      </div>
    `;
  }

  /** The maplibre `Map` while the element is on the page, for what this element does not offer. */
  get innerMap(): MaplibreMap | undefined {
    return this.map;
  }

  /** Creates the maplibre map in the rendered container, once the current update is done. */
  private async createMap(): Promise<void> {
    if (this.creatingMap) return;
    this.creatingMap = true;
    await this.updateComplete;
    this.creatingMap = false;
    if (!this.isConnected || this.map || this.mapProblem) return;
    const container = this.container;
    const style = this.styleUrl();
    if (!container || style === undefined) return;
    useEmittedWorker();
    let map: MaplibreMap;
    try {
      map = new MaplibreMap({
        container,
        style,
        ...this.initialCamera(),
        attributionControl: { compact: true },
        cooperativeGestures: true,
        dragRotate: false,
        pitchWithRotate: false,
        touchPitch: false,
        locale: {
          'Map.Title': t(this.locale, 'map.label'),
          'AttributionControl.ToggleAttribution': t(this.locale, 'map.attribution'),
          'AttributionControl.MapFeedback': t(this.locale, 'map.feedback'),
          'CooperativeGesturesHandler.WindowsHelpText': t(this.locale, 'map.cooperativeWindows'),
          'CooperativeGesturesHandler.MacHelpText': t(this.locale, 'map.cooperativeMac'),
          'CooperativeGesturesHandler.MobileHelpText': t(this.locale, 'map.cooperativeMobile'),
        },
      });
    } catch (error) {
      this.logger.warn('the map cannot be drawn here (WebGL unavailable?):', error);
      this.mapProblem = 'webgl';
      return;
    }
    this.map = map;
    this.shownStyle = style;
    this.mapLoaded = false;
    map.keyboard.disableRotation();
    map.touchZoomRotate.disableRotation();
    map.getCanvas().setAttribute('aria-describedby', 'keyboard-help');
    map.on('load', this.handleLoad);
    map.on('moveend', this.handleMoveEnd);
    map.on('resize', this.handleMoveEnd);
    map.on('error', this.handleMapError);
    // The places are asked for at once, while the style and tiles load; by a new map even for the same view.
    this.updateViewport(true);
    this.updateSelected(false);
  }

  /** Removes the map, its markers, its workers' share and the pending timer. */
  private destroyMap(): void {
    clearTimeout(this.moveTimer);
    this.moveTimer = undefined;
    for (const marker of this.markers.values()) marker.remove();
    this.markers.clear();
    this.highlight?.remove();
    this.highlight = undefined;
    this.map?.remove();
    this.map = undefined;
    this.mapLoaded = false;
  }

  /** Where the map opens: the focus area, else the selected place, else metropolitan France. */
  private initialCamera(): Pick<MapOptions, 'bounds' | 'fitBoundsOptions' | 'center' | 'zoom'> {
    if (this.focusArea) {
      return { bounds: circleBounds(this.focusArea), fitBoundsOptions: { padding: fitPadding } };
    }
    if (this.selected) return { center: [this.selected.lon, this.selected.lat], zoom: placeZoom };
    return { bounds: defaultBounds };
  }

  /** The style to draw: `map-style` when valid, else the API's. */
  private styleUrl(): string | undefined {
    return this.config?.mapStyle ?? this.activeClient?.carteStyleUrl();
  }

  /** Records the view the API should be asked about, if it changed (or anyway, when `renew`). */
  private updateViewport(renew = false): void {
    const map = this.map;
    if (!map) return;
    const bounds = map.getBounds();
    const viewport = toViewport(
      [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()],
      map.getZoom(),
    );
    if (renew || !sameViewport(this.viewport, viewport)) this.viewport = viewport;
  }

  /** Fits the focus area. */
  private updateFocusArea(): void {
    const map = this.map;
    if (!map || !this.focusArea) return;
    const camera = map.cameraForBounds(circleBounds(this.focusArea), { padding: fitPadding });
    if (camera) this.moveCamera(camera);
  }

  /**
   * Marks the selected place's marker current, or rings its position when no marker of its own shows it (it
   * sits in a cluster, or its places are still loading); when `reveal`, pans to it if it is out of view.
   */
  private updateSelected(reveal: boolean): void {
    const map = this.map;
    if (!map) return;
    const selected = this.selected;
    const currentKey = selected ? pointKey(selected.id) : undefined;
    for (const [key, marker] of this.markers) {
      const element = marker.getElement();
      if (key === currentKey) element.setAttribute('aria-current', 'true');
      else element.removeAttribute('aria-current');
    }
    if (selected && (currentKey === undefined || !this.markers.has(currentKey))) {
      this.highlight ??= new Marker({ element: this.createHighlightElement() });
      this.highlight.setLngLat([selected.lon, selected.lat]).addTo(map);
    } else {
      this.highlight?.remove();
      this.highlight = undefined;
    }
    if (reveal && selected && !map.getBounds().contains([selected.lon, selected.lat])) {
      this.moveCamera({ center: [selected.lon, selected.lat] });
    }
  }

  /** Switches to another style when `map-style` (or the client) changed. */
  private updateStyle(): void {
    const style = this.styleUrl();
    if (!this.map || style === undefined || style === this.shownStyle) return;
    this.shownStyle = style;
    this.map.setStyle(style);
  }

  /** Keeps the canvas's name in the widget's language. */
  private updateLabels(): void {
    this.map?.getCanvas().setAttribute('aria-label', t(this.locale, 'map.label'));
  }

  /** Replaces the markers with the carte's, keeping those that stay (and their focus). */
  private updateMarkers(carte: Carte): void {
    const map = this.map;
    if (!map) return;
    const wanted = new Map<string, () => Marker>();
    const byReadingOrder = (a: { latitude: number; longitude: number }, b: typeof a) =>
      b.latitude - a.latitude || a.longitude - b.longitude;
    for (const cluster of [...carte.clusters].sort(byReadingOrder)) {
      wanted.set(clusterKey(cluster), () => this.createMarker(this.createClusterElement(cluster), cluster));
    }
    for (const point of [...carte.points].sort(byReadingOrder)) {
      wanted.set(pointKey(point.id), () => this.createMarker(this.createPointElement(point), point));
    }
    const focused = this.shadowRoot?.activeElement;
    let lostFocus = false;
    for (const [key, marker] of this.markers) {
      if (wanted.has(key)) continue;
      if (marker.getElement() === focused) lostFocus = true;
      marker.remove();
      this.markers.delete(key);
    }
    for (const [key, create] of wanted) {
      if (!this.markers.has(key)) this.markers.set(key, create().addTo(map));
    }
    // A keyboard user whose marker went away (a cluster split by zooming) goes on from the map itself.
    if (lostFocus) map.getCanvas().focus({ preventScroll: true });
    this.updateSelected(false);
    this.dispatchEvent(new InclusionMapLoadEvent(carte.total));
  }

  private createMarker(element: HTMLElement, at: { latitude: number; longitude: number }): Marker {
    return new Marker({ element }).setLngLat([at.longitude, at.latitude]);
  }

  private createPointElement(point: CartePoint): HTMLElement {
    const button = this.ownerDocument.createElement('button');
    button.type = 'button';
    button.className = 'marker point';
    button.setAttribute('part', 'point');
    const label = this.ownerDocument.createElement('span');
    label.className = 'label';
    label.textContent = point.nom;
    button.append(label);
    button.addEventListener('click', () => this.handlePointClick(point.id));
    // RGAA 10.13: the name shown on focus may cover a neighbouring marker; Escape hides it without moving the
    // focus (it stays read as the button's name), until the button loses the focus.
    button.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || button.hasAttribute('data-label-dismissed')) return;
      button.setAttribute('data-label-dismissed', '');
      event.stopPropagation();
    });
    button.addEventListener('blur', () => button.removeAttribute('data-label-dismissed'));
    return button;
  }

  private createClusterElement(cluster: CarteCluster): HTMLElement {
    const button = this.ownerDocument.createElement('button');
    button.type = 'button';
    button.className = 'marker cluster';
    button.setAttribute('part', 'cluster');
    button.setAttribute('aria-label', t(this.locale, 'cluster.label', { count: cluster.count }));
    button.textContent = formatNumber(this.locale, cluster.count);
    button.addEventListener('click', () => this.handleClusterClick(cluster));
    return button;
  }

  private createHighlightElement(): HTMLElement {
    const ring = this.ownerDocument.createElement('div');
    ring.className = 'highlight';
    ring.setAttribute('part', 'highlight');
    ring.setAttribute('aria-hidden', 'true');
    return ring;
  }

  /** Moves the camera: eased, or at once under `prefers-reduced-motion: reduce`. */
  private moveCamera(camera: JumpToOptions): void {
    const map = this.map;
    if (!map) return;
    if (prefersReducedMotion()) map.jumpTo(camera);
    else map.easeTo({ ...camera, duration: moveDuration });
  }

  private zoomBy(delta: number): void {
    const map = this.map;
    if (!map) return;
    const zoom = Math.min(map.getMaxZoom(), Math.max(map.getMinZoom(), Math.round(map.getZoom()) + delta));
    this.moveCamera({ center: map.getCenter(), zoom });
  }

  private readonly handleLoad = (): void => {
    this.mapLoaded = true;
    this.updateViewport();
  };

  /** Asks for the new view's places once the map has rested `moveDelay` ms. */
  private readonly handleMoveEnd = (): void => {
    clearTimeout(this.moveTimer);
    this.moveTimer = setTimeout(() => {
      this.moveTimer = undefined;
      this.updateViewport();
    }, moveDelay);
  };

  /** A style that fails before the first load leaves an empty map: say so. Later (tile) errors are logged. */
  private readonly handleMapError = (event: MaplibreErrorEvent): void => {
    if (!this.mapLoaded) {
      this.logger.warn('the map style could not be loaded:', event.error);
      this.mapProblem = 'style';
    } else {
      this.logger.debug('map error:', event.error);
    }
  };

  private readonly handleStyleRetry = (): void => {
    this.destroyMap();
    this.mapProblem = undefined;
  };

  private readonly handleCarteRetry = (): void => {
    void this.carte.run();
  };

  private readonly handleZoomIn = (): void => this.zoomBy(1);

  private readonly handleZoomOut = (): void => this.zoomBy(-1);

  private handlePointClick(id: string): void {
    this.dispatchEvent(new InclusionMapSelectEvent(id));
  }

  /** Zooms to the cluster's places: at least one level closer, so that repeated clicks always split it. */
  private handleClusterClick(cluster: CarteCluster): void {
    const map = this.map;
    if (!map) return;
    const [west, south, east, north] = cluster.bbox;
    const camera = map.cameraForBounds(
      [
        [west, south],
        [east, north],
      ],
      { padding: fitPadding },
    );
    const zoom = Math.min(map.getMaxZoom(), Math.max(Math.round(map.getZoom()) + 1, camera?.zoom ?? 0));
    this.moveCamera({ center: camera?.center ?? [cluster.longitude, cluster.latitude], zoom });
  }
}

function pointKey(id: string): string {
  return `point:${id}`;
}

function clusterKey(cluster: CarteCluster): string {
  return `cluster:${cluster.longitude},${cluster.latitude},${cluster.count}`;
}

function prefersReducedMotion(): boolean {
  return matchMedia('(prefers-reduced-motion: reduce)').matches;
}
