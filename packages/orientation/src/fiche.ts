/**
 * The orientation sheet (fiche d'orientation) of `<inclusion-orientation>`: a small form (all optional), the
 * sheet as it prints, and its text for an e-mail prepared in the person's own mail program. Nothing is sent to
 * a server and nothing of it is saved in the browser. Loaded with the end screen.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Locale } from '@inclusion-widgets/core';
import { renderHeading } from '@inclusion-widgets/ui';
import { et } from './end.messages.js';

/** What the professional writes on the sheet; every field is optional. */
export interface FicheFields {
  readonly beneficiary?: string;
  readonly notes?: string;
  readonly referrer?: string;
  readonly structure?: string;
  /** The place chosen: typed, or copied from the place opened in the venue finder. */
  readonly place?: string;
  /** Whether `place` was copied from the venue finder (a later place opened replaces it). */
  readonly placeFromFinder?: boolean;
  /** Who the e-mail goes to. */
  readonly to?: string;
}

/** What the sheet says besides the fields: the help suggested, why, and the key answers. */
export interface FicheContent {
  readonly locale: Locale;
  readonly level: number;
  readonly levelName: string;
  readonly title: string;
  readonly text: string;
  readonly why: string | undefined;
  /** The titles of the parallel outcomes. */
  readonly also: readonly string[];
  /** Each question asked, in short, with the answer. */
  readonly answers: readonly { readonly question: string; readonly answer: string }[];
  /** The date printed on the sheet. */
  readonly date: Date;
}

type FieldName = 'beneficiary' | 'notes' | 'referrer' | 'structure' | 'place' | 'to';

/** Lines of the sheet, as plain text: the e-mail's body. */
export function ficheText(content: FicheContent, fields: FicheFields): string {
  const { locale } = content;
  const empty = et(locale, 'fiche.empty');
  const by = [fields.referrer, fields.structure].filter((item) => item?.trim()).join(', ');
  const lines = [
    et(locale, 'fiche.title'),
    `${et(locale, 'fiche.date')} : ${formatDate(content.date, locale)}`,
    `${et(locale, 'fiche.person')} : ${fields.beneficiary?.trim() || empty}`,
    '',
    `${et(locale, 'fiche.help')} : ${content.title} (${et(locale, 'end.level', { level: content.level, name: content.levelName })})`,
    content.text,
    ...(content.why ? [`${et(locale, 'fiche.why')} : ${content.why}`] : []),
    ...(content.also.length > 0 ? [`${et(locale, 'fiche.also')} : ${content.also.join(' ; ')}`] : []),
    '',
    `${et(locale, 'fiche.place')} : ${fields.place?.trim() || empty}`,
    `${et(locale, 'fiche.notes')} : ${fields.notes?.trim() || empty}`,
    `${et(locale, 'fiche.by')} : ${by || empty}`,
    '',
    `${et(locale, 'fiche.keyAnswers')} :`,
    ...content.answers.map(({ question, answer }) => `- ${question} ${answer}`),
  ];
  // The French colon takes a space before it; English none.
  return (locale === 'en' ? lines.map((line) => line.replace(/ : /, ': ')) : lines).join('\n');
}

/**
 * A `mailto:` address with the sheet as subject and body, for the person's own mail program: nothing goes
 * through a server. A recipient that is not an e-mail address is left out.
 *
 * @example
 * ficheMailto(content, { to: 'accueil@mairie.fr' }); // 'mailto:accueil@mairie.fr?subject=…&body=…'
 */
export function ficheMailto(content: FicheContent, fields: FicheFields): string {
  const to = fields.to?.trim() ?? '';
  const recipient = /^[^\s@,;?&]+@[^\s@,;?&]+\.[^\s@,;?&]+$/.test(to)
    ? encodeURIComponent(to).replace('%40', '@')
    : '';
  const subject = encodeURIComponent(et(content.locale, 'fiche.subject', { title: content.title }));
  const body = encodeURIComponent(ficheText(content, fields).replace(/\n/g, '\r\n'));
  return `mailto:${recipient}?subject=${subject}&body=${body}`;
}

/**
 * The sheet: the form, the sheet as it prints (only it prints after "Imprimer la fiche"), print and e-mail.
 *
 * @example
 * html`${renderFiche({ content, fields, onFields, onPrint })}`;
 */
