/** Checks of an opening's input against the database (skills, agencies) and itself (dates, grades). */
import type { OccupationScheme } from '@prisma/client';
import { OCCUPATION_RATING_SELECT, proposeFromRatings } from '../skills/milgears.js';
import type { Tx } from '../../platform/db/unit-of-work.js';
import { NotFoundError, ValidationError, type FieldProblem } from '../../graphql/errors/classes.js';
import type { SkillArg } from './input.js';
import { openingProblems } from './rules.js';

/** Agency IDs for codes or abbreviations (deduplicated); unknown ones are a ValidationError at `path`. */
export async function agencyIds(tx: Tx, names: string[], path: string[]): Promise<string[]> {
  const rows = await tx.agency.findMany({
    where: { OR: [{ code: { in: names } }, { abbreviation: { in: names } }] },
    select: { id: true, code: true, abbreviation: true },
  });
  const found = names.map((n) => rows.find((r) => r.code === n || r.abbreviation === n));
  const problems: FieldProblem[] = [];
  found.forEach((a, i) => {
    if (!a) problems.push({ path: [...path, String(i)], message: `unknown agency "${names[i]}"` });
  });
  if (problems.length) throw new ValidationError(problems);
  return [...new Set(found.map((a) => a!.id))];
}

export type SkillRow = { skillId: string; minLevel: number; weight: number; required: boolean };

/** The skills as rows; unknown or repeated ones are a ValidationError. */
export async function checkSkills(tx: Tx, skills: SkillArg[]): Promise<SkillRow[]> {
  const problems: FieldProblem[] = [];
  const ids = skills.map((s) => s.skill.id);
  const known = new Set((await tx.skill.findMany({ where: { id: { in: ids } }, select: { id: true } })).map((s) => s.id));
  ids.forEach((id, i) => {
    if (!known.has(id)) problems.push({ path: ['input', 'skills', String(i), 'skill'], message: 'unknown skill' });
    else if (ids.indexOf(id) !== i) problems.push({ path: ['input', 'skills', String(i), 'skill'], message: 'listed twice' });
  });
  if (problems.length) throw new ValidationError(problems);
  return skills.map((s) => ({ skillId: s.skill.id, minLevel: s.minLevel, weight: s.weight ?? 1, required: s.required ?? false }));
}

export function checkConsistency(o: Parameters<typeof openingProblems>[0]): void {
  const problems = openingProblems(o).map(([field, message]) => ({ path: ['input', field], message }));
  if (problems.length) throw new ValidationError(problems);
}

/** Skills in a stable order, for audit snapshots and comparisons. */
export const skillSnapshot = (rows: SkillRow[]): SkillRow[] =>
  rows
    .map(({ skillId, minLevel, weight, required }) => ({ skillId, minLevel, weight, required }))
    .sort((a, b) => a.skillId.localeCompare(b.skillId));

/** How many skills an occupation prefills: openings name a handful, not the whole profile. */
const MAX_PREFILLED_SKILLS = 12;

/**
 * Opening requirements from an occupation's ratings (the MilGears proposal rules): the most
 * important skills, their proposed level as the minimum, O*NET importance ≥ 4 or ESCO
 * essential as required, and importance / 5 as the weight.
 */
export async function skillsFromOccupation(
  db: Pick<Tx, 'occupation' | 'occupationSkill'>,
  ref: { scheme: OccupationScheme; code: string },
) {
  const occupation = await db.occupation.findUnique({ where: { scheme_code: { scheme: ref.scheme, code: ref.code } } });
  if (!occupation) throw new NotFoundError('Occupation', `${ref.scheme} ${ref.code}`);
  const ratings = await db.occupationSkill.findMany({
    where: { occupationId: occupation.id },
    select: OCCUPATION_RATING_SELECT,
  });
  const skills = proposeFromRatings(ratings.map((r) => ({ ...r, skillKind: r.skill.kind })))
    .slice(0, MAX_PREFILLED_SKILLS)
    .map((p) => ({
      skillId: p.skillId,
      minLevel: p.level,
      weight: Math.round((p.weight / 5) * 100) / 100,
      required: p.weight >= 4,
      reason: p.reason,
    }));
  return { occupation, skills };
}
