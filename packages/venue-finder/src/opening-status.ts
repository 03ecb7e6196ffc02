import {
  formatTime,
  type Lieu,
  type Locale,
  type Ouverture,
  type OuvertureStatut,
} from '@inclusion-widgets/core';
import { t } from './opening-status.messages.js';

/** The opening status of a place, in words, for a list item or the details view. */
export interface OpeningDescription {
  /** Open, closed or unknown at `now` (see `openingDescription` for hours that have gone by). */
  readonly statut: OuvertureStatut;
  /** `Ouvert`, `Fermé` or `Horaires non communiqués`. */
  readonly label: string;
  /** When it closes or opens next, in the place's own time (`ferme à 17:00`), when known. */
  readonly detail?: string;
  /** The comment of the place's hours, as given (`sur rendez-vous`), when there is one. */
  readonly comment?: string;
  /** The whole line: label, detail and comment joined by ` · `. */
  readonly text: string;
}

const DAY = 86_400_000;

/**
 * The opening status line of a place: `Ouvert · ferme à 17:00`, `Fermé · ouvre demain à 9:00`,
 * `Fermé · ouvre lundi à 9:00`, `Fermé · ouvre le 3 janvier à 9:00`, `Horaires non communiqués`, followed by
 * the hours' comment when there is one (`… · sur rendez-vous`).
 *
 * Times and days are the place's wall-clock time: the API's date-times carry the place's offset, which is
 * kept (never converted to the browser's zone). "Tomorrow" and weekdays are counted from `now` seen at that
 * offset. An `ouverture` missing or with date-times that do not parse gives the status without a time.
 *
 * @example
 * describeOpening({ statut: 'ouvert', jusqu_a: '2026-03-30T17:00:00+04:00' }, 'fr', new Date('2026-03-30T10:00:00Z'));
 * // 'Ouvert · ferme à 17:00' (it is 14:00 in Réunion)
 * describeOpening({ statut: 'ferme', prochaine_ouverture: '2026-03-31T09:00:00+02:00' }, 'en', new Date('2026-03-30T18:00:00Z'));
 * // 'Closed · opens tomorrow at 9:00 AM'
 */
export function describeOpening(
  ouverture: Ouverture | undefined,
  locale: Locale,
  now: Date = new Date(),
): string {
  return openingDescription(ouverture, locale, now).text;
}

/**
 * The parts of the opening status line (see `describeOpening`), for a view that styles them apart.
 *
 * The status was computed by the API when the place was loaded; a view left open can outlive it. When the
 * time it gives has gone by at `now`, the status turns over without a time: `ouvert` until 12:00 seen at
 * 12:05 is `Fermé`, `ferme` until 14:00 seen at 14:05 is `Ouvert`.
 *
 * @example
 * openingDescription({ statut: 'inconnu', commentaire: 'sur rendez-vous' }, 'fr');
 * // { statut: 'inconnu', label: 'Horaires non communiqués', comment: 'sur rendez-vous', text: 'Horaires non communiqués · sur rendez-vous' }
 */
export function openingDescription(
  ouverture: Ouverture | undefined,
  locale: Locale,
  now: Date = new Date(),
): OpeningDescription {
  let statut: OuvertureStatut = ouverture?.statut ?? 'inconnu';
  let detail: string | undefined;
  const comment = ouverture?.commentaire?.trim() || undefined;
  if (statut === 'ouvert' || statut === 'ferme') {
    const opening = statut === 'ouvert';
    const when = parseWallClock(opening ? ouverture?.jusqu_a : ouverture?.prochaine_ouverture);
    if (when && when.instant <= now.getTime()) statut = opening ? 'ferme' : 'ouvert';
    else if (when) detail = describeWhen(when, opening ? 'closes' : 'opens', locale, now);
  }
  const label = t(locale, statut === 'ouvert' ? 'open' : statut === 'ferme' ? 'closed' : 'unknown');
  const text = [label, detail, comment].filter(Boolean).join(t(locale, 'separator'));
  return {
    statut,
    label,
    ...(detail === undefined ? {} : { detail }),
    ...(comment === undefined ? {} : { comment }),
    text,
  };
}

/**
 * A time of day `HH:MM` of the opening hours, as people read it: `9:00` in French (no leading zero), `9:00 AM`
 * in English; `24:00` (the end of a day) is midnight.
 *
 * @example
 * formatClock('fr', '09:30'); // '9:30'
 * formatClock('en', '17:00'); // '5:00 PM'
 * formatClock('fr', '24:00'); // 'minuit'
 */
export function formatClock(locale: Locale, time: string): string {
  const match = /^(\d{1,2}):(\d{2})$/.exec(time);
  if (!match) return time;
  const hours = Number(match[1]);
  if (hours === 24 && match[2] === '00') return t(locale, 'midnight');
  if (locale === 'fr') return `${hours}:${match[2]}`;
  return formatTime(locale, `${String(hours).padStart(2, '0')}:${match[2]}`);
}

