/**
 * Ranked matches, both ways: candidates for an opening (host hiring managers and HR), and
 * openings for the viewer. Scores come from the in-memory index (src/matching/service.ts) with
 * the rules of src/matching/engine/score.ts; every result carries its explanation, from which
 * the score can be recomputed. Eligibility (src/matching/engine/eligibility.ts) filters first.
 */
import type { Opening as OpeningRow, Prisma } from '@prisma/client';
import { resolveOffsetConnection } from '@pothos/plugin-relay';
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { Context } from '../app/context.js';
import type { EligibilityQuery } from '../matching/engine/doc-attributes.js';
import type { CandidatePool, Commitment } from '../matching/engine/eligibility.js';
import { TRUST_CLASSES, trustOf, type Algorithm } from '../matching/engine/model.js';
import { explain, type Explanation, type Opening as MatchOpening, type SkillExplanation } from '../matching/engine/score.js';
import { applyRefusal, editsOpenings, endDateOf } from '../modules/openings/rules.js';
import { agencyChains } from '../app/loaders.js';
import { builder } from './builder.js';
import { nonEmpty } from './common.js';
import { Opening } from './opening.js';
import { statusWhere, visibilityWhere } from './opening-query.js';
import { Viewer } from './viewer.js';

const MatchKind = builder.enumType('MatchKind', {
  description: 'How the candidate’s skill relates to the opening’s.',
  values: {
    EXACT: { description: 'The same skill.' },
    EQUIVALENT: {
      description:
        'A skill of the other taxonomy (O*NET ↔ ESCO) linked to it by the cross-scheme bridge, by label similarity or by co-occurring in the same occupations (see the link’s provenance on Skill.equivalents); credited by the link’s strength.',
    },
    BROADER: { description: 'A broader skill than asked (one or two levels up; never a skill group).' },
    NARROWER: { description: 'A more specific skill than asked (one or two levels down).' },
    RELATED: {
      description:
        'A related skill (a generic link; dependencies such as ESCO’s essential-for earn nothing under skills-overlap/2).',
    },
    NONE: { description: 'Nothing the candidate holds relates to it.' },
  } as const,
});
const SkillTrust = builder.enumType('SkillTrust', {
  description:
    'How strongly a claimed skill is backed, weakest first. Education never raises it: education is not an input of ranking.',
  values: {
    CLAIMED: { description: 'Self-reported, with no evidence (or only a self-assessment or education).' },
    EVIDENCED: {
      description: 'Self-reported with evidence: training, experience, military service or an unverified credential.',
    },
    ENDORSED: { description: 'A colleague endorsed it.' },
    SUPERVISOR_ATTESTED: { description: 'A supervisor attested it.' },
    VERIFIED: { description: 'A credential was verified, or a rotation’s host attested it.' },
  } as const,
});
/** GraphQL names of the algorithms (enum values cannot hold "/"). */
const ALGORITHM_OF = { SKILLS_OVERLAP_1: 'skills-overlap/1', SKILLS_OVERLAP_2: 'skills-overlap/2' } as const satisfies Record<
  string,
  Algorithm
>;
const MatchAlgorithm = builder.enumType('MatchAlgorithm', {
  description: 'Which score ranks; the result’s algorithmVersion says which ran.',
  values: {
    SKILLS_OVERLAP_2: {
      description:
        'skills-overlap/2: coverage weighted by specificity and trust in each claim, relation-aware similarity, focus.',
    },
    SKILLS_OVERLAP_1: { description: 'skills-overlap/1, kept for comparison: coverage of the opening’s skills only.' },
  } as const,
});
const algorithmArg = (ctx: Context, value: keyof typeof ALGORITHM_OF | null | undefined): Algorithm =>
  value ? ALGORITHM_OF[value] : ctx.matching.config.algorithm;
