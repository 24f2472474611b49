/**
 * Records with named columns from the source files, parsed by csv-parse: ESCO's RFC 4180 CSV and
 * O*NET's tab-delimited text (no quoting there: `12" pipe wrench` is a value). The first record
 * is the header; later records with the wrong number of fields, or that the parser found
 * malformed, become skips instead of stopping the import. A missing file or column stops it:
 * that is the wrong file, not a bad row.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parse, type CsvError, type Options } from 'csv-parse';
import { parse as parseText } from 'csv-parse/sync';
import { silentProgress, type Progress } from './progress.js';
import type { ImportReport, Skip } from './report.js';

export type Format = 'csv' | 'tsv';

/** One record as parsed: its first line number and fields, or why it is malformed. */
export interface RawRow {
  line: number;
  fields: string[];
  error?: string;
}

export interface Row {
  line: number;
  values: Readonly<Record<string, string>>;
}

export interface Table {
  file: string;
  columns: string[];
  rows: Row[];
  skips: Skip[];
}

/** A file-level problem: wrong directory, missing file, missing column. Stops the import. */
export class ImportError extends Error {
  override name = 'ImportError';
}

/** A column's value, '' when the row has no such column. */
export function col(row: Row, name: string): string {
  return row.values[name] ?? '';
}

