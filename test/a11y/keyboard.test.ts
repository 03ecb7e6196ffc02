/**
 * RGAA 10.7 (a visible focus on every element the keyboard reaches) and 12.9 (no keyboard trap) for the venue
 * finder, the quiz and the orientation: the whole widget is walked with real Tab and Shift+Tab key presses,
 * from a button of the page before it to a button after it, and back.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { allScreens, hostPage } from './scenarios.js';
import { deepElements, focusProblem, focusStyle, tabUntil, walkFocus } from './helpers.js';

describe('visible focus (RGAA 10.7)', () => {
  for (const viewport of [
    { width: 1024, height: 768 },
    { width: 360, height: 640 },
  ]) {
    for (const screen of allScreens) {
      it(`${screen.name}: every element the keyboard reaches shows a focus of 3:1 at ${viewport.width} px`, async () => {
        await setViewport(viewport);
        const { before, container, after } = await hostPage();
        const element = await screen.open(container);
        const unfocused = new Map(deepElements(element).map((item) => [item, focusStyle(item)]));
        const problems: string[] = [];
        const path = await walkFocus(before, after, (focused) => {
          const problem = focusProblem(focused, unfocused.get(focused) ?? focusStyle(document.body));
          if (problem) problems.push(problem);
        });
        if (screen.controls !== false) expect(path.length, 'elements reached').to.be.greaterThan(0);
        expect(problems, 'focus not visible').to.deep.equal([]);
      });
    }
  }
});

describe('no keyboard trap (RGAA 12.9)', () => {
  before(async () => setViewport({ width: 1024, height: 768 }));

  for (const screen of allScreens) {
    it(`${screen.name}: Tab goes through the widget and out, Shift+Tab back and out`, async () => {
      const { before, container, after } = await hostPage();
      const element = await screen.open(container);
      before.focus();
      const forwards = await tabUntil(after, false, 200);
      if (screen.controls !== false)
        expect(forwards.length, 'elements reached with Tab').to.be.greaterThan(0);
      expect(
        forwards.every(
          (item) =>
            item === element || element.shadowRoot!.contains(item) || deepElements(element).includes(item),
        ),
      ).to.equal(true);
      const backwards = await tabUntil(before, true, 200);
      expect(backwards.length, 'elements reached with Shift+Tab').to.equal(forwards.length);
    });
  }
});
