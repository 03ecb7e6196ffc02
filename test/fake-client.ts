import type * as z from 'zod/mini';
import {
  carteLimits,
  communeSchema,
  evenementsBatchSchema,
  facettesLimits,
  formatProblem,
  HttpError,
  lieuReadSchema,
  orientationDefinitionSchema,
  parseTerritoire,
  quizDefinitionSchema,
  searchFilterFields,
  slugsOf,
  toCarteParams,
  toFacettesParams,
  toProblems,
  toSearchParams,
  widgetConfigurationSchema,
  type Carte,
  type CarteParams,
  type Commune,
  type EvenementsBatch,
  type Facettes,
  type FacettesParams,
  type InclusionApi,
  type Lieu,
  type LieuDetail,
  type LieuInput,
  type OrientationDefinition,
  type OrientationDefinitionInput,
  type Page,
  type PreviewRequestOptions,
  type QuizDefinition,
  type QuizDefinitionInput,
  type RequestOptions,
  type SearchFilterField,
  type SearchParams,
  type WidgetConfiguration,
  type WidgetConfigurationInput,
} from '@inclusion-widgets/core';
import * as fixtures from './fixtures/index.js';

/** Options of `getQuiz` (`InclusionApi`'s own type): a signal, and the language asked for. */
type QuizRequestOptions = NonNullable<Parameters<InclusionApi['getQuiz']>[1]>;

/** Data a `FakeClient` serves; every item is parsed by the API contract's schemas. */
export interface FakeFixtures {
  /** Venues, as the API would return them, read as the client reads them (a link that is not http(s) dropped). */
  readonly lieux?: readonly LieuInput[];
  /** Communes for the autocomplete and for locating `commune` and `territoire` searches. */
  readonly communes?: readonly Commune[];
  /** Quiz definitions, by their `id` and `locale` (several languages of one quiz may be given). */
  readonly quizzes?: readonly QuizDefinitionInput[];
  /** Orientation definitions, by their `id` and `locale`, chosen as quizzes are. */
  readonly orientations?: readonly OrientationDefinitionInput[];
  /** Remote widget configurations (`config` attribute), by their `id`. */
  readonly configurations?: readonly WidgetConfigurationInput[];
  /** What `carteStyleUrl()` returns; by default the committed fixture style (a few départements, no server). */
  readonly carteStyleUrl?: string;
}

/** A method of the API. */
export type FakeMethod = keyof InclusionApi;

/** One recorded call. */
export interface FakeCall {
  /** The method called. */
  readonly method: FakeMethod;
  /** Its arguments, options excluded. */
  readonly args: readonly unknown[];
  /** The caller's signal, if any. */
  readonly signal: AbortSignal | undefined;
  /**
   * A call with a `preview` option (`getQuiz`, `getOrientation`, `searchLieux`, `searchCommunes`): shows the answer to
   * it (read by core's preview reader for the last two), as the client does when the body has arrived
   * and its check has not finished; with `delayNext()`, the check then ends on `release()`.
   */
  preview?: () => void;
}

/** A call held by `delayNext()`: it settles only when the test says so (or when its caller aborts). */
export interface HeldCall {
  /** Resolves once the call has been made (useful to await the widget's request). */
  readonly started: Promise<FakeCall>;
  /** Lets the call answer (with its data, or the failure set by `failNext`). */
  release(): void;
  /** Makes the call reject with `error`. */
  fail(error: unknown): void;
}

interface Hold {
  readonly held: HeldCall;
  readonly start: (call: FakeCall) => void;
  settle?: (error?: unknown) => void;
  early?: { error?: unknown };
}

/** Default page size of the fake search, as the API's. */
const defaultLimit = 20;

