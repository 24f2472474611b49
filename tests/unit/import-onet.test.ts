/** O*NET parsing rules, on the hand-written fixture files (no database). */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ONET_ALT_TITLES,
  ONET_FILES,
  onetVersion,
  parseAlternateTitles,
  parentElement,
  parseContentModel,
  parseDecimal,
  parseOccupations,
  parseRatings,
  parseTechnology,
  parseWorkActivities,
} from '../../src/import/onet.js';
import type { Skip } from '../../src/import/report.js';
import { readTable, tableFromText, type Table } from '../../src/import/table.js';

const DIR = path.resolve(import.meta.dirname, '../fixtures/import/onet-29.0');
const tables = {} as Record<keyof typeof ONET_FILES, Table>;

beforeAll(async () => {
  for (const [key, spec] of Object.entries(ONET_FILES)) {
    tables[key as keyof typeof ONET_FILES] = await readTable(path.join(DIR, spec.name), 'tsv', spec.columns);
  }
});

const reasons = (skips: readonly Skip[]) => skips.map((s) => `${s.line}: ${s.reason}`);
const occupationCodes = () => new Set(parseOccupations(tables.occupations).records.map((o) => o.code));
const elementCodes = () => new Set(parseContentModel(tables.contentModel).skills.map((s) => s.code));

describe('O*NET occupations', () => {
  it('reads code, title and description; empty description is null', () => {
    const { records } = parseOccupations(tables.occupations);
    expect(records.map((r) => r.code)).toEqual(['11-1011.00', '15-1211.00', '15-1252.00', '15-2051.00', '55-1011.00']);
    expect(records[2]).toEqual({
      code: '15-1252.00',
      title: 'Software Developers',
      description: 'Research, design, and develop computer and network software or specialized utility programs.',
    });
    expect(records[3]!.description).toBeNull();
  });

  it('skips malformed and missing codes, duplicates, missing titles and rows with extra columns', () => {
    const { skips } = parseOccupations(tables.occupations);
    expect(reasons([...tables.occupations.skips, ...skips])).toEqual([
      '11: wrong number of columns',
      '7: malformed O*NET-SOC Code (expected NN-NNNN.NN)',
      '8: missing O*NET-SOC Code',
      '9: duplicate O*NET-SOC Code',
      '10: missing Title',
    ]);
  });
});

describe('O*NET alternate titles', () => {
  it("lists each occupation's alternate titles once, without its title; skips unknown occupations and empty titles", async () => {
    const table = await readTable(path.join(DIR, ONET_ALT_TITLES.name), 'tsv', ONET_ALT_TITLES.columns);
    const { titles, skips } = parseAlternateTitles(
      table,
      new Map(parseOccupations(tables.occupations).records.map((o) => [o.code, o.title])),
    );
    expect(Object.fromEntries(titles)).toEqual({
      '15-1252.00': ['Software Engineer', 'Programmer'],
      '15-2051.00': ['Data Analyst'],
    });
    expect(reasons(skips)).toEqual(['7: unknown occupation (not in Occupation Data.txt)', '8: missing Alternate Title']);
  });
});

