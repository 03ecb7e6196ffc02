// Opening hours in OpenStreetMap `opening_hours` syntax, read with the opening_hours library (LGPL-3.0, used
// unmodified as a dependency, on the server only). The library reads a `Date` in the process's own time zone;
// every place is evaluated in *its* zone (Réunion, Guyane… are not Paris time) by shifting wall clocks: the
// instant is written as the place's wall-clock time, read by the library as a local date, and every date it
// answers is read back as a wall-clock time of the place. Run the server with `TZ=UTC` (the container does):
// a zone without daylight saving time has no missing local hour, so the shift is exact. Under another server
// zone, only the hour that zone skips in spring can be misread.
import OpeningHours from 'opening_hours';
import type { nominatim_object, opening_hours as OpeningHoursInstance } from 'opening_hours';
import { joursSemaine } from '@inclusion-widgets/core';
import type { HorairesSemaine, Ouverture, PlageHoraire } from '@inclusion-widgets/core';

/** Where a place is, for public holidays, school holidays and sunrise/sunset. All optional. */
export interface PlaceContext {
  /** Latitude, for sunrise/sunset (mainland France's centre when absent). */
  latitude?: number | undefined;
  /** Longitude, for sunrise/sunset. */
  longitude?: number | undefined;
  /** Département code: Alsace-Moselle and overseas départements have their own public holidays. */
  departement?: string | undefined;
  /** Région code (INSEE): school holidays (`SH`) depend on it. */
  region?: string | undefined;
}

/** Options of `ouverture`. */
export interface OuvertureOptions extends PlaceContext {
  /** The instant to evaluate; now by default. */
  at?: Date;
  /** The place's IANA time zone (`lieux.fuseau_horaire`); `Europe/Paris` by default. */
  timeZone?: string | undefined;
}

/** Options of `semaine`. */
export interface SemaineOptions extends PlaceContext {
  /** A day of the week to show, in the place's zone; now by default (seasonal hours show this season). */
  at?: Date;
  /** The place's IANA time zone; `Europe/Paris` by default. */
  timeZone?: string | undefined;
}

const PARIS = 'Europe/Paris';
const FRANCE_CENTRE = { lat: 46.6033, lon: 1.8892 };

// The library's names of French subdivisions with public holidays of their own (`only_states`).
const holidayStates: Readonly<Record<string, string>> = {
  '57': 'Moselle',
  '67': 'Bas-Rhin',
  '68': 'Haut-Rhin',
  '971': 'Guadeloupe',
  '972': 'Martinique',
  '973': 'Guyane',
  '974': 'La Réunion',
  '975': 'Saint-Pierre-et-Miquelon',
  '976': 'Mayotte',
  '977': 'Saint-Barthélemy',
  '978': 'Saint-Martin',
  '986': 'Wallis-et-Futuna',
  '987': 'Polynésie française',
  '988': 'Nouvelle-Calédonie',
};

// The library's names of the régions, which carry the school holidays (`SH`).
const regionStates: Readonly<Record<string, string>> = {
  '01': 'Guadeloupe',
  '02': 'Martinique',
  '03': 'Guyane',
  '04': 'La Réunion',
  '06': 'Mayotte',
  '11': 'Île-de-France',
  '24': 'Centre-Val de Loire',
  '27': 'Bourgogne-Franche-Comté',
  '28': 'Normandie',
  '32': 'Hauts-de-France',
  '44': 'Grand Est',
  '52': 'Pays de la Loire',
  '53': 'Bretagne',
  '75': 'Nouvelle-Aquitaine',
  '76': 'Occitanie',
  '84': 'Auvergne-Rhône-Alpes',
  '93': "Provence-Alpes-Côte d'Azur",
  '94': 'Corse',
};
const schoolHolidayStates = new Set([...Object.values(regionStates), 'Saint-Barthélemy', 'Saint-Martin']);

const usesSchoolHolidays = (horaires: string): boolean => /\bSH\b/.test(horaires);
const usesSolarTimes = (horaires: string): boolean => /sunrise|sunset|dawn|dusk/i.test(horaires);

/**
 * The library's state for a place, or `undefined` when the hours need school holidays and the place's région is
 * unknown (they cannot be evaluated; constructing them would fail). The département's own public holidays win,
 * except for hours that need school holidays, which are set by région.
 */
