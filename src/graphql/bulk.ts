/**
 * Bulk sync by external ID for HR systems and HR staff: upsertPeople and upsertOpenings. Each
 * item runs in its own transaction, in input order, through the same code paths (and rules) as
 * upsertProfile, createOpening, updateOpening and the lifecycle mutations; an item that would
 * change nothing writes nothing. Rules and diffing: src/modules/bulk/rules.ts.
 */
import {
  EvidenceSource as PrismaEvidenceSource,
  Prisma,
  type Opening as OpeningRow,
  type Profile as ProfileRow,
  type SkillScheme,
} from '@prisma/client';
import { wrapErrorIfMatches } from '@pothos/plugin-errors';
import { z } from 'zod';
import type { Context } from '../app/context.js';
import { isUniqueViolation, retryUniqueRace } from '../platform/db/retry.js';
import { audit } from '../platform/db/audit.js';
import {
  MAX_BULK_ITEMS,
  SYNC_STATUSES,
  changedFields,
  earlierDuplicates,
  planPersonSkills,
  sameSkillSet,
  statusStep,
  syncsOpenings,
  tally,
  type UpsertOutcome as Outcome,
  type WantedSkill,
} from '../modules/bulk/rules.js';
import { EDITABLE, commitmentFromHours, effectiveStatus } from '../modules/openings/rules.js';
import { settleDeadline } from '../platform/jobs/deadlines.js';
import { builder } from './builder.js';
import { directPayload } from './errors.js';
import {
  ConflictError,
  ForbiddenError,
  InvalidStateError,
  NotFoundError,
  ValidationError,
  type FieldProblem,
} from './errors/classes.js';
import { agencyIds } from '../modules/openings/checks.js';
import {
  NOT_NULL_FIELDS,
  OPENING_FIELD_NAMES,
  OpeningSkillRules,
  futureDeadline as futureDeadlineRule,
  oneCommitment,
  openingColumnsModel,
  restrictedToRule,
  skillsRule,
  type OpeningCreateValues,
  type OpeningEdit,
  type OpeningFieldName,
  type SkillArg,
} from '../modules/openings/input.js';
import { moveOpening } from '../modules/openings/lifecycle.js';
import { createOpeningIn, editOpeningIn } from '../modules/openings/service.js';
import { requestWork } from '../platform/db/unit-of-work.js';
import { Opening, openingVisible } from './opening.js';
import { openingInputFields } from './opening-input.js';
import { EvidenceSource, PersonFieldRules, Profile, evidenceData, level, personFields, upsertPersonRecord } from './profile.js';
import { SkillScheme as SkillSchemeEnum } from './skill.js';

type Tx = Prisma.TransactionClient;

const RULE = `1–${MAX_BULK_ITEMS} items per call; a call with none or more is refused whole (ValidationError) and writes nothing.`;
const ITEM_RULES = [
  'Each item is applied in its own transaction, in input order: a failing item rolls back only itself and gets a typed error; the others are committed.',
  'An externalId given twice in one call: the later item fails (ConflictError), whatever became of the first.',
  'Idempotent: an item that would change nothing writes nothing (no update, no audit row, updatedAt unchanged) and reports UNCHANGED.',
  'Every write is audited as the single-item mutations audit it.',
  'Values that are not of the declared GraphQL type refuse the whole request (GraphQL rules); an unexpected server error stops the call with the items before it committed (re-sending is safe).',
].join(' ');

// ─── Types ───────────────────────────────────────────────────────────────────

const UpsertOutcome = builder.enumType('UpsertOutcome', {
  values: {
    CREATED: { description: 'A new record was written.' },
    UPDATED: { description: 'An existing record changed.' },
    UNCHANGED: { description: 'Nothing differed: nothing was written.' },
    FAILED: { description: 'The item was refused and rolled back; see `error`.' },
  },
});

