import { html, nothing, type CSSResult, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { Task } from '@lit/task';
import {
  effectiveAnswers,
  NetworkError,
  visibleQuestions,
  type InclusionApi,
  type Locale,
  type Question,
  type QuizAnswers,
  type QuizDefinition,
  type QuizResult,
} from '@inclusion-widgets/core';
import {
  InclusionConfigErrorEvent,
  InclusionElement,
  renderConfigError,
  renderHeading,
  type AttributeIssue,
} from '@inclusion-widgets/ui';
import type { Glossary } from '@inclusion-widgets/ui/glossary.js';
import { quizRules, type QuizConfig } from './attributes.js';
import type { InvalidQuiz, LoadedDefinition } from './definition.js';
import { hasSavedProgress, readPreview, type QuizPreview } from './preview.js';
import { t } from './quiz.messages.js';
import { quizStyles } from './quiz.styles.js';
import type * as ResultModule from './result.js';
import type * as ReviewModule from './review.js';
import type * as SpeechModule from './speech.js';
import {
  clearProgress,
  defaultStorage,
  readProgress,
  writeProgress,
  type ProgressStorage,
  type SavedProgress,
} from './storage.js';

/** What the start screen says of a quiz: from its checked definition, or from its preview. */
type StartFacts = Pick<QuizPreview, 'title' | 'description' | 'questions' | 'minutes'>;

function startFacts(quiz: StartFacts | QuizDefinition): StartFacts {
  return {
    title: quiz.title,
    description: quiz.description,
    questions: typeof quiz.questions === 'number' ? quiz.questions : quiz.questions.length,
    minutes: quiz.minutes,
  };
}

/** The screens of the quiz, in the order a person meets them. */
type Screen = 'start' | 'question' | 'review' | 'result';

/** Whether the browser can read text aloud. */
function speechSupported(): boolean {
  const scope = window as { speechSynthesis?: { speak?: unknown }; SpeechSynthesisUtterance?: unknown };
  return (
    typeof scope.speechSynthesis?.speak === 'function' && typeof scope.SpeechSynthesisUtterance === 'function'
  );
}

/** The address an API quiz's relative image paths resolve against: its own URL when the client has a base. */
function apiQuizBase(client: InclusionApi, id: string): string {
  const baseUrl = (client as { baseUrl?: unknown }).baseUrl;
  return typeof baseUrl === 'string' ? `${baseUrl}/v1/quiz/${encodeURIComponent(id)}` : document.baseURI;
}

/**
 * An untimed self-assessment of digital skills: a start screen (how long, no timer, answers kept in this
 * browser), one question per screen (progress announced, back, skip unless the question is essential, read
 * aloud where the browser can), a review of every answer, then the result: a sentence for the level, the result
 * per area as a chart and a table, what the person already knows and can learn next, and where to find help.
 * Progress is saved in `localStorage` after each answer and offered back on return.
 *
 * The review and the result (scoring, chart) load when reached; reading aloud when first asked for; the glossary
 * (the unavoidable terms of a question — mot de passe, FranceConnect… — as buttons that open a plain-language
 * definition under them; an answer's terms in a « Mots expliqués » line after the answers) with the first question.
 *
 * @attr api - Base URL of the API (`https://api.example.org`); required with `quiz`.
 * @attr quiz - The id of a quiz served by the API (`competences-numeriques`), in the widget's language when the
 *   API has it.
 * @attr src - Instead of `quiz`: the http(s) address of a quiz definition file; it is checked, and a broken file
 *   shows the list of its problems.
 * @attr lang - `fr` (default) or `en`.
 * @attr color - Main colour, `#rrggbb`.
 * @attr config - The id of a configuration saved on the API (the configurator saves them); its attributes apply
 *   where the element has none of its own.
 * @attr partner - The partner's identifier, for its anonymous statistics.
 * @attr stats - Sends one anonymous event when a quiz is completed (the level and the weakest areas, nothing
 *   else); needs `partner` and the API. Off by default.
 * @attr next - Where the result sends the person: a page address (the result's services added as
 *   `lieux-services=`), or `#` and the id of an `<inclusion-venue-finder>` or `<inclusion-orientation>` on the
 *   page, which gets the result's `services` and the focus.
 * @attr heading-level - Level of the quiz's title, 2 to 6 (default 2: `h2`), to fit under the page's own
 *   headings (under an `h3`, write `4`); the result's sections one level below, at most `h6`.
 *
 * @fires inclusion-quiz-complete - The person asked for their result; `quizId`, `level`, `band`, `services`,
 *   `areas`.
 *
 * @csspart base - The whole widget.
 * @csspart start - The start screen.
 * @csspart question - The question screen.
 * @csspart choice - One answer of a question.
 * @csspart review - The review of the answers.
 * @csspart result - The result screen.
 * @csspart chart - The result per area (chart and table).
 * @csspart source-error - The list of problems of a `src` definition that is not valid.
 *
 * @cssproperty --inclusion-quiz-choice-selected - Background of a chosen answer (default: a tint of the main
 *   colour).
 */
export class InclusionQuiz extends InclusionElement<typeof quizRules> {
  static override attributeRules = quizRules;
  static override styles = quizStyles;

  /**
   * Where progress is saved: `localStorage` by default; another storage (tests, a host's own), or `null` not to
   * save.
   */
  @property({ attribute: false }) storage: ProgressStorage | null | undefined;

  @state() private screen: Screen = 'start';
  /** The question shown on the question screen. */
  @state() private currentId: string | undefined;
  @state() private answers: QuizAnswers = {};
  /** The person came to the question from the review ("Modifier"): going on leads back to it. */
  @state() private editing = false;
  /** An essential question was left without an answer. */
  @state() private missingAnswer = false;
  /** Progress found on arrival, offered back on the start screen. */
  @state() private saved: SavedProgress | undefined;
  @state() private result: QuizResult | undefined;
  @state() private speaking = false;
  /** A screen's code failed to load: what to show, and how to try again. */
  /** The start screen's facts while the definition is being checked (none when progress is saved). */
  @state() private preview: QuizPreview | undefined;
  /** "Start" was pressed on the preview: the first question shows as soon as the definition is checked. */
  @state() private startRequested = false;
  @state() private lazyProblem: { error: unknown; retry: () => void } | undefined;
  @state() private review: typeof ReviewModule | undefined;
  @state() private resultModule: typeof ResultModule | undefined;
  /** The glossary's terms in the question's texts, loaded with the first question. */
  @state() private glossary: Glossary | undefined;

  private speech: typeof SpeechModule | undefined;
  /** The questions shown when the person left the review to change an answer. */
  private shownAtReview: ReadonlySet<string> = new Set();
  private focusHeadingAfterUpdate = false;
  private focusChoiceAfterUpdate = false;
  private reportedSource = '';
  private reportedInvalid: InvalidQuiz | undefined;

  /** The definition: from the API (`quiz`) or from an address (`src`, checked), in the widget's language. */
  private readonly definition = new Task(this, {
    args: () => [this.activeClient, this.config?.quiz, this.config?.src, this.locale] as const,
    task: async ([client, id, src, locale], { signal }): Promise<LoadedDefinition | undefined> => {
      this.preview = undefined;
      this.startRequested = false;
      if (src && !id) return (await import('./definition.js')).loadDefinition(src, signal);
      if (id && !src && client) {
        const preview = (body: unknown) => {
          const facts = readPreview(body);
          if (facts && !signal.aborted && !hasSavedProgress(this.progressStorage, facts))
            this.preview = facts;
        };
        const quiz = await client.getQuiz(id, { signal, lang: locale, preview });
        return { kind: 'quiz', quiz, base: apiQuizBase(client, id) };
      }
      return undefined;
    },
    onComplete: (loaded) => this.prepare(loaded),
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopSpeaking();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Private states are not keys of `this` for TypeScript, hence the wider map.
    const keys = changed as Map<PropertyKey, unknown>;
    if ((keys.has('currentId') || keys.has('screen')) && this.speaking) this.stopSpeaking();
  }

  protected override updated(changed: PropertyValues<this>): void {
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

  /** The quiz shown, once loaded and valid. */
  private get quiz(): QuizDefinition | undefined {
    const loaded = this.definition.value;
    return loaded?.kind === 'quiz' ? loaded.quiz : undefined;
  }

  /** The language of the quiz's texts (the API may serve another than asked): the widget speaks it too. */
  private get quizLocale(): Locale {
    return this.quiz?.locale ?? this.preview?.locale ?? this.locale;
  }

  /** Where progress is saved, `undefined` when nowhere. */
  private get progressStorage(): ProgressStorage | undefined {
    return this.storage === null ? undefined : (this.storage ?? defaultStorage());
  }

  protected override renderContent(config: QuizConfig): unknown {
    const issues = this.sourceIssues(config);
    if (issues.length > 0) return renderConfigError(issues, this.locale);
    return html`<section part="base" class="base" lang=${this.quizLocale}>
      <p class="visually-hidden" role="status">${this.statusText()}</p>
      ${
        this.lazyProblem
          ? this.renderProblem(this.lazyProblem.error, this.lazyProblem.retry)
          : this.definition.render({
              // The start screen from the preview, while the definition is checked; else "Loading".
              pending: () =>
                this.preview && !this.lazyProblem
                  ? this.renderStart(startFacts(this.preview))
                  : html`<p class="loading">${t(this.locale, 'loading')}</p>`,
              error: (error) => this.renderProblem(error, () => void this.definition.run()),
              complete: (loaded) => this.renderLoaded(loaded),
            })
      }
    </section>`;
  }

  private renderLoaded(loaded: LoadedDefinition | undefined): unknown {
    if (!loaded) return nothing;
    if (loaded.kind === 'invalid') return loaded.render(this.locale);
    const quiz = loaded.quiz;
    switch (this.screen) {
      case 'start':
        return this.renderStart(startFacts(quiz));
      case 'question': {
        const question = quiz.questions.find((item) => item.id === this.currentId);
        return question ? this.renderQuestion(quiz, question, loaded.base) : nothing;
      }
      case 'review':
        return this.review?.renderReview({
          quiz,
          answers: this.answers,
          locale: this.quizLocale,
          headingLevel: this.config?.headingLevel,
          onEdit: (id) => this.editQuestion(id),
          onBack: () => this.backFromReview(quiz),
          onFinish: () => void this.finish(),
        });
      case 'result':
        return this.result
          ? this.resultModule?.renderResult({
              host: this,
              quiz,
              result: this.result,
              locale: this.quizLocale,
              next: this.config?.next,
              headingLevel: this.config?.headingLevel,
              logger: this.logger,
              onRestart: () => this.restart(),
            })
          : nothing;
    }
  }

  /** The start screen, from the checked definition or from its preview (the same template: no flash). */
  private renderStart(quiz: StartFacts): TemplateResult {
    const locale = this.quizLocale;
    const saved = this.saved;
    const withStats = this.statsEnabled();
    return html`<div part="start" class="screen start">
      ${renderHeading(this.config?.headingLevel, undefined, quiz.title, undefined, true)}
      ${quiz.description ? html`<p class="description">${quiz.description}</p>` : nothing}
      <ul class="facts">
        <li>${t(locale, 'start.questions', { count: quiz.questions })}</li>
        ${quiz.minutes ? html`<li>${t(locale, 'start.minutes', { count: quiz.minutes })}</li>` : nothing}
        <li>${t(locale, 'start.noTimer')}</li>
        <li>${t(locale, withStats ? 'start.privateStats' : 'start.private')}</li>
      </ul>
      ${
        saved
          ? html`<div class="resume">
              <p>
                ${
                  saved.screen === 'result'
                    ? t(locale, 'resume.finished')
                    : t(locale, 'resume.started', { count: Object.keys(saved.answers).length })
                }
              </p>
              <div class="actions">
                <button type="button" class="secondary" @click=${this.handleRestart}>
                  ${t(locale, 'resume.restart')}
                </button>
                <button type="button" class="primary" @click=${this.handleResume}>
                  ${t(locale, saved.screen === 'result' ? 'resume.seeResult' : 'resume.continue')}
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

  private renderQuestion(quiz: QuizDefinition, question: Question, base: string): TemplateResult {
    const locale = this.quizLocale;
    const { position, total } = this.progressOf(quiz, question);
    const answer = this.answers[question.id] ?? [];
    const answered = answer.length > 0;
    const described = [
      question.help ? 'question-help' : '',
      question.multiple ? 'question-multiple' : '',
      question.essential ? 'question-required' : '',
      this.missingAnswer ? 'question-error' : '',
    ].filter(Boolean);
    const image = question.image;
    const imageSrc = image ? this.imageSource(image.src, base) : undefined;
    const nextLabel =
      answered || question.essential ? t(locale, 'question.next') : t(locale, 'question.skip');
    // Terms of the answers are explained after them: a button may not go inside their label.
    const [text, help, more] = this.glossary?.render(
      locale,
      [question.text, question.help],
      question.choices.map((choice) => choice.text),
    ) ?? [question.text, question.help];
    return html`<div part="question" class="screen question">
      <p class="progress" aria-hidden="true">${t(locale, 'question.progress', { position, total })}</p>
      <svg class="progress-bar" aria-hidden="true" focusable="false">
        <rect class="track" x="0.5" y="0.5" width="99%" height="7" rx="3"></rect>
        <rect
          class="done"
          x="0"
          y="0"
          width="${Math.round((position / total) * 100)}%"
          height="8"
          rx="3"
        ></rect>
      </svg>
      <form novalidate @submit=${this.handleNext}>
        <fieldset aria-describedby=${described.length > 0 ? described.join(' ') : nothing}>
          <legend>${renderHeading(this.config?.headingLevel, undefined, text, undefined, true)}</legend>
          ${question.help ? html`<p id="question-help" class="help">${help}</p>` : nothing}
          ${
            question.multiple
              ? html`<p id="question-multiple" class="hint">${t(locale, 'question.multiple')}</p>`
              : nothing
          }
          ${
            question.essential
              ? html`<p id="question-required" class="hint">${t(locale, 'question.required')}</p>`
              : nothing
          }
          ${
            image && imageSrc
              ? html`<img class="image" src=${imageSrc} alt=${image.alt} />`
              : image
                ? html`<p class="help">${image.alt}</p>`
                : nothing
          }
          <div class="choices">
            ${question.choices.map(
              (choice) =>
                html`<label part="choice" class="choice">
                  <input
                    type=${question.multiple ? 'checkbox' : 'radio'}
                    name=${question.id}
                    .value=${choice.id}
                    .checked=${live(answer.includes(choice.id))}
                    @change=${this.handleChoice}
                  />
                  <span>${choice.text}</span>
                </label>`,
            )}
          </div>
          ${more}
          ${
            this.missingAnswer
              ? html`<p id="question-error" class="error" role="alert">${t(locale, 'question.missing')}</p>`
              : nothing
          }
        </fieldset>
        ${
          speechSupported()
            ? html`<button type="button" class="secondary listen" @click=${this.handleListen}>
                ${t(locale, this.speaking ? 'question.stopListening' : 'question.listen')}
              </button>`
            : nothing
        }
        <div class="actions">
          <button type="button" class="secondary" @click=${this.handleBack}>
            ${t(locale, this.editing ? 'question.backToReview' : 'question.back')}
          </button>
          <button type="submit" class="primary">${nextLabel}</button>
        </div>
      </form>
    </div>`;
  }

  /** What the polite live region says: the progress on a question screen, else nothing. */
  private statusText(): string {
    const quiz = this.quiz;
    const question = quiz?.questions.find((item) => item.id === this.currentId);
    if (!quiz || this.screen !== 'question' || !question) return '';
    return t(this.quizLocale, 'question.progress', this.progressOf(quiz, question));
  }

  private progressOf(quiz: QuizDefinition, question: Question): { position: number; total: number } {
    const visible = visibleQuestions(quiz, this.answers);
    return { position: visible.indexOf(question) + 1, total: visible.length };
  }

  /** An image's address resolved against the definition's, when it is http(s). */
  private imageSource(src: string, base: string): string | undefined {
    try {
      const url = new URL(src, base);
      return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
    } catch {
      return undefined;
    }
  }

  /** The problems of `quiz`, `src` and `api` together, which the attribute rules cannot see one by one. */
  private sourceIssues(config: QuizConfig): AttributeIssue[] {
    return this.sourceIssuesIn(config, this.locale);
  }

  private sourceIssuesIn(config: QuizConfig, locale: Locale): AttributeIssue[] {
    if (config.quiz && config.src) {
      return [{ attribute: 'src', value: this.getAttribute('src'), reason: t(locale, 'config.bothSources') }];
    }
    if (!config.quiz && !config.src) {
      return [{ attribute: 'quiz', value: null, reason: t(locale, 'config.source') }];
    }
    if (config.quiz && !this.activeClient) {
      return [{ attribute: 'api', value: this.api ?? null, reason: t(locale, 'config.api') }];
    }
    return [];
  }

  /** Logs and announces problems of `quiz`, `src` and `api` as the base class does for each attribute. */
  private reportSourceIssues(): void {
    const config = this.config;
    const issues = config ? this.sourceIssuesIn(config, 'en') : [];
    const signature = JSON.stringify(issues.map(({ attribute, value }) => [attribute, value]));
    if (signature !== this.reportedSource) {
      this.reportedSource = signature;
      for (const { attribute, value, reason } of issues) {
        const written =
          value === null ? `attribute "${attribute}" is missing` : `attribute ${attribute}="${value}"`;
        this.logger.warn(`${written}: ${reason}`);
      }
      if (config && issues.length > 0) {
        this.dispatchEvent(new InclusionConfigErrorEvent(this.sourceIssues(config)));
      }
    }
    const loaded = this.definition.value;
    if (loaded?.kind === 'invalid' && loaded !== this.reportedInvalid) {
      this.reportedInvalid = loaded;
      loaded.report(this, this.logger, this.locale);
    }
  }

  private statsEnabled(): boolean {
    return Boolean(this.config?.stats && this.config.partner && this.activeClient);
  }

  /** A new definition: back to its start screen, with the progress saved for it, if any. */
  private prepare(loaded: LoadedDefinition | undefined): void {
    this.stopSpeaking();
    this.screen = 'start';
    this.currentId = undefined;
    this.answers = {};
    this.editing = false;
    this.missingAnswer = false;
    this.result = undefined;
    this.lazyProblem = undefined;
    this.saved = loaded?.kind === 'quiz' ? readProgress(this.progressStorage, loaded.quiz) : undefined;
    const started = this.startRequested;
    this.preview = undefined;
    this.startRequested = false;
    if (started && loaded?.kind === 'quiz') this.startAt(loaded.quiz);
  }

  private setAnswers(quiz: QuizDefinition, answers: QuizAnswers): void {
    // Answers to questions hidden since are forgotten, as the definition format says.
    this.answers = effectiveAnswers(quiz, answers);
    this.save();
  }

  private save(): void {
    const quiz = this.quiz;
    if (!quiz || this.screen === 'start') return;
    writeProgress(this.progressStorage, quiz, {
      answers: this.answers,
      screen: this.screen,
      question: this.screen === 'question' ? this.currentId : undefined,
    });
  }

  /** Shows a question (or a screen) and puts the focus on its heading. */
  private show(screen: Screen, questionId?: string): void {
    this.screen = screen;
    this.currentId = questionId;
    this.missingAnswer = false;
    this.focusHeadingAfterUpdate = true;
    this.save();
    if (screen === 'question')
      import('@inclusion-widgets/ui/glossary.js').then(
        (module) => (this.glossary = module.glossaryFor(this)),
        () => undefined,
      );
  }

  private startAt(quiz: QuizDefinition): void {
    this.editing = false;
    this.show('question', visibleQuestions(quiz, this.answers)[0]?.id);
  }

  private restart(): void {
    const quiz = this.quiz;
    if (!quiz) return;
    clearProgress(this.progressStorage, quiz);
    this.saved = undefined;
    this.result = undefined;
    this.answers = {};
    this.startAt(quiz);
  }

  private editQuestion(id: string): void {
    const quiz = this.quiz;
    if (!quiz) return;
    this.shownAtReview = new Set(visibleQuestions(quiz, this.answers).map((question) => question.id));
    this.editing = true;
    this.show('question', id);
  }

  private backFromReview(quiz: QuizDefinition): void {
    this.editing = false;
    const visible = visibleQuestions(quiz, this.answers);
    this.show('question', visible[visible.length - 1]?.id);
  }

  /** Loads a screen's code once (and its styles into the shadow root); on failure offers to try again. */
  private async load<M extends { styles: CSSResult }>(
    loader: () => Promise<M>,
    retry: () => void,
  ): Promise<M | undefined> {
    try {
      const module = await loader();
      this.adopt(module.styles);
      return module;
    } catch (cause) {
      if (this.isConnected) {
        this.lazyProblem = { error: new NetworkError({ url: import.meta.url, cause }), retry };
      }
      return undefined;
    }
  }

  /** Adds a lazily loaded screen's styles to the shadow root, once. */
  private adopt(styles: CSSResult): void {
    const root = this.renderRoot;
    const sheet = styles.styleSheet;
    if (root instanceof ShadowRoot && sheet && !root.adoptedStyleSheets.includes(sheet)) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    }
  }

  private async goToReview(): Promise<void> {
    this.lazyProblem = undefined;
    this.review ??= await this.load(
      () => import('./review.js'),
      () => void this.goToReview(),
    );
    if (!this.review || !this.isConnected) return;
    this.editing = false;
    this.show('review');
  }

  /**
   * Scores the answers and shows the result. `completed` (the person asked for it after the review) also tells
   * the page and, when the partner turned statistics on, the API; reopening a saved result does neither.
   */
  private async showResult(completed: boolean): Promise<void> {
    const quiz = this.quiz;
    if (!quiz) return;
    this.lazyProblem = undefined;
    this.resultModule ??= await this.load(
      () => import('./result.js'),
      () => void this.showResult(completed),
    );
    if (!this.resultModule || !this.isConnected) return;
    const result = this.resultModule.scoreQuiz(quiz, this.answers);
    this.result = result;
    this.editing = false;
    this.show('result');
    if (!completed) return;
    const { stats, partner } = this.config ?? {};
    this.resultModule.announceResult(this, result, stats, partner, this.activeClient, this.logger);
  }

  /** From the review: to the first essential question left without an answer, else to the result. */
  private async finish(): Promise<void> {
    const quiz = this.quiz;
    if (!quiz) return;
    const missing = visibleQuestions(quiz, this.answers).find(
      (question) => question.essential && !this.answers[question.id],
    );
    if (missing) {
      this.editQuestion(missing.id);
      this.missingAnswer = true;
      return;
    }
    await this.showResult(true);
  }

  private stopSpeaking(): void {
    if (this.speaking) this.speech?.stop();
    this.speaking = false;
  }

  private readonly handleStart = (): void => {
    const quiz = this.quiz;
    // On the preview: the first question as soon as the definition is checked (see `prepare`).
    if (!quiz) {
      this.startRequested = this.preview !== undefined;
      return;
    }
    this.answers = {};
    this.startAt(quiz);
  };

  private readonly handleResume = (): void => {
    const quiz = this.quiz;
    const saved = this.saved;
    if (!quiz || !saved) return;
    this.answers = saved.answers;
    this.saved = undefined;
    if (saved.screen === 'result') {
      void this.showResult(false);
      return;
    }
    if (saved.screen === 'review') {
      void this.goToReview();
      return;
    }
    const visible = visibleQuestions(quiz, this.answers);
    const at =
      visible.find((question) => question.id === saved.question) ??
      visible.find((question) => !this.answers[question.id]);
    if (at) this.show('question', at.id);
    else void this.goToReview();
  };

  private readonly handleRestart = (): void => this.restart();

  private readonly handleChoice = (event: Event): void => {
    const quiz = this.quiz;
    const question = quiz?.questions.find((item) => item.id === this.currentId);
    const input = event.target as HTMLInputElement;
    if (!quiz || !question) return;
    const current = this.answers[question.id] ?? [];
    let next: readonly string[];
    if (!question.multiple) next = [input.value];
    else if (!input.checked) next = current.filter((id) => id !== input.value);
    else {
      // "I don't know" goes alone: picking it clears the others, picking another clears it.
      const dontKnow = new Set(
        question.choices.filter((choice) => choice.dontKnow).map((choice) => choice.id),
      );
      next = dontKnow.has(input.value)
        ? [input.value]
        : [...current.filter((id) => !dontKnow.has(id)), input.value];
    }
    this.missingAnswer = false;
    this.setAnswers(quiz, { ...this.answers, [question.id]: next });
  };

  private readonly handleNext = (event: SubmitEvent): void => {
    event.preventDefault();
    const quiz = this.quiz;
    const question = quiz?.questions.find((item) => item.id === this.currentId);
    if (!quiz || !question) return;
    if (question.essential && !this.answers[question.id]) {
      this.missingAnswer = true;
      this.focusChoiceAfterUpdate = true;
      return;
    }
    const visible = visibleQuestions(quiz, this.answers);
    const after = visible.slice(visible.indexOf(question) + 1);
    // Coming from the review, only the questions this change has brought up are asked before going back to it.
    const next = this.editing ? after.find((item) => !this.shownAtReview.has(item.id)) : after[0];
    if (next) this.show('question', next.id);
    else void this.goToReview();
  };

  private readonly handleBack = (): void => {
    const quiz = this.quiz;
    const question = quiz?.questions.find((item) => item.id === this.currentId);
    if (!quiz || !question) return;
    if (this.editing) {
      void this.goToReview();
      return;
    }
    const visible = visibleQuestions(quiz, this.answers);
    const previous = visible[visible.indexOf(question) - 1];
    if (previous) this.show('question', previous.id);
    else {
      this.show('start');
      this.saved = readProgress(this.progressStorage, quiz);
    }
  };

  private readonly handleListen = async (): Promise<void> => {
    if (this.speaking) {
      this.stopSpeaking();
      return;
    }
    const quiz = this.quiz;
    const question = quiz?.questions.find((item) => item.id === this.currentId);
    if (!quiz || !question) return;
    const locale = this.quizLocale;
    const { position, total } = this.progressOf(quiz, question);
    const text = [
      t(locale, 'question.progress', { position, total }),
      question.text,
      question.help,
      question.image?.alt,
      t(locale, 'question.choicesIntro'),
      ...question.choices.map((choice) => choice.text),
    ]
      .filter(Boolean)
      .join('\n');
    try {
      this.speech ??= await import('./speech.js');
    } catch (error) {
      this.logger.warn('reading aloud could not be loaded:', error);
      return;
    }
    if (!this.isConnected || this.currentId !== question.id) return;
    this.speaking = true;
    this.speech.speak(text, locale, () => {
      if (this.currentId === question.id) this.speaking = false;
    });
  };
}
