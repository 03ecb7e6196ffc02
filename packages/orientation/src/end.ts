/**
 * The end screen of `<inclusion-orientation>`, loaded when it is reached (with the venue finder): the help
 * suggested and why, the parallel outcomes, nearby places in an embedded `<inclusion-venue-finder>` preset with
 * the outcome's filters (its map only when asked for), the answers with a button to change each, and the
 * orientation sheet.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import {
  chooseOutcome,
  choiceText,
  dispositifProgrammesNationaux,
  outcomeTexts,
  questionTexts,
  visibleQuestions,
  type InclusionApi,
  type Locale,
  type OrientationAnswers,
  type OrientationDefinition,
  type OrientationFilters,
  type OrientationQuestion,
  type OrientationResult,
  type Territoire,
} from '@inclusion-widgets/core';
import { renderHeading, sendStatistic, type Logger } from '@inclusion-widgets/ui';
import { et } from './end.messages.js';
import { InclusionOrientationCompleteEvent } from './events.js';
import { renderFiche, type FicheContent, type FicheFields } from './fiche.js';

export { chooseOutcome } from '@inclusion-widgets/core';
export type { FicheFields } from './fiche.js';

/**
 * The person reached the end after answering: tells the page (`inclusion-orientation-complete`) and, when the
 * partner turned statistics on (`stats`, with `partner` and the API), sends one anonymous event: the outcome and
 * its level, nothing else. Here rather than in the element, whose first screen never needs it.
 *
 * @example
 * announceOutcome(element, orientation, answers, config.stats, config.partner, client, logger);
 */
export function announceOutcome(
  host: HTMLElement,
  orientation: OrientationDefinition,
  answers: OrientationAnswers,
  stats: boolean | undefined,
  partner: string | undefined,
  client: InclusionApi | undefined,
  logger: Logger,
): void {
  const result = chooseOutcome(orientation, answers);
  host.dispatchEvent(
    new InclusionOrientationCompleteEvent({
      orientationId: orientation.id,
      outcome: result.outcome.id,
      level: result.outcome.level,
      filters: result.filters,
      parallel: result.parallel.map((item) => item.outcome.id),
      radiusKm: result.radiusKm,
      prefer: result.prefer,
    }),
  );
  sendStatistic(
    {
      type: 'orientation-resultat',
      widget: 'orientation',
      orientation: orientation.id,
      resultat: result.outcome.id,
      niveau: result.outcome.level,
    },
    { stats, partner, client, logger },
  );
}

/** What the end screen shows and what its buttons do. */
export interface EndContext {
  readonly orientation: OrientationDefinition;
  readonly answers: OrientationAnswers;
  /** The questions a quiz result answered. */
  readonly fromQuiz: ReadonlySet<string>;
  /** The questions not asked (the audience in professional mode, the quiz's), left out of the answers. */
  readonly skipped: ReadonlySet<string>;
  readonly result: OrientationResult;
  readonly locale: Locale;
  readonly helping: boolean;
  readonly professional: boolean;
  /** Given to the venue finder. */
  readonly client: InclusionApi | undefined;
  readonly territory: Territoire | undefined;
  readonly partner: string | undefined;
  /**
   * The level of the screen's title (`heading-level`; `undefined`: 2): its sections one below, the finder's
   * title two below (at most 6).
   */
  readonly headingLevel?: number | undefined;
  /** Whose places the finder shows: `''` the main outcome's, else a parallel outcome's id. */
  readonly finderFor: string;
  /** Whether the places are narrowed to the programmes the outcome puts first. */
  readonly preferOnly: boolean;
  readonly ficheOpen: boolean;
  readonly ficheFields: FicheFields;
  readonly onFinderFor: (outcomeId: string) => void;
  readonly onPreferOnly: (only: boolean) => void;
  readonly onEdit: (questionId: string) => void;
  readonly onRestart: () => void;
  readonly onOpenFiche: () => void;
  readonly onFicheFields: (fields: Partial<FicheFields>) => void;
}

