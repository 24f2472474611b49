/**
 * Mobility figures: where people went, for how long, how it ended, what they learned, and which
 * skills the open openings ask for against how many discoverable people have them. Aggregates
 * only: counts and sums, never a person or a rotation. Plain data in, figures out; the schema
 * layer (src/graphql/mobility.ts) decides the scope and reads the rows.
 *
 * Definitions (period = [from, to], calendar days, both included):
 * - Served days of a rotation: from its start date to the last day served: the end date for an
 *   ACTIVE rotation (as planned now), `endedOn` for a COMPLETED one or one CANCELLED after it
 *   started. Rotations that never started (PROPOSED, APPROVED before the start, cancelled before
 *   the start) have none.
 * - Flows: per (home agency → host agency), `count` = rotations with at least one served day in
 *   the period; `personMonths` = Σ served days in the period × commitment / 100 / 30.4375 (the
 *   mean month: 365.25 / 12 days), rounded to 2 decimals.
 * - averageDurationDays: mean served days (start to last day, inclusive) of the rotations
 *   COMPLETED with their last day in the period; null when none, rounded to 1 decimal.
 * - completionRate: completed / (completed + cancelled), where completed = rotations COMPLETED
 *   with their last day in the period and cancelled = rotations CANCELLED on a day in the period
 *   (at any stage, before or after the start); null when both are 0; rounded to 4 decimals.
 * - topSkillsGained: per skill, the number of rotations completed in the period (as above) whose
 *   host attested the skill as gained; most first, then by name.
 * - skillSupplyDemand: a snapshot at the time of the request, not of the period: per skill and
 *   minimum level asked for, the openings open now (status OPEN, deadline not passed) that ask
 *   for it, and the discoverable people with that skill at that level or higher.
 */
import { dayOf, daysInclusive, type RotationStatus } from '../rotations/rules.js';

export const DAYS_PER_MONTH = 30.4375;

export interface RotationRecord {
  homeAgencyId: string;
  hostAgencyId: string;
  /** Effective status (an APPROVED rotation past its start date is ACTIVE). */
  status: RotationStatus;
  startDate: Date;
  endDate: Date;
  endedOn: Date | null;
  commitmentPercent: number;
  cancelledAt: Date | null;
  /** Skill IDs the host attested as gained (completed rotations). */
  skillsGained: readonly string[];
}

export interface Period {
  from: Date;
  to: Date;
}

export interface Flow {
  fromAgencyId: string;
  toAgencyId: string;
  count: number;
  personMonths: number;
}

export interface SupplyDemand {
  skillId: string;
  minLevel: number;
  openOpenings: number;
  discoverablePeopleAtLevel: number;
}

export interface MobilityFigures {
  period: Period;
  flows: Flow[];
  /** Rotations with a served day in the period (the sum of the flow counts). */
  rotationsInService: number;
  personMonths: number;
  averageDurationDays: number | null;
  completed: number;
  cancelled: number;
  completionRate: number | null;
  topSkillsGained: { skillId: string; count: number }[];
  skillSupplyDemand: SupplyDemand[];
}

const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;
const within = (day: Date, p: Period) => day.getTime() >= p.from.getTime() && day.getTime() <= p.to.getTime();

/** Last day served, or null for a rotation that never started. */
export function lastServedDay(r: Pick<RotationRecord, 'status' | 'endDate' | 'endedOn'>): Date | null {
  if (r.status === 'ACTIVE') return r.endDate;
  if (r.status === 'COMPLETED' || r.status === 'CANCELLED') return r.endedOn;
  return null;
}

/** Served days of a rotation that fall in the period. */
export function servedDaysIn(r: Pick<RotationRecord, 'status' | 'startDate' | 'endDate' | 'endedOn'>, p: Period): number {
  const last = lastServedDay(r);
  if (!last) return 0;
  const from = r.startDate > p.from ? r.startDate : p.from;
  const to = last < p.to ? last : p.to;
  return daysInclusive(from, to);
}

const completedIn = (r: RotationRecord, p: Period) => r.status === 'COMPLETED' && r.endedOn !== null && within(r.endedOn, p);

