/**
 * Shared tools of the accessibility checks beyond axe (RGAA 4.1 themes 7, 10 and 12): walking a widget's shadow
 * trees, measuring lost content, contrast of focus indicators, and the live regions of Chromium's accessibility
 * tree (through the `a11y-live-regions` command of `accessibility-tree-plugin.mjs`).
 */
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';

/** Every element of `host`'s shadow tree, and of the shadow trees nested in it, in tree order. */
export function deepElements(host: Element): Element[] {
  const found: Element[] = [];
  const visit = (root: ParentNode): void => {
    for (const element of root.querySelectorAll('*')) {
      found.push(element);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  if (host.shadowRoot) visit(host.shadowRoot);
  return found;
}

/** Every shadow root under `host`, its own included. */
export function deepShadowRoots(host: Element): ShadowRoot[] {
  const roots = host.shadowRoot ? [host.shadowRoot] : [];
  for (const element of deepElements(host)) if (element.shadowRoot) roots.push(element.shadowRoot);
  return roots;
}

/**
 * Whether an element is rendered (not `display: none`, not in a hidden ancestor, not in the skipped content of a
 * closed `<details>`, whose boxes keep a stale position).
 */
export function isRendered(element: Element): boolean {
  return (
    element.getClientRects().length > 0 &&
    getComputedStyle(element).visibility !== 'hidden' &&
    element.checkVisibility()
  );
}

/** Whether an element is meant to be read by screen readers only (the `.visually-hidden` pattern). */
export function isVisuallyHidden(element: Element): boolean {
  for (let node: Element | null = element; node; node = parentOf(node)) {
    if (node.classList.contains('visually-hidden')) return true;
    const style = getComputedStyle(node);
    if (style.clipPath === 'inset(50%)' && node.getBoundingClientRect().width <= 1) return true;
  }
  return false;
}

/** The parent element, across shadow boundaries. */
export function parentOf(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** The element with the keyboard focus, through shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** A short readable description of an element, for failure messages. */
export function describe(element: Element): string {
  const classes = element.getAttribute('class')?.trim();
  const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
  const label = element.getAttribute('aria-label');
  return `<${element.localName}${classes ? ` class="${classes}"` : ''}>${label ? ` [${label}]` : ''}${text ? ` "${text}"` : ''}`;
}

/** Elements inside the map's canvas area that maplibre positions itself (markers, tiles): not text content. */
function insideMapCanvas(element: Element): boolean {
  return element.closest('.maplibregl-canvas-container, .maplibregl-canvas') !== null;
}

/**
 * The overlay an element is in: content shown on demand over other content (a popover such as a glossary's
 * definition), marked `data-overlay`. WCAG 1.4.13 lets it cover what is under it while it is open, as long as it
 * can be dismissed; it must still be whole itself (see `overlayProblems`).
 */
export function overlayOf(element: Element): Element | null {
  for (let node: Element | null = element; node; node = parentOf(node)) {
    if (node.hasAttribute('data-overlay')) return node;
  }
  return null;
}

/** The control that opens an overlay: the element whose `aria-controls` names it, in the same tree. */
function triggerOf(overlay: Element): Element | null {
  const root = overlay.getRootNode() as Document | ShadowRoot;
  return overlay.id ? root.querySelector(`[aria-controls~="${CSS.escape(overlay.id)}"]`) : null;
}

/** Whether two boxes share more than `margin` px both ways. */
function intersect(a: DOMRect, b: DOMRect, margin = 1): boolean {
  return (
    Math.min(a.right, b.right) - Math.max(a.left, b.left) > margin &&
    Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > margin
  );
}

/**
 * What is wrong with the open overlays (`[data-overlay]`) of `host`: an overlay may cover the content under it,
 * but it must be fully inside the viewport's width, not cover its own trigger (the control whose
 * `aria-controls` names it), and show all its text (nothing scrolled or cut inside it, no text outside its box).
 */
export function overlayProblems(host: Element): string[] {
  const problems: string[] = [];
  const viewport = document.documentElement.clientWidth;
  for (const overlay of deepElements(host)) {
    if (!overlay.hasAttribute('data-overlay') || !isRendered(overlay)) continue;
    const box = overlay.getBoundingClientRect();
    if (box.left < -1 || box.right > viewport + 1) {
      problems.push(
        `overlay ${describe(overlay)} is not inside the viewport: ${Math.round(box.left)}–${Math.round(box.right)}px for ${viewport}px`,
      );
    }
    const trigger = triggerOf(overlay);
    if (trigger && isRendered(trigger)) {
      const covered = [...trigger.getClientRects()].some((rect) => intersect(rect, box));
      if (covered) problems.push(`overlay ${describe(overlay)} covers its own trigger ${describe(trigger)}`);
    }
    if (overlay.scrollWidth > overlay.clientWidth + 1 || overlay.scrollHeight > overlay.clientHeight + 1) {
      problems.push(
        `overlay ${describe(overlay)} does not show all its text: ${overlay.scrollWidth}×${overlay.scrollHeight}px in ${overlay.clientWidth}×${overlay.clientHeight}px`,
      );
    }
    const walker = document.createTreeWalker(overlay, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.textContent!.trim() === '') continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const outside = [...range.getClientRects()].some(
        (rect) =>
          rect.width > 0 &&
          (rect.left < box.left - 1 ||
            rect.right > box.right + 1 ||
            rect.top < box.top - 1 ||
            rect.bottom > box.bottom + 1),
      );
      if (outside) {
        problems.push(`overlay ${describe(overlay)}: text outside its box`);
        break;
      }
    }
  }
  return problems;
}

/**
 * The content `host` loses at the current viewport: the page scrolls sideways, an element sticks out of the
 * viewport's width, or an element clips content it cannot show (`overflow` hidden or clip, text cut by a fixed
 * size), or an open overlay is not whole (`overlayProblems`). Screen-reader-only text, the map's canvas and
 * markers are not content of this kind.
 */
export function lostContent(host: Element): string[] {
  const problems: string[] = [];
  const viewport = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth > viewport + 1) {
    problems.push(`the page scrolls sideways: ${document.documentElement.scrollWidth}px for ${viewport}px`);
  }
  for (const element of deepElements(host)) {
    if (!isRendered(element) || isVisuallyHidden(element) || insideMapCanvas(element)) continue;
    if (['style', 'script', 'svg', 'path', 'rect', 'g', 'text', 'title'].includes(element.localName))
      continue;
    const box = element.getBoundingClientRect();
    if (box.width > 0 && (box.right > viewport + 1 || box.left < -1)) {
      problems.push(`${describe(element)} sticks out: ${Math.round(box.left)}–${Math.round(box.right)}px`);
    }
    const style = getComputedStyle(element);
    const clipsX = ['hidden', 'clip'].includes(style.overflowX);
    const clipsY = ['hidden', 'clip'].includes(style.overflowY);
    if (element.localName === 'canvas' || element.closest('.maplibregl-map') === element) continue;
    if (clipsX && element.scrollWidth > element.clientWidth + 1) {
      problems.push(
        `${describe(element)} cuts its content: ${element.scrollWidth}px in ${element.clientWidth}px wide`,
      );
    }
    if (clipsY && element.scrollHeight > element.clientHeight + 1) {
      problems.push(
        `${describe(element)} cuts its content: ${element.scrollHeight}px in ${element.clientHeight}px high`,
      );
    }
  }
  problems.push(...overlayProblems(host));
  return problems;
}

/**
 * Text that overlaps other text: two elements holding text directly whose boxes intersect, neither inside the
 * other. Catches a fixed height that lets lines run over the next block once spacing grows. An open overlay
 * (`data-overlay`, see `overlayOf`) covers the content under it by design: only its overlap with its own
 * trigger counts (`overlayProblems` checks the rest).
 */
export function overlappingText(host: Element): string[] {
  const blocks = deepElements(host).filter(
    (element) =>
      isRendered(element) &&
      !isVisuallyHidden(element) &&
      !insideMapCanvas(element) &&
      [...element.childNodes].some(
        (node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '',
      ),
  );
  // Line by line (a range's client rects): an inline label and the count after it share a line box, not text.
  // Only the element's own text nodes: a descendant is a block of its own, or text read by screen readers only
  // (its words spill out of a 1 px clipped box without being seen).
  const boxes = blocks.map((element) => {
    const rects = [...element.childNodes]
      .filter((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '')
      .flatMap((node) => {
        const range = document.createRange();
        range.selectNodeContents(node);
        return [...range.getClientRects()];
      });
    return {
      element,
      overlay: overlayOf(element),
      rects: rects.filter((rect) => rect.width > 0 && rect.height > 0),
    };
  });
  const problems: string[] = [];
  for (let i = 0; i < boxes.length; i += 1) {
    for (let j = i + 1; j < boxes.length; j += 1) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (contains(a.element, b.element) || contains(b.element, a.element)) continue;
      if (a.overlay !== b.overlay && !triggers(a.overlay, b.element) && !triggers(b.overlay, a.element))
        continue;
      const overlap = a.rects.some((ra) =>
        b.rects.some(
          (rb) =>
            Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left) > 2 &&
            Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top) > 2,
        ),
      );
      if (overlap) problems.push(`${describe(a.element)} overlaps ${describe(b.element)}`);
    }
  }
  return problems;
}

