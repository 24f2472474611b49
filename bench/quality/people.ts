/**
 * Generated openings and people. One generator per scheme, used alike for every person: whether a
 * person is relevant to an opening is decided only afterwards, by the occupation they were drawn
 * from, so relevant and irrelevant people cannot differ in anything but that occupation.
 *
 * ESCO opening (real occupation): up to 10 essential skills as required (weight 1, minLevel 2–4
 * uniform) and up to 5 optional ones as desired (weight 0.5, minLevel 1–3), each a random sample.
 * ESCO person: each essential skill of the occupation kept with p 0.7 (level ≈ N(3.3, 1)), each
 * optional with p 0.25 (level ≈ N(2.6, 1)), plus 1–3 unrelated skills drawn from all occupation–
 * skill rows (level ≈ N(2.5, 1)); at most 40 skills; then 20% of the skills (as far as they have
 * one) replaced by a direct broader or narrower skill of the ESCO hierarchy, never a skill group,
 * keeping the level. A generalist (15% of people) has two occupations with lower keep rates
 * (0.5 / 0.15 each).
 * O*NET opening: the elements of Skills.txt / Knowledge.txt with importance IM ≥ 3.5 (the 8 most
 * important; at least the top 3) as required, the next up to 4 with IM ≥ 3.0 as desired (weight
 * 0.5), minLevel levelFromOnet(LV) for both; 1–3 of the occupation's hot technologies as desired
 * (weight 0.5, minLevel 2).
 * O*NET person: each rated element with p = clamp((IM − 2.25) / 2.5, 0, 0.9) at levelFromOnet(LV)
 * ± 1 (25% each way), hot technologies with p 0.35 and others with p 0.08 (at most 10, level
 * ≈ N(3, 1)), 1–3 unrelated skills from all rows; 20% of the technology skills replaced by another
 * example of the same UNSPSC commodity (a tool a person knows instead of the one listed). Rated
 * elements are not swapped: their parents are content-model categories ("Basic Skills"), not
 * skills people hold. Generalists as for ESCO (keep rates × 0.7).
 * Trust of every person's skill, drawn independently of everything else: 0 claimed 40%,
 * 1 evidenced 25%, 2 endorsed 15%, 3 supervisor-attested 10%, 4 verified 10%.
 */
import { levelFromOnet } from '../../src/modules/skills/milgears.js';
import { levelAround, type Rng } from './rng.js';
import type { EscoOccupation, OnetOccupation, Taxonomy } from './taxonomy.js';

export const TRUST_MIX = [0.4, 0.25, 0.15, 0.1, 0.1] as const;
export const GENERALIST_SHARE = 0.15;
export const SWAP_SHARE = 0.2;
const MAX_PROFILE = 40;

export interface PersonSkill {
  skillId: string;
  level: number;
  /** 0 claimed, 1 evidenced, 2 endorsed, 3 supervisor-attested, 4 verified. */
  trust: number;
}

export interface Person {
  id: string;
  skills: PersonSkill[];
  /** Occupation codes the person was generated from (empty for adversaries). */
  occupations: string[];
  /** Their groups (ISCO unit group / SOC minor group). */
  groups: string[];
  /** Label of an adversarial profile. */
  adversary?: string;
  /** Skills replaced by a hierarchy neighbour (or technology sibling). */
  swapped: number;
}

export interface TestOpeningSkill {
  skillId: string;
  weight: number;
  minLevel: number;
  required: boolean;
}

export interface TestOpening {
  scheme: 'ESCO' | 'ONET_SOC';
  occupation: string;
  group: string;
  title: string;
  skills: TestOpeningSkill[];
}

interface Draft {
  skillId: string;
  level: number;
}

/** Skills in the order the app passes them: required first, weight descending, then skill ID. */
function appOrder(skills: TestOpeningSkill[]): TestOpeningSkill[] {
  return skills.sort(
    (a, b) =>
      Number(b.required) - Number(a.required) ||
      b.weight - a.weight ||
      (a.skillId < b.skillId ? -1 : a.skillId > b.skillId ? 1 : 0),
  );
}

/** One skill per ID, the highest level kept. */
function dedupe(drafts: Draft[]): Draft[] {
  const best = new Map<string, Draft>();
  for (const d of drafts) {
    const had = best.get(d.skillId);
    if (!had || had.level < d.level) best.set(d.skillId, d);
  }
  return [...best.values()];
}

function withTrust(rng: Rng, drafts: Draft[]): PersonSkill[] {
  return drafts.map((d) => ({ ...d, trust: rng.weightedIndex(TRUST_MIX) }));
}

/** 1–3 skills from the real occupation–skill rows that the person does not have yet. */
function unrelated(rng: Rng, rows: readonly string[], own: ReadonlySet<string>, mean: number): Draft[] {
  const out: Draft[] = [];
  const n = rng.int(1, 3);
  for (let tries = 0; out.length < n && tries < 20; tries++) {
    const id = rng.pick(rows);
    if (!own.has(id)) out.push({ skillId: id, level: levelAround(rng, mean) });
  }
  return out;
}

/** Replaces SWAP_SHARE of the skills (of those that have an alternative) by an alternative. */
function swap(
  rng: Rng,
  drafts: Draft[],
  alternatives: (skillId: string) => readonly string[] | undefined,
  share: number,
): { drafts: Draft[]; swapped: number } {
  const swappable = drafts.map((d, i) => i).filter((i) => (alternatives(drafts[i]!.skillId)?.length ?? 0) > 0);
  const n = Math.min(swappable.length, Math.round(share * drafts.length));
  const out = [...drafts];
  for (const i of rng.sample(swappable, n)) {
    const d = out[i]!;
    out[i] = { skillId: rng.pick(alternatives(d.skillId)!), level: d.level };
  }
  return { drafts: out, swapped: n };
}

