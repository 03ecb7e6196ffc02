// Test support: cases of opening statuses, checked in the test process and in child processes running under
// other server time zones (`node … opening-hours.cases.ts` prints the answers as JSON).
import type { HorairesSemaine, Ouverture } from '@inclusion-widgets/core';
import { horairesMinutes, ouverture, semaine, type PlaceContext } from './opening-hours.js';

/** One opening-status case: hours, an instant, a place, and the expected answer. */
export interface OuvertureCase {
  name: string;
  horaires: string;
  at: string;
  timeZone: string;
  place?: PlaceContext;
  expected: Ouverture;
}

const weekdays = 'Mo-Fr 09:00-17:00';

export const ouvertureCases: readonly OuvertureCase[] = [
  {
    name: 'Monday 06:00 UTC: closed in Paris (08:00)',
    horaires: weekdays,
    at: '2026-03-30T06:00:00Z',
    timeZone: 'Europe/Paris',
    expected: { statut: 'ferme', prochaine_ouverture: '2026-03-30T09:00:00+02:00' },
  },
  {
    name: 'the same instant: open in Réunion (10:00)',
    horaires: weekdays,
    at: '2026-03-30T06:00:00Z',
    timeZone: 'Indian/Reunion',
    place: { departement: '974', region: '04' },
    expected: { statut: 'ouvert', jusqu_a: '2026-03-30T17:00:00+04:00' },
  },
  {
    name: 'Monday 14:00 UTC: open in Paris (16:00)',
    horaires: weekdays,
    at: '2026-03-30T14:00:00Z',
    timeZone: 'Europe/Paris',
    expected: { statut: 'ouvert', jusqu_a: '2026-03-30T17:00:00+02:00' },
  },
  {
    name: 'the same instant: closed in Réunion (18:00) until Tuesday',
    horaires: weekdays,
    at: '2026-03-30T14:00:00Z',
    timeZone: 'Indian/Reunion',
    expected: { statut: 'ferme', prochaine_ouverture: '2026-03-31T09:00:00+04:00' },
  },
  {
    name: 'Cayenne, UTC−3: closed at 08:30 while Paris is open',
    horaires: weekdays,
    at: '2026-03-30T11:30:00Z',
    timeZone: 'America/Cayenne',
    expected: { statut: 'ferme', prochaine_ouverture: '2026-03-30T09:00:00-03:00' },
  },
  {
    name: 'Cayenne: open at 16:30, until 17:00 local (20:00 UTC)',
    horaires: weekdays,
    at: '2026-03-30T19:30:00Z',
    timeZone: 'America/Cayenne',
    expected: { statut: 'ouvert', jusqu_a: '2026-03-30T17:00:00-03:00' },
  },
  {
    name: 'Paris, spring DST day: open over the skipped hour, closing at 04:00 summer time',
    horaires: 'Su 01:00-04:00',
    at: '2026-03-29T00:30:00Z',
    timeZone: 'Europe/Paris',
    expected: { statut: 'ouvert', jusqu_a: '2026-03-29T04:00:00+02:00' },
  },
  {
    name: 'Paris, the evening before spring DST: next opening in summer time',
    horaires: 'Mo-Su 09:00-18:00',
    at: '2026-03-28T20:00:00Z',
    timeZone: 'Europe/Paris',
    expected: { statut: 'ferme', prochaine_ouverture: '2026-03-29T09:00:00+02:00' },
  },
  {
    name: 'Paris, the evening before autumn DST: next opening in winter time',
    horaires: 'Mo-Su 09:00-18:00',
    at: '2026-10-24T20:00:00Z',
    timeZone: 'Europe/Paris',
    expected: { statut: 'ferme', prochaine_ouverture: '2026-10-25T09:00:00+01:00' },
  },
  {
    name: 'Paris, autumn DST day: 08:30 UTC is 09:30 winter time, open',
    horaires: 'Mo-Su 09:00-18:00',
    at: '2026-10-25T08:30:00Z',
    timeZone: 'Europe/Paris',
    expected: { statut: 'ouvert', jusqu_a: '2026-10-25T18:00:00+01:00' },
  },
  {
    name: '24/7 is open with no end',
    horaires: '24/7',
    at: '2026-03-30T03:00:00Z',
    timeZone: 'Indian/Reunion',
    expected: { statut: 'ouvert' },
  },
  {
    name: 'off is closed with no next opening',
    horaires: 'off',
    at: '2026-03-30T10:00:00Z',
    timeZone: 'Europe/Paris',
    expected: { statut: 'ferme' },
  },
  {
    name: 'a comment alone leaves the period unknown, and is given',
    horaires: 'Mo-Fr 09:00-12:00 "sur rendez-vous"',
    at: '2026-03-30T08:00:00Z',
    timeZone: 'Europe/Paris',
    expected: { statut: 'inconnu', commentaire: 'sur rendez-vous' },
  },
  {
    name: 'an explicit open with a comment is open, with the comment',
    horaires: 'Mo-Fr 09:00-17:00 open "accueil sans rendez-vous"',
    at: '2026-03-30T08:00:00Z',
    timeZone: 'Europe/Paris',
    expected: {
      statut: 'ouvert',
      jusqu_a: '2026-03-30T17:00:00+02:00',
      commentaire: 'accueil sans rendez-vous',
    },
  },
  {
    name: 'invalid hours are unknown, never an error',
    horaires: 'du lundi au vendredi de 9h à 17h',
    at: '2026-03-30T08:00:00Z',
    timeZone: 'Europe/Paris',
    expected: { statut: 'inconnu' },
  },
  {
    name: 'a national holiday (14 July) closes with PH off',
    horaires: `${weekdays}; PH off`,
    at: '2026-07-14T10:00:00Z',
    timeZone: 'Europe/Paris',
    place: { departement: '75', region: '11' },
    expected: {
      statut: 'ferme',
      prochaine_ouverture: '2026-07-15T09:00:00+02:00',
      commentaire: 'Fête Nationale de la France',
    },
  },
  {
    name: 'Réunion’s own holiday (20 December) closes there…',
    horaires: `${weekdays}; PH off`,
    at: '2027-12-20T06:00:00Z',
    timeZone: 'Indian/Reunion',
    place: { departement: '974', region: '04' },
    expected: {
      statut: 'ferme',
      prochaine_ouverture: '2027-12-21T09:00:00+04:00',
      commentaire: 'Abolition de l’esclavage',
    },
  },
  {
    name: '…and not in Paris',
    horaires: `${weekdays}; PH off`,
    at: '2027-12-20T09:00:00Z',
    timeZone: 'Europe/Paris',
    place: { departement: '75', region: '11' },
    expected: { statut: 'ouvert', jusqu_a: '2027-12-20T17:00:00+01:00' },
  },
];

