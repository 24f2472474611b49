/**
 * Streaming CSV tokenizer (RFC 4180 as ESCO writes it): comma-separated, fields in double quotes
 * may hold commas, doubled quotes and line breaks; records end with CRLF or LF. Text is pushed
 * in chunks, so a 20 MB file never sits in memory as one string, and a record may span chunks.
 */

/** One physical record: its first line number and fields, or why it is malformed. */
export interface RawRow {
  line: number;
  fields: string[];
  error?: string;
}

/** What both tokenizers (CSV, TSV) offer: feed text, collect the records completed so far. */
export interface Tokenizer {
  push(chunk: string): RawRow[];
  end(): RawRow[];
}

enum State {
  FieldStart,
  Unquoted,
  Quoted,
  /** A quote inside a quoted field: either the closing one or the first of a doubled pair. */
  QuoteInQuoted,
}

const COMMA = 44;
const QUOTE = 34;
const LF = 10;
const CR = 13;

export class CsvTokenizer implements Tokenizer {
  private state = State.FieldStart;
  private field = '';
  private fields: string[] = [];
  private error: string | undefined;
  private line = 1;
  private rowLine = 1;
  /** A CR ended the previous chunk: a LF starting the next one belongs to the same line break. */
  private skipLf = false;
  private out: RawRow[] = [];

  push(chunk: string): RawRow[] {
    const n = chunk.length;
    let i = 0;
    if (this.skipLf && n > 0) {
      this.skipLf = false;
      if (chunk.charCodeAt(0) === LF) i = 1;
    }
    while (i < n) {
      const c = chunk.charCodeAt(i);
      switch (this.state) {
        case State.FieldStart:
          if (c === QUOTE) {
            this.state = State.Quoted;
            i += 1;
          } else {
            this.state = State.Unquoted;
          }
          break;
        case State.Unquoted: {
          let j = i;
          while (j < n) {
            const d = chunk.charCodeAt(j);
            if (d === COMMA || d === LF || d === CR) break;
            j += 1;
          }
          // A stray quote inside an unquoted field is kept as a character (lenient, like most readers).
          this.field += chunk.slice(i, j);
          i = j < n ? this.delimiter(chunk, j) : j;
          break;
        }
        case State.Quoted: {
          const j = chunk.indexOf('"', i);
          const end = j === -1 ? n : j;
          const part = chunk.slice(i, end);
          this.line += countLf(part);
          this.field += part;
          if (j === -1) {
            i = n;
          } else {
            this.state = State.QuoteInQuoted;
            i = j + 1;
          }
          break;
        }
        case State.QuoteInQuoted:
          if (c === QUOTE) {
            this.field += '"';
            this.state = State.Quoted;
            i += 1;
          } else if (c === COMMA || c === LF || c === CR) {
            i = this.delimiter(chunk, i);
          } else {
            // `"abc"x`: the record is damaged; keep reading to its end so the next one is intact.
            this.error ??= 'text after a closing quote';
            this.state = State.Unquoted;
          }
          break;
      }
    }
    return this.take();
  }

  end(): RawRow[] {
    if (this.state === State.Quoted) {
      this.error ??= `unterminated quoted field (opened on line ${this.rowLine})`;
      this.finishRecord();
    } else if (this.state !== State.FieldStart || this.fields.length > 0) {
      this.finishRecord();
    }
    return this.take();
  }

  /** Handles the comma or line break at `i`; returns the index after it. */
  private delimiter(chunk: string, i: number): number {
    const c = chunk.charCodeAt(i);
    if (c === COMMA) {
      this.fields.push(this.field);
      this.field = '';
      this.state = State.FieldStart;
      return i + 1;
    }
    this.finishRecord();
    this.line += 1;
    this.rowLine = this.line;
    if (c === CR) {
      if (i + 1 < chunk.length) return chunk.charCodeAt(i + 1) === LF ? i + 2 : i + 1;
      this.skipLf = true;
    }
    return i + 1;
  }

  private finishRecord(): void {
    this.fields.push(this.field);
    const row: RawRow = { line: this.rowLine, fields: this.fields };
    if (this.error) row.error = this.error;
    this.out.push(row);
    this.fields = [];
    this.field = '';
    this.error = undefined;
    this.state = State.FieldStart;
  }

  private take(): RawRow[] {
    const rows = this.out;
    this.out = [];
    return rows;
  }
}

function countLf(s: string): number {
  let count = 0;
  for (let k = s.indexOf('\n'); k !== -1; k = s.indexOf('\n', k + 1)) count += 1;
  return count;
}
