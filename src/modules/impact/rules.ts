/**
 * Adverse-impact monitoring as plain rules (EEOC Uniform Guidelines, 29 CFR 1607.4(D): a group's
 * selection rate under four fifths of the highest group's rate is evidence of adverse impact).
 * Inputs are (person, opening) observations with the person's self-identification; outputs are
 * aggregates only, with small groups suppressed.
 *
 * Stages and their bases (the rate is passed / base, per group):
 *   TOP_20      base: candidates the ranking scored for the opening (eligible, score > 0);
 *               passed: ranked in its first 20.
 *   APPLIED     base: those candidates and the applicants; passed: applied.
 *   SHORTLISTED base: applicants; passed: ever shortlisted (selected ones were).
 *   SELECTED    base: applicants; passed: selected.
 */

export const DIMENSIONS = ['SEX', 'RACE_ETHNICITY', 'DISABILITY', 'VETERAN'] as const;
export type Dimension = (typeof DIMENSIONS)[number];
export const STAGES = ['TOP_20', 'APPLIED', 'SHORTLISTED', 'SELECTED'] as const;
export type Stage = (typeof STAGES)[number];

export const TOP_N = 20;
export const FOUR_FIFTHS = 0.8;
export const DEFAULT_MIN_GROUP_SIZE = 5;
/** Below five a group is small enough to point at a person; a report may ask for more, never less. */
export const MIN_MIN_GROUP_SIZE = 5;
export const NOT_ANSWERED = 'NOT_ANSWERED';
/** Two or more race and ethnicity categories (OMB SPD 15 reports them as "multiracial and/or multiethnic"). */
export const MULTIPLE = 'TWO_OR_MORE';

export const SEX_VALUES = ['FEMALE', 'MALE', 'DECLINED_TO_ANSWER'] as const;
export const RACE_ETHNICITY_VALUES = [
  'AMERICAN_INDIAN_OR_ALASKA_NATIVE',
  'ASIAN',
  'BLACK_OR_AFRICAN_AMERICAN',
  'HISPANIC_OR_LATINO',
  'MIDDLE_EASTERN_OR_NORTH_AFRICAN',
  'NATIVE_HAWAIIAN_OR_PACIFIC_ISLANDER',
  'WHITE',
  'DECLINED_TO_ANSWER',
] as const;
export const DISABILITY_VALUES = ['HAS_DISABILITY', 'NO_DISABILITY', 'DECLINED_TO_ANSWER'] as const;
export const VETERAN_VALUES = ['VETERAN', 'NOT_VETERAN', 'DECLINED_TO_ANSWER'] as const;
export const DECLINED = 'DECLINED_TO_ANSWER';

export interface SelfId {
  sex: string | null;
  raceEthnicity: readonly string[];
  disability: string | null;
  veteran: string | null;
}

/** Why a self-identification is refused, or null: "declined" stands alone among races. */
export function selfIdRefusal(s: Pick<SelfId, 'raceEthnicity'>): { path: string; message: string } | null {
  if (s.raceEthnicity.includes(DECLINED) && s.raceEthnicity.length > 1)
    return { path: 'raceEthnicity', message: 'DECLINED_TO_ANSWER cannot be combined with a category' };
  if (new Set(s.raceEthnicity).size !== s.raceEthnicity.length)
    return { path: 'raceEthnicity', message: 'each category at most once' };
  return null;
}

/** The group a person counts in for a dimension; unanswered and declined answers are NOT_ANSWERED. */
export function groupOf(dimension: Dimension, s: SelfId | null): string {
  if (!s) return NOT_ANSWERED;
  const one = (v: string | null) => (v === null || v === DECLINED ? NOT_ANSWERED : v);
  switch (dimension) {
    case 'SEX':
      return one(s.sex);
    case 'DISABILITY':
      return one(s.disability);
    case 'VETERAN':
      return one(s.veteran);
    case 'RACE_ETHNICITY': {
      const chosen = s.raceEthnicity.filter((r) => r !== DECLINED);
      if (chosen.length === 0) return NOT_ANSWERED;
      return chosen.length === 1 ? chosen[0]! : MULTIPLE;
    }
  }
}

/** One person's part in one opening's process. */
export interface Observation {
  selfId: SelfId | null;
  /** Scored by the ranking (eligible, score > 0). */
  ranked: boolean;
  top: boolean;
  applied: boolean;
  shortlisted: boolean;
  selected: boolean;
}

function inBase(stage: Stage, o: Observation): boolean {
  if (stage === 'TOP_20') return o.ranked;
  if (stage === 'APPLIED') return o.ranked || o.applied;
  return o.applied;
}

function passed(stage: Stage, o: Observation): boolean {
  if (stage === 'TOP_20') return o.top;
  if (stage === 'APPLIED') return o.applied;
  if (stage === 'SHORTLISTED') return o.shortlisted || o.selected;
  return o.selected;
}

