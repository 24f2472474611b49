/** ESCO parsing rules, on the hand-written fixture files (no database). */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  assignCollections,
  ESCO_FILES,
  escoVersion,
  parseBroader,
  parseCollection,
  parseOccupations,
  parseOccupationSkills,
  parseRelations,
  parseSkills,
  splitAltLabels,
} from '../../src/import/esco.js';
import type { Skip } from '../../src/import/report.js';
import { readTable, type Table } from '../../src/import/table.js';

const DIR = path.resolve(import.meta.dirname, '../fixtures/import/esco-1.1.1');
const tables = {} as Record<keyof typeof ESCO_FILES, Table>;

beforeAll(async () => {
  for (const [key, spec] of Object.entries(ESCO_FILES)) {
    tables[key as keyof typeof ESCO_FILES] = await readTable(path.join(DIR, spec.name), 'csv', spec.columns);
  }
});

const E = 'http://data.europa.eu/esco/';
const PY = `${E}skill/ccd0a1d9-afda-43d9-b901-96344886e14d`;
const CP = `${E}skill/21d2f96d-35f7-4e3f-9745-c533d2dd6e97`;
const BIG = `${E}skill/47a49cd6-097d-457a-9f7b-c290c14930d5`;
const PDA = `${E}skill/2b92a5b2-6758-4ee3-9fb4-b6387a55cc8f`;
const PMS = `${E}skill/08fd2839-670c-4f16-8024-97437f2035ab`;
const MP = `${E}skill/de03f4fd-c147-4477-a048-7109e5ba2d6f`;
const DS = `${E}occupation/258e46f9-0075-4a2e-adae-1ff0477e0f30`;
const SD = `${E}occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1`;

const reasons = (skips: readonly Skip[]) => skips.map((s) => `${s.line}: ${s.reason}`);
const skills = () => parseSkills(tables.skills, tables.groups, parseCollection(tables.languages));
const skillUris = () => new Set(skills().records.map((s) => s.code));

describe('ESCO skills and skill groups', () => {
  it('maps skillType to kind, groups to COMPETENCY, the language collection to LANGUAGE', () => {
    const kinds = Object.fromEntries(skills().records.map((s) => [s.name, s.kind]));
    expect(kinds).toEqual({
      'Python (computer programming)': 'KNOWLEDGE',
      'computer programming': 'KNOWLEDGE',
      'analyse big data': 'SKILL',
      'perform data analysis': 'SKILL',
      'ICT safety': 'SKILL',
      Hungarian: 'LANGUAGE',
      'write Hungarian': 'LANGUAGE',
      'plan marketing strategy': 'SKILL',
      'marketing principles': 'KNOWLEDGE',
      'information and communication technologies (ICTs)': 'COMPETENCY',
      'software and applications development and analysis': 'COMPETENCY',
    });
    expect(
      skills()
        .records.filter((s) => s.kind === 'COMPETENCY')
        .map((s) => s.code),
    ).toEqual([`${E}isced-f/06`, `${E}isced-f/061`, `${E}isced-f/0613`]);
    expect(skills().notes).toEqual(['1 skill(s) without skillType imported as SKILL']);
  });

  it('uses the URI as code, splits altLabels on line breaks without the name or repeats, trims text', () => {
    const python = skills().records.find((s) => s.code === PY)!;
    expect(python).toEqual({
      code: PY,
      name: 'Python (computer programming)',
      kind: 'KNOWLEDGE',
      description:
        'The techniques and principles of software development, such as analysis, algorithms, coding, testing and compiling of programming paradigms in Python.',
      altLabels: ['Python3', 'Python'],
    });
    expect(skills().records.find((s) => s.code === CP)!.altLabels).toEqual(['programming', 'software coding']);
    // "marketing principles " (trailing space in the file) is trimmed; its equal alt label dropped.
    const mp = skills().records.find((s) => s.code === MP)!;
    expect(mp.name).toBe('marketing principles');
    expect(mp.altLabels).toEqual(['principles of marketing']);
    expect(mp.description).toContain('improving "advertising" techniques');
    expect(skills().records.find((s) => s.code === `${E}isced-f/061`)!.description).toBeNull();
    expect(splitAltLabels('a\r\nb\n\n a \nname', 'name')).toEqual(['a', 'b']);
  });

  it('skips unknown skillTypes, missing URIs and labels, duplicates and malformed CSV records', () => {
    expect(reasons([...tables.skills.skips, ...skills().skips])).toEqual([
      '41: wrong number of columns',
      '42: text after a closing quote',
      '43: unterminated quoted field (opened on line 43)',
      '33: unknown skillType',
      '35: missing conceptUri',
      '37: missing preferredLabel',
      '39: duplicate conceptUri',
      '8: missing preferredLabel',
    ]);
    expect(skills().skips.find((s) => s.reason === 'unknown skillType')!.detail).toMatch(/: "attitude"$/);
  });
});

