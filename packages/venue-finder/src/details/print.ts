/**
 * Printing one place, and only it, from a widget embedded in someone else's page: the widget cannot restyle
 * the host page for print, so the place is copied into a hidden `about:blank` frame and that frame is
 * printed. Everything is built with DOM APIs (nodes imported from the widget's own rendering, which Lit wrote
 * with text bindings, and `textContent`), and styled by a constructed stylesheet adopted by the frame's
 * document: no HTML strings, no inline styles, so it works under a strict Content-Security-Policy.
 */

/** What to print. */
export interface PrintOptions {
  /** The rendered place to copy; descendants marked `data-print="no"` are left out. */
  readonly source: Element;
  /** Where the hidden frame goes while printing (the widget's shadow root); the frame is styled by its class. */
  readonly container: ParentNode & Node;
  /** The class that hides the frame, from the widget's styles. */
  readonly frameClass: string;
  /** The printed page's title (browsers print it in the page header). */
  readonly title: string;
  /** The language of the printed page. */
  readonly lang: string;
  /** Lines added at the end of the page (e.g. the link to the place), as text. */
  readonly footer?: readonly string[];
}

/** The styles of the printed page: black on white, readable sizes, links followed by their address. */
export const printCss = `
  @page { margin: 15mm; }
  html { color: #000; background: #fff; font: 12pt/1.4 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
  body { margin: 0; overflow-wrap: anywhere; }
  h2, h3, h4, h5, h6 { margin: 1em 0 0.3em; break-after: avoid; page-break-after: avoid; }
  h2, .heading { font-size: 18pt; margin-top: 0; }
  h3, h4, h5, h6 { font-size: 13pt; }
  p, ul, dl { margin: 0 0 0.5em; }
  ul { padding-left: 1.2em; }
  dt { font-weight: 700; }
  dd { margin: 0 0 0.3em; }
  section { break-inside: avoid; page-break-inside: avoid; }
  a { color: #000; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 10pt; }
  table { border-collapse: collapse; margin: 0.3em 0 0.5em; }
  caption { text-align: left; font-weight: 700; padding-bottom: 0.2em; }
  th, td { border: 1px solid #000; padding: 0.2em 0.5em; text-align: left; vertical-align: top; }
  .period { display: block; }
  .term { font-weight: 700; }
  .hint { display: block; font-size: 10pt; }
  .visually-hidden, .icon { display: none; }
  .footer { margin-top: 1.5em; border-top: 1px solid #000; padding-top: 0.5em; }
`;

/**
 * Prints `source` alone, through a hidden frame: resolves once the print dialog has been asked for. The frame
 * stays until the browser says printing is over (`afterprint`), the next print, or `cleanup()`.
 *
 * @example
 * await printPlace({ source: base, container: this.renderRoot, frameClass: 'print-frame', title: lieu.nom, lang: 'fr' });
 */
export async function printPlace(options: PrintOptions): Promise<void> {
  const { container } = options;
  removePrintFrames(container);
  const owner = container.ownerDocument ?? document;
  const frame = owner.createElement('iframe');
  frame.className = options.frameClass;
  frame.dataset['printFrame'] = '';
  // Out of reach of the keyboard and assistive technologies: it exists only to be printed.
  frame.tabIndex = -1;
  frame.inert = true;
  frame.setAttribute('aria-hidden', 'true');
  frame.title = options.title;
  container.appendChild(frame);
  const win = frame.contentWindow;
  const doc = frame.contentDocument;
  if (!win || !doc) {
    frame.remove();
    throw new Error('the print frame has no document');
  }
  buildPrintDocument(doc, options);
  // Let the frame lay out (and a test look at it) before the dialog, which blocks in some browsers.
  await new Promise<void>((resolve) => setTimeout(resolve, 0));
  if (!frame.isConnected) return;
  win.addEventListener('afterprint', () => frame.remove(), { once: true });
  win.focus();
  win.print();
}

/** Removes the print frames left in `container`. */
export function removePrintFrames(container: ParentNode): void {
  for (const frame of container.querySelectorAll('iframe[data-print-frame]')) frame.remove();
}

/** Fills an empty document with the place to print, its title, language and styles. */
export function buildPrintDocument(
  doc: Document,
  options: Omit<PrintOptions, 'container' | 'frameClass'>,
): void {
  doc.documentElement.lang = options.lang;
  doc.title = options.title;
  adoptStyles(doc, printCss);
  const body = doc.body ?? doc.documentElement.appendChild(doc.createElement('body'));
  body.replaceChildren();
  const copy = doc.importNode(options.source, true);
  for (const element of copy.querySelectorAll(
    '[data-print="no"], script, style, link, iframe, object, embed',
  )) {
    element.remove();
  }
  for (const details of copy.querySelectorAll('details')) details.open = true;
  body.appendChild(copy);
  if (options.footer && options.footer.length > 0) {
    const footer = doc.createElement('div');
    footer.className = 'footer';
    for (const line of options.footer) {
      const paragraph = doc.createElement('p');
      paragraph.textContent = line;
      footer.appendChild(paragraph);
    }
    body.appendChild(footer);
  }
}

/** Styles a document with a constructed stylesheet of its own window (CSP-safe); a `<style>` where unsupported. */
function adoptStyles(doc: Document, cssText: string): void {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  if (view && 'adoptedStyleSheets' in doc && typeof view.CSSStyleSheet === 'function') {
    try {
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync(cssText);
      doc.adoptedStyleSheets = [sheet];
      return;
    } catch {
      // Fall through to a <style> element.
    }
  }
  const style = doc.createElement('style');
  style.textContent = cssText;
  doc.head.appendChild(style);
}