const CandidatePoolEnum = builder.enumType('CandidatePool', {
  values: {
    ALL: { description: 'Discoverable people and applicants.' },
    DISCOVERABLE: { description: 'People who chose to be discoverable.' },
    APPLICANTS: { description: 'People with a live application to the opening.' },
  },
});

const SkillCredit = builder.objectRef<SkillExplanation>('MatchSkillCredit').implement({
  description:
    'What one opening skill contributed: credit = similarity × levelFit, contribution = weight × credit / totalWeight.',
  fields: (t) => ({
    skill: t.prismaField({ type: 'Skill', resolve: async (_q, e, _a, ctx) => (await ctx.loaders.skillById.load(e.skillId))! }),
    required: t.exposeBoolean('required'),
    weight: t.exposeFloat('weight', { description: 'The opening’s weight for this skill.' }),
    minLevel: t.exposeInt('minLevel'),
    specificity: t.exposeFloat('specificity', {
      description:
        'How telling the skill is: 1 when at most 1% of profiles hold it, less the more common it is (1 under skills-overlap/1).',
    }),
    effectiveWeight: t.exposeFloat('effectiveWeight', { description: 'weight × specificity: what the score sums.' }),
    matchedSkill: t.prismaField({
      type: 'Skill',
      nullable: true,
      description: 'The candidate’s skill that earned the credit.',
      resolve: (_q, e, _a, ctx) => (e.matchedSkillId ? ctx.loaders.skillById.load(e.matchedSkillId) : null),
    }),
    match: t.field({ type: MatchKind, resolve: (e) => e.match }),
    distance: t.exposeInt('distance', {
      nullable: true,
      description: 'Taxonomy hops from the opening’s skill to the matched one (0: the same).',
    }),
    candidateLevel: t.exposeInt('candidateLevel', { nullable: true, description: 'The level the candidate claims.' }),
    trust: t.field({ type: SkillTrust, nullable: true, resolve: (e) => (e.trust === null ? null : TRUST_CLASSES[e.trust]!) }),
    trustedLevel: t.exposeInt('trustedLevel', {
      nullable: true,
      description:
        'The level the claim counts at: at most 3 when claimed without evidence, 4 when evidenced but not endorsed or verified.',
    }),
    similarity: t.exposeFloat('similarity', {
      description: '1 for the same skill, the relation’s similarity for a neighbour, else 0.',
    }),
    levelFit: t.exposeFloat('levelFit', {
      description: 'Of the trusted level: 1 at or above the minimum, the level decay per level below it.',
    }),
    trustFactor: t.exposeFloat('trustFactor', { description: 'From 0.8 (claimed) to 1 (verified); 1 under skills-overlap/1.' }),
    credit: t.exposeFloat('credit', { description: 'similarity × levelFit × trustFactor.' }),
    contribution: t.exposeFloat('contribution', {
      description: 'effectiveWeight × credit / totalWeight × focus: this skill’s share of the score.',
    }),
    met: t.exposeBoolean('met', { description: 'Matched, and claimed at or above the minimum level.' }),
  }),
});