/** Shortens a value for a skip message. */
export function clip(value: string, max = 80): string {
  const flat = value.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/**
 * A whole CSV record as RFC 4180 has it: each field quoted (doubled quotes inside) or not
 * starting with a quote. Only records with a field that starts with a quote are checked.
 */
const FIELD = '(?:"(?:[^"]|"")*"|[^",\\r\\n][^,\\r\\n]*|)';
const WELL_FORMED_CSV = new RegExp(`^${FIELD}(?:,${FIELD})*(?:\\r\\n|\\n|\\r)?$`);

/**
 * csv-parse options that hand every record (`{ line, fields }`) and every malformed one
 * (`{ line, fields: [], error }`) to `emit`, in file order, from inside the parser: its skip
 * callback and its record stream would otherwise arrive out of step.
 */
function parserOptions(format: Format, emit: (row: RawRow) => void): Options {
  const csv = format === 'csv';
  // First line of the next record. Counted from the raw text: csv-parse's own count takes a
  // CRLF inside a quoted field for two lines.
  let next = 1;
  return {
    bom: true,
    delimiter: csv ? ',' : '\t',
    quote: csv ? '"' : false,
    // Any of the three on any line: csv-parse would otherwise keep the first one it meets.
    record_delimiter: ['\r\n', '\n', '\r'],
    // Column counts are checked against the header below, with the row's line in the skip.
    relax_column_count: true,
    // A quote inside an unquoted field is a character (`12" ruler`), as in most readers. The
    // same option keeps `"abc"x` as the text `"abc"x`; the raw record tells that one apart.
    relax_quotes: true,
    raw: csv,
    skip_records_with_error: true,
    on_record: (parsed: string[] | { record: string[]; raw: string }) => {
      const line = next;
      if (Array.isArray(parsed)) {
        // TSV: no quoting, so a record is one line.
        next += 1;
        emit({ line, fields: parsed });
        return null;
      }
      next += lineBreaks(parsed.raw);
      const fields = parsed.record;
      if (fields.some((f) => f.startsWith('"')) && !WELL_FORMED_CSV.test(parsed.raw)) {
        emit({ line, fields: [], error: 'text after a closing quote' });
      } else {
        emit({ line, fields });
      }
      return null;
    },
    on_skip: (error: CsvError | undefined, raw: string | undefined) => {
      emit({ line: next, fields: [], error: describe(error, next) });
      next = raw !== undefined ? next + lineBreaks(raw) : (typeof error?.lines === 'number' ? error.lines : next) + 1;
      return undefined;
    },
  };
}

function lineBreaks(text: string): number {
  return text.match(/\r\n|\n|\r/g)?.length ?? 0;
}

function describe(error: CsvError | undefined, line: number): string {
  if (error?.code === 'CSV_QUOTE_NOT_CLOSED') return `unterminated quoted field (opened on line ${line})`;
  return error?.message ?? 'malformed record';
}

/** Parses a whole text into records (small inputs: tests, a CSV sent to the sync script). */
export function parseRecords(text: string, format: Format): RawRow[] {
  const rows: RawRow[] = [];
  parseText(
    text,
    parserOptions(format, (row) => rows.push(row)),
  );
  return rows;
}

/**
 * Streams records from `input` (bytes or text, in chunks of any size) to `emit`; resolves at
 * the end of the input. Nothing comes out of the parser's readable side.
 */
export async function streamRecords(input: Readable, format: Format, emit: (row: RawRow) => void): Promise<void> {
  await pipeline(input, parse(parserOptions(format, emit)));
}

/** Collects parsed records into a table; `required` columns must be in the header. */
export class TableBuilder {
  private columns: string[] | undefined;
  private readonly rows: Row[] = [];
  private readonly skips: Skip[] = [];

  constructor(
    private readonly file: string,
    private readonly required: readonly string[],
  ) {}

  add(raw: RawRow): void {
    // Blank lines (often the last one) carry nothing.
    if (!raw.error && raw.fields.length === 1 && raw.fields[0]!.trim() === '') return;
    if (!this.columns) {
      if (raw.error) throw new ImportError(`${this.file}: the header line is malformed (${raw.error})`);
      this.columns = raw.fields.map((f) => f.trim());
      const missing = this.required.filter((c) => !this.columns!.includes(c));
      if (missing.length) {
        throw new ImportError(
          `${this.file}: missing column(s) ${missing.map((m) => `"${m}"`).join(', ')}; the header has ${this.columns.map((c) => `"${c}"`).join(', ')}`,
        );
      }
      return;
    }
    if (raw.error) {
      this.skips.push({ file: this.file, line: raw.line, reason: raw.error });
      return;
    }
    if (raw.fields.length !== this.columns.length) {
      this.skips.push({
        file: this.file,
        line: raw.line,
        reason: 'wrong number of columns',
        detail: `expected ${this.columns.length}, got ${raw.fields.length}: ${clip(raw.fields.join(' | '))}`,
      });
      return;
    }
    const values: Record<string, string> = {};
    this.columns.forEach((c, i) => {
      values[c] = raw.fields[i]!;
    });
    this.rows.push({ line: raw.line, values });
  }

  result(): Table {
    if (!this.columns) throw new ImportError(`${this.file}: the file is empty (no header line)`);
    return { file: this.file, columns: this.columns, rows: this.rows, skips: this.skips };
  }
}

/** Parses a whole text (tests, small inputs). */
export function tableFromText(file: string, text: string, format: Format, required: readonly string[] = []): Table {
  const builder = new TableBuilder(file, required);
  parseText(
    text,
    parserOptions(format, (row) => builder.add(row)),
  );
  return builder.result();
}

/** Streams a file through the parser (a 20 MB file never sits in memory), reporting bytes read. */
export async function readTable(
  filePath: string,
  format: Format,
  required: readonly string[] = [],
  progress: Progress = silentProgress,
): Promise<Table> {
  const file = path.basename(filePath);
  let size: number;
  try {
    size = fs.statSync(filePath).size;
  } catch {
    throw new ImportError(`${filePath}: file not found`);
  }
  const builder = new TableBuilder(file, required);
  progress.start(`read ${file}`, size, 'bytes');
  let bytes = 0;
  const input = fs.createReadStream(filePath, { highWaterMark: 1 << 20 });
  input.on('data', (chunk) => progress.update((bytes += chunk.length)));
  await streamRecords(input, format, (row) => builder.add(row));
  progress.end();
  return builder.result();
}

/** Reads a table and records its row count and malformed rows in the report. */
export async function readReported(
  report: ImportReport,
  filePath: string,
  format: Format,
  required: readonly string[],
  progress: Progress = silentProgress,
): Promise<Table> {
  const table = await readTable(filePath, format, required, progress);
  report.read(table.file, table.rows.length + table.skips.length);
  report.skip(table.skips);
  return table;
}
