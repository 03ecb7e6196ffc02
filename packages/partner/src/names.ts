import type { InclusionApi, Locale, Statistiques } from '@inclusion-widgets/core';

/** Readable names of the ids the statistics count: skill areas and orientation outcomes. */
export interface ContentNames {
  /** Area id → its title in the quiz definition. */
  readonly areas: ReadonlyMap<string, string>;
  /** Outcome id → its title in the orientation definition. */
  readonly outcomes: ReadonlyMap<string, string>;
}

/** No names known: ids are shown as they are. */
export const noNames: ContentNames = { areas: new Map(), outcomes: new Map() };

/** The most definitions read for one answer (a partner has a few quizzes and orientations). */
const maxDefinitions = 10;

/**
 * The titles of the areas and outcomes counted, from the quiz and orientation definitions the API serves (the
 * `quiz` and `orientation` splits of the counters name them), in `lang`. A definition the API does not have (a
 * partner's own `src` quiz) or that fails to load leaves its ids as they are: names are a courtesy.
 *
 * @example
 * const names = await loadContentNames(client, statistiques, 'fr', signal);
 * names.areas.get('securite'); // 'Vous protéger des arnaques'
 */
export async function loadContentNames(
  client: InclusionApi,
  statistiques: Statistiques,
  lang: Locale,
  signal: AbortSignal,
): Promise<ContentNames> {
  const quizIds = new Set<string>();
  const orientationIds = new Set<string>();
  for (const item of statistiques.items) {
    if (item.evenement === 'quiz-termine')
      for (const id of Object.keys(item.details['quiz'] ?? {})) quizIds.add(id);
    if (item.evenement === 'orientation-resultat') {
      for (const id of Object.keys(item.details['orientation'] ?? {})) orientationIds.add(id);
    }
  }
  const [quizzes, orientations] = await Promise.all([
    Promise.all(
      [...quizIds]
        .slice(0, maxDefinitions)
        .map((id) => client.getQuiz(id, { lang, signal }).catch(() => undefined)),
    ),
    Promise.all(
      [...orientationIds]
        .slice(0, maxDefinitions)
        .map((id) => client.getOrientation(id, { lang, signal }).catch(() => undefined)),
    ),
  ]);
  const areas = new Map<string, string>();
  const outcomes = new Map<string, string>();
  for (const quiz of quizzes)
    for (const area of quiz?.areas ?? []) if (!areas.has(area.id)) areas.set(area.id, area.title);
  for (const orientation of orientations) {
    for (const outcome of orientation?.outcomes ?? [])
      if (!outcomes.has(outcome.id)) outcomes.set(outcome.id, outcome.title);
  }
  return { areas, outcomes };
}
