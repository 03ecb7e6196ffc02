/*
 * The one-colour shortcut (`color="#rrggbb"` on a widget, `data-color` on the loader's script tag): from one
 * colour, the palette of every token that derives from the main colour, each meeting its WCAG 2.1 AA contrast
 * ratio on the surface. A pure module, no DOM and no dependency: colours are `#rrggbb` strings.
 *
 * - primary: the colour given when text in it reaches 4.5:1 on the surface; otherwise the nearest colour of the
 *   same hue that does, found by darkening (or, on a dark surface, lightening) it in OKLCH, a perceptual space
 *   where the lightness changes without the hue drifting (its chroma is reduced only where sRGB cannot show it);
 * - on-primary: white, or near-black when white does not reach 4.5:1 on the primary;
 * - focus ring: the primary (4.5:1 on the surface, so more than the 3:1 a focus indicator needs);
 * - selected tint: the background of a chosen answer (quiz, orientation), 10 % of the primary over the surface
 *   as in the styles' default, paler when needed so that body and secondary text keep 4.5:1 on it and the
 *   primary border 3:1.
 */

/** The default surface, text and secondary text of the theme (`theme.ts`). */
const defaults = { surface: '#ffffff', text: '#1f2328', muted: '#59606a' } as const;

/** Near-black text drawn on a light primary. */
const nearBlack = '#1f2328';
const white = '#ffffff';

/** WCAG 2.1 AA: text, and non-text (borders, focus indicators). */
export const contrastTargets = { text: 4.5, nonText: 3 } as const;

/** The share of the primary in the selected tint, as in the styles' `color-mix(…)` default. */
const tintShare = 0.1;

/** What a palette is derived against; the theme's defaults when left out. */
export interface PaletteOptions {
  /** The surface the primary is drawn on (`--inclusion-color-surface`), `#ffffff` by default. */
  readonly surface?: string;
  /** Body text (`--inclusion-color-text`), which must stay readable on the selected tint. */
  readonly text?: string;
  /** Secondary text (`--inclusion-color-muted`), which must stay readable on the selected tint. */
  readonly muted?: string;
}

/** The colours derived from one colour, as `#rrggbb`, and their contrast ratios. */
export interface Palette {
  /** The colour given, normalised to `#rrggbb`. */
  readonly given: string;
  /** The main colour used: the colour given, or the nearest of its hue that reaches 4.5:1 on the surface. */
  readonly primary: string;
  /** Whether `primary` differs from the colour given. */
  readonly adjusted: boolean;
  /** Text and icons on the primary: white or near-black. */
  readonly onPrimary: string;
  /** The keyboard focus outline. */
  readonly focusRing: string;
  /** The background of a chosen answer: a light tint of the primary. */
  readonly selectedTint: string;
  /** The contrast ratios the palette guarantees, rounded down to two decimals. */
  readonly contrast: {
    /** The primary on the surface (≥ 4.5). */
    readonly primaryOnSurface: number;
    /** On-primary on the primary (≥ 4.5). */
    readonly onPrimary: number;
    /** The focus ring on the surface (≥ 3). */
    readonly focusRing: number;
    /** Body text on the selected tint (≥ 4.5). */
    readonly textOnTint: number;
    /** Secondary text on the selected tint (≥ 4.5). */
    readonly mutedOnTint: number;
    /** The primary (borders) on the selected tint (≥ 3). */
    readonly primaryOnTint: number;
  };
}

type Rgb = readonly [number, number, number];

/**
 * Derives the palette of the one-colour shortcut from a `#rgb` or `#rrggbb` colour.
 *
 * @example
 * derivePalette('#ffff00');
 * // { given: '#ffff00', primary: '#7b7a00', adjusted: true, onPrimary: '#ffffff', focusRing: '#7b7a00', … }
 * derivePalette('#0a6b7c').adjusted; // false: it already reaches 6.2:1 on white
 */
