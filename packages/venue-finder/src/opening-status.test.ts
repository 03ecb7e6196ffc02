import { expect } from '@open-wc/testing';
import { localeReady } from '@inclusion-widgets/core';
import {
  describeOpening,
  formatClock,
  openingDescription,
  placeTimeZone,
  weekdayIndex,
} from './opening-status.js';

/** Monday 30 March 2026, 10:00 in Paris (summer time, UTC+2). */
const mondayMorning = new Date('2026-03-30T08:00:00Z');

// English texts are imported on demand, as on a page: load them before the English cases.
before(async () => {
  await localeReady('en');
});

describe('describeOpening()', () => {
  it('says when an open place closes today', () => {
    const ouverture = { statut: 'ouvert', jusqu_a: '2026-03-30T17:00:00+02:00' } as const;
    expect(describeOpening(ouverture, 'fr', mondayMorning)).to.equal('Ouvert · ferme à 17:00');
    expect(describeOpening(ouverture, 'en', mondayMorning)).to.equal('Open · closes at 5:00 PM');
  });

  it('says when a closed place opens, today, tomorrow, on a weekday or on a date', () => {
    const opens = (prochaine_ouverture: string) => ({ statut: 'ferme', prochaine_ouverture }) as const;
    const at = (iso: string, locale: 'fr' | 'en' = 'fr') =>
      describeOpening(opens(iso), locale, mondayMorning);
    expect(at('2026-03-30T14:00:00+02:00')).to.equal('Fermé · ouvre à 14:00');
    expect(at('2026-03-31T09:00:00+02:00')).to.equal('Fermé · ouvre demain à 9:00');
    expect(at('2026-04-03T09:30:00+02:00')).to.equal('Fermé · ouvre vendredi à 9:30');
    expect(at('2026-04-06T09:00:00+02:00')).to.equal('Fermé · ouvre le 6 avril à 9:00');
    expect(at('2026-05-01T09:00:00+02:00')).to.equal('Fermé · ouvre le 1er mai à 9:00');
    expect(at('2027-03-03T09:00:00+01:00')).to.equal('Fermé · ouvre le 3 mars 2027 à 9:00');
    expect(at('2026-03-30T14:00:00+02:00', 'en')).to.equal('Closed · opens at 2:00 PM');
    expect(at('2026-03-31T09:00:00+02:00', 'en')).to.equal('Closed · opens tomorrow at 9:00 AM');
    expect(at('2026-04-03T09:30:00+02:00', 'en')).to.equal('Closed · opens on Friday at 9:30 AM');
    expect(at('2026-04-06T09:00:00+02:00', 'en')).to.equal('Closed · opens on April 6 at 9:00 AM');
  });

  it('says "le 3 janvier" across the new year, and "lundi" for next Monday', () => {
    const friday = new Date('2026-12-25T17:00:00Z');
    const ferme = (prochaine_ouverture: string) => ({ statut: 'ferme', prochaine_ouverture }) as const;
    expect(describeOpening(ferme('2027-01-03T09:00:00+01:00'), 'fr', friday)).to.equal(
      'Fermé · ouvre le 3 janvier à 9:00',
    );
    expect(describeOpening(ferme('2026-12-28T09:00:00+01:00'), 'fr', friday)).to.equal(
      'Fermé · ouvre lundi à 9:00',
    );
  });

  it('keeps the place’s own wall-clock time, whatever the browser’s zone', () => {
    // 10:00 UTC is 14:00 in Réunion (UTC+4) and 07:00 in Cayenne (UTC−3).
    const now = new Date('2026-03-30T10:00:00Z');
    expect(describeOpening({ statut: 'ouvert', jusqu_a: '2026-03-30T17:00:00+04:00' }, 'fr', now)).to.equal(
      'Ouvert · ferme à 17:00',
    );
    expect(
      describeOpening({ statut: 'ferme', prochaine_ouverture: '2026-03-30T09:00:00-03:00' }, 'fr', now),
    ).to.equal('Fermé · ouvre à 9:00');
    // 23:30 in Paris on Monday is already Tuesday 07:30 in Nouméa (UTC+11): its 9:00 opening is today.
    const lateInParis = new Date('2026-03-30T21:30:00Z');
    expect(
      describeOpening(
        { statut: 'ferme', prochaine_ouverture: '2026-03-31T09:00:00+11:00' },
        'fr',
        lateInParis,
      ),
    ).to.equal('Fermé · ouvre à 9:00');
  });

  it('says midnight for a place closing at the end of the day', () => {
    const ouverture = { statut: 'ouvert', jusqu_a: '2026-03-31T00:00:00+02:00' } as const;
    expect(describeOpening(ouverture, 'fr', mondayMorning)).to.equal('Ouvert · ferme à minuit');
    expect(describeOpening(ouverture, 'en', mondayMorning)).to.equal('Open · closes at midnight');
  });

  it('says when a place open past midnight closes tomorrow', () => {
    const ouverture = { statut: 'ouvert', jusqu_a: '2026-03-31T02:00:00+02:00' } as const;
    expect(describeOpening(ouverture, 'fr', mondayMorning)).to.equal('Ouvert · ferme demain à 2:00');
  });

  it('gives the status alone when no time is known', () => {
    expect(describeOpening({ statut: 'ouvert' }, 'fr', mondayMorning)).to.equal('Ouvert');
    expect(describeOpening({ statut: 'ferme' }, 'en', mondayMorning)).to.equal('Closed');
    expect(describeOpening({ statut: 'ouvert', jusqu_a: 'bientôt' }, 'fr', mondayMorning)).to.equal('Ouvert');
  });

  it('says the hours are not given when the status is unknown or missing', () => {
    expect(describeOpening({ statut: 'inconnu' }, 'fr', mondayMorning)).to.equal('Horaires non communiqués');
    expect(describeOpening(undefined, 'fr', mondayMorning)).to.equal('Horaires non communiqués');
    expect(describeOpening({ statut: 'inconnu' }, 'en', mondayMorning)).to.equal('Opening hours not given');
  });

  it('adds the comment of the hours when there is one', () => {
    expect(
      describeOpening({ statut: 'inconnu', commentaire: 'sur rendez-vous' }, 'fr', mondayMorning),
    ).to.equal('Horaires non communiqués · sur rendez-vous');
    expect(
      describeOpening(
        { statut: 'ouvert', jusqu_a: '2026-03-30T17:00:00+02:00', commentaire: 'accueil sans rendez-vous' },
        'fr',
        mondayMorning,
      ),
    ).to.equal('Ouvert · ferme à 17:00 · accueil sans rendez-vous');
    expect(describeOpening({ statut: 'ferme', commentaire: '  ' }, 'fr', mondayMorning)).to.equal('Fermé');
  });

  it('turns the status over when the time it gave has gone by', () => {
    const later = new Date('2026-03-30T10:05:00Z'); // 12:05 in Paris
    expect(describeOpening({ statut: 'ouvert', jusqu_a: '2026-03-30T12:00:00+02:00' }, 'fr', later)).to.equal(
      'Fermé',
    );
    expect(
      describeOpening({ statut: 'ferme', prochaine_ouverture: '2026-03-30T12:00:00+02:00' }, 'fr', later),
    ).to.equal('Ouvert');
  });
});

