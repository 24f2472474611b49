/**
 * Adverse-impact monitoring (issue 17 §2) through the API, on a population built so every figure
 * is known by hand: 12 women, 12 men and 6 people who did not answer, all ranked for one NASA
 * opening. Men hold its skill at the minimum level, 8 women one level below, the rest two below,
 * so the top 20 are the 12 men and 8 women. Six of each apply; the host shortlists and selects.
 *
 * Also: who may read the report (HR specialists and admins of the host agency, never hiring
 * managers), suppression of small groups, the CSV, the period report, the fact sheet in `about`,
 * and that self-identification cannot reach the ranking: the match index's rows (src/matching/
 * profile-rows.ts) and the engine's Candidate type carry nothing else than skills and eligibility
 * attributes, and in the GraphQL schema only `viewer` and the person's own mutation lead to it.
 */
import fs from 'node:fs';
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { Prisma } from '@prisma/client';
import { getNamedType, isInterfaceType, isObjectType, isUnionType, type GraphQLNamedType, type GraphQLObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import {
  AdverseImpactReportCsvDocument,
  AdverseImpactReportDocument,
  MatchingFactsDocument,
} from '../../schema/generated/graphql.js';
import type { CandidateAttributes } from '../../src/matching/engine/eligibility.js';
import type { IndexedProfile } from '../../src/matching/engine/engine.js';
import type { Candidate, CandidateSkill } from '../../src/matching/engine/score.js';
import { allProfiles, someProfiles } from '../../src/matching/profile-rows.js';
import { schema } from '../../src/graphql/index.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { createPostgresDatabase, type TestDatabase } from '../helpers/db.js';
import { insertAgencies, insertSkills } from '../helpers/fixtures.js';

let db: TestDatabase;
let app: TestApp;
let ag: Awaited<ReturnType<typeof insertAgencies>>;
let openingGid = '';
const tok: Record<string, string> = {};
const published = new Date(Date.now() - 86_400_000);

const day = (n: number) => new Date(Date.UTC(2027, 0, 1) + n * 86_400_000);
const codes = (res: { errors?: { extensions?: { code?: string } }[] }) => (res.errors ?? []).map((e) => e.extensions?.code);

type Sex = 'FEMALE' | 'MALE' | null;
const people: { key: string; sex: Sex; level: number; veteran?: boolean; races?: string[] }[] = [
  ...Array.from({ length: 12 }, (_, i) => ({ key: `m${i}`, sex: 'MALE' as Sex, level: 3, veteran: i < 3 })),
  ...Array.from({ length: 8 }, (_, i) => ({ key: `f${i}`, sex: 'FEMALE' as Sex, level: 2 })),
  ...Array.from({ length: 4 }, (_, i) => ({ key: `f${8 + i}`, sex: 'FEMALE' as Sex, level: 1 })),
  ...Array.from({ length: 6 }, (_, i) => ({ key: `n${i}`, sex: null, level: 1, races: i < 2 ? ['ASIAN', 'WHITE'] : [] })),
];
const ids: Record<string, string> = {};

beforeAll(async () => {
  db = await createPostgresDatabase();
  ag = await insertAgencies(db.prisma);
  const sk = await insertSkills(db.prisma);
  for (const p of people) {
    const row = await db.prisma.profile.create({
      data: {
        agencyId: ag.gsa.id,
        subject: p.key,
        givenName: p.key,
        familyName: 'Test',
        discoverable: true,
        availablePercent: 100,
        grade: 12,
        skills: { create: [{ skillId: sk.python.id, level: p.level }] },
      },
    });
    ids[p.key] = row.id;
    if (p.sex || p.races?.length)
      await db.prisma.selfIdentification.create({
        data: {
          subject: p.key,
          sex: p.sex,
          raceEthnicity: (p.races ?? []) as Prisma.SelfIdentificationCreateInput['raceEthnicity'],
          veteran: p.sex === 'MALE' ? (p.veteran ? 'VETERAN' : 'NOT_VETERAN') : null,
        },
      });
  }
  const opening = await db.prisma.opening.create({
    data: {
      hostAgencyId: ag.nasa.id,
      title: 'Telemetry rotation',
      description: 'Python',
      programType: 'ROTATION',
      status: 'OPEN',
      commitmentPercent: 50,
      startDate: day(40),
      durationWeeks: 10,
      applicationDeadline: day(20),
      slots: 3,
      createdBySubject: 'nasa-hm',
      gradeMin: 11,
      gradeMax: 13,
      publishedAt: published,
      skills: { create: [{ skillId: sk.python.id, minLevel: 3, weight: 1, required: true }] },
    },
  });
  openingGid = encodeGlobalID('Opening', opening.id);
  // Women: 1 selected, 1 shortlisted, 1 declined after the shortlist, 3 submitted.
  // Men: 2 selected, 2 shortlisted, 2 submitted.
  const apply = (key: string, status: 'SUBMITTED' | 'SHORTLISTED' | 'SELECTED' | 'DECLINED') =>
    db.prisma.application.create({
      data: { openingId: opening.id, profileId: ids[key]!, status, live: status === 'DECLINED' ? null : true },
    });
  for (const [key, status] of [
    ['f0', 'SELECTED'],
    ['f1', 'SHORTLISTED'],
    ['f2', 'DECLINED'],
    ['f8', 'SUBMITTED'],
    ['f9', 'SUBMITTED'],
    ['f10', 'SUBMITTED'],
    ['m0', 'SELECTED'],
    ['m1', 'SELECTED'],
    ['m2', 'SHORTLISTED'],
    ['m3', 'SHORTLISTED'],
    ['m4', 'SUBMITTED'],
    ['m5', 'SUBMITTED'],
  ] as const) {
    const a = await apply(key, status);
    if (key === 'f2')
      await db.prisma.auditEvent.create({
        data: {
          actorSubject: 'nasa-hm',
          actorRole: 'HIRING_MANAGER',
          action: 'application.shortlisted',
          entityType: 'Application',
          entityId: a.id,
        },
      });
  }
  app = await createTestApp(db);
  tok.hr = await app.token('HR_SPECIALIST', 'NASA', { subject: 'nasa-hr' });
  tok.admin = await app.token('ADMIN', 'NASA', { subject: 'nasa-admin' });
  tok.hm = await app.token('HIRING_MANAGER', 'NASA', { subject: 'nasa-hm' });
  tok.emp = await app.token('EMPLOYEE', 'NASA', { subject: 'nasa-emp' });
  tok.gsaHr = await app.token('HR_SPECIALIST', 'GSA', { subject: 'gsa-hr' });
});
afterAll(() => db?.destroy());

const group = (g: string, population: number, count: number, impactRatio: number | null, adverseImpact: boolean) => ({
  group: g,
  population,
  count,
  rate: count / population,
  impactRatio,
  adverseImpact,
  suppressed: false,
});
const suppressed = (g: string) => ({
  group: g,
  population: null,
  count: null,
  rate: null,
  impactRatio: null,
  adverseImpact: false,
  suppressed: true,
});

describe('the report of one opening', () => {
  it('gives counts, rates, impact ratios and the four-fifths flag by stage', async () => {
    const res = await app.gql(AdverseImpactReportDocument, { input: { opening: openingGid, dimensions: ['SEX'] } }, tok.hr);
    expect(res.errors).toBeUndefined();
    const r = res.data!.adverseImpactReport;
    expect(r).toMatchObject({
      opening: { id: openingGid },
      openings: 1,
      algorithmVersion: 'skills-overlap/2',
      minGroupSize: 5,
      fourFifths: 0.8,
    });
    const stages = Object.fromEntries(r.dimensions[0]!.stages.map((s) => [s.stage, s]));
    // TOP_20: all 30 were ranked; the 12 men and 8 women lead.
    expect(stages.TOP_20).toEqual({
      stage: 'TOP_20',
      highestGroup: 'MALE',
      groups: [group('FEMALE', 12, 8, 8 / 12, true), group('MALE', 12, 12, 1, false), group('NOT_ANSWERED', 6, 0, null, false)],
    });
    expect(stages.APPLIED!.groups).toEqual([
      group('FEMALE', 12, 6, 1, false),
      group('MALE', 12, 6, 1, false),
      group('NOT_ANSWERED', 6, 0, null, false),
    ]);
    // Shortlisted once counts: f2 was declined after it (the audit log says so).
    expect(stages.SHORTLISTED!.groups).toEqual([group('FEMALE', 6, 3, 0.75, true), group('MALE', 6, 4, 1, false)]);
    expect(stages.SELECTED!.groups).toEqual([group('FEMALE', 6, 1, 0.5, true), group('MALE', 6, 2, 1, false)]);
    expect(r).toMatchObject({ comparisons: 4, flagged: 3 });
  });

  it('suppresses groups under the minimum size', async () => {
    const res = await app.gql(
      AdverseImpactReportDocument,
      { input: { opening: openingGid, dimensions: ['VETERAN', 'RACE_ETHNICITY'] } },
      tok.admin,
    );
    const [veteran, race] = res.data!.adverseImpactReport.dimensions;
    const top = veteran!.stages.find((s) => s.stage === 'TOP_20')!;
    // 3 veterans: suppressed, and never the comparison point.
    expect(top.groups.find((g) => g.group === 'VETERAN')).toEqual(suppressed('VETERAN'));
    expect(top.highestGroup).toBe('NOT_VETERAN');
    const raceTop = race!.stages.find((s) => s.stage === 'TOP_20')!;
    expect(raceTop.groups).toEqual([group('NOT_ANSWERED', 28, 20, null, false), suppressed('TWO_OR_MORE')]);
    // A larger minimum: the 12 women and 12 men are suppressed too.
    const big = await app.gql(
      AdverseImpactReportDocument,
      { input: { opening: openingGid, dimensions: ['SEX'], minGroupSize: 13 } },
      tok.hr,
    );
    expect(big.data!.adverseImpactReport.dimensions[0]!.stages[0]!.groups.every((g) => g.suppressed)).toBe(true);
    // Never fewer than five.
    const small = await app.gql(AdverseImpactReportDocument, { input: { opening: openingGid, minGroupSize: 4 } }, tok.hr);
    expect(codes(small)).toEqual(['BAD_USER_INPUT']);
  });

  it('exports the same figures as CSV', async () => {
    const res = await app.gql(
      AdverseImpactReportCsvDocument,
      { input: { opening: openingGid, dimensions: ['SEX', 'VETERAN'] } },
      tok.hr,
    );
    const lines = res.data!.adverseImpactReportCsv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('dimension,stage,group,population,count,rate,impact_ratio,adverse_impact,suppressed');
    expect(lines).toContain('SEX,TOP_20,FEMALE,12,8,0.6667,0.6667,true,false');
    expect(lines).toContain('SEX,SELECTED,MALE,6,2,0.3333,1,false,false');
    expect(lines).toContain('VETERAN,TOP_20,VETERAN,,,,,false,true');
  });
});

describe('the report over a period', () => {
  it('counts the openings published in it', async () => {
    const around = { from: new Date(published.getTime() - 3600_000).toISOString(), to: new Date().toISOString() };
    const res = await app.gql(AdverseImpactReportDocument, { input: { ...around, dimensions: ['SEX'] } }, tok.hr);
    const r = res.data!.adverseImpactReport;
    expect(r).toMatchObject({ openings: 1, opening: null, comparisons: 4, flagged: 3 });
    const before = { from: '2020-01-01T00:00:00Z', to: '2021-01-01T00:00:00Z' };
    const none = (await app.gql(AdverseImpactReportDocument, { input: { ...before, dimensions: ['SEX'] } }, tok.hr)).data!
      .adverseImpactReport;
    expect(none).toMatchObject({ openings: 0, comparisons: 0, flagged: 0 });
    expect(none.dimensions[0]!.stages.every((s) => s.groups.length === 0)).toBe(true);
    // Neither an opening nor a period, or both: refused.
    expect(codes(await app.gql(AdverseImpactReportDocument, { input: {} }, tok.hr))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await app.gql(AdverseImpactReportDocument, { input: { ...around, opening: openingGid } }, tok.hr))).toEqual([
      'BAD_USER_INPUT',
    ]);
  });
});

