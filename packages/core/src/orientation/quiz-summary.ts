/**
 * A quiz result as an orientation reads it (the band overall and per framework area), from what a page gives:
 * an `inclusion-quiz-complete` event, an object or JSON. Apart from the flow, so that a widget's first screen
 * can read its `quiz-result` attribute without the rest.
 *
 * @module
 */

// Types only: reading a result needs no schema code in the bundle.
import type { BandId, FrameworkArea, HelpLevel } from '../schemas/content.js';

/** The result of a quiz, as much as an orientation needs of it: the band overall and per framework area. */
export interface QuizSummary {
  /** The quiz's id, when known. */
  readonly quizId?: string | undefined;
  /** The level of help the quiz suggests, when known. */
  readonly level?: HelpLevel | undefined;
  /** The overall band. */
  readonly band: BandId;
  /** The band of each framework area assessed. */
  readonly areas: readonly QuizSummaryArea[];
}

/** The band of one framework area in a quiz result (`null`: not assessed). */
export interface QuizSummaryArea {
  readonly framework: FrameworkArea;
  readonly band: BandId | null;
}

// Kept here rather than imported from the schemas, whose module would bring zod into a widget's first screen.
const bands: readonly BandId[] = ['debutant', 'intermediaire', 'autonome'];
const frameworks: readonly FrameworkArea[] = [
  'informations-donnees',
  'communication-collaboration',
  'creation-contenu',
  'protection-securite',
  'environnement-numerique',
  'demarches-en-ligne',
];

/**
 * A quiz result from what a page gives: the detail of an `inclusion-quiz-complete` event, an object, or its
 * JSON (`quiz-result` attribute). Only the band, the level, the quiz id and the band per framework area are
 * read; anything else is ignored, and `undefined` comes back when there is no valid band.
 *
 * @example
 * parseQuizSummary('{"band":"debutant","areas":[{"framework":"demarches-en-ligne","band":"debutant"}]}');
 */
export function parseQuizSummary(value: unknown): QuizSummary | undefined {
  let data = value;
  if (typeof data === 'string') {
    try {
      data = JSON.parse(data);
    } catch {
      return undefined;
    }
  }
  if (typeof data !== 'object' || data === null) return undefined;
  const record = data as Record<string, unknown>;
  const band = bands.find((item) => item === record['band']);
  if (!band) return undefined;
  const level = [1, 2, 3].includes(record['level'] as number) ? (record['level'] as HelpLevel) : undefined;
  const quizId = typeof record['quizId'] === 'string' ? record['quizId'] : undefined;
  const areas: QuizSummaryArea[] = [];
  if (Array.isArray(record['areas'])) {
    for (const item of record['areas'] as unknown[]) {
      if (typeof item !== 'object' || item === null) continue;
      const area = item as Record<string, unknown>;
      const framework = frameworks.find((candidate) => candidate === area['framework']);
      const areaBand = bands.find((candidate) => candidate === area['band']) ?? null;
      if (framework) areas.push({ framework, band: areaBand });
    }
  }
  return { quizId, level, band, areas };
}
