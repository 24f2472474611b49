/** Endorsements by colleagues and attestations by supervisors: who may, once each, audited, strongest shown. */
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AttestSkillDocument, EndorseSkillDocument } from '../../schema/generated/graphql.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { createPostgresDatabase, type TestDatabase } from '../helpers/db.js';
import { insertAgencies, insertSkills } from '../helpers/fixtures.js';

let db: TestDatabase;
let app: TestApp;
let psId = '';
const tok: Record<string, string> = {};

beforeAll(async () => {
  db = await createPostgresDatabase();
  const { nasa } = await insertAgencies(db.prisma);
  const sk = await insertSkills(db.prisma);
  const alice = await db.prisma.profile.create({
    data: {
      agencyId: nasa.id,
      subject: 'alice',
      givenName: 'Alice',
      familyName: 'Moreno',
      skills: { create: { skillId: sk.python.id, level: 4 } },
    },
    include: { skills: true },
  });
  await db.prisma.profile.create({ data: { agencyId: nasa.id, subject: 'bob', givenName: 'Bob', familyName: 'Okafor' } });
  psId = encodeGlobalID('ProfileSkill', alice.skills[0]!.id);
  app = await createTestApp(db);
  tok.alice = await app.token('EMPLOYEE', 'NASA', { subject: 'alice' });
  tok.bob = await app.token('EMPLOYEE', 'NASA', { subject: 'bob' });
  tok.carol = await app.token('EMPLOYEE', 'NASA', { subject: 'carol' });
  tok.nasaHm = await app.token('HIRING_MANAGER', 'NASA', { subject: 'nasa-hm' });
  tok.gsaHm = await app.token('HIRING_MANAGER', 'GSA', { subject: 'gsa-hm' });
  tok.gsaEmp = await app.token('EMPLOYEE', 'GSA', { subject: 'gsa-emp' });
});
afterAll(() => db?.destroy());

describe('endorsements and attestations', () => {
  it('lets a colleague endorse, once', async () => {
    const res = await app.gql(
      EndorseSkillDocument,
      { input: { profileSkill: psId, comment: 'Wrote our ingest service in Python' } },
      tok.bob,
    );
    expect(res.data!.endorseSkill).toMatchObject({
      __typename: 'EndorseSkillPayload',
      profileSkill: {
        verification: 'ENDORSED',
        endorsementCount: 1,
        endorsements: [{ kind: 'ENDORSEMENT', endorserSubject: 'bob' }],
      },
    });
    const again = await app.gql(EndorseSkillDocument, { input: { profileSkill: psId } }, tok.bob);
    expect(again.data!.endorseSkill.__typename).toBe('ConflictError');
  });

  it('refuses self-endorsement, invisible profiles and bad levels, changing nothing', async () => {
    const before = await db.prisma.endorsement.count();
    expect(
      (await app.gql(EndorseSkillDocument, { input: { profileSkill: psId } }, tok.alice)).data!.endorseSkill.__typename,
    ).toBe('ForbiddenError');
    expect(
      (await app.gql(EndorseSkillDocument, { input: { profileSkill: psId } }, tok.gsaEmp)).data!.endorseSkill.__typename,
    ).toBe('NotFoundError');
    expect(
      (await app.gql(EndorseSkillDocument, { input: { profileSkill: psId, level: 7 } }, tok.carol)).data!.endorseSkill.__typename,
    ).toBe('ValidationError');
    expect((await app.gql(EndorseSkillDocument, { input: { profileSkill: psId } })).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    expect(await db.prisma.endorsement.count()).toBe(before);
  });

  it('lets a home-agency hiring manager attest, not an outside one or a colleague', async () => {
    expect((await app.gql(AttestSkillDocument, { input: { profileSkill: psId } }, tok.bob)).data!.attestSkill.__typename).toBe(
      'ForbiddenError',
    );
    expect((await app.gql(AttestSkillDocument, { input: { profileSkill: psId } }, tok.gsaHm)).data!.attestSkill.__typename).toBe(
      'NotFoundError',
    );
    const res = await app.gql(
      AttestSkillDocument,
      { input: { profileSkill: psId, level: 4, comment: 'Led the telemetry rewrite' } },
      tok.nasaHm,
    );
    expect(res.data!.attestSkill).toMatchObject({
      profileSkill: {
        verification: 'SUPERVISOR_ATTESTED',
        endorsements: [{ kind: 'SUPERVISOR_ATTESTATION', endorserSubject: 'nasa-hm', level: 4 }, { kind: 'ENDORSEMENT' }],
      },
    });
    const events = await db.prisma.auditEvent.findMany({ orderBy: { id: 'asc' } });
    expect(events.map((e) => [e.action, e.actorSubject])).toEqual([
      ['skill.endorse', 'bob'],
      ['skill.attest', 'nasa-hm'],
    ]);
  });
});