/**
 * The test kit's API: the same interface as `InclusionClient`, served from fixtures parsed by the same zod
 * schemas (an invalid fixture throws at construction). It records every call, can fail or hold the next
 * call, honours `signal` like the real client (rejects with an `AbortError`), and answers asynchronously.
 *
 * Search semantics, kept simple: `lat`/`lon` or `commune` give distances (from the point or the commune's
 * centre) and sort by them; `rayon` keeps venues within it; `commune` without `rayon` keeps that commune's
 * venues; `territoire`, `bbox`, `q` (accent- and case-insensitive), `ouvert_maintenant` and each slug filter
 * (any of its values) narrow the list; `cursor` is an offset. `getFacettes` counts the same located venues
 * with the API's disjunctive semantics (each field without its own filter).
 *
 * @example
 * const fake = new FakeClient();
 * const held = fake.delayNext();
 * const el = await fixture(html`<inclusion-venue-finder .client=${fake} commune="59350"></inclusion-venue-finder>`);
 * await held.started; // loading state here
 * held.release();
 * fake.failNext(new HttpError({ url: '/v1/lieux', status: 503 }));
 */
export class FakeClient implements InclusionApi {
  /** The venues served, parsed. */
  readonly lieux: readonly Lieu[];
  /** The communes served, parsed. */
  readonly communes: readonly Commune[];
  /** The quizzes served, parsed. */
  readonly quizzes: readonly QuizDefinition[];
  /** The orientations served, parsed. */
  readonly orientations: readonly OrientationDefinition[];
  /** The widget configurations served, parsed. */
  readonly configurations: readonly WidgetConfiguration[];
  /** Every call, in order. */
  readonly calls: FakeCall[] = [];
  private readonly failures: unknown[] = [];
  private readonly holds: Hold[] = [];
  private readonly styleUrl: string;

  constructor(data: FakeFixtures = defaultFixtures()) {
    this.lieux = (data.lieux ?? []).map((lieu, index) =>
      parseFixture(lieuReadSchema, lieu, `lieux.${index}`),
    );
    this.communes = (data.communes ?? []).map((commune, index) =>
      parseFixture(communeSchema, commune, `communes.${index}`),
    );
    this.quizzes = (data.quizzes ?? []).map((quiz, index) =>
      parseFixture(quizDefinitionSchema, quiz, `quizzes.${index}`),
    );
    this.orientations = (data.orientations ?? []).map((orientation, index) =>
      parseFixture(orientationDefinitionSchema, orientation, `orientations.${index}`),
    );
    this.configurations = (data.configurations ?? []).map((configuration, index) =>
      parseFixture(widgetConfigurationSchema, configuration, `configurations.${index}`),
    );
    // Served by web-test-runner, which serves the repository's root: a map draws it with no API.
    this.styleUrl = data.carteStyleUrl ?? new URL('./fixtures/carte-style.json', import.meta.url).href;
  }

  /** Makes the next call (of any method) reject with `error`, typically an `InclusionError`. */
  failNext(error: unknown): this {
    this.failures.push(error);
    return this;
  }

  /** Holds the next call (of any method) until the returned handle releases or fails it. */
  delayNext(): HeldCall {
    let start!: (call: FakeCall) => void;
    const started = new Promise<FakeCall>((resolve) => (start = resolve));
    const hold: Hold = {
      start,
      held: {
        started,
        release: () => (hold.settle ? hold.settle() : (hold.early = {})),
        fail: (error) => (hold.settle ? hold.settle(error) : (hold.early = { error })),
      },
    };
    this.holds.push(hold);
    return hold.held;
  }

  /** Forgets the recorded calls. */
  resetCalls(): void {
    this.calls.length = 0;
  }

  /** Searches the fixture venues (see the class description for the semantics). */
  searchLieux(params: SearchParams, options?: PreviewRequestOptions): Promise<Page<Lieu>> {
    const answer = this.answer('searchLieux', [params], options, () => {
      toSearchParams(params); // same validation (and SearchParamsError) as the real client
      return this.search(params);
    });
    this.attachPreview(options?.preview, () => this.search(params));
    return answer;
  }

