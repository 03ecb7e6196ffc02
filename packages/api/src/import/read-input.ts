// Reading an import file: bytes → text (UTF-8, else Windows-1252) → records (CSV or JSON), with line numbers.
import { parse } from 'csv-parse/sync';
import type { CsvError } from 'csv-parse/sync';

/** One record of the file, before mapping: its line (CSV, header = 1) or item index (JSON), and its fields. */
export interface SourceRecord {
  /** CSV: the file's line where the record starts (the header is line 1). JSON: the item's index (0 = first). */
  line: number;
  /** Field values: strings from a CSV; whatever the JSON holds (strings, numbers, arrays…). */
  fields: Record<string, unknown>;
}

/** A record that could not be read at all (truncated file, short row…). */
export interface UnreadableRecord {
  line: number;
  reason: string;
}

/** What `readInput` found. */
export interface InputRecords {
  /** `csv` or `json`, from the content. */
  container: 'csv' | 'json';
  /** The CSV header (column names as written, trimmed), or the keys seen in JSON items. */
  columns: string[];
  records: SourceRecord[];
  unreadable: UnreadableRecord[];
  /** Remarks about the whole file (encoding, delimiter…), in words for the person who sent it. */
  warnings: string[];
}

/** The file cannot be read at all (empty, not CSV nor JSON…). The message says what to fix. */
export class InputError extends Error {
  override name = 'InputError';
}

/** Text decoded from bytes, and how. */
export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'windows-1252';
  /** The file started with a UTF-8 byte order mark (removed). */
  bom: boolean;
  warnings: string[];
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * Decodes a file: UTF-8 (with or without a byte order mark) when it is valid UTF-8, otherwise Windows-1252 (what
 * spreadsheet software on Windows writes), with a warning saying where the first invalid byte is.
 *
 * @example
 * decodeText(new Uint8Array([0x63, 0x61, 0x66, 0xe9])).text; // 'café' (read as Windows-1252)
 */
export function decodeText(input: Uint8Array | string): DecodedText {
  if (typeof input === 'string') {
    const bom = input.startsWith('\uFEFF');
    return { text: bom ? input.slice(1) : input, encoding: 'utf-8', bom, warnings: [] };
  }
  const bom = UTF8_BOM.every((byte, index) => input[index] === byte);
  const bytes = bom ? input.subarray(3) : input;
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes),
      encoding: 'utf-8',
      bom,
      warnings: [],
    };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const line = bytes.subarray(0, offset).filter((byte) => byte === 0x0a).length + 1;
    return {
      text: decodeWindows1252(bytes),
      encoding: 'windows-1252',
      bom,
      warnings: [
        `The file is not valid UTF-8 (first invalid byte on line ${line}); it was read as Windows-1252. ` +
          'Check the accented letters, and save the file as "CSV UTF-8" next time.',
      ],
    };
  }
}

// Windows-1252 differs from Latin-1 only in 0x80–0x9F (€, ‚, ƒ, „, …, Œ, ‘, ’, “, ”, –, —, ™, œ, Ÿ…). Node's
// TextDecoder('windows-1252') decodes those bytes as Latin-1 control characters, so they are mapped here.
const windows1252High = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/** Decodes Windows-1252 bytes (every byte is a character). */
export function decodeWindows1252(bytes: Uint8Array): string {
  let result = '';
  for (const byte of bytes) {
    result += byte >= 0x80 && byte <= 0x9f ? windows1252High[byte - 0x80] : String.fromCharCode(byte);
  }
  return result;
}

/** Offset of the first byte that breaks UTF-8. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index] ?? 0;
    const length =
      byte < 0x80
        ? 1
        : byte >= 0xc2 && byte <= 0xdf
          ? 2
          : byte >= 0xe0 && byte <= 0xef
            ? 3
            : byte >= 0xf0 && byte <= 0xf4
              ? 4
              : 0;
    if (length === 0) return index;
    for (let next = 1; next < length; next += 1) {
      const continuation = bytes[index + next];
      if (continuation === undefined || (continuation & 0xc0) !== 0x80) return index;
    }
    index += length;
  }
  return index;
}

/**
 * Reads an import file: decodes it (see `decodeText`), then reads JSON (an array of objects, or an object with a
 * `lieux` array) when it starts with `[` or `{`, CSV otherwise, with `,` or `;` as delimiter (whichever the header
 * line has more of, outside quotes). CRLF and LF line ends are both fine. A row the CSV reader cannot read (an
 * unterminated quote at the end of a truncated file) is listed in `unreadable` with its line, never dropped.
 * Throws `InputError` for an empty file, invalid JSON, or bytes that are not text (UTF-16, binary).
 *
 * @example
 * const { records } = readInput(readFileSync('lieux.csv'));
 * records[0]; // { line: 2, fields: { id: 'structure-1', … } }
 */
export function readInput(input: Uint8Array | string): InputRecords {
  refuseBinary(input);
  const decoded = decodeText(input);
  const warnings = [...decoded.warnings];
  const text = decoded.text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new InputError('The file is empty: it has no header line and no rows.');
  const first = text.trimStart()[0];
  const file = first === '[' || first === '{' ? { ...readJson(text), warnings } : readCsv(text, warnings);
  if (file.records.length === 0 && file.unreadable.length === 0) {
    file.warnings.push(
      file.container === 'json'
        ? 'The file holds no places: its list is empty.'
        : 'The file has a header line but no rows: there is no place to import.',
    );
  }
  return file;
}

