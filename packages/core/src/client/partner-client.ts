import type { WidgetConfiguration } from '../schemas/configuration.js';
import type { Statistiques } from '../schemas/evenement.js';
import type {
  PartnerConfigurationApi,
  PartnerConfigurationParams,
  RequestOptions,
  StatistiquesApi,
  StatistiquesParams,
} from './api.js';
import { InclusionClient } from './client.js';
import { InvalidResponseError } from './errors.js';

/**
 * The client of a partner's own tools (the partner page and the configurator): `InclusionClient` with the calls
 * that send a partner's token. Apart, so that the widgets' bundles do not carry them.
 *
 * @example
 * const client = new PartnerClient({ baseUrl: 'https://api.example.org' });
 * const { items } = await client.getStatistiques({ partenaire: 'mairie-exemple', token });
 */
export class PartnerClient extends InclusionClient implements StatistiquesApi, PartnerConfigurationApi {
  /**
   * A partner's weekly counters (`GET /v1/statistiques`), the token sent as `Authorization: Bearer`. Not cached
   * nor shared with another call (the answer depends on the token); retried once on a network or server error like
   * every GET. A wrong token or an unknown partner rejects with an `HttpError` 403.
   *
   * @example
   * const { items } = await client.getStatistiques({ partenaire: 'mairie-exemple', token, depuis: '2026-09-07' });
   */
  async getStatistiques(params: StatistiquesParams, options: RequestOptions = {}): Promise<Statistiques> {
    const { signal } = options;
    signal?.throwIfAborted();
    const query = new URLSearchParams({ partenaire: params.partenaire });
    if (params.depuis !== undefined) query.set('depuis', params.depuis);
    return this.load(
      `${this.baseUrl}/v1/statistiques?${query}`,
      async () => (await import('../schemas/evenement.js')).statistiquesSchema,
      signal ?? new AbortController().signal,
      undefined,
      false,
      { Authorization: `Bearer ${params.token}` },
    );
  }

  /**
   * Saves one of a partner's widget configurations (`PUT /v1/partenaires/{partenaire}/configurations/{id}`), the
   * token sent as `Authorization: Bearer`: resolves with the configuration as the API serves it, checked by the
   * contract's schema. Sent once (no retry: the person sees the error and tries again), never cached; rejects with
   * the client's errors, an `HttpError` with its problem for a refusal (401, 403, 409, 400 naming each field).
   *
   * @example
   * await client.savePartnerConfiguration({
   *   partenaire: 'mairie-lille', token, id: 'mairie-lille-carte', widget: 'venue-finder', attributs: { map: 'off' },
   * });
   */
  async savePartnerConfiguration(
    params: PartnerConfigurationParams,
    options: RequestOptions = {},
  ): Promise<WidgetConfiguration> {
    const { signal } = options;
    signal?.throwIfAborted();
    const { partenaire, token, id, widget, attributs } = params;
    const url = `${this.baseUrl}/v1/partenaires/${encodeURIComponent(partenaire)}/configurations/${encodeURIComponent(id)}`;
    const text = await this.exchange(
      url,
      {
        method: 'PUT',
        headers: {
          ...this.headers,
          Accept: 'application/json',
          'Content-Type': 'application/json',
          Authorization: `Bearer ${token}`,
        },
        body: JSON.stringify({ widget, attributs }),
      },
      signal ?? new AbortController().signal,
    );
    const { widgetConfigurationSchema } = await import('../schemas/configuration.js');
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch (error) {
      throw new InvalidResponseError({ url, reason: 'the body is not JSON', cause: error });
    }
    const result = widgetConfigurationSchema.safeParse(body, { reportInput: true });
    if (!result.success) {
      const { formatIssues } = await import('../schemas/issues.js');
      const { issues } = result.error;
      throw new InvalidResponseError({ url, issues, lines: formatIssues(issues) });
    }
    return result.data;
  }
}