const ITEM_ERRORS = [ValidationError, NotFoundError, ForbiddenError, InvalidStateError, ConflictError] as const;
type ItemError = InstanceType<(typeof ITEM_ERRORS)[number]>;
const isItemError = (e: unknown): e is ItemError => ITEM_ERRORS.some((cls) => e instanceof cls);

// graphql-js treats a returned Error as a thrown one: hand the union the errors plugin's wrapper.
const itemError = (e: ItemError | null) => (e ? (wrapErrorIfMatches(e, [...ITEM_ERRORS]) as ItemError) : null);

const BulkItemError = builder.unionType('BulkItemError', {
  description: 'Why one item of a bulk call failed (the same types the single-item mutations return).',
  types: [...ITEM_ERRORS],
  resolveType: (e) => e.constructor.name,
});

interface ItemResult<Row> {
  index: number;
  externalId: string;
  outcome: Outcome;
  row: Row | null;
  error: ItemError | null;
}

const PersonUpsertResult = builder.objectRef<ItemResult<ProfileRow>>('PersonUpsertResult').implement({
  description: 'The outcome of one person, at its position in the input.',
  fields: (t) => ({
    index: t.exposeInt('index', { description: 'Position in `items`, from 0 (error paths use it too).' }),
    externalId: t.exposeString('externalId', { description: 'The item’s key as sent.' }),
    outcome: t.field({ type: UpsertOutcome, resolve: (r) => r.outcome }),
    error: t.field({
      type: BulkItemError,
      nullable: true,
      description: 'Null unless the item FAILED.',
      resolve: (r) => itemError(r.error),
    }),
    profile: t.field({
      type: Profile,
      nullable: true,
      description: 'The person as you may see them (null on failure).',
      resolve: (r) => r.row,
    }),
  }),
});

const OpeningUpsertResult = builder.objectRef<ItemResult<OpeningRow>>('OpeningUpsertResult').implement({
  description: 'The outcome of one opening, at its position in the input.',
  fields: (t) => ({
    index: t.exposeInt('index', { description: 'Position in `items`, from 0 (error paths use it too).' }),
    externalId: t.exposeString('externalId', { description: 'The item’s key as sent.' }),
    outcome: t.field({ type: UpsertOutcome, resolve: (r) => r.outcome }),
    error: t.field({
      type: BulkItemError,
      nullable: true,
      description: 'Null unless the item FAILED.',
      resolve: (r) => itemError(r.error),
    }),
    opening: t.field({
      type: Opening,
      nullable: true,
      description: 'The opening as you may see it (null on failure, or when your token may not read it).',
      resolve: (r) => r.row,
    }),
  }),
});

type Results<Row> = { results: ItemResult<Row>[] };

const UpsertPeoplePayload = builder.objectRef<Results<ProfileRow>>('UpsertPeoplePayload').implement({
  description: 'One result per person, in input order, and the counts by outcome.',
  fields: (t) => ({
    results: t.field({ type: [PersonUpsertResult], resolve: (p) => p.results }),
    created: t.int({ resolve: (p) => tally(p.results.map((r) => r.outcome)).created }),
    updated: t.int({ resolve: (p) => tally(p.results.map((r) => r.outcome)).updated }),
    unchanged: t.int({ resolve: (p) => tally(p.results.map((r) => r.outcome)).unchanged }),
    failed: t.int({ resolve: (p) => tally(p.results.map((r) => r.outcome)).failed }),
  }),
});

const UpsertOpeningsPayload = builder.objectRef<Results<OpeningRow>>('UpsertOpeningsPayload').implement({
  description: 'One result per opening, in input order, and the counts by outcome.',
  fields: (t) => ({
    results: t.field({ type: [OpeningUpsertResult], resolve: (p) => p.results }),
    created: t.int({ resolve: (p) => tally(p.results.map((r) => r.outcome)).created }),
    updated: t.int({ resolve: (p) => tally(p.results.map((r) => r.outcome)).updated }),
    unchanged: t.int({ resolve: (p) => tally(p.results.map((r) => r.outcome)).unchanged }),
    failed: t.int({ resolve: (p) => tally(p.results.map((r) => r.outcome)).failed }),
  }),
});

