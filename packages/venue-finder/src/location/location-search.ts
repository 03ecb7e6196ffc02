import { html, LitElement, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { Task, TaskStatus, initialState } from '@lit/task';
import { previewCommuneList, type Commune, type InclusionApi, type Locale } from '@inclusion-widgets/core';
import {
  createLogger,
  hostStyles,
  LocaleCatalogs,
  localeOf,
  problemStyles,
  renderProblem,
} from '@inclusion-widgets/ui';
import { InclusionLocationChangeEvent, type SearchLocation } from './events.js';
import type * as Geolocation from './geolocation.js';
import type { GeolocationErrorKind } from './geolocation.js';
import { locationSearchStyles } from './location-search.styles.js';
import { t } from './location-search.messages.js';

/** The distances offered, in kilometres. */
export const radiusChoices: readonly number[] = [2, 5, 10, 20, 50];

/** Wait after the last keystroke before asking the API, in ms. */
export const searchDelay = 200;

/** Where "Autour de moi" stands. */
type Locating =
  | { readonly status: 'idle' }
  | { readonly status: 'pending' }
  | { readonly status: 'found' }
  | { readonly status: 'failed'; readonly kind: GeolocationErrorKind };

/**
 * The location part of `<inclusion-venue-finder>`: a commune or postcode field with suggestions (the
 * WAI-ARIA 1.2 combobox pattern, list autocomplete), an "Autour de moi" button (geolocation on click only)
 * and a choice of distance.
 *
 * Suggestions appear 200 ms after the last keystroke, from 2 characters of a name or the 5 digits of a
 * postcode. Keyboard, in the field: Down opens the list on its first option, or moves to the next (from the
 * last, wraps to the first); Up opens it on its last option, or moves to the previous (from the first, wraps
 * to the last); Alt+Down opens it without moving; Home, End, Left and Right take the visual focus back to the
 * field and move the caret there (as in the APG example); Enter picks the option shown as focused (or, with
 * none, the only suggestion or the one whose name is exactly what was typed); Escape closes the list, and a
 * second Escape clears the field; Tab closes the list and leaves without picking.
 *
 * Defined by the finder (`define.ts`), not by this module.
 *
 * @tagname inclusion-location-search
 * @fires inclusion-location-change - The citizen picked a commune, got their position, or changed the
 *   distance; carries `location` and `radiusKm`.
 * @csspart base - The wrapper of the whole search.
 * @csspart label - The field's label.
 * @csspart input - The commune or postcode field.
 * @csspart listbox - The list of suggested communes.
 * @csspart option - One suggested commune.
 * @csspart problem - The box shown when the commune search fails.
 * @csspart retry-button - Its "Try again" button.
 * @csspart locate-button - The "Autour de moi" button.
 * @csspart radius - The distance `<select>`.
 * @csspart geolocation-message - The message about "Autour de moi" (searching, found, or why it failed).
 */
export class InclusionLocationSearch extends LitElement {
  static override styles = [hostStyles, problemStyles, ...locationSearchStyles];

  /** The API client, for the commune suggestions; set by the finder. */
  @property({ attribute: false }) client?: InclusionApi;

  /** The location chosen: a commune, or a point; shown in the field (the commune's name, or "Autour de moi"). */
  @property({ attribute: false }) value?: SearchLocation;

  /** The search distance, in kilometres; a value outside the usual choices is offered as an extra choice. */
  @property({ type: Number, attribute: 'radius-km' }) radiusKm = 10;

  /** Whether the field, the button and the distance choice are disabled. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** What the citizen typed since the last pick; `undefined` shows the chosen location's label instead. */
  @state() private text: string | undefined;
  /** The text the suggestions are asked for: trimmed, at least 2 characters or 5 digits; '' asks nothing. */
  @state() private term = '';
  /** The suggestions of the last completed search. */
  @state() private suggestions: readonly Commune[] = [];
  /** Whether the list of suggestions is shown. */
  @state() private open = false;
  /** The option with the visual focus (`aria-activedescendant`), -1 for none. */
  @state() private activeIndex = -1;
  /** Whether the last completed search found nothing. */
  @state() private noMatch = false;
  /** The text of the polite live region announcing the suggestions. */
  @state() private announcement = '';
  /** Where "Autour de moi" stands: idle, searching, found, or failed with a reason. */
  @state() private locating: Locating = { status: 'idle' };

  private locale: Locale = 'fr';
  private readonly catalogs = new LocaleCatalogs(this);
  private locateController?: AbortController;
  private readonly logger = createLogger('inclusion-location-search');

  /** Commune suggestions: waits `searchDelay` after the last keystroke; a new term aborts the previous call. */
  private readonly search = new Task(this, {
    args: () => [this.term, this.client] as const,
    task: async ([term, client], { signal }) => {
      if (term === '') return initialState;
      if (!client) {
        this.logger.warnOnce(
          'client',
          'no API client: the finder sets `.client` before communes can be found.',
        );
        return initialState;
      }
      await delay(searchDelay, signal);
      // The suggestions show as soon as they arrive, read by hand, while the code that checks them loads.
      return client.searchCommunes(term, {
        signal,
        preview: (body) => {
          const communes = previewCommuneList(body);
          if (communes && !signal.aborted) this.handleSuggestions(communes);
        },
      });
    },
    onComplete: (communes) => this.handleSuggestions(communes),
    onError: (error) => {
      this.logger.debug('commune search failed:', error);
      this.suggestions = [];
      this.open = false;
      this.announcement = '';
    },
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.locateController?.abort();
    if (this.locating.status === 'pending') this.locating = { status: 'idle' };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.locale = localeOf(this);
    if (changed.has('value')) {
      // A location set by code or picked: the field shows it, and no search is pending for old text.
      this.text = undefined;
      this.resetSuggestions();
    }
    if (changed.has('disabled') && this.disabled) this.open = false;
  }

  protected override updated(): void {
    if (this.activeIndex >= 0) {
      this.renderRoot.querySelector(`#option-${this.activeIndex}`)?.scrollIntoView({ block: 'nearest' });
    }
  }

  /** `updateComplete` resolves once rendered with the catalogs of its locale. */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.catalogs.settle(() => super.getUpdateComplete());
  }

  protected override render(): unknown {
    // Nothing until the catalogs of the locale are there (English ones are imported on demand).
    if (!this.catalogs.ready(this.locale)) return nothing;
    const { locale } = this;
    const open = this.open && this.suggestions.length > 0 && !this.disabled;
    const active = open && this.activeIndex < this.suggestions.length ? this.activeIndex : -1;
    return html`
      <div part="base" class="base">
        <div class="search">
          <label part="label" class="label" for="input">${t(locale, 'field.label')}</label>
          <p id="hint" class="hint">${t(locale, 'field.hint')}</p>
          <div class="combobox">
            <input
              id="input"
              part="input"
              type="text"
              role="combobox"
              aria-autocomplete="list"
              aria-expanded=${open ? 'true' : 'false'}
              aria-controls="listbox"
              aria-activedescendant=${active >= 0 ? `option-${active}` : nothing}
              aria-describedby="hint"
              autocomplete="off"
              spellcheck="false"
              .value=${live(this.text ?? this.labelOf(this.value))}
              ?disabled=${this.disabled}
              @input=${this.handleInput}
              @keydown=${this.handleKeydown}
              @focus=${this.handleFocus}
              @blur=${this.handleBlur}
            />
            <ul
              id="listbox"
              part="listbox"
              class="listbox"
              role="listbox"
              aria-label=${t(locale, 'list.label')}
              ?hidden=${!open}
              @mousedown=${this.handleListMousedown}
            >
              ${open ? this.suggestions.map((commune, index) => this.renderOption(commune, index, active)) : nothing}
            </ul>
          </div>
          ${this.renderSearchState()}
        </div>
        <div class="controls">
          <button
            type="button"
            part="locate-button"
            class="locate"
            aria-disabled=${this.locating.status === 'pending' ? 'true' : 'false'}
            ?disabled=${this.disabled}
            @click=${this.handleLocate}
          >
            ${locateIcon} ${t(locale, 'locate.button')}
          </button>
          <div class="radius">
            <label for="radius">${t(locale, 'radius.label')}</label>
            <select id="radius" part="radius" ?disabled=${this.disabled} @change=${this.handleRadiusChange}>
              ${this.radiusOptions().map(
                (km) =>
                  html`<option value=${km} .selected=${km === this.radiusKm}>
                    ${t(locale, 'radius.option', { distance: km })}
                  </option>`,
              )}
            </select>
          </div>
        </div>
        <div part="geolocation-message" class="geolocation" role="status">${this.renderLocating()}</div>
        <div class="visually-hidden" role="status">${this.announcement}</div>
      </div>
    `;
  }

  private renderOption(commune: Commune, index: number, active: number): unknown {
    const postcodes = postcodesOf(commune, this.term);
    const details =
      postcodes === ''
        ? t(this.locale, 'option.detailsNoPostcode', { departement: commune.departement })
        : t(this.locale, 'option.details', { postcodes, departement: commune.departement });
    return html`
      <li
        id="option-${index}"
        part="option"
        class="option"
        role="option"
        aria-selected=${index === active ? 'true' : 'false'}
        @click=${() => this.pick(commune)}
      >
        <span class="name">${commune.nom}</span> <span class="details">${details}</span>
      </li>
    `;
  }

  /** The API error with a retry, or the "nothing found" hint; nothing otherwise. */
  private renderSearchState(): unknown {
    if (this.search.status === TaskStatus.ERROR && !isAbort(this.search.error)) {
      return renderProblem(this.search.error, this.locale, this.handleRetry);
    }
    if (this.noMatch) return html`<p class="message">${t(this.locale, 'status.noneHint')}</p>`;
    return nothing;
  }

  private renderLocating(): unknown {
    const { locating, locale } = this;
    switch (locating.status) {
      case 'idle':
        return nothing;
      case 'pending':
        return html`<p>${t(locale, 'locate.pending')}</p>`;
      case 'found':
        return html`<p class="visually-hidden">${t(locale, 'locate.found')}</p>`;
      case 'failed':
        return html`<p class="failed">${t(locale, `locate.${locating.kind}`)}</p>`;
    }
  }

  /** The usual distances, plus `radiusKm` when it is another valid distance. */
  private radiusOptions(): readonly number[] {
    const km = this.radiusKm;
    if (!Number.isFinite(km) || km <= 0 || radiusChoices.includes(km)) return radiusChoices;
    return [...radiusChoices, km].sort((a, b) => a - b);
  }

  private labelOf(value: SearchLocation | undefined): string {
    if (!value) return '';
    if (value.kind === 'commune') return value.commune.nom;
    return value.label ?? t(this.locale, 'point.label');
  }

  private get input(): HTMLInputElement | null {
    return this.renderRoot.querySelector('input');
  }

  private hasFocus(): boolean {
    const input = this.input;
    return input !== null && (this.renderRoot as ShadowRoot).activeElement === input;
  }

  /** The option Enter picks when none has the visual focus: the only one, or the one named as typed. */
  private obviousChoice(): Commune | undefined {
    if (this.search.status !== TaskStatus.COMPLETE) return undefined;
    if (this.suggestions.length === 1) return this.suggestions[0];
    const typed = normalize(this.text ?? '');
    const named = this.suggestions.filter((commune) => normalize(commune.nom) === typed);
    return named.length === 1 ? named[0] : undefined;
  }

  private pick(commune: Commune): void {
    this.cancelLocating();
    this.value = { kind: 'commune', commune };
    this.text = undefined;
    this.resetSuggestions();
    this.dispatchEvent(new InclusionLocationChangeEvent(this.value, this.radiusKm));
  }

  private resetSuggestions(): void {
    this.term = '';
    this.suggestions = [];
    this.open = false;
    this.activeIndex = -1;
    this.noMatch = false;
    this.announcement = '';
  }

  private cancelLocating(): void {
    this.locateController?.abort();
    this.locateController = undefined;
    this.locating = { status: 'idle' };
  }

  private handleSuggestions(communes: readonly Commune[]): void {
    const same = (list: readonly Commune[]) =>
      list.length === communes.length &&
      list.every((commune, index) => commune.code === communes[index]?.code);
    if (communes.length > 0 && same(this.suggestions)) {
      // The checked list of the suggestions already shown from the preview: the same options, the same focus.
      this.suggestions = communes;
      return;
    }
    this.suggestions = communes;
    this.activeIndex = -1;
    this.open = communes.length > 0 && this.hasFocus();
    this.noMatch = communes.length === 0;
    this.announcement =
      communes.length > 0
        ? t(this.locale, 'status.count', { count: communes.length })
        : t(this.locale, 'status.none');
  }

  private readonly handleInput = (event: Event): void => {
    const text = (event.target as HTMLInputElement).value;
    const term = searchTermOf(text);
    this.text = text;
    this.activeIndex = -1;
    if (term === this.term) return;
    this.term = term;
    this.noMatch = false;
    this.announcement = '';
    if (term === '') {
      this.suggestions = [];
      this.open = false;
    }
  };

  private readonly handleKeydown = (event: KeyboardEvent): void => {
    if (event.isComposing) return;
    const count = this.suggestions.length;
    switch (event.key) {
      case 'ArrowDown':
        if (count === 0) return;
        event.preventDefault();
        if (!this.open) {
          this.open = true;
          this.activeIndex = event.altKey ? -1 : 0;
        } else if (!event.altKey) {
          this.activeIndex = this.activeIndex < 0 || this.activeIndex >= count - 1 ? 0 : this.activeIndex + 1;
        }
        return;
      case 'ArrowUp':
        if (count === 0) return;
        event.preventDefault();
        if (!this.open) {
          this.open = true;
          this.activeIndex = count - 1;
        } else {
          this.activeIndex = this.activeIndex <= 0 ? count - 1 : this.activeIndex - 1;
        }
        return;
      case 'Home':
      case 'End':
      case 'ArrowLeft':
      case 'ArrowRight':
        // The caret moves in the field (the browser's default); the visual focus goes back there too.
        this.activeIndex = -1;
        return;
      case 'Enter': {
        if (!this.open) return;
        const choice = this.suggestions[this.activeIndex] ?? this.obviousChoice();
        if (!choice) return;
        event.preventDefault();
        this.pick(choice);
        return;
      }
      case 'Escape':
        if (this.open) {
          this.open = false;
          this.activeIndex = -1;
        } else if ((this.text ?? this.labelOf(this.value)) !== '') {
          this.text = '';
          this.resetSuggestions();
        } else {
          return;
        }
        // Handled here: a dialog around the widget stays open.
        event.preventDefault();
        event.stopPropagation();
        return;
      case 'Tab':
        this.open = false;
        this.activeIndex = -1;
        return;
    }
  };

  /**
   * A field showing the chosen location ("Autour de moi", "Lille") has it selected on focus: what the citizen
   * types replaces it, rather than being added after it ("Autour de moiRoubaix" found nothing).
   */
  private readonly handleFocus = (event: FocusEvent): void => {
    if (this.text === undefined) (event.target as HTMLInputElement).select();
  };

  private readonly handleBlur = (): void => {
    this.open = false;
    this.activeIndex = -1;
    // A field left blank shows the chosen location again, so that it never seems lost.
    if (this.text !== undefined && this.text.trim() === '') {
      this.text = undefined;
      this.resetSuggestions();
    }
  };

  /** Keeps the focus in the field when an option is pressed, so that the press picks it. */
  private readonly handleListMousedown = (event: MouseEvent): void => {
    event.preventDefault();
  };

  private readonly handleRetry = (): void => {
    this.input?.focus();
    void this.search.run();
  };

  private readonly handleRadiusChange = (event: Event): void => {
    const km = Number((event.target as HTMLSelectElement).value);
    if (!Number.isFinite(km) || km <= 0) return;
    this.radiusKm = km;
    this.dispatchEvent(new InclusionLocationChangeEvent(this.value, this.radiusKm));
  };

  private readonly handleLocate = async (): Promise<void> => {
    if (this.disabled || this.locating.status === 'pending') return;
    this.locateController?.abort();
    const controller = new AbortController();
    this.locateController = controller;
    this.locating = { status: 'pending' };
    this.open = false;
    // The geolocation code loads on the first click: most people type their commune.
    let geolocation: typeof Geolocation | undefined;
    try {
      geolocation = await import('./geolocation.js');
      const { lon, lat } = await geolocation.getCurrentPosition({ signal: controller.signal });
      if (controller.signal.aborted) return;
      this.locateController = undefined;
      this.locating = { status: 'found' };
      this.value = { kind: 'point', lon, lat };
      this.text = undefined;
      this.resetSuggestions();
      this.dispatchEvent(new InclusionLocationChangeEvent(this.value, this.radiusKm));
    } catch (error) {
      if (controller.signal.aborted) return;
      this.locateController = undefined;
      const known = geolocation && error instanceof geolocation.GeolocationError ? error : undefined;
      if (!known) this.logger.debug('geolocation failed:', error);
      this.locating = { status: 'failed', kind: known ? known.kind : 'unavailable' };
    }
  };
}

/** A location pin, drawn in the button's text colour. */
const locateIcon = svg`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M12 2a7 7 0 0 0-7 7c0 5.25 7 13 7 13s7-7.75 7-13a7 7 0 0 0-7-7Zm0 9.5a2.5 2.5 0 1 1 0-5 2.5 2.5 0 0 1 0 5Z"/></svg>`;

/**
 * The text to ask suggestions for: a postcode's 5 digits (spaces removed), or a name of at least
 * 2 characters, trimmed; '' when there is nothing to ask yet.
 *
 * @example
 * searchTermOf(' 59 000 '); // '59000'
 * searchTermOf('590');      // ''
 * searchTermOf(' li ');     // 'li'
 */
export function searchTermOf(text: string): string {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  const digits = trimmed.replace(/ /g, '');
  if (/^\d+$/.test(digits)) return digits.length === 5 ? digits : '';
  return trimmed.length >= 2 ? trimmed : '';
}

/** Up to two postcodes, the one searched first, and "…" when there are more. */
function postcodesOf(commune: Commune, term: string): string {
  const codes = [...commune.codes_postaux];
  if (codes.includes(term)) codes.sort((a, b) => Number(b === term) - Number(a === term));
  const shown = codes.slice(0, 2).join(', ');
  return codes.length > 2 ? `${shown}…` : shown;
}

function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’']/g, ' ')
    .toLowerCase()
    .trim();
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** Resolves after `ms`, or rejects with the signal's reason when it aborts first. */
function delay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason as unknown);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal.reason as unknown);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
