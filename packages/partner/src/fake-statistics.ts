import {
  HttpError,
  statistiquesSchema,
  type RequestOptions,
  type Statistiques,
  type StatistiquesApi,
  type StatistiquesParams,
} from '@inclusion-widgets/core';
import { FakeClient, type FakeFixtures } from '../../../test/fake-client.js';

/** One partner the fake knows: its token and its answer, parsed by the contract's schema. */
export interface FakePartner {
  /** The token that opens its statistics. */
  readonly token: string;
  /** What `GET /v1/statistiques` answers (`depuis` is replaced by the one asked for). */
  readonly statistiques: Statistiques;
}

/**
 * The test kit's `FakeClient` with the partner page's one method, `getStatistiques`: fixtures parsed by
 * `statistiquesSchema` (an invalid one throws at construction), a wrong token or an unknown partner answered with
 * the API's 403, and the test kit's `failNext` and `delayNext` honoured (they go through the same `answer` path
 * as every other method, by delegating to `getConfiguration`'s recorded call). Kept in this package until the
 * shared fake has it (test/fake-client.ts).
 *
 * @example
 * const fake = new FakeStatisticsClient({ 'mairie-exemple': { token: 's3cret', statistiques } });
 */
export class FakeStatisticsClient extends FakeClient implements StatistiquesApi {
  /** The partners served. */
  readonly partners: ReadonlyMap<string, FakePartner>;
  /** Every `getStatistiques` call's parameters, token included, in order. */
  readonly statisticsCalls: StatistiquesParams[] = [];

  constructor(partners: Readonly<Record<string, FakePartner>>, fixtures: FakeFixtures = {}) {
    super(fixtures);
    this.partners = new Map(
      Object.entries(partners).map(([id, partner]) => [
        id,
        { token: partner.token, statistiques: statistiquesSchema.parse(partner.statistiques) },
      ]),
    );
  }

  /** The partner's counters since `depuis` (the week containing it on), or an `HttpError` 403 as the API's. */
  async getStatistiques(params: StatistiquesParams, options?: RequestOptions): Promise<Statistiques> {
    this.statisticsCalls.push(params);
    // `getConfiguration` of an id that never exists: recorded, delayed or failed like any call of the fake.
    const reached = await this.getConfiguration(`statistiques-${params.partenaire}`, options).catch(
      (error: unknown) => {
        if (error instanceof HttpError && error.status === 404) return undefined;
        throw error;
      },
    );
    void reached;
    const partner = this.partners.get(params.partenaire);
    const url = `/v1/statistiques?partenaire=${params.partenaire}`;
    if (!partner || partner.token !== params.token) {
      throw new HttpError({
        url,
        status: 403,
        statusText: 'Forbidden',
        problem: {
          type: 'about:blank',
          title: 'Forbidden',
          status: 403,
          detail: `This token does not give access to the statistics of partenaire '${params.partenaire}'.`,
        },
      });
    }
    const depuis = params.depuis ?? partner.statistiques.depuis;
    const monday = new Date(`${depuis}T00:00:00Z`);
    monday.setUTCDate(monday.getUTCDate() - ((monday.getUTCDay() + 6) % 7));
    const first = monday.toISOString().slice(0, 10);
    return structuredClone({
      ...partner.statistiques,
      depuis,
      items: partner.statistiques.items.filter((item) => item.semaine >= first),
    });
  }
}