// ─── Inputs ──────────────────────────────────────────────────────────────────

const SkillKeyInput = builder.inputType('SkillKeyInput', {
  description: 'A skill by its scheme and the scheme’s own code (as `skill(scheme:, code:)` finds it).',
  fields: (t) => ({
    scheme: t.field({ type: SkillSchemeEnum, required: true }),
    code: t.string({ required: true }),
  }),
});

const DEFAULT_HR_EVIDENCE = { source: 'EXPERIENCE' as PrismaEvidenceSource, title: 'Recorded by the home agency HR system' };

const PersonSkillInput = builder.inputType('PersonSkillInput', {
  fields: (t) => ({
    skill: t.field({ type: SkillKeyInput, required: true }),
    level: t.int({ required: true, description: 'Proficiency 1–5; the skill ends at this level.' }),
    evidence: t.field({
      type: builder.inputType('PersonSkillEvidenceInput', {
        description: 'The evidence record the HR system stands behind; one per skill, matched by source and title.',
        fields: (f) => ({
          source: f.field({ type: EvidenceSource, required: true }),
          title: f.string({ required: true }),
          issuer: f.string(),
        }),
      }),
      description: `Default: ${DEFAULT_HR_EVIDENCE.source}, "${DEFAULT_HR_EVIDENCE.title}".`,
    }),
  }),
});

const MAX_PERSON_SKILLS = 100;

const PersonUpsertInput = builder.inputType('PersonUpsertInput', {
  description:
    'A person as the home agency HR system knows them, keyed by employee ID in your agency. Only HR-owned fields exist here (names, subject, email, phone, job title, location, series, pay plan, grade, supervisor); what the person sets (headline, discoverable, availability, remote preference, education, their own skills) no sync can change. Omitted = left as is; null clears an optional field.',
  fields: (t) => ({
    ...personFields(t, false),
    skills: t.field({
      type: [PersonSkillInput],
      description: `Up to ${MAX_PERSON_SKILLS}. Each listed skill ends at its level with one evidence record of its source and title (added unless the skill already has one with the same source and title). Skills not listed are left alone: the person’s own claims are theirs.`,
    }),
  }),
});

const OpeningSyncStatus = builder.enumType('OpeningSyncStatus', {
  description:
    'Statuses a sync may ask for. FILLED comes from selection; cancel with cancelOpening (it declines the applications with a reason).',
  values: SYNC_STATUSES,
});

const OpeningSyncSkillInput = builder.inputType('OpeningSyncSkillInput', {
  fields: (t) => ({
    skill: t.field({ type: SkillKeyInput, required: true }),
    minLevel: t.int({ required: true, description: 'Minimum proficiency 1–5.' }),
    weight: t.float({ defaultValue: 1, description: 'Relative weight in ranking, above 0, at most 10.' }),
    required: t.boolean({ defaultValue: false }),
  }),
});

const OpeningUpsertInput = builder.inputType('OpeningUpsertInput', {
  description:
    'An opening of your agency keyed by its ID in your system. The fields and their rules are those of createOpening; on an existing opening omitted fields stay as they are (updateOpening), and `skills` and `restrictedTo` replace the whole set when given.',
  fields: (t) => {
    const fields = openingInputFields(t, true, { validate: false, skills: false });
    return {
      externalId: t.string({ required: true, description: 'ID in your system: the key, unique among your agency’s openings.' }),
      ...fields,
      skills: t.field({
        type: [OpeningSyncSkillInput],
        description: 'Required and desired skills; replaces the whole set when given.',
      }),
      status: t.field({
        type: OpeningSyncStatus,
        description:
          'Status to reach after the edits, along the lifecycle (DRAFT → OPEN → CLOSED → ARCHIVED, CLOSED → OPEN); omitted or equal: stays.',
      }),
    };
  },
});

