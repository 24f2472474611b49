/**
 * The official taxonomies as the quality benchmark uses them, read from the release files with
 * the project's own parsers (src/import/esco.ts, onet.ts), so that every skill code is exactly the
 * code the importer stores. Skill IDs inside the benchmark are `ESCO:<conceptUri>`,
 * `ONET:<elementId>` and `ONET_TECH:<code>` (techCode(commodity, example), or the commodity code).
 *
 * Read-only: nothing is copied anywhere. Two columns the importer does not keep are read from the
 * same parsed tables: ESCO occupations' iscoGroup and altLabels, and O*NET's Alternate Titles.txt.
 */
import { isOnetCategory } from '../../src/matching/taxonomy.js';
import fs from 'node:fs';
import path from 'node:path';
import {
  ESCO_FILES,
  parseBroader,
  parseCollection,
  parseOccupations as parseEscoOccupations,
  parseOccupationSkills,
  parseRelations,
  parseSkills,
  splitAltLabels,
} from '../../src/import/esco.js';
import {
  ONET_FILES,
  parseContentModel,
  parseOccupations as parseOnetOccupations,
  parseRatings,
  parseTechnology,
  parseWorkActivities,
} from '../../src/import/onet.js';
import { col, readTable, type Table } from '../../src/import/table.js';

export const escoId = (uri: string) => `ESCO:${uri}`;
export const onetId = (element: string) => `ONET:${element}`;
export const techId = (code: string) => `ONET_TECH:${code}`;

export type RelationKind = 'RELATED' | 'ESSENTIAL_FOR' | 'OPTIONAL_FOR';

export interface HierarchyLink {
  broaderId: string;
  narrowerId: string;
}
export interface RelationLink {
  fromId: string;
  toId: string;
  kind: RelationKind;
}

export interface EscoOccupation {
  scheme: 'ESCO';
  /** Concept URI (the importer's occupation code). */
  code: string;
  title: string;
  /** preferredLabel and altLabels. */
  labels: string[];
  /** ISCO-08 unit group (4 digits). */
  group: string;
  essential: string[];
  optional: string[];
}

export interface OnetRating {
  skillId: string;
  importance: number;
  /** LV 0–7. */
  level: number;
}
export interface OnetTech {
  skillId: string;
  hot: boolean;
}
export interface OnetOccupation {
  scheme: 'ONET_SOC';
  /** O*NET-SOC code, e.g. 15-1252.00. */
  code: string;
  title: string;
  /** Title and alternate titles. */
  labels: string[];
  /** SOC minor group key: the first four characters (15-1, 29-2, …). */
  group: string;
  /** Skills.txt and Knowledge.txt elements with both an IM and an LV rating (not suppressed). */
  ratings: OnetRating[];
  tech: OnetTech[];
}

export type Occupation = EscoOccupation | OnetOccupation;

export interface Taxonomy {
  esco: {
    occupations: EscoOccupation[];
    /** Skill IDs of transversalSkillsCollection_en.csv. */
    transversal: string[];
    /** Skill → its direct broader and narrower skills in the ESCO hierarchy, skill groups excluded. */
    hierarchyNeighbours: Map<string, string[]>;
    /** Every occupation–skill row's skill (with repeats): draws of "unrelated" skills follow real frequencies. */
    skillRows: string[];
    /** Skill → number of occupations it is essential for. */
    essentialFor: Map<string, number>;
  };
  onet: {
    occupations: OnetOccupation[];
    /** Elements with ratings in Skills.txt or Knowledge.txt. */
    ratedElements: string[];
    /** Technology example → the other examples of its UNSPSC commodity. */
    techSiblings: Map<string, string[]>;
    /** Rated rows with importance ≥ 3 and technology rows (with repeats), for unrelated draws. */
    skillRows: string[];
  };
  /** Everything the importer stores as the skill hierarchy (ESCO broader relations incl. skill groups, O*NET content model, work activities, technology commodity → example). */
  hierarchy: HierarchyLink[];
  /** ESCO skill–skill relations, read from → to as the importer stores them. */
  relations: RelationLink[];
  /** ESCO skill groups (skillGroups_en.csv, kind COMPETENCY): categories, not skills people hold. */
  groups: Set<string>;
  /** O*NET content-model categories ("2.A", "2.A.1": fewer than four parts), which the app also counts as groups. */
  onetCategories: Set<string>;
  /** Skill ID → name (for messages). */
  names: Map<string, string>;
  counts: Record<string, number>;
}

const read = (dir: string, name: string, format: 'csv' | 'tsv', columns: readonly string[]): Promise<Table> =>
  readTable(path.join(dir, name), format, columns);