describe('openingDescription()', () => {
  it('gives the parts of the line apart', () => {
    const description = openingDescription(
      { statut: 'ferme', prochaine_ouverture: '2026-03-31T09:00:00+02:00', commentaire: 'sur rendez-vous' },
      'fr',
      mondayMorning,
    );
    expect(description).to.deep.equal({
      statut: 'ferme',
      label: 'Fermé',
      detail: 'ouvre demain à 9:00',
      comment: 'sur rendez-vous',
      text: 'Fermé · ouvre demain à 9:00 · sur rendez-vous',
    });
  });
});

describe('formatClock()', () => {
  it('writes times as people read them', () => {
    expect(formatClock('fr', '09:00')).to.equal('9:00');
    expect(formatClock('fr', '17:30')).to.equal('17:30');
    expect(formatClock('fr', '00:15')).to.equal('0:15');
    expect(formatClock('fr', '24:00')).to.equal('minuit');
    expect(formatClock('en', '09:00')).to.equal('9:00 AM');
    expect(formatClock('en', '17:30')).to.equal('5:30 PM');
    expect(formatClock('en', '24:00')).to.equal('midnight');
    expect(formatClock('fr', 'midi')).to.equal('midi');
  });
});

describe('placeTimeZone() and weekdayIndex()', () => {
  it('finds the zone of overseas places from their codes', () => {
    expect(placeTimeZone({ code_insee: '59350', code_postal: '59000' })).to.equal('Europe/Paris');
    expect(placeTimeZone({ code_insee: '97411', code_postal: '97400' })).to.equal('Indian/Reunion');
    expect(placeTimeZone({ code_postal: '97300' })).to.equal('America/Cayenne');
    expect(placeTimeZone({ code_postal: '97133' })).to.equal('America/St_Barthelemy');
    expect(placeTimeZone({ code_insee: '2A004', code_postal: '20000' })).to.equal('Europe/Paris');
  });

  it('counts the day of the week from Monday, in the place’s zone', () => {
    expect(weekdayIndex('Europe/Paris', mondayMorning)).to.equal(0);
    const sundayNight = new Date('2026-03-29T21:30:00Z'); // 23:30 in Paris, 01:30 Monday in Réunion
    expect(weekdayIndex('Europe/Paris', sundayNight)).to.equal(6);
    expect(weekdayIndex('Indian/Reunion', sundayNight)).to.equal(0);
    expect(weekdayIndex('Not/AZone', mondayMorning)).to.be.within(0, 6);
  });
});