const items = <T>(type: T) =>
  ({ type: [type] as [T], required: true, validate: z.array(z.any()).min(1, RULE).max(MAX_BULK_ITEMS, RULE) }) as const;

// ─── Per-item checks ─────────────────────────────────────────────────────────

const issuesToProblems = (issues: readonly { path: PropertyKey[]; message: string }[]): FieldProblem[] =>
  issues.map((i) => ({ path: ['input', ...i.path.map(String)], message: i.message }));

/** Checks one item with the shared rules; paths are relative to the item, under "input". */
function check<T>(schema: z.ZodType<T>, value: unknown, extra: z.ZodType[] = []): T {
  const problems: FieldProblem[] = [];
  const parsed = schema.safeParse(value);
  if (!parsed.success) problems.push(...issuesToProblems(parsed.error.issues));
  for (const s of extra) {
    const r = s.safeParse(value);
    if (!r.success) problems.push(...issuesToProblems(r.error.issues));
  }
  if (problems.length || !parsed.success) throw new ValidationError(problems);
  return parsed.data;
}

const opt = <S extends z.ZodType>(s: S) => s.nullish();
const skillKey = z.object({ scheme: z.string(), code: z.string().trim().min(1, 'code is empty').max(300) });

const personItem = z.object({
  externalId: PersonFieldRules.externalId,
  givenName: PersonFieldRules.givenName,
  familyName: PersonFieldRules.familyName,
  subject: opt(PersonFieldRules.subject),
  email: opt(PersonFieldRules.email),
  phone: opt(PersonFieldRules.phone),
  jobTitle: opt(PersonFieldRules.jobTitle),
  location: opt(PersonFieldRules.location),
  occupationalSeries: opt(PersonFieldRules.occupationalSeries),
  payPlan: opt(PersonFieldRules.payPlan),
  grade: opt(PersonFieldRules.grade),
  supervisorSubject: opt(PersonFieldRules.supervisorSubject),
  skills: opt(
    z
      .array(
        z.object({
          skill: skillKey,
          level,
          evidence: opt(
            z.object({
              source: z.enum(PrismaEvidenceSource),
              title: z.string().trim().min(1).max(200),
              issuer: opt(z.string().trim().min(1).max(200)),
            }),
          ),
        }),
      )
      .max(MAX_PERSON_SKILLS, `at most ${MAX_PERSON_SKILLS} skills`),
  ),
});

/** Each item checked on its own: its data, or the ValidationError that becomes its result. */
function checkEach<T>(raw: readonly unknown[], schema: z.ZodType<T>, extra: z.ZodType[] = []): (T | ValidationError)[] {
  return raw.map((item) => {
    try {
      return check(schema, item, extra);
    } catch (e) {
      if (e instanceof ValidationError) return e;
      throw e;
    }
  });
}

/** The skills the valid items name, for one lookup before any transaction. */
const skillRefs = (checked: readonly ({ skills?: { skill: Keyed }[] | null } | ValidationError)[]) =>
  checked.flatMap((c) => (c instanceof ValidationError ? [] : (c.skills ?? []).map((s) => s.skill)));

// The deadline's "in the future" rule applies when it is new or changed (checked in the
// transaction), so re-sending a closed opening's record as it is stays UNCHANGED.
const openingItem = openingColumnsModel().extend({
  externalId: PersonFieldRules.externalId,
  restrictedTo: opt(restrictedToRule),
  skills: opt(
    skillsRule.pipe(
      z.array(
        z.object({
          skill: skillKey,
          minLevel: OpeningSkillRules.minLevel,
          weight: opt(OpeningSkillRules.weight),
          required: opt(z.boolean()),
        }),
      ),
    ),
  ),
  status: opt(z.enum(SYNC_STATUSES)),
});

/** Moves a ValidationError's paths from the item ("input", …) to its place in the call ("input", "items", i, …). */
function reroot(error: unknown, index: number): unknown {
  if (!(error instanceof ValidationError)) return error;
  return new ValidationError(
    error.problems.map((p) => ({
      ...p,
      path: p.path[0] === 'input' ? ['input', 'items', String(index), ...p.path.slice(1)] : p.path,
    })),
  );
}

