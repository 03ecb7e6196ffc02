import type * as z from 'zod/mini';
import type { Commune } from '../schemas/commune.js';
import type { WidgetConfiguration } from '../schemas/configuration.js';
import type { OrientationDefinition, QuizDefinition } from '../schemas/content.js';
import type { EvenementsBatch } from '../schemas/evenement.js';
import type { Carte, CarteParams } from '../schemas/carte.js';
import type { Facettes, FacettesParams } from '../schemas/facettes.js';
import type { Lieu, LieuDetail } from '../schemas/lieu.js';
import type { Page } from '../schemas/page.js';
import type { Problem } from '../schemas/problem.js';
import type { SearchParams } from '../schemas/search.js';
import type { InclusionApi, PreviewRequestOptions, QuizRequestOptions, RequestOptions } from './api.js';
import { PromiseCache } from './cache.js';
import { HttpError, InvalidResponseError, NetworkError, TimeoutError } from './errors.js';
import { SharedRequest } from './shared-request.js';
import { abortReason, linkedController, raceSignal, sleep } from './signals.js';

/** The `fetch` the client calls: the platform's, or a test's. */
export type FetchFunction = (url: string, init: RequestInit) => Promise<Response>;

/** Options of an `InclusionClient`. */
export interface InclusionClientOptions {
  /** Base URL of the API, without `/v1` (e.g. `https://api.example.org`); relative URLs resolve against the page. */
  readonly baseUrl: string;
  /** The `fetch` to use; the global one by default. */
  readonly fetch?: FetchFunction;
  /** Time allowed to each attempt (headers and body), in milliseconds. Default 10 000. */
  readonly timeout?: number;
  /** Base delay before the one retry, in milliseconds; the actual delay is 0.5 to 1.5 times it. Default 300. */
  readonly retryDelay?: number;
  /** Most responses kept in memory (least recently used go first); `0` disables caching and sharing. Default 50. */
  readonly cacheSize?: number;
  /** How long a successful response is reused, in milliseconds. Default 60 000. */
  readonly cacheMaxAge?: number;
  /** Extra request headers (e.g. a partner token). */
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * The schema that validates a response, or a function importing it. Every endpoint's schema is imported with its
 * first call, while the request is in flight: a widget's first screen carries only the client, and a quiz never
 * loads the schemas of places. (A widget that imports a schema module itself, as the venue finder does for places,
 * has it in its own chunk: the import then costs nothing.)
 */
type SchemaSource<T> = z.ZodMiniType<T> | (() => Promise<z.ZodMiniType<T>>);

/**
 * The client of the hosted API. Every response is validated by the contract's schemas; failures reject with
 * typed `InclusionError`s.
 *
 * - **Timeout**: each attempt (headers and body) gets `timeout` ms, then fails with `TimeoutError`.
 * - **Retry**: one retry, after `retryDelay` ms with jitter, on network errors and 5xx answers only. No retry
 *   on 4xx (including 429: the API asked to slow down), on invalid responses (they would be invalid again),
 *   after a timeout (the person already waited the full timeout; they get a "Try again" button instead), nor
 *   once the request is aborted.
 * - **Cache**: requests are shared by URL while in flight and reused for `cacheMaxAge` after success, in a
 *   bounded LRU; failures are evicted at once, so the next call tries again.
 * - **Abort**: a caller's `signal` only ever cancels that caller's promise, which rejects with the signal's
 *   reason (an `AbortError` `DOMException`, unwrapped). The network request is aborted when every caller
 *   sharing it has aborted; it is then dropped from the cache, and is never retried.
 *
 * @example
 * const client = new InclusionClient({ baseUrl: 'https://api.example.org' });
 * const page = await client.searchLieux({ commune: '59350', services: ['aide-aux-demarches-administratives'] });
 * page.items[0]?.nom;
 */
export class InclusionClient implements InclusionApi {
  /** The normalized base URL, without a trailing slash. */
  readonly baseUrl: string;
  private readonly fetchFunction: FetchFunction;
  private readonly timeout: number;
  private readonly retryDelay: number;
  protected readonly headers: Readonly<Record<string, string>>;
  private readonly cache: PromiseCache<SharedRequest<unknown>>;

  constructor(options: InclusionClientOptions) {
    this.baseUrl = resolveBaseUrl(options.baseUrl);
    this.fetchFunction = options.fetch ?? ((url, init) => globalThis.fetch(url, init));
    this.timeout = options.timeout ?? 10_000;
    this.retryDelay = options.retryDelay ?? 300;
    this.headers = options.headers ?? {};
    this.cache = new PromiseCache({
      maxEntries: options.cacheSize ?? 50,
      maxAge: options.cacheMaxAge ?? 60_000,
    });
  }

