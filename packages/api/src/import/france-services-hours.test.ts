import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { horairesValides } from '../lieux/opening-hours.js';
import { convertFranceServicesHours, readDayHours } from './france-services-hours.js';

const week = (value: string) => ({
  h_lundi: value,
  h_mardi: value,
  h_mercredi: value,
  h_jeudi: value,
  h_vendredi: value,
});

describe('convertFranceServicesHours', () => {
  const cases: [string, Parameters<typeof convertFranceServicesHours>[0], string | undefined][] = [
    ['one range a day, merged Mo-Fr', week('09:00 - 12:00'), 'Mo-Fr 09:00-12:00'],
    ['two ranges', week('09:00 - 12:00 / 13:30 - 17:00'), 'Mo-Fr 09:00-12:00,13:30-17:00'],
    [
      'different days, runs merged only when consecutive',
      {
        h_lundi: '13:30 - 17:00',
        h_mardi: '09:00 - 12:00 / 13:30 - 17:00',
        h_mercredi: '09:00 - 12:00 / 13:30 - 17:00',
        h_jeudi: '09:00 - 12:00 / 13:30 - 17:00',
        h_vendredi: '09:00 - 12:00 / 13:30 - 16:00',
        h_samedi: '09:00 - 12:00',
      },
      'Mo 13:30-17:00; Tu-Th 09:00-12:00,13:30-17:00; Fr 09:00-12:00,13:30-16:00; Sa 09:00-12:00',
    ],
    [
      'a closed day breaks a run',
      { h_lundi: '09:00 - 12:00', h_mardi: '', h_mercredi: '09:00 - 12:00' },
      'Mo 09:00-12:00; We 09:00-12:00',
    ],
    [
      '00:00 - 00:00 fillers skipped',
      { h_lundi: '00:00 - 00:00 / 09:00 - 12:00', h_mardi: '00:00 - 00:00' },
      'Mo 09:00-12:00',
    ],
    [
      'overlapping ranges merged',
      { h_lundi: '09:00 - 12:30 / 09:00 - 17:00 / 14:00 - 17:00' },
      'Mo 09:00-17:00',
    ],
    ['repeated ranges merged', { h_jeudi: '08:30 - 11:30 / 08:30 - 11:30' }, 'Th 08:30-11:30'],
    [
      'five ranges, sorted',
      { h_lundi: '15:00 - 16:15 / 08:45 - 10:15 / 10:30 - 11:30 / 13:30 - 14:30' },
      'Mo 08:45-10:15,10:30-11:30,13:30-14:30,15:00-16:15',
    ],
    ['other writings of times', { h_lundi: '9h - 12h / 14h00 - 17h30' }, 'Mo 09:00-12:00,14:00-17:30'],
    ['no hours at all', {}, undefined],
  ];
  for (const [title, days, expected] of cases) {
    it(title, () => {
      const result = convertFranceServicesHours(days);
      assert.ok(result.ok, JSON.stringify(result));
      assert.equal(result.horaires, expected);
      if (expected !== undefined) assert.ok(horairesValides(expected), `${expected} parses`);
    });
  }

  it('converts nothing when a day cannot be read, and says which day and why', () => {
    const result = convertFranceServicesHours({
      h_lundi: '09:00 - 12:00',
      h_mardi: 'sur rendez-vous',
      h_mercredi: '14:00 - 12:00',
    });
    assert.deepEqual(result, {
      ok: false,
      problems: [
        'h_mardi: « sur rendez-vous » is not a time range like 09:00 - 12:00',
        'h_mercredi: « 14:00 - 12:00 » ends before it starts',
      ],
    });
  });

  it('notes what it tidied', () => {
    assert.deepEqual(readDayHours('00:00 - 00:00 / 09:00 - 12:00 / 11:00 - 13:00'), {
      ranges: [{ start: 540, end: 780 }],
      notes: ['« 00:00 - 00:00 » skipped', 'overlapping ranges merged'],
    });
  });
});