/** A unique-key race with a concurrent writer: a typed conflict for that item, not a server error. */
function raceToConflict(error: unknown): unknown {
  if (isUniqueViolation(error)) {
    return new ConflictError('Another request wrote the same record at the same time; send the item again');
  }
  return error;
}

type Keyed = { scheme: string; code: string };
const keyOf = (k: Keyed) => `${k.scheme}\u0000${k.code}`;

/** Skill IDs for every scheme/code the call names: one read per scheme, before any transaction. */
async function skillIndex(ctx: Context, refs: Keyed[]): Promise<Map<string, string>> {
  const byScheme = new Map<string, Set<string>>();
  for (const r of refs) byScheme.set(r.scheme, (byScheme.get(r.scheme) ?? new Set()).add(r.code));
  const out = new Map<string, string>();
  for (const [scheme, codes] of byScheme) {
    const rows = await ctx.prisma.skill.findMany({
      where: { scheme: scheme as SkillScheme, code: { in: [...codes] } },
      select: { id: true, scheme: true, code: true },
    });
    for (const s of rows) out.set(keyOf(s), s.id);
  }
  return out;
}

/** The skill ID of each listed key; unknown ones are a ValidationError naming them. */
function resolveSkills(index: Map<string, string>, listed: { skill: Keyed }[]): string[] {
  const problems: FieldProblem[] = [];
  const ids = listed.map((s, j) => {
    const id = index.get(keyOf(s.skill));
    if (!id)
      problems.push({
        path: ['input', 'skills', String(j), 'skill'],
        message: `unknown skill ${s.skill.scheme} "${s.skill.code}"`,
      });
    else if (listed.findIndex((o) => keyOf(o.skill) === keyOf(s.skill)) !== j)
      problems.push({ path: ['input', 'skills', String(j), 'skill'], message: 'listed twice' });
    return id ?? '';
  });
  if (problems.length) throw new ValidationError(problems);
  return ids;
}

/**
 * Runs the items one by one: duplicate keys fail, each other item is checked and applied by
 * `apply` in its own transaction; expected failures become that item's typed error.
 */
interface RunResult {
  index: number;
  externalId: string;
  outcome: Outcome;
  id: string | null;
  error: ItemError | null;
}

async function runItems<Item extends { externalId: string }>(
  raw: readonly Item[],
  apply: (index: number) => Promise<{ outcome: Exclude<Outcome, 'FAILED'>; id: string }>,
): Promise<RunResult[]> {
  const dupes = earlierDuplicates(raw.map((r) => r.externalId.trim()));
  const out: RunResult[] = [];
  for (const [index, item] of raw.entries()) {
    const first = dupes.get(index);
    if (first !== undefined) {
      const error = new ConflictError(`externalId "${item.externalId.trim()}" was already given at index ${first} of this call`);
      out.push({ index, externalId: item.externalId, outcome: 'FAILED', id: null, error });
      continue;
    }
    try {
      const done = await retryUniqueRace(() => apply(index));
      out.push({ index, externalId: item.externalId, outcome: done.outcome, id: done.id, error: null });
    } catch (e) {
      const error = reroot(raceToConflict(e), index);
      if (!isItemError(error)) throw error;
      out.push({ index, externalId: item.externalId, outcome: 'FAILED', id: null, error });
    }
  }
  return out;
}

// ─── People ──────────────────────────────────────────────────────────────────

type PersonItem = z.infer<typeof personItem>;

