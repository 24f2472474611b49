/**
 * O*NET database (tab-delimited text release) → occupations, skills and ratings.
 *
 *  Occupation Data.txt          Occupation (ONET_SOC)
 *  Content Model Reference.txt  Skill (ONET): 2.A, 2.B → SKILL, 2.C → KNOWLEDGE, 4.A (generalized
 *                               work activities) → WORK_ACTIVITY; broader = the dotted parent ID
 *  IWA / DWA Reference.txt      Skill (ONET, WORK_ACTIVITY): DWA → broader IWA → broader GWA (4.A.…)
 *  Skills.txt, Knowledge.txt    OccupationSkill: the IM (importance 1–5) and LV (level 0–7) rows
 *                               of one occupation and element make one rating
 *  Technology Skills.txt        Skill (ONET_TECH): each example (`commodity|example`) under its
 *                               UNSPSC commodity; OccupationSkill with hot / in-demand flags
 *  Alternate Titles.txt         Occupation.altLabels (optional file; the skill bridge pairs
 *                               occupations by title)
 *
 * The parse* functions are pure (rows in, records and skips out); importOnet reads and writes.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { SkillKind } from '@prisma/client';
import type { Database } from '../platform/db/client.js';
import { silentProgress } from './progress.js';
import { onetReleases } from './releases.js';
import { ImportReport, type Skip } from './report.js';
import { clip, col, ImportError, readReported, type Table } from './table.js';
import type { BroaderLink, OccupationRecord, OccupationSkillLink, Parsed, SkillRecord } from './types.js';
import {
  DEFAULT_BATCH_SIZE,
  idOf,
  syncHierarchy,
  syncOccupations,
  syncOccupationSkills,
  syncSkills,
  upsertRelease,
  type ImportOptions,
  type WriteContext,
} from './write.js';

export const ONET_FILES = {
  occupations: { name: 'Occupation Data.txt', columns: ['O*NET-SOC Code', 'Title', 'Description'] },
  contentModel: { name: 'Content Model Reference.txt', columns: ['Element ID', 'Element Name', 'Description'] },
  skills: {
    name: 'Skills.txt',
    columns: ['O*NET-SOC Code', 'Element ID', 'Scale ID', 'Data Value', 'Recommend Suppress', 'Not Relevant'],
  },
  knowledge: {
    name: 'Knowledge.txt',
    columns: ['O*NET-SOC Code', 'Element ID', 'Scale ID', 'Data Value', 'Recommend Suppress', 'Not Relevant'],
  },
  technology: {
    name: 'Technology Skills.txt',
    columns: ['O*NET-SOC Code', 'Example', 'Commodity Code', 'Commodity Title', 'Hot Technology', 'In Demand'],
  },
  iwa: { name: 'IWA Reference.txt', columns: ['Element ID', 'IWA ID', 'IWA Title'] },
  dwa: { name: 'DWA Reference.txt', columns: ['Element ID', 'IWA ID', 'DWA ID', 'DWA Title'] },
} as const;

/** Read when present: only the skill bridge's occupation pairing uses it. */
export const ONET_ALT_TITLES = { name: 'Alternate Titles.txt', columns: ['O*NET-SOC Code', 'Alternate Title'] } as const;

type Rows = Pick<Table, 'file' | 'rows'>;

const SOC_CODE = /^\d{2}-\d{4}\.\d{2}$/;
const ELEMENT_ID = /^\d+(\.[A-Za-z0-9]+)*$/;
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** Parses a decimal strictly: '' and '4,5' are not numbers (Number('') would be 0). */
export function parseDecimal(text: string): number | undefined {
  const t = text.trim();
  return NUMBER.test(t) ? Number(t) : undefined;
}

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