const MatchExplanation = builder.objectRef<Explanation>('MatchExplanation').implement({
  description: 'Why the score is what it is: score = (Σ effectiveWeight × credit / totalWeight over `skills`) × focus.',
  fields: (t) => ({
    algorithmVersion: t.exposeString('algorithmVersion'),
    relatedCredit: t.float({
      description: 'skills-overlap/1: similarity of any direct neighbour.',
      resolve: (e) => e.config.relatedCredit,
    }),
    levelDecay: t.float({ resolve: (e) => e.config.levelDecay }),
    focusPenalty: t.float({ description: 'The most focus can take away (φ).', resolve: (e) => e.config.focusPenalty }),
    focusHalf: t.float({
      description: 'Unrequested skills at which half of focusPenalty applies (K).',
      resolve: (e) => e.config.focusHalf,
    }),
    totalWeight: t.exposeFloat('totalWeight', { description: 'Σ effectiveWeight.' }),
    profileSkillCount: t.exposeInt('profileSkills', { description: 'Distinct skills on the candidate’s profile.' }),
    relatedSkillCount: t.exposeInt('relatedSkills', {
      description: 'Of those, the ones that relate to some skill of the opening.',
    }),
    focus: t.exposeFloat('focus', {
      description:
        '1 − focusPenalty × u / (u + focusHalf) for the u = profileSkillCount − relatedSkillCount skills the opening did not ask for (1 under skills-overlap/1).',
    }),
    score: t.exposeFloat('score'),
    coverage: t.exposeFloat('coverage', { description: 'Share of required skills met (1 when none are required).' }),
    requiredMet: t.exposeInt('requiredMet'),
    requiredTotal: t.exposeInt('requiredTotal'),
    skills: t.field({ type: [SkillCredit], resolve: (e) => e.skills }),
    missingSkills: t.prismaField({
      type: ['Skill'],
      description: 'Opening skills with no credit at all.',
      resolve: async (_q, e, _a, ctx) =>
        (await Promise.all(e.missing.map((id) => ctx.loaders.skillById.load(id)))).filter((s) => s !== null),
    }),
  }),
});

interface MatchResult {
  profileId: string;
  explanation: Explanation;
}

const Match = builder.objectRef<MatchResult>('Match').implement({
  description: 'A candidate ranked for an opening by skills (never by education), with the explanation.',
  fields: (t) => ({
    candidate: t.prismaField({
      type: 'Profile',
      nullable: true,
      description: 'The candidate’s profile, as you may see it.',
      resolve: async (query, m, _a, ctx) =>
        (await ctx.loaders.profileAccess.load(m.profileId)).visibility === 'NONE'
          ? null
          : ctx.prisma.profile.findUnique({ ...nonEmpty(query), where: { id: m.profileId } }),
    }),
    score: t.float({ description: 'Skills fit, 0–1 (see the explanation).', resolve: (m) => m.explanation.score }),
    coverage: t.float({ resolve: (m) => m.explanation.coverage }),
    explanation: t.field({ type: MatchExplanation, resolve: (m) => m.explanation }),
  }),
});
const MatchConnection = builder.connectionObject({ type: Match, name: 'MatchConnection' }, { name: 'MatchEdge' });

const MatchFilter = builder.inputType('MatchFilter', {
  fields: (t) => ({
    candidates: t.field({
      type: CandidatePoolEnum,
      defaultValue: 'ALL',
      description: 'Who to rank (default: discoverable people and applicants).',
    }),
  }),
});

type Db = Pick<Prisma.TransactionClient, 'openingSkill'>;

/** The opening as the engine sees it: skills in the opening's order (required first, then weight). */
export async function matchOpening(db: Db, o: Pick<OpeningRow, 'id' | 'requireAllRequiredSkills'>): Promise<MatchOpening> {
  const skills = await db.openingSkill.findMany({
    where: { openingId: o.id },
    orderBy: [{ required: 'desc' }, { weight: 'desc' }, { skillId: 'asc' }],
  });
  return {
    skills: skills.map((s) => ({ skillId: s.skillId, weight: s.weight, minLevel: s.minLevel, required: s.required })),
    requireAllRequiredSkills: o.requireAllRequiredSkills,
  };
}