/** Weekly tables computed in each process. */
export const semaineCases = {
  /** Easter Monday (6 April 2026) is a public holiday: the table still shows a regular Monday. */
  easterWeek: {
    horaires: 'Mo-Fr 09:00-12:00,14:00-17:00; Sa 22:00-02:00; PH off',
    at: '2026-04-08T10:00:00Z',
  },
  regular: { horaires: 'Mo,We 08:30-12:00; Tu 14:00-18:00 "sur rendez-vous"', at: '2026-03-30T10:00:00Z' },
} as const;

/** Every answer of this process, for comparison across server time zones. */
export function answers(): {
  ouverture: Ouverture[];
  semaine: Record<string, HorairesSemaine | undefined>;
  minutes: (string | null)[];
} {
  return {
    ouverture: ouvertureCases.map((item) =>
      ouverture(item.horaires, { at: new Date(item.at), timeZone: item.timeZone, ...item.place }),
    ),
    semaine: Object.fromEntries(
      Object.entries(semaineCases).map(([name, item]) => [
        name,
        semaine(item.horaires, { at: new Date(item.at) }),
      ]),
    ),
    minutes: Object.values(semaineCases).map((item) => horairesMinutes(item.horaires)),
  };
}

if (process.argv[1]?.endsWith('opening-hours.cases.ts')) {
  process.stdout.write(JSON.stringify(answers()));
}
