import { visibleQuestions, type Locale, type OrientationDefinition } from '@inclusion-widgets/core';
import { progressKey, type ProgressStorage } from './storage.js';

/**
 * What the start screen shows of an orientation: read by hand from the definition as it arrives, so that the start
 * screen does not wait for the code that checks the whole definition (it loads meanwhile; the first question waits
 * for it). Texts are rendered as text, never as HTML.
 */
export interface OrientationPreview {
  readonly id: string;
  readonly version: number;
  readonly locale: Locale;
  readonly title: string;
  readonly description: string | undefined;
  /** The questions asked when no answer is given yet (those without conditions, mostly). */
  readonly questions: number;
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/**
 * The start screen's facts of an unchecked definition, or `undefined` when they are not all plainly there (the
 * widget then waits for the checked definition). `professional` leaves the "who answers" question out, as the
 * widget does.
 *
 * @example
 * readPreview(JSON.parse(body), false)?.title; // 'Trouver la bonne aide pour le numérique'
 */
export function readPreview(body: unknown, professional: boolean): OrientationPreview | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const { id, version, locale, title, description, questions, audience } = body as Record<string, unknown>;
  if (!isText(id) || !Number.isInteger(version) || (locale !== 'fr' && locale !== 'en') || !isText(title)) {
    return undefined;
  }
  if (description !== undefined && !isText(description)) return undefined;
  if (!Array.isArray(questions) || questions.length === 0) return undefined;
  const audienceQuestion =
    professional && typeof audience === 'object' && audience !== null
      ? (audience as Record<string, unknown>)['question']
      : undefined;
  let count: number;
  try {
    // The same count as the checked definition's start screen; unchecked data may make it throw.
    const definition = { questions } as unknown as Pick<OrientationDefinition, 'questions'>;
    count = visibleQuestions(definition, {}).filter((question) => question.id !== audienceQuestion).length;
  } catch {
    return undefined;
  }
  return { id, version: version as number, locale, title, description, questions: Math.max(count, 1) };
}

/** Whether progress is saved for this orientation: resuming needs the checked definition, so no preview. */
export function hasSavedProgress(
  storage: ProgressStorage | undefined,
  preview: OrientationPreview,
  professional: boolean,
): boolean {
  try {
    return Boolean(storage?.getItem(progressKey(preview, professional)));
  } catch {
    return false;
  }
}