export interface GroupResult {
  group: string;
  /** Null when suppressed (the base is under the minimum group size). */
  population: number | null;
  count: number | null;
  rate: number | null;
  /** Rate over the highest compared group's rate; null when suppressed, unanswered, or no group passed. */
  impactRatio: number | null;
  /** Under four fifths of the highest group's rate. */
  adverseImpact: boolean;
  suppressed: boolean;
}

export interface StageResult {
  stage: Stage;
  /** The group with the highest rate among those compared; null when none could be. */
  highestGroup: string | null;
  groups: GroupResult[];
}

export interface DimensionResult {
  dimension: Dimension;
  stages: StageResult[];
}

export function stageResult(dimension: Dimension, stage: Stage, obs: readonly Observation[], minGroupSize: number): StageResult {
  const tally = new Map<string, { population: number; count: number }>();
  for (const o of obs) {
    if (!inBase(stage, o)) continue;
    const g = groupOf(dimension, o.selfId);
    const t = tally.get(g) ?? tally.set(g, { population: 0, count: 0 }).get(g)!;
    t.population++;
    if (passed(stage, o)) t.count++;
  }
  const shown = [...tally.entries()].map(([group, t]) => ({
    group,
    ...t,
    rate: t.count / t.population,
    suppressed: t.population < minGroupSize,
  }));
  const compared = shown.filter((g) => !g.suppressed && g.group !== NOT_ANSWERED);
  const highest = compared.reduce<(typeof compared)[number] | null>(
    (best, g) => (!best || g.rate > best.rate || (g.rate === best.rate && g.group < best.group) ? g : best),
    null,
  );
  const groups: GroupResult[] = shown
    .sort((a, b) => a.group.localeCompare(b.group))
    .map((g) => {
      if (g.suppressed)
        return {
          group: g.group,
          population: null,
          count: null,
          rate: null,
          impactRatio: null,
          adverseImpact: false,
          suppressed: true,
        };
      const ratio = g.group !== NOT_ANSWERED && highest && highest.rate > 0 ? g.rate / highest.rate : null;
      return {
        group: g.group,
        population: g.population,
        count: g.count,
        rate: g.rate,
        impactRatio: ratio,
        adverseImpact: ratio !== null && ratio < FOUR_FIFTHS,
        suppressed: false,
      };
    });
  return { stage, highestGroup: highest && highest.rate > 0 ? highest.group : null, groups };
}

export function impactReport(
  obs: readonly Observation[],
  dimensions: readonly Dimension[],
  minGroupSize: number,
): DimensionResult[] {
  return dimensions.map((dimension) => ({
    dimension,
    stages: STAGES.map((stage) => stageResult(dimension, stage, obs, minGroupSize)),
  }));
}

/** Comparisons made (a group against the highest) and how many fell under four fifths. */
export function summarize(results: readonly DimensionResult[]): { compared: number; flagged: number } {
  let compared = 0;
  let flagged = 0;
  for (const d of results)
    for (const s of d.stages)
      for (const g of s.groups) {
        if (g.impactRatio === null || g.group === s.highestGroup) continue;
        compared++;
        if (g.adverseImpact) flagged++;
      }
  return { compared, flagged };
}

export const IMPACT_CSV_COLUMNS = [
  'dimension',
  'stage',
  'group',
  'population',
  'count',
  'rate',
  'impact_ratio',
  'adverse_impact',
  'suppressed',
] as const;

export function impactCsvRows(
  results: readonly DimensionResult[],
): Record<(typeof IMPACT_CSV_COLUMNS)[number], string | number | null>[] {
  const rows = [];
  for (const d of results)
    for (const s of d.stages)
      for (const g of s.groups)
        rows.push({
          dimension: d.dimension,
          stage: s.stage,
          group: g.group,
          population: g.population,
          count: g.count,
          rate: g.rate === null ? null : Number(g.rate.toFixed(4)),
          impact_ratio: g.impactRatio === null ? null : Number(g.impactRatio.toFixed(4)),
          adverse_impact: g.adverseImpact ? 'true' : 'false',
          suppressed: g.suppressed ? 'true' : 'false',
        });
  return rows;
}

/** Why a report's scope is refused: one opening, or a period of at most three years. */
export function reportScopeRefusal(input: {
  opening?: string | null;
  from?: Date | null;
  to?: Date | null;
  minGroupSize?: number | null;
}): { path: string; message: string } | null {
  if (input.minGroupSize != null && (input.minGroupSize < MIN_MIN_GROUP_SIZE || input.minGroupSize > 1000))
    return { path: 'minGroupSize', message: `between ${MIN_MIN_GROUP_SIZE} and 1000` };
  if (input.opening) {
    if (input.from || input.to) return { path: 'from', message: 'give an opening or a period, not both' };
    return null;
  }
  if (!input.from || !input.to) return { path: 'from', message: 'give an opening, or a period with `from` and `to`' };
  if (input.from >= input.to) return { path: 'to', message: '`to` must be after `from`' };
  if (input.to.getTime() - input.from.getTime() > 3 * 366 * 86_400_000)
    return { path: 'to', message: 'a period of at most three years' };
  return null;
}
