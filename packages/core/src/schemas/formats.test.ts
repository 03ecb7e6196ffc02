import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { emailPattern, isHttpUrl, isIsoDate, isoDateTimePattern } from './formats.js';

describe('string formats without zod', () => {
  it('accepts http(s) URLs on a domain name and refuses everything else', () => {
    for (const url of ['https://exemple.fr/', 'http://www.mairie-lille.fr/aide?x=1#y', 'HTTPS://A.B.CO/p']) {
      assert.equal(isHttpUrl(url), true, url);
    }
    for (const url of [
      'javascript:alert(1)',
      'data:text/html,<b>x</b>',
      'ftp://exemple.fr/',
      'https://localhost/',
      'https://192.168.1.1/',
      'https://exemple.fr/a b',
      'https:\\\\exemple.fr',
      '//exemple.fr/',
      'https://',
      'exemple.fr',
    ]) {
      assert.equal(isHttpUrl(url), false, url);
    }
  });

  it('accepts dates that exist only', () => {
    for (const date of ['2024-02-29', '2026-12-31', '2000-01-01']) assert.equal(isIsoDate(date), true, date);
    for (const date of [
      '2023-02-29',
      '2024-02-30',
      '2024-04-31',
      '2024-13-01',
      '2024-1-01',
      '24-01-01',
      '2024-01-01T00:00',
    ]) {
      assert.equal(isIsoDate(date), false, date);
    }
  });

  it('accepts date-times with an offset only', () => {
    for (const value of [
      '2026-11-23T17:00:00+01:00',
      '2026-11-23T16:00Z',
      '2026-11-23T16:00:00.123Z',
      '2026-11-23T16:00:00+0100',
    ]) {
      assert.match(value, isoDateTimePattern);
    }
    for (const value of ['2026-11-23T17:00:00', '2026-11-23 17:00:00Z', '2026-11-23T25:00Z', '2026-11-23']) {
      assert.doesNotMatch(value, isoDateTimePattern);
    }
  });

  it('accepts e-mail addresses as people write them', () => {
    for (const value of ['contact@mairie-lille.fr', "o'neil.j+aide@exemple.co.uk"])
      assert.match(value, emailPattern);
    for (const value of [
      'contact@',
      '@exemple.fr',
      'a b@exemple.fr',
      'contact@exemple',
      '.a@exemple.fr',
      'a..b@exemple.fr',
    ]) {
      assert.doesNotMatch(value, emailPattern);
    }
  });
});
