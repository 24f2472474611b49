/**
 * Adverse-impact reports and the self-identification they count. Reports read the ranking through
 * a function the caller passes (the running match index), so this module never hands the engine
 * anything: demographics flow out of the database into aggregates, never into a score.
 */
import type { Opening, Prisma, PrismaClient } from '@prisma/client';
import type { Principal } from '../../platform/auth/principal.js';
import { audit } from '../../platform/db/audit.js';
import { applicationsOf, openingsInPeriod, selfIdsOf } from './queries.js';
import { impactReport, summarize, TOP_N, type Dimension, type DimensionResult, type Observation, type SelfId } from './rules.js';

/** Profile IDs the ranking scores for an opening, best first (eligible, score > 0). */
export type Ranking = (opening: Opening) => Promise<string[]>;

export interface ImpactScope {
  opening?: Opening;
  period?: { from: Date; to: Date };
}

export interface ImpactReport {
  generatedAt: Date;
  agencyId: string;
  opening: Opening | null;
  period: { from: Date; to: Date } | null;
  openings: number;
  algorithm: string;
  minGroupSize: number;
  dimensions: DimensionResult[];
  compared: number;
  flagged: number;
}

export async function impactReportFor(
  prisma: PrismaClient,
  agencyId: string,
  scope: ImpactScope,
  opts: { rank: Ranking; algorithm: string; dimensions: readonly Dimension[]; minGroupSize: number },
): Promise<ImpactReport> {
  const openings = scope.opening
    ? [scope.opening]
    : await openingsInPeriod(prisma, agencyId, scope.period!.from, scope.period!.to);
  const apps = await applicationsOf(
    prisma,
    openings.map((o) => o.id),
  );
  // One opening at a time: a ranking may hold every profile of the index.
  const perOpening: { ranked: string[]; opening: Opening }[] = [];
  for (const o of openings) perOpening.push({ opening: o, ranked: await opts.rank(o) });

  const people = new Set<string>();
  for (const { opening, ranked } of perOpening) {
    for (const id of ranked) people.add(id);
    for (const a of apps.get(opening.id) ?? []) people.add(a.profileId);
  }
  const selfIds = await selfIdsOf(prisma, [...people]);

  const observations: Observation[] = [];
  for (const { opening, ranked } of perOpening) {
    const byPerson = new Map<string, Observation>();
    const at = (id: string) =>
      byPerson.get(id) ??
      byPerson
        .set(id, {
          selfId: selfIds.get(id) ?? null,
          ranked: false,
          top: false,
          applied: false,
          shortlisted: false,
          selected: false,
        })
        .get(id)!;
    ranked.forEach((id, i) => Object.assign(at(id), { ranked: true, top: i < TOP_N }));
    for (const a of apps.get(opening.id) ?? []) {
      const o = at(a.profileId);
      o.applied = true;
      o.shortlisted ||= a.shortlisted;
      o.selected ||= a.selected;
    }
    observations.push(...byPerson.values());
  }

  const dimensions = impactReport(observations, opts.dimensions, opts.minGroupSize);
  const { compared, flagged } = summarize(dimensions);
  const run = await prisma.impactReportRun.create({
    data: {
      agencyId,
      openingId: scope.opening?.id ?? null,
      periodFrom: scope.period?.from ?? null,
      periodTo: scope.period?.to ?? null,
      algorithm: opts.algorithm,
      minGroupSize: opts.minGroupSize,
      compared,
      flagged,
    },
  });
  return {
    generatedAt: run.at,
    agencyId,
    opening: scope.opening ?? null,
    period: scope.period ?? null,
    openings: openings.length,
    algorithm: opts.algorithm,
    minGroupSize: opts.minGroupSize,
    dimensions,
    compared,
    flagged,
  };
}

/** The most recent report run anywhere (about.matching). */
export function lastReportRun(prisma: Pick<PrismaClient, 'impactReportRun'>) {
  return prisma.impactReportRun.findFirst({ orderBy: { id: 'desc' } });
}

export async function mySelfIdentification(prisma: Pick<PrismaClient, 'selfIdentification'>, viewer: Principal) {
  return prisma.selfIdentification.findUnique({ where: { subject: viewer.subject } });
}

export type SelfIdChange = Partial<{
  sex: SelfId['sex'];
  raceEthnicity: string[] | null;
  disability: SelfId['disability'];
  veteran: SelfId['veteran'];
}>;

/**
 * Sets the viewer's answers: omitted fields stay, null clears one (back to "not answered").
 * Audited without the answers themselves: the audit log is read by the privacy office.
 */
export async function setMySelfIdentification(
  prisma: PrismaClient,
  actor: { viewer: Principal | null; requestId?: string },
  change: SelfIdChange,
) {
  const subject = actor.viewer!.subject;
  const data = Object.fromEntries(
    Object.entries(change).filter(([, v]) => v !== undefined),
  ) as Prisma.SelfIdentificationUncheckedUpdateInput;
  if (change.raceEthnicity === null) data.raceEthnicity = [];
  return prisma.$transaction(async (tx) => {
    const row = await tx.selfIdentification.upsert({
      where: { subject },
      create: { ...(data as Prisma.SelfIdentificationUncheckedCreateInput), subject },
      update: data,
    });
    await audit(tx, actor, {
      action: 'self_identification.update',
      entityType: 'SelfIdentification',
      entityId: row.id,
      after: { fields: Object.keys(change).sort() },
    });
    return row;
  });
}
