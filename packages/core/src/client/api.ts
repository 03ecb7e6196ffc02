import type { Locale } from '../i18n/locale.js';
import type { Commune } from '../schemas/commune.js';
import type { WidgetConfiguration } from '../schemas/configuration.js';
import type { OrientationDefinition, QuizDefinition } from '../schemas/content.js';
import type { EvenementsBatch, Statistiques } from '../schemas/evenement.js';
import type { Carte, CarteParams } from '../schemas/carte.js';
import type { Facettes, FacettesParams } from '../schemas/facettes.js';
import type { Lieu, LieuDetail } from '../schemas/lieu.js';
import type { Page } from '../schemas/page.js';
import type { SearchParams } from '../schemas/search.js';

/** Options of one API call. */
export interface RequestOptions {
  /** Aborts the call: it then rejects with the signal's reason (an `AbortError`), never an `InclusionError`. */
  readonly signal?: AbortSignal | undefined;
}

/** Options of `getQuiz` and `getOrientation`: those of every call, the language asked for, a preview. */
export interface QuizRequestOptions extends RequestOptions {
  /** The language of the definition wanted (`?lang=`); the API falls back to French, then to the one it has. */
  readonly lang?: Locale | undefined;
  /**
   * Called with the definition as received, before it is checked, when this call is the one that starts the
   * request: lets a widget show its start screen while the checking code loads. Unchecked data: read only the
   * plain texts and counts needed, by hand, and wait for the promise before anything else.
   */
  readonly preview?: ((body: unknown) => void) | undefined;
}

/**
 * Options of `searchLieux` and `searchCommunes`: those of every call, and a preview of the answer that does not wait
 * for the code that checks it.
 */
export interface PreviewRequestOptions extends RequestOptions {
  /**
   * When given, and this call is the one that starts the request: the request starts at once (a search's parameters
   * are checked with the answer, not before), and `preview` is called with the answer's body as soon as it arrives,
   * unchecked: read it with `previewLieuPage` or `previewCommuneList`, which give `undefined` unless it plainly
   * matches the contract. The code that checks parameters and answer loads only then, so that nothing competes with
   * the answer on a slow network; the promise resolves with the checked answer, or rejects as without a preview
   * (`SearchParamsError` included). Show the preview until the promise settles; on a rejection, show the error.
   */
  readonly preview?: ((body: unknown) => void) | undefined;
}

/**
 * What widgets need from the API, implemented by `InclusionClient` and by the test kit's `FakeClient`.
 * Every method resolves with data validated by the contract's schemas, or rejects with an `InclusionError`
 * (or an `AbortError` when the caller aborts).
 */
export interface InclusionApi {
  /** Searches venues (`GET /v1/lieux`), sorted by distance when a point or commune is given. */
  searchLieux(params: SearchParams, options?: PreviewRequestOptions): Promise<Page<Lieu>>;
  /** One venue by id with its weekly hours table and opening status (`GET /v1/lieux/{id}`). */
  getLieu(id: string, options?: RequestOptions): Promise<LieuDetail>;
  /** Clusters and points of a map viewport (`GET /v1/lieux/carte`), at most `carteLimits.features`. */
  getCarte(params: CarteParams, options?: RequestOptions): Promise<Carte>;
  /**
   * How many places each filter value would give around the same location (`GET /v1/lieux/facettes`): the
   * search's `total`, per field the counts without that field's own filter, and the places open now.
   */
  getFacettes(params: FacettesParams, options?: RequestOptions): Promise<Facettes>;
  /** Communes matching a name or postcode, best first (`GET /v1/communes?q=`); `[]` for a blank query. */
  searchCommunes(q: string, options?: PreviewRequestOptions): Promise<Commune[]>;
  /**
   * A quiz definition (`GET /v1/quiz/{id}`), in `options.lang` when the API has that version (`?lang=`), else
   * in French, else in the one language it has: the definition's `locale` says which.
   */
  getQuiz(id: string, options?: QuizRequestOptions): Promise<QuizDefinition>;
  /** An orientation definition (`GET /v1/orientations/{id}`), in a language as `getQuiz`. */
  getOrientation(id: string, options?: QuizRequestOptions): Promise<OrientationDefinition>;
  /**
   * Sends anonymous events (`POST /v1/evenements`): validated first (nothing but the contract's fields can
   * leave), sent once (no retry, no cache), resolves when the API has accepted them. Callers treat a failure as
   * harmless: statistics never break a widget.
   */
  postEvenements(batch: EvenementsBatch, options?: RequestOptions): Promise<void>;
  /** A widget's remote configuration, for its `config` attribute (`GET /v1/configurations/{id}`). */
  getConfiguration(id: string, options?: RequestOptions): Promise<WidgetConfiguration>;
  /**
   * The URL of the default map style (a MapLibre style document, `GET /v1/carte/style.json`), for `<inclusion-map>`
   * when the page gives none. Synchronous: the map library fetches it.
   */
  carteStyleUrl(): string;
}

/** What `getStatistiques` asks for: a partner's weekly counters since a date, with its token. */
export interface StatistiquesParams {
  /** The partner id given by the API operator. */
  readonly partenaire: string;
  /** The partner's bearer token: sent in the `Authorization` header only, never in the URL. */
  readonly token: string;
  /** First day covered, `YYYY-MM-DD` (the counters start on the Monday of its week); the API's default: 12 weeks. */
  readonly depuis?: string | undefined;
}

/**
 * A partner's statistics (`GET /v1/statistiques`), implemented by `InclusionClient`: apart from `InclusionApi`,
 * since only the partner page needs it and a citizen's widget never holds a token.
 */
export interface StatistiquesApi {
  /**
   * A partner's weekly counters. Never cached nor shared (the answer depends on the token); a wrong token or an
   * unknown partner rejects with an `HttpError` 403, a missing one 401, an invalid id or date 400.
   */
  getStatistiques(params: StatistiquesParams, options?: RequestOptions): Promise<Statistiques>;
}

/** What `savePartnerConfiguration` sends: a partner's configuration, with the partner's token. */
export interface PartnerConfigurationParams {
  /** The partner id given by the API operator. */
  readonly partenaire: string;
  /** The partner's bearer token: sent in the `Authorization` header only, never in the URL. */
  readonly token: string;
  /** The configuration id: the partner id, a hyphen, then a-z, 0-9 and - (`mairie-lille-carte`). */
  readonly id: string;
  /** The widget it configures. */
  readonly widget: WidgetConfiguration['widget'];
  /** The widget's attributes, name → value, as written on the element (never `config`). */
  readonly attributs: Readonly<Record<string, string>>;
}

/**
 * A partner saves a widget configuration (`PUT /v1/partenaires/{partenaire}/configurations/{id}`), implemented by
 * `InclusionClient`: apart from `InclusionApi`, since only the configurator needs it and a citizen's widget never
 * holds a token.
 */
export interface PartnerConfigurationApi {
  /**
   * Creates or replaces one of the partner's configurations; resolves with it as the API serves it. Sent once, never
   * cached; rejects with an `HttpError`: 401 without a token, 403 for a wrong token or partner, 409 for an id held by
   * the operator or another partner, 400 naming each invalid field.
   */
  savePartnerConfiguration(
    params: PartnerConfigurationParams,
    options?: RequestOptions,
  ): Promise<WidgetConfiguration>;
}