/** Time zones of the overseas départements and collectivités, by the first three digits of their codes. */
const overseasTimeZones: Readonly<Record<string, string>> = {
  '971': 'America/Guadeloupe',
  '972': 'America/Martinique',
  '973': 'America/Cayenne',
  '974': 'Indian/Reunion',
  '975': 'America/Miquelon',
  '976': 'Indian/Mayotte',
  '977': 'America/St_Barthelemy',
  '978': 'America/Marigot',
  '984': 'Indian/Kerguelen',
  '986': 'Pacific/Wallis',
  '987': 'Pacific/Tahiti',
  '988': 'Pacific/Noumea',
};

/**
 * The IANA time zone of a place, from its INSEE code (else its postcode): the zone of its overseas
 * département or collectivité, `Europe/Paris` everywhere else.
 *
 * @example
 * placeTimeZone({ code_insee: '97411', code_postal: '97400' }); // 'Indian/Reunion'
 */
export function placeTimeZone(lieu: Pick<Lieu, 'code_insee' | 'code_postal'>): string {
  const code = lieu.code_insee ?? postcodeAsInsee(lieu.code_postal);
  return overseasTimeZones[code.slice(0, 3)] ?? 'Europe/Paris';
}

/** Saint-Barthélemy and Saint-Martin have Guadeloupe's postcodes (971xx) but codes of their own. */
function postcodeAsInsee(postcode: string): string {
  if (postcode === '97133') return '977';
  if (postcode === '97150') return '978';
  return postcode;
}

const weekdayIndexes: Readonly<Record<string, number>> = {
  Mon: 0,
  Tue: 1,
  Wed: 2,
  Thu: 3,
  Fri: 4,
  Sat: 5,
  Sun: 6,
};

/**
 * The day of the week at `now` in a time zone, Monday 0 to Sunday 6 (the order of `horaires_semaine`). Falls
 * back to the browser's zone when the zone is unknown to it.
 *
 * @example
 * weekdayIndex('Europe/Paris', new Date('2026-03-30T10:00:00Z')); // 0 (Monday)
 */
export function weekdayIndex(timeZone: string, now: Date = new Date()): number {
  let name: string;
  try {
    name = new Intl.DateTimeFormat('en-US', { weekday: 'short', timeZone }).format(now);
  } catch {
    return (now.getDay() + 6) % 7;
  }
  return weekdayIndexes[name] ?? (now.getDay() + 6) % 7;
}

/** A date-time as written by the API: the place's wall clock, and the instant it stands for. */
interface WallClock {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  /** The offset from UTC, in minutes. */
  readonly offset: number;
  /** Milliseconds since the epoch. */
  readonly instant: number;
}

const isoDateTime =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|([+-])(\d{2}):?(\d{2}))$/i;

function parseWallClock(value: string | undefined): WallClock | undefined {
  const match = value === undefined ? null : isoDateTime.exec(value);
  if (!match) return undefined;
  const [year, month, day, hour, minute] = match.slice(1, 6).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const offset =
    match[6]?.toUpperCase() === 'Z'
      ? 0
      : (match[7] === '-' ? -1 : 1) * (Number(match[8]) * 60 + Number(match[9]));
  const instant = Date.UTC(year, month - 1, day, hour, minute) - offset * 60_000;
  if (Number.isNaN(instant) || month < 1 || month > 12 || day < 1 || day > 31 || hour > 24 || minute > 59) {
    return undefined;
  }
  return { year, month, day, hour, minute, offset, instant };
}

function describeWhen(when: WallClock, kind: 'closes' | 'opens', locale: Locale, now: Date): string {
  // `now` on the place's wall clock, read through UTC getters.
  const here = new Date(now.getTime() + when.offset * 60_000);
  const today = Date.UTC(here.getUTCFullYear(), here.getUTCMonth(), here.getUTCDate());
  const target = Date.UTC(when.year, when.month - 1, when.day);
  let days = Math.round((target - today) / DAY);
  let time = formatClock(locale, `${when.hour}:${String(when.minute).padStart(2, '0')}`);
  if (kind === 'closes' && days === 1 && when.hour === 0 && when.minute === 0) {
    // Closing at 00:00 tomorrow is closing at midnight tonight.
    days = 0;
    time = t(locale, 'midnight');
  }
  if (days <= 0) return t(locale, kind === 'closes' ? 'closesAt' : 'opensAt', { time });
  if (days === 1) return t(locale, kind === 'closes' ? 'closesTomorrowAt' : 'opensTomorrowAt', { time });
  const date = new Date(target);
  if (days < 7) {
    const day = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(date);
    return t(locale, kind === 'closes' ? 'closesOnDayAt' : 'opensOnDayAt', { day, time });
  }
  return t(locale, kind === 'closes' ? 'closesOnDateAt' : 'opensOnDateAt', {
    date: formatDayMonth(locale, date, days > 300),
    time,
  });
}

function formatDayMonth(locale: Locale, date: Date, withYear: boolean): string {
  const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', timeZone: 'UTC' };
  if (withYear) options.year = 'numeric';
  const text = new Intl.DateTimeFormat(locale, options).format(date);
  // French writes the first day of a month as an ordinal: « le 1er janvier ».
  return locale === 'fr' && date.getUTCDate() === 1 ? text.replace(/^1(?=\D)/, '1er') : text;
}
