/**
 * ESCO (CSV download, English) → skills, skill groups, their hierarchy and relations,
 * occupations and the skills they need.
 *
 *  skills_en.csv                    Skill (ESCO): knowledge → KNOWLEDGE, skill/competence → SKILL;
 *                                   concepts of languageSkillsCollection_en.csv → LANGUAGE
 *  skillGroups_en.csv               Skill (ESCO, COMPETENCY)
 *  *SkillsCollection_en.csv         Skill.collections (digital, digComp, green, language,
 *                                   transversal), each file read when present
 *  broaderRelationsSkillPillar.csv  SkillHierarchy
 *  skillSkillRelations.csv          SkillRelation: essential → ESSENTIAL_FOR, optional → OPTIONAL_FOR
 *  occupations_en.csv               Occupation (ESCO), with its alternative labels
 *  occupationSkillRelations.csv     OccupationSkill (essential true / false)
 *
 * Codes are the concept URIs. The parse* functions are pure; importEsco reads and writes.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { SkillKind, SkillRelationKind } from '@prisma/client';
import type { Database } from '../platform/db/client.js';
import { silentProgress } from './progress.js';
import { escoRelease } from './releases.js';
import { ImportReport, type Skip } from './report.js';
import { clip, col, ImportError, readReported, type Table } from './table.js';
import type { BroaderLink, OccupationRecord, OccupationSkillLink, Parsed, RelationLink, SkillRecord } from './types.js';
import {
  DEFAULT_BATCH_SIZE,
  idOf,
  syncHierarchy,
  syncOccupations,
  syncOccupationSkills,
  syncRelations,
  syncSkills,
  upsertRelease,
  type ImportOptions,
  type WriteContext,
} from './write.js';

export const ESCO_FILES = {
  skills: { name: 'skills_en.csv', columns: ['conceptUri', 'skillType', 'preferredLabel', 'altLabels', 'description'] },
  groups: { name: 'skillGroups_en.csv', columns: ['conceptUri', 'preferredLabel', 'altLabels', 'description'] },
  languages: { name: 'languageSkillsCollection_en.csv', columns: ['conceptUri'] },
  broader: { name: 'broaderRelationsSkillPillar.csv', columns: ['conceptUri', 'broaderUri'] },
  relations: { name: 'skillSkillRelations.csv', columns: ['originalSkillUri', 'relationType', 'relatedSkillUri'] },
  occupations: { name: 'occupations_en.csv', columns: ['conceptUri', 'preferredLabel', 'altLabels', 'description'] },
  occupationSkills: { name: 'occupationSkillRelations.csv', columns: ['occupationUri', 'relationType', 'skillUri'] },
} as const;

/** ESCO's skill collections by name, each read when its file is present (a skill lists those it is in). */
export const ESCO_COLLECTIONS = [
  ['digComp', 'digCompSkillsCollection_en.csv'],
  ['digital', 'digitalSkillsCollection_en.csv'],
  ['green', 'greenSkillsCollection_en.csv'],
  ['language', 'languageSkillsCollection_en.csv'],
  ['transversal', 'transversalSkillsCollection_en.csv'],
] as const;

type Rows = Pick<Table, 'file' | 'rows'>;

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

/**
 * ESCO lists alternative labels one per line, and usually repeats the preferred label among
 * them; a label equal to the name adds nothing to search, so it is dropped, as are repeats.
 */
export function splitAltLabels(raw: string, preferred: string): string[] {
  const labels = new Set<string>();
  for (const line of raw.split(/\r?\n/)) {
    const label = line.trim();
    if (label && label !== preferred) labels.add(label);
  }
  return [...labels];
}

/** The version from the folder name (esco-1.1.1 → 1.1.1): the CSV files do not carry it. */
export function escoVersion(dir: string): string | undefined {
  return path.basename(path.resolve(dir)).match(/(\d+(?:\.\d+)+)/)?.[1];
}

const SKILL_TYPES: Record<string, SkillKind> = { knowledge: 'KNOWLEDGE', 'skill/competence': 'SKILL' };

export interface EscoSkills extends Parsed<SkillRecord> {
  notes: string[];
}

