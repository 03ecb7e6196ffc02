/**
 * Forced colours (RGAA 3.2/3.3, 10.7 under Windows high contrast) and reduced motion (RGAA 13.8, WCAG 2.3.3)
 * for the venue finder, the quiz and the orientation, through Chromium's media emulation (Playwright's
 * `emulateMedia`).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { allScreens, finderScreens, hostPage } from './scenarios.js';
import {
  controlSelector,
  deepElements,
  describe as describeElement,
  forcedColorsProblem,
  isRendered,
  isVisuallyHidden,
  motionProblems,
  runningAnimations,
  walkFocus,
} from './helpers.js';

describe('forced colours (Windows high contrast)', () => {
  before(async () => setViewport({ width: 1024, height: 768 }));
  afterEach(async () => emulateMedia({ forcedColors: 'none' }));

  for (const screen of allScreens) {
    it(`${screen.name}: every control keeps a border or underline, and the focus stays visible`, async () => {
      await emulateMedia({ forcedColors: 'active' });
      const { before, container, after } = await hostPage();
      const element = await screen.open(container);
      expect(matchMedia('(forced-colors: active)').matches, 'forced colours emulated').to.equal(true);
      const controls = deepElements(element).filter(
        (item) => item.matches(controlSelector) && isRendered(item) && !isVisuallyHidden(item),
      );
      if (screen.controls !== false) expect(controls.length, 'controls found').to.be.greaterThan(0);
      expect(controls.map(forcedColorsProblem).filter(Boolean), 'controls without border').to.deep.equal([]);

      // Box shadows are dropped in forced colours: the focus must be drawn by an outline.
      const problems: string[] = [];
      await walkFocus(before, after, (focused) => {
        const style = getComputedStyle(focused);
        const width = style.outlineStyle === 'none' ? 0 : Number.parseFloat(style.outlineWidth);
        if (width < 2)
          problems.push(`${describeElement(focused)}: outline ${style.outlineStyle} ${style.outlineWidth}`);
      });
      expect(problems, 'focus not visible in forced colours').to.deep.equal([]);
    });
  }
});

describe('reduced motion', () => {
  before(async () => setViewport({ width: 1024, height: 768 }));
  afterEach(async () => emulateMedia({ reducedMotion: 'no-preference' }));

  for (const screen of allScreens) {
    it(`${screen.name}: no animation and no transition`, async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const { container } = await hostPage();
      const element = await screen.open(container);
      const moving = motionProblems(element);
      expect(moving, 'animated elements').to.deep.equal([]);
      const running = runningAnimations();
      expect(running.length, 'running animations').to.equal(0);
    });
  }

  it('finder: map view: the map jumps rather than flies when zoomed or a place is picked', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const { container } = await hostPage();
    const element = await finderScreens.find((screen) => screen.name === 'finder: map view')!.open(container);
    const map = element.shadowRoot!.querySelector('inclusion-map')!;
    const inner = (map as unknown as { innerMap: { isMoving(): boolean; getZoom(): number } }).innerMap;
    const zoom = inner.getZoom();
    const zoomIn = [...map.shadowRoot!.querySelectorAll<HTMLButtonElement>('.toolbar button')][0]!;
    zoomIn.click();
    expect(inner.isMoving(), 'camera moving after zoom').to.equal(false);
    await waitUntil(() => inner.getZoom() !== zoom, 'zoomed');
    expect(inner.isMoving()).to.equal(false);
  });
});
