import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { horairesSemaineSchema, ouvertureSchema } from '@inclusion-widgets/core';
import { answers, ouvertureCases, semaineCases } from './opening-hours.cases.js';
import { horairesMinutes, horairesValides, isoInZone, ouverture, semaine } from './opening-hours.js';

const casesFile = fileURLToPath(new URL('./opening-hours.cases.ts', import.meta.url));
// As in main.ts: the in-process answers are the reference; children check other server zones.
process.env.TZ = 'UTC';

describe('opening hours', () => {
  describe('horairesValides', () => {
    it('accepts OSM opening_hours, including holidays, comments and 24/7', () => {
      for (const value of [
        'Mo-Fr 09:00-12:00,14:00-17:00',
        'Mo-Fr 09:00-17:00; PH off',
        'Mo-Fr 09:00-17:00; SH off',
        'Mo 10:00-12:00 "sur rendez-vous"',
        '24/7',
        'off',
        'Jan-Mar Mo 10:00-12:00',
      ]) {
        assert.equal(horairesValides(value), true, value);
      }
    });

    it('rejects free text and empty strings without throwing', () => {
      for (const value of ['du lundi au vendredi', '', '   ', 'Mo-Fr 25:00-26:00', 'Mo-Fr 09:00-']) {
        assert.equal(horairesValides(value), false, JSON.stringify(value));
      }
    });
  });

  describe('ouverture, in the place’s own time zone', () => {
    for (const item of ouvertureCases) {
      it(item.name, () => {
        const result = ouverture(item.horaires, {
          at: new Date(item.at),
          timeZone: item.timeZone,
          ...item.place,
        });
        assert.deepEqual(result, item.expected);
        assert.ok(ouvertureSchema.safeParse(result).success);
      });
    }

    it('is unknown without hours', () => {
      assert.deepEqual(ouverture(undefined), { statut: 'inconnu' });
      assert.deepEqual(ouverture(''), { statut: 'inconnu' });
    });

    it('gives the same instants as the wall clock says (offset of the zone at that date)', () => {
      assert.equal(isoInZone(new Date('2026-01-15T12:00:00Z'), 'Europe/Paris'), '2026-01-15T13:00:00+01:00');
      assert.equal(isoInZone(new Date('2026-07-15T12:00:00Z'), 'Europe/Paris'), '2026-07-15T14:00:00+02:00');
      assert.equal(
        isoInZone(new Date('2026-07-15T12:00:00Z'), 'America/Cayenne'),
        '2026-07-15T09:00:00-03:00',
      );
      assert.equal(isoInZone(new Date('2026-07-15T12:00:00Z'), 'Asia/Kolkata'), '2026-07-15T17:30:00+05:30');
    });
  });

  describe('semaine', () => {
    it('lists the 7 days Monday first, splits periods past midnight, and flags holidays', () => {
      const table = semaine(semaineCases.easterWeek.horaires, { at: new Date(semaineCases.easterWeek.at) });
      assert.ok(table);
      assert.ok(horairesSemaineSchema.safeParse(table).success);
      const weekday = [
        { debut: '09:00', fin: '12:00' },
        { debut: '14:00', fin: '17:00' },
      ];
      assert.deepEqual(
        table.jours.map((jour) => jour.jour),
        ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
      );
      // Easter Monday is a public holiday: the regular Monday is shown, and `complet` says the table is not all.
      assert.deepEqual(table.jours[0]?.plages, weekday);
      assert.deepEqual(table.jours[4]?.plages, weekday);
      assert.deepEqual(table.jours[5]?.plages, [{ debut: '22:00', fin: '24:00' }]);
      assert.deepEqual(table.jours[6]?.plages, [{ debut: '00:00', fin: '02:00' }]);
      assert.equal(table.complet, false);
    });

    it('keeps comments and marks periods left unknown; a plain week is complete', () => {
      const table = semaine(semaineCases.regular.horaires, { at: new Date(semaineCases.regular.at) });
      assert.equal(table?.complet, true);
      assert.deepEqual(table?.jours[1]?.plages, [
        { debut: '14:00', fin: '18:00', incertain: true, commentaire: 'sur rendez-vous' },
      ]);
      assert.deepEqual(table?.jours[2]?.plages, [{ debut: '08:30', fin: '12:00' }]);
      assert.deepEqual(table?.jours[6]?.plages, []);
    });

    it('is undefined for hours that do not parse', () => {
      assert.equal(semaine('tous les jours'), undefined);
    });

    it('gives the regular week as minutes of the week for SQL, certain periods only', () => {
      assert.equal(horairesMinutes('Mo 09:00-12:00; Su 23:00-24:00'), '{[540,720),[10020,10080)}');
      assert.equal(horairesMinutes(semaineCases.regular.horaires), '{[510,720),[3390,3600)}');
      assert.equal(horairesMinutes('off'), '{}');
      assert.equal(horairesMinutes('nope'), null);
    });
  });

  describe('does not depend on the server’s own time zone', () => {
    const expected = answers();
    // The library itself misreads local dates around the server zone's own DST changes (a Monday 00:00-01:00
    // appears after the spring change in Europe/Paris), hence `TZ=UTC` in main.ts. Zones without DST give
    // every answer identical; zones with DST still give the same statuses for these instants.
    for (const zone of [
      'UTC',
      'Asia/Kolkata',
      'America/Cayenne',
      'Pacific/Kiritimati',
      'Europe/Paris',
      'America/Los_Angeles',
    ]) {
      const withDst = zone === 'Europe/Paris' || zone === 'America/Los_Angeles';
      it(`gives the same ${withDst ? 'statuses' : 'answers'} with TZ=${zone}`, () => {
        const output = execFileSync(process.execPath, ['--conditions=source', '--import', 'tsx', casesFile], {
          env: { ...process.env, TZ: zone },
          encoding: 'utf8',
        });
        const child = JSON.parse(output) as ReturnType<typeof answers>;
        if (withDst) assert.deepEqual(child.ouverture, expected.ouverture);
        else assert.deepEqual(child, expected);
      });
    }
  });
});
