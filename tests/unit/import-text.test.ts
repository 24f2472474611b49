/** The streaming tokenizers (CSV, TSV) and the header/row layer of the importers. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CsvTokenizer, type RawRow, type Tokenizer } from '../../src/import/csv.js';
import { ImportError, readTable, tableFromText } from '../../src/import/table.js';
import { TsvTokenizer } from '../../src/import/tsv.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/import');

function all(t: Tokenizer, chunks: string[]): RawRow[] {
  return [...chunks.flatMap((c) => t.push(c)), ...t.end()];
}
const csv = (text: string) => all(new CsvTokenizer(), [text]);
/** Feeds one character at a time: every state must survive a chunk boundary. */
const csvByChar = (text: string) => all(new CsvTokenizer(), [...text]);

describe('CSV tokenizer', () => {
  it('splits plain fields and records ending in LF or CRLF', () => {
    expect(csv('a,b,c\r\n1,,3\n')).toEqual([
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 2, fields: ['1', '', '3'] },
    ]);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks, numbering rows by their first line', () => {
    const text = 'uri,labels,description\r\nx,"one\ntwo\nthree","Say ""hi"", then go"\r\ny,z,w\r\n';
    expect(csv(text)).toEqual([
      { line: 1, fields: ['uri', 'labels', 'description'] },
      { line: 2, fields: ['x', 'one\ntwo\nthree', 'Say "hi", then go'] },
      { line: 5, fields: ['y', 'z', 'w'] },
    ]);
  });

  it('gives the same records whatever the chunking, including CR and LF in different chunks', () => {
    const text = 'a,"b\r\nc",d\r\n"",e,"f""g"\r\nlast,row,without newline';
    const whole = csv(text);
    expect(csvByChar(text)).toEqual(whole);
    expect(all(new CsvTokenizer(), ['a,"b\r', '\nc",d\r', '\n"",e,"f"', '"g"\r\nlast,row,without newline'])).toEqual(whole);
    expect(whole.at(-1)).toEqual({ line: 4, fields: ['last', 'row', 'without newline'] });
  });

  it('treats a lone CR as a line break', () => {
    expect(csv('a,b\rc,d')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['c', 'd'] },
    ]);
  });

  it('keeps a stray quote inside an unquoted field as a character', () => {
    expect(csv('12" ruler,x\n')).toEqual([{ line: 1, fields: ['12" ruler', 'x'] }]);
  });

  it('marks a record with text after a closing quote, and reads the next record intact', () => {
    const rows = csvByChar('a,"quoted"junk,c\nnext,ok,row\n');
    expect(rows[0]).toMatchObject({ line: 1, error: 'text after a closing quote' });
    expect(rows[1]).toEqual({ line: 2, fields: ['next', 'ok', 'row'] });
  });

  it('reports an unterminated quoted field at the end of the input with the line it opened on', () => {
    const rows = csv('a,b\n1,"never closed\nmore text\n');
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatchObject({ line: 2, error: 'unterminated quoted field (opened on line 2)' });
  });

  it('returns nothing for empty input', () => {
    expect(csv('')).toEqual([]);
  });
});

describe('TSV tokenizer', () => {
  it('splits on tabs and LF or CRLF, quotes being ordinary characters', () => {
    const rows = all(new TsvTokenizer(), ['a\tb\r\n', '1\t"2"\n3\t4"', ' x']);
    expect(rows).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', '"2"'] },
      { line: 3, fields: ['3', '4" x'] },
    ]);
  });

  it('gives the same records one character at a time', () => {
    const text = 'h1\th2\n\nv1\tv2\r\nv3\tv4\n';
    expect(all(new TsvTokenizer(), [...text])).toEqual(all(new TsvTokenizer(), [text]));
  });
});

describe('tables', () => {
  it('maps fields to header names, strips a BOM, ignores blank lines', () => {
    const t = tableFromText('f.csv', '\uFEFFid, name \n1,Ada\n\n2,Grace\n', 'csv', ['id', 'name']);
    expect(t.columns).toEqual(['id', 'name']);
    expect(t.rows).toEqual([
      { line: 2, values: { id: '1', name: 'Ada' } },
      { line: 4, values: { id: '2', name: 'Grace' } },
    ]);
    expect(t.skips).toEqual([]);
  });

  it('skips rows with the wrong number of fields and malformed rows, with line and reason', () => {
    const t = tableFromText('f.csv', 'id,name\n1,Ada,extra\n2\n3,"Grace\n', 'csv');
    expect(t.rows).toEqual([]);
    expect(t.skips.map((s) => [s.line, s.reason])).toEqual([
      [2, 'wrong number of columns'],
      [3, 'wrong number of columns'],
      [4, 'unterminated quoted field (opened on line 4)'],
    ]);
    expect(t.skips[0]!.detail).toMatch(/^expected 2, got 3/);
  });

  it('stops on a missing column or an empty file: that is the wrong file, not a bad row', () => {
    expect(() => tableFromText('f.tsv', 'a\tb\n1\t2\n', 'tsv', ['a', 'c'])).toThrow(ImportError);
    expect(() => tableFromText('f.tsv', 'a\tb\n', 'tsv', ['a', 'c'])).toThrow(/missing column\(s\) "c"; the header has "a", "b"/);
    expect(() => tableFromText('f.tsv', '', 'tsv')).toThrow(/empty/);
  });

  it('reads a file in chunks the same as from text', async () => {
    const file = path.join(FIXTURES, 'esco-1.1.1/skills_en.csv');
    const t = await readTable(file, 'csv', ['conceptUri']);
    expect(t.file).toBe('skills_en.csv');
    expect(t.rows.length).toBeGreaterThan(5);
    // The Python row spans several physical lines; the next row's number accounts for them.
    expect(t.rows[0]!.values.altLabels).toBe('Python3\nPython\nPython (computer programming)\nPython');
    expect(t.rows[1]!.line).toBe(8);
  });

  it('reports a missing file as an import error', async () => {
    await expect(readTable(path.join(FIXTURES, 'nope.csv'), 'csv')).rejects.toThrow(ImportError);
  });
});
