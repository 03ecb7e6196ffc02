export { locales, defaultLocale, isLocale, matchLocale, resolveLocale, type Locale } from './locale.js';
export { fr, type Catalog, type Message, type MessageKey } from './catalog.fr.js';
export { en } from './catalog.en.js';
export {
  createTranslator,
  localeReady,
  translate,
  type CatalogLike,
  type CatalogSource,
  type MessageCatalog,
  type MessageParams,
  type Translator,
} from './translate.js';
export { formatDate, formatDistance, formatList, formatNumber, formatTime } from './format.js';
