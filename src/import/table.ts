/**
 * Records with named columns from a tokenized file: the first record is the header; later
 * records with the wrong number of fields, or that the tokenizer found malformed, become skips
 * instead of stopping the import. A missing file or column stops it: that is the wrong file,
 * not a bad row.
 */
import fs from 'node:fs';
import path from 'node:path';
import { CsvTokenizer, type RawRow, type Tokenizer } from './csv.js';
import { silentProgress, type Progress } from './progress.js';
import type { ImportReport, Skip } from './report.js';
import { TsvTokenizer } from './tsv.js';

export type Format = 'csv' | 'tsv';

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

export function tokenizer(format: Format): Tokenizer {
  return format === 'csv' ? new CsvTokenizer() : new TsvTokenizer();
}

/** Collects tokenized records into a table; `required` columns must be in the header. */
export class TableBuilder {
  private columns: string[] | undefined;
  private readonly rows: Row[] = [];
  private readonly skips: Skip[] = [];

  constructor(
    private readonly file: string,
    private readonly required: readonly string[],
  ) {}

  add(raws: RawRow[]): void {
    for (const raw of raws) this.addOne(raw);
  }

  private addOne(raw: RawRow): void {
    // Blank lines (often the last one) carry nothing.
    if (!raw.error && raw.fields.length === 1 && raw.fields[0]!.trim() === '') return;
    if (!this.columns) {
      this.columns = raw.fields.map((f, i) => (i === 0 ? f.replace(/^\uFEFF/, '') : f).trim());
      const missing = this.required.filter((c) => !this.columns!.includes(c));
      if (missing.length) {
        throw new ImportError(
          `${this.file}: missing column(s) ${missing.map((m) => `"${m}"`).join(', ')}; the header has ${this.columns.map((c) => `"${c}"`).join(', ')}`,
        );
      }
      return;
    }
    if (raw.error) {
      this.skips.push({ file: this.file, line: raw.line, reason: raw.error, detail: clip(raw.fields.join(',')) });
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
  const t = tokenizer(format);
  const builder = new TableBuilder(file, required);
  builder.add(t.push(text));
  builder.add(t.end());
  return builder.result();
}

/** Reads a file in chunks through the tokenizer, reporting bytes read. */
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
  const t = tokenizer(format);
  const builder = new TableBuilder(file, required);
  progress.start(`read ${file}`, size, 'bytes');
  let bytes = 0;
  // Reading bytes and decoding with a streaming TextDecoder keeps multi-byte characters split
  // across chunks intact.
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of fs.createReadStream(filePath, { highWaterMark: 1 << 20 })) {
    const buf = chunk as Buffer;
    bytes += buf.length;
    builder.add(t.push(decoder.decode(buf, { stream: true })));
    progress.update(bytes);
  }
  builder.add(t.push(decoder.decode()));
  builder.add(t.end());
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
