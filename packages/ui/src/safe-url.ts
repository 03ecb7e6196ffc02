/**
 * Links built from data (a venue's web site, phone, e-mail) go through `safeHref`, so that a value the API or
 * an import let through can never become a `javascript:`, `data:` or relative link in a widget.
 */

/** The kinds of link `safeHref` can return: `http` (http and https), `tel` and `mailto`. */
export const safeHrefKinds = ['http', 'tel', 'mailto'] as const;

/** A kind of link `safeHref` can return. */
export type SafeHrefKind = (typeof safeHrefKinds)[number];

/**
 * Characters refused anywhere in a value: C0 and C1 controls (tab and line breaks included, which URL parsers
 * silently drop: `java\tscript:`), zero-width and bidirectional controls (which disguise what a link says),
 * line and paragraph separators, and the byte order mark.
 */
const forbiddenCharacters =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u2028-\u202E\u2060-\u206F\uFEFF]/;

/** Spaces that may surround a value (and separate the digits of a phone number): space, no-break spaces. */
const spaces = /[ \u00A0\u202F]/g;

/** An absolute http(s) URL with an authority: `//host` right after the scheme, no backslashes. */
const httpStart = /^https?:\/\/[^/\\]/i;

/** A phone number once its separators are gone: an optional `+`, then 3 to 20 digits. */
const phoneDigits = /^\+?\d{3,20}$/;

/** What may separate the digits of a phone number as people write it. */
const phoneSeparators = /[ \u00A0\u202F.\-/()]/g;

/** The local part of an e-mail address (RFC 5322 dot-atom, without `?`, which would start a mailto query). */
const emailLocal = /^[A-Za-z0-9!#$%&'*+/=^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=^_`{|}~-]+)*$/;

/** A domain name of at least two labels; letters of any script are allowed (internationalised domains). */
const emailDomain = /^([\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+[\p{L}]{2,63}$/u;

/**
 * A normalised link for a value, or `undefined` when the value is not a link of one of the allowed `kinds`.
 * Never throws.
 *
 * - `http`: an absolute `http:` or `https:` URL with a host and no user name or password
 *   (`https://example.org@evil.example` is refused); returned as the URL parser writes it.
 * - `tel`: a `tel:` URL or a phone number as people write it (`03 20 00 00 00`, `+33 (0)3 20…`); returned as
 *   `tel:` and the digits, with a leading `+` if any.
 * - `mailto`: a `mailto:` URL or a bare e-mail address, one address and no query (`?cc=`, `?body=` are
 *   refused); returned as `mailto:` and the address.
 *
 * Anything else gives `undefined`: other schemes (`javascript:`, `data:`, `vbscript:`, `file:`…), relative
 * or scheme-relative URLs, malformed values, control, zero-width or bidirectional characters anywhere, and
 * spaces inside a URL. Spaces around the value are ignored.
 *
 * @example
 * safeHref('https://example.org/a b', ['http']);   // undefined (a space inside)
 * safeHref('HTTPS://Example.org', ['http']);       // 'https://example.org/'
 * safeHref('javascript:alert(1)', ['http']);       // undefined
 * safeHref('03 20 00 00 00', ['tel']);             // 'tel:0320000000'
 * safeHref('contact@example.org', ['mailto']);     // 'mailto:contact@example.org'
 */
export function safeHref(value: unknown, kinds: readonly SafeHrefKind[] = ['http']): string | undefined {
  if (typeof value !== 'string' || value.length > 4096 || forbiddenCharacters.test(value)) return undefined;
  const trimmed = trimSpaces(value);
  if (trimmed === '') return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed)?.[1]?.toLowerCase();
  if (scheme === 'http' || scheme === 'https') return kinds.includes('http') ? httpHref(trimmed) : undefined;
  if (scheme === 'tel') return kinds.includes('tel') ? telHref(trimmed.slice(4)) : undefined;
  if (scheme === 'mailto') return kinds.includes('mailto') ? mailtoHref(trimmed.slice(7)) : undefined;
  if (scheme !== undefined) return undefined;
  // No scheme: a bare e-mail address or phone number.
  if (trimmed.includes('@')) return kinds.includes('mailto') ? mailtoHref(trimmed) : undefined;
  if (kinds.includes('tel')) return telHref(trimmed);
  return undefined;
}

function trimSpaces(value: string): string {
  let start = 0;
  let end = value.length;
  const isSpace = (char: string | undefined) => char !== undefined && /[ \u00A0\u202F]/.test(char);
  while (start < end && isSpace(value[start])) start++;
  while (end > start && isSpace(value[end - 1])) end--;
  return value.slice(start, end);
}

function httpHref(value: string): string | undefined {
  if (!httpStart.test(value) || /[\s\\]/.test(value)) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (url.hostname === '' || url.username !== '' || url.password !== '') return undefined;
  return url.href;
}

function telHref(value: string): string | undefined {
  let number = value.replace(spaces, ' ').trim();
  // "+33 (0)3 20 …": the national trunk prefix in brackets is not dialled from abroad.
  if (number.startsWith('+')) number = number.replace(/\(0\)/, '');
  number = number.replace(phoneSeparators, '');
  return phoneDigits.test(number) ? `tel:${number}` : undefined;
}

function mailtoHref(value: string): string | undefined {
  let address: string;
  try {
    address = decodeURIComponent(value);
  } catch {
    return undefined;
  }
  if (forbiddenCharacters.test(address) || /\s/.test(address)) return undefined;
  const at = address.lastIndexOf('@');
  if (at <= 0 || at !== address.indexOf('@')) return undefined;
  const local = address.slice(0, at);
  const domain = address.slice(at + 1).toLowerCase();
  if (local.length > 64 || domain.length > 253 || !emailLocal.test(local) || !emailDomain.test(domain)) {
    return undefined;
  }
  return `mailto:${encodeURIComponent(local)}@${domain.split('.').map(encodeURIComponent).join('.')}`;
}
