/**
 * @inclusion-widgets/configurator: `<inclusion-configurator>`, which builds a widget's snippet for a webmaster
 * (three embedding modes, live preview) and saves it as a remote configuration. No side effects: import
 * `@inclusion-widgets/configurator/define.js` to register the element.
 *
 * @module
 */

export { InclusionConfigurator, type ConfiguratorClient } from './configurator.js';
export {
  attributesOf,
  attributesRecord,
  checkAttributes,
  finderFilters,
  initialChoices,
  knownQuizzes,
  territoryValue,
  type Choices,
  type TerritoryChoice,
} from './choices.js';
export {
  elementSnippet,
  embedModes,
  escapeAttribute,
  iframeSnippet,
  iframeTitles,
  scriptSnippet,
  snippetFor,
  widgetNames,
  type AttributeList,
  type EmbedMode,
  type SnippetTarget,
  type WidgetName,
} from './snippets.js';
export { departements, type Departement } from './departements.js';
export { InclusionConfigurationSavedEvent } from './events.js';
