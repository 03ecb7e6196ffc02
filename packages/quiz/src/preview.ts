import type { Locale } from '@inclusion-widgets/core';
import { progressKey, type ProgressStorage } from './storage.js';

/**
 * What the start screen shows of a quiz: read by hand from the definition as it arrives, so that the start screen
 * does not wait for the code that checks the whole definition (it loads meanwhile; the first question waits for
 * it). Texts are rendered as text, never as HTML.
 */
export interface QuizPreview {
  readonly id: string;
  readonly version: number;
  readonly locale: Locale;
  readonly title: string;
  readonly description: string | undefined;
  /** How many questions the definition has. */
  readonly questions: number;
  readonly minutes: number | undefined;
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/**
 * The start screen's facts of an unchecked definition, or `undefined` when they are not all plainly there (the
 * widget then waits for the checked definition, as before).
 *
 * @example
 * readPreview(JSON.parse(body))?.title; // 'Mes compétences numériques'
 */
export function readPreview(body: unknown): QuizPreview | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const { id, version, locale, title, description, questions, minutes } = body as Record<string, unknown>;
  if (!isText(id) || !Number.isInteger(version) || (locale !== 'fr' && locale !== 'en') || !isText(title)) {
    return undefined;
  }
  if (!Array.isArray(questions) || questions.length === 0) return undefined;
  if (description !== undefined && !isText(description)) return undefined;
  if (
    minutes !== undefined &&
    !(Number.isInteger(minutes) && (minutes as number) >= 1 && (minutes as number) <= 60)
  ) {
    return undefined;
  }
  return {
    id,
    version: version as number,
    locale,
    title,
    description,
    questions: questions.length,
    minutes: minutes as number | undefined,
  };
}

/**
 * Whether progress is saved for this quiz: its start screen then offers to resume, which needs the checked
 * definition, so the preview is not shown.
 */
export function hasSavedProgress(storage: ProgressStorage | undefined, preview: QuizPreview): boolean {
  try {
    return Boolean(storage?.getItem(progressKey(preview)));
  } catch {
    return false;
  }
}