/** The release number from `Read Me.txt` ("O*NET 29.0 Database"), else from the folder name. */
export function onetVersion(readMe: string | undefined, dirName: string): string | undefined {
  return readMe?.match(/O\*NET\s+(\d+(?:\.\d+)*)\s+Database/)?.[1] ?? path.basename(dirName).match(/(\d+\.\d+)/)?.[1];
}

export function parseOccupations({ file, rows }: Rows): Parsed<OccupationRecord> {
  const records: OccupationRecord[] = [];
  const skips: Skip[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    const code = col(row, 'O*NET-SOC Code').trim();
    const title = col(row, 'Title').trim();
    const skip = (reason: string, detail = code) => skips.push({ file, line: row.line, reason, detail });
    if (!code) skip('missing O*NET-SOC Code', clip(title));
    else if (!SOC_CODE.test(code)) skip('malformed O*NET-SOC Code (expected NN-NNNN.NN)');
    else if (!title) skip('missing Title');
    else if (seen.has(code)) skip('duplicate O*NET-SOC Code');
    else {
      seen.add(code);
      records.push({ code, title, description: orNull(col(row, 'Description')) });
    }
  }
  return { records, skips };
}

/**
 * Alternate titles per O*NET-SOC code, in file order, without repeats or the title itself.
 * Rows of unknown occupations are skipped.
 */
export function parseAlternateTitles(
  { file, rows }: Rows,
  occupations: ReadonlyMap<string, string>,
): { titles: Map<string, string[]>; skips: Skip[] } {
  const titles = new Map<string, string[]>();
  const skips: Skip[] = [];
  for (const row of rows) {
    const code = col(row, 'O*NET-SOC Code').trim();
    const title = col(row, 'Alternate Title').trim();
    const skip = (reason: string) => skips.push({ file, line: row.line, reason, detail: `${code} ${clip(title, 40)}` });
    if (!title) skip('missing Alternate Title');
    else if (!occupations.has(code)) skip('unknown occupation (not in Occupation Data.txt)');
    else if (title !== occupations.get(code)) {
      const list = titles.get(code) ?? titles.set(code, []).get(code)!;
      if (!list.includes(title)) list.push(title);
    }
  }
  return { titles, skips };
}

/** Content-model branches imported as skills, by Element ID prefix. */
const BRANCHES: ReadonlyArray<[prefix: string, kind: SkillKind]> = [
  ['2.A', 'SKILL'],
  ['2.B', 'SKILL'],
  ['2.C', 'KNOWLEDGE'],
  ['4.A', 'WORK_ACTIVITY'],
];

function branchKind(id: string): SkillKind | undefined {
  return BRANCHES.find(([p]) => id === p || id.startsWith(`${p}.`))?.[1];
}

/** Parent of a dotted Element ID: 2.B.3.e → 2.B.3. */
export function parentElement(id: string): string | undefined {
  const i = id.lastIndexOf('.');
  return i === -1 ? undefined : id.slice(0, i);
}

export interface ContentModel {
  skills: SkillRecord[];
  hierarchy: BroaderLink[];
  skips: Skip[];
}

export function parseContentModel({ file, rows }: Rows): ContentModel {
  const skills: SkillRecord[] = [];
  const skips: Skip[] = [];
  const ids = new Set<string>();
  for (const row of rows) {
    const id = col(row, 'Element ID').trim();
    const name = col(row, 'Element Name').trim();
    const skip = (reason: string, detail = id) => skips.push({ file, line: row.line, reason, detail });
    if (!id) skip('missing Element ID', clip(name));
    else if (!ELEMENT_ID.test(id)) skip('malformed Element ID');
    else if (!branchKind(id)) skip('outside the imported branches (2.A, 2.B, 2.C, 4.A)');
    else if (!name) skip('missing Element Name');
    else if (ids.has(id)) skip('duplicate Element ID');
    else {
      ids.add(id);
      skills.push({ code: id, name, kind: branchKind(id)!, description: orNull(col(row, 'Description')), altLabels: [] });
    }
  }
  // Parents are linked once every element is known, so the file's order does not matter.
  const hierarchy = skills.flatMap((s) => {
    const parent = parentElement(s.code);
    return parent && ids.has(parent) ? [{ broader: parent, narrower: s.code }] : [];
  });
  return { skills, hierarchy, skips };
}

