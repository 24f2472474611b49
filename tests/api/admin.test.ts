/** A mutation end to end: typed errors change nothing; success is audited; the audit log is append-only. */
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateAgencyDocument } from '../../schema/generated/graphql.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { createPostgresDatabase, type TestDatabase } from '../helpers/db.js';
import { insertAgencies } from '../helpers/fixtures.js';

let db: TestDatabase;
let app: TestApp;
let admin: string;
let doc: { id: string };

beforeAll(async () => {
  db = await createPostgresDatabase();
  ({ doc } = await insertAgencies(db.prisma));
  app = await createTestApp(db);
  admin = await app.token('ADMIN', 'GSA');
});
afterAll(() => db?.destroy());

const snapshot = async () => ({
  agencies: await db.prisma.agency.findMany({ orderBy: { id: 'asc' } }),
  audit: await db.prisma.auditEvent.count(),
});

describe('createAgency', () => {
  it('returns typed errors for bad input and changes nothing', async () => {
    const before = await snapshot();
    const cases = [
      [{ code: 'bad code!', name: 'X' }, 'ValidationError'],
      [{ code: '080', name: 'Duplicate of NASA' }, 'ConflictError'],
      [{ code: 'NEW-1', abbreviation: 'nasa', name: 'Case-insensitive duplicate?' }, null],
      [
        { code: 'NEW-2', name: 'Orphan', parent: encodeGlobalID('Agency', '00000000-0000-4000-8000-000000000000') },
        'NotFoundError',
      ],
    ] as const;
    const v = await app.gql(CreateAgencyDocument, { input: cases[0][0] }, admin);
    expect(v.data!.createAgency).toMatchObject({
      __typename: 'ValidationError',
      code: 'VALIDATION',
      problems: expect.arrayContaining([{ path: ['input', 'code'], message: 'letters, digits and dashes only' }]),
    });
    const c = await app.gql(CreateAgencyDocument, { input: cases[1][0] }, admin);
    expect(c.data!.createAgency).toMatchObject({ __typename: 'ConflictError', code: 'CONFLICT' });
    const n = await app.gql(CreateAgencyDocument, { input: cases[3][0] }, admin);
    expect(n.data!.createAgency).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
    expect(await snapshot()).toEqual(before);
  });

  it('creates a sub-agency and records who did it in the audit log', async () => {
    const res = await app.gql(
      CreateAgencyDocument,
      {
        input: {
          code: '1341',
          abbreviation: 'NIST',
          name: 'National Institute of Standards and Technology',
          parent: encodeGlobalID('Agency', doc.id),
        },
      },
      admin,
    );
    expect(res.data!.createAgency).toMatchObject({
      __typename: 'CreateAgencyPayload',
      agency: { code: '1341', abbreviation: 'NIST', parent: { id: encodeGlobalID('Agency', doc.id) } },
    });
    const events = await db.prisma.auditEvent.findMany({ where: { action: 'agency.create' } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorSubject: 'test-admin-gsa', actorRole: 'ADMIN', entityType: 'Agency' });
    expect(events[0]!.after).toMatchObject({ code: '1341', name: 'National Institute of Standards and Technology' });
  });

  it('keeps the audit and disclosure logs append-only', async () => {
    await expect(db.prisma.auditEvent.updateMany({ data: { action: 'tampered' } })).rejects.toThrow(/append-only/);
    await expect(db.prisma.auditEvent.deleteMany({})).rejects.toThrow(/append-only/);
    await expect(db.prisma.$executeRawUnsafe('TRUNCATE "AuditEvent"')).rejects.toThrow(/append-only/);
    expect(await db.prisma.auditEvent.count()).toBe(1);
  });
});