/** The finder's attribute for each field of the standard an orientation filters on. */
const filterAttributes = {
  services: 'services',
  dispositif_programmes_nationaux: 'dispositif-programmes-nationaux',
  modalites_accompagnement: 'modalites-accompagnement',
  frais_a_charge: 'frais-a-charge',
  prise_en_charge_specifique: 'prise-en-charge-specifique',
  publics_specifiquement_adresses: 'publics-specifiquement-adresses',
  modalites_acces: 'modalites-acces',
} as const;

/**
 * The venue finder's attributes for filters and a distance: `{ services: 'a,b', 'radius-km': '5', … }`.
 *
 * @example
 * finderAttributes({ services: ['aide-aux-demarches-administratives'] }, 5);
 * // { services: 'aide-aux-demarches-administratives', 'radius-km': '5' }
 */
export function finderAttributes(
  filters: OrientationFilters,
  radiusKm: number | undefined,
): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [field, attribute] of Object.entries(filterAttributes) as [
    keyof typeof filterAttributes,
    string,
  ][]) {
    const slugs = filters[field];
    if (slugs && slugs.length > 0) attributes[attribute] = slugs.join(',');
  }
  if (radiusKm !== undefined) attributes['radius-km'] = String(radiusKm);
  return attributes;
}

/**
 * The end screen.
 *
 * @example
 * html`${renderEnd({ orientation, answers, result: chooseOutcome(orientation, answers), … })}`;
 */
export function renderEnd(context: EndContext): TemplateResult {
  const { result, locale, helping, professional } = context;
  const main = outcomeTexts(result.outcome, helping);
  const shown = context.finderFor
    ? result.parallel.find((item) => item.outcome.id === context.finderFor)
    : undefined;
  const title = professional ? 'end.titlePro' : helping ? 'end.titleHelping' : 'end.title';
  const level = context.headingLevel ?? 2;
  return html`<div part="end" class="screen end">
    ${renderHeading(level, undefined, et(locale, title), undefined, true)}
    <div part="outcome" class="outcome" data-level=${result.outcome.level}>
      <p class="level">${levelText(locale, result.outcome.level, professional)}</p>
      <p class="outcome-title">${main.title}</p>
      <p>${main.text}</p>
      ${main.why ? html`<p class="why">${main.why}</p>` : nothing}
    </div>
    ${
      result.parallel.length > 0
        ? html`<section class="parallel" aria-labelledby="end-also">
            ${renderHeading(level + 1, undefined, et(locale, 'end.also'), 'end-also')}
            ${result.parallel.map(({ outcome }) => {
              const texts = outcomeTexts(outcome, helping);
              const showing = context.finderFor === outcome.id;
              return html`<div class="outcome parallel-outcome">
                <p class="outcome-title">${texts.title}</p>
                <p>${texts.text}</p>
                ${texts.why ? html`<p class="why">${texts.why}</p>` : nothing}
                <button
                  type="button"
                  class="secondary"
                  aria-pressed=${showing ? 'true' : 'false'}
                  @click=${() => context.onFinderFor(showing ? '' : outcome.id)}
                >
                  ${pressedMark(showing)}${et(locale, 'end.showPlacesFor')}<span class="visually-hidden"
                    >${et(locale, 'end.buttonSuffix', { name: texts.title })}</span
                  >
                </button>
              </div>`;
            })}
          </section>`
        : nothing
    }
    <section class="places" aria-labelledby="end-places">
      ${renderHeading(
        level + 1,
        undefined,
        shown
          ? et(locale, 'end.placesFor', { title: outcomeTexts(shown.outcome, helping).title })
          : et(locale, helping ? 'end.placesHelping' : 'end.places'),
        'end-places',
      )}
      ${
        shown
          ? html`<button type="button" class="secondary" @click=${() => context.onFinderFor('')}>
              ${et(locale, 'end.showMainPlaces')}
            </button>`
          : nothing
      }
      ${shown ? nothing : renderPrefer(context)}
      ${renderFinder(context, shown?.filters ?? mainFilters(context))}
    </section>
    ${renderAnswers(context)}
    ${
      context.ficheOpen
        ? renderFiche({
            content: ficheContent(context),
            headingLevel: level + 1,
            fields: context.ficheFields,
            onFields: context.onFicheFields,
            onPrint: printFiche,
          })
        : html`<div class="actions">
            <button type="button" class="secondary" @click=${context.onOpenFiche}>
              ${et(locale, 'end.openFiche')}
            </button>
          </div>`
    }
    <div class="actions">
      <button type="button" class="secondary" @click=${context.onRestart}>
        ${et(locale, 'end.restart')}
      </button>
    </div>
  </div>`;
}