/** Who may be ranked for one opening: the facts the index's eligibility needs, loaded once. */
export async function eligibility(ctx: Context, o: OpeningRow, pool: CandidatePool): Promise<EligibilityQuery> {
  const endDate = endDateOf(o.startDate, o.durationWeeks);
  const [applicants, rotations, restricted, chainOf] = await Promise.all([
    ctx.prisma.application.findMany({ where: { openingId: o.id, live: true }, select: { profileId: true } }),
    ctx.prisma.rotation.findMany({
      where: {
        status: { in: ['PROPOSED', 'APPROVED', 'ACTIVE'] },
        startDate: { lte: endDate },
        endDate: { gte: o.startDate },
        // Not the rotation this opening already gave the person (a NULL opening is another commitment).
        OR: [{ openingId: null }, { openingId: { not: o.id } }],
      },
      select: { profileId: true, startDate: true, endDate: true, commitmentPercent: true },
    }),
    ctx.loaders.openingRestrictions.load(o.id),
    // The agency tree from the process's cache (dropped when agencies change), not a read per request.
    ctx.agencies.chainResolver(),
  ]);
  const commitments = new Map<string, Commitment[]>();
  for (const r of rotations) (commitments.get(r.profileId) ?? commitments.set(r.profileId, []).get(r.profileId)!).push(r);
  return {
    terms: { ...o, endDate, restrictedTo: restricted },
    pool,
    applicants: new Set(applicants.map((a) => a.profileId)),
    commitments,
    agencyChain: chainOf,
  };
}

builder.prismaObjectField(Opening, 'matches', (t) =>
  t.connection(
    {
      type: Match,
      nullable: true,
      description:
        'Eligible candidates ranked by skill overlap (score, then profile ID), each with its explanation. For hiring managers and HR specialists of the host agency.',
      authScopes: (o, _args, ctx) =>
        editsOpenings(ctx.viewer, o.hostAgencyId) ||
        (ctx.viewer?.agencyId === o.hostAgencyId && ctx.viewer.roles.includes('ADMIN')),
      args: {
        filter: t.arg({ type: MatchFilter }),
        algorithm: t.arg({ type: MatchAlgorithm, description: 'Default: the service’s (MATCH_ALGORITHM).' }),
      },
      resolve: async (o, args, ctx, info) => {
        const algorithm = algorithmArg(ctx, args.algorithm);
        // Changes committed before this request (by any instance) are in the index.
        await ctx.matching.settle();
        const [opening, eligible] = await Promise.all([
          matchOpening(ctx.prisma, o),
          eligibility(ctx, o, args.filter?.candidates ?? 'ALL'),
        ]);
        // Eligibility is decided inside the index (attributes in typed arrays), not per candidate here.
        // Counting checks eligibility for every scored candidate: only when the client asks.
        const countTotal = selects(info, 'totalCount');
        let total = 0;
        const connection = await resolveOffsetConnection({ args }, ({ limit, offset }) => {
          const result = ctx.matching.search(opening, { k: limit, offset, eligibility: eligible, countTotal, algorithm });
          total = result.total ?? 0;
          return result.hits.map((h) => ({ profileId: h.id, explanation: ctx.matching.explain(opening, h.id, algorithm)! }));
        });
        return { ...connection, totalCount: total };
      },
    },
    MatchConnection,
  ),
);

/** Whether the field's selection asks for `name` (directly or in a fragment). */
function selects(info: GraphQLResolveInfo, name: string): boolean {
  const seen = (set: SelectionSetNode | undefined): boolean =>
    !!set &&
    set.selections.some((s) =>
      s.kind === Kind.FIELD
        ? s.name.value === name
        : s.kind === Kind.INLINE_FRAGMENT
          ? seen(s.selectionSet)
          : seen(info.fragments[s.name.value]?.selectionSet),
    );
  return info.fieldNodes.some((n) => seen(n.selectionSet));
}

// ─── The reverse: openings for me ────────────────────────────────────────────

interface OpeningMatchResult {
  opening: OpeningRow;
  explanation: Explanation;
}

const OpeningMatch = builder.objectRef<OpeningMatchResult>('OpeningMatch').implement({
  description: 'An open opening you may apply to, ranked by the same score.',
  fields: (t) => ({
    opening: t.field({ type: Opening, resolve: (m) => m.opening }),
    score: t.float({ resolve: (m) => m.explanation.score }),
    coverage: t.float({ resolve: (m) => m.explanation.coverage }),
    explanation: t.field({ type: MatchExplanation, resolve: (m) => m.explanation }),
  }),
});
const OpeningMatchConnection = builder.connectionObject(
  { type: OpeningMatch, name: 'OpeningMatchConnection' },
  { name: 'OpeningMatchEdge' },
);