/** Whether `element` is (in) the trigger of `overlay`. */
function triggers(overlay: Element | null, element: Element): boolean {
  const trigger = overlay && triggerOf(overlay);
  return trigger ? contains(trigger, element) : false;
}

function contains(ancestor: Element, element: Element): boolean {
  for (let node: Element | null = element; node; node = parentOf(node)) if (node === ancestor) return true;
  return false;
}

/** The text spacing of WCAG 1.4.12 / RGAA 10.12, as a user stylesheet or bookmarklet would apply it. */
export const textSpacingCss = `
  * {
    line-height: 1.5 !important;
    letter-spacing: 0.12em !important;
    word-spacing: 0.16em !important;
  }
  p {
    margin-block-end: 2em !important;
  }
`;

/** Applies the RGAA 10.12 text spacing inside every shadow root of `host` (and the page); returns the undo. */
export function applyTextSpacing(host: Element): () => void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(textSpacingCss);
  const targets: (Document | ShadowRoot)[] = [document, ...deepShadowRoots(host)];
  for (const target of targets) target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
  return () => {
    for (const target of targets) {
      target.adoptedStyleSheets = target.adoptedStyleSheets.filter((item) => item !== sheet);
    }
  };
}

/** A CSS colour as RGBA numbers (0–255, alpha 0–1); `undefined` for what is not `rgb()`/`rgba()`. */
export function parseColor(value: string): [number, number, number, number] | undefined {
  const match = /rgba?\(([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:[,\s/]+([\d.]+%?))?\)/.exec(value);
  if (!match) return undefined;
  const alphaText = match[4];
  const alpha =
    alphaText === undefined
      ? 1
      : alphaText.endsWith('%')
        ? Number.parseFloat(alphaText) / 100
        : Number(alphaText);
  return [Number(match[1]), Number(match[2]), Number(match[3]), alpha];
}

function luminance([r, g, b]: readonly number[]): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
}