/** The main outcome's filters, narrowed to the programmes it puts first when the person asked for it. */
function mainFilters({ result, preferOnly }: EndContext): OrientationFilters {
  return preferOnly && result.prefer.length > 0
    ? { ...result.filters, dispositif_programmes_nationaux: result.prefer }
    : result.filters;
}

/** "À choisir en premier : Conseillers numériques", and a button to show only those places (or all again). */
function renderPrefer(context: EndContext): TemplateResult | typeof nothing {
  const { result, locale, preferOnly } = context;
  if (result.prefer.length === 0) return nothing;
  const names = result.prefer.map(
    (slug) => dispositifProgrammesNationaux.find((item) => item.slug === slug)?.[locale] ?? slug,
  );
  return html`<p class="prefer">${et(locale, 'end.prefer', { names: names.join(', ') })}</p>
    <button
      type="button"
      class="secondary prefer-toggle"
      aria-pressed=${preferOnly ? 'true' : 'false'}
      @click=${() => context.onPreferOnly(!preferOnly)}
    >
      ${pressedMark(preferOnly)}${et(locale, 'end.preferOnly')}<span class="visually-hidden"
        >${et(locale, 'end.buttonSuffix', { name: names.join(', ') })}</span
      >
    </button>`;
}

/**
 * The visible sign of a pressed toggle button (a check mark, with the button filled by its styles): its state
 * is seen, not only heard through `aria-pressed`. Hidden from screen readers, which say "pressed".
 */
function pressedMark(pressed: boolean): TemplateResult | typeof nothing {
  return pressed ? html`<span class="pressed-mark" aria-hidden="true">✓</span>` : nothing;
}

/**
 * `<inclusion-venue-finder>` preset with the filters: list first, its map offered but loaded only on demand;
 * its title one level under the section's heading (an h4 under the h3 by default, its places h5; at most h6),
 * so that the headings after it are not under it.
 */
function renderFinder(context: EndContext, filters: OrientationFilters): TemplateResult {
  const attributes = finderAttributes(filters, context.result.radiusKm);
  const territory = context.territory ? `${context.territory.type}:${context.territory.code}` : undefined;
  const attr = (name: string) => attributes[name] ?? nothing;
  return html`<inclusion-venue-finder
    class="finder"
    .client=${context.client}
    lang=${context.locale}
    view="list"
    map="auto"
    heading-level=${Math.min((context.headingLevel ?? 2) + 2, 6)}
    territory=${territory ?? nothing}
    partner=${context.partner ?? nothing}
    services=${attr('services')}
    dispositif-programmes-nationaux=${attr('dispositif-programmes-nationaux')}
    modalites-accompagnement=${attr('modalites-accompagnement')}
    frais-a-charge=${attr('frais-a-charge')}
    prise-en-charge-specifique=${attr('prise-en-charge-specifique')}
    publics-specifiquement-adresses=${attr('publics-specifiquement-adresses')}
    modalites-acces=${attr('modalites-acces')}
    radius-km=${attr('radius-km')}
    @inclusion-venue-select=${(event: Event) => void choosePlace(context, (event as Event & { id: string }).id)}
  ></inclusion-venue-finder>`;
}

