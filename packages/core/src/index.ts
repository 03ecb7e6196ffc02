/**
 * @inclusion-widgets/core: the data standard's vocabularies, the zod schemas of the API contract and of
 * quiz and orientation definitions, the API client and its errors, and the i18n catalogs. No Lit, no DOM,
 * no side effects.
 *
 * @module
 */

export * from './i18n/index.js';
export * from './standard/slugs.js';
export * from './standard/vocabularies.js';

export {
  departementCodePattern,
  epciCodePattern,
  inseeCodePattern,
  postcodePattern,
  regionCodePattern,
} from './schemas/codes.js';
export { emailPattern, isHttpUrl, isIsoDate, isoDatePattern, isoDateTimePattern } from './schemas/formats.js';
export {
  emailSchema,
  httpUrlSchema,
  inseeCodeSchema,
  isoDateSchema,
  isoDateTimeSchema,
  latitudeSchema,
  longitudeSchema,
  postcodeSchema,
  slugListSchema,
  slugSchema,
} from './schemas/common.js';
export {
  formatIssues,
  formatPath,
  formatProblem,
  toProblems,
  type ValidationProblem,
  type ValidationResult,
} from './schemas/issues.js';
export {
  horairesSemaineSchema,
  joursSemaine,
  lieuDetailReadSchema,
  lieuDetailSchema,
  lieuReadSchema,
  lieuSchema,
  ouvertureSchema,
  ouvertureStatuts,
  plageHoraireSchema,
  type HorairesSemaine,
  type JourSemaine,
  type Lieu,
  type LieuDetail,
  type LieuInput,
  type Ouverture,
  type OuvertureStatut,
  type PlageHoraire,
} from './schemas/lieu.js';
export {
  carteLimits,
  carteParamsSchema,
  carteSchema,
  fromCarteParams,
  toCarteParams,
  type Carte,
  type CarteCluster,
  type CarteParams,
  type CartePoint,
} from './schemas/carte.js';
export {
  facettesLimits,
  facettesParamsSchema,
  facettesSchema,
  fromFacettesParams,
  toFacettesParams,
  type Facettes,
  type FacettesParams,
} from './schemas/facettes.js';
export { pageSchema, type Page } from './schemas/page.js';
export { communeListSchema, communeSchema, type Commune, type CommuneList } from './schemas/commune.js';
export {
  adresseListSchema,
  adresseSchema,
  adresseTypes,
  type Adresse,
  type AdresseList,
  type AdresseType,
} from './schemas/adresse.js';
export { problemErrorSchema, problemMediaType, problemSchema, type Problem } from './schemas/problem.js';
export {
  parseTerritoire,
  territoireTypes,
  type Territoire,
  type TerritoireType,
} from './schemas/territoire-code.js';
export { territoireSchema } from './schemas/territoire.js';
export {
  fromSearchParams,
  searchParamsSchema,
  SearchParamsError,
  toSearchParams,
  type SearchParams,
} from './schemas/search.js';
export {
  searchFilterFields,
  searchLimits,
  searchParameterOrder,
  writeSearchQuery,
  type SearchFilterField,
} from './schemas/search-query.js';
export { previewCommuneList, previewLieuPage } from './schemas/preview.js';
export {
  areaSchema,
  choiceSchema,
  conditionSchema,
  contentIdSchema,
  helpLevels,
  orientationDefinitionSchema,
  outcomeFiltersSchema,
  outcomeSchema,
  questionKinds,
  questionSchema,
  quizDefinitionSchema,
  stepSchema,
  validateOrientationDefinition,
  validateQuizDefinition,
  visibilitySchema,
  type Area,
  type Choice,
  type Condition,
  type HelpLevel,
  type OrientationDefinition,
  type OrientationDefinitionInput,
  type Outcome,
  type OutcomeFilters,
  type Question,
  type QuestionKind,
  type QuizDefinition,
  type QuizDefinitionInput,
  type Step,
  type Visibility,
} from './schemas/content.js';
export {
  bandIds,
  bandSchema,
  defaultQuizWeights,
  frameworkAreas,
  imageSchema,
  scoringSchema,
  type Band,
  type BandId,
  type FrameworkArea,
  type QuestionImage,
  type Scoring,
} from './schemas/content.js';
export {
  effectiveAnswers,
  isVisible,
  visibleQuestions,
  type QuestionList,
  type QuizAnswers,
} from './quiz/visibility.js';
export {
  bandFor,
  questionCredit,
  scoreQuiz,
  type AreaResult,
  type QuestionCredit,
  type QuizResult,
} from './quiz/scoring.js';
export {
  audienceSchema,
  orientationChoiceSchema,
  orientationQuestionSchema,
  outcomeFilterFields,
  type Audience,
  type OrientationChoice,
  type OrientationQuestion,
  type OutcomeFilterField,
} from './schemas/content.js';
export {
  answersFromQuiz,
  chooseOutcome,
  choiceText,
  isHelping,
  nextOrientationQuestion,
  orientationProgress,
  outcomeTexts,
  questionTexts,
  type OrientationAnswers,
  type OrientationFilters,
  type OrientationResult,
} from './orientation/flow.js';
export { parseQuizSummary, type QuizSummary, type QuizSummaryArea } from './orientation/quiz-summary.js';
export {
  evenementLimits,
  evenementSchema,
  evenementsBatchSchema,
  evenementTypes,
  partenaireIdSchema,
  statistiqueSchema,
  statistiquesSchema,
  widgetNames,
  type Evenement,
  type EvenementsBatch,
  type EvenementType,
  type Statistique,
  type Statistiques,
  type WidgetName,
} from './schemas/evenement.js';

export {
  attributeNamePattern,
  configurationAttributsSchema,
  configurationIdSchema,
  configurationLimits,
  widgetConfigurationSchema,
  type WidgetConfiguration,
  type WidgetConfigurationInput,
} from './schemas/configuration.js';

export type {
  InclusionApi,
  PartnerConfigurationApi,
  PartnerConfigurationParams,
  PreviewRequestOptions,
  QuizRequestOptions,
  RequestOptions,
  StatistiquesApi,
  StatistiquesParams,
} from './client/api.js';
export { InclusionClient, type FetchFunction, type InclusionClientOptions } from './client/client.js';
export { PartnerClient } from './client/partner-client.js';
export {
  HttpError,
  InclusionError,
  inclusionErrorKinds,
  InvalidResponseError,
  isAbortError,
  isInclusionError,
  NetworkError,
  TimeoutError,
  type InclusionErrorKind,
} from './client/errors.js';
export {
  loadDefinitionFile,
  type InvalidDefinitionFile,
  type ValidDefinitionFile,
} from './client/definition-file.js';
export { PromiseCache, type PromiseCacheOptions } from './client/cache.js';