describe('who may read it', () => {
  it('refuses hiring managers and employees; another agency’s HR finds no such opening', async () => {
    for (const t of [tok.hm, tok.emp, undefined]) {
      const res = await app.gql(AdverseImpactReportDocument, { input: { opening: openingGid } }, t);
      expect(res.data?.adverseImpactReport ?? null).toBeNull();
      expect(codes(res).some((c) => c === 'FORBIDDEN' || c === 'UNAUTHENTICATED')).toBe(true);
    }
    const gsa = await app.gql(AdverseImpactReportDocument, { input: { opening: openingGid } }, tok.gsaHr);
    expect(codes(gsa)).toEqual(['NOT_FOUND']);
  });
});

describe('about.matching', () => {
  it('states the algorithm, its inputs, what it never uses, its parameters and the last report, to anyone', async () => {
    const before = await db.prisma.impactReportRun.count();
    await app.gql(AdverseImpactReportDocument, { input: { opening: openingGid, dimensions: ['SEX'] } }, tok.hr);
    expect(await db.prisma.impactReportRun.count()).toBe(before + 1);
    const res = await app.gql(MatchingFactsDocument, {});
    const m = res.data!.about.matching;
    expect(m.algorithmVersion).toBe('skills-overlap/2');
    expect(m.algorithms).toEqual(['skills-overlap/1', 'skills-overlap/2']);
    expect(m.neverUses.join(' ')).toMatch(/sex, race and ethnicity, disability, veteran status/);
    expect(m.inputs.length).toBeGreaterThan(3);
    expect(m.parameters.find((p) => p.name === 'MATCH_LEVEL_DECAY')!.value).toBe(0.7);
    expect(m.lastImpactReport).toMatchObject({ scope: 'OPENING', comparisons: 4, flagged: 3, minGroupSize: 5 });
    expect(Date.now() - new Date(m.lastImpactReport!.at).getTime()).toBeLessThan(60_000);
  });
});