export function computeMobilityFigures(
  rotations: readonly RotationRecord[],
  period: Period,
  supplyDemand: readonly SupplyDemand[],
  names: { agency: (id: string) => string; skill: (id: string) => string },
  top: number,
): MobilityFigures {
  const flows = new Map<string, { fromAgencyId: string; toAgencyId: string; count: number; months: number }>();
  let months = 0;
  for (const r of rotations) {
    const days = servedDaysIn(r, period);
    if (days === 0) continue;
    const key = `${r.homeAgencyId}>${r.hostAgencyId}`;
    const flow = flows.get(key) ?? { fromAgencyId: r.homeAgencyId, toAgencyId: r.hostAgencyId, count: 0, months: 0 };
    const m = (days * r.commitmentPercent) / 100 / DAYS_PER_MONTH;
    flow.count += 1;
    flow.months += m;
    months += m;
    flows.set(key, flow);
  }

  const completed = rotations.filter((r) => completedIn(r, period));
  const cancelled = rotations.filter(
    (r) => r.status === 'CANCELLED' && r.cancelledAt !== null && within(dayOf(r.cancelledAt), period),
  ).length;
  const durations = completed.map((r) => daysInclusive(r.startDate, r.endedOn!));

  const gained = new Map<string, number>();
  for (const r of completed) for (const skillId of new Set(r.skillsGained)) gained.set(skillId, (gained.get(skillId) ?? 0) + 1);

  const byName = (a: string, b: string) => a.localeCompare(b) || 0;
  return {
    period,
    flows: [...flows.values()]
      .map((f) => ({ fromAgencyId: f.fromAgencyId, toAgencyId: f.toAgencyId, count: f.count, personMonths: round(f.months, 2) }))
      .sort(
        (a, b) =>
          b.count - a.count ||
          b.personMonths - a.personMonths ||
          byName(names.agency(a.fromAgencyId), names.agency(b.fromAgencyId)) ||
          byName(names.agency(a.toAgencyId), names.agency(b.toAgencyId)),
      ),
    rotationsInService: [...flows.values()].reduce((sum, f) => sum + f.count, 0),
    personMonths: round(months, 2),
    averageDurationDays: durations.length ? round(durations.reduce((a, b) => a + b, 0) / durations.length, 1) : null,
    completed: completed.length,
    cancelled,
    completionRate: completed.length + cancelled ? round(completed.length / (completed.length + cancelled), 4) : null,
    topSkillsGained: [...gained]
      .map(([skillId, count]) => ({ skillId, count }))
      .sort((a, b) => b.count - a.count || byName(names.skill(a.skillId), names.skill(b.skillId)))
      .slice(0, top),
    skillSupplyDemand: [...supplyDemand]
      .sort(
        (a, b) =>
          b.openOpenings - a.openOpenings ||
          a.discoverablePeopleAtLevel - b.discoverablePeopleAtLevel ||
          byName(names.skill(a.skillId), names.skill(b.skillId)) ||
          a.minLevel - b.minLevel,
      )
      .slice(0, top),
  };
}

// ─── CSV ────────────────────────────────────────────────────────────────────

export const CSV_COLUMNS = [
  'metric',
  'from_agency',
  'to_agency',
  'skill',
  'skill_scheme',
  'skill_code',
  'min_level',
  'value',
] as const;

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break. Text that a
 * spreadsheet would run as a formula (starting with = + - @ or a tab / carriage return) is
 * prefixed with an apostrophe (OWASP CSV injection); numbers are written as they are.
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export interface CsvLabels {
  scope: string;
  agency: (id: string) => string;
  skill: (id: string) => { name: string; scheme: string; code: string };
}

/**
 * The figures as one tidy CSV table (one value per row, CRLF line ends, header first), so a
 * spreadsheet can filter and pivot it: period and scope, totals, flows, skills gained, supply
 * and demand.
 */
export function mobilityCsv(f: MobilityFigures, labels: CsvLabels): string {
  type Row = Partial<Record<(typeof CSV_COLUMNS)[number], string | number | null>>;
  const rows: Row[] = [
    { metric: 'period_from', value: f.period.from.toISOString().slice(0, 10) },
    { metric: 'period_to', value: f.period.to.toISOString().slice(0, 10) },
    { metric: 'scope', value: labels.scope },
    { metric: 'rotations_in_service', value: f.rotationsInService },
    { metric: 'person_months', value: f.personMonths },
    { metric: 'average_duration_days', value: f.averageDurationDays },
    { metric: 'completed', value: f.completed },
    { metric: 'cancelled', value: f.cancelled },
    { metric: 'completion_rate', value: f.completionRate },
  ];
  for (const flow of f.flows) {
    const ends = { from_agency: labels.agency(flow.fromAgencyId), to_agency: labels.agency(flow.toAgencyId) };
    rows.push(
      { metric: 'flow_count', ...ends, value: flow.count },
      { metric: 'flow_person_months', ...ends, value: flow.personMonths },
    );
  }
  const skill = (id: string) => {
    const s = labels.skill(id);
    return { skill: s.name, skill_scheme: s.scheme, skill_code: s.code };
  };
  for (const g of f.topSkillsGained) rows.push({ metric: 'skill_gained', ...skill(g.skillId), value: g.count });
  for (const s of f.skillSupplyDemand) {
    rows.push(
      { metric: 'open_openings', ...skill(s.skillId), min_level: s.minLevel, value: s.openOpenings },
      { metric: 'discoverable_people_at_level', ...skill(s.skillId), min_level: s.minLevel, value: s.discoverablePeopleAtLevel },
    );
  }
  const lines = [CSV_COLUMNS.join(','), ...rows.map((r) => CSV_COLUMNS.map((c) => csvCell(r[c])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
