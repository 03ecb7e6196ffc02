/**
 * The glossary: plain-language definitions of the unavoidable terms of citizen-facing texts (FranceConnect, mot de
 * passe, pièce jointe…), found in plain text and shown in a small popover under the word (placed with
 * `@floating-ui/dom`). Widgets import it lazily (`import('@inclusion-widgets/ui/glossary.js')`) when a screen with
 * text shows, never on a first screen: floating-ui comes with it.
 */
import {
  css,
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { localeReady, type Locale } from '@inclusion-widgets/core';
import { gt } from './glossary.messages.js';
import { PopoverController } from './popover-controller.js';

/**
 * The terms of the glossary, with what finds them in a text of each language (a regular expression source,
 * case-insensitive; a space stands for any run of spaces; no capturing group). Longer forms come first in an
 * alternation ("adresse e-mail" before "e-mail"). Elisions need nothing: « l’identifiant » has a word boundary
 * after the apostrophe.
 */
export const glossaryTerms = {
  franceconnect: { fr: 'france\\s*connect', en: 'france\\s*connect' },
  'mot-de-passe': { fr: 'mots? de passe', en: 'passwords?' },
  identifiant: { fr: 'identifiants?', en: 'usernames?|user names?|login names?' },
  'piece-jointe': {
    fr: 'pièces? jointes?|documents? joints?',
    en: 'attachments?|attached (?:documents?|files?)',
  },
  'e-mail': {
    fr: 'adresses? (?:e-?mail|électronique|mail)s?|e-?mails?|courriels?',
    en: 'e-?mail address(?:es)?|e-?mails?',
  },
  navigateur: { fr: 'navigateurs?(?: internet| web)?', en: '(?:web )?browsers?' },
  lien: { fr: 'liens?', en: 'links?' },
  application: { fr: 'applications?|applis?', en: 'apps?|applications?' },
  telecharger: { fr: 'télécharg\\p{L}*', en: 'download\\p{L}*' },
  acceslibre: { fr: 'acceslibre', en: 'acceslibre' },
  'france-services': { fr: 'france services', en: 'france services' },
  'aidants-connect': { fr: 'aidants? connect', en: 'aidants? connect' },
  'conseiller-numerique': {
    fr: 'conseill(?:er|ère)s? numériques?|médiat(?:eur|rice)s? numériques?',
    en: 'digital (?:advis[eo]rs?|mediators?)',
  },
  siret: { fr: 'siret', en: 'siret' },
  rna: { fr: 'rna', en: 'rna' },
  insee: { fr: 'codes? insee|insee', en: 'insee codes?|insee' },
  gps: { fr: '(?:coordonnées )?gps', en: 'gps(?: coordinates)?' },
  openstreetmap: { fr: 'openstreetmap', en: 'openstreetmap' },
  sms: { fr: 'sms|textos?', en: 'sms|text messages?' },
  pdf: { fr: 'pdf', en: 'pdf' },
  smartphone: { fr: 'smartphones?', en: 'smartphones?' },
  'mise-a-jour': { fr: 'mises? à jour', en: 'updates?' },
  box: { fr: 'box(?: internet)?', en: 'routers?' },
  fibre: { fr: 'fibre(?: optique)?', en: 'fibre|fiber' },
  forfait: { fr: 'forfaits?', en: "(?:phone|mobile)(?:’s|'s)?(?: data)? plans?|data plans?" },
  'reseau-social': { fr: 'réseaux? sociaux|réseau social', en: 'social (?:media|networks?)' },
  justificatif: {
    fr: 'justificatifs?(?: de domicile)?',
    en: 'proofs? of (?:address|identity)|supporting documents?',
  },
  attestation: { fr: 'attestations?', en: 'certificates?' },
  demarche: { fr: 'démarches?(?: en ligne)?', en: '(?:online )?procedures?' },
  caf: { fr: 'caf', en: 'caf' },
  ameli: { fr: 'ameli', en: 'ameli' },
  expediteur: { fr: 'expéditeurs?|expéditrices?', en: 'senders?' },
  hameconnage: { fr: 'hameçonnage|phishing', en: 'phishing' },
  fichier: { fr: 'fichiers?', en: 'files?' },
  // Not « prendre en compte », « se rendre compte », « tenir compte ».
  compte: { fr: '(?<!(?:en|rend\\p{L}*|tien\\p{L}*|tenir) )comptes?', en: 'accounts?' },
  wifi: { fr: 'wi-?fi', en: 'wi-?fi' },
} as const satisfies Record<string, Readonly<Record<Locale, string>>>;

/** A term of the glossary (`'mot-de-passe'`). */
export type GlossaryTerm = keyof typeof glossaryTerms;

/** A part of a text: plain text, or a term of the glossary as written in the text. */
export type GlossaryPart = string | { readonly term: GlossaryTerm; readonly text: string };

const termIds = Object.keys(glossaryTerms) as GlossaryTerm[];
// Not inside a word, an e-mail address or a web address (« ameli.fr », « nom@caf.fr »); a sentence's full stop
// after a term is fine.
const before = '(?<![\\p{L}\\p{M}\\p{N}_@./-])';
const after = '(?![\\p{L}\\p{M}\\p{N}_@-]|\\.[\\p{L}\\p{N}])';
const finders = new Map<Locale, RegExp>();

function finder(locale: Locale): RegExp {
  let regexp = finders.get(locale);
  if (!regexp) {
    const terms = termIds.map((id) => `(${glossaryTerms[id][locale].replace(/ /g, '\\s+')})`);
    regexp = new RegExp(`${before}(?:${terms.join('|')})${after}`, 'giu');
    finders.set(locale, regexp);
  }
  return regexp;
}

/**
 * Splits a plain text into text and terms of the glossary: the first occurrence of each term becomes a term part
 * (whole words, any case, plurals and elisions); a term already in `seen` stays text, and each term found is added
 * to it, so that one `seen` shared by the texts of a screen explains each term once. Text stays text: nothing is
 * ever read as HTML.
 *
 * @example
 * splitTerms('Avez-vous oublié votre mot de passe ?', 'fr');
 * // ['Avez-vous oublié votre ', { term: 'mot-de-passe', text: 'mot de passe' }, ' ?']
 */
export function splitTerms(
  text: string,
  locale: Locale,
  seen: Set<GlossaryTerm> = new Set(),
): GlossaryPart[] {
  const parts: GlossaryPart[] = [];
  const regexp = finder(locale);
  regexp.lastIndex = 0;
  let start = 0;
  for (let match = regexp.exec(text); match; match = regexp.exec(text)) {
    const term = termIds[match.slice(1).findIndex((group) => group !== undefined)];
    if (!term || seen.has(term)) continue;
    seen.add(term);
    if (match.index > start) parts.push(text.slice(start, match.index));
    parts.push({ term, text: match[0] });
    start = match.index + match[0].length;
  }
  if (start < text.length) parts.push(text.slice(start));
  return parts;
}

/**
 * The definition of a term, plain text, in `locale` (French until the English definitions are loaded, see
 * `localeReady`).
 *
 * @example
 * glossaryDefinition('sms', 'fr'); // 'Un SMS est un court message écrit, envoyé d’un téléphone à un autre. …'
 */
export function glossaryDefinition(term: GlossaryTerm, locale: Locale): string {
  return gt(locale, term);
}

/** Styles of the terms and of their panel, added once to the shadow root of the widget that shows them. */
export const glossaryStyles = css`
  .glossary-term {
    display: inline-block;
    min-width: 24px;
    min-height: 24px;
    max-width: 100%;
    margin: 0;
    padding: 0 1px;
    border: 0;
    border-radius: 2px;
    background: none;
    color: var(--_color-primary);
    font: inherit;
    text-align: start;
    text-decoration: underline dotted 2px;
    text-underline-offset: 0.2em;
    overflow-wrap: anywhere;
    cursor: pointer;
  }

  .glossary-term:hover,
  .glossary-term[aria-expanded='true'] {
    text-decoration-style: solid;
  }

  /* A popover over the text below (WCAG 1.4.13: shown on demand, dismissable), placed by floating-ui under its
     term (over it when there is no room below), never wider than the viewport (the --popover-available-*
     properties that the size middleware sets). Fixed from the viewport: no offset parent inside the shadow roots
     to get wrong. In the DOM right after its term, for the reading order. */
  .glossary-panel {
    position: fixed;
    inset-block-start: 0;
    inset-inline-start: 0;
    z-index: 10;
    display: block;
    box-sizing: border-box;
    width: max-content;
    max-width: min(40ch, var(--popover-available-width, calc(100vw - 16px)));
    max-height: max(6em, var(--popover-available-height, 100vh));
    overflow-y: auto;
    margin: 0;
    padding: calc(var(--_space) / 2) var(--_space);
    border: 2px solid var(--_color-primary);
    border-inline-start-width: 6px;
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-text);
    font-size: var(--_font-size);
    font-weight: 400;
    font-style: normal;
    line-height: 1.5;
    text-align: start;
    text-transform: none;
    overflow-wrap: anywhere;
    box-shadow: 0 2px 8px rgb(0 0 0 / 25%);
  }

  .glossary-panel[hidden] {
    display: none !important;
  }

  .glossary-more .glossary-term {
    margin-inline-end: 0.5em;
  }

  @media (forced-colors: active) {
    .glossary-term {
      color: LinkText;
    }

    .glossary-panel {
      border-color: CanvasText;
    }
  }

  @media print {
    .glossary-panel {
      display: none !important;
    }
  }
`;

/** Where a host gets its glossary: one per element. */
const glossaries = new WeakMap<HTMLElement, Glossary>();

/**
 * The glossary of one element (created the first time): the host renders texts through it.
 *
 * @example
 * import('@inclusion-widgets/ui/glossary.js').then((module) => (this.glossary = module.glossaryFor(this)));
 */
export function glossaryFor(host: ReactiveControllerHost & HTMLElement): Glossary {
  let glossary = glossaries.get(host);
  if (!glossary) {
    glossary = new Glossary(host);
    glossaries.set(host, glossary);
  }
  return glossary;
}

/**
 * Turns the terms of a screen's texts into buttons that open their definition, for one element.
 *
 * The pattern (a disclosure, or "toggletip"): the term is a `<button type="button" aria-expanded aria-controls>`
 * drawn as a dotted-underlined word; a press (click, Enter, Space; never hover) opens its definition, right after
 * it in the reading order, and on screen a popover under the word (a `PopoverController` over floating-ui: below,
 * over it when there is no room below, inside the viewport; it follows its word when the text grows or is spaced
 * out). It overlays the text below it (`data-overlay`): nothing moves. The focus stays on the term. Escape (focus
 * back on the term), a second press on the term or a press elsewhere closes it, and so does a new screen. One term
 * is open at a time.
 */
export class Glossary implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly popover: PopoverController;
  private openTerm: GlossaryTerm | undefined;
  /** The text the open term was in when it opened: a new text (a new screen) closes it. */
  private openText: string | undefined;
  /** The terms rendered by the update under way, with the text each is in. */
  private readonly rendered = new Map<GlossaryTerm, string>();

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    host.addController(this);
    this.popover = new PopoverController(host, {
      anchor: () => this.button(),
      floating: () => this.panel(),
      placement: 'bottom-start',
      offset: 4,
      everyFrame: true,
      onOpenChange: (open) => {
        if (!open) {
          this.openTerm = undefined;
          this.openText = undefined;
        }
      },
    });
    this.adoptStyles();
  }

  /** The term whose definition is open, if any. */
  get open(): GlossaryTerm | undefined {
    return this.openTerm;
  }

  hostConnected(): void {
    this.adoptStyles();
  }

  hostUpdate(): void {
    this.rendered.clear();
  }

  hostUpdated(): void {
    if (!this.openTerm) return;
    const text = this.rendered.get(this.openTerm);
    if (text === undefined) {
      // The screen changed and the term is gone: nothing of it is rendered, no new update is needed.
      this.popover.hide({ render: false });
    } else if (this.openText !== undefined && text !== this.openText) {
      // A new screen with the same term: it closes, in an update of its own (Lit warns about an update requested
      // from inside an update).
      const term = this.openTerm;
      void this.host.updateComplete.then(() => {
        if (this.openTerm === term) this.close();
      });
    }
  }

  /**
   * Renders the texts of one screen, each term explained once: the first occurrence of each term in `texts`
   * becomes a button; then, last, a "Mots expliqués :" line with a button for each term found only in `others`
   * (texts where a button may not go, such as the labels of answers), or `nothing`.
   *
   * @example
   * const [text, help, more] = glossary.render('fr', [question.text, question.help], answers);
   */
  render(locale: Locale, texts: readonly (string | undefined)[], others: readonly string[] = []): unknown[] {
    // English definitions are imported on demand: French shows until they are there.
    void localeReady(locale)?.then(() => this.host.requestUpdate());
    const seen = new Set<GlossaryTerm>();
    const rendered = texts.map((text) =>
      text === undefined
        ? undefined
        : splitTerms(text, locale, seen).map((part) => this.renderPart(part, locale, text)),
    );
    const extra = others.flatMap((text) =>
      splitTerms(text, locale, seen)
        .filter((part): part is Exclude<GlossaryPart, string> => typeof part !== 'string')
        .map((part) => ({ ...part, in: text })),
    );
    return [
      ...rendered,
      extra.length === 0
        ? nothing
        : html`<p class="glossary-more" data-print="no">
            ${gt(locale, 'more')} ${extra.map((part) => this.renderPart(part, locale, part.in))}
          </p>`,
    ];
  }

  /**
   * A term as a button, followed by its definition: empty and hidden until opened, so that a closed text reads
   * (and its `textContent` is) as written. `context`, the whole text the term is in: when it changes (a new
   * screen), an open definition closes.
   */
  renderTerm(term: GlossaryTerm, text: string, locale: Locale, context: string = text): TemplateResult {
    const open = this.openTerm === term;
    this.rendered.set(term, context);
    const id = `glossary-${term}`;
    // No white space inside the button or around the definition: the text reads exactly as written.
    // prettier-ignore
    return html`<button type="button" class="glossary-term" data-term=${term} aria-expanded=${open ? 'true' : 'false'} aria-controls=${id} @click=${() => this.toggle(term)}>${text}</button><span id=${id} class="glossary-panel" data-overlay ?hidden=${!open}>${open ? gt(locale, term) : nothing}</span>`;
  }

  /** Opens the definition of `term` (closing any other), or closes it when it is open. */
  toggle(term: GlossaryTerm): void {
    const again = this.openTerm === term;
    this.popover.hide();
    if (again) return;
    this.openTerm = term;
    this.openText = this.rendered.get(term);
    void this.popover.show();
  }

  /** Closes the open definition, if any. */
  close(): void {
    this.popover.hide();
  }

  private renderPart(part: GlossaryPart, locale: Locale, context: string): unknown {
    return typeof part === 'string' ? part : this.renderTerm(part.term, part.text, locale, context);
  }

  private panel(): HTMLElement | null | undefined {
    return this.openTerm ? this.host.shadowRoot?.getElementById(`glossary-${this.openTerm}`) : undefined;
  }

  private button(): HTMLElement | null | undefined {
    const term = this.openTerm;
    return term
      ? this.host.shadowRoot?.querySelector<HTMLElement>(`.glossary-term[data-term="${term}"]`)
      : undefined;
  }

  /** Adds the glossary's styles to the host's shadow root (once it has one), once. */
  private adoptStyles(): void {
    const root = this.host.shadowRoot;
    const sheet = glossaryStyles.styleSheet;
    if (root && sheet && !root.adoptedStyleSheets.includes(sheet)) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    }
  }
}
