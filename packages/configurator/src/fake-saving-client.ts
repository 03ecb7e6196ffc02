// Test support (browser tests and stories), not exported from the package: the test kit's fake client with the
// partner's save that only the configurator uses.
import type {
  PartnerConfigurationApi,
  PartnerConfigurationParams,
  RequestOptions,
  WidgetConfiguration,
} from '@inclusion-widgets/core';
import { FakeClient } from '../../../test/fake-client.js';
import * as fixtures from '../../../test/fixtures/index.js';

/**
 * The test kit's `FakeClient` (places, communes, the example quiz served as `competences-numeriques`, the example
 * orientation served as `trouver-la-bonne-aide`: the ids the configurator writes by default) with `savePartnerConfiguration`: each save is recorded in `saves`, and fails with `saveError` when it
 * is set; otherwise it answers as the API does.
 *
 * @example
 * const client = new SavingClient();
 * client.saveError = new HttpError({ url: '/v1/partenaires/x/configurations/x-y', status: 403 });
 */
export class SavingClient extends FakeClient implements PartnerConfigurationApi {
  /** Every save asked for, in order. */
  readonly saves: PartnerConfigurationParams[] = [];
  /** What the next saves fail with, if set. */
  saveError: unknown;

  constructor() {
    super({
      lieux: fixtures.lieux,
      communes: fixtures.communes,
      orientations: [{ ...fixtures.orientation, id: 'trouver-la-bonne-aide' }],
      quizzes: [{ ...fixtures.quiz, id: 'competences-numeriques' }],
    });
  }

  async savePartnerConfiguration(
    params: PartnerConfigurationParams,
    options?: RequestOptions,
  ): Promise<WidgetConfiguration> {
    this.saves.push(params);
    await Promise.resolve();
    options?.signal?.throwIfAborted();
    if (this.saveError) throw this.saveError;
    return {
      id: params.id,
      widget: params.widget,
      attributs: { ...params.attributs },
      partenaire: params.partenaire,
      modifie_le: '2026-12-03T08:00:00+00:00',
    };
  }
}
