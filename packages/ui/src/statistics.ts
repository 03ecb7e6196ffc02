import type { Evenement, InclusionApi } from '@inclusion-widgets/core';
import type { Logger } from './logger.js';

/** What decides whether a widget sends its statistics: its `stats` and `partner` attributes, and its API. */
export interface StatisticsSettings {
  readonly stats: boolean | undefined;
  readonly partner: string | undefined;
  readonly client: InclusionApi | undefined;
  readonly logger: Logger;
}

/**
 * Sends one anonymous statistics event for the partner, only when the partner turned statistics on (`stats`) and
 * the widget has a `partner` and an API; `stats` without them is said once in the console. A failed send is only
 * logged at debug level: statistics never disturb the person.
 *
 * @example
 * sendStatistic({ type: 'quiz-termine', widget: 'quiz', quiz, niveau, domaines_faibles }, { stats, partner, client, logger });
 */
export function sendStatistic(
  event: Evenement,
  { stats, partner, client, logger }: StatisticsSettings,
): void {
  if (!stats) return;
  if (!partner || !client) {
    logger.warnOnce('stats', 'stats is on, but no statistics are sent: it needs partner and the API.');
    return;
  }
  client
    .postEvenements({ partenaire: partner, evenements: [event] })
    .catch((error: unknown) => logger.debug('the statistics event could not be sent:', error));
}
