/**
 * The API smoke test, run on both runtimes: PostgreSQL (server) and PGlite (embedded default).
 * Same schema, same migrations, same generated client, same answers.
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AboutDocument,
  AgenciesDocument,
  AgencyByCodeDocument,
  NodeDocument,
  NodesDocument,
  SearchSkillsDocument,
  SkillDetailDocument,
  ViewerDocument,
} from '../../schema/generated/graphql.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { createPgliteDatabase, createPostgresDatabase, type TestDatabase } from '../helpers/db.js';
import { insertAgencies, insertSkills } from '../helpers/fixtures.js';

describe.each([
  ['PostgreSQL', createPostgresDatabase],
  ['PGlite', createPgliteDatabase],
] as const)('public API on %s', (_name, create) => {
  let db: TestDatabase;
  let app: TestApp;
  let fx: Awaited<ReturnType<typeof insertAgencies>> & Awaited<ReturnType<typeof insertSkills>>;

  beforeAll(async () => {
    db = await create();
    fx = { ...(await insertAgencies(db.prisma)), ...(await insertSkills(db.prisma)) };
    app = await createTestApp(db);
  });
  afterAll(() => db?.destroy());

  it('lists agencies without a token, alphabetically, with totalCount', async () => {
    const res = await app.gql(AgenciesDocument, { first: 3 });
    expect(res.status).toBe(200);
    expect(res.errors).toBeUndefined();
    const page = res.data!.agencies;
    expect(page.totalCount).toBe(5);
    expect(page.edges.map((e) => e.node.abbreviation)).toEqual(['CENSUS', 'DOC', 'GSA']);
    expect(page.pageInfo.hasNextPage).toBe(true);

    const next = await app.gql(AgenciesDocument, { first: 3, after: page.pageInfo.endCursor });
    expect(next.data!.agencies.edges.map((e) => e.node.abbreviation)).toEqual(['NASA', 'NOAA']);
    expect(next.data!.agencies.pageInfo.hasNextPage).toBe(false);
  });

  it('filters and orders agencies', async () => {
    const top = await app.gql(AgenciesDocument, {
      first: 10,
      filter: { topLevelOnly: true },
      orderBy: { field: 'CODE', direction: 'DESC' },
    });
    expect(top.data!.agencies.edges.map((e) => e.node.code)).toEqual(['080', '047', '013']);
    expect(top.data!.agencies.totalCount).toBe(3);
    const search = await app.gql(AgenciesDocument, { first: 10, filter: { search: 'nasa' } });
    expect(search.data!.agencies.edges.map((e) => e.node.code)).toEqual(['080']);
    const sub = await app.gql(AgencyByCodeDocument, { code: 'DOC' });
    expect(sub.data!.agency!.subAgencies.totalCount).toBe(2);
    expect(sub.data!.agency!.subAgencies.nodes.map((a) => a.code)).toEqual(['1323', '1330']);
  });

  it('searches skills by word prefixes over names and alternative labels, ranked', async () => {
    const res = await app.gql(SearchSkillsDocument, { first: 10, filter: { search: 'pyth' } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.skills.nodes.map((s) => s.name)).toEqual(['Python', 'Python (computer programming)']);
    expect(res.data!.skills.totalCount).toBe(2);

    const label = await app.gql(SearchSkillsDocument, { first: 10, filter: { search: 'postgres' } });
    expect(label.data!.skills.nodes.map((s) => s.name)).toEqual(['PostgreSQL']);
    const alt = await app.gql(SearchSkillsDocument, { first: 10, filter: { search: 'data analy' } });
    expect(alt.data!.skills.nodes.map((s) => s.name)).toEqual(['perform data analysis']);
    const scoped = await app.gql(SearchSkillsDocument, { first: 10, filter: { search: 'python', schemes: ['ESCO'] } });
    expect(scoped.data!.skills.nodes.map((s) => s.scheme)).toEqual(['ESCO']);
    const none = await app.gql(SearchSkillsDocument, { first: 10, filter: { search: '%' } });
    expect(none.data!.skills.totalCount).toBe(6);
  });

  it('pages through skills with stable cursors', async () => {
    const first = await app.gql(SearchSkillsDocument, { first: 4 });
    const second = await app.gql(SearchSkillsDocument, { first: 4, after: first.data!.skills.pageInfo.endCursor });
    const names = [...first.data!.skills.nodes, ...second.data!.skills.nodes].map((s) => s.name);
    expect(names).toHaveLength(6);
    expect(new Set(names).size).toBe(6);
    expect(second.data!.skills.pageInfo.hasNextPage).toBe(false);
  });

  it('shows broader, narrower and related skills', async () => {
    const res = await app.gql(SkillDetailDocument, { scheme: 'ONET', code: '2.B.3.e' });
    const skill = res.data!.skill!;
    expect(skill.broader.map((s) => s.name)).toEqual(['Technical Skills']);
    expect(skill.narrower.nodes.map((s) => s.name)).toEqual(['PostgreSQL', 'Python']);
    expect(skill.narrower.totalCount).toBe(2);
    const py = await app.gql(SkillDetailDocument, { scheme: 'ONET_TECH', code: '43232405|Python' });
    expect(py.data!.skill!.related.map((s) => s.scheme)).toEqual(['ESCO']);
    const esco = await app.gql(SkillDetailDocument, { scheme: 'ESCO', code: fx.pyEsco.code });
    expect(esco.data!.skill!.related.map((s) => s.name)).toEqual(['Python']);
  });

  it('round-trips global IDs through node and nodes', async () => {
    const list = await app.gql(AgenciesDocument, { first: 1, filter: { search: 'GSA' } });
    const id = list.data!.agencies.edges[0]!.node.id;
    expect(id).toBe(encodeGlobalID('Agency', fx.gsa.id));
    const node = await app.gql(NodeDocument, { id });
    expect(node.data!.node).toMatchObject({ __typename: 'Agency', id, code: '047' });

    const skillId = encodeGlobalID('Skill', fx.python.id);
    const skill = await app.gql(NodeDocument, { id: skillId });
    expect(skill.data!.node).toMatchObject({ __typename: 'Skill', id: skillId, name: 'Python' });

    const both = await app.gql(NodesDocument, { ids: [skillId, id] });
    expect(both.data!.nodes.map((n) => n?.__typename)).toEqual(['Skill', 'Agency']);

    const missing = await app.gql(NodeDocument, { id: encodeGlobalID('Agency', '00000000-0000-4000-8000-000000000000') });
    expect(missing.errors).toBeUndefined();
    expect(missing.data!.node).toBeNull();

    for (const bad of ['nonsense', encodeGlobalID('Agency', '42'), encodeGlobalID('Nope', fx.gsa.id)]) {
      const res = await app.gql(NodeDocument, { id: bad });
      expect(res.status).toBe(200);
      expect(res.data?.node ?? null).toBeNull();
      expect(res.errors?.[0]?.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
    }
  });

  it('answers viewer with the token’s principal, and null without one', async () => {
    expect((await app.gql(ViewerDocument)).data!.viewer).toBeNull();
    const token = await app.token(['HIRING_MANAGER', 'EMPLOYEE'], 'NASA', { name: 'Ada Lovelace' });
    const res = await app.gql(ViewerDocument, {}, token);
    expect(res.data!.viewer).toMatchObject({
      subject: 'test-hiring_manager-employee-nasa',
      name: 'Ada Lovelace',
      roles: ['HIRING_MANAGER', 'EMPLOYEE'],
      scopes: ['read', 'write'],
      agency: { code: '080', name: 'National Aeronautics and Space Administration' },
    });
  });

  it('states its name, version and taxonomy attributions', async () => {
    await db.prisma.taxonomyRelease.create({
      data: { scheme: 'ONET', version: '29.0', title: 'O*NET', licence: 'CC BY 4.0', attribution: 'O*NET attribution' },
    });
    const res = await app.gql(AboutDocument);
    expect(res.data!.about.taxonomies).toEqual([
      { scheme: 'ONET', version: '29.0', licence: 'CC BY 4.0', attribution: 'O*NET attribution' },
    ]);
  });
});
