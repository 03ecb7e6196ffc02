export {
  attributeName,
  boolean,
  emailAddress,
  hexColor,
  httpUrl,
  identifier,
  locale,
  oneOf,
  parseAttributes,
  recoverable,
  required,
  territory,
  withDefault,
  type AttributeIssue,
  type AttributeRule,
  type AttributeRules,
  type ConfigOf,
  type ParsedAttributes,
  type RuleContext,
  type RuleResult,
} from './attributes.js';
export { listOf, lonLat, number, slugList, type LonLat, type NumberOptions } from './search-attributes.js';
export { InclusionElement } from './base-element.js';
export { clientContext, provideClient } from './context.js';
export { define, versionKey, versionOf, type ElementConstructor } from './define.js';
export { problemStyles, renderConfigError, renderConfigNotice, renderProblem } from './error-message.js';
export { InclusionConfigErrorEvent, InclusionEvent } from './events.js';
export { headingLevel, renderHeading } from './heading.js';
export { LocaleCatalogs, localeOf } from './locale.js';
export { createLogger, isDebugEnabled, setDebug, type Logger } from './logger.js';
export { sendStatistic, type StatisticsSettings } from './statistics.js';
export {
  contrastRatio,
  contrastTargets,
  derivePalette,
  paletteTokenNames,
  paletteTokens,
  type Palette,
  type PaletteOptions,
} from './palette.js';
export { PopoverController, type PopoverOptions } from './popover-controller.js';
// The glossary's code is imported lazily from '@inclusion-widgets/ui/glossary.js': only its types here.
export type { Glossary, GlossaryPart, GlossaryTerm } from './glossary.js';
export { safeHref, safeHrefKinds, type SafeHrefKind } from './safe-url.js';
export {
  colorBorder,
  colorDanger,
  colorMuted,
  colorOnPrimary,
  colorPrimary,
  colorSuccess,
  colorSurface,
  colorText,
  focusRing,
  fontFamily,
  fontSize,
  hostStyles,
  radius,
  space,
} from './theme.js';