  /** A fixture venue, or an `HttpError` 404; with hours, `horaires_valides: true` (the fake parses none). */
  getLieu(id: string, options?: RequestOptions): Promise<LieuDetail> {
    return this.answer('getLieu', [id], options, () => {
      const lieu = found(
        this.lieux.find((candidate) => candidate.id === id),
        `/v1/lieux/${encodeURIComponent(id)}`,
      );
      const detail: LieuDetail = { ...lieu };
      if (detail.horaires !== undefined) detail.horaires_valides = true;
      return detail;
    });
  }

  /**
   * The fixture venues of a viewport, filtered like a search: all as points when they fit under
   * `carteLimits.features`, else one cluster per cell of a 10 × 10 grid over the viewport.
   */
  getCarte(params: CarteParams, options?: RequestOptions): Promise<Carte> {
    return this.answer('getCarte', [params], options, () => {
      toCarteParams(params); // same validation (and SearchParamsError) as the real client
      const { zoom, bbox, ...filters } = params;
      const matches = this.search({ ...filters, bbox, limit: 100 }, Number.MAX_SAFE_INTEGER).items;
      const placed = matches.filter(
        (lieu): lieu is Lieu & { latitude: number; longitude: number } =>
          lieu.latitude !== undefined && lieu.longitude !== undefined,
      );
      const point = (lieu: (typeof placed)[number]) => ({
        id: lieu.id,
        nom: lieu.nom,
        commune: lieu.commune,
        latitude: lieu.latitude,
        longitude: lieu.longitude,
      });
      if (placed.length <= carteLimits.features) {
        return { bbox, zoom, total: placed.length, clusters: [], points: placed.map(point) };
      }
      const [west, south, east, north] = bbox;
      const cells = new Map<string, typeof placed>();
      for (const lieu of placed) {
        const x = Math.min(9, Math.floor(((lieu.longitude - west) / (east - west || 1)) * 10));
        const y = Math.min(9, Math.floor(((lieu.latitude - south) / (north - south || 1)) * 10));
        cells.set(`${x},${y}`, [...(cells.get(`${x},${y}`) ?? []), lieu]);
      }
      const clusters: Carte['clusters'] = [];
      const points: Carte['points'] = [];
      for (const cell of cells.values()) {
        const [first] = cell;
        if (cell.length === 1 && first) {
          points.push(point(first));
          continue;
        }
        const lats = cell.map((lieu) => lieu.latitude);
        const lons = cell.map((lieu) => lieu.longitude);
        clusters.push({
          count: cell.length,
          latitude: lats.reduce((a, b) => a + b, 0) / cell.length,
          longitude: lons.reduce((a, b) => a + b, 0) / cell.length,
          bbox: [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)],
        });
      }
      return { bbox, zoom, total: placed.length, clusters, points };
    });
  }

  /**
   * Facet counts of the fixture venues, with the API's semantics: `total` matches the location and every filter;
   * each field's counts, every filter but its own; `ouvert_maintenant`, every other filter and `ouverture.statut`
   * `ouvert`. `limit`, `cursor` and `page` are ignored, as the real client leaves them out.
   */
  getFacettes(params: FacettesParams, options?: RequestOptions): Promise<Facettes> {
    return this.answer('getFacettes', [params], options, () => {
      const { limit: _limit, cursor: _cursor, page: _page, ...rest } = params as SearchParams;
      toFacettesParams(rest); // same validation (and SearchParamsError) as the real client
      const located = this.locate(rest);
      const complet = located.length <= facettesLimits.lieux;
      const counted = complet ? located : located.slice(0, facettesLimits.lieux);
      const bySlug = new Map<SearchFilterField, Map<string, number>>(
        searchFilterFields.map((field) => [field, new Map()]),
      );
      const add = (field: SearchFilterField, lieu: Lieu) => {
        const counts = bySlug.get(field);
        for (const slug of lieu[field] as readonly string[]) counts?.set(slug, (counts.get(slug) ?? 0) + 1);
      };
      let total = 0;
      let ouvertMaintenant = 0;
      for (const lieu of counted) {
        const failed = searchFilterFields.filter((field) => !matchesFilter(lieu, field, rest[field]));
        const open = lieu.ouverture?.statut === 'ouvert';
        if (failed.length === 0 && open) ouvertMaintenant += 1;
        if (rest.ouvert_maintenant && !open) continue;
        const [only] = failed;
        if (failed.length === 0) {
          total += 1;
          for (const field of searchFilterFields) add(field, lieu);
        } else if (failed.length === 1 && only) {
          add(only, lieu);
        }
      }
      const facettes = Object.fromEntries(
        searchFilterFields.map((field) => {
          const counts = bySlug.get(field) ?? new Map<string, number>();
          const entries = slugsOf(field).flatMap((slug) => {
            const count = counts.get(slug);
            return count ? [[slug, count] as const] : [];
          });
          return [field, Object.fromEntries(entries)];
        }),
      ) as Facettes['facettes'];
      return { total, facettes, ouvert_maintenant: ouvertMaintenant, complet };
    });
  }

  /** Fixture communes whose name or postcode starts with (or name contains) `q`; `[]` for a blank query. */
  searchCommunes(q: string, options?: PreviewRequestOptions): Promise<Commune[]> {
    const answer = this.answer('searchCommunes', [q], options, () => this.findCommunes(q));
    this.attachPreview(options?.preview, () => ({ items: this.findCommunes(q) }));
    return answer;
  }

  /**
   * Gives the last call a `preview`, as the real client does with a preview option: the answer's body as JSON
   * would bring it (a copy: the caller reads it by hand and may change it).
   */
  private attachPreview(preview: ((body: unknown) => void) | undefined, body: () => unknown): void {
    const call = this.calls[this.calls.length - 1];
    if (!preview || !call) return;
    call.preview = () => preview(JSON.parse(JSON.stringify(body())));
  }

  private findCommunes(q: string): Commune[] {
    const query = normalize(q);
    if (query === '') return [];
    const starts = this.communes.filter(
      (commune) =>
        normalize(commune.nom).startsWith(query) ||
        commune.codes_postaux.some((code) => code.startsWith(query)),
    );
    const contains = this.communes.filter(
      (commune) => !starts.includes(commune) && normalize(commune.nom).includes(query),
    );
    return [...starts, ...contains].slice(0, 10);
  }

  /**
   * A fixture quiz, or an `HttpError` 404. With `lang`, as the API: the version in that language, else the French
   * one, else the first one given. The call's `args` are `[id]`, or `[id, lang]` when a language is asked.
   */
  getQuiz(id: string, options?: QuizRequestOptions): Promise<QuizDefinition> {
    const lang = options?.lang;
    const versions = this.quizzes.filter((quiz) => quiz.id === id);
    const chosen =
      versions.find((quiz) => quiz.locale === lang) ??
      versions.find((quiz) => quiz.locale === 'fr') ??
      versions[0];
    const answer = this.answer('getQuiz', lang ? [id, lang] : [id], options, () =>
      found(chosen, `/v1/quiz/${encodeURIComponent(id)}`),
    );
    if (chosen) this.attachPreview(options?.preview, () => chosen);
    return answer;
  }

  /**
   * Accepts anonymous events as the API does, once validated by the contract's schema (an invalid batch rejects
   * with a `TypeError`, like the real client); `failNext` and `delayNext` apply. The batch is in the call's `args`.
   */
  postEvenements(batch: EvenementsBatch, options?: RequestOptions): Promise<void> {
    return this.answer('postEvenements', [batch], options, () => {
      const result = evenementsBatchSchema.safeParse(batch, { reportInput: true });
      if (!result.success) {
        const lines = toProblems(result.error.issues).map((problem) => formatProblem(problem));
        throw new TypeError(`postEvenements: invalid events, not sent\n${lines.join('\n')}`);
      }
    });
  }

  /** A fixture orientation, or an `HttpError` 404. */
  getOrientation(id: string, options?: QuizRequestOptions): Promise<OrientationDefinition> {
    const lang = options?.lang;
    const versions = this.orientations.filter((orientation) => orientation.id === id);
    const chosen =
      versions.find((orientation) => orientation.locale === lang) ??
      versions.find((orientation) => orientation.locale === 'fr') ??
      versions[0];
    const answer = this.answer('getOrientation', lang ? [id, lang] : [id], options, () =>
      found(chosen, `/v1/orientations/${encodeURIComponent(id)}`),
    );
    if (chosen) this.attachPreview(options?.preview, () => chosen);
    return answer;
  }

  /** A fixture configuration, or an `HttpError` 404 like the API's. */
  getConfiguration(id: string, options?: RequestOptions): Promise<WidgetConfiguration> {
    return this.answer('getConfiguration', [id], options, () =>
      found(
        this.configurations.find((configuration) => configuration.id === id),
        `/v1/configurations/${encodeURIComponent(id)}`,
      ),
    );
  }

  /**
   * The committed fixture style (`test/fixtures/carte-style.json`: the API's style with a few départements of the
   * north inline), or the `carteStyleUrl` fixture. Not recorded as a call: the map library fetches it.
   */
  carteStyleUrl(): string {
    return this.styleUrl;
  }

  /** Records a call and settles it: after a microtask, or when its hold is released; aborts win. */
  private answer<T>(
    method: FakeMethod,
    args: readonly unknown[],
    options: RequestOptions | undefined,
    compute: () => T,
  ): Promise<T> {
    const signal = options?.signal;
    const call: FakeCall = { method, args, signal };
    this.calls.push(call);
    const failure = this.failures.length > 0 ? { error: this.failures.shift() } : undefined;
    const hold = this.holds.shift();
    return new Promise<T>((resolve, reject) => {
      if (signal?.aborted) return reject(abortReason(signal));
      let settled = false;
      const onAbort = () => {
        settled = true;
        reject(abortReason(signal!));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      const settle = (error?: unknown) => {
        if (settled) return;
        settled = true;
        signal?.removeEventListener('abort', onAbort);
        if (error !== undefined) return reject(error);
        if (failure) return reject(failure.error);
        try {
          // A copy, so that a widget changing its data never changes the fixtures.
          resolve(structuredClone(compute()));
        } catch (computeError) {
          reject(computeError);
        }
      };
      if (hold) {
        hold.settle = settle;
        hold.start(call);
        if (hold.early) settle(hold.early.error);
      } else {
        queueMicrotask(() => settle());
      }
    });
  }

  private search(params: SearchParams, maxLimit = params.limit ?? defaultLimit): Page<Lieu> {
    let matches = this.locate(params);
    for (const field of searchFilterFields) {
      matches = matches.filter((lieu) => matchesFilter(lieu, field, params[field]));
    }
    if (params.ouvert_maintenant) matches = matches.filter((lieu) => lieu.ouverture?.statut === 'ouvert');
    const limit = Math.max(params.limit ?? defaultLimit, maxLimit);
    const offset =
      params.cursor !== undefined ? Number(params.cursor) || 0 : ((params.page ?? 1) - 1) * limit;
    const end = offset + limit;
    return {
      items: matches.slice(offset, end),
      total: matches.length,
      limit,
      next: end < matches.length ? String(end) : null,
    };
  }

  /**
   * The venues of a location (point or commune, radius, `territoire`, `bbox`, `q`), each with its distance when
   * there is a centre, nearest first; the vocabulary filters and "open now" are left to the caller.
   */
  private locate(params: SearchParams): Lieu[] {
    const centre = this.centreOf(params);
    let matches = this.lieux.map((lieu) => {
      const distance =
        centre && lieu.latitude !== undefined && lieu.longitude !== undefined
          ? Math.round(distanceInMetres(centre, { latitude: lieu.latitude, longitude: lieu.longitude }))
          : undefined;
      return distance === undefined ? { ...lieu } : { ...lieu, distance };
    });
    if (params.rayon !== undefined) {
      const rayon = params.rayon;
      matches = matches.filter((lieu) => lieu.distance !== undefined && lieu.distance <= rayon);
    } else if (params.commune !== undefined && params.lat === undefined) {
      matches = matches.filter((lieu) => lieu.code_insee === params.commune);
    }
    if (params.territoire !== undefined) {
      const territoire = parseTerritoire(params.territoire);
      matches = matches.filter((lieu) => territoire !== undefined && this.inTerritoire(lieu, territoire));
    }
    if (params.bbox) {
      const [west, south, east, north] = params.bbox;
      matches = matches.filter(
        (lieu) =>
          lieu.latitude !== undefined &&
          lieu.longitude !== undefined &&
          lieu.longitude >= west &&
          lieu.longitude <= east &&
          lieu.latitude >= south &&
          lieu.latitude <= north,
      );
    }
    const q = normalize(params.q ?? '');
    if (q !== '') {
      matches = matches.filter((lieu) =>
        [lieu.nom, lieu.commune, lieu.adresse, lieu.presentation_resume ?? ''].some((text) =>
          normalize(text).includes(q),
        ),
      );
    }
    if (centre) {
      matches.sort((a, b) => (a.distance ?? Infinity) - (b.distance ?? Infinity));
    }
    return matches;
  }

  private centreOf(params: SearchParams): { latitude: number; longitude: number } | undefined {
    if (params.lat !== undefined && params.lon !== undefined)
      return { latitude: params.lat, longitude: params.lon };
    const commune = this.communes.find((candidate) => candidate.code === params.commune);
    return commune ? { latitude: commune.latitude, longitude: commune.longitude } : undefined;
  }

  private inTerritoire(lieu: Lieu, territoire: { type: string; code: string }): boolean {
    if (territoire.type === 'commune') return lieu.code_insee === territoire.code;
    if (territoire.type === 'departement') {
      return lieu.code_insee?.slice(0, territoire.code.length) === territoire.code;
    }
    const commune = this.communes.find((candidate) => candidate.code === lieu.code_insee);
    return territoire.type === 'region'
      ? commune?.region === territoire.code
      : commune?.epci === territoire.code;
  }
}