export function derivePalette(color: string, options: PaletteOptions = {}): Palette {
  const given = normaliseHex(color);
  const surface = parseHex(options.surface ?? defaults.surface);
  const text = parseHex(options.text ?? defaults.text);
  const muted = parseHex(options.muted ?? defaults.muted);
  const surfaceLuminance = luminance(surface);
  const darken = ratio(0, surfaceLuminance) >= ratio(1, surfaceLuminance);

  const passes = (rgb: Rgb): boolean => {
    const l = luminance(rgb);
    return ratio(l, surfaceLuminance) >= contrastTargets.text && bestOn(l).ratio >= contrastTargets.text;
  };
  const rgb = parseHex(given);
  const primaryRgb = passes(rgb) ? rgb : adjust(rgb, darken, passes);
  const primary = toHex(primaryRgb);
  const primaryLuminance = luminance(primaryRgb);
  const on = bestOn(primaryLuminance);

  const tintPasses = (tint: Rgb): boolean => {
    const l = luminance(tint);
    return (
      ratio(luminance(text), l) >= contrastTargets.text &&
      ratio(luminance(muted), l) >= contrastTargets.text &&
      ratio(primaryLuminance, l) >= contrastTargets.nonText
    );
  };
  let tint = surface;
  for (let share = tintShare; share > 0.001; share -= 0.01) {
    const candidate = parseHex(toHex(mix(primaryRgb, surface, share)));
    if (tintPasses(candidate)) {
      tint = candidate;
      break;
    }
  }
  const tintLuminance = luminance(tint);

  return {
    given,
    primary,
    adjusted: primary !== given,
    onPrimary: on.color,
    focusRing: primary,
    selectedTint: toHex(tint),
    contrast: {
      primaryOnSurface: floor2(ratio(primaryLuminance, surfaceLuminance)),
      onPrimary: floor2(on.ratio),
      focusRing: floor2(ratio(primaryLuminance, surfaceLuminance)),
      textOnTint: floor2(ratio(luminance(text), tintLuminance)),
      mutedOnTint: floor2(ratio(luminance(muted), tintLuminance)),
      primaryOnTint: floor2(ratio(primaryLuminance, tintLuminance)),
    },
  };
}

/**
 * The custom properties the shortcut sets on a widget, from a palette: the global tokens, and the widget tokens
 * of the selected tint (each widget reads only its own).
 *
 * @example
 * paletteTokens(derivePalette('#6a1b9a'))['--inclusion-color-on-primary']; // '#ffffff'
 */
export function paletteTokens(palette: Palette): Readonly<Record<string, string>> {
  return {
    '--inclusion-color-primary': palette.primary,
    '--inclusion-color-on-primary': palette.onPrimary,
    '--inclusion-focus-ring': palette.focusRing,
    '--inclusion-quiz-choice-selected': palette.selectedTint,
    '--inclusion-orientation-choice-selected': palette.selectedTint,
  };
}

/** The names of the custom properties `paletteTokens` sets. */
export const paletteTokenNames: readonly string[] = Object.keys(paletteTokens(derivePalette('#000000')));

/**
 * The console line that says a colour was replaced (`undefined` when it was kept), written once per colour by the
 * widgets; here rather than in the base class, so that widgets without `color` do not carry its words.
 *
 * @example
 * paletteWarning(derivePalette('#ffff00'));
 * // 'color="#ffff00" is too light for text on white (1.07:1, 4.5:1 needed): the widget uses #7b7a00 (4.53:1), …'
 */
export function paletteWarning(palette: Palette): string | undefined {
  if (!palette.adjusted) return undefined;
  const given = contrastRatio(palette.given, '#ffffff').toFixed(2);
  return (
    `color="${palette.given}" is too light for text on white (${given}:1, 4.5:1 needed): ` +
    `the widget uses ${palette.primary} (${palette.contrast.primaryOnSurface}:1), the same hue darker.`
  );
}

/**
 * The WCAG 2.1 contrast ratio of two `#rgb` or `#rrggbb` colours, from 1 to 21.
 *
 * @example
 * contrastRatio('#767676', '#ffffff'); // 4.54…
 */
export function contrastRatio(a: string, b: string): number {
  return ratio(luminance(parseHex(a)), luminance(parseHex(b)));
}

/** `#rgb` or `#rrggbb`, any case, to `#rrggbb`; throws on anything else. */
function normaliseHex(color: string): string {
  const hex = /^#?([\da-f]{3}|[\da-f]{6})$/i.exec(color.trim())?.[1]?.toLowerCase();
  if (hex === undefined) throw new TypeError(`Not a #rrggbb colour: ${color}`);
  return `#${hex.length === 3 ? [...hex].map((digit) => digit + digit).join('') : hex}`;
}

