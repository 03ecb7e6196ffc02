import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  createTranslator,
  en,
  formatDate,
  formatDistance,
  formatList,
  formatTime,
  fr,
  localeReady,
  matchLocale,
  resolveLocale,
  translate,
} from './index.js';

/** Intl's spaces differ between ICU versions (U+00A0, U+202F): compare text with plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('locale resolution', () => {
  it('takes the first candidate that maps to a supported locale', () => {
    assert.equal(resolveLocale(undefined, '', 'de-DE', 'en-GB', 'fr'), 'en');
  });

  it('falls back to French when nothing matches', () => {
    assert.equal(resolveLocale(null, 'es', 'zz'), 'fr');
    assert.equal(resolveLocale(), 'fr');
  });

  it('reads region and underscore variants', () => {
    assert.equal(matchLocale('fr-CA'), 'fr');
    assert.equal(matchLocale(' EN_us '), 'en');
    assert.equal(matchLocale('français'), undefined);
  });
});

describe('message catalogs', () => {
  it('gives every French key an English message of the same shape', () => {
    for (const key of Object.keys(fr) as Array<keyof typeof fr>) {
      const french = fr[key];
      const english = en[key];
      assert.equal(typeof english, typeof french, key);
      assert.ok(typeof english === 'string' ? english.trim() : english.one && english.other, key);
    }
  });

  it('uses the same placeholders in every language', () => {
    const placeholders = (message: unknown) =>
      [...JSON.stringify(message).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(fr) as Array<keyof typeof fr>) {
      assert.deepEqual(placeholders(en[key]), placeholders(fr[key]), key);
    }
  });

  it('fills placeholders and formats numbers for the locale', () => {
    assert.equal(
      plain(translate('fr', 'config.outOfRange', { value: 1500000, min: 100, max: 100000 })),
      '1 500 000 doit être entre 100 et 100 000.',
    );
  });

  it('answers in French until the English catalog, imported on demand, is there', async () => {
    assert.equal(translate('en', 'count.results', { count: 2 }), '2 résultats', 'not loaded yet');
    await localeReady('en');
    assert.equal(translate('en', 'count.results', { count: 2 }), '2 results');
    assert.equal(localeReady('en'), undefined, 'nothing left to load');
    assert.equal(localeReady('fr'), undefined, 'French is always there');
  });

  it('chooses plural forms with the count', async () => {
    await localeReady('en');
    assert.equal(translate('fr', 'count.results', { count: 0 }), '0 résultat');
    assert.equal(translate('fr', 'count.results', { count: 2 }), '2 résultats');
    assert.equal(translate('en', 'count.results', { count: 1 }), '1 result');
    assert.equal(translate('en', 'count.results', { count: 0 }), '0 results');
  });

  it('leaves unknown placeholders visible rather than inventing text', async () => {
    await localeReady('en');
    assert.equal(translate('en', 'config.notANumber', {}), '“{value}” is not a number.');
  });
});

describe('formatting', () => {
  it('writes short distances in metres and long ones in kilometres', () => {
    assert.equal(plain(formatDistance('fr', 7)), '7 m');
    assert.equal(plain(formatDistance('fr', 354)), '350 m');
    assert.equal(plain(formatDistance('fr', 1234)), '1,2 km');
    assert.equal(plain(formatDistance('en', 25400)), '25 km');
    assert.equal(plain(formatDistance('fr', 996)), '1 km');
    assert.equal(plain(formatDistance('fr', Number.NaN)), '');
  });

  it('joins lists the way each language does', () => {
    assert.equal(formatList('fr', ['lundi', 'mardi', 'jeudi']), 'lundi, mardi et jeudi');
    assert.equal(formatList('en', ['phone', 'e-mail'], 'disjunction'), 'phone or e-mail');
  });

  it('reads ISO dates as calendar days, whatever the time zone', () => {
    assert.equal(formatDate('fr', '2024-04-02'), '2 avril 2024');
    assert.equal(formatDate('en', '2024-12-31'), 'December 31, 2024');
    assert.equal(formatDate('fr', 'not a date'), '');
  });

  it('formats opening times for the locale', () => {
    assert.equal(plain(formatTime('en', '17:00')), '5:00 PM');
    assert.equal(formatTime('fr', '09:30'), '9:30');
    assert.equal(formatTime('fr', 'midi'), 'midi');
  });
});

describe('createTranslator', () => {
  const own = {
    fr: { hello: 'Bonjour {name}', places: { one: '{count} lieu', other: '{count} lieux' } },
    en: { hello: 'Hello {name}', places: { one: '{count} place', other: '{count} places' } },
  };

  it('fills a widget’s own catalog, plural forms and numbers in the locale', () => {
    const t = createTranslator(own);
    assert.equal(t('en', 'hello', { name: 'Ada' }), 'Hello Ada');
    assert.equal(t('en', 'places', { count: 1 }), '1 place');
    assert.equal(plain(t('fr', 'places', { count: 1200 })), '1 200 lieux');
  });

  it('answers in French for a key another catalog lacks', () => {
    const t = createTranslator({ fr: own.fr, en: { places: own.en.places } as typeof own.en });
    assert.equal(t('en', 'hello', { name: 'Ada' }), 'Bonjour Ada');
  });
});