async function applyPerson(ctx: Context, agencyId: string, item: PersonItem, skillIds: string[] | null) {
  return ctx.prisma.$transaction(async (tx) => {
    const { skills, ...fields } = item;
    const person = await upsertPersonRecord(tx, ctx, agencyId, fields);
    let outcome: Exclude<Outcome, 'FAILED'> = person.outcome;
    if (skills && skillIds) {
      const wanted: WantedSkill[] = skills.map((s, j) => ({
        skillId: skillIds[j]!,
        level: s.level,
        evidence: s.evidence ?? DEFAULT_HR_EVIDENCE,
      }));
      const held =
        person.outcome === 'CREATED'
          ? []
          : await tx.profileSkill.findMany({
              where: { profileId: person.profile.id },
              select: { id: true, skillId: true, level: true, evidence: { select: { source: true, title: true } } },
            });
      const plan = planPersonSkills(
        held.map((h) => ({ profileSkillId: h.id, skillId: h.skillId, level: h.level, evidence: h.evidence })),
        wanted,
      );
      if (await writeSkillPlan(tx, ctx, person.profile.id, plan)) outcome = outcome === 'UNCHANGED' ? 'UPDATED' : outcome;
    }
    return { outcome, id: person.profile.id };
  });
}

/** Writes a skill plan with the audit entries addMySkill and updateMySkill write; true when anything was written. */
async function writeSkillPlan(tx: Tx, ctx: Context, profileId: string, plan: ReturnType<typeof planPersonSkills>) {
  const asEvidence = (e: WantedSkill['evidence']) =>
    evidenceData({ source: e.source as PrismaEvidenceSource, title: e.title, issuer: e.issuer ?? null });
  for (const add of plan.add) {
    const created = await tx.profileSkill.create({
      data: { profileId, skillId: add.skillId, level: add.level, evidence: { create: [asEvidence(add.evidence)] } },
    });
    await audit(tx, ctx, {
      action: 'profile.skill.add',
      entityType: 'ProfileSkill',
      entityId: created.id,
      after: { profileId, skillId: add.skillId, level: add.level, evidence: [add.evidence] },
    });
  }
  for (const c of plan.change) {
    await tx.profileSkill.update({
      where: { id: c.profileSkillId },
      data: { level: c.to, ...(c.evidence ? { evidence: { create: [asEvidence(c.evidence)] } } : {}) },
    });
    await audit(tx, ctx, {
      action: 'profile.skill.update',
      entityType: 'ProfileSkill',
      entityId: c.profileSkillId,
      before: { level: c.from },
      after: { level: c.to, addedEvidence: c.evidence ? [c.evidence] : [] },
    });
  }
  return plan.add.length + plan.change.length > 0;
}

// ─── Openings ────────────────────────────────────────────────────────────────

type OpeningItem = Omit<z.infer<typeof openingItem>, OpeningFieldName> & OpeningCreateValues;

/** Item fields that map one to one onto Opening columns (commitment, skills, agencies and status apart). */
const OPENING_COLUMNS = OPENING_FIELD_NAMES.filter((k) => k !== 'commitmentPercent' && k !== 'hoursPerWeek');

function futureDeadline(d: Date) {
  const r = futureDeadlineRule.safeParse(d);
  if (!r.success)
    throw new ValidationError(r.error.issues.map((i) => ({ path: ['input', 'applicationDeadline'], message: i.message })));
}