function parseHex(color: string): Rgb {
  const hex = normaliseHex(color);
  return [1, 3, 5].map((index) => Number.parseInt(hex.slice(index, index + 2), 16) / 255) as unknown as Rgb;
}

function toHex(rgb: Rgb): string {
  return `#${rgb
    .map((channel) =>
      Math.round(Math.min(1, Math.max(0, channel)) * 255)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** Relative luminance (WCAG 2.1) of an sRGB colour with channels in 0–1. */
function luminance([r, g, b]: Rgb): number {
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

function linear(channel: number): number {
  return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
}

function ratio(a: number, b: number): number {
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/** White on the primary when it reaches 4.5:1, else near-black when it does better. */
function bestOn(primaryLuminance: number): { color: string; ratio: number } {
  const onWhite = ratio(1, primaryLuminance);
  if (onWhite >= contrastTargets.text) return { color: white, ratio: onWhite };
  const onBlack = ratio(luminance(parseHex(nearBlack)), primaryLuminance);
  return onBlack > onWhite ? { color: nearBlack, ratio: onBlack } : { color: white, ratio: onWhite };
}

function mix(a: Rgb, b: Rgb, shareOfA: number): Rgb {
  const blend = (x: number, y: number) => x * shareOfA + y * (1 - shareOfA);
  return [blend(a[0], b[0]), blend(a[1], b[1]), blend(a[2], b[2])];
}

function floor2(value: number): number {
  return Math.floor(value * 100) / 100;
}

/**
 * The colour of the same OKLCH hue nearest in lightness to `rgb` that `passes`, darker (or lighter): a binary
 * search on the lightness, the chroma kept unless sRGB cannot show it there.
 */
function adjust(rgb: Rgb, darken: boolean, passes: (rgb: Rgb) => boolean): Rgb {
  const [lightness, rawChroma, hue] = toOklch(rgb);
  // A grey's hue is noise: keep it grey.
  const chroma = rawChroma < 0.002 ? 0 : rawChroma;
  const at = (l: number): Rgb => parseHex(toHex(inGamut(l, chroma, hue)));
  // `near` fails, `far` passes (black or white, as sRGB rounds them, always pass against a surface with room).
  let near = lightness;
  let far = darken ? 0 : 1;
  for (let step = 0; step < 40; step++) {
    const middle = (near + far) / 2;
    if (passes(at(middle))) far = middle;
    else near = middle;
  }
  const found = at(far);
  if (passes(found)) return found;
  return darken ? [0, 0, 0] : [1, 1, 1];
}

/** The colour at OKLCH `l`, `c`, `h` in sRGB, its chroma reduced until it is inside the sRGB gamut. */
function inGamut(l: number, c: number, h: number): Rgb {
  const inside = (rgb: Rgb) => rgb.every((channel) => channel >= -1e-4 && channel <= 1 + 1e-4);
  const full = fromOklch(l, c, h);
  if (inside(full)) return full;
  let low = 0;
  let high = c;
  for (let step = 0; step < 30; step++) {
    const middle = (low + high) / 2;
    if (inside(fromOklch(l, middle, h))) low = middle;
    else high = middle;
  }
  return fromOklch(l, low, h);
}

// OKLab (Björn Ottosson, 2020), from and to linear sRGB.

function toOklch(rgb: Rgb): [number, number, number] {
  const [r, g, b] = rgb.map(linear) as unknown as Rgb;
  const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  const lightness = 0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s;
  const a = 1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s;
  const bb = 0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s;
  return [lightness, Math.hypot(a, bb), Math.atan2(bb, a)];
}

function fromOklch(lightness: number, chroma: number, hue: number): Rgb {
  const a = chroma * Math.cos(hue);
  const b = chroma * Math.sin(hue);
  const l = (lightness + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m = (lightness - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s = (lightness - 0.0894841775 * a - 1.291485548 * b) ** 3;
  const encode = (channel: number) =>
    channel <= 0.0031308
      ? 12.92 * channel
      : 1.055 * Math.sign(channel) * Math.abs(channel) ** (1 / 2.4) - 0.055;
  return [
    encode(4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s),
    encode(-1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s),
    encode(-0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s),
  ];
}