/** Rating scales: importance 1–5, level 0–7. */
const SCALES: Record<string, { field: 'importance' | 'level'; min: number; max: number }> = {
  IM: { field: 'importance', min: 1, max: 5 },
  LV: { field: 'level', min: 0, max: 7 },
};

/**
 * Skills.txt and Knowledge.txt: one OccupationSkill per occupation and element, carrying the IM
 * value as importance and the LV value as level. A row flagged Recommend Suppress (estimate too
 * imprecise) or Not Relevant is skipped on its own; the other scale of the pair is still kept.
 */
export function parseRatings(
  files: readonly Rows[],
  occupations: ReadonlySet<string>,
  elements: ReadonlySet<string>,
): Parsed<OccupationSkillLink> {
  const ratings = new Map<string, OccupationSkillLink>();
  const skips: Skip[] = [];
  for (const { file, rows } of files) {
    for (const row of rows) {
      const occupation = col(row, 'O*NET-SOC Code').trim();
      const element = col(row, 'Element ID').trim();
      const scaleId = col(row, 'Scale ID').trim();
      const raw = col(row, 'Data Value');
      const value = parseDecimal(raw);
      const scale = SCALES[scaleId];
      const skip = (reason: string, detail: string) => skips.push({ file, line: row.line, reason, detail });
      const where = `${occupation} ${element} ${scaleId}`;
      if (!occupation) skip('missing O*NET-SOC Code', where);
      else if (!element) skip('missing Element ID', where);
      else if (!scale) skip('unknown Scale ID (expected IM or LV)', where);
      else if (value === undefined) skip('Data Value is not a number', `${where}: "${clip(raw, 20)}"`);
      else if (value < scale.min || value > scale.max)
        skip(`Data Value outside the ${scaleId} scale (${scale.min}–${scale.max})`, `${where}: ${value}`);
      else if (col(row, 'Recommend Suppress').trim().toUpperCase() === 'Y') skip('Recommend Suppress = Y', where);
      else if (col(row, 'Not Relevant').trim().toUpperCase() === 'Y') skip('Not Relevant = Y', where);
      else if (!occupations.has(occupation)) skip('unknown occupation (not in Occupation Data.txt)', where);
      else if (!elements.has(element)) skip('unknown element (not an imported content-model element)', where);
      else {
        const key = `${occupation}|${element}`;
        let rating = ratings.get(key);
        if (!rating) {
          rating = { occupation, skill: element, importance: null, level: null, essential: null, hot: false, inDemand: false };
          ratings.set(key, rating);
        }
        if (rating[scale.field] !== null) skip('duplicate rating (same occupation, element and scale)', where);
        else rating[scale.field] = value;
      }
    }
  }
  return { records: [...ratings.values()], skips };
}

export interface Technology {
  /** Commodities and examples, commodities first. */
  skills: SkillRecord[];
  hierarchy: BroaderLink[];
  links: OccupationSkillLink[];
  skips: Skip[];
}

const COMMODITY = /^\d{8}$/;

function flag(value: string): boolean | undefined {
  const v = value.trim().toUpperCase();
  return v === 'Y' ? true : v === 'N' ? false : undefined;
}

/** The ONET_TECH code of a technology example: UNSPSC commodity code and example name. */
export const techCode = (commodity: string, example: string) => `${commodity}|${example}`;