  /**
   * Searches venues (`GET /v1/lieux`); rejects with `SearchParamsError`, without a request, for invalid parameters
   * (with `options.preview`: after the request, which starts at once; see `PreviewRequestOptions`).
   */
  async searchLieux(params: SearchParams, options?: PreviewRequestOptions): Promise<Page<Lieu>> {
    const preview = options?.preview;
    // Read leniently: a producer's bad link costs that link, never the place or the page (see lieuReadSchema).
    const pageSchema = async () => (await import('../schemas/lieu.js')).lieuPageReadSchema;
    if (preview) {
      // Free for the venue finder, which has this module in its own code (the quiz never loads it).
      const { writeSearchQuery } = await import('../schemas/search-query.js');
      const query = writeSearchQuery(params).toString();
      const page = await this.get(`/v1/lieux${query ? `?${query}` : ''}`, pageSchema, options, preview, true);
      (await import('../schemas/search.js')).toSearchParams(params); // throws SearchParamsError
      return page;
    }
    const { toSearchParams } = await import('../schemas/search.js');
    const query = toSearchParams(params).toString();
    return this.get(`/v1/lieux${query ? `?${query}` : ''}`, pageSchema, options);
  }

  /** One venue by id, with its weekly hours table and opening status (`GET /v1/lieux/{id}`). */
  getLieu(id: string, options?: RequestOptions): Promise<LieuDetail> {
    return this.get(
      `/v1/lieux/${encodeURIComponent(id)}`,
      async () => (await import('../schemas/lieu.js')).lieuDetailReadSchema,
      options,
    );
  }

  /** A map viewport (`GET /v1/lieux/carte`); rejects with `SearchParamsError`, without a request, for invalid parameters. */
  async getCarte(params: CarteParams, options?: RequestOptions): Promise<Carte> {
    const { carteSchema, toCarteParams } = await import('../schemas/carte.js');
    return this.get(`/v1/lieux/carte?${toCarteParams(params).toString()}`, carteSchema, options);
  }

  /**
   * Facet counts of a search (`GET /v1/lieux/facettes`); rejects with `SearchParamsError`, without a request, for
   * invalid parameters. A search's own parameters can be passed as they are: `limit`, `cursor` and `page` are left
   * out of the request, so that paging through results reuses the cached counts.
   *
   * @example
   * const { facettes, total } = await client.getFacettes({ commune: '59350', frais_a_charge: ['gratuit'] });
   * facettes.services['aide-aux-demarches-administratives']; // free places with that service
   */
  async getFacettes(params: FacettesParams, options?: RequestOptions): Promise<Facettes> {
    const { facettesSchema, toFacettesParams } = await import('../schemas/facettes.js');
    const query = toFacettesParams(withoutPagination(params)).toString();
    return this.get(`/v1/lieux/facettes${query ? `?${query}` : ''}`, facettesSchema, options);
  }

  /** Communes matching a name or postcode (`GET /v1/communes?q=`); `[]` without a request for a blank query. */
  async searchCommunes(q: string, options?: PreviewRequestOptions): Promise<Commune[]> {
    const query = q.trim();
    if (query === '') {
      options?.signal?.throwIfAborted();
      return [];
    }
    const preview = options?.preview;
    const list = await this.get(
      `/v1/communes?${new URLSearchParams({ q: query })}`,
      async () => (await import('../schemas/commune.js')).communeListSchema,
      options,
      preview,
      preview !== undefined,
    );
    return list.items;
  }

  /**
   * A quiz definition (`GET /v1/quiz/{id}`), in `options.lang` when the API has that version (`?lang=`), else
   * in French, else in the one language it has: the definition's `locale` says which.
   *
   * @example
   * const quiz = await client.getQuiz('competences-numeriques', { lang: 'en' });
   * quiz.locale; // 'en'
   */
  getQuiz(id: string, options?: QuizRequestOptions): Promise<QuizDefinition> {
    const query = options?.lang ? `?${new URLSearchParams({ lang: options.lang })}` : '';
    return this.get(
      `/v1/quiz/${encodeURIComponent(id)}${query}`,
      contentSchema('quizDefinitionSchema'),
      options,
      options?.preview,
    );
  }

  /**
   * An orientation definition (`GET /v1/orientations/{id}`), in `options.lang` when the API has that version, as
   * `getQuiz`.
   */
  getOrientation(id: string, options?: QuizRequestOptions): Promise<OrientationDefinition> {
    const query = options?.lang ? `?${new URLSearchParams({ lang: options.lang })}` : '';
    return this.get(
      `/v1/orientations/${encodeURIComponent(id)}${query}`,
      contentSchema('orientationDefinitionSchema'),
      options,
      options?.preview,
    );
  }

