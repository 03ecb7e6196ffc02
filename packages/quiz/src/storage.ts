import { effectiveAnswers, type QuizAnswers, type QuizDefinition } from '@inclusion-widgets/core';

/** Where a person was when the progress was saved. */
export type SavedScreen = 'question' | 'review' | 'result';

/** A person's progress in one quiz, kept in their browser only. */
export interface SavedProgress {
  /** Their answers so far (effective answers: only questions shown, only choices of the question). */
  readonly answers: QuizAnswers;
  /** The screen they were on. */
  readonly screen: SavedScreen;
  /** The question they were on, when `screen` is `question`. */
  readonly question?: string | undefined;
}

/** What the quiz needs of a storage: `localStorage`, or anything with the same three methods (tests). */
export type ProgressStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The format of what is stored, raised if it ever changes (older data is then ignored). */
const format = 1;

/**
 * The key of a quiz's progress: one per quiz, version and language, so that a changed quiz or another language
 * never reads answers given to other questions.
 *
 * @example
 * progressKey(quiz); // 'inclusion-quiz:competences-numeriques:1:fr'
 */
export function progressKey(quiz: Pick<QuizDefinition, 'id' | 'version' | 'locale'>): string {
  return `inclusion-quiz:${quiz.id}:${quiz.version}:${quiz.locale}`;
}

/**
 * The page's `localStorage`, or `undefined` where it cannot be used (storage disabled, a sandboxed frame): the
 * quiz then works without saving.
 */
export function defaultStorage(): ProgressStorage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * The saved progress of a quiz, or `undefined` when there is none to resume. Whatever is stored is checked:
 * unreadable or foreign data, unknown questions and choices are ignored, never trusted.
 *
 * @example
 * const saved = readProgress(localStorage, quiz);
 * if (saved) offerToResume(saved);
 */
export function readProgress(
  storage: ProgressStorage | undefined,
  quiz: QuizDefinition,
): SavedProgress | undefined {
  let data: unknown;
  try {
    const raw = storage?.getItem(progressKey(quiz));
    if (!raw) return undefined;
    data = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (!isRecord(data) || data['format'] !== format || !isRecord(data['answers'])) return undefined;
  const answers: Record<string, readonly string[]> = {};
  for (const [id, value] of Object.entries(data['answers'])) {
    if (Array.isArray(value) && value.every((item) => typeof item === 'string')) answers[id] = value;
  }
  const effective = effectiveAnswers(quiz, answers);
  if (Object.keys(effective).length === 0) return undefined;
  const screen = data['screen'];
  const question = data['question'];
  return {
    answers: effective,
    screen: screen === 'review' || screen === 'result' ? screen : 'question',
    question:
      typeof question === 'string' && quiz.questions.some((item) => item.id === question)
        ? question
        : undefined,
  };
}

/** Saves a quiz's progress; a full or refused storage is ignored (the quiz goes on without saving). */
export function writeProgress(
  storage: ProgressStorage | undefined,
  quiz: QuizDefinition,
  progress: SavedProgress,
): void {
  try {
    storage?.setItem(progressKey(quiz), JSON.stringify({ format, ...progress }));
  } catch {
    // Nothing to do: saving is a convenience.
  }
}

/** Forgets a quiz's progress. */
export function clearProgress(storage: ProgressStorage | undefined, quiz: QuizDefinition): void {
  try {
    storage?.removeItem(progressKey(quiz));
  } catch {
    // Nothing to do.
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
