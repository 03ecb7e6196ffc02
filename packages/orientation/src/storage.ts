import {
  effectiveAnswers,
  type OrientationAnswers,
  type OrientationDefinition,
} from '@inclusion-widgets/core';

/** Where a person was when the progress was saved. */
export type SavedScreen = 'question' | 'end';

/** A person's progress in one orientation, kept in their browser only (never the orientation sheet's fields). */
export interface SavedProgress {
  /** Their answers so far (effective answers). */
  readonly answers: OrientationAnswers;
  /** The questions answered by a quiz result rather than by the person. */
  readonly fromQuiz: readonly string[];
  /** The screen they were on. */
  readonly screen: SavedScreen;
  /** The question they were on, when `screen` is `question`. */
  readonly question?: string | undefined;
}

/** What the widget needs of a storage: `localStorage`, or anything with the same three methods (tests). */
export type ProgressStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The format of what is stored, raised if it ever changes (older data is then ignored). */
const format = 1;

/**
 * The key of an orientation's progress: one per orientation, version and language, and apart for the
 * professional mode (a desk's widget and a citizen's one on the same page do not share answers).
 *
 * @example
 * progressKey(orientation); // 'inclusion-orientation:trouver-la-bonne-aide:1:fr'
 * progressKey(orientation, true); // 'inclusion-orientation:trouver-la-bonne-aide:1:fr:professional'
 */
export function progressKey(
  definition: Pick<OrientationDefinition, 'id' | 'version' | 'locale'>,
  professional = false,
): string {
  const key = `inclusion-orientation:${definition.id}:${definition.version}:${definition.locale}`;
  return professional ? `${key}:professional` : key;
}

/** The page's `localStorage`, or `undefined` where it cannot be used: the widget then works without saving. */
export function defaultStorage(): ProgressStorage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * The saved progress of an orientation, or `undefined`. Whatever is stored is checked: unreadable or foreign
 * data, unknown questions and choices are ignored.
 *
 * @example
 * const saved = readProgress(localStorage, orientation);
 */
export function readProgress(
  storage: ProgressStorage | undefined,
  definition: OrientationDefinition,
  professional = false,
): SavedProgress | undefined {
  let data: unknown;
  try {
    const raw = storage?.getItem(progressKey(definition, professional));
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
  const effective = effectiveAnswers(definition, answers);
  if (Object.keys(effective).length === 0) return undefined;
  const fromQuiz = Array.isArray(data['fromQuiz'])
    ? (data['fromQuiz'] as unknown[]).filter(
        (id): id is string => typeof id === 'string' && Object.hasOwn(effective, id),
      )
    : [];
  const question = data['question'];
  return {
    answers: effective,
    fromQuiz,
    screen: data['screen'] === 'end' ? 'end' : 'question',
    question:
      typeof question === 'string' && definition.questions.some((item) => item.id === question)
        ? question
        : undefined,
  };
}

/** Saves an orientation's progress; a full or refused storage is ignored. */
export function writeProgress(
  storage: ProgressStorage | undefined,
  definition: OrientationDefinition,
  progress: SavedProgress,
  professional = false,
): void {
  try {
    storage?.setItem(progressKey(definition, professional), JSON.stringify({ format, ...progress }));
  } catch {
    // Nothing to do: saving is a convenience.
  }
}

/** Forgets an orientation's progress. */
export function clearProgress(
  storage: ProgressStorage | undefined,
  definition: OrientationDefinition,
  professional = false,
): void {
  try {
    storage?.removeItem(progressKey(definition, professional));
  } catch {
    // Nothing to do.
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