  /**
   * A widget's remote configuration (`GET /v1/configurations/{id}`): the attributes to apply, validated (kebab-case
   * names, string values). An unknown id rejects with an `HttpError` 404.
   *
   * @example
   * const { attributs } = await client.getConfiguration('mairie-lille');
   */
  getConfiguration(id: string, options?: RequestOptions): Promise<WidgetConfiguration> {
    return this.get(
      `/v1/configurations/${encodeURIComponent(id)}`,
      async () => (await import('../schemas/configuration.js')).widgetConfigurationSchema,
      options,
    );
  }

  /**
   * Sends anonymous events (`POST /v1/evenements`). The batch is validated first by the contract's schema
   * (imported on first use), so that nothing but its fields can leave the page; an invalid batch rejects with a
   * `TypeError` naming the problems, without a request. Sent once, as `text/plain` JSON (a CORS simple request,
   * no preflight) with `keepalive`, so that it may finish while the page is left: no retry, no cache, no
   * sharing. Rejects with the client's errors (`NetworkError`, `TimeoutError`, `HttpError`); callers treat them
   * as harmless, statistics never break a widget.
   *
   * @example
   * await client.postEvenements({
   *   partenaire: 'mairie-exemple',
   *   evenements: [{ type: 'quiz-termine', widget: 'quiz', quiz: 'competences-numeriques', niveau: 2, domaines_faibles: [] }],
   * });
   */
  async postEvenements(batch: EvenementsBatch, options: RequestOptions = {}): Promise<void> {
    const { signal } = options;
    signal?.throwIfAborted();
    const url = `${this.baseUrl}/v1/evenements`;
    const schema = await loadSchema(
      url,
      async () => (await import('../schemas/evenement.js')).evenementsBatchSchema,
    );
    const parsed = schema.safeParse(batch, { reportInput: true });
    if (!parsed.success) {
      const { formatIssues } = await import('../schemas/issues.js');
      throw new TypeError(
        `postEvenements: invalid events, not sent\n${formatIssues(parsed.error.issues).join('\n')}`,
      );
    }
    await this.exchange(
      url,
      {
        method: 'POST',
        headers: { ...this.headers, 'Content-Type': 'text/plain;charset=UTF-8' },
        body: JSON.stringify(parsed.data),
        keepalive: true,
      },
      signal ?? new AbortController().signal,
    );
  }

  /** The default map style's URL: `${baseUrl}/v1/carte/style.json` (offline, served by the API). */
  carteStyleUrl(): string {
    return `${this.baseUrl}/v1/carte/style.json`;
  }

  /** Forgets every cached response. */
  clearCache(): void {
    this.cache.clear();
  }

  /**
   * Joins the shared request for this URL, starting one if none is live (then `preview` sees its body). With
   * `deferCheck`, the schema is imported when the body has arrived instead of during the request.
   */
  private get<T>(
    path: string,
    schema: SchemaSource<T>,
    options: RequestOptions = {},
    preview?: (body: unknown) => void,
    deferCheck = false,
  ): Promise<T> {
    const { signal } = options;
    if (signal?.aborted) return Promise.reject(abortReason(signal));
    const url = `${this.baseUrl}${path}`;
    let shared = this.cache.get(url) as SharedRequest<T> | undefined;
    if (!shared || shared.abandoned) {
      shared = new SharedRequest((sharedSignal) => this.load(url, schema, sharedSignal, preview, deferCheck));
      this.cache.add(url, shared, shared.promise);
    }
    return shared.join(signal);
  }

  /** One attempt, and one retry when the first failed on the network or with a server error. */
  protected async load<T>(
    url: string,
    source: SchemaSource<T>,
    signal: AbortSignal,
    preview?: (body: unknown) => void,
    deferCheck = false,
    headers?: Readonly<Record<string, string>>,
  ): Promise<T> {
    // The schema's chunk loads while the request is in flight, not before it (or once the body is there).
    let loading: Promise<z.ZodMiniType<T>> | undefined;
    const schema = () => {
      if (!loading) {
        loading = loadSchema(url, source);
        loading.catch(() => {}); // awaited in attempt; a failure before then must not go unhandled
      }
      return loading;
    };
    if (!deferCheck) void schema();
    try {
      return await this.attempt(url, schema, signal, preview, headers);
    } catch (error) {
      const retry = error instanceof NetworkError || (error instanceof HttpError && error.status >= 500);
      if (!retry || signal.aborted) throw error;
      await sleep(this.retryDelay * (0.5 + Math.random()), signal);
      return this.attempt(url, schema, signal, preview, headers);
    }
  }