async function loadEsco(dir: string) {
  const t = {
    skills: await read(dir, ESCO_FILES.skills.name, 'csv', ESCO_FILES.skills.columns),
    groups: await read(dir, ESCO_FILES.groups.name, 'csv', ESCO_FILES.groups.columns),
    broader: await read(dir, ESCO_FILES.broader.name, 'csv', ESCO_FILES.broader.columns),
    relations: await read(dir, ESCO_FILES.relations.name, 'csv', ESCO_FILES.relations.columns),
    occupations: await read(dir, ESCO_FILES.occupations.name, 'csv', [
      ...ESCO_FILES.occupations.columns,
      'iscoGroup',
      'altLabels',
    ]),
    occupationSkills: await read(dir, ESCO_FILES.occupationSkills.name, 'csv', ESCO_FILES.occupationSkills.columns),
    transversal: await read(dir, 'transversalSkillsCollection_en.csv', 'csv', ['conceptUri']),
  };
  const languagesFile = path.join(dir, ESCO_FILES.languages.name);
  const languages = fs.existsSync(languagesFile)
    ? parseCollection(await readTable(languagesFile, 'csv', ESCO_FILES.languages.columns))
    : new Set<string>();
  const skills = parseSkills(t.skills, t.groups, languages);
  const uris = new Set(skills.records.map((s) => s.code));
  const groupUris = new Set(skills.records.filter((s) => s.kind === 'COMPETENCY').map((s) => s.code));
  const broader = parseBroader(t.broader, uris);
  const relations = parseRelations(t.relations, uris);
  const occupations = parseEscoOccupations(t.occupations);
  const occupationSkills = parseOccupationSkills(t.occupationSkills, new Set(occupations.records.map((o) => o.code)), uris);

  // iscoGroup and altLabels of the rows parseOccupations accepted.
  const extra = new Map<string, { group: string; labels: string[] }>();
  for (const row of t.occupations.rows) {
    const uri = col(row, 'conceptUri').trim();
    const title = col(row, 'preferredLabel').trim();
    if (uri && !extra.has(uri))
      extra.set(uri, { group: col(row, 'iscoGroup').trim(), labels: [title, ...splitAltLabels(col(row, 'altLabels'), title)] });
  }
  const byCode = new Map<string, EscoOccupation>();
  for (const o of occupations.records) {
    const e = extra.get(o.code);
    byCode.set(o.code, {
      scheme: 'ESCO',
      code: o.code,
      title: o.title,
      labels: e?.labels ?? [o.title],
      group: e?.group ?? '',
      essential: [],
      optional: [],
    });
  }
  const skillRows: string[] = [];
  const essentialFor = new Map<string, number>();
  for (const l of occupationSkills.records) {
    const occ = byCode.get(l.occupation)!;
    const id = escoId(l.skill);
    (l.essential ? occ.essential : occ.optional).push(id);
    skillRows.push(id);
    if (l.essential) essentialFor.set(id, (essentialFor.get(id) ?? 0) + 1);
  }

  const hierarchyNeighbours = new Map<string, string[]>();
  const addNb = (a: string, b: string) => (hierarchyNeighbours.get(a) ?? hierarchyNeighbours.set(a, []).get(a)!).push(b);
  for (const l of broader.records) {
    if (groupUris.has(l.broader) || groupUris.has(l.narrower)) continue;
    addNb(escoId(l.narrower), escoId(l.broader));
    addNb(escoId(l.broader), escoId(l.narrower));
  }
  const transversal = [...parseCollection(t.transversal)].filter((u) => uris.has(u) && !groupUris.has(u)).map(escoId);
  return {
    skills: skills.records,
    groupUris,
    broader: broader.records,
    relations: relations.records,
    occupations: [...byCode.values()].filter((o) => o.essential.length + o.optional.length > 0),
    transversal,
    hierarchyNeighbours,
    skillRows,
    essentialFor,
  };
}