export function renderFiche(context: {
  readonly content: FicheContent;
  /** The level of the sheet's heading (the end screen's sections'); the sheet as it prints one below. */
  readonly headingLevel?: number;
  readonly fields: FicheFields;
  readonly onFields: (fields: Partial<FicheFields>) => void;
  readonly onPrint: (event: Event) => void;
}): TemplateResult {
  const { content, fields } = context;
  const { locale } = content;
  const empty = et(locale, 'fiche.empty');
  const input = (
    name: FieldName,
    label: string,
    options: { type?: 'text' | 'email'; hint?: string; autocomplete?: 'name' | 'organization' } = {},
  ) => {
    const id = `fiche-${name}`;
    return html`<div class="field">
      <label for=${id}>${label}</label>
      ${options.hint ? html`<p id=${`${id}-hint`} class="hint">${options.hint}</p>` : nothing}
      <input
        id=${id}
        name=${name}
        type=${options.type ?? 'text'}
        autocomplete=${options.autocomplete ?? 'off'}
        aria-describedby=${options.hint ? `${id}-hint` : nothing}
        .value=${live(fields[name] ?? '')}
        @input=${(event: Event) =>
          context.onFields({
            [name]: (event.target as HTMLInputElement).value,
            ...(name === 'place' ? { placeFromFinder: false } : {}),
          })}
      />
    </div>`;
  };
  const by = [fields.referrer, fields.structure].filter((item) => item?.trim()).join(', ');
  return html`<section part="fiche" class="fiche" aria-labelledby="fiche-title">
    ${renderHeading(context.headingLevel ?? 3, undefined, et(locale, 'fiche.title'), 'fiche-title')}
    <p class="hint">${et(locale, 'fiche.intro')}</p>
    <form class="fiche-form" novalidate @submit=${(event: Event) => event.preventDefault()}>
      ${input('beneficiary', et(locale, 'fiche.beneficiary'))}
      <div class="field">
        <label for="fiche-notes">${et(locale, 'fiche.notes')}</label>
        <textarea
          id="fiche-notes"
          name="notes"
          rows="3"
          .value=${live(fields.notes ?? '')}
          @input=${(event: Event) => context.onFields({ notes: (event.target as HTMLTextAreaElement).value })}
        ></textarea>
      </div>
      ${
        // The professional's own name and organisation: their purpose is given, so that the browser can fill
        // them in (RGAA 11.13, WCAG 1.3.5). The other fields are about someone else, or free text.
        input('referrer', et(locale, 'fiche.referrer'), { autocomplete: 'name' })
      }
      ${input('structure', et(locale, 'fiche.structure'), { autocomplete: 'organization' })}
      ${input('place', et(locale, 'fiche.place'), { hint: et(locale, 'fiche.placeHint') })}
      ${input('to', et(locale, 'fiche.to'), { type: 'email' })}
    </form>
    <article class="fiche-sheet" aria-labelledby="fiche-sheet-title">
      ${renderHeading((context.headingLevel ?? 3) + 1, undefined, et(locale, 'fiche.title'), 'fiche-sheet-title')}
      <dl>
        <dt>${et(locale, 'fiche.date')}</dt>
        <dd>${formatDate(content.date, locale)}</dd>
        <dt>${et(locale, 'fiche.person')}</dt>
        <dd>${fields.beneficiary?.trim() || empty}</dd>
        <dt>${et(locale, 'fiche.help')}</dt>
        <dd>
          <strong>${content.title}</strong>
          (${et(locale, 'end.level', { level: content.level, name: content.levelName })}). ${content.text}
        </dd>
        ${
          content.why
            ? html`<dt>${et(locale, 'fiche.why')}</dt>
                <dd>${content.why}</dd>`
            : nothing
        }
        ${
          content.also.length > 0
            ? html`<dt>${et(locale, 'fiche.also')}</dt>
                <dd>${content.also.join(' ; ')}</dd>`
            : nothing
        }
        <dt>${et(locale, 'fiche.place')}</dt>
        <dd>${fields.place?.trim() || empty}</dd>
        <dt>${et(locale, 'fiche.notes')}</dt>
        <dd class="notes">${fields.notes?.trim() || empty}</dd>
        <dt>${et(locale, 'fiche.by')}</dt>
        <dd>${by || empty}</dd>
        <dt>${et(locale, 'fiche.keyAnswers')}</dt>
        <dd>
          <ul>
            ${content.answers.map(({ question, answer }) => html`<li>${question} <strong>${answer}</strong></li>`)}
          </ul>
        </dd>
      </dl>
    </article>
    <div class="actions fiche-actions">
      <button type="button" class="secondary" @click=${context.onPrint}>${et(locale, 'fiche.print')}</button>
      <a class="button secondary" href=${ficheMailto(content, fields)} aria-describedby="fiche-send-hint"
        >${et(locale, 'fiche.send')}</a
      >
      <p id="fiche-send-hint" class="hint">${et(locale, 'fiche.sendHint')}</p>
    </div>
  </section>`;
}

function formatDate(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(date);
}