/** Skills and skill groups in one list (one URI space); `languages` are the language collection's URIs. */
export function parseSkills(skills: Rows, groups: Rows, languages: ReadonlySet<string>): EscoSkills {
  const records = new Map<string, SkillRecord>();
  const skips: Skip[] = [];
  let untyped = 0;
  const read = ({ file, rows }: Rows, kindOf: (row: Table['rows'][number]) => SkillKind | string) => {
    for (const row of rows) {
      const uri = col(row, 'conceptUri').trim();
      const name = col(row, 'preferredLabel').trim();
      const skip = (reason: string, detail = uri) => skips.push({ file, line: row.line, reason, detail });
      if (!uri) skip('missing conceptUri', clip(name));
      else if (!name) skip('missing preferredLabel');
      else if (records.has(uri)) skip('duplicate conceptUri');
      else {
        const kind = kindOf(row);
        if (!isKind(kind)) {
          skip('unknown skillType', `${uri}: "${clip(kind, 30)}"`);
          continue;
        }
        records.set(uri, {
          code: uri,
          name,
          kind: languages.has(uri) ? 'LANGUAGE' : kind,
          description: orNull(col(row, 'description')),
          altLabels: splitAltLabels(col(row, 'altLabels'), name),
        });
      }
    }
  };
  read(skills, (row) => {
    const type = col(row, 'skillType').trim();
    // A few ESCO 1.1.1 concepts (DigComp competence areas) have no skillType; they are skills.
    if (type === '') {
      untyped += 1;
      return 'SKILL';
    }
    return SKILL_TYPES[type] ?? type;
  });
  read(groups, () => 'COMPETENCY');
  const notes = untyped ? [`${untyped} skill(s) without skillType imported as SKILL`] : [];
  return { records: [...records.values()], skips, notes };
}

const KINDS = new Set<string>(['SKILL', 'KNOWLEDGE', 'TECHNOLOGY', 'COMPETENCY', 'LANGUAGE', 'WORK_ACTIVITY']);
const isKind = (k: string): k is SkillKind => KINDS.has(k);

/** The set of concept URIs of a collection file (languageSkillsCollection_en.csv). */
export function parseCollection({ rows }: Rows): Set<string> {
  return new Set(rows.map((r) => col(r, 'conceptUri').trim()).filter(Boolean));
}

/** Sets each record's collections (names in ESCO_COLLECTIONS order) from the collections' URI sets. */
export function assignCollections(
  records: SkillRecord[],
  collections: ReadonlyArray<readonly [name: string, uris: ReadonlySet<string>]>,
): void {
  for (const r of records) {
    const names = collections.filter(([, uris]) => uris.has(r.code)).map(([name]) => name);
    if (names.length) r.collections = names;
  }
}

export function parseBroader({ file, rows }: Rows, known: ReadonlySet<string>): Parsed<BroaderLink> {
  const records: BroaderLink[] = [];
  const skips: Skip[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    const narrower = col(row, 'conceptUri').trim();
    const broader = col(row, 'broaderUri').trim();
    const skip = (reason: string) => skips.push({ file, line: row.line, reason, detail: `${narrower} → ${broader}` });
    if (!narrower) skip('missing conceptUri');
    else if (!broader) skip('missing broaderUri');
    else if (!known.has(narrower) || !known.has(broader)) skip('unknown concept (not in skills_en.csv or skillGroups_en.csv)');
    else if (narrower === broader) skip('concept broader than itself');
    else if (seen.has(`${broader}|${narrower}`)) skip('duplicate link');
    else {
      seen.add(`${broader}|${narrower}`);
      records.push({ broader, narrower });
    }
  }
  return { records, skips };
}

/**
 * ESCO reads "original skill — essential/optional — related skill" as: the related skill is
 * essential (optional) for the original one ("plan marketing strategy" has "marketing
 * principles" as essential knowledge). Stored as related →(ESSENTIAL_FOR)→ original, so the
 * relation kind reads from → to.
 */
export function parseRelations({ file, rows }: Rows, known: ReadonlySet<string>): Parsed<RelationLink> {
  const records: RelationLink[] = [];
  const skips: Skip[] = [];
  const pairs = new Set<string>();
  for (const row of rows) {
    const original = col(row, 'originalSkillUri').trim();
    const related = col(row, 'relatedSkillUri').trim();
    const type = col(row, 'relationType').trim().toLowerCase();
    const kind: SkillRelationKind = type === 'essential' ? 'ESSENTIAL_FOR' : type === 'optional' ? 'OPTIONAL_FOR' : 'RELATED';
    const skip = (reason: string) => skips.push({ file, line: row.line, reason, detail: `${original} ${type} ${related}` });
    if (!original) skip('missing originalSkillUri');
    else if (!related) skip('missing relatedSkillUri');
    else if (!known.has(original) || !known.has(related)) skip('unknown skill (not in skills_en.csv or skillGroups_en.csv)');
    else if (original === related) skip('skill related to itself');
    // One row per pair: the API reads a relation from both ends.
    else if (pairs.has(`${original}|${related}`) || pairs.has(`${related}|${original}`))
      skip('duplicate relation (same pair of skills)');
    else {
      pairs.add(`${original}|${related}`);
      records.push({ from: related, to: original, kind });
    }
  }
  return { records, skips };
}

export function parseOccupations({ file, rows }: Rows): Parsed<OccupationRecord> {
  const records: OccupationRecord[] = [];
  const skips: Skip[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    const uri = col(row, 'conceptUri').trim();
    const title = col(row, 'preferredLabel').trim();
    const skip = (reason: string, detail = uri) => skips.push({ file, line: row.line, reason, detail });
    if (!uri) skip('missing conceptUri', clip(title));
    else if (!title) skip('missing preferredLabel');
    else if (seen.has(uri)) skip('duplicate conceptUri');
    else {
      seen.add(uri);
      records.push({
        code: uri,
        title,
        description: orNull(col(row, 'description')),
        altLabels: splitAltLabels(col(row, 'altLabels'), title),
      });
    }
  }
  return { records, skips };
}

