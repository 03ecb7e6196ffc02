import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeText, detectDelimiter, InputError, readInput } from './read-input.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('decodeText', () => {
  it('reads UTF-8 with or without a byte order mark', () => {
    const plain = decodeText(utf8('nom\nCafé'));
    assert.equal(plain.text, 'nom\nCafé');
    assert.equal(plain.bom, false);
    const withBom = decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('nom\nCafé')]));
    assert.equal(withBom.text, 'nom\nCafé');
    assert.equal(withBom.bom, true);
    assert.deepEqual(withBom.warnings, []);
  });

  it('reads a file that is not UTF-8 as Windows-1252, and says on which line the first bad byte is', () => {
    // "nom\nCafé — Œuvre" in Windows-1252: é = E9, — = 97, Œ = 8C.
    const bytes = new Uint8Array([...utf8('nom\nCaf'), 0xe9, 0x20, 0x97, 0x20, 0x8c, ...utf8('uvre')]);
    const decoded = decodeText(bytes);
    assert.equal(decoded.encoding, 'windows-1252');
    assert.equal(decoded.text, 'nom\nCafé — Œuvre');
    assert.match(decoded.warnings[0] ?? '', /not valid UTF-8 \(first invalid byte on line 2\).*Windows-1252/);
  });
});

describe('readInput', () => {
  it('numbers CSV records by the line where they start, header = 1, across CRLF, blank lines and quoted newlines', () => {
    const file = readInput(utf8('id,nom\r\na,"Deux\r\nlignes"\r\n\r\nb,Simple\r\n'));
    assert.equal(file.container, 'csv');
    assert.deepEqual(file.columns, ['id', 'nom']);
    assert.deepEqual(file.records, [
      { line: 2, fields: { id: 'a', nom: 'Deux\nlignes' } },
      { line: 5, fields: { id: 'b', nom: 'Simple' } },
    ]);
    assert.deepEqual(file.unreadable, []);
  });

  it('detects « ; » as the delimiter from the header line, ignoring delimiters inside quotes', () => {
    assert.equal(detectDelimiter('id;nom;"a,b,c"'), ';');
    assert.equal(detectDelimiter('id,nom,"a;b;c;d"'), ',');
    const file = readInput('id;nom\na;Un, deux\n');
    assert.deepEqual(file.records[0]?.fields, { id: 'a', nom: 'Un, deux' });
  });

  it('refuses an empty file with a clear error', () => {
    assert.throws(
      () => readInput(new Uint8Array()),
      (error: unknown) => {
        assert.ok(error instanceof InputError);
        assert.match(error.message, /empty/);
        return true;
      },
    );
    assert.throws(() => readInput('\uFEFF \r\n\n'), InputError);
  });

  it('rejects the rows of a truncated file (unterminated quote, short last row) with their lines, keeping the rest', () => {
    const truncated = readInput('id,nom,commune\na,Un,Lille\nb,"Deux,Lille\n');
    assert.deepEqual(
      truncated.records.map((r) => r.line),
      [2],
    );
    assert.equal(truncated.unreadable.length, 1);
    assert.equal(truncated.unreadable[0]?.line, 3);
    assert.match(truncated.unreadable[0]?.reason ?? '', /never closed.*truncated/);

    const short = readInput('id,nom,commune\na,Un,Lille\nb,Deu');
    assert.deepEqual(
      short.records.map((r) => r.line),
      [2],
    );
    assert.equal(short.unreadable[0]?.line, 3);
    assert.match(
      short.unreadable[0]?.reason ?? '',
      /2 values but the header has 3 columns \(is the file truncated\?\)/,
    );
  });

  it('reads JSON arrays and { "lieux": [...] }, numbering items by index, and refuses invalid JSON clearly', () => {
    const file = readInput('[{"id":"a"}, 3, {"id":"b","latitude":50.6}]');
    assert.equal(file.container, 'json');
    assert.deepEqual(file.records, [
      { line: 0, fields: { id: 'a' } },
      { line: 2, fields: { id: 'b', latitude: 50.6 } },
    ]);
    assert.equal(file.unreadable[0]?.line, 1);
    assert.equal(readInput('{"lieux":[{"id":"a"}]}').records.length, 1);
    assert.throws(() => readInput('[{"id":"a"},'), /not valid JSON.*truncated/);
    assert.throws(() => readInput('{"id":"a"}'), /array of places/);
  });
});
