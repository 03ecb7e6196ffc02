import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  defaultLocale,
  formatProblem,
  locales,
  matchLocale,
  validateOrientationDefinition,
  validateQuizDefinition,
} from '@inclusion-widgets/core';
import type {
  Locale,
  OrientationDefinition,
  QuizDefinition,
  ValidationResult,
} from '@inclusion-widgets/core';
import type { Logger } from '../logger.js';

/** `packages/content`: `quiz/<id>.<locale>.json` and `orientations/<id>.<locale>.json`. */
export const CONTENT_DIR = fileURLToPath(new URL('../../../content/', import.meta.url));

/** The versions of one definition, by locale. */
export type Translations<T> = ReadonlyMap<Locale, T>;

/** The definitions that passed validation, by id, then by locale. */
export interface Content {
  /** Quiz definitions (`quiz/<id>.<locale>.json` or `quiz/<id>.json`). */
  quiz: ReadonlyMap<string, Translations<QuizDefinition>>;
  /** Orientation definitions (`orientations/<id>.<locale>.json` or `orientations/<id>.json`). */
  orientations: ReadonlyMap<string, Translations<OrientationDefinition>>;
}

/**
 * Reads and validates every definition of a content directory, once (at start). A file is named
 * `<id>.<locale>.json` (one file per language) or `<id>.json` (one language, the one its `locale` says). An
 * invalid file, one whose `id` or `locale` differs from its name, or a second file for the same id and locale
 * is logged with its problems and left out; a missing folder is empty.
 *
 * @example
 * const content = loadContent(CONTENT_DIR, logger);
 * content.quiz.get('competences-numeriques')?.get('en');
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

/**
 * The version of a definition to serve for a requested language: that language when it exists (`en-GB` reads
 * as `en`), else French, else the first language the definition has (in the order of `locales`).
 *
 * @example
 * pickTranslation(content.quiz.get('competences-numeriques')!, 'de'); // the French version
 */
export function pickTranslation<T>(translations: Translations<T>, lang: string | undefined): T | undefined {
  const wanted = matchLocale(lang);
  for (const locale of [wanted, defaultLocale, ...locales]) {
    const definition = locale && translations.get(locale);
    if (definition) return definition;
  }
  return undefined;
}

/** `<id>.<locale>.json` → id and locale; `<id>.json` → id. */
function parseName(name: string): { id: string; locale?: string } {
  const match = /^(.+)\.([a-z]{2})\.json$/.exec(name);
  return match ? { id: match[1] ?? '', locale: match[2] } : { id: name.slice(0, -'.json'.length) };
}

function loadKind<T extends { id: string; locale: Locale }>(
  folder: string,
  validate: (input: unknown) => ValidationResult<T>,
  kind: string,
  logger: Logger,
): Map<string, Map<Locale, T>> {
  const definitions = new Map<string, Map<Locale, T>>();
  if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory()) {
    logger.debug({ folder }, `no ${kind} definitions: ${folder} does not exist`);
    return definitions;
  }
  for (const name of readdirSync(folder)
    .filter((file) => file.endsWith('.json'))
    .sort()) {
    const file = join(folder, name);
    const { id, locale } = parseName(name);
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
    const definition = result.data;
    if (definition.id !== id || (locale !== undefined && definition.locale !== locale)) {
      const expected = `${definition.id}.${definition.locale}.json`;
      logger.error(
        { file, id: definition.id, locale: definition.locale },
        `${kind} definition ${name} has id '${definition.id}' and locale '${definition.locale}': the file must be named ${expected} (or ${definition.id}.json); not served`,
      );
      continue;
    }
    const translations = definitions.get(id) ?? new Map<Locale, T>();
    if (translations.has(definition.locale)) {
      logger.error(
        { file, id, locale: definition.locale },
        `${kind} definition ${name} is a second '${definition.locale}' version of '${id}': not served`,
      );
      continue;
    }
    definitions.set(id, translations.set(definition.locale, definition));
  }
  logger.debug({ folder, ids: [...definitions.keys()] }, `${definitions.size} ${kind} definition(s) loaded`);
  return definitions;
}