export function parseOccupationSkills(
  { file, rows }: Rows,
  occupations: ReadonlySet<string>,
  skills: ReadonlySet<string>,
): Parsed<OccupationSkillLink> {
  const records: OccupationSkillLink[] = [];
  const skips: Skip[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    const occupation = col(row, 'occupationUri').trim();
    const skill = col(row, 'skillUri').trim();
    const type = col(row, 'relationType').trim().toLowerCase();
    const skip = (reason: string) => skips.push({ file, line: row.line, reason, detail: `${occupation} ${type} ${skill}` });
    if (!occupation) skip('missing occupationUri');
    else if (!skill) skip('missing skillUri');
    else if (type !== 'essential' && type !== 'optional') skip('unknown relationType (expected essential or optional)');
    else if (!occupations.has(occupation)) skip('unknown occupation (not in occupations_en.csv)');
    else if (!skills.has(skill)) skip('unknown skill (not in skills_en.csv or skillGroups_en.csv)');
    else if (seen.has(`${occupation}|${skill}`)) skip('duplicate occupation–skill pair');
    else {
      seen.add(`${occupation}|${skill}`);
      records.push({
        occupation,
        skill,
        importance: null,
        level: null,
        essential: type === 'essential',
        hot: false,
        inDemand: false,
      });
    }
  }
  return { records, skips };
}

export async function importEsco(db: Database, dir: string, options: ImportOptions = {}): Promise<ImportReport> {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new ImportError(`${dir}: not a directory`);
  const version = options.version ?? escoVersion(dir);
  if (!version) throw new ImportError(`${dir}: the folder name carries no ESCO version (e.g. esco-1.1.1); pass --version`);
  const report = new ImportReport(`ESCO ${version} from ${dir}`);
  const progress = options.progress ?? silentProgress;
  const read = (key: keyof typeof ESCO_FILES) =>
    readReported(report, path.join(dir, ESCO_FILES[key].name), 'csv', ESCO_FILES[key].columns, progress);

  // The language collection only refines kinds; without it languages stay SKILL / KNOWLEDGE.
  let languages = new Set<string>();
  if (fs.existsSync(path.join(dir, ESCO_FILES.languages.name))) languages = parseCollection(await read('languages'));
  else report.note(`${ESCO_FILES.languages.name} not found: no skill marked LANGUAGE`);

  const skills = parseSkills(await read('skills'), await read('groups'), languages);
  const collections: Array<[string, Set<string>]> = [];
  const missing: string[] = [];
  for (const [name, file] of ESCO_COLLECTIONS) {
    const filePath = path.join(dir, file);
    if (name === 'language') collections.push([name, languages]);
    else if (fs.existsSync(filePath))
      collections.push([name, parseCollection(await readReported(report, filePath, 'csv', ['conceptUri'], progress))]);
    else missing.push(file);
  }
  if (missing.length) report.note(`not found, so no skill is marked as in these collections: ${missing.join(', ')}`);
  assignCollections(skills.records, collections);
  const uris = new Set(skills.records.map((s) => s.code));
  const broader = parseBroader(await read('broader'), uris);
  const relations = parseRelations(await read('relations'), uris);
  const occupations = parseOccupations(await read('occupations'));
  const occupationUris = new Set(occupations.records.map((o) => o.code));
  const occupationSkills = parseOccupationSkills(await read('occupationSkills'), occupationUris, uris);
  for (const p of [skills, broader, relations, occupations, occupationSkills]) report.skip(p.skips);
  for (const n of skills.notes) report.note(n);

  const ctx: WriteContext = { db, report, progress, batchSize: options.batchSize ?? DEFAULT_BATCH_SIZE };
  const skillIds = await syncSkills(ctx, 'ESCO', skills.records);
  const skill = (uri: string) => idOf(skillIds, uri, 'skill');
  await syncHierarchy(
    ctx,
    ['ESCO'],
    broader.records.map((l) => ({ broaderId: skill(l.broader), narrowerId: skill(l.narrower) })),
  );
  await syncRelations(
    ctx,
    ['ESCO'],
    relations.records.map((l) => ({ fromId: skill(l.from), toId: skill(l.to), kind: l.kind })),
  );
  const occupationIds = await syncOccupations(ctx, 'ESCO', occupations.records);
  await syncOccupationSkills(
    ctx,
    'ESCO',
    ['ESCO'],
    occupationSkills.records.map(({ occupation, skill: uri, ...rest }) => ({
      occupationId: idOf(occupationIds, occupation, 'occupation'),
      skillId: skill(uri),
      ...rest,
    })),
  );
  await upsertRelease(ctx, escoRelease(version));
  return report.finish();
}
