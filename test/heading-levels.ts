/**
 * What the `heading-level` tests of the three widgets share: the levels of the headings a widget shows, the
 * skipped levels among them, and the refusal of a bad `heading-level` (notice, console line, h2 kept).
 */
import { expect, waitUntil } from '@open-wc/testing';

/** The levels of the shown headings, in reading order, through the shadow roots inside (a place's details…). */
export function headingLevels(element: HTMLElement): number[] {
  const levels: number[] = [];
  const visit = (root: ParentNode): void => {
    for (const item of root.querySelectorAll('*')) {
      if (/^h[1-6]$/.test(item.localName) && item.getClientRects().length > 0)
        levels.push(Number(item.localName[1]));
      if (item.shadowRoot) visit(item.shadowRoot);
    }
  };
  visit(element.shadowRoot!);
  return levels;
}

/** Each heading at most one level below the one before it: the skips, as "h4 after h2". */
export function headingSkips(levels: readonly number[]): string[] {
  return levels.flatMap((level, index) =>
    index > 0 && level > levels[index - 1]! + 1 ? [`h${level} after h${levels[index - 1]}`] : [],
  );
}

/**
 * Defines one test per bad value ("1", "7", "abc", "3.5"): the widget built by `build(value)` names
 * `heading-level` in its notice and in a console line that names `tag` and says the value is ignored, and
 * `keptDefault` checks that it kept its h2.
 */
export function itIgnoresBadHeadingLevels(
  tag: string,
  build: (value: string) => Promise<HTMLElement>,
  keptDefault: (element: HTMLElement) => void,
): void {
  for (const value of ['1', '7', 'abc', '3.5']) {
    it(`ignores heading-level="${value}", names it in a notice and the console, and keeps h2`, async () => {
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (...data: unknown[]) => warnings.push(data.map(String).join(' '));
      try {
        const element = await build(value);
        keptDefault(element);
        expect(element.shadowRoot!.querySelector('[part="config-notice"]')?.textContent).to.contain(
          'heading-level',
        );
        await waitUntil(
          () => warnings.some((line) => line.includes(`heading-level="${value}"`)),
          'a console warning naming the attribute',
        );
        const line = warnings.find((item) => item.includes('heading-level'))!;
        expect(line).to.contain(tag);
        expect(line).to.contain('ignored');
      } finally {
        console.warn = warn;
      }
    });
  }
}