describe('O*NET content model', () => {
  it('imports 2.A and 2.B as SKILL, 2.C as KNOWLEDGE, 4.A as WORK_ACTIVITY, nothing else', () => {
    const { skills } = parseContentModel(tables.contentModel);
    const kinds = Object.fromEntries(skills.map((s) => [s.code, s.kind]));
    expect(kinds).toEqual({
      '2.A': 'SKILL',
      '2.A.1': 'SKILL',
      '2.A.1.a': 'SKILL',
      '2.A.1.e': 'SKILL',
      '2.B': 'SKILL',
      '2.B.3': 'SKILL',
      '2.B.3.e': 'SKILL',
      '2.C.3.a': 'KNOWLEDGE',
      '2.C': 'KNOWLEDGE',
      '2.C.3': 'KNOWLEDGE',
      '4.A': 'WORK_ACTIVITY',
      '4.A.2': 'WORK_ACTIVITY',
      '4.A.2.a': 'WORK_ACTIVITY',
      '4.A.2.a.4': 'WORK_ACTIVITY',
    });
    expect(skills.find((s) => s.code === '2.B.3.e')).toEqual({
      code: '2.B.3.e',
      name: 'Programming',
      kind: 'SKILL',
      description: 'Writing computer programs for various purposes.',
      altLabels: [],
    });
    expect(skills.find((s) => s.code === '4.A.2.a')!.description).toBeNull();
  });

  it('builds the hierarchy from dotted IDs, whatever the order of the file', () => {
    const { hierarchy } = parseContentModel(tables.contentModel);
    expect(hierarchy).toContainEqual({ broader: '2.B.3', narrower: '2.B.3.e' });
    // 2.C.3.a comes before its parent 2.C.3 in the fixture.
    expect(hierarchy).toContainEqual({ broader: '2.C.3', narrower: '2.C.3.a' });
    expect(hierarchy).toHaveLength(10);
    // Top elements have no imported parent ("2" is not a skill).
    expect(hierarchy.some((l) => l.narrower === '2.A' || l.narrower === '4.A')).toBe(false);
    expect(parentElement('2.B.3.e')).toBe('2.B.3');
    expect(parentElement('2')).toBeUndefined();
  });

  it('skips other branches, malformed and missing IDs, duplicates and nameless elements', () => {
    expect(reasons(parseContentModel(tables.contentModel).skips)).toEqual([
      '2: outside the imported branches (2.A, 2.B, 2.C, 4.A)',
      '3: outside the imported branches (2.A, 2.B, 2.C, 4.A)',
      '14: outside the imported branches (2.A, 2.B, 2.C, 4.A)',
      '19: malformed Element ID',
      '20: missing Element ID',
      '21: duplicate Element ID',
      '22: missing Element Name',
    ]);
  });
});

describe('O*NET ratings (Skills.txt, Knowledge.txt)', () => {
  const ratings = () => parseRatings([tables.skills, tables.knowledge], occupationCodes(), elementCodes());

  it('combines the IM and LV rows of an occupation and element into one rating', () => {
    const byKey = Object.fromEntries(ratings().records.map((r) => [`${r.occupation} ${r.skill}`, [r.importance, r.level]]));
    expect(byKey).toEqual({
      '11-1011.00 2.A.1.a': [4.12, 4.62],
      // LV is Not Relevant: importance only.
      '11-1011.00 2.B.3.e': [1.25, null],
      // LV suppressed (Recommend Suppress = Y), and a second LV row with no value.
      '15-1211.00 2.B.3.e': [3.88, null],
      // The first IM row wins; the duplicate is skipped.
      '15-1211.00 2.A.1.a': [3.5, null],
      // Knowledge.txt leaves Recommend Suppress blank on some rows (converted from Excel): kept.
      '11-1011.00 2.C.3.a': [3.2, 3.9],
      '15-1211.00 2.C.3.a': [4.5, 5.1],
    });
    expect(ratings().records.every((r) => r.essential === null && !r.hot && !r.inDemand)).toBe(true);
  });

  it('skips flagged rows, bad numbers, out-of-range values, unknown scales, unknown codes and duplicates', () => {
    const skips = ratings().skips;
    expect(reasons(skips.filter((s) => s.file === 'Skills.txt'))).toEqual([
      '5: Not Relevant = Y',
      '7: Recommend Suppress = Y',
      '8: Data Value is not a number',
      '9: Data Value outside the LV scale (0–7)',
      '10: unknown Scale ID (expected IM or LV)',
      '11: missing O*NET-SOC Code',
      '12: unknown occupation (not in Occupation Data.txt)',
      '13: unknown element (not an imported content-model element)',
      '15: duplicate rating (same occupation, element and scale)',
      '17: Data Value is not a number',
    ]);
    expect(reasons(tables.skills.skips)).toEqual(['16: wrong number of columns']);
    expect(reasons(skips.filter((s) => s.file === 'Knowledge.txt'))).toEqual(['6: Data Value outside the IM scale (1–5)']);
    expect(skips.find((s) => s.line === 8 && s.file === 'Skills.txt')!.detail).toBe('15-1211.00 2.A.1.e IM: "abc"');
  });

  it('parses numbers strictly', () => {
    expect(parseDecimal('4.12')).toBe(4.12);
    expect(parseDecimal(' 7 ')).toBe(7);
    expect(parseDecimal('.5')).toBe(0.5);
    expect(parseDecimal('')).toBeUndefined();
    expect(parseDecimal('4,5')).toBeUndefined();
    expect(parseDecimal('n/a')).toBeUndefined();
    expect(parseDecimal('Infinity')).toBeUndefined();
  });
});

