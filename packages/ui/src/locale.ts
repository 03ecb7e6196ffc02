import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { localeReady, resolveLocale, type Locale } from '@inclusion-widgets/core';

/**
 * The locale a widget speaks, from the first supported language among: the element's own `lang` attribute,
 * the closest ancestor with a `lang` attribute (crossing shadow roots to their hosts), `<html lang>`.
 * French when none is supported.
 *
 * @example
 * // <div lang="en"><inclusion-quiz></inclusion-quiz></div>
 * localeOf(quiz); // 'en'
 */
export function localeOf(element: Element): Locale {
  return resolveLocale(
    element.getAttribute('lang'),
    closestLang(parentOrHost(element)),
    element.ownerDocument.documentElement.lang,
  );
}

/** The `lang` of `start` or of its closest ancestor that has one, looking through shadow roots. */
function closestLang(start: Element | null): string | null {
  let element = start;
  while (element) {
    const withLang = element.closest('[lang]');
    if (withLang) return withLang.getAttribute('lang');
    const root = element.getRootNode();
    element = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

function parentOrHost(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const parent = element.parentNode;
  return parent instanceof ShadowRoot ? parent.host : null;
}

/**
 * Waits for the catalogs of an element's locale (English ones are imported on demand, see `localeReady`): `ready`
 * says whether they are there and, when not, starts loading them and updates the element once they are. Render
 * nothing meanwhile (rather than a flash of French), and await `pending` in `getUpdateComplete`.
 *
 * @example
 * private readonly catalogs = new LocaleCatalogs(this);
 * protected override render() {
 *   if (!this.catalogs.ready(this.locale)) return nothing;
 * }
 */
export class LocaleCatalogs implements ReactiveController {
  /** The catalogs being loaded, `undefined` when the last locale asked for is ready. */
  pending: Promise<void> | undefined;

  private readonly host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {}

  /** Whether the catalogs of `locale` are there; if not, loads them and updates the host after. */
  ready(locale: Locale): boolean {
    const loading = localeReady(locale);
    if (!loading) {
      this.pending = undefined;
      return true;
    }
    if (loading !== this.pending) {
      this.pending = loading;
      void loading.then(() => {
        if (this.pending !== loading) return;
        this.pending = undefined;
        this.host.requestUpdate();
      });
    }
    return false;
  }

  /** Waits until the host has rendered with its catalogs there; for `getUpdateComplete`. */
  async settle(updateComplete: () => Promise<boolean>): Promise<boolean> {
    let complete = await updateComplete();
    while (this.pending) {
      await this.pending;
      complete = await updateComplete();
    }
    return complete;
  }
}