export function parseTechnology({ file, rows }: Rows, occupations: ReadonlySet<string>): Technology {
  const commodities = new Map<string, SkillRecord>();
  const examples = new Map<string, SkillRecord>();
  const hierarchy: BroaderLink[] = [];
  const links = new Map<string, OccupationSkillLink>();
  const skips: Skip[] = [];
  for (const row of rows) {
    const occupation = col(row, 'O*NET-SOC Code').trim();
    const example = col(row, 'Example').trim();
    const commodity = col(row, 'Commodity Code').trim();
    const title = col(row, 'Commodity Title').trim();
    const hot = flag(col(row, 'Hot Technology'));
    const inDemand = flag(col(row, 'In Demand'));
    const where = `${occupation} ${commodity} ${clip(example, 40)}`;
    const skip = (reason: string) => skips.push({ file, line: row.line, reason, detail: where });
    if (!occupation) skip('missing O*NET-SOC Code');
    else if (!example) skip('missing Example');
    else if (!commodity) skip('missing Commodity Code');
    else if (!COMMODITY.test(commodity)) skip('malformed Commodity Code (expected 8 digits)');
    else if (!title) skip('missing Commodity Title');
    else if (hot === undefined) skip('Hot Technology is not Y or N');
    else if (inDemand === undefined) skip('In Demand is not Y or N');
    else if (!occupations.has(occupation)) skip('unknown occupation (not in Occupation Data.txt)');
    else {
      const code = techCode(commodity, example);
      const key = `${occupation}|${code}`;
      if (links.has(key)) {
        skip('duplicate row (same occupation, commodity and example)');
        continue;
      }
      if (!commodities.has(commodity)) {
        commodities.set(commodity, { code: commodity, name: title, kind: 'TECHNOLOGY', description: null, altLabels: [] });
      }
      if (!examples.has(code)) {
        examples.set(code, { code, name: example, kind: 'TECHNOLOGY', description: null, altLabels: [] });
        hierarchy.push({ broader: commodity, narrower: code });
      }
      links.set(key, { occupation, skill: code, importance: null, level: null, essential: null, hot, inDemand });
    }
  }
  return { skills: [...commodities.values(), ...examples.values()], hierarchy, links: [...links.values()], skips };
}

export interface WorkActivities {
  skills: SkillRecord[];
  hierarchy: BroaderLink[];
  skips: Skip[];
}

/**
 * Intermediate (IWA) and detailed (DWA) work activities. Each hangs under its broader activity;
 * an activity whose broader one is unknown is still imported, without that link.
 */
export function parseWorkActivities(iwa: Rows, dwa: Rows, elements: ReadonlySet<string>): WorkActivities {
  const skills: SkillRecord[] = [];
  const hierarchy: BroaderLink[] = [];
  const skips: Skip[] = [];
  const codes = new Set<string>();
  const level = (
    { file, rows }: Rows,
    idColumn: string,
    titleColumn: string,
    broaderColumn: string,
    broaderKnown: (code: string) => boolean,
    broaderName: string,
  ) => {
    for (const row of rows) {
      const code = col(row, idColumn).trim();
      const name = col(row, titleColumn).trim();
      const broader = col(row, broaderColumn).trim();
      const skip = (reason: string, detail = code) => skips.push({ file, line: row.line, reason, detail });
      if (!code) skip(`missing ${idColumn}`, clip(name));
      else if (!name) skip(`missing ${titleColumn}`);
      else if (codes.has(code)) skip(`duplicate ${idColumn}`);
      else {
        codes.add(code);
        skills.push({ code, name, kind: 'WORK_ACTIVITY', description: null, altLabels: [] });
        if (broader && broaderKnown(broader)) hierarchy.push({ broader, narrower: code });
        else skip(`unknown ${broaderName} (imported without a broader activity)`, `${code} → ${broader || '(empty)'}`);
      }
    }
  };
  level(iwa, 'IWA ID', 'IWA Title', 'Element ID', (c) => elements.has(c), 'work activity element');
  const iwaCodes = new Set(codes);
  level(dwa, 'DWA ID', 'DWA Title', 'IWA ID', (c) => iwaCodes.has(c), 'IWA');
  return { skills, hierarchy, skips };
}

