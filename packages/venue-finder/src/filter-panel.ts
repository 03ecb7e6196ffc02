import { html, nothing, type TemplateResult } from 'lit';
import {
  dispositifProgrammesNationaux,
  modalitesAcces,
  modalitesAccompagnement,
  priseEnChargeSpecifique,
  publicsSpecifiquementAdresses,
  serviceGroups,
  services,
  slugsOf,
  valueWithSlug,
  type Facettes,
  type Locale,
  type VocabularyValue,
} from '@inclusion-widgets/core';
import { toggleSlug, type FilterGroup, type Filters } from './filters.js';
import { t } from './venue-finder.messages.js';

// The filter panel, imported when it first opens: the list needs none of its code, nor the texts of the
// vocabularies it names (publics, access, kinds of support, programmes).

/** The vocabulary field behind each group with checkboxes, and its legend. */
const listGroups = [
  { group: 'prise-en-charge', field: 'prise_en_charge_specifique', legend: 'filters.support' },
  { group: 'publics', field: 'publics_specifiquement_adresses', legend: 'filters.publics' },
  { group: 'acces', field: 'modalites_acces', legend: 'filters.access' },
  { group: 'accompagnement', field: 'modalites_accompagnement', legend: 'filters.accompaniment' },
  { group: 'programmes', field: 'dispositif_programmes_nationaux', legend: 'filters.programmes' },
] as const;

/** The vocabularies the panel names, by field (imported by name: `bySlug` would bring every vocabulary). */
const vocabularies = {
  services,
  prise_en_charge_specifique: priseEnChargeSpecifique,
  publics_specifiquement_adresses: publicsSpecifiquementAdresses,
  modalites_acces: modalitesAcces,
  modalites_accompagnement: modalitesAccompagnement,
  dispositif_programmes_nationaux: dispositifProgrammesNationaux,
} as const;

/** A field whose values the panel names. */
type PanelField = keyof typeof vocabularies;

/** What the panel needs to render. */
export interface FilterPanelState {
  readonly filters: Filters;
  readonly facettes: Facettes | undefined;
  readonly hidden: ReadonlySet<FilterGroup>;
  readonly locale: Locale;
  readonly onChange: (filters: Filters) => void;
}

/**
 * The filter panel: one fieldset per group, checkboxes with the number of places each would give (from the
 * facet counts, when known). A value the counts say gives nothing stays available (counts can lag) but reads
 * "0 places".
 */
export function renderFilterPanel(state: FilterPanelState): TemplateResult {
  const { hidden, locale } = state;
  return html`
    ${hidden.has('services') ? nothing : renderServices(state)}
    ${hidden.has('frais') ? nothing : renderFree(state)}
    ${listGroups.map(({ group, field, legend }) =>
      hidden.has(group)
        ? nothing
        : html`<fieldset class="filter-group">
            <legend>${t(locale, legend)}</legend>
            ${slugsOf(field).map((slug) => renderCheckbox(state, field, slug))}
          </fieldset>`,
    )}
    ${hidden.has('ouvert') ? nothing : renderOpenNow(state)}
  `;
}

function renderServices(state: FilterPanelState): TemplateResult {
  const { locale } = state;
  return html`<fieldset class="filter-group">
    <legend>${t(locale, 'filters.services')}</legend>
    ${serviceGroups.map(
      (group) =>
        html`<div class="service-group" role="group" aria-labelledby="service-group-${group.id}">
          <p class="subheading" id="service-group-${group.id}">${group[locale]}</p>
          ${group.services.map((slug) => renderCheckbox(state, 'services', slug, true))}
        </div>`,
    )}
  </fieldset>`;
}

function renderFree(state: FilterPanelState): TemplateResult {
  const { filters, facettes, locale } = state;
  const checked = (filters.frais_a_charge ?? []).includes('gratuit');
  const count = facettes ? (facettes.facettes.frais_a_charge.gratuit ?? 0) : undefined;
  return html`<fieldset class="filter-group">
    <legend>${t(locale, 'filters.free')}</legend>
    ${renderBox({
      id: 'filter-frais_a_charge-gratuit',
      label: t(locale, 'filters.freeOnly'),
      checked,
      count,
      locale,
      onToggle: (on) => state.onChange(toggleSlug(filters, 'frais_a_charge', 'gratuit', on)),
    })}
  </fieldset>`;
}

function renderOpenNow(state: FilterPanelState): TemplateResult {
  const { filters, facettes, locale } = state;
  return html`<fieldset class="filter-group">
    <legend>${t(locale, 'filters.open')}</legend>
    ${renderBox({
      id: 'filter-ouvert_maintenant',
      label: t(locale, 'filters.openNow'),
      checked: filters.ouvert_maintenant === true,
      count: facettes?.ouvert_maintenant,
      locale,
      onToggle: (on) => state.onChange({ ...filters, ouvert_maintenant: on || undefined }),
    })}
  </fieldset>`;
}

function renderCheckbox(
  state: FilterPanelState,
  field: PanelField,
  slug: string,
  described = false,
): TemplateResult {
  const { filters, facettes, locale } = state;
  const entry = valueWithSlug<VocabularyValue>(vocabularies[field], slug);
  const counts = facettes?.facettes[field] as Partial<Record<string, number>> | undefined;
  return renderBox({
    id: `filter-${field}-${slug}`,
    label: entry ? entry[locale] : slug,
    description: described ? entry?.description[locale] : undefined,
    checked: ((filters[field] ?? []) as readonly string[]).includes(slug),
    count: counts ? (counts[slug] ?? 0) : undefined,
    locale,
    onToggle: (on) => state.onChange(toggleSlug(filters, field, slug, on)),
  });
}

interface BoxOptions {
  readonly id: string;
  readonly label: string;
  readonly description?: string | undefined;
  readonly checked: boolean;
  readonly count: number | undefined;
  readonly locale: Locale;
  readonly onToggle: (on: boolean) => void;
}

function renderBox(options: BoxOptions): TemplateResult {
  const { id, label, description, checked, count, locale, onToggle } = options;
  return html`<div class="checkbox ${count === 0 && !checked ? 'none' : ''}">
    <input
      type="checkbox"
      id=${id}
      .checked=${checked}
      aria-describedby=${description ? `${id}-description` : nothing}
      @change=${(event: Event) => onToggle((event.target as HTMLInputElement).checked)}
    />
    <label for=${id}>
      <span class="label">${label}</span>
      ${count === undefined ? nothing : html`<span class="count">(${t(locale, 'filters.count', { count })})</span>`}
    </label>
    ${description ? html`<p class="description" id="${id}-description">${description}</p>` : nothing}
  </div>`;
}
