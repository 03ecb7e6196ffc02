import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  formatDistance,
  formatList,
  priseEnChargeSpecifique,
  services,
  valueWithSlug,
  type Lieu,
  type Locale,
} from '@inclusion-widgets/core';
import { renderHeading } from '@inclusion-widgets/ui';
import { openingDescription } from './opening-status.js';
import { t } from './venue-finder.messages.js';

/** What one list item needs besides its place. */
export interface ResultItemOptions {
  readonly locale: Locale;
  /** The place highlighted from the map (or last opened). */
  readonly highlighted: boolean;
  /** Whether a map is shown beside the list (adds "show on the map"). */
  readonly withMap: boolean;
  /** The level of the place's name (one below the finder's title, at most 6). */
  readonly headingLevel: number;
  readonly onOpen: (lieu: Lieu) => void;
  readonly onShowOnMap: (lieu: Lieu) => void;
}

/**
 * One place of the results list: its name (a button that opens the details), distance, address, opening
 * status, services as text badges, cost and adapted welcome. Everything from the data is bound as text.
 */
export function renderResultItem(lieu: Lieu, options: ResultItemOptions): TemplateResult {
  const { locale, highlighted, withMap } = options;
  const opening = openingDescription(lieu.ouverture, locale);
  const support: string[] = [];
  for (const slug of lieu.prise_en_charge_specifique) {
    const label = valueWithSlug(priseEnChargeSpecifique, slug)?.[locale];
    if (label !== undefined) support.push(label);
  }
  return html`<li
    part="item"
    class="item ${highlighted ? 'highlighted' : ''}"
    data-id=${lieu.id}
    aria-current=${ifDefined(highlighted ? 'true' : undefined)}
  >
    ${renderHeading(
      options.headingLevel,
      'item-title',
      html`<button
        type="button"
        class="link-button"
        data-open=${lieu.id}
        @click=${() => options.onOpen(lieu)}
      >
        ${lieu.nom}
      </button>`,
    )}
    <p class="item-where">
      ${
        lieu.distance === undefined
          ? nothing
          : html`<span class="distance"
              >${t(locale, 'results.distance', {
                distance: formatDistance(locale, lieu.distance),
              })}</span
            >`
      }
      <span class="address"><bdi>${lieu.adresse}</bdi>, ${lieu.code_postal} <bdi>${lieu.commune}</bdi></span>
    </p>
    <p class="opening ${opening.statut}">${opening.text}</p>
    ${
      lieu.services.length === 0
        ? nothing
        : html`<ul class="badges" aria-label=${t(locale, 'results.services')}>
            ${lieu.services.map((slug) => html`<li class="badge">${valueWithSlug(services, slug)?.[locale] ?? slug}</li>`)}
          </ul>`
    }
    <p class="facts">
      ${renderCost(lieu, locale)}
      ${
        support.length > 0
          ? html`<span>${t(locale, 'results.support', { list: formatList(locale, support) })}</span>`
          : nothing
      }
      ${lieu.fiche_acces_libre ? html`<span>${t(locale, 'results.accessLibre')}</span>` : nothing}
    </p>
    ${
      withMap
        ? html`<button
            type="button"
            class="secondary small"
            aria-pressed=${highlighted ? 'true' : 'false'}
            @click=${() => options.onShowOnMap(lieu)}
          >
            ${t(locale, 'results.showOnMap')}
          </button>`
        : nothing
    }
  </li>`;
}

function renderCost(lieu: Lieu, locale: Locale): TemplateResult | typeof nothing {
  const costs = lieu.frais_a_charge;
  if (costs.length === 0) return nothing;
  const key = costs.includes('gratuit')
    ? 'results.free'
    : costs.includes('gratuit-sous-condition')
      ? 'results.freeUnderCondition'
      : 'results.paid';
  return html`<span class="cost">${t(locale, key)}</span>`;
}