/** WCAG contrast ratio of two opaque colours. */
export function contrast(a: readonly number[], b: readonly number[]): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The opaque background colour behind an element: the first ancestor with one, else the page's (white). */
export function backgroundBehind(element: Element): [number, number, number] {
  for (let node: Element | null = element; node; node = parentOf(node)) {
    const color = parseColor(getComputedStyle(node).backgroundColor);
    if (color && color[3] >= 0.99) return [color[0], color[1], color[2]];
  }
  const page = parseColor(getComputedStyle(document.body).backgroundColor);
  return page && page[3] >= 0.99 ? [page[0], page[1], page[2]] : [255, 255, 255];
}

/** What draws an element's focus: its outline and box shadow. */
export function focusStyle(element: Element): {
  outline: string;
  width: number;
  color: string;
  shadow: string;
} {
  const style = getComputedStyle(element);
  return {
    outline: style.outlineStyle,
    width: style.outlineStyle === 'none' ? 0 : Number.parseFloat(style.outlineWidth),
    color: style.outlineColor,
    shadow: style.boxShadow,
  };
}

/**
 * Why the focus on `element` is not visible enough (RGAA 10.7 / WCAG 2.4.7, with the 3:1 of 1.4.11), or
 * `undefined` when it is: an outline of 2 px or more whose colour contrasts 3:1 with the background behind it,
 * that the element does not have without the focus.
 */
export function focusProblem(element: Element, unfocused: ReturnType<typeof focusStyle>): string | undefined {
  const focused = focusStyle(element);
  if (focused.width >= 2) {
    const color = parseColor(focused.color);
    const ratio = color ? contrast(color, backgroundBehind(parentOf(element) ?? element)) : 0;
    if (ratio < 3) return `${describe(element)}: focus outline at ${ratio.toFixed(2)}:1 (3:1 needed)`;
    if (unfocused.width >= 2 && unfocused.color === focused.color && unfocused.outline === focused.outline) {
      return `${describe(element)}: the same outline with and without the focus`;
    }
    return undefined;
  }
  if (focused.shadow !== 'none' && focused.shadow !== unfocused.shadow) return undefined;
  return `${describe(element)}: no focus indicator (outline ${focused.outline} ${focused.width}px)`;
}

/** One live region of Chromium's accessibility tree. */
export interface LiveRegion {
  readonly role: string;
  readonly name: string;
  readonly live: string;
  readonly atomic: boolean;
  readonly relevant: string;
  readonly text: string;
}

/** The live regions of the page, from Chromium's accessibility tree. */
export function liveRegions(): Promise<LiveRegion[]> {
  return executeServerCommand<LiveRegion[], undefined>('a11y-live-regions');
}

