import type { InclusionApi } from '@inclusion-widgets/core';
import type { Logger } from './logger.js';

/** A configuration id, as the API gives them: lowercase kebab-case, 2 to 64 characters. */
const idPattern = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

/**
 * Applies a configuration saved on the API (`config="<id>"`, `GET /v1/configurations/{id}`) to a widget: each of
 * its attributes is set where the element has none of its own (the page's attributes win). Loaded on demand by
 * `InclusionElement` the first time a widget has `config`, so that widgets without one do not carry it. A
 * configuration for another widget, a malformed id or an API error is written to the console and changes
 * nothing: the widget stays as its own attributes make it.
 */
export async function applyRemoteConfiguration(
  element: HTMLElement,
  id: string,
  client: InclusionApi,
  logger: Logger,
): Promise<void> {
  if (!idPattern.test(id)) {
    logger.warn(
      `config="${id}" is not a configuration id (a-z, 0-9 and -, 2 to 64 characters, as the API operator gives them): ignored.`,
    );
    return;
  }
  let configuration;
  try {
    configuration = await client.getConfiguration(id);
  } catch (error) {
    logger.warn(`configuration "${id}" could not be read:`, error);
    return;
  }
  if (`inclusion-${configuration.widget}` !== element.localName) {
    logger.warn(`configuration "${id}" is for <inclusion-${configuration.widget}>: not applied.`);
    return;
  }
  for (const [name, value] of Object.entries(configuration.attributs)) {
    if (!element.hasAttribute(name)) element.setAttribute(name, value);
  }
}
