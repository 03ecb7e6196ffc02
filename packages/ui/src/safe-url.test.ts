import { expect } from '@open-wc/testing';
import { safeHref } from './safe-url.js';

describe('safeHref()', () => {
  it('returns absolute http and https URLs as the URL parser writes them', () => {
    expect(safeHref('https://example.org/espace?jour=lundi#horaires', ['http'])).to.equal(
      'https://example.org/espace?jour=lundi#horaires',
    );
    expect(safeHref('HTTP://Example.ORG', ['http'])).to.equal('http://example.org/');
    expect(safeHref('  https://example.org/a  ', ['http'])).to.equal('https://example.org/a');
    expect(safeHref('https://exämple.org/', ['http'])).to.equal('https://xn--exmple-cua.org/');
  });

  it('allows http links by default and only the kinds asked for', () => {
    expect(safeHref('https://example.org/')).to.equal('https://example.org/');
    expect(safeHref('https://example.org/', ['tel', 'mailto'])).to.equal(undefined);
    expect(safeHref('tel:+33300000101', ['http'])).to.equal(undefined);
    expect(safeHref('mailto:contact@example.org', ['http', 'tel'])).to.equal(undefined);
    expect(safeHref('contact@example.org', ['tel'])).to.equal(undefined);
    expect(safeHref('03 00 00 01 01', ['http', 'mailto'])).to.equal(undefined);
  });

  it('refuses script, data and other schemes, however they are written', () => {
    const hostile = [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'javascript://example.org/%0Aalert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'java\u0000script:alert(1)',
      '\u0001javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'ftp://example.org/',
      'blob:https://example.org/1234',
      'about:blank',
      '&#106;avascript:alert(1)',
      'javascript:alert("a@example.org")',
    ];
    for (const value of hostile) {
      expect(safeHref(value, ['http', 'tel', 'mailto']), JSON.stringify(value)).to.equal(undefined);
    }
  });

  it('refuses relative, scheme-relative and malformed URLs', () => {
    const values = [
      '',
      '   ',
      'example.org',
      'www.example.org/page',
      '/chemin',
      './page',
      '?q=1',
      '#top',
      '//evil.example/',
      'https:evil.example',
      'https:/evil.example',
      'https:///evil.example',
      'https:\\\\evil.example',
      'https://\\evil.example',
      'http://',
      'https://exa mple.org/',
      'https://example.org/a b',
      'https://[not-an-ip]/',
      'https://example.org:99999/',
    ];
    for (const value of values) expect(safeHref(value, ['http']), JSON.stringify(value)).to.equal(undefined);
  });

  it('refuses user names and passwords, which disguise the real host', () => {
    expect(safeHref('https://example.org@evil.example/', ['http'])).to.equal(undefined);
    expect(safeHref('https://user:secret@example.org/', ['http'])).to.equal(undefined);
  });

  it('refuses invisible and bidirectional control characters anywhere', () => {
    const values = [
      'https://example.org/\u202Egpj.exe',
      'https://exa\u200Bmple.org/',
      'https://example.org/\u2066x\u2069',
      '\uFEFFhttps://example.org/',
      'https://example.org/\u2028',
      'https://example.org/\u0085',
      '+33\u200E300000101',
      'contact\u202E@example.org',
    ];
    for (const value of values) {
      expect(safeHref(value, ['http', 'tel', 'mailto']), JSON.stringify(value)).to.equal(undefined);
    }
  });

  it('refuses values that are not strings or are absurdly long', () => {
    for (const value of [
      undefined,
      null,
      42,
      {},
      ['https://example.org/'],
      new URL('https://example.org/'),
    ]) {
      expect(safeHref(value, ['http'])).to.equal(undefined);
    }
    expect(safeHref(`https://example.org/${'a'.repeat(5000)}`, ['http'])).to.equal(undefined);
  });

  it('normalises phone numbers as people write them to a tel: link', () => {
    expect(safeHref('+33300000101', ['tel'])).to.equal('tel:+33300000101');
    expect(safeHref('03 00 00 01 01', ['tel'])).to.equal('tel:0300000101');
    expect(safeHref('03.00.00.01.01', ['tel'])).to.equal('tel:0300000101');
    expect(safeHref('03-00-00-01-01', ['tel'])).to.equal('tel:0300000101');
    expect(safeHref('+33 (0)3 00 00 01 01', ['tel'])).to.equal('tel:+33300000101');
    expect(safeHref('03\u00A000\u202F00 01 01', ['tel'])).to.equal('tel:0300000101');
    expect(safeHref('tel:+33-3-00-00-01-01', ['tel'])).to.equal('tel:+33300000101');
    expect(safeHref('3939', ['tel'])).to.equal('tel:3939');
  });

  it('refuses what is not a phone number', () => {
    for (const value of [
      'appelez-nous',
      '12',
      '+33 3 00 00 01 01 poste 12',
      'tel:',
      'tel:+33;ext=1',
      '++33300',
    ]) {
      expect(safeHref(value, ['tel']), value).to.equal(undefined);
    }
  });

  it('makes a mailto: link of one e-mail address, and nothing more', () => {
    expect(safeHref('contact@example.org', ['mailto'])).to.equal('mailto:contact@example.org');
    expect(safeHref('mailto:Contact@Example.ORG', ['mailto'])).to.equal('mailto:Contact@example.org');
    expect(safeHref('jean+lieu@example.org', ['mailto'])).to.equal('mailto:jean%2Blieu@example.org');
    expect(safeHref('accueil@mairie-é.fr', ['mailto'])).to.equal('mailto:accueil@mairie-%C3%A9.fr');
    const refused = [
      'contact@example.org?bcc=everyone@example.org',
      'mailto:contact@example.org?body=hello',
      'mailto:a@example.org,b@example.org',
      'a@b@example.org',
      '@example.org',
      'contact@',
      'contact@localhost',
      'con tact@example.org',
      'contact@example.org\r\nBcc: x@example.org',
      'mailto:contact%0A@example.org',
      'mailto:%E0%A4%A',
      '<contact@example.org>',
    ];
    for (const value of refused)
      expect(safeHref(value, ['mailto']), JSON.stringify(value)).to.equal(undefined);
  });
});