describe('O*NET technology skills', () => {
  const tech = () => parseTechnology(tables.technology, occupationCodes());

  it('makes a TECHNOLOGY skill per example, under its UNSPSC commodity', () => {
    const { skills, hierarchy } = tech();
    expect(skills.map((s) => [s.code, s.name])).toEqual([
      ['43232405', 'Object or component oriented development software'],
      ['43232402', 'Development environment software'],
      ['43232110', 'Spreadsheet software'],
      ['43211509', 'Tablet computers'],
      ['43232405|Python', 'Python'],
      ['43232402|Git', 'Git'],
      ['43232110|Microsoft Excel', 'Microsoft Excel'],
      // Quotes are characters in O*NET's text files.
      ['43211509|Flight computer "E6B"', 'Flight computer "E6B"'],
    ]);
    expect(skills.every((s) => s.kind === 'TECHNOLOGY')).toBe(true);
    expect(hierarchy).toContainEqual({ broader: '43232405', narrower: '43232405|Python' });
    expect(hierarchy).toHaveLength(4);
  });

  it('links each occupation row with its hot and in-demand flags', () => {
    const links = tech().links.map((l) => [l.occupation, l.skill, l.hot, l.inDemand]);
    expect(links).toEqual([
      ['15-1252.00', '43232405|Python', true, true],
      ['15-2051.00', '43232405|Python', true, false],
      ['15-1252.00', '43232402|Git', true, false],
      ['15-2051.00', '43232110|Microsoft Excel', true, false],
      ['11-1011.00', '43232110|Microsoft Excel', false, false],
      ['55-1011.00', '43211509|Flight computer "E6B"', false, false],
    ]);
  });

  it('skips duplicates, bad commodity codes, missing examples, bad flags and unknown occupations', () => {
    expect(reasons([...tables.technology.skips, ...tech().skips])).toEqual([
      '14: wrong number of columns',
      '8: duplicate row (same occupation, commodity and example)',
      '9: malformed Commodity Code (expected 8 digits)',
      '10: missing Example',
      '11: Hot Technology is not Y or N',
      '12: In Demand is not Y or N',
      '13: unknown occupation (not in Occupation Data.txt)',
    ]);
  });
});

describe('O*NET work activities', () => {
  it('hangs DWAs under IWAs and IWAs under content-model activities', () => {
    const { skills, hierarchy, skips } = parseWorkActivities(tables.iwa, tables.dwa, elementCodes());
    expect(skills.map((s) => [s.code, s.kind])).toEqual([
      ['4.A.2.a.4.I07', 'WORK_ACTIVITY'],
      ['4.A.9.z.I01', 'WORK_ACTIVITY'],
      ['4.A.2.a.4.I07.D03', 'WORK_ACTIVITY'],
      ['4.A.2.a.4.I99.D01', 'WORK_ACTIVITY'],
    ]);
    expect(hierarchy).toEqual([
      { broader: '4.A.2.a.4', narrower: '4.A.2.a.4.I07' },
      { broader: '4.A.2.a.4.I07', narrower: '4.A.2.a.4.I07.D03' },
    ]);
    expect(skips.map((s) => `${s.file}:${s.line}: ${s.reason}`)).toEqual([
      'IWA Reference.txt:3: unknown work activity element (imported without a broader activity)',
      'IWA Reference.txt:4: missing IWA ID',
      'DWA Reference.txt:3: unknown IWA (imported without a broader activity)',
      'DWA Reference.txt:4: duplicate DWA ID',
      'DWA Reference.txt:5: missing DWA Title',
    ]);
  });
});

describe('O*NET release version', () => {
  it('comes from Read Me.txt, else from the folder name', () => {
    expect(onetVersion('O*NET 29.0 Database\nAugust 2024 Release', '/x/whatever')).toBe('29.0');
    expect(onetVersion(undefined, '/data/onet-28.1')).toBe('28.1');
    expect(onetVersion('nothing here', '/data/onet')).toBeUndefined();
  });

  it('accepts a table parsed from text as well as from a file', () => {
    const t = tableFromText(
      'Occupation Data.txt',
      'O*NET-SOC Code\tTitle\tDescription\n15-1252.00\tSoftware Developers\t\n',
      'tsv',
    );
    expect(parseOccupations(t).records).toEqual([{ code: '15-1252.00', title: 'Software Developers', description: null }]);
  });
});