/** Open openings are thousands, not millions: score those that share a skill (or a neighbour) with the person. */
const MAX_RECOMMENDATION_CANDIDATES = 5000;

async function recommendations(ctx: Context, algorithm: Algorithm): Promise<OpeningMatchResult[]> {
  const viewer = ctx.viewer!;
  const me = await ctx.prisma.profile.findUnique({
    where: { subject: viewer.subject },
    select: {
      id: true,
      agencyId: true,
      skills: {
        select: {
          skillId: true,
          level: true,
          evidence: { select: { source: true, verifiedAt: true, rotationId: true } },
          endorsements: { select: { kind: true } },
        },
      },
    },
  });
  if (!me || me.skills.length === 0) return [];
  const reach = new Set(me.skills.map((s) => s.skillId));
  for (const s of me.skills) for (const n of ctx.matching.neighboursOf(s.skillId)) reach.add(n.skillId);
  const now = new Date();
  const [viewerChain, myChain] = await agencyChains(ctx.prisma, [viewer.agencyId, me.agencyId]);
  const openings = await ctx.prisma.opening.findMany({
    where: {
      AND: [
        visibilityWhere(viewer, viewerChain!),
        statusWhere('OPEN', now),
        { skills: { some: { skillId: { in: [...reach] } } } },
      ],
    },
    include: {
      skills: { orderBy: [{ required: 'desc' }, { weight: 'desc' }, { skillId: 'asc' }] },
      restrictedTo: { select: { agencyId: true } },
    },
    take: MAX_RECOMMENDATION_CANDIDATES,
  });
  const candidate = {
    id: me.id,
    skills: me.skills.map((s) => ({
      skillId: s.skillId,
      level: s.level,
      trust: trustOf({ evidence: s.evidence, endorsementKinds: s.endorsements.map((e) => e.kind) }),
    })),
  };
  const score = {
    algorithm,
    neighbours: ctx.matching.taxonomy,
    config: ctx.matching.config,
    prevalence: (id: string) => ctx.matching.prevalence(id),
  };
  const results: OpeningMatchResult[] = [];
  for (const o of openings) {
    if (
      applyRefusal(
        { ...o, restrictedTo: o.restrictedTo.map((r) => r.agencyId) },
        { agencyId: me.agencyId, agencyChain: myChain! },
        now,
      )
    )
      continue;
    const opening: MatchOpening = { skills: o.skills, requireAllRequiredSkills: o.requireAllRequiredSkills };
    const e = explain(opening, candidate, score);
    if (e.score > 0 && (!o.requireAllRequiredSkills || e.coverage >= 1)) results.push({ opening: o, explanation: e });
  }
  // Same order as candidates for an opening: score, then ID.
  return results.sort(
    (a, b) =>
      b.explanation.score - a.explanation.score || (a.opening.id < b.opening.id ? -1 : a.opening.id > b.opening.id ? 1 : 0),
  );
}

builder.objectField(Viewer, 'recommendedOpenings', (t) =>
  t.connection(
    {
      type: OpeningMatch,
      description: 'Open openings you may apply to, ranked by how well your skills fit (empty without a profile).',
      args: { algorithm: t.arg({ type: MatchAlgorithm, description: 'Default: the service’s (MATCH_ALGORITHM).' }) },
      resolve: async (_v, args, ctx) => {
        const all = await recommendations(ctx, algorithmArg(ctx, args.algorithm));
        const connection = await resolveOffsetConnection({ args }, ({ limit, offset }) => all.slice(offset, offset + limit));
        return { ...connection, totalCount: all.length };
      },
    },
    OpeningMatchConnection,
  ),
);
