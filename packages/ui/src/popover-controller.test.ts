import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { autoUpdate } from '@floating-ui/dom';
import { css, html as litHtml, LitElement } from 'lit';
import { define } from './define.js';
import { PopoverController } from './popover-controller.js';

/** Counts the `autoUpdate` subscriptions started and stopped, around the real one. */
const tracking = { started: 0, stopped: 0 };
const trackedAutoUpdate: typeof autoUpdate = (reference, floating, update, options) => {
  tracking.started += 1;
  const stop = autoUpdate(reference, floating, update, options);
  return () => {
    tracking.stopped += 1;
    stop();
  };
};

/**
 * A button and its panel, at the top of the page or, with `at-bottom`, at the bottom of the viewport.
 *
 * @attr at-bottom - Puts the element at the bottom of the viewport.
 */
class TestPopover extends LitElement {
  static override styles = css`
    :host {
      display: block;
      padding: 16px;
    }
    :host([at-bottom]) {
      position: fixed;
      bottom: 0;
      left: 0;
    }
    #panel {
      width: 160px;
      height: 80px;
      margin: 0;
      background: white;
      border: 1px solid black;
    }
    #panel[hidden] {
      display: none;
    }
  `;

  static override properties = {
    atBottom: { type: Boolean, attribute: 'at-bottom', reflect: true },
  };

  /** Puts the element at the bottom of the viewport, where the panel has no room below. */
  declare atBottom: boolean;

  readonly changes: boolean[] = [];

  readonly menu = new PopoverController(this, {
    anchor: () => this.anchor,
    floating: () => this.panel,
    offset: 8,
    onOpenChange: (open) => this.changes.push(open),
    autoUpdate: trackedAutoUpdate,
  });

  get anchor(): HTMLButtonElement {
    return this.renderRoot.querySelector('#anchor')!;
  }

  get panel(): HTMLElement {
    return this.renderRoot.querySelector('#panel')!;
  }

  override render(): unknown {
    return litHtml`
      <button id="anchor" aria-expanded=${this.menu.open ? 'true' : 'false'} aria-controls="panel"
        @click=${() => this.menu.toggle()}>Filtres</button>
      <div id="panel" ?hidden=${!this.menu.open}><button id="inside">Dans le panneau</button></div>
    `;
  }
}

define('test-popover', TestPopover, '0.0.0-test');

declare global {
  interface HTMLElementTagNameMap {
    'test-popover': TestPopover;
  }
}

describe('PopoverController', () => {
  beforeEach(() => {
    tracking.started = 0;
    tracking.stopped = 0;
  });

  it('opens, shows the panel and marks the anchor expanded', async () => {
    const el = await fixture<TestPopover>(html`<test-popover></test-popover>`);
    expect(el.panel.hidden).to.equal(true);
    await el.menu.show();
    expect(el.menu.open).to.equal(true);
    expect(el.panel.hidden).to.equal(false);
    expect(el.anchor.getAttribute('aria-expanded')).to.equal('true');
    expect(el.changes).to.deep.equal([true]);
    expect(tracking.started).to.equal(1);
  });

  it('positions the panel under its anchor, with the offset, through the CSSOM', async () => {
    const el = await fixture<TestPopover>(html`<test-popover></test-popover>`);
    await el.menu.show();
    const anchor = el.anchor.getBoundingClientRect();
    const panel = el.panel.getBoundingClientRect();
    expect(Math.round(panel.top)).to.equal(Math.round(anchor.bottom + 8));
    expect(Math.round(panel.left)).to.equal(Math.round(anchor.left));
    expect(el.panel.style.position).to.equal('fixed');
    expect(el.panel.getAttribute('style')).to.contain('left');
  });

  it('flips the panel above its anchor when there is no room below', async () => {
    const el = await fixture<TestPopover>(html`<test-popover at-bottom></test-popover>`);
    await el.menu.show();
    const anchor = el.anchor.getBoundingClientRect();
    const panel = el.panel.getBoundingClientRect();
    expect(Math.round(panel.bottom)).to.equal(Math.round(anchor.top - 8));
  });

  it('gives the panel the room it has inside the viewport, minus the padding (size middleware)', async () => {
    await setViewport({ width: 320, height: 400 });
    try {
      const el = await fixture<TestPopover>(html`<test-popover></test-popover>`);
      await el.menu.show();
      const anchor = el.anchor.getBoundingClientRect();
      // With shift, the whole width of the viewport but 8 px each side; below the anchor, down to 8 px from the bottom.
      expect(el.panel.style.getPropertyValue('--popover-available-width')).to.equal(`${320 - 16}px`);
      const height = Number.parseFloat(el.panel.style.getPropertyValue('--popover-available-height'));
      expect(height).to.be.closeTo(400 - anchor.bottom - 8 - 8, 1);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('opens and closes from its anchor button', async () => {
    const el = await fixture<TestPopover>(html`<test-popover></test-popover>`);
    el.anchor.click();
    await el.updateComplete;
    expect(el.menu.open).to.equal(true);
    el.anchor.click();
    await el.updateComplete;
    expect(el.menu.open).to.equal(false);
    expect(el.anchor.getAttribute('aria-expanded')).to.equal('false');
  });

  it('closes on Escape and puts the focus back on the anchor', async () => {
    const el = await fixture<TestPopover>(html`<test-popover></test-popover>`);
    await el.menu.show();
    el.renderRoot.querySelector<HTMLButtonElement>('#inside')!.focus();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.menu.open).to.equal(false);
    expect(el.panel.hidden).to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal(el.anchor);
    expect(el.changes).to.deep.equal([true, false]);
  });

  it('does not let Escape reach the page when it closes the popover', async () => {
    const el = await fixture<TestPopover>(html`<test-popover></test-popover>`);
    const reached: string[] = [];
    const listener = (event: KeyboardEvent) => reached.push(event.key);
    document.addEventListener('keydown', listener);
    try {
      await el.menu.show();
      el.anchor.focus();
      await sendKeys({ press: 'Escape' });
      await sendKeys({ press: 'Escape' });
    } finally {
      document.removeEventListener('keydown', listener);
    }
    expect(reached).to.deep.equal(['Escape']);
  });

  it('closes on a press outside, not on a press inside the panel', async () => {
    const el = await fixture<TestPopover>(html`<test-popover></test-popover>`);
    await el.menu.show();
    el.renderRoot
      .querySelector('#inside')!
      .dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    expect(el.menu.open).to.equal(true);
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    expect(el.menu.open).to.equal(false);
  });

  it('stops autoUpdate when it closes', async () => {
    const el = await fixture<TestPopover>(html`<test-popover></test-popover>`);
    await el.menu.show();
    expect(tracking).to.deep.equal({ started: 1, stopped: 0 });
    el.menu.hide();
    expect(tracking).to.deep.equal({ started: 1, stopped: 1 });
    el.menu.hide();
    expect(tracking.stopped).to.equal(1);
  });

  it('stops autoUpdate and closes when its host leaves the page', async () => {
    const el = await fixture<TestPopover>(html`<test-popover></test-popover>`);
    await el.menu.show();
    el.remove();
    expect(tracking).to.deep.equal({ started: 1, stopped: 1 });
    expect(el.menu.open).to.equal(false);
  });
});
