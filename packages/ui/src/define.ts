import { createLogger } from './logger.js';

/**
 * Where `define` records the version of the library that defined an element. A registered symbol, so that
 * two copies of the library on one page (two bundles, two versions) read the same property.
 */
export const versionKey: unique symbol = Symbol.for('inclusion-widgets/version');

/** A custom element constructor, possibly carrying the version recorded by `define`. */
export type ElementConstructor = CustomElementConstructor & { [versionKey]?: string };

/** The version recorded on a custom element constructor by `define`, if any. */
export function versionOf(ctor: CustomElementConstructor): string | undefined {
  // Own property only: a subclass of a defined element has not been defined itself.
  return Object.hasOwn(ctor, versionKey) ? (ctor as ElementConstructor)[versionKey] : undefined;
}

/**
 * Defines a custom element without ever throwing on the host page.
 *
 * - The tag is free: defines it and records `version` on the constructor (static `[versionKey]` property).
 * - The tag is already defined by the same constructor, or by the same version (the widget script is on the
 *   page twice): does nothing, silently.
 * - The tag is already defined by another version: keeps the first definition and warns once for this tag,
 *   naming both versions.
 * - The registry refuses (the constructor is already used under another tag…): warns once and goes on.
 *
 * @example
 * define('inclusion-quiz', InclusionQuiz, '1.2.0');
 */
export function define(tagName: string, ctor: CustomElementConstructor, version: string): void {
  const existing = customElements.get(tagName);
  if (existing) {
    if (existing === ctor) return;
    const existingVersion = versionOf(existing);
    if (existingVersion === version) return;
    createLogger(tagName).warnOnce(
      'define',
      `already defined by version ${existingVersion ?? '(unknown)'} of the widgets; version ${version} is ignored. ` +
        'Load the widgets script only once per page.',
    );
    return;
  }
  try {
    Object.defineProperty(ctor, versionKey, { value: version, configurable: true });
    customElements.define(tagName, ctor);
  } catch (error) {
    createLogger(tagName).warnOnce('define', `could not be defined (version ${version}):`, error);
  }
}