async function applyOpening(ctx: Context, item: OpeningItem, skillIds: string[] | null) {
  const actor = ctx.viewer!;
  const hostAgencyId = actor.agencyId;
  const skills: SkillArg[] | null =
    item.skills && skillIds
      ? item.skills.map((s, j) => ({
          skill: { id: skillIds[j]! },
          minLevel: s.minLevel,
          weight: s.weight ?? 1,
          required: s.required ?? false,
        }))
      : null;
  return requestWork(ctx).run(async (work) => {
    const { tx } = work;
    const locked = await tx.$queryRaw<
      { id: string }[]
    >`SELECT id FROM "Opening" WHERE "hostAgencyId" = ${hostAgencyId}::uuid AND "externalId" = ${item.externalId} FOR UPDATE`;
    const before = locked[0] ? await tx.opening.findUniqueOrThrow({ where: { id: locked[0].id } }) : null;

    if (!before) {
      const step = statusStep('DRAFT', item.status);
      if (step && 'refusal' in step) throw new InvalidStateError(step.refusal);
      futureDeadline(item.applicationDeadline);
      const { status: _s, skills: _k, ...fields } = item;
      const created = await createOpeningIn(work, actor, { ...fields, skills });
      if (step) await moveOpening(work, created, step.to as 'OPEN');
      return { outcome: 'CREATED' as const, id: created.id };
    }

    // What would change: columns, commitment, skills as a set, restriction as a set, status.
    const wanted: Record<string, unknown> = {};
    for (const k of OPENING_COLUMNS) {
      const v = item[k];
      if (v === undefined || (v === null && NOT_NULL_FIELDS.has(k))) continue;
      wanted[k] = v;
    }
    if (item.hoursPerWeek != null)
      Object.assign(wanted, { hoursPerWeek: item.hoursPerWeek, commitmentPercent: commitmentFromHours(item.hoursPerWeek) });
    else if (item.commitmentPercent != null)
      Object.assign(wanted, { commitmentPercent: item.commitmentPercent, hoursPerWeek: null });
    const edit = changedFields(before, wanted as Partial<OpeningRow>) as OpeningEdit;
    if ('commitmentPercent' in edit || 'hoursPerWeek' in edit) {
      delete edit.commitmentPercent;
      delete edit.hoursPerWeek;
      if (item.hoursPerWeek != null) edit.hoursPerWeek = item.hoursPerWeek;
      else edit.commitmentPercent = item.commitmentPercent;
    }
    if ('applicationDeadline' in edit) futureDeadline(item.applicationDeadline);
    if (skills) {
      const current = await tx.openingSkill.findMany({
        where: { openingId: before.id },
        select: { skillId: true, minLevel: true, weight: true, required: true },
      });
      const next = skills.map((s) => ({
        skillId: s.skill.id,
        minLevel: s.minLevel,
        weight: s.weight ?? 1,
        required: s.required ?? false,
      }));
      if (!sameSkillSet(current, next)) edit.skills = skills;
    }
    if (item.restrictedTo) {
      const next = (await agencyIds(tx, item.restrictedTo, ['input', 'restrictedTo'])).sort();
      const current = (await tx.openingAgency.findMany({ where: { openingId: before.id }, select: { agencyId: true } }))
        .map((r) => r.agencyId)
        .sort();
      if (next.join() !== current.join()) edit.restrictedTo = item.restrictedTo;
    }
    const status = effectiveStatus(before, new Date());
    // The HR system still says OPEN after the deadline closed the opening: re-sending that record
    // as it is asks for nothing (reopening needs a moved deadline, which is an edit).
    const closedByDeadline =
      before.status === 'OPEN' && status === 'CLOSED' && item.status === 'OPEN' && !('applicationDeadline' in edit);
    const step = statusStep(status, closedByDeadline ? null : item.status);
    const edits = Object.keys(edit).length > 0;
    if (edits && !EDITABLE.has(status)) throw new InvalidStateError(`An opening that is ${status} cannot be edited`);
    if (step && 'refusal' in step) throw new InvalidStateError(step.refusal);
    if (!edits && !step) return { outcome: 'UNCHANGED' as const, id: before.id };

    // A change starts from the opening as it is: a passed deadline is written down first.
    const settled = await settleDeadline(tx, before, work.now);
    if (settled.event) work.emit(settled.event);
    let row = settled.opening;
    if (edits) row = await editOpeningIn(work, row, edit);
    if (step) await moveOpening(work, row, step.to as 'OPEN' | 'CLOSED' | 'ARCHIVED');
    return { outcome: 'UPDATED' as const, id: before.id };
  });
}

// ─── Mutations ───────────────────────────────────────────────────────────────

