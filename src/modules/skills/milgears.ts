/**
 * MilGears-style skill proposals: from a military occupation (via the O*NET military crosswalk)
 * or any O*NET / ESCO occupation ("I worked as …"), propose profile skills with a level. The
 * person accepts, edits or drops each one; nothing is added without them.
 *
 * Levels from O*NET: an occupation's level rating LV runs 0–7 (O*NET's anchors: 0 none … 7
 * highest expertise). It maps linearly onto our 1–5 scale and rounds: 1 + LV × 4/7, so
 * LV 0–0.87 → 1, 0.88–2.62 → 2, 2.63–4.37 → 3, 4.38–6.12 → 4, 6.13–7 → 5.
 * Only skills and knowledge that matter to the occupation are proposed: O*NET importance IM ≥ 3
 * ("important" on its 1–5 scale). Without a level rating the proposal is 3 (intermediate).
 * Technology skills carry no rating: hot or in-demand ones are proposed at 2 (novice), a
 * conservative start the person raises.
 * ESCO has no levels: essential skills are proposed at 3, optional ones at 2.
 */

export const MIN_IMPORTANCE = 3;
export const MAX_PROPOSALS = 60;

export function levelFromOnet(lv: number): 1 | 2 | 3 | 4 | 5 {
  const clamped = Math.min(7, Math.max(0, lv));
  return Math.min(5, Math.max(1, Math.round(1 + (clamped * 4) / 7))) as 1 | 2 | 3 | 4 | 5;
}

/** The columns of an occupation's skill ratings the proposals read (a Prisma `select`). */
export const OCCUPATION_RATING_SELECT = {
  skillId: true,
  importance: true,
  level: true,
  essential: true,
  hot: true,
  inDemand: true,
  skill: { select: { kind: true } },
} as const;

export interface OccupationRating {
  skillId: string;
  skillKind: string;
  importance: number | null;
  level: number | null;
  essential: boolean | null;
  hot: boolean;
  inDemand: boolean;
}

export interface Proposal {
  skillId: string;
  level: 1 | 2 | 3 | 4 | 5;
  /** For ordering and display: O*NET importance, or 5 / 3 for ESCO essential / optional. */
  weight: number;
  reason: string;
}

/** Proposals from the ratings of one or more occupations; per skill the strongest wins. */
export function proposeFromRatings(ratings: readonly OccupationRating[]): Proposal[] {
  const best = new Map<string, Proposal>();
  for (const r of ratings) {
    const p = proposal(r);
    if (!p) continue;
    const prev = best.get(p.skillId);
    if (!prev || p.level > prev.level || (p.level === prev.level && p.weight > prev.weight)) best.set(p.skillId, p);
  }
  // Deterministic: strongest first, then by skill ID.
  return [...best.values()]
    .sort((a, b) => b.weight - a.weight || b.level - a.level || a.skillId.localeCompare(b.skillId))
    .slice(0, MAX_PROPOSALS);
}

function proposal(r: OccupationRating): Proposal | null {
  if (r.skillKind === 'TECHNOLOGY') {
    if (!r.hot && !r.inDemand) return null;
    return {
      skillId: r.skillId,
      level: 2,
      weight: r.inDemand ? 3.5 : 3,
      reason: r.inDemand ? 'in-demand technology' : 'hot technology',
    };
  }
  if (r.essential !== null) {
    return r.essential
      ? { skillId: r.skillId, level: 3, weight: 5, reason: 'essential skill of the occupation' }
      : { skillId: r.skillId, level: 2, weight: 3, reason: 'optional skill of the occupation' };
  }
  if (r.importance === null || r.importance < MIN_IMPORTANCE) return null;
  return {
    skillId: r.skillId,
    level: r.level === null ? 3 : levelFromOnet(r.level),
    weight: r.importance,
    reason: `importance ${r.importance.toFixed(1)} of 5${r.level === null ? '' : `, level ${r.level.toFixed(1)} of 7`}`,
  };
}
