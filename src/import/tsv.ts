/**
 * Streaming tokenizer for O*NET's tab-delimited text files: one record per line (LF or CRLF),
 * fields separated by tabs, no quoting (O*NET values never contain tabs or line breaks, and a
 * double quote is an ordinary character there, as in `12" pipe wrench`).
 */
import type { RawRow, Tokenizer } from './csv.js';

export class TsvTokenizer implements Tokenizer {
  private rest = '';
  private line = 0;

  push(chunk: string): RawRow[] {
    const text = this.rest + chunk;
    const last = text.lastIndexOf('\n');
    if (last === -1) {
      this.rest = text;
      return [];
    }
    this.rest = text.slice(last + 1);
    return this.split(text.slice(0, last));
  }

  end(): RawRow[] {
    const text = this.rest;
    this.rest = '';
    return text === '' ? [] : this.split(text);
  }

  private split(block: string): RawRow[] {
    return block.split('\n').map((raw) => {
      this.line += 1;
      const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
      return { line: this.line, fields: text.split('\t') };
    });
  }
}
