/**
 * The checks of test/a11y can fail: each one is run on a small element built broken on purpose (too wide,
 * clipped, overlapping, no focus, a pale focus, a keyboard trap, no border in forced colours, an animation,
 * a message outside any live region), and must report it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import {
  applyTextSpacing,
  focusProblem,
  focusStyle,
  forcedColorsProblem,
  liveRegions,
  lostContent,
  motionProblems,
  overlappingText,
  overlayProblems,
  tabUntil,
  walkFocus,
} from './helpers.js';

/** A host element whose shadow root holds `markup` and `styles`. */
async function shadowHost(markup: string, styles = ''): Promise<HTMLElement> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = `<style>${styles}</style>${markup}`;
  return host;
}

describe('the accessibility checks themselves', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ forcedColors: 'none', reducedMotion: 'no-preference' });
  });

  it('report a block wider than a 320 px viewport, and the sideways scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    const host = await shadowHost('<p class="wide">Un texte</p>', '.wide { width: 500px; }');
    const problems = lostContent(host);
    expect(problems.some((problem) => problem.includes('sticks out'))).to.equal(true);
    expect(problems.some((problem) => problem.includes('scrolls sideways'))).to.equal(true);
  });

  it('report text clipped by a fixed height once text spacing grows', async () => {
    const host = await shadowHost(
      '<div class="box"><p>Une phrase assez longue pour aller sur deux lignes, voire trois.</p></div>',
      '.box { width: 200px; height: 4em; overflow: hidden; line-height: 1.2; } p { margin: 0; }',
    );
    expect(lostContent(host)).to.deep.equal([]);
    const undo = applyTextSpacing(host);
    expect(lostContent(host).some((problem) => problem.includes('cuts its content'))).to.equal(true);
    undo();
  });

  it('report text running over other text', async () => {
    const host = await shadowHost(
      '<div class="a">Premier texte</div><div class="b">Second texte</div>',
      '.a, .b { position: absolute; top: 0; left: 0; }',
    );
    expect(overlappingText(host)).to.have.length(1);
  });

  it('do not count text read by screen readers only, spilling out of its 1 px box, as text over text', async () => {
    const host = await shadowHost(
      '<p><button>Filtres <span class="sr">(4 filtres actifs, lus seulement)</span></button><button>Retirer</button></p>',
      '.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }',
    );
    expect(overlappingText(host)).to.deep.equal([]);
  });

  it('let an open overlay (data-overlay) cover the text under it, not its own trigger', async () => {
    const markup = (top: string) =>
      `<p><button aria-controls="def" aria-expanded="true">Mot</button><span id="def" data-overlay>Sa définition.</span></p><p>Le texte d’en dessous.</p>`.replace(
        'data-overlay',
        `data-overlay class="${top}"`,
      );
    const styles =
      ':host { display: block; position: relative; } p { margin: 0; line-height: 20px; } button { all: unset; } #def { position: absolute; left: 0; width: 200px; background: white; } .below { top: 24px; } .on { top: 4px; }';
    const fine = await shadowHost(markup('below'), styles);
    expect(overlappingText(fine)).to.deep.equal([]);
    expect(overlayProblems(fine)).to.deep.equal([]);
    expect(lostContent(fine)).to.deep.equal([]);
    // Without the mark, the same panel is text over text.
    fine.shadowRoot!.querySelector('#def')!.removeAttribute('data-overlay');
    expect(overlappingText(fine)).to.have.length(1);

    const onTrigger = await shadowHost(markup('on'), styles);
    expect(overlappingText(onTrigger)).to.have.length(1);
    expect(overlayProblems(onTrigger).join()).to.contain('covers its own trigger');
  });

  it('report an open overlay out of the viewport’s width, or that cuts its text', async () => {
    await setViewport({ width: 320, height: 640 });
    const panel =
      '<button aria-controls="def">Mot</button><div id="def" data-overlay>Une définition assez longue pour aller sur plusieurs lignes.</div>';
    const base = '#def { position: fixed; top: 40px; background: white; }';
    const outside = await shadowHost(panel, `${base} #def { left: 200px; width: 250px; }`);
    expect(overlayProblems(outside).join()).to.contain('not inside the viewport');
    expect(lostContent(outside).join()).to.contain('not inside the viewport');
    const cut = await shadowHost(
      panel,
      `${base} #def { left: 8px; width: 150px; height: 1.2em; overflow: auto; }`,
    );
    expect(overlayProblems(cut).join()).to.contain('does not show all its text');
    const spilling = await shadowHost(panel, `${base} #def { left: 8px; width: 150px; height: 1em; }`);
    expect(overlayProblems(spilling).join()).to.contain('text outside its box');
    // Hidden, it is not checked.
    outside.shadowRoot!.querySelector<HTMLElement>('#def')!.hidden = true;
    expect(overlayProblems(outside)).to.deep.equal([]);
  });

  it('report a control with no focus indicator, and one with a pale outline', async () => {
    const host = await shadowHost(
      '<button id="none">Sans focus</button><button id="pale">Focus pâle</button>',
      '#none:focus { outline: none; } #pale:focus { outline: 3px solid #dddddd; }',
    );
    const none = host.shadowRoot!.querySelector('#none')!;
    const pale = host.shadowRoot!.querySelector('#pale')!;
    const before = [focusStyle(none), focusStyle(pale)] as const;
    (none as HTMLElement).focus();
    expect(focusProblem(none, before[0])).to.contain('no focus indicator');
    (pale as HTMLElement).focus();
    expect(focusProblem(pale, before[1])).to.contain('3:1 needed');
  });

  it('report a keyboard trap', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <button id="before">Avant</button><button id="trap">Piège</button><button id="after">Après</button>
      </div>`,
    );
    const trap = page.querySelector<HTMLButtonElement>('#trap')!;
    trap.addEventListener('keydown', (event) => event.key === 'Tab' && event.preventDefault());
    page.querySelector<HTMLButtonElement>('#before')!.focus();
    let error: unknown;
    try {
      await tabUntil(page.querySelector('#after')!, false, 10);
    } catch (caught) {
      error = caught;
    }
    expect(String(error)).to.contain('did not reach');
    let walked: unknown;
    try {
      await walkFocus(
        page.querySelector<HTMLButtonElement>('#before')!,
        page.querySelector('#after')!,
        () => {},
        10,
      );
    } catch (caught) {
      walked = caught;
    }
    expect(String(walked)).to.contain('did not reach');
  });

  it('report a control with neither border nor underline in forced colours', async () => {
    await emulateMedia({ forcedColors: 'active' });
    const host = await shadowHost(
      '<button class="flat">Plat</button><button class="framed">Encadré</button>',
      '.flat { border: 0; background: none; } .framed { border: 2px solid; }',
    );
    const [flat, framed] = host.shadowRoot!.querySelectorAll('button');
    expect(forcedColorsProblem(flat!)).to.contain('no border');
    expect(forcedColorsProblem(framed!)).to.equal(undefined);
  });

  it('report a transition that reduced motion does not stop', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const host = await shadowHost('<p class="slide">Glisse</p>', '.slide { transition: transform 300ms; }');
    expect(motionProblems(host)).to.have.length(1);
  });

  it('find a live region in Chromium’s accessibility tree, and nothing for text outside one', async () => {
    await fixture(
      html`<div>
        <p>Un message silencieux</p>
        <p role="status">Un message annoncé</p>
      </div>`,
    );
    const regions = await liveRegions();
    expect(
      regions.some((region) => region.text === 'Un message annoncé' && region.live === 'polite'),
    ).to.equal(true);
    expect(regions.some((region) => region.text.includes('silencieux'))).to.equal(false);
  });
});
