import { html, nothing, type CSSResult, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import {
  NetworkError,
  parseQuizSummary,
  visibleQuestions,
  type Locale,
  type OrientationAnswers,
  type OrientationDefinition,
  type OrientationResult,
  type QuizSummary,
  type RequestOptions,
} from '@inclusion-widgets/core';
import {
  InclusionConfigErrorEvent,
  InclusionElement,
  renderConfigError,
  renderHeading,
  type AttributeIssue,
} from '@inclusion-widgets/ui';
import { defaultFlow, orientationRules, type OrientationConfig } from './attributes.js';
import type * as DefinitionModule from './definition.js';
import type { InvalidOrientation, LoadedDefinition } from './definition.js';
import type * as EndModule from './end.js';
import type { FicheFields } from './end.js';
import { InclusionOrientationStepEvent } from './events.js';
import { t } from './orientation.messages.js';
import { hasSavedProgress, readPreview, type OrientationPreview } from './preview.js';
import { orientationStyles } from './orientation.styles.js';
import type * as QuestionModule from './question.js';
import {
  clearProgress,
  defaultStorage,
  readProgress,
  writeProgress,
  type ProgressStorage,
  type SavedProgress,
} from './storage.js';

/** The screens, in the order a person meets them. */
type Screen = 'start' | 'question' | 'end';

/** The options of `getOrientation`, with the language asked for (`?lang=`, which the API understands). */
type OrientationRequest = RequestOptions & {
  readonly lang: Locale;
  readonly preview: (body: unknown) => void;
};

/**
 * An orientation assistant for the three levels of help of the national strategy (urgence numérique, inclusion
 * numérique, montée en compétence). A person, or the professional helping them, answers a few questions, one
 * per screen: who answers, an urgent online procedure first (that path never waits for a skills check),
 * equipment and internet, the goal, skills (from a quiz result on the page when there is one), and optional
 * practical needs. The end screen gives the recommended kind of help and why, a parallel outcome for equipment
 * and internet access when missing, nearby places through an embedded `<inclusion-venue-finder>` preset with the
 * outcome's filters (its map loads only when asked for), every answer with a link to change it, and an
 * orientation sheet (fiche d'orientation) to print or send by e-mail. Nothing is sent to a server, except one
 * anonymous count when the partner turns statistics on. Progress is saved in `localStorage` and offered back.
 *
 * The end screen, the sheet and the venue finder load when the end is reached.
 *
 * @attr api - Base URL of the API (`https://api.example.org`); required (the definition and the places).
 * @attr flow - The id of an orientation served by the API (default `trouver-la-bonne-aide`), in the widget's
 *   language when the API has it.
 * @attr src - Instead of `flow`: the http(s) address of an orientation definition file; it is checked, and a
 *   broken file shows the list of its problems.
 * @attr lang - `fr` (default) or `en`.
 * @attr color - Main colour, `#rrggbb`.
 * @attr config - The id of a configuration saved on the API (the configurator saves them); its attributes apply
 *   where the element has none of its own.
 * @attr partner - The partner's identifier, for its anonymous statistics (also given to the venue finder).
 * @attr stats - Sends one anonymous event when an outcome is reached (the outcome and its level, nothing
 *   else); needs `partner`. Off by default.
 * @attr mode - `citizen` (default) or `professional`: for desk agents and social workers, denser wording, the
 *   questions about "the person", and the orientation sheet open on the end screen.
 * @attr quiz-result - A quiz result as JSON (`{"band":"debutant","areas":[{"framework":"demarches-en-ligne","band":"debutant"}]}`,
 *   the fields of `inclusion-quiz-complete`): its skills questions are then not asked. A result completed by an
 *   `<inclusion-quiz>` on the same page is used too.
 * @attr territory - Restricts the places to a territory (`departement:59`…), passed on to the venue finder.
 * @attr heading-level - Level of the orientation's title, 2 to 6 (default 2: `h2`), to fit under the page's own
 *   headings (under an `h3`, write `4`); the end screen's sections one level below and the venue finder's title
 *   two below, at most `h6`.
 *
 * @fires inclusion-orientation-step - The person moved to a question or to the end; `questionId`, `step`,
 *   `position`, `total`.
 * @fires inclusion-orientation-complete - The person reached the end after answering; `outcome`, `level`,
 *   `filters`, `parallel`, `radiusKm`.
 *
 * @csspart base - The whole widget.
 * @csspart start - The start screen.
 * @csspart question - The question screen.
 * @csspart choice - One answer of a question.
 * @csspart end - The end screen.
 * @csspart outcome - The recommended help.
 * @csspart answers - The answers, with links to change them.
 * @csspart fiche - The orientation sheet (form and printable sheet).
 * @csspart source-error - The list of problems of a `src` definition that is not valid.
 *
 * @cssproperty --inclusion-orientation-choice-selected - Background of a chosen answer (default: a tint of the
 *   main colour).
 */
export class InclusionOrientation extends InclusionElement<typeof orientationRules> {
  static override attributeRules = orientationRules;
  static override requiresClient = true;
  static override styles = orientationStyles;

  /**
   * Where progress is saved: `localStorage` by default; another storage (tests, a host's own), or `null` not to
   * save.
   */
  @property({ attribute: false }) storage: ProgressStorage | null | undefined;

  /**
   * A quiz result (`{ band, areas }`, or an `inclusion-quiz-complete` event), over the `quiz-result` attribute
   * and a quiz completed on the page.
   */
  @property({ attribute: false }) quizResult: QuizSummary | Event | undefined;

  @state() private screen: Screen = 'start';
  @state() private currentId: string | undefined;
  @state() private answers: OrientationAnswers = {};
  /** The questions a quiz result answered (not asked, marked in the answers). */
  @state() private fromQuiz: ReadonlySet<string> = new Set();
  /** The person came to the question from the end screen ("Modifier"): going on leads back to it. */
  @state() private editing = false;
  @state() private missingAnswer = false;
  @state() private saved: SavedProgress | undefined;
  /** A quiz completed on the page (`inclusion-quiz-complete`). */
  @state() private pageQuiz: QuizSummary | undefined;
  /** The start screen's facts while the definition is being checked (none with saved progress or a quiz result). */
  @state() private preview: OrientationPreview | undefined;
  /** "Start" was pressed on the preview: the first question comes as soon as the definition is checked. */
  @state() private startRequested = false;
  @state() private lazyProblem: { error: unknown; retry: () => void } | undefined;
  /** The question screen and the flow (loaded on start), and the end screen (loaded at the end). */
  @state() private flow: typeof QuestionModule | undefined;
  @state() private end: typeof EndModule | undefined;
  /** Whose places the finder shows: the main outcome's, or a parallel outcome's id. */
  @state() private finderFor = '';
  @state() private preferOnly = false;
  @state() private ficheOpen = false;
  @state() private ficheFields: FicheFields = {};

  /** The questions shown when the person left the end screen to change an answer. */
  /** Loading a `src` definition, and the panel of its problems. */
  private definitionModule: typeof DefinitionModule | undefined;
  private shownAtEdit: ReadonlySet<string> = new Set();
  private focusHeadingAfterUpdate = false;
  private focusChoiceAfterUpdate = false;
  private reportedSource = '';
  private reportedInvalid: InvalidOrientation | undefined;

  /** The definition: from the API (`flow`, by default the shipped one) or from an address (`src`, checked). */
  private readonly definition = new Task(this, {
    args: () => [this.activeClient, this.config?.flow, this.config?.src, this.locale] as const,
    task: async ([client, flow, src, locale], { signal }): Promise<LoadedDefinition | undefined> => {
      this.preview = undefined;
      this.startRequested = false;
      if (src && !flow) {
        this.definitionModule ??= await import('./definition.js');
        return this.definitionModule.loadDefinition(src, signal);
      }
      if (src || !client) return undefined;
      const id = flow ?? defaultFlow;
      const professional = this.professional;
      const preview = (body: unknown) => {
        const facts = readPreview(body, professional);
        if (!facts || signal.aborted || this.quizSummary) return;
        if (!hasSavedProgress(this.progressStorage, facts, professional)) this.preview = facts;
      };
      const options: OrientationRequest = { signal, lang: locale, preview };
      const orientation = await client.getOrientation(id, options);
      return { kind: 'orientation', orientation, base: document.baseURI };
    },
    onComplete: (loaded) => this.prepare(loaded),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.ownerDocument.addEventListener('inclusion-quiz-complete', this.handleQuizComplete);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.ownerDocument.removeEventListener('inclusion-quiz-complete', this.handleQuizComplete);
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    this.reportSourceIssues();
    if (this.focusHeadingAfterUpdate) {
      this.focusHeadingAfterUpdate = false;
      this.renderRoot.querySelector<HTMLElement>('[data-heading]')?.focus();
    }
    if (this.focusChoiceAfterUpdate) {
      this.focusChoiceAfterUpdate = false;
      this.renderRoot.querySelector<HTMLElement>('.choice input')?.focus();
    }
  }

  /** The definition shown, once loaded and valid. */
  private get orientation(): OrientationDefinition | undefined {
    const loaded = this.definition.value;
    return loaded?.kind === 'orientation' ? loaded.orientation : undefined;
  }

  /** The language of the definition's texts (the API may serve another than asked): the widget speaks it too. */
  private get textLocale(): Locale {
    return this.orientation?.locale ?? this.preview?.locale ?? this.locale;
  }

  private get professional(): boolean {
    return this.config?.mode === 'professional';
  }

  /** The quiz result to use: the property, else the attribute, else one completed on the page. */
  private get quizSummary(): QuizSummary | undefined {
    return parseQuizSummary(this.quizResult) ?? this.config?.quizResult ?? this.pageQuiz;
  }

  /** The questions not asked: the audience in professional mode, and those a quiz result answered. */
  private get skipped(): ReadonlySet<string> {
    const audience = this.orientation?.audience?.question;
    return new Set([...this.fromQuiz, ...(this.professional && audience ? [audience] : [])]);
  }

  private get progressStorage(): ProgressStorage | undefined {
    return this.storage === null ? undefined : (this.storage ?? defaultStorage());
  }

  protected override renderContent(config: OrientationConfig): unknown {
    if (config.flow && config.src) {
      return renderConfigError(this.sourceIssues(config, this.locale), this.locale);
    }
    return html`<section part="base" class="base" lang=${this.textLocale}>
      <p class="visually-hidden" role="status">${this.statusText()}</p>
      ${
        this.lazyProblem
          ? this.renderProblem(this.lazyProblem.error, this.lazyProblem.retry)
          : this.definition.render({
              // The start screen from the preview while the definition is checked; else "Loading".
              pending: () =>
                this.preview
                  ? this.renderStart(this.preview)
                  : html`<p class="loading">${t(this.locale, 'loading')}</p>`,
              error: (error) => this.renderProblem(error, () => void this.definition.run()),
              complete: (loaded) => this.renderLoaded(loaded),
            })
      }
    </section>`;
  }

  private renderLoaded(loaded: LoadedDefinition | undefined): unknown {
    if (!loaded) return nothing;
    if (loaded.kind === 'invalid') return this.definitionModule?.renderInvalid(loaded, this.locale);
    const orientation = loaded.orientation;
    switch (this.screen) {
      case 'start':
        return this.renderStart({
          title: orientation.title,
          description: orientation.description,
          questions: visibleQuestions(orientation, {}).filter((question) => !this.skipped.has(question.id))
            .length,
        });
      case 'question': {
        const question = orientation.questions.find((item) => item.id === this.currentId);
        return question ? this.renderQuestion(orientation, question, loaded.base) : nothing;
      }
      case 'end':
        return this.renderEnd(orientation);
    }
  }

  /** The start screen, from the checked definition or from its preview (the same template: no flash). */
  private renderStart(
    orientation: Pick<OrientationPreview, 'title' | 'description' | 'questions'>,
  ): TemplateResult {
    const locale = this.textLocale;
    const saved = this.saved;
    const pro = this.professional;
    const count = Math.max(orientation.questions, 1);
    const facts = pro
      ? [t(locale, 'pro.start.intro', { count }), t(locale, 'pro.start.private')]
      : [
          t(locale, 'start.questions', { count }),
          t(locale, 'start.noTimer'),
          t(locale, this.statsEnabled() ? 'start.privateStats' : 'start.private'),
        ];
    if (this.quizSummary) facts.push(t(locale, 'start.quiz'));
    return html`<div part="start" class="screen start">
      ${renderHeading(this.config?.headingLevel, undefined, orientation.title, undefined, true)}
      ${orientation.description && !pro ? html`<p class="description">${orientation.description}</p>` : nothing}
      <ul class="facts">
        ${facts.map((fact) => html`<li>${fact}</li>`)}
      </ul>
      ${
        saved
          ? html`<div class="resume">
              <p>${t(locale, saved.screen === 'end' ? 'resume.finished' : 'resume.started')}</p>
              <div class="actions">
                <button type="button" class="secondary" @click=${this.handleRestart}>
                  ${t(locale, 'resume.restart')}
                </button>
                <button type="button" class="primary" @click=${this.handleResume}>
                  ${t(locale, saved.screen === 'end' ? 'resume.seeEnd' : 'resume.continue')}
                </button>
              </div>
            </div>`
          : html`<div class="actions">
                <button
                  type="button"
                  class="primary"
                  aria-disabled=${this.startRequested ? 'true' : 'false'}
                  @click=${this.handleStart}
                >
                  ${t(locale, 'start.begin')}
                </button>
              </div>
              ${this.startRequested ? html`<p class="loading">${t(locale, 'loading')}</p>` : nothing}`
      }
    </div>`;
  }

  private renderQuestion(
    orientation: OrientationDefinition,
    question: OrientationDefinition['questions'][number],
    base: string,
  ): unknown {
    return this.flow?.renderQuestion({
      orientation,
      question,
      answers: this.answers,
      skipped: this.skipped,
      professional: this.professional,
      editing: this.editing,
      missingAnswer: this.missingAnswer,
      locale: this.textLocale,
      headingLevel: this.config?.headingLevel,
      base,
      onChoice: this.handleChoice,
      onNext: this.handleNext,
      onBack: this.handleBack,
      host: this,
    });
  }

  private renderEnd(orientation: OrientationDefinition): unknown {
    const end = this.end;
    const flow = this.flow;
    if (!end || !flow) return nothing;
    const result: OrientationResult = end.chooseOutcome(orientation, this.answers);
    return end.renderEnd({
      orientation,
      answers: this.answers,
      fromQuiz: this.fromQuiz,
      result,
      locale: this.textLocale,
      helping: flow.isHelping(orientation, this.answers, this.professional),
      professional: this.professional,
      client: this.activeClient,
      territory: this.config?.territory,
      partner: this.config?.partner,
      headingLevel: this.config?.headingLevel,
      finderFor: this.finderFor,
      preferOnly: this.preferOnly,
      ficheOpen: this.ficheOpen || this.professional,
      ficheFields: this.ficheFields,
      skipped: this.skipped,
      onFinderFor: (id) => (this.finderFor = id),
      onPreferOnly: (only) => (this.preferOnly = only),
      onEdit: (id) => this.editQuestion(id),
      onRestart: () => this.restart(),
      onOpenFiche: () => (this.ficheOpen = true),
      onFicheFields: (fields) => (this.ficheFields = { ...this.ficheFields, ...fields }),
    });
  }

  /** What the polite live region says: the progress on a question screen, else nothing. */
  private statusText(): string {
    const orientation = this.orientation;
    if (!orientation || !this.flow || this.screen !== 'question' || !this.currentId) return '';
    return this.flow.progressText(orientation, this.answers, this.currentId, this.skipped, this.textLocale);
  }

  private sourceIssues(config: OrientationConfig, locale: Locale): AttributeIssue[] {
    return config.flow && config.src
      ? [{ attribute: 'src', value: this.getAttribute('src'), reason: t(locale, 'config.bothSources') }]
      : [];
  }

  /** Logs and announces `flow` with `src`, and an invalid `src` definition, as the base class does. */
  private reportSourceIssues(): void {
    const config = this.config;
    const issues = config ? this.sourceIssues(config, 'en') : [];
    const signature = JSON.stringify(issues.map(({ attribute, value }) => [attribute, value]));
    if (signature !== this.reportedSource) {
      this.reportedSource = signature;
      for (const { attribute, value, reason } of issues)
        this.logger.warn(`attribute ${attribute}="${value}": ${reason}`);
      if (config && issues.length > 0) {
        this.dispatchEvent(new InclusionConfigErrorEvent(this.sourceIssues(config, this.locale)));
      }
    }
    const loaded = this.definition.value;
    if (loaded?.kind === 'invalid' && loaded !== this.reportedInvalid) {
      this.reportedInvalid = loaded;
      const lines = loaded.notJson
        ? ['the file is not valid JSON']
        : loaded.problems.map((problem) => `${problem.path}: ${problem.message}`);
      this.logger.warn(`the orientation at ${loaded.url} is not valid:\n${lines.join('\n')}`);
      // A broken file is a mistake in `src`: the page hears of it as of any other attribute's.
      const reason = this.definitionModule?.invalidReason(loaded, this.locale) ?? lines.join('; ');
      this.dispatchEvent(
        new InclusionConfigErrorEvent([{ attribute: 'src', value: this.getAttribute('src'), reason }]),
      );
    }
  }

  private statsEnabled(): boolean {
    return Boolean(this.config?.stats && this.config.partner && this.activeClient);
  }

  /** A new definition: back to its start screen, with the progress saved for it, if any. */
  private prepare(loaded: LoadedDefinition | undefined): void {
    this.screen = 'start';
    this.currentId = undefined;
    this.answers = {};
    this.fromQuiz = new Set();
    this.editing = false;
    this.missingAnswer = false;
    this.lazyProblem = undefined;
    this.finderFor = '';
    this.preferOnly = false;
    this.saved =
      loaded?.kind === 'orientation'
        ? readProgress(this.progressStorage, loaded.orientation, this.professional)
        : undefined;
    const started = this.startRequested;
    this.preview = undefined;
    this.startRequested = false;
    if (started && loaded?.kind === 'orientation') void this.startAt(loaded.orientation);
  }

  /** Answers given without asking: the audience in professional mode, and the skills a quiz result gives. */
  private presetAnswers(orientation: OrientationDefinition, answers: OrientationAnswers): OrientationAnswers {
    const flow = this.flow;
    if (!flow) return answers;
    const preset: Record<string, readonly string[]> = { ...answers };
    const audience = orientation.audience;
    if (this.professional && audience) preset[audience.question] = [audience.helping];
    const summary = this.quizSummary;
    if (summary) {
      const fromQuiz = new Set(this.fromQuiz);
      for (const [id, choice] of Object.entries(flow.answersFromQuiz(orientation, summary))) {
        // A skills answer the person gave themselves wins over the quiz's.
        if (preset[id] && !this.fromQuiz.has(id)) continue;
        preset[id] = choice;
        fromQuiz.add(id);
      }
      this.fromQuiz = fromQuiz;
    }
    return flow.effectiveAnswers(orientation, preset);
  }

  private save(): void {
    const orientation = this.orientation;
    if (!orientation || this.screen === 'start') return;
    writeProgress(
      this.progressStorage,
      orientation,
      {
        answers: this.answers,
        fromQuiz: [...this.fromQuiz],
        screen: this.screen,
        question: this.screen === 'question' ? this.currentId : undefined,
      },
      this.professional,
    );
  }

  /** Shows a question (or the end) and puts the focus on its heading; tells the page where the person is. */
  private show(screen: Screen, questionId?: string): void {
    this.screen = screen;
    this.currentId = questionId;
    this.missingAnswer = false;
    this.focusHeadingAfterUpdate = true;
    this.save();
    const orientation = this.orientation;
    if (!orientation || !this.flow || screen === 'start') return;
    const progress = questionId
      ? this.flow.orientationProgress(orientation, this.answers, questionId, this.skipped)
      : undefined;
    const asked = visibleQuestions(orientation, this.answers).filter((item) => !this.skipped.has(item.id));
    this.dispatchEvent(
      new InclusionOrientationStepEvent({
        orientationId: orientation.id,
        questionId: questionId ?? null,
        step: progress?.step?.id ?? null,
        position: progress?.position ?? asked.length + 1,
        total: progress?.total ?? asked.length,
      }),
    );
  }

  private async startAt(orientation: OrientationDefinition): Promise<void> {
    if (!(await this.loadFlow(() => void this.startAt(orientation)))) return;
    this.editing = false;
    this.answers = this.presetAnswers(orientation, this.answers);
    const first = this.flow?.nextOrientationQuestion(orientation, this.answers, { skip: this.skipped });
    if (first) this.show('question', first.id);
    else void this.goToEnd(true);
  }

  private restart(): void {
    const orientation = this.orientation;
    if (!orientation) return;
    clearProgress(this.progressStorage, orientation, this.professional);
    this.saved = undefined;
    this.answers = {};
    this.fromQuiz = new Set();
    this.finderFor = '';
    this.preferOnly = false;
    this.ficheOpen = false;
    this.ficheFields = {};
    void this.startAt(orientation);
  }

  private editQuestion(id: string): void {
    const orientation = this.orientation;
    if (!orientation) return;
    this.shownAtEdit = new Set(visibleQuestions(orientation, this.answers).map((question) => question.id));
    this.editing = true;
    this.show('question', id);
  }

  /** Loads a screen's code once (and its styles into the shadow root); on failure offers to try again. */
  private async load<M extends { styles: CSSResult }>(
    loader: () => Promise<M>,
    retry: () => void,
  ): Promise<M | undefined> {
    try {
      const module = await loader();
      const root = this.renderRoot;
      const sheet = module.styles.styleSheet;
      if (root instanceof ShadowRoot && sheet && !root.adoptedStyleSheets.includes(sheet)) {
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      }
      return module;
    } catch (cause) {
      if (this.isConnected) {
        this.lazyProblem = { error: new NetworkError({ url: import.meta.url, cause }), retry };
      }
      return undefined;
    }
  }

  /** Loads the question screen and the flow once; `false` when it failed (a retry is offered). */
  private async loadFlow(retry: () => void): Promise<boolean> {
    this.lazyProblem = undefined;
    this.flow ??= await this.load(() => import('./question.js'), retry);
    return this.flow !== undefined && this.isConnected;
  }

  /**
   * Shows the end screen (its code, the sheet's and the venue finder's load then). `completed` (the person has
   * just answered) also tells the page and, with statistics on, the API; reopening a saved end does neither.
   */
  private async goToEnd(completed: boolean): Promise<void> {
    const orientation = this.orientation;
    if (!orientation || !(await this.loadFlow(() => void this.goToEnd(completed)))) return;
    this.end ??= await this.load(
      async () =>
        (await Promise.all([import('./end.js'), import('@inclusion-widgets/venue-finder/define.js')]))[0],
      () => void this.goToEnd(completed),
    );
    if (!this.end || !this.isConnected) return;
    this.editing = false;
    this.show('end');
    if (!completed) return;
    const { stats, partner } = this.config ?? {};
    this.end.announceOutcome(this, orientation, this.answers, stats, partner, this.activeClient, this.logger);
  }

  private readonly handleQuizComplete = (event: Event): void => {
    const summary = parseQuizSummary(event);
    if (!summary) return;
    this.pageQuiz = summary;
    // Skills not answered yet are taken from the quiz now; the start screen mentions it.
    const orientation = this.orientation;
    if (orientation && this.screen !== 'start') {
      this.answers = this.presetAnswers(orientation, this.answers);
      this.save();
    }
  };

  private readonly handleStart = (): void => {
    const orientation = this.orientation;
    // On the preview: the first question as soon as the definition is checked (see `prepare`).
    if (!orientation) {
      this.startRequested = this.preview !== undefined;
      return;
    }
    this.answers = {};
    this.fromQuiz = new Set();
    void this.startAt(orientation);
  };

  private readonly handleResume = async (): Promise<void> => {
    const orientation = this.orientation;
    const saved = this.saved;
    if (!orientation || !saved || !(await this.loadFlow(() => void this.handleResume()))) return;
    this.answers = saved.answers;
    this.fromQuiz = new Set(saved.fromQuiz);
    this.saved = undefined;
    if (saved.screen === 'end') {
      void this.goToEnd(false);
      return;
    }
    this.answers = this.presetAnswers(orientation, this.answers);
    const visible = visibleQuestions(orientation, this.answers).filter((item) => !this.skipped.has(item.id));
    const at =
      visible.find((question) => question.id === saved.question) ??
      visible.find((question) => !this.answers[question.id]);
    if (at) this.show('question', at.id);
    else void this.goToEnd(true);
  };

  private readonly handleRestart = (): void => this.restart();

  private readonly handleChoice = (event: Event): void => {
    const orientation = this.orientation;
    const question = orientation?.questions.find((item) => item.id === this.currentId);
    const input = event.target as HTMLInputElement;
    if (!orientation || !question) return;
    const current = this.answers[question.id] ?? [];
    const next = !question.multiple
      ? [input.value]
      : input.checked
        ? [...current, input.value]
        : current.filter((id) => id !== input.value);
    this.missingAnswer = false;
    if (this.fromQuiz.has(question.id)) {
      // The person's own answer now: no longer the quiz's.
      this.fromQuiz = new Set([...this.fromQuiz].filter((id) => id !== question.id));
    }
    this.answers = this.flow?.effectiveAnswers(orientation, { ...this.answers, [question.id]: next }) ?? {};
    this.save();
  };

  private readonly handleNext = (event: SubmitEvent): void => {
    event.preventDefault();
    const orientation = this.orientation;
    const question = orientation?.questions.find((item) => item.id === this.currentId);
    if (!orientation || !question) return;
    if (question.essential && !this.answers[question.id]) {
      this.missingAnswer = true;
      this.focusChoiceAfterUpdate = true;
      return;
    }
    // Coming from the end screen, only the questions this change has brought up are asked before going back.
    const skip = this.editing ? new Set([...this.skipped, ...this.shownAtEdit]) : this.skipped;
    const next = this.flow?.nextOrientationQuestion(orientation, this.answers, { after: question.id, skip });
    if (next) this.show('question', next.id);
    else void this.goToEnd(true);
  };

  private readonly handleBack = (): void => {
    const orientation = this.orientation;
    const question = orientation?.questions.find((item) => item.id === this.currentId);
    if (!orientation || !question) return;
    if (this.editing) {
      void this.goToEnd(false);
      return;
    }
    const asked = visibleQuestions(orientation, this.answers).filter((item) => !this.skipped.has(item.id));
    const previous = asked[asked.findIndex((item) => item.id === question.id) - 1];
    if (previous) this.show('question', previous.id);
    else {
      this.show('start');
      this.saved = readProgress(this.progressStorage, orientation, this.professional);
    }
  };
}
