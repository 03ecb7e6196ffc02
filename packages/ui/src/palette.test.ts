import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { hexColor, recoverable } from './attributes.js';
import { InclusionElement } from './base-element.js';
import { define } from './define.js';
import { derivePalette, paletteTokenNames } from './palette.js';

// The WCAG 2.1 formula, written again here so that the test does not trust the module it checks.
function relativeLuminance(color: string): number {
  const channels = [1, 3, 5].map((index) => Number.parseInt(color.slice(index, index + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function wcagContrast(a: string, b: string): number {
  const [high, low] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (high! + 0.05) / (low! + 0.05);
}

/** `#rrggbb` from HSL (hue in degrees, saturation and lightness in 0–1). */
function hsl(hue: number, saturation: number, lightness: number): string {
  const f = (n: number) => {
    const k = (n + hue / 30) % 12;
    const a = saturation * Math.min(lightness, 1 - lightness);
    const value = lightness - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(value * 255)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${f(0)}${f(8)}${f(4)}`;
}

/** `rgb(r, g, b)` as computed by the browser, to `#rrggbb`. */
function computedHex(rgb: string): string {
  const channels = /rgba?\((\d+), (\d+), (\d+)/.exec(rgb)?.slice(1) ?? [];
  expect(channels, rgb).to.have.length(3);
  return `#${channels.map((channel) => Number(channel).toString(16).padStart(2, '0')).join('')}`;
}

const named = [
  '#ffff00',
  '#ffffff',
  '#000000',
  '#808080',
  '#ff0000',
  '#0000ff',
  '#00ff00',
  '#ffb6c1',
  '#aec6cf',
  '#1a237e',
  '#0a6b7c',
  '#ff8800',
  '#00ffff',
  '#ff00ff',
];
const wheel = Array.from({ length: 24 }, (_, step) => step * 15).flatMap((hue) =>
  [0.15, 0.3, 0.45, 0.6, 0.75, 0.9].flatMap((lightness) =>
    [0.3, 1].map((saturation) => hsl(hue, saturation, lightness)),
  ),
);
const surface = '#ffffff';
const text = '#1f2328';
const muted = '#59606a';

describe('derivePalette', () => {
  it(`meets every contrast ratio over ${named.length + wheel.length} colours (every 15° of hue at six lightnesses)`, () => {
    for (const color of [...named, ...wheel]) {
      const palette = derivePalette(color);
      const where = `${color} → ${JSON.stringify(palette)}`;
      expect(wcagContrast(palette.primary, surface), where).to.be.at.least(4.5);
      expect(wcagContrast(palette.onPrimary, palette.primary), where).to.be.at.least(4.5);
      expect(wcagContrast(palette.focusRing, surface), where).to.be.at.least(3);
      expect(wcagContrast(text, palette.selectedTint), where).to.be.at.least(4.5);
      expect(wcagContrast(muted, palette.selectedTint), where).to.be.at.least(4.5);
      expect(wcagContrast(palette.primary, palette.selectedTint), where).to.be.at.least(3);
      expect(['#ffffff', '#1f2328'], where).to.include(palette.onPrimary);
      expect(palette.contrast.primaryOnSurface, where).to.be.at.most(wcagContrast(palette.primary, surface));
    }
  });

  it('keeps a colour that already passes as it is, and says it was not adjusted', () => {
    for (const color of ['#0a6b7c', '#1a237e', '#000000', '#0000ff', '#6a1b9a', '#b3261e', '#767676']) {
      const palette = derivePalette(color.toUpperCase());
      expect(palette.primary).to.equal(color);
      expect(palette.adjusted).to.equal(false);
    }
    const passing = wheel.filter((color) => wcagContrast(color, surface) >= 4.5);
    expect(passing.length).to.be.above(50);
    for (const color of passing) expect(derivePalette(color).primary, color).to.equal(color);
  });

  it('darkens a light colour only as much as needed, keeping its hue', () => {
    const yellow = derivePalette('#ff0');
    expect(yellow.given).to.equal('#ffff00');
    expect(yellow.adjusted).to.equal(true);
    const ratio = wcagContrast(yellow.primary, surface);
    expect(ratio).to.be.within(4.5, 4.7);
    const [r, g, b] = [1, 3, 5].map((index) => Number.parseInt(yellow.primary.slice(index, index + 2), 16));
    expect(b, 'still a yellow: no blue').to.be.below(10);
    expect(Math.abs(r! - g!), 'still a yellow: red and green alike').to.be.below(8);
    const grey = derivePalette('#ffffff');
    expect(grey.primary, 'white becomes the lightest grey that passes').to.equal('#767676');
  });

  it('lightens the colour on a dark surface, with near-black text on it', () => {
    const palette = derivePalette('#1a237e', { surface: '#121212', text: '#f0f0f0', muted: '#b0b0b0' });
    expect(palette.adjusted).to.equal(true);
    expect(wcagContrast(palette.primary, '#121212')).to.be.at.least(4.5);
    expect(wcagContrast(palette.onPrimary, palette.primary)).to.be.at.least(4.5);
  });

  it('refuses what is not a hexadecimal colour', () => {
    expect(() => derivePalette('bleu')).to.throw(TypeError);
  });
});

const colourRules = { color: recoverable(hexColor()) };

/**
 * A widget with a `color` attribute, a primary button and a secondary one.
 *
 * @attr color - Main colour, `#rrggbb`.
 */
class TestPaletteWidget extends InclusionElement<typeof colourRules> {
  static override attributeRules = colourRules;

  protected override renderContent(): unknown {
    return litHtml`
      <h2>Choisir</h2>
      <button class="primary" type="button">Continuer</button>
      <button type="button">Retour</button>
    `;
  }
}
define('test-palette-widget', TestPaletteWidget, '0.0.0-test');

declare global {
  interface HTMLElementTagNameMap {
    'test-palette-widget': TestPaletteWidget;
  }
}

describe('InclusionElement color shortcut', () => {
  let warnings: unknown[][] = [];
  const originalWarn = console.warn;
  beforeEach(() => {
    warnings = [];
    console.warn = (...data: unknown[]) => warnings.push(data);
  });
  afterEach(() => {
    console.warn = originalWarn;
  });

  it('derives a palette from color="#ffff00" whose buttons meet 4.5:1, passes axe and warns once', async () => {
    const element = await fixture<TestPaletteWidget>(
      html`<test-palette-widget color="#ffff00"></test-palette-widget>`,
    );
    const second = await fixture<TestPaletteWidget>(
      html`<test-palette-widget color="#FFFF00"></test-palette-widget>`,
    );
    const expected = derivePalette('#ffff00');
    expect(element.style.getPropertyValue('--inclusion-color-primary')).to.equal(expected.primary);
    expect(element.style.getPropertyValue('--inclusion-color-on-primary')).to.equal('#ffffff');
    expect(element.style.getPropertyValue('--inclusion-focus-ring')).to.equal(expected.primary);
    expect(element.style.getPropertyValue('--inclusion-quiz-choice-selected')).to.equal(
      expected.selectedTint,
    );

    const [primary, secondary] = [...element.shadowRoot!.querySelectorAll('button')];
    const primaryStyle = getComputedStyle(primary!);
    const primaryText = computedHex(primaryStyle.color);
    const primaryBackground = computedHex(primaryStyle.backgroundColor);
    expect(primaryBackground).to.equal(expected.primary);
    expect(wcagContrast(primaryText, primaryBackground)).to.be.at.least(4.5);
    const secondaryStyle = getComputedStyle(secondary!);
    expect(
      wcagContrast(computedHex(secondaryStyle.color), computedHex(secondaryStyle.backgroundColor)),
    ).to.be.at.least(4.5);
    await expect(element).to.be.accessible();
    await expect(second).to.be.accessible();

    const lines = warnings.map((line) => line.join(' '));
    expect(lines, 'one warning for the colour, not one per widget').to.have.length(1);
    expect(lines[0]).to.contain('#ffff00').and.to.contain(expected.primary);
  });

  it('sets every token of a passing colour without a warning, and removes them all with the attribute', async () => {
    const element = await fixture<TestPaletteWidget>(
      html`<test-palette-widget color="#6a1b9a"></test-palette-widget>`,
    );
    expect(element.style.getPropertyValue('--inclusion-color-primary')).to.equal('#6a1b9a');
    expect(warnings).to.have.length(0);
    element.removeAttribute('color');
    await element.updateComplete;
    for (const name of paletteTokenNames) expect(element.style.getPropertyValue(name), name).to.equal('');
  });

  it('lets an !important token of the page win over the derived one', async () => {
    const container = await fixture(html`<div></div>`);
    const style = document.createElement('style');
    style.textContent = '.branded { --inclusion-color-on-primary: #000000 !important; }';
    container.append(style);
    const element = document.createElement('test-palette-widget') as TestPaletteWidget;
    element.className = 'branded';
    element.setAttribute('color', '#ffff00');
    container.append(element);
    await element.updateComplete;
    expect(getComputedStyle(element).getPropertyValue('--inclusion-color-on-primary').trim()).to.equal(
      '#000000',
    );
    expect(getComputedStyle(element).getPropertyValue('--inclusion-color-primary').trim()).to.equal(
      derivePalette('#ffff00').primary,
    );
  });
});