describe('self-identification never reaches the ranking or a hiring manager', () => {
  const DEMOGRAPHIC = ['FEMALE', 'MALE', 'ASIAN', 'WHITE', 'VETERAN', 'NOT_VETERAN', 'DECLINED_TO_ANSWER'];

  it("the match index's rows hold skills and eligibility attributes only", async () => {
    const rows = [...(await allProfiles(db.exec)), ...(await someProfiles(db.exec, Object.values(ids)))];
    expect(rows.length).toBe(people.length * 2);
    for (const r of rows) {
      expect(Object.keys(r).sort()).toEqual(['attributes', 'id', 'skills']);
      expect(Object.keys(r.attributes!).sort()).toEqual([
        'agencyId',
        'availableFrom',
        'availablePercent',
        'discoverable',
        'grade',
      ]);
      for (const s of r.skills) expect(Object.keys(s).sort()).toEqual(['level', 'skillId', 'trust']);
      const text = JSON.stringify(r);
      for (const v of DEMOGRAPHIC) expect(text).not.toContain(v);
    }
    const source = fs.readFileSync(new URL('../../src/matching/profile-rows.ts', import.meta.url), 'utf8');
    expect(source).not.toMatch(/SelfIdentification|raceEthnicity|veteran|disability|"sex"/i);
  });

  it("the engine's input types have no room for it (checked by tsc)", () => {
    expectTypeOf<keyof Candidate>().toEqualTypeOf<'id' | 'skills' | 'skillCount'>();
    expectTypeOf<keyof CandidateSkill>().toEqualTypeOf<'skillId' | 'level' | 'trust'>();
    expectTypeOf<keyof CandidateAttributes>().toEqualTypeOf<
      'agencyId' | 'grade' | 'discoverable' | 'availablePercent' | 'availableFrom'
    >();
    expectTypeOf<keyof IndexedProfile>().toEqualTypeOf<'id' | 'skills' | 'skillCount' | 'attributes'>();
  });

  it('in the schema, only viewer.selfIdentification and the person’s mutation lead to it', () => {
    const SENSITIVE = new Set(['SelfIdentification', 'SelfIdSex', 'RaceEthnicity', 'DisabilityStatus', 'VeteranStatus']);
    // Every field whose type is one of these, reached from any root.
    const leads: string[] = [];
    const seen = new Set<string>();
    const queue: GraphQLNamedType[] = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter(
      (t): t is GraphQLObjectType => !!t,
    );
    while (queue.length) {
      const type = queue.shift()!;
      if (seen.has(type.name)) continue;
      seen.add(type.name);
      const members = isUnionType(type) ? type.getTypes() : isInterfaceType(type) ? schema.getPossibleTypes(type) : [];
      queue.push(...members);
      if (!isObjectType(type) && !isInterfaceType(type)) continue;
      for (const field of Object.values(type.getFields())) {
        const target = getNamedType(field.type);
        if (SENSITIVE.has(target.name) && !SENSITIVE.has(type.name)) leads.push(`${type.name}.${field.name}`);
        queue.push(target);
      }
    }
    expect(leads.sort()).toEqual(['UpdateMySelfIdentificationPayload.selfIdentification', 'Viewer.selfIdentification']);
    // The payload is reached only through the person's own mutation.
    const mutation = schema.getMutationType()!.getFields();
    const toPayload = Object.values(mutation).filter((f) => {
      const t = getNamedType(f.type);
      return isUnionType(t) && t.getTypes().some((m) => m.name === 'UpdateMySelfIdentificationPayload');
    });
    expect(toPayload.map((f) => f.name)).toEqual(['updateMySelfIdentification']);
    // And no field of any other type is named after an answer.
    for (const name of Object.keys(schema.getTypeMap())) {
      const t = schema.getType(name);
      if (!isObjectType(t) || SENSITIVE.has(name)) continue;
      for (const f of Object.keys(t.getFields())) expect(f).not.toMatch(/^(sex|race|raceEthnicity|disability|veteran)$/i);
    }
  });
});
