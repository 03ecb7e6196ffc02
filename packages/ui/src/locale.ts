import { resolveLocale, type Locale } from '@inclusion-widgets/core';

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