/** The default fixtures: five venues, five communes, one quiz, one orientation, two widget configurations. */
export function defaultFixtures(): FakeFixtures {
  return {
    lieux: fixtures.lieux,
    communes: fixtures.communes,
    quizzes: [fixtures.quiz],
    orientations: [fixtures.orientation],
    configurations: fixtures.configurations,
  };
}

/** Whether a venue passes one vocabulary filter: any of the wanted slugs; no filter passes everything. */
function matchesFilter(lieu: Lieu, field: SearchFilterField, wanted: readonly string[] | undefined): boolean {
  if (!wanted || wanted.length === 0) return true;
  return (lieu[field] as readonly string[]).some((slug) => wanted.includes(slug));
}

function parseFixture<T>(schema: z.ZodMiniType<T>, input: unknown, at: string): T {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return result.data;
  const lines = toProblems(result.error.issues).map((problem) =>
    formatProblem({ ...problem, path: [at, problem.path].filter(Boolean).join('.') }),
  );
  throw new TypeError(`FakeClient: invalid fixture\n${lines.join('\n')}`);
}

function found<T>(value: T | undefined, url: string): T {
  if (value !== undefined) return value;
  throw new HttpError({
    url,
    status: 404,
    statusText: 'Not Found',
    problem: { type: 'about:blank', title: 'Not Found', status: 404, detail: `Nothing at ${url}` },
  });
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('This operation was aborted', 'AbortError');
}

function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’']/g, ' ')
    .toLowerCase()
    .trim();
}

function distanceInMetres(
  a: { latitude: number; longitude: number },
  b: { latitude: number; longitude: number },
): number {
  const radians = (degrees: number) => (degrees * Math.PI) / 180;
  const dLat = radians(b.latitude - a.latitude);
  const dLon = radians(b.longitude - a.longitude);
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(radians(a.latitude)) * Math.cos(radians(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * 6_371_008.8 * Math.asin(Math.sqrt(h));
}
