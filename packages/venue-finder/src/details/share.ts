import type { JourSemaine, LieuDetail, Locale, PlageHoraire } from '@inclusion-widgets/core';
import { safeHref } from '@inclusion-widgets/ui';
import { formatClock } from '../opening-status.js';
import { t } from './venue-details.messages.js';

/**
 * Texts and links made from a place for the details view, the printed page and prepared e-mails. Pure
 * functions: the view renders their results as text, never as HTML.
 */

/** Longest place name put in a prepared e-mail; longer ones are cut with `…`. */
const mailNameLength = 150;

/**
 * One opening period in words: `de 9:00 à 12:00`, with `(sur rendez-vous)` or `(à confirmer)` when the
 * hours leave it uncertain or comment on it.
 *
 * @example
 * formatPeriod('fr', { debut: '09:00', fin: '12:00', commentaire: 'sur rendez-vous' }); // 'de 9:00 à 12:00 (sur rendez-vous)'
 */
export function formatPeriod(locale: Locale, plage: PlageHoraire): string {
  const period = t(locale, 'hours.period', {
    debut: formatClock(locale, plage.debut),
    fin: formatClock(locale, plage.fin),
  });
  const note = plage.commentaire?.trim() || (plage.incertain ? t(locale, 'hours.uncertain') : undefined);
  return note === undefined ? period : `${period} (${note})`;
}

/** The name of a day of `horaires_semaine` in the locale, capitalised: `Lundi`, `Monday`. */
export function dayName(locale: Locale, jour: JourSemaine): string {
  return t(locale, `day.${jour}`);
}

/**
 * The week's hours as lines of text, `Lundi : de 9:00 à 12:00, de 14:00 à 17:30` and `Mardi : Fermé`; an empty
 * list when the place has no weekly table.
 */
export function hoursLines(locale: Locale, lieu: LieuDetail): string[] {
  return (lieu.horaires_semaine?.jours ?? []).map(({ jour, plages }) =>
    t(locale, 'mail.hoursLine', {
      day: dayName(locale, jour),
      periods:
        plages.length === 0
          ? t(locale, 'hours.closed')
          : plages.map((plage) => formatPeriod(locale, plage)).join(', '),
    }),
  );
}

/** The lines of a place's address: street, complement (if any), postcode and commune. */
export function addressLines(
  lieu: Pick<LieuDetail, 'adresse' | 'complement_adresse' | 'code_postal' | 'commune'>,
): string[] {
  return [lieu.adresse, lieu.complement_adresse ?? '', `${lieu.code_postal} ${lieu.commune}`]
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/**
 * A phone number of the standard (`+33300000101`) as people in France write it: `03 00 00 01 01`; overseas
 * numbers of the same plan too (`+262262…` → `02 62 …`); other numbers in pairs after their country code.
 * Anything else is returned as given.
 *
 * @example
 * formatPhone('+33180059880'); // '01 80 05 98 80'
 */
export function formatPhone(value: string): string {
  const national = /^\+(33|262|590|594|596)(\d{9})$/.exec(value);
  if (national) return pairs(`0${national[2]}`);
  const other = /^\+(269|508|681|687|689)(\d{6,9})$/.exec(value);
  if (other) return `+${other[1]} ${pairs(other[2] ?? '')}`;
  return value;
}

function pairs(digits: string): string {
  return digits.match(/\d{1,2}/g)?.join(' ') ?? digits;
}

/**
 * The OpenStreetMap directions page to a place, or `undefined` without coordinates. The page is opened only
 * when the citizen follows the link: nothing is asked of OpenStreetMap before.
 *
 * @example
 * directionsHref({ latitude: 50.6365, longitude: 3.0635 }); // 'https://www.openstreetmap.org/directions?to=50.6365,3.0635'
 */
export function directionsHref(lieu: Pick<LieuDetail, 'latitude' | 'longitude'>): string | undefined {
  const { latitude, longitude } = lieu;
  if (latitude === undefined || longitude === undefined) return undefined;
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) return undefined;
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return undefined;
  return `https://www.openstreetmap.org/directions?to=${latitude},${longitude}`;
}

/**
 * A `mailto:` link with a subject and a body, each percent-encoded (RFC 6068: line breaks as `%0D%0A`).
 * `recipient` is a `mailto:` link from `safeHref`, or `'mailto:'` for none (the person picks one).
 *
 * @example
 * mailtoWith('mailto:', 'Horaires & adresse', 'Ligne 1\nLigne 2');
 * // 'mailto:?subject=Horaires%20%26%20adresse&body=Ligne%201%0D%0ALigne%202'
 */
export function mailtoWith(recipient: string, subject: string, body: string): string {
  const crlf = (text: string) => text.replace(/\r?\n/g, '\r\n');
  return `${recipient}?subject=${encodeURIComponent(oneLine(subject))}&body=${encodeURIComponent(crlf(body))}`;
}

/**
 * The prepared e-mail that sends a place to someone: its name, address, weekly hours, phone and the link to
 * its page on the partner's site.
 */
export function shareMailHref(locale: Locale, lieu: LieuDetail, shareUrl?: string): string {
  const name = mailText(lieu.nom, mailNameLength);
  const lines = [
    t(locale, 'mail.intro'),
    '',
    name,
    '',
    t(locale, 'mail.address'),
    ...addressLines(lieu).map(mailLine),
  ];
  const hours = hoursLines(locale, lieu);
  if (hours.length > 0) lines.push('', t(locale, 'mail.hours'), ...hours);
  else if (lieu.horaires_valides === false && lieu.horaires) {
    lines.push('', t(locale, 'mail.hours'), mailText(lieu.horaires, 500));
  }
  if (lieu.telephone && safeHref(lieu.telephone, ['tel'])) {
    lines.push('', t(locale, 'mail.phone', { phone: formatPhone(lieu.telephone) }));
  }
  if (shareUrl) lines.push('', t(locale, 'mail.link', { url: shareUrl }));
  return mailtoWith('mailto:', t(locale, 'mail.subject', { name }), lines.join('\n'));
}

/**
 * The prepared e-mail that reports a mistake on a place's page to `recipient` (a `mailto:` link from
 * `safeHref`): the subject names the place and its id, the body repeats them with the page's link and leaves
 * room for the mistake.
 */
export function reportMailHref(
  recipient: string,
  locale: Locale,
  lieu: LieuDetail,
  shareUrl?: string,
): string {
  const name = mailText(lieu.nom, mailNameLength);
  const id = mailText(lieu.id, 100);
  const lines = [t(locale, 'report.intro'), name, t(locale, 'report.id', { id })];
  if (shareUrl) lines.push(shareUrl);
  lines.push('', t(locale, 'report.prompt'), '', '');
  return mailtoWith(recipient, t(locale, 'report.subject', { name, id }), lines.join('\n'));
}

// Control and bidirectional characters, which could break or disguise lines of a prepared mail.
const invisible =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

/** A value of the data on one line of a mail: no invisible characters, spaces collapsed, cut to `max`. */
function mailText(value: string, max: number): string {
  const text = oneLine(value);
  const characters = Array.from(text);
  return characters.length > max ? `${characters.slice(0, max - 1).join('')}…` : text;
}

function mailLine(value: string): string {
  return mailText(value, 300);
}

function oneLine(value: string): string {
  return value.replace(invisible, '').replace(/\s+/g, ' ').trim();
}
