/**
 * RGAA 10.11 (reflow), 10.4 (text at 200 %) and 10.12 (text spacing) for the venue finder, the quiz and the
 * orientation, on every screen: no sideways scrolling, nothing sticking out of the viewport, nothing clipped,
 * no text over text.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { allScreens, hostPage } from './scenarios.js';
import {
  applyTextSpacing,
  deepElements,
  isRendered,
  isVisuallyHidden,
  lostContent,
  overlappingText,
} from './helpers.js';

/** Viewports of RGAA 10.11: 320 CSS px wide (1280 px at 400 %), and 256 px high. */
const reflowViewports = [
  { width: 320, height: 640 },
  { width: 1024, height: 256 },
  { width: 320, height: 256 },
] as const;

afterEach(async () => {
  document.documentElement.style.removeProperty('font-size');
  await setViewport({ width: 800, height: 600 });
});

describe('reflow (RGAA 10.11)', () => {
  for (const screen of allScreens) {
    for (const viewport of reflowViewports) {
      it(`${screen.name}: no content lost at ${viewport.width}×${viewport.height} px`, async () => {
        await setViewport(viewport);
        const { container } = await hostPage();
        const element = await screen.open(container);
        expect(lostContent(element), 'lost content').to.deep.equal([]);
      });
    }
  }
});

describe('text at 200 % (RGAA 10.4)', () => {
  for (const screen of allScreens) {
    it(`${screen.name}: every text grows to 200 % and nothing is lost`, async () => {
      await setViewport({ width: 1280, height: 800 });
      const { container } = await hostPage();
      const element = await screen.open(container);
      const textBlocks = deepElements(element).filter(
        (item) =>
          isRendered(item) &&
          !isVisuallyHidden(item) &&
          [...item.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim()),
      );
      const before = new Map(
        textBlocks.map((item) => [item, Number.parseFloat(getComputedStyle(item).fontSize)]),
      );
      // The browser's text size setting: the root font size, that every `rem`/`em` of the widgets follows.
      document.documentElement.style.fontSize = '200%';
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const unscaled = [...before]
        .filter(([item]) => item.isConnected)
        .filter(([item, size]) => Number.parseFloat(getComputedStyle(item).fontSize) < size * 1.95)
        .map(
          ([item, size]) =>
            `${item.localName}.${item.className}: ${size}px → ${getComputedStyle(item).fontSize}`,
        );
      expect(unscaled, 'text that does not grow').to.deep.equal([]);
      expect(lostContent(element), 'lost content').to.deep.equal([]);
      expect(overlappingText(element), 'overlapping text').to.deep.equal([]);
    });
  }
});

describe('text spacing (RGAA 10.12)', () => {
  for (const screen of allScreens) {
    for (const width of [320, 1280]) {
      it(`${screen.name}: line, paragraph, letter and word spacing lose nothing at ${width} px`, async () => {
        await setViewport({ width, height: 800 });
        const { container } = await hostPage();
        const element = await screen.open(container);
        const undo = applyTextSpacing(element);
        try {
          await new Promise((resolve) => requestAnimationFrame(resolve));
          expect(lostContent(element), 'lost content').to.deep.equal([]);
          expect(overlappingText(element), 'overlapping text').to.deep.equal([]);
        } finally {
          undo();
        }
      });
    }
  }
});