function stateOf(horaires: string, context: PlaceContext): string | undefined {
  const byDepartement = context.departement ? holidayStates[context.departement] : undefined;
  const byRegion = context.region ? regionStates[context.region] : undefined;
  if (!usesSchoolHolidays(horaires)) return byDepartement ?? byRegion ?? '';
  if (byRegion) return byRegion;
  return byDepartement && schoolHolidayStates.has(byDepartement) ? byDepartement : undefined;
}

const cache = new Map<string, OpeningHoursInstance | null>();
const CACHE_SIZE = 5_000;

/** The parsed hours for a place, or `null` when they do not parse there. Parsed values are reused (LRU). */
function parse(horaires: string, context: PlaceContext): OpeningHoursInstance | null {
  const state = stateOf(horaires, context);
  if (state === undefined) return null;
  const solar = usesSolarTimes(horaires) && context.latitude !== undefined && context.longitude !== undefined;
  // Coordinates only matter for sunrise and sunset; rounded, they still give the minute right.
  const position = solar
    ? { lat: round(context.latitude ?? 0, 2), lon: round(context.longitude ?? 0, 2) }
    : FRANCE_CENTRE;
  const key = `${state}|${position.lat}|${position.lon}|${horaires}`;
  const cached = cache.get(key);
  if (cached !== undefined) {
    cache.delete(key);
    cache.set(key, cached);
    return cached;
  }
  const nominatim: nominatim_object = { ...position, address: { country_code: 'fr', state } };
  let parsed: OpeningHoursInstance | null;
  try {
    parsed = new OpeningHours(horaires, nominatim, { tag_key: 'opening_hours', locale: 'fr' } as never);
  } catch {
    parsed = null;
  }
  cache.set(key, parsed);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  return parsed;
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/**
 * Whether `horaires` is valid OSM `opening_hours` (for a place in mainland France). Never throws.
 *
 * @example
 * horairesValides('Mo-Fr 09:00-12:00,14:00-17:00; PH off'); // true
 * horairesValides('du lundi au vendredi');                    // false
 */
export function horairesValides(horaires: string): boolean {
  if (horaires.trim() === '') return false;
  // Without a place first: the same parse as `horairesMinutes` at import, so a string is parsed once. Hours
  // that need school holidays cannot be read without a région: Île-de-France's stands in.
  return (parse(horaires, {}) ?? parse(horaires, { region: '11' })) !== null;
}

// --- Wall clocks -----------------------------------------------------------------------------------------

interface WallClock {
  year: number;
  month: number; // 1–12
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

/** The wall-clock time in `timeZone` at an instant. */
function wallClockAt(instant: Date, timeZone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 1970,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

const asUtc = (clock: WallClock): number =>
  Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second);

/** Minutes since Monday 00:00 of the wall clock of `timeZone` at `instant` (as `lieux.horaires_minutes`). */
export function minuteOfWeek(instant: Date, timeZone: string): number {
  const clock = wallClockAt(instant, timeZone);
  const monday = (new Date(Date.UTC(clock.year, clock.month - 1, clock.day)).getUTCDay() + 6) % 7;
  return monday * 1440 + clock.hour * 60 + clock.minute;
}

/** Minutes east of UTC of `timeZone` at an instant. */
function offsetMinutes(instant: number, timeZone: string): number {
  const whole = Math.floor(instant / 1000) * 1000;
  return Math.round((asUtc(wallClockAt(new Date(whole), timeZone)) - whole) / 60_000);
}

/**
 * The instant a wall-clock time of `timeZone` names. A time that occurs twice (autumn) is its first occurrence;
 * a time that does not occur (spring) is read with the offset before the change, i.e. moved forward.
 */
function instantOf(clock: WallClock, timeZone: string): Date {
  const utc = asUtc(clock);
  const before = offsetMinutes(utc - 86_400_000, timeZone);
  const after = offsetMinutes(utc + 86_400_000, timeZone);
  const first = utc - before * 60_000;
  if (before === after || offsetMinutes(first, timeZone) === before) return new Date(first);
  const second = utc - after * 60_000;
  return new Date(offsetMinutes(second, timeZone) === after ? second : first);
}

/** A wall-clock time as a `Date` of the process's zone, as the library reads it. */
const toLocal = (clock: WallClock): Date =>
  new Date(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second);

/** A `Date` of the library read back as a wall-clock time. */
const fromLocal = (date: Date): WallClock => ({
  year: date.getFullYear(),
  month: date.getMonth() + 1,
  day: date.getDate(),
  hour: date.getHours(),
  minute: date.getMinutes(),
  second: date.getSeconds(),
});

const pad = (value: number, length = 2): string => String(Math.abs(value)).padStart(length, '0');

/** ISO 8601 with the zone's offset at that instant, e.g. `2026-03-30T17:00:00+02:00`. */
export function isoInZone(instant: Date, timeZone: string): string {
  const clock = wallClockAt(instant, timeZone);
  const offset = offsetMinutes(instant.getTime(), timeZone);
  const sign = offset < 0 ? '-' : '+';
  return (
    `${pad(clock.year, 4)}-${pad(clock.month)}-${pad(clock.day)}T${pad(clock.hour)}:${pad(clock.minute)}:` +
    `${pad(clock.second)}${sign}${pad(Math.trunc(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`
  );
}

// --- Status ----------------------------------------------------------------------------------------------

const DAY = 86_400_000;

/**
 * The opening status of a place at an instant, in its own time zone: `ouvert` with `jusqu_a` (the end of the
 * opening, if within 8 days), `ferme` with `prochaine_ouverture` (if within a year), or `inconnu` (no hours,
 * hours that do not parse, or a period the hours leave unknown, e.g. `"sur rendez-vous"`). Dates are ISO 8601
 * with the place's offset. A comment of the current rule comes as `commentaire`. Never throws.
 *
 * @example
 * ouverture('Mo-Fr 09:00-17:00', { at: new Date('2026-03-30T10:00:00Z'), timeZone: 'Indian/Reunion' });
 * // { statut: 'ouvert', jusqu_a: '2026-03-30T17:00:00+04:00' } (it is 14:00 in Réunion, 12:00 in Paris)
 */
export function ouverture(horaires: string | undefined | null, options: OuvertureOptions = {}): Ouverture {
  if (horaires === undefined || horaires === null || horaires.trim() === '') return { statut: 'inconnu' };
  const timeZone = options.timeZone ?? PARIS;
  // Hours have a minute's resolution: the status of a minute is computed once for every place that shares
  // the same hours, zone and holidays (many do), then reused.
  const minute = Math.floor((options.at ?? new Date()).getTime() / 60_000);
  const solar = usesSolarTimes(horaires) ? `${options.latitude ?? ''},${options.longitude ?? ''}` : '';
  const key = `${minute}|${timeZone}|${stateOf(horaires, options) ?? '?'}|${solar}|${horaires}`;
  const cached = statuses.get(key);
  if (cached) return { ...cached };
  const result = evaluate(horaires, timeZone, new Date(minute * 60_000), options);
  statuses.set(key, result);
  if (statuses.size > CACHE_SIZE) statuses.delete(statuses.keys().next().value as string);
  return { ...result };
}

const statuses = new Map<string, Ouverture>();

function evaluate(horaires: string, timeZone: string, at: Date, context: PlaceContext): Ouverture {
  const parsed = parse(horaires, context);
  if (!parsed) return { statut: 'inconnu' };
  try {
    const local = toLocal(wallClockAt(at, timeZone));
    const iterator = parsed.getIterator(local);
    const comment = iterator.getComment() ?? undefined;
    const withComment = (result: Ouverture): Ouverture =>
      comment === undefined ? result : { ...result, commentaire: comment };
    const toIso = (date: Date): string => isoInZone(instantOf(fromLocal(date), timeZone), timeZone);
    if (iterator.getUnknown()) return withComment({ statut: 'inconnu' });
    if (iterator.getState()) {
      const limit = new Date(local.getTime() + 8 * DAY);
      while (iterator.advance(limit)) {
        if (!iterator.getState() || iterator.getUnknown()) {
          return withComment({ statut: 'ouvert', jusqu_a: toIso(iterator.getDate()) });
        }
      }
      return withComment({ statut: 'ouvert' });
    }
    const limit = new Date(local.getTime() + 366 * DAY);
    while (iterator.advance(limit)) {
      if (iterator.getState() && !iterator.getUnknown()) {
        return withComment({ statut: 'ferme', prochaine_ouverture: toIso(iterator.getDate()) });
      }
    }
    return withComment({ statut: 'ferme' });
  } catch {
    return { statut: 'inconnu' };
  }
}

// --- Weekly table ----------------------------------------------------------------------------------------

const hhmm = (date: Date, dayStart: Date): string => {
  const minutes = Math.round((date.getTime() - dayStart.getTime()) / 60_000);
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
};

/**
 * A weekly table of opening periods, Monday to Sunday, each day's periods as `{ debut, fin }` (`'HH:MM'`,
 * `fin` `'24:00'` at midnight; a period past midnight is split across both days; a period the hours leave
 * unknown carries `incertain` and its comment). `complet` is `false` when the hours have rules such a table
 * cannot show (public or school holidays, months, weeks, dates, sunrise…): the table then shows the week of
 * `at`, a public holiday replaced by the same weekday of a nearby week. `undefined` when the hours do not parse. Never throws.
 *
 * @example
 * semaine('Mo-Fr 09:00-12:00,14:00-17:00').jours[0];
 * // { jour: 'lundi', plages: [{ debut: '09:00', fin: '12:00' }, { debut: '14:00', fin: '17:00' }] }
 */
export function semaine(horaires: string, options: SemaineOptions = {}): HorairesSemaine | undefined {
  const parsed = parse(horaires, options);
  if (!parsed) return undefined;
  try {
    const clock = wallClockAt(options.at ?? new Date(), options.timeZone ?? PARIS);
    const mondayOffset = (new Date(clock.year, clock.month - 1, clock.day).getDay() + 6) % 7;
    const dayAt = (offset: number) =>
      new Date(clock.year, clock.month - 1, clock.day - mondayOffset + offset);
    const isHoliday = (day: Date): boolean =>
      parsed.getPublicHolidayContext(new Date(day.getTime() + DAY / 2)).isHoliday;
    const jours = joursSemaine.map((jour, index) => {
      // A public holiday shows the same weekday of a nearby week: the table is a regular week.
      const offset = [0, -7, 7, -14, 14].find((weeks) => !isHoliday(dayAt(index + weeks))) ?? 0;
      const start = dayAt(index + offset);
      const end = dayAt(index + offset + 1);
      const plages = parsed.getOpenIntervals(start, end).map(([from, to, unknown, comment]) => {
        const plage: PlageHoraire = { debut: hhmm(from, start), fin: hhmm(to, start) };
        if (unknown) plage.incertain = true;
        if (comment !== undefined) plage.commentaire = comment;
        return plage;
      });
      return { jour, plages };
    });
    const complet = parsed.isWeekStable() && !usesSolarTimes(horaires);
    return { jours, complet };
  } catch {
    return undefined;
  }
}

/**
 * The opening periods of the regular week (`semaine`, certain periods only) as an `int4multirange` literal of
 * minutes since Monday 00:00 local time, for the `lieux.horaires_minutes` column (migration 005); `null` when
 * the hours do not parse. Hours that need school holidays are read with Île-de-France's when the région is
 * unknown.
 *
 * @example
 * horairesMinutes('Mo 09:00-12:00'); // '{[540,720)}'
 */
export function horairesMinutes(horaires: string, context: SemaineOptions = {}): string | null {
  // Imports repeat the same hours on many places: computed once per string (and per day, for seasons).
  const key = `${Math.floor((context.at ?? new Date()).getTime() / DAY)}|${context.region ?? ''}|${context.departement ?? ''}|${horaires}`;
  const cached = minutesCache.get(key);
  if (cached !== undefined) return cached;
  const result = computeMinutes(horaires, context);
  minutesCache.set(key, result);
  if (minutesCache.size > CACHE_SIZE) minutesCache.delete(minutesCache.keys().next().value as string);
  return result;
}

const minutesCache = new Map<string, string | null>();

function computeMinutes(horaires: string, context: SemaineOptions): string | null {
  const table = semaine(horaires, context) ?? semaine(horaires, { ...context, region: '11' });
  if (!table) return null;
  const ranges = table.jours.flatMap((jour, index) =>
    jour.plages
      .filter((plage) => plage.incertain !== true)
      .map((plage) => `[${index * 1440 + minutesOf(plage.debut)},${index * 1440 + minutesOf(plage.fin)})`),
  );
  return `{${ranges.join(',')}}`;
}

function minutesOf(time: string): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * 60 + minutes;
}