/**
 * Refuses bytes that are not text: UTF-16 (what « Unicode text » exports write) or binary (a spreadsheet .xlsx or
 * .ods, a PDF, an archive), recognised by their NUL bytes, which no CSV or JSON file of places holds.
 */
function refuseBinary(input: Uint8Array | string): void {
  if (typeof input === 'string') return;
  if ((input[0] === 0xff && input[1] === 0xfe) || (input[0] === 0xfe && input[1] === 0xff)) {
    throw new InputError(
      'The file is UTF-16 text; save it as « CSV UTF-8 » (or as JSON in UTF-8) and import it again.',
    );
  }
  if (input.includes(0)) {
    throw new InputError(
      'The file is not a text file (it holds NUL bytes, like a spreadsheet .xlsx or .ods, a PDF or an archive): ' +
        'export the places as CSV (UTF-8) or JSON and import that file.',
    );
  }
}

function readJson(text: string): Omit<InputRecords, 'warnings'> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new InputError(`The file starts like JSON but is not valid JSON (${detail}). Is it truncated?`);
  }
  const items = Array.isArray(data)
    ? data
    : isObject(data) && Array.isArray(data.lieux)
      ? data.lieux
      : undefined;
  if (!items) {
    throw new InputError('A JSON file must hold an array of places, or an object with a "lieux" array.');
  }
  const records: SourceRecord[] = [];
  const unreadable: UnreadableRecord[] = [];
  const columns = new Set<string>();
  items.forEach((item: unknown, index) => {
    if (isObject(item)) {
      for (const key of Object.keys(item)) columns.add(key);
      records.push({ line: index, fields: item });
    } else {
      unreadable.push({ line: index, reason: `item ${index} is not an object with the fields of a place` });
    }
  });
  return { container: 'json', columns: [...columns], records, unreadable };
}

function readCsv(text: string, warnings: string[]): InputRecords {
  const lines = text.split('\n');
  const headerLine = lines.find((line) => line.trim() !== '') ?? '';
  const delimiter = detectDelimiter(headerLine);
  const rows: { end: number; values: string[] }[] = [];
  const skipped: { end: number; error: CsvError }[] = [];
  parse(text, {
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    info: true,
    on_skip: (error) => {
      if (error) skipped.push({ end: Number(error.lines), error });
      return undefined;
    },
    // With `info`, each record comes as `{ record, info }`; `null` keeps nothing in the parser's own result.
    on_record: (value: unknown) => {
      const { record, info } = value as { record: string[]; info: { lines: number } };
      rows.push({ end: info.lines, values: record });
      return null;
    },
  });

  const header = rows.shift();
  if (!header) throw new InputError('The file has no header line.');
  const columns = header.values.map((name) => name.trim());
  const duplicates = columns.filter((name, index) => name !== '' && columns.indexOf(name) !== index);
  if (duplicates.length > 0) {
    warnings.push(
      `The header has the column${plural(duplicates)} ${list(duplicates)} twice; the last one is used.`,
    );
  }
  const records: SourceRecord[] = [];
  const unreadable: UnreadableRecord[] = [];
  for (const row of rows) {
    const newlines = row.values.reduce((count, value) => count + (value.match(/\n/g)?.length ?? 0), 0);
    const line = row.end - newlines;
    if (row.values.length !== columns.length) {
      const isLast = row === rows.at(-1);
      unreadable.push({
        line,
        reason:
          `line ${line} has ${row.values.length} value${row.values.length === 1 ? '' : 's'} but the header has ` +
          `${columns.length} columns` +
          (isLast && row.values.length < columns.length ? ' (is the file truncated?)' : '') +
          '. Check the delimiters and quotes on that line.',
      });
      continue;
    }
    const fields: Record<string, unknown> = {};
    columns.forEach((name, index) => {
      if (name !== '') fields[name] = row.values[index];
    });
    records.push({ line, fields });
  }
  for (const { end, error } of skipped) {
    // The row starts on the first non-empty line after the last row read before it.
    const before = [header, ...rows].filter((row) => row.end < end).at(-1)?.end ?? 0;
    let start = before + 1;
    while (start < end && (lines[start - 1] ?? '').trim() === '') start += 1;
    unreadable.push({
      line: start,
      reason:
        error.code === 'CSV_QUOTE_NOT_CLOSED'
          ? `the quoted value opened on line ${start} is never closed: the file is probably truncated, or a quote (") is missing`
          : `line ${start} cannot be read as CSV (${error.message})`,
    });
  }
  unreadable.sort((a, b) => a.line - b.line);
  return { container: 'csv', columns, records, unreadable, warnings };
}

/** `;` when the header line has more semicolons than commas outside quotes, else `,`. */
export function detectDelimiter(headerLine: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const character of headerLine) {
    if (character === '"') quoted = !quoted;
    else if (!quoted && character === ',') commas += 1;
    else if (!quoted && character === ';') semicolons += 1;
  }
  return semicolons > commas ? ';' : ',';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function plural(items: readonly unknown[]): string {
  return items.length === 1 ? '' : 's';
}

function list(items: readonly string[]): string {
  return items.map((item) => `« ${item} »`).join(', ');
}
