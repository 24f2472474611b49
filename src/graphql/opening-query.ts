/**
 * Browsing openings: the caller's filter and visibility as one Prisma `where`. The visibility
 * part mirrors canSeeOpening (src/modules/openings/rules.ts) and the status part effectiveStatus, so a
 * listed opening is always one the caller may open, shown with the status the list filtered on.
 */
import type { Prisma, PrismaClient } from '@prisma/client';
import { CROSS_AGENCY_ONLY, type OpeningStatus, type ProgramType } from '../modules/openings/rules.js';
import { admitsWhere, statusWhere, visibilityWhere } from '../modules/openings/queries.js';
import { searchWords } from '../modules/openings/search-text.js';
import type { Context } from '../app/context.js';
import { ValidationError } from './errors/classes.js';

export interface OpeningFilterArgs {
  keyword?: string | null;
  skills?: { id: string }[] | null;
  includeNarrowerSkills?: boolean | null;
  hostAgencies?: string[] | null;
  programTypes?: ProgramType[] | null;
  commitmentMin?: number | null;
  commitmentMax?: number | null;
  remoteModes?: ('ONSITE' | 'HYBRID' | 'REMOTE')[] | null;
  location?: string | null;
  startFrom?: Date | null;
  startTo?: Date | null;
  grade?: number | null;
  openToMyAgency?: boolean | null;
  statuses?: OpeningStatus[] | null;
}

/** Skills plus everything narrower, following the taxonomy down (bounded: taxonomies are shallow). */
const MAX_SKILL_CLOSURE = 5000;

async function withNarrower(prisma: PrismaClient, ids: string[]): Promise<string[]> {
  const rows = await prisma.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE down(id, depth) AS (
      SELECT unnest(${ids}::uuid[]), 0
      UNION
      SELECT h."narrowerId", d.depth + 1 FROM "SkillHierarchy" h JOIN down d ON h."broaderId" = d.id WHERE d.depth < 8
    )
    SELECT DISTINCT id::text AS id FROM down LIMIT ${MAX_SKILL_CLOSURE}`;
  return rows.map((r) => r.id);
}

export { statusWhere, visibilityWhere };

export async function openingWhere(
  ctx: Context,
  filter: OpeningFilterArgs | null | undefined,
  now: Date,
): Promise<Prisma.OpeningWhereInput> {
  const viewer = ctx.viewer!;
  const chain = await ctx.loaders.agencyChain.load(viewer.agencyId);
  const and: Prisma.OpeningWhereInput[] = [visibilityWhere(viewer, chain)];
  const f = filter ?? {};

  const statuses = f.statuses?.length ? f.statuses : (['OPEN'] as const);
  and.push({ OR: statuses.map((s) => statusWhere(s, now)) });

  // Every word must start a word of the title or description.
  for (const word of searchWords(f.keyword ?? '')) and.push({ searchText: { contains: ` ${word}` } });

  if (f.skills?.length) {
    const ids = f.skills.map((s) => s.id);
    const skillIds = f.includeNarrowerSkills === false ? ids : await withNarrower(ctx.prisma, ids);
    and.push({ skills: { some: { skillId: { in: skillIds } } } });
  }
  if (f.hostAgencies?.length) and.push({ hostAgencyId: { in: await agenciesWithBureaus(ctx, f.hostAgencies) } });
  if (f.programTypes?.length) and.push({ programType: { in: f.programTypes } });
  if (f.commitmentMin != null || f.commitmentMax != null) {
    and.push({
      commitmentPercent: {
        ...(f.commitmentMin != null ? { gte: f.commitmentMin } : {}),
        ...(f.commitmentMax != null ? { lte: f.commitmentMax } : {}),
      },
    });
  }
  if (f.remoteModes?.length) and.push({ remoteMode: { in: f.remoteModes } });
  if (f.location) and.push({ location: { contains: f.location, mode: 'insensitive' } });
  if (f.startFrom) and.push({ startDate: { gte: f.startFrom } });
  if (f.startTo) and.push({ startDate: { lte: f.startTo } });
  if (f.grade != null) {
    and.push(
      { OR: [{ gradeMin: null }, { gradeMin: { lte: f.grade } }] },
      { OR: [{ gradeMax: null }, { gradeMax: { gte: f.grade } }] },
    );
  }
  if (f.openToMyAgency) {
    and.push(admitsWhere(chain), { NOT: { hostAgencyId: viewer.agencyId, programType: { in: [...CROSS_AGENCY_ONLY] } } });
  }
  return { AND: and };
}

/** Agencies named by code or abbreviation, with their bureaus; an unknown name is an input error. */
async function agenciesWithBureaus(ctx: Context, names: string[]): Promise<string[]> {
  const found = await ctx.loaders.agencyByCode.loadMany(names);
  const problems = names
    .map((n, i) =>
      found[i] && !(found[i] instanceof Error)
        ? null
        : { path: ['filter', 'hostAgencies', String(i)], message: `unknown agency "${n}"` },
    )
    .filter((p) => p !== null);
  if (problems.length) throw new ValidationError(problems);
  const all = await ctx.prisma.agency.findMany({ select: { id: true, parentId: true } });
  const ids = new Set(found.map((a) => (a as { id: string }).id));
  // Agencies are few; add children until nothing changes.
  for (let grew = true; grew;) {
    grew = false;
    for (const a of all) {
      if (a.parentId && ids.has(a.parentId) && !ids.has(a.id)) {
        ids.add(a.id);
        grew = true;
      }
    }
  }
  return [...ids];
}

export const OPENING_ORDER = {
  NEWEST: [{ listedAt: 'desc' }, { id: 'desc' }],
  DEADLINE: [{ applicationDeadline: 'asc' }, { id: 'asc' }],
  START_DATE: [{ startDate: 'asc' }, { id: 'asc' }],
} as const satisfies Record<string, Prisma.OpeningOrderByWithRelationInput[]>;
