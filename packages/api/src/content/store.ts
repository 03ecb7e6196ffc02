import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  formatProblem,
  validateOrientationDefinition,
  validateQuizDefinition,
} from '@inclusion-widgets/core';
import type { OrientationDefinition, QuizDefinition, ValidationResult } from '@inclusion-widgets/core';
import type { Logger } from '../logger.js';

/** `packages/content`: `quiz/<id>.json` and `orientations/<id>.json`. */
export const CONTENT_DIR = fileURLToPath(new URL('../../../content/', import.meta.url));

/** The definitions that passed validation, by id. */
export interface Content {
  /** Quiz definitions (`quiz/<id>.json`). */
  quiz: ReadonlyMap<string, QuizDefinition>;
  /** Orientation definitions (`orientations/<id>.json`). */
  orientations: ReadonlyMap<string, OrientationDefinition>;
}

/**
 * Reads and validates every definition of a content directory, once (at start). An invalid file, or one whose
 * `id` differs from its file name, is logged with its problems and left out; a missing folder is empty.
 *
 * @example
 * const content = loadContent(CONTENT_DIR, logger);
 * content.quiz.get('quiz-exemple');
 */
export function loadContent(directory: string, logger: Logger): Content {
  return {
    quiz: loadKind(join(directory, 'quiz'), validateQuizDefinition, 'quiz', logger),
    orientations: loadKind(
      join(directory, 'orientations'),
      validateOrientationDefinition,
      'orientation',
      logger,
    ),
  };
}

function loadKind<T extends { id: string }>(
  folder: string,
  validate: (input: unknown) => ValidationResult<T>,
  kind: string,
  logger: Logger,
): Map<string, T> {
  const definitions = new Map<string, T>();
  if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory()) {
    logger.debug({ folder }, `no ${kind} definitions: ${folder} does not exist`);
    return definitions;
  }
  for (const name of readdirSync(folder)
    .filter((file) => file.endsWith('.json'))
    .sort()) {
    const file = join(folder, name);
    const id = basename(name, '.json');
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      logger.error({ file, err: error }, `${kind} definition ${name} is not valid JSON: not served`);
      continue;
    }
    const result = validate(json);
    if (!result.success) {
      logger.error(
        { file, problems: result.problems.map(formatProblem) },
        `${kind} definition ${name} is invalid: not served`,
      );
      continue;
    }
    if (result.data.id !== id) {
      logger.error(
        { file, id: result.data.id },
        `${kind} definition ${name} has id '${result.data.id}': the file must be named ${result.data.id}.json; not served`,
      );
      continue;
    }
    definitions.set(id, result.data);
  }
  logger.debug({ folder, ids: [...definitions.keys()] }, `${definitions.size} ${kind} definition(s) loaded`);
  return definitions;
}
