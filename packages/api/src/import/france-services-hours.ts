// France Services' free-text hours per weekday (`09:00 - 12:00 / 13:30 - 17:00`) → OSM `opening_hours`.

/** The weekday columns of the France Services file, with their OSM day. Sunday has no column. */
export const franceServicesDays = [
  ['h_lundi', 'Mo'],
  ['h_mardi', 'Tu'],
  ['h_mercredi', 'We'],
  ['h_jeudi', 'Th'],
  ['h_vendredi', 'Fr'],
  ['h_samedi', 'Sa'],
] as const;

/** A weekday column of the France Services file. */
export type FranceServicesDayColumn = (typeof franceServicesDays)[number][0];

/** The result of `convertFranceServicesHours`. */
export type HoursConversion =
  /** Converted (`horaires` undefined when every day is empty); `notes` say what was tidied. */
  | { ok: true; horaires: string | undefined; notes: string[] }
  /** Some day cannot be read: no `horaires` at all, rather than hours that would be wrong. */
  | { ok: false; problems: string[] };

interface Range {
  start: number;
  end: number;
}

// `09:00`, `9:00`, `9h`, `9h30`, `09.00`.
const time = String.raw`(\d{1,2})\s*(?:[:h.]\s*(\d{2})?)?`;
const rangePattern = new RegExp(String.raw`^${time}\s*(?:-|–|à|a)\s*${time}$`, 'i');

function minutes(hours: string | undefined, mins: string | undefined): number | undefined {
  const h = Number(hours);
  const m = mins === undefined ? 0 : Number(mins);
  if (!Number.isInteger(h) || h > 24 || m > 59 || (h === 24 && m > 0)) return undefined;
  return h * 60 + m;
}

const clock = (value: number): string =>
  `${String(Math.floor(value / 60)).padStart(2, '0')}:${String(value % 60).padStart(2, '0')}`;

/**
 * Reads one day: ranges separated by `/` (or `,`, `;`, `et`), each `HH:MM - HH:MM`. `00:00 - 00:00` is the
 * file's filler for "nothing" and is skipped; overlapping or repeated ranges (a desk with several sites) are
 * merged into their union. Returns the sorted ranges, or a problem in words.
 */
export function readDayHours(value: string): { ranges: Range[]; notes: string[] } | { problem: string } {
  const notes: string[] = [];
  const ranges: Range[] = [];
  const parts = value
    .split(/\s*(?:\/|,|;|\bet\b)\s*/i)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  for (const part of parts) {
    const match = rangePattern.exec(part);
    const start = match ? minutes(match[1], match[2]) : undefined;
    const end = match ? minutes(match[3], match[4]) : undefined;
    if (start === undefined || end === undefined)
      return { problem: `« ${part} » is not a time range like 09:00 - 12:00` };
    if (start === 0 && end === 0) {
      notes.push('« 00:00 - 00:00 » skipped');
      continue;
    }
    if (end <= start) return { problem: `« ${part} » ends before it starts` };
    ranges.push({ start, end });
  }
  ranges.sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Range[] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) {
      if (range.end > last.end || range.start < last.end) notes.push('overlapping ranges merged');
      last.end = Math.max(last.end, range.end);
    } else {
      merged.push({ ...range });
    }
  }
  return { ranges: merged, notes: [...new Set(notes)] };
}

/**
 * Converts the six weekday columns to OSM `opening_hours`: `Mo 09:00-12:00,13:30-17:00; …`, consecutive days with
 * the same hours merged (`Mo-Fr`), days without hours left out (closed). When any day cannot be read, nothing is
 * converted and the problems say which day and why.
 *
 * @example
 * convertFranceServicesHours({ h_lundi: '09:00 - 12:00', h_mardi: '09:00 - 12:00' });
 * // { ok: true, horaires: 'Mo-Tu 09:00-12:00', notes: [] }
 */
export function convertFranceServicesHours(
  days: Partial<Record<FranceServicesDayColumn, string>>,
): HoursConversion {
  const problems: string[] = [];
  const notes: string[] = [];
  const perDay: { day: string; hours: string }[] = [];
  for (const [column, day] of franceServicesDays) {
    const value = (days[column] ?? '').trim();
    if (value === '') continue;
    const read = readDayHours(value);
    if ('problem' in read) {
      problems.push(`${column}: ${read.problem}`);
      continue;
    }
    notes.push(...read.notes.map((note) => `${column}: ${note}`));
    if (read.ranges.length > 0) {
      perDay.push({ day, hours: read.ranges.map((r) => `${clock(r.start)}-${clock(r.end)}`).join(',') });
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  if (perDay.length === 0) return { ok: true, horaires: undefined, notes };

  const order: readonly string[] = franceServicesDays.map(([, day]) => day);
  const rules: string[] = [];
  let run: { first: string; last: string; hours: string } | undefined;
  for (const { day, hours } of perDay) {
    if (run && run.hours === hours && order.indexOf(day) === order.indexOf(run.last) + 1) {
      run.last = day;
      continue;
    }
    if (run) rules.push(rule(run));
    run = { first: day, last: day, hours };
  }
  if (run) rules.push(rule(run));
  return { ok: true, horaires: rules.join('; '), notes };
}

function rule(run: { first: string; last: string; hours: string }): string {
  return `${run.first === run.last ? run.first : `${run.first}-${run.last}`} ${run.hours}`;
}