/** Copies the place opened in the finder into the sheet, unless the professional typed another one. */
async function choosePlace(context: EndContext, id: string): Promise<void> {
  if (!context.client || (context.ficheFields.place && !context.ficheFields.placeFromFinder)) return;
  try {
    const lieu = await context.client.getLieu(id);
    const place = [lieu.nom, lieu.adresse, `${lieu.code_postal} ${lieu.commune}`, lieu.telephone]
      .filter(Boolean)
      .join(', ');
    context.onFicheFields({ place, placeFromFinder: true });
  } catch {
    // The sheet's field stays as it is; the professional can type the place.
  }
}

/** The answers shown, each with a button to change it. */
function renderAnswers(context: EndContext): TemplateResult {
  const { locale, helping } = context;
  const items = answerItems(context);
  return html`<section part="answers" class="answers" aria-labelledby="end-answers">
    ${renderHeading(
      (context.headingLevel ?? 2) + 1,
      undefined,
      et(locale, helping ? 'end.answersHelping' : 'end.answers'),
      'end-answers',
    )}
    <p class="hint">${et(locale, 'end.answersIntro')}</p>
    <ol class="answer-list">
      ${items.map(
        ({ question, text, answer, fromQuiz }) =>
          html`<li class="answer-item">
            <p class="answer-question">${text}</p>
            <p class="answer-value">
              ${answer ?? html`<span class="none">${et(locale, 'end.none')}</span>`}
              ${fromQuiz ? html`<span class="from-quiz">(${et(locale, 'end.fromQuiz')})</span>` : nothing}
            </p>
            <button type="button" class="secondary" @click=${() => context.onEdit(question.id)}>
              ${et(locale, 'end.edit')}<span class="visually-hidden"
                >${et(locale, 'end.editSuffix', { question: text })}</span
              >
            </button>
          </li>`,
      )}
    </ol>
  </section>`;
}

/** The questions shown (but the audience in professional mode), each with its text and the answer's. */
function answerItems(context: EndContext): {
  question: OrientationQuestion;
  text: string;
  short: string;
  answer: string | undefined;
  fromQuiz: boolean;
}[] {
  const { orientation, answers, helping, professional } = context;
  const audience = orientation.audience?.question;
  return (visibleQuestions(orientation, answers) as OrientationQuestion[])
    .filter((question) => !(professional && question.id === audience))
    .map((question) => {
      const chosen = question.choices.filter((choice) => answers[question.id]?.includes(choice.id));
      return {
        question,
        text: questionTexts(question, helping, professional).text,
        short: questionTexts(question, helping, true).text,
        answer:
          chosen.length > 0 ? chosen.map((choice) => choiceText(choice, helping)).join(', ') : undefined,
        fromQuiz: context.fromQuiz.has(question.id),
      };
    });
}

function ficheContent(context: EndContext): FicheContent {
  const { result, locale, helping } = context;
  const main = outcomeTexts(result.outcome, helping);
  return {
    locale,
    level: result.outcome.level,
    levelName: et(locale, `levelPro.${result.outcome.level}`),
    title: main.title,
    text: main.text,
    why: main.why,
    also: result.parallel.map(({ outcome }) => outcomeTexts(outcome, helping).title),
    answers: answerItems(context).flatMap(({ short, answer }) =>
      answer ? [{ question: short, answer }] : [],
    ),
    date: new Date(),
  };
}

/** Plain names for the person; the national strategy's for professionals (and in the sheet, above). */
function levelText(locale: Locale, level: 1 | 2 | 3, professional: boolean): string {
  return et(locale, 'end.level', {
    level,
    name: et(locale, `${professional ? 'levelPro' : 'level'}.${level}`),
  });
}