/** Waits until a live region whose text matches `text` is in the accessibility tree; returns it. */
export async function liveRegionSaying(text: RegExp, timeout = 5000): Promise<LiveRegion> {
  const end = Date.now() + timeout;
  let last: LiveRegion[] = [];
  while (Date.now() < end) {
    last = await liveRegions();
    const found = last.find((region) => text.test(region.text));
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no live region says ${String(text)}; regions: ${JSON.stringify(last)}`);
}

/**
 * Presses Tab (or Shift+Tab) until `target` has the focus, recording each element focused on the way; throws
 * with the path when `target` is not reached in `maxSteps` (a keyboard trap, RGAA 12.9).
 */
export async function tabUntil(target: Element, backwards: boolean, maxSteps: number): Promise<Element[]> {
  const path: Element[] = [];
  for (let step = 0; step < maxSteps; step += 1) {
    await sendKeys({ press: backwards ? 'Shift+Tab' : 'Tab' });
    const active = deepActiveElement();
    if (active === target) return path;
    if (active) path.push(active);
  }
  throw new Error(
    `${backwards ? 'Shift+Tab' : 'Tab'} did not reach ${describe(target)} in ${maxSteps} steps; last: ${path
      .slice(-5)
      .map(describe)
      .join(' → ')}`,
  );
}

/**
 * Tabs from `start` until `end` has the focus, calling `visit` on each element focused on the way while it has
 * the focus; throws when `end` is not reached in `maxSteps`.
 */
export async function walkFocus(
  start: HTMLElement,
  end: Element,
  visit: (focused: Element) => void,
  maxSteps = 200,
): Promise<Element[]> {
  start.focus();
  const path: Element[] = [];
  for (let step = 0; step < maxSteps; step += 1) {
    await sendKeys({ press: 'Tab' });
    const active = deepActiveElement();
    if (active === end) return path;
    if (active) {
      path.push(active);
      visit(active);
    }
  }
  throw new Error(`Tab did not reach ${describe(end)} in ${maxSteps} steps`);
}

/** What the keyboard reaches, and the interactive elements a pointer uses. */
export const controlSelector =
  'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"]), [role="button"], [role="link"]';

/** The width of a side's border, 0 when it draws nothing. */
function borderWidth(style: CSSStyleDeclaration, side: 'top' | 'right' | 'bottom' | 'left'): number {
  const line = style.getPropertyValue(`border-${side}-style`);
  return line === 'none' || line === 'hidden'
    ? 0
    : Number.parseFloat(style.getPropertyValue(`border-${side}-width`));
}

/**
 * Why a control cannot be told apart in forced colours, or `undefined`: it needs a border all round (its own or
 * its `::before` drawing, as map markers have), or, for a link-looking control, its underline. Native
 * checkboxes and radios draw their own system-coloured box, a native `<summary>` its triangle; the map's canvas
 * is a picture of the map.
 */
export function forcedColorsProblem(control: Element): string | undefined {
  if (control instanceof HTMLInputElement && ['checkbox', 'radio'].includes(control.type)) return undefined;
  if (control.localName === 'canvas') return undefined;
  // A disclosure that keeps its native triangle, drawn in system colours.
  if (control.localName === 'summary') {
    const style = getComputedStyle(control);
    if (style.display === 'list-item' && style.listStyleType !== 'none') return undefined;
  }
  for (const pseudo of [null, '::before']) {
    const style = getComputedStyle(control, pseudo);
    const sides = (['top', 'right', 'bottom', 'left'] as const).map((side) => borderWidth(style, side));
    if (sides.every((width) => width >= 1)) return undefined;
  }
  const style = getComputedStyle(control);
  if (style.textDecorationLine.includes('underline')) return undefined;
  return `${describe(control)} has no border and no underline in forced colours`;
}

/** The longest of a comma-separated list of CSS times, in ms. */
function longestMs(value: string): number {
  return Math.max(
    ...value.split(',').map((time) => {
      const number = Number.parseFloat(time);
      return time.trim().endsWith('ms') ? number : number * 1000;
    }),
  );
}

/** The "instant" duration that the theme gives under reduced motion (it keeps `transitionend` events). */
const instantMs = 0.01;

/** Elements of `host` (and their `::before`/`::after`) that animate or transition for longer than an instant. */
export function motionProblems(host: Element): string[] {
  const moving: string[] = [];
  for (const item of deepElements(host)) {
    for (const pseudo of [null, '::before', '::after']) {
      const style = getComputedStyle(item, pseudo);
      const transition = longestMs(style.transitionDuration) + longestMs(style.transitionDelay);
      const animation =
        style.animationName === 'none'
          ? 0
          : longestMs(style.animationDuration) + longestMs(style.animationDelay);
      if (transition > instantMs || animation > instantMs) {
        moving.push(
          `${describe(item)}${pseudo ?? ''}: transition ${transition} ms, animation ${animation} ms`,
        );
      }
    }
  }
  return moving;
}

/** The page's animations (shadow trees included) that last longer than an instant. */
export function runningAnimations(): Animation[] {
  return document
    .getAnimations()
    .filter((animation) => Number(animation.effect?.getComputedTiming().duration ?? 0) > instantMs);
}