function capped(rng: Rng, drafts: Draft[]): Draft[] {
  return drafts.length <= MAX_PROFILE ? drafts : rng.sample(drafts, MAX_PROFILE);
}

// ─── ESCO ───────────────────────────────────────────────────────────────────────────────────────

export function escoOpening(rng: Rng, occ: EscoOccupation): TestOpening {
  const required = rng
    .sample(occ.essential, 10)
    .map((skillId) => ({ skillId, weight: 1, minLevel: rng.int(2, 4), required: true }));
  const desired = rng
    .sample(occ.optional, 5)
    .map((skillId) => ({ skillId, weight: 0.5, minLevel: rng.int(1, 3), required: false }));
  return {
    scheme: 'ESCO',
    occupation: occ.code,
    group: occ.group,
    title: occ.title,
    skills: appOrder([...required, ...desired]),
  };
}

export function escoPerson(rng: Rng, tax: Taxonomy, occs: readonly EscoOccupation[]): Person {
  const generalist = occs.length > 1;
  const drafts: Draft[] = [];
  for (const occ of occs) {
    for (const s of occ.essential)
      if (rng.chance(generalist ? 0.5 : 0.7)) drafts.push({ skillId: s, level: levelAround(rng, 3.3) });
    for (const s of occ.optional)
      if (rng.chance(generalist ? 0.15 : 0.25)) drafts.push({ skillId: s, level: levelAround(rng, 2.6) });
  }
  const own = new Set(occs.flatMap((o) => [...o.essential, ...o.optional]));
  drafts.push(...unrelated(rng, tax.esco.skillRows, own, 2.5));
  const swapped = swap(rng, capped(rng, dedupe(drafts)), (id) => tax.esco.hierarchyNeighbours.get(id), SWAP_SHARE);
  return {
    id: '',
    skills: withTrust(rng, dedupe(swapped.drafts)),
    occupations: occs.map((o) => o.code),
    groups: occs.map((o) => o.group),
    swapped: swapped.swapped,
  };
}

// ─── O*NET ──────────────────────────────────────────────────────────────────────────────────────

export function onetOpening(rng: Rng, occ: OnetOccupation): TestOpening {
  const byImportance = [...occ.ratings].sort((a, b) => b.importance - a.importance || (a.skillId < b.skillId ? -1 : 1));
  let required = byImportance.filter((r) => r.importance >= 3.5).slice(0, 8);
  if (required.length < 3) required = byImportance.slice(0, 3);
  const desired = byImportance
    .slice(required.length)
    .filter((r) => r.importance >= 3)
    .slice(0, 4);
  const hot = occ.tech.filter((t) => t.hot);
  const tech = rng.sample(hot, rng.int(1, 3));
  return {
    scheme: 'ONET_SOC',
    occupation: occ.code,
    group: occ.group,
    title: occ.title,
    skills: appOrder([
      ...required.map((r) => ({ skillId: r.skillId, weight: 1, minLevel: levelFromOnet(r.level), required: true })),
      ...desired.map((r) => ({ skillId: r.skillId, weight: 0.5, minLevel: levelFromOnet(r.level), required: false })),
      ...tech.map((t) => ({ skillId: t.skillId, weight: 0.5, minLevel: 2, required: false })),
    ]),
  };
}

export function onetPerson(rng: Rng, tax: Taxonomy, occs: readonly OnetOccupation[]): Person {
  const f = occs.length > 1 ? 0.7 : 1;
  const drafts: Draft[] = [];
  let tech: Draft[] = [];
  for (const occ of occs) {
    for (const r of occ.ratings) {
      const p = Math.min(0.9, Math.max(0, (r.importance - 2.25) / 2.5)) * f;
      if (!rng.chance(p)) continue;
      const noise = rng.weightedIndex([0.25, 0.5, 0.25]) - 1;
      drafts.push({ skillId: r.skillId, level: Math.min(5, Math.max(1, levelFromOnet(r.level) + noise)) });
    }
    for (const t of occ.tech)
      if (rng.chance((t.hot ? 0.35 : 0.08) * f)) tech.push({ skillId: t.skillId, level: levelAround(rng, 3) });
  }
  tech = dedupe(tech);
  if (tech.length > 10) tech = rng.sample(tech, 10);
  const swapped = swap(rng, tech, (id) => tax.onet.techSiblings.get(id), SWAP_SHARE);
  const own = new Set(occs.flatMap((o) => [...o.ratings.map((r) => r.skillId), ...o.tech.map((t) => t.skillId)]));
  const all = [...drafts, ...swapped.drafts, ...unrelated(rng, tax.onet.skillRows, own, 2.5)];
  return {
    id: '',
    skills: withTrust(rng, capped(rng, dedupe(all))),
    occupations: occs.map((o) => o.code),
    groups: occs.map((o) => o.group),
    swapped: swapped.swapped,
  };
}

// ─── Adversarial profiles ───────────────────────────────────────────────────────────────────────

/** A profile claiming these skills, all at level 5, all unevidenced (trust 0). */
export function adversary(label: string, skillIds: readonly string[]): Person {
  return {
    id: '',
    skills: skillIds.map((skillId) => ({ skillId, level: 5, trust: 0 })),
    occupations: [],
    groups: [],
    adversary: label,
    swapped: 0,
  };
}

/** The n skills held by the most people of the population (ties by skill ID). */
export function mostCommonSkills(people: readonly Person[], n: number): string[] {
  const count = new Map<string, number>();
  for (const p of people) for (const s of p.skills) count.set(s.skillId, (count.get(s.skillId) ?? 0) + 1);
  return [...count.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, n)
    .map(([id]) => id);
}