  /** Fetches, reads and validates one response within the timeout. */
  private async attempt<T>(
    url: string,
    schemaLoading: () => Promise<z.ZodMiniType<T>>,
    signal: AbortSignal,
    preview?: (body: unknown) => void,
    headers?: Readonly<Record<string, string>>,
  ): Promise<T> {
    const text = await this.exchange(
      url,
      { method: 'GET', headers: { ...this.headers, ...headers, Accept: 'application/json' } },
      signal,
    );
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch (error) {
      const reason = `the body is not JSON (${text.length === 0 ? 'empty' : `starts with ${JSON.stringify(text.slice(0, 40))}`})`;
      throw new InvalidResponseError({ url, reason, cause: error });
    }
    if (preview) {
      try {
        preview(body);
      } catch {
        // A preview is a courtesy: its failure must not fail the request.
      }
    }
    const schema = await schemaLoading();
    const result = schema.safeParse(body, { reportInput: true });
    if (!result.success) {
      // The words for the issues come with the schemas (their chunk is loaded by now): none in the first screen.
      const { formatIssues } = await import('../schemas/issues.js');
      const { issues } = result.error;
      throw new InvalidResponseError({ url, issues, lines: formatIssues(issues) });
    }
    return result.data;
  }

  /**
   * One request and its whole body within the timeout, without credentials: the body's text, or a
   * `TimeoutError`, the signal's reason, a `NetworkError`, or an `HttpError` (with its problem document) for a
   * status that is not 2xx.
   */
  protected async exchange(url: string, init: RequestInit, signal: AbortSignal): Promise<string> {
    const link = linkedController(signal, this.timeout, new DOMException('Timed out', 'TimeoutError'));
    try {
      let response: Response;
      let text: string;
      try {
        const request = this.fetchFunction(url, { ...init, credentials: 'omit', signal: link.signal });
        // Raced, so that the timeout holds even with a fetch or a body stream that ignores the signal.
        response = await raceSignal(request, link.signal);
        text = await raceSignal(response.text(), link.signal);
      } catch (error) {
        if (link.timedOut()) throw new TimeoutError({ url, timeout: this.timeout });
        if (signal.aborted) throw abortReason(signal);
        throw new NetworkError({ url, cause: error });
      }
      if (!response.ok) {
        const problem = await parseProblem(text, response.headers.get('Content-Type'));
        throw new HttpError({ url, status: response.status, statusText: response.statusText, problem });
      }
      return text;
    } finally {
      link.dispose();
    }
  }
}

/** The schema of a source, imported if need be; a chunk that does not load is a `NetworkError`. */
async function loadSchema<T>(url: string, source: SchemaSource<T>): Promise<z.ZodMiniType<T>> {
  try {
    return typeof source === 'function' ? await source() : source;
  } catch (cause) {
    // The schema's chunk did not load: the network failed as surely as if the request had.
    throw new NetworkError({ url, cause });
  }
}

/** A schema of quiz and orientation definitions, imported on first use. */
function contentSchema<K extends 'quizDefinitionSchema' | 'orientationDefinitionSchema'>(name: K) {
  return async () => (await import('../schemas/content.js'))[name];
}

/** Search parameters without their pagination (`limit`, `cursor`, `page`), which facet counts do not take. */
function withoutPagination(
  params: FacettesParams & Partial<Pick<SearchParams, 'limit' | 'cursor' | 'page'>>,
) {
  const { limit: _limit, cursor: _cursor, page: _page, ...rest } = params;
  return rest;
}

/** The problem document of an error body, when it is one (its schema imported then: errors are rare). */
async function parseProblem(text: string, contentType: string | null): Promise<Problem | undefined> {
  if (!contentType || !/json/i.test(contentType)) return undefined;
  try {
    const { problemSchema } = await import('../schemas/problem.js');
    const result = problemSchema.safeParse(JSON.parse(text));
    return result.success ? result.data : undefined;
  } catch {
    return undefined;
  }
}

/** An absolute http(s) base URL without a trailing slash; relative ones resolve against the page. */
function resolveBaseUrl(baseUrl: string): string {
  let url: URL;
  try {
    url = new URL(baseUrl, (globalThis as { location?: { href: string } }).location?.href);
  } catch {
    throw new TypeError(`InclusionClient: baseUrl ${JSON.stringify(baseUrl)} is not a valid URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new TypeError(`InclusionClient: baseUrl ${JSON.stringify(baseUrl)} must be an http or https URL`);
  }
  url.search = '';
  url.hash = '';
  return url.href.replace(/\/+$/, '');
}