builder.mutationFields((t) => ({
  upsertPeople: t.field({
    type: UpsertPeoplePayload,
    description: [
      'Creates or updates people of your agency by employee ID (HR specialists; integrations with write scope). The key is (your agency, externalId): other agencies’ people are never touched.',
      RULE,
      ITEM_RULES,
      'Skills: each listed skill ends at the given level with one evidence record of the given source and title (not added again when the skill has one with that source and title); unlisted skills are left alone. Fields the person owns (headline, discoverable, availability, remote preference, education) are not part of the input.',
    ].join(' '),
    authScopes: { $any: { role: 'HR_SPECIALIST', $all: { role: 'INTEGRATION', scope: 'write' } } },
    errors: directPayload(ValidationError, ForbiddenError),
    args: {
      input: t.arg({
        required: true,
        type: builder.inputType('UpsertPeopleInput', { fields: (f) => ({ items: f.field(items(PersonUpsertInput)) }) }),
      }),
    },
    resolve: async (_r, { input }, ctx) => {
      const agencyId = ctx.viewer!.agencyId;
      const checked = checkEach(input.items, personItem);
      const index = await skillIndex(ctx, skillRefs(checked));
      const results = await runItems(input.items, async (i) => {
        const item = checked[i]!;
        if (item instanceof ValidationError) throw item;
        const skillIds = item.skills ? resolveSkills(index, item.skills) : null;
        return applyPerson(ctx, agencyId, item, skillIds);
      });
      const ids = results.flatMap((r) => (r.id ? [r.id] : []));
      const rows = new Map((await ctx.prisma.profile.findMany({ where: { id: { in: ids } } })).map((p) => [p.id, p]));
      return { results: results.map((r) => ({ ...r, row: r.id ? (rows.get(r.id) ?? null) : null })) };
    },
  }),

  upsertOpenings: t.field({
    type: UpsertOpeningsPayload,
    description: [
      'Creates or updates openings hosted by your agency by their ID in your system (hiring managers and HR specialists; integrations with write scope). The key is (your agency, externalId).',
      RULE,
      ITEM_RULES,
      'Fields and checks are those of createOpening and updateOpening; skills and restrictedTo replace the whole set when given. `status` moves the opening along its lifecycle after the edits; a FILLED, CANCELLED or ARCHIVED opening takes no edits (InvalidStateError), and an item that would change nothing is UNCHANGED whatever the status.',
    ].join(' '),
    authScopes: {
      $any: { role: 'HIRING_MANAGER', $any: { role: 'HR_SPECIALIST', $all: { role: 'INTEGRATION', scope: 'write' } } },
    },
    errors: directPayload(ValidationError, ForbiddenError),
    args: {
      input: t.arg({
        required: true,
        type: builder.inputType('UpsertOpeningsInput', { fields: (f) => ({ items: f.field(items(OpeningUpsertInput)) }) }),
      }),
    },
    resolve: async (_r, { input }, ctx) => {
      if (!syncsOpenings(ctx.viewer, ctx.viewer!.agencyId))
        throw new ForbiddenError('Only hiring managers, HR specialists and write-scoped integrations sync openings');
      const checked = checkEach(input.items, openingItem as z.ZodType<OpeningItem>, [oneCommitment(true)]);
      const index = await skillIndex(ctx, skillRefs(checked));
      const results = await runItems(input.items, async (i) => {
        const item = checked[i]!;
        if (item instanceof ValidationError) throw item;
        const skillIds = item.skills ? resolveSkills(index, item.skills) : null;
        return applyOpening(ctx, item, skillIds);
      });
      const ids = results.flatMap((r) => (r.id ? [r.id] : []));
      const found = await ctx.prisma.opening.findMany({ where: { id: { in: ids } } });
      // The opening object follows the usual visibility (a write-only client does not read drafts).
      const visible = new Map<string, OpeningRow>();
      for (const o of found) if (await openingVisible(ctx, o)) visible.set(o.id, o);
      return { results: results.map((r) => ({ ...r, row: r.id ? (visible.get(r.id) ?? null) : null })) };
    },
  }),
}));