export async function importOnet(db: Database, dir: string, options: ImportOptions = {}): Promise<ImportReport> {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new ImportError(`${dir}: not a directory`);
  const readMePath = path.join(dir, 'Read Me.txt');
  const version =
    options.version ?? onetVersion(fs.existsSync(readMePath) ? fs.readFileSync(readMePath, 'utf8') : undefined, dir);
  if (!version)
    throw new ImportError(
      `${dir}: cannot tell the O*NET release (no "Read Me.txt", no version in the folder name); pass --version`,
    );
  const report = new ImportReport(`O*NET ${version} from ${dir}`);
  const progress = options.progress ?? silentProgress;
  const read = (key: keyof typeof ONET_FILES) =>
    readReported(report, path.join(dir, ONET_FILES[key].name), 'tsv', ONET_FILES[key].columns, progress);
  // Read everything first: a missing file or column stops the import before anything is written.
  const tables = {
    occupations: await read('occupations'),
    contentModel: await read('contentModel'),
    skills: await read('skills'),
    knowledge: await read('knowledge'),
    technology: await read('technology'),
    iwa: await read('iwa'),
    dwa: await read('dwa'),
  };

  const occupations = parseOccupations(tables.occupations);
  const altTitlesPath = path.join(dir, ONET_ALT_TITLES.name);
  if (fs.existsSync(altTitlesPath)) {
    const alt = parseAlternateTitles(
      await readReported(report, altTitlesPath, 'tsv', ONET_ALT_TITLES.columns, progress),
      new Map(occupations.records.map((o) => [o.code, o.title])),
    );
    report.skip(alt.skips);
    for (const o of occupations.records) o.altLabels = alt.titles.get(o.code) ?? [];
  } else {
    report.note(`${ONET_ALT_TITLES.name} not found: occupations imported without alternate titles`);
  }
  const model = parseContentModel(tables.contentModel);
  const occupationCodes = new Set(occupations.records.map((o) => o.code));
  const elementCodes = new Set(model.skills.map((s) => s.code));
  const ratings = parseRatings([tables.skills, tables.knowledge], occupationCodes, elementCodes);
  const tech = parseTechnology(tables.technology, occupationCodes);
  const activities = parseWorkActivities(tables.iwa, tables.dwa, elementCodes);
  for (const p of [occupations, model, ratings, tech, activities]) report.skip(p.skips);

  const ctx: WriteContext = { db, report, progress, batchSize: options.batchSize ?? DEFAULT_BATCH_SIZE };
  const occupationIds = await syncOccupations(ctx, 'ONET_SOC', occupations.records);
  const onetIds = await syncSkills(ctx, 'ONET', [...model.skills, ...activities.skills]);
  const techIds = await syncSkills(ctx, 'ONET_TECH', tech.skills);
  const link = (ids: ReadonlyMap<string, string>) => (l: BroaderLink) => ({
    broaderId: idOf(ids, l.broader, 'skill'),
    narrowerId: idOf(ids, l.narrower, 'skill'),
  });
  await syncHierarchy(
    ctx,
    ['ONET', 'ONET_TECH'],
    [...model.hierarchy.map(link(onetIds)), ...activities.hierarchy.map(link(onetIds)), ...tech.hierarchy.map(link(techIds))],
  );
  const rated =
    (ids: ReadonlyMap<string, string>) =>
    ({ occupation, skill, ...rest }: OccupationSkillLink) => ({
      occupationId: idOf(occupationIds, occupation, 'occupation'),
      skillId: idOf(ids, skill, 'skill'),
      ...rest,
    });
  await syncOccupationSkills(
    ctx,
    'ONET_SOC',
    ['ONET', 'ONET_TECH'],
    [...ratings.records.map(rated(onetIds)), ...tech.links.map(rated(techIds))],
  );
  for (const release of onetReleases(version)) await upsertRelease(ctx, release);
  return report.finish();
}