describe('ESCO collections', () => {
  it('lists on each skill the collections it is in, none when in none', () => {
    const records = skills().records;
    assignCollections(records, [
      ['digital', new Set([PY, CP])],
      ['language', parseCollection(tables.languages)],
      ['transversal', new Set([CP])],
    ]);
    const by = (code: string) => records.find((r) => r.code === code)!.collections;
    expect(by(PY)).toEqual(['digital']);
    expect(by(CP)).toEqual(['digital', 'transversal']);
    expect(records.filter((r) => r.kind === 'LANGUAGE').every((r) => r.collections?.join() === 'language')).toBe(true);
    expect(by(MP)).toBeUndefined();
  });
});

describe('ESCO hierarchy', () => {
  it('links known concepts, skills and groups alike', () => {
    expect(parseBroader(tables.broader, skillUris()).records).toEqual([
      { broader: `${E}isced-f/06`, narrower: `${E}isced-f/061` },
      { broader: `${E}isced-f/061`, narrower: `${E}isced-f/0613` },
      { broader: `${E}isced-f/0613`, narrower: CP },
      { broader: `${E}isced-f/0613`, narrower: PY },
      { broader: CP, narrower: PY },
      { broader: PDA, narrower: BIG },
      { broader: `${E}skill/ddd3596a-43f3-402e-960a-5f79362a8609`, narrower: `${E}skill/01f10952-cb59-4347-9aee-d4fbc51c870a` },
    ]);
  });

  it('skips unknown concepts, self-links, duplicates and missing URIs', () => {
    expect(reasons(parseBroader(tables.broader, skillUris()).skips)).toEqual([
      '9: unknown concept (not in skills_en.csv or skillGroups_en.csv)',
      '10: concept broader than itself',
      '11: duplicate link',
      '12: missing broaderUri',
    ]);
  });
});

describe('ESCO skill relations', () => {
  it('stores "original needs related" as related →(ESSENTIAL_FOR / OPTIONAL_FOR)→ original; other types as RELATED', () => {
    expect(parseRelations(tables.relations, skillUris()).records).toEqual([
      { from: MP, to: PMS, kind: 'ESSENTIAL_FOR' },
      { from: PY, to: BIG, kind: 'OPTIONAL_FOR' },
      { from: CP, to: PDA, kind: 'RELATED' },
    ]);
  });

  it('skips the reverse of a stored pair, self-relations, unknown skills and missing URIs', () => {
    expect(reasons(parseRelations(tables.relations, skillUris()).skips)).toEqual([
      '5: duplicate relation (same pair of skills)',
      '6: skill related to itself',
      '7: unknown skill (not in skills_en.csv or skillGroups_en.csv)',
      '8: missing relatedSkillUri',
    ]);
  });
});

describe('ESCO occupations', () => {
  it('reads URI, label and description; skips rows without a label', () => {
    const { records, skips } = parseOccupations(tables.occupations);
    expect(records.map((r) => [r.code, r.title])).toEqual([
      [DS, 'data scientist'],
      [SD, 'software developer'],
    ]);
    expect(records[0]!.description).toMatch(/^Data scientists find/);
    expect(records.map((r) => r.altLabels)).toEqual([['scientist, data'], ['programmer']]);
    expect(reasons(skips)).toEqual(['7: missing preferredLabel']);
  });

  it('links occupations to skills as essential or optional, skipping what it cannot link', () => {
    const occupations = new Set(parseOccupations(tables.occupations).records.map((o) => o.code));
    const { records, skips } = parseOccupationSkills(tables.occupationSkills, occupations, skillUris());
    expect(records.map((r) => [r.occupation, r.skill, r.essential])).toEqual([
      [DS, BIG, true],
      [DS, PY, false],
      [SD, CP, true],
      [SD, PY, false],
      [SD, `${E}skill/426ceaba-6867-481c-bb6b-aee3933da7d2`, true],
    ]);
    expect(records.every((r) => r.importance === null && r.level === null && !r.hot)).toBe(true);
    expect(reasons(skips)).toEqual([
      '7: unknown relationType (expected essential or optional)',
      '8: unknown occupation (not in occupations_en.csv)',
      '9: unknown skill (not in skills_en.csv or skillGroups_en.csv)',
      '10: duplicate occupation–skill pair',
    ]);
  });
});

describe('ESCO version', () => {
  it('comes from the folder name', () => {
    expect(escoVersion('/data/esco-1.1.1')).toBe('1.1.1');
    expect(escoVersion('/data/ESCO v1.2.0/')).toBe('1.2.0');
    expect(escoVersion('/data/esco')).toBeUndefined();
  });
});