async function loadOnet(dir: string) {
  const f = ONET_FILES;
  const t = {
    occupations: await read(dir, f.occupations.name, 'tsv', f.occupations.columns),
    contentModel: await read(dir, f.contentModel.name, 'tsv', f.contentModel.columns),
    skills: await read(dir, f.skills.name, 'tsv', f.skills.columns),
    knowledge: await read(dir, f.knowledge.name, 'tsv', f.knowledge.columns),
    technology: await read(dir, f.technology.name, 'tsv', f.technology.columns),
    iwa: await read(dir, f.iwa.name, 'tsv', f.iwa.columns),
    dwa: await read(dir, f.dwa.name, 'tsv', f.dwa.columns),
    alternate: await read(dir, 'Alternate Titles.txt', 'tsv', ['O*NET-SOC Code', 'Alternate Title']),
  };
  const occupations = parseOnetOccupations(t.occupations);
  const model = parseContentModel(t.contentModel);
  const codes = new Set(occupations.records.map((o) => o.code));
  const elements = new Set(model.skills.map((s) => s.code));
  const ratings = parseRatings([t.skills, t.knowledge], codes, elements);
  const tech = parseTechnology(t.technology, codes);
  const activities = parseWorkActivities(t.iwa, t.dwa, elements);

  const byCode = new Map<string, OnetOccupation>();
  for (const o of occupations.records)
    byCode.set(o.code, {
      scheme: 'ONET_SOC',
      code: o.code,
      title: o.title,
      labels: [o.title],
      group: o.code.slice(0, 4),
      ratings: [],
      tech: [],
    });
  for (const row of t.alternate.rows) {
    const occ = byCode.get(col(row, 'O*NET-SOC Code').trim());
    const title = col(row, 'Alternate Title').trim();
    if (occ && title && !occ.labels.includes(title)) occ.labels.push(title);
  }
  const skillRows: string[] = [];
  const rated = new Set<string>();
  for (const r of ratings.records) {
    if (r.importance === null || r.level === null) continue;
    const id = onetId(r.skill);
    byCode.get(r.occupation)!.ratings.push({ skillId: id, importance: r.importance, level: r.level });
    rated.add(id);
    if (r.importance >= 3) skillRows.push(id);
  }
  const examplesOf = new Map<string, string[]>();
  for (const l of tech.links) {
    const id = techId(l.skill);
    byCode.get(l.occupation)!.tech.push({ skillId: id, hot: l.hot });
    skillRows.push(id);
  }
  for (const h of tech.hierarchy)
    (examplesOf.get(h.broader) ?? examplesOf.set(h.broader, []).get(h.broader)!).push(techId(h.narrower));
  const techSiblings = new Map<string, string[]>();
  for (const examples of examplesOf.values())
    for (const e of examples)
      techSiblings.set(
        e,
        examples.filter((x) => x !== e),
      );
  return { model, tech, activities, occupations: [...byCode.values()], rated: [...rated].sort(), techSiblings, skillRows };
}

export async function loadTaxonomy(dataDir: string): Promise<Taxonomy> {
  const escoDir = path.join(dataDir, 'esco-1.1.1');
  const onetDir = path.join(dataDir, 'onet-29.0');
  for (const d of [escoDir, onetDir])
    if (!fs.existsSync(d)) throw new Error(`${d} not found (pass --data DIR or set SHARED_DATA)`);
  const esco = await loadEsco(escoDir);
  const onet = await loadOnet(onetDir);

  const hierarchy: HierarchyLink[] = [
    ...esco.broader.map((l) => ({ broaderId: escoId(l.broader), narrowerId: escoId(l.narrower) })),
    ...onet.model.hierarchy.map((l) => ({ broaderId: onetId(l.broader), narrowerId: onetId(l.narrower) })),
    ...onet.activities.hierarchy.map((l) => ({ broaderId: onetId(l.broader), narrowerId: onetId(l.narrower) })),
    ...onet.tech.hierarchy.map((l) => ({ broaderId: techId(l.broader), narrowerId: techId(l.narrower) })),
  ];
  const relations: RelationLink[] = esco.relations.map((l) => ({
    fromId: escoId(l.from),
    toId: escoId(l.to),
    kind: l.kind as RelationKind,
  }));
  const names = new Map<string, string>();
  for (const s of esco.skills) names.set(escoId(s.code), s.name);
  for (const s of [...onet.model.skills, ...onet.activities.skills]) names.set(onetId(s.code), s.name);
  for (const s of onet.tech.skills) names.set(techId(s.code), s.name);
  const escoOccupations = esco.occupations;
  const onetOccupations = onet.occupations.filter((o) => o.ratings.length > 0);
  return {
    esco: {
      occupations: escoOccupations,
      transversal: esco.transversal,
      hierarchyNeighbours: esco.hierarchyNeighbours,
      skillRows: esco.skillRows,
      essentialFor: esco.essentialFor,
    },
    onet: { occupations: onetOccupations, ratedElements: onet.rated, techSiblings: onet.techSiblings, skillRows: onet.skillRows },
    hierarchy,
    relations,
    groups: new Set([...esco.groupUris].map(escoId)),
    onetCategories: new Set(
      [...onet.model.skills, ...onet.activities.skills].filter((s) => isOnetCategory(s.code)).map((s) => onetId(s.code)),
    ),
    names,
    counts: {
      escoSkills: esco.skills.length - esco.groupUris.size,
      escoSkillGroups: esco.groupUris.size,
      escoOccupations: escoOccupations.length,
      onetOccupationsRated: onetOccupations.length,
      onetRatedElements: onet.rated.length,
      onetTechnologyExamples: onet.techSiblings.size,
      hierarchyLinks: hierarchy.length,
      escoRelations: relations.length,
    },
  };
}