/** Prints the sheet alone: the rest of the widget is hidden while the browser prints. */
function printFiche(event?: Event): void {
  const base = (event?.target as HTMLElement | undefined)?.closest('.base');
  base?.classList.add('printing-fiche');
  const done = () => {
    base?.classList.remove('printing-fiche');
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  window.print();
}

/** Styles of the end screen and the sheet, added to the widget's when they load; with the print stylesheet. */
export const styles = css`
  .outcome {
    display: grid;
    gap: calc(var(--_space) / 4);
    padding: var(--_space);
    border-inline-start: 6px solid var(--_color-primary);
    background: var(--_choice-selected);
  }

  .outcome-title {
    font-size: 1.25em;
    font-weight: 700;
  }

  .level {
    color: var(--_color-muted);
    font-weight: 600;
  }

  .why {
    font-style: italic;
  }

  .parallel,
  .places,
  .answers,
  .fiche {
    display: grid;
    gap: calc(var(--_space) / 2);
  }

  .parallel-outcome {
    border-inline-start-style: dashed;
    justify-items: start;
  }

  .parallel-outcome .outcome-title {
    font-size: 1.125em;
  }

  .places > button {
    justify-self: start;
  }

  .prefer {
    font-weight: 600;
  }

  /* A pressed toggle is filled and checked (not only aria-pressed): "Montrer seulement ces lieux"… */
  button.secondary[aria-pressed='true'] {
    background: var(--_color-primary);
    color: var(--_color-on-primary);
  }

  .answer-list {
    display: grid;
    gap: calc(var(--_space) / 2);
    margin: 0;
    padding-inline-start: 1.5em;
  }

  .answer-item {
    display: grid;
    gap: calc(var(--_space) / 4);
    justify-items: start;
    padding-block-end: calc(var(--_space) / 2);
    border-block-end: 1px solid var(--_color-border);
  }

  .answer-question {
    font-weight: 700;
    overflow-wrap: anywhere;
  }

  .none,
  .from-quiz {
    color: var(--_color-muted);
    font-style: italic;
  }

  .fiche {
    padding: var(--_space);
    border: 2px solid var(--_color-border);
    border-radius: var(--_radius);
  }

  .fiche-form {
    display: grid;
    gap: calc(var(--_space) / 2);
  }

  .field {
    display: grid;
    gap: calc(var(--_space) / 4);
  }

  .field label {
    font-weight: 600;
  }

  .field input,
  .field textarea {
    min-height: 44px;
    padding: calc(var(--_space) / 4) calc(var(--_space) / 2);
    border: 2px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: inherit;
    font: inherit;
  }

  .fiche-sheet {
    padding: var(--_space);
    border: 1px dashed var(--_color-border);
  }

  #fiche-sheet-title {
    margin: 0 0 calc(var(--_space) / 2);
    font-size: 1.125em;
  }

  .fiche-sheet dl {
    display: grid;
    grid-template-columns: minmax(8rem, max-content) 1fr;
    gap: calc(var(--_space) / 4) var(--_space);
    margin: 0;
  }

  .fiche-sheet dt {
    font-weight: 700;
  }

  .fiche-sheet dd {
    margin: 0;
    overflow-wrap: anywhere;
  }

  .fiche-sheet .notes {
    white-space: pre-wrap;
  }

  .fiche-sheet ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }

  a.button {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    padding: calc(var(--_space) / 2) var(--_space);
    border: 2px solid var(--_color-primary);
    border-radius: var(--_radius);
    color: var(--_color-primary);
    font-weight: 600;
  }

  .fiche-actions .hint {
    flex-basis: 100%;
  }

  @container (max-width: 24rem) {
    .fiche-sheet dl {
      grid-template-columns: 1fr;
    }
  }

  @media (forced-colors: active) {
    button.secondary[aria-pressed='true'] {
      background: Highlight;
      color: HighlightText;
    }

    a.button {
      border-color: LinkText;
      color: LinkText;
    }
  }

  @media print {
    .places,
    #fiche-title,
    .parallel button,
    .answers button,
    .answers .hint,
    .fiche-form,
    .fiche > .hint,
    .fiche-actions {
      display: none !important;
    }

    .outcome {
      border-inline-start-color: #000;
      background: none;
    }

    .fiche,
    .fiche-sheet {
      border: 0;
      padding: 0;
    }

    .printing-fiche .end > :not(.fiche) {
      display: none !important;
    }
  }
`;
