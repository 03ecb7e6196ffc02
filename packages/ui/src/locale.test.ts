import { expect, fixture, html } from '@open-wc/testing';
import { localeOf } from './locale.js';

describe('localeOf()', () => {
  let pageLang: string | null;

  beforeEach(() => {
    pageLang = document.documentElement.getAttribute('lang');
    document.documentElement.removeAttribute('lang');
  });

  afterEach(() => {
    if (pageLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', pageLang);
  });

  it('is French when no lang is set anywhere', async () => {
    const element = await fixture(html`<span></span>`);
    expect(localeOf(element)).to.equal('fr');
  });

  it('uses the lang of the page', async () => {
    document.documentElement.lang = 'en-GB';
    const element = await fixture(html`<span></span>`);
    expect(localeOf(element)).to.equal('en');
  });

  it('prefers the closest ancestor lang to the page lang', async () => {
    document.documentElement.lang = 'fr';
    const outer = await fixture(
      html`<div lang="fr">
        <div lang="en">
          <p><span></span></p>
        </div>
      </div>`,
    );
    expect(localeOf(outer.querySelector('span')!)).to.equal('en');
  });

  it('prefers the element’s own lang to its ancestors', async () => {
    const outer = await fixture(html`<div lang="en"><span lang="fr"></span></div>`);
    expect(localeOf(outer.querySelector('span')!)).to.equal('fr');
  });

  it('skips an unsupported own lang and uses the ancestor', async () => {
    const outer = await fixture(html`<div lang="en"><span lang="de"></span></div>`);
    expect(localeOf(outer.querySelector('span')!)).to.equal('en');
  });

  it('looks through shadow roots to their hosts', async () => {
    const outer = await fixture(html`<div lang="en"><div class="host"></div></div>`);
    const host = outer.querySelector('.host')!;
    const shadow = host.attachShadow({ mode: 'open' });
    const direct = shadow.appendChild(document.createElement('span'));
    const nested = shadow.appendChild(document.createElement('p')).appendChild(document.createElement('b'));
    expect(localeOf(direct)).to.equal('en');
    expect(localeOf(nested)).to.equal('en');
  });

  it('prefers a lang inside the shadow root to one outside it', async () => {
    const outer = await fixture(html`<div lang="fr"><div class="host"></div></div>`);
    const shadow = outer.querySelector('.host')!.attachShadow({ mode: 'open' });
    const inner = shadow.appendChild(document.createElement('div'));
    inner.lang = 'en';
    expect(localeOf(inner.appendChild(document.createElement('span')))).to.equal('en');
  });
});
