/** The importers' reading layer: records from csv-parse (CSV, TSV), then headers, rows and skips. */
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ImportError, parseRecords, readTable, streamRecords, tableFromText, type RawRow } from '../../src/import/table.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/import');

const csv = (text: string) => parseRecords(text, 'csv');
/** Streams the chunks through the parser as a file would be. */
async function streamed(chunks: (string | Buffer)[], format: 'csv' | 'tsv' = 'csv'): Promise<RawRow[]> {
  const rows: RawRow[] = [];
  await streamRecords(Readable.from(chunks), format, (row) => rows.push(row));
  return rows;
}

describe('CSV records', () => {
  it('splits plain fields and records ending in LF or CRLF, mixed in one file', () => {
    expect(csv('a,b,c\r\n1,,3\n4,5,6\r\n')).toEqual([
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 2, fields: ['1', '', '3'] },
      { line: 3, fields: ['4', '5', '6'] },
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

  it('gives the same records whatever the chunking, including CR and LF or a UTF-8 character split across chunks', async () => {
    const text = 'a,"b\r\nc",d\r\n"",e,"f""g"\r\nlast,row,without newline é';
    const whole = csv(text);
    expect(await streamed([...text])).toEqual(whole);
    expect(await streamed(['a,"b\r', '\nc",d\r', '\n"",e,"f"', '"g"\r\nlast,row,without newline é'])).toEqual(whole);
    const bytes = Buffer.from(text);
    expect(await streamed([bytes.subarray(0, bytes.length - 1), bytes.subarray(bytes.length - 1)])).toEqual(whole);
    expect(whole.at(-1)).toEqual({ line: 4, fields: ['last', 'row', 'without newline é'] });
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

  it('keeps a field that is only a quoted quote', () => {
    expect(csv('"""",x\n"""a""b",y\n')).toEqual([
      { line: 1, fields: ['"', 'x'] },
      { line: 2, fields: ['"a"b', 'y'] },
    ]);
  });

  it('marks a record with text after a closing quote, and reads the next record intact', async () => {
    const rows = await streamed([...'a,"quoted"junk,c\nnext,ok,row\n']);
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

describe('TSV records', () => {
  it('splits on tabs and LF or CRLF, quotes being ordinary characters', async () => {
    const rows = await streamed(['a\tb\r\n', '1\t"2"\n3\t4"', ' x'], 'tsv');
    expect(rows).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', '"2"'] },
      { line: 3, fields: ['3', '4" x'] },
    ]);
  });

  it('gives the same records one character at a time, blank lines counted', async () => {
    const text = 'h1\th2\n\nv1\tv2\r\nv3\tv4\n';
    const whole = parseRecords(text, 'tsv');
    expect(whole.map((r) => r.line)).toEqual([1, 2, 3, 4]);
    expect(await streamed([...text], 'tsv')).toEqual(whole);
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

  it('stops on a missing column, a malformed header or an empty file: that is the wrong file, not a bad row', () => {
    expect(() => tableFromText('f.tsv', 'a\tb\n1\t2\n', 'tsv', ['a', 'c'])).toThrow(ImportError);
    expect(() => tableFromText('f.tsv', 'a\tb\n', 'tsv', ['a', 'c'])).toThrow(/missing column\(s\) "c"; the header has "a", "b"/);
    expect(() => tableFromText('f.csv', '"a"b,c\n1,2\n', 'csv')).toThrow(
      /header line is malformed \(text after a closing quote\)/,
    );
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

  it('reports a missing file, or a missing column of a file, as an import error', async () => {
    await expect(readTable(path.join(FIXTURES, 'nope.csv'), 'csv')).rejects.toThrow(ImportError);
    await expect(readTable(path.join(FIXTURES, 'esco-1.1.1/skills_en.csv'), 'csv', ['nope'])).rejects.toThrow(
      /missing column\(s\) "nope"/,
    );
  });
});
