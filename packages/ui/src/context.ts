import { ContextProvider, createContext } from '@lit/context';
import type { InclusionApi } from '@inclusion-widgets/core';

/**
 * The API client shared with every widget below a provider. A registered symbol as key, so that two copies
 * of the library on one page (two bundles) still talk to each other.
 *
 * Which client a widget uses, first found wins: its `.client` property, this context, a client built from
 * its `api` attribute.
 */
export const clientContext = createContext<InclusionApi | undefined>(Symbol.for('inclusion-widgets/client'));

/**
 * Provides `client` to every widget inside `host` (any element, not only a Lit one), for a host page or the
 * embed loader that knows the API address once for the whole page. Returns the provider: call
 * `provider.setValue(other)` to switch clients.
 *
 * @example
 * // The embed script, with the `data-api` of its script tag:
 * provideClient(document.documentElement, new InclusionClient({ baseUrl: script.dataset.api }));
 */
export function provideClient(
  host: HTMLElement,
  client: InclusionApi,
): ContextProvider<typeof clientContext> {
  return new ContextProvider(host, { context: clientContext, initialValue: client });
}
