/** The change feed's plain rules: the cursor codec, the agencies a viewer reads, grouping and paging. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  comparePositions,
  CursorError,
  decodeCursor,
  deliverable,
  encodeCursor,
  feedAgencies,
  groupChanges,
  mayReadChanges,
  readChangePage,
  type ChangeEntityType,
  type ChangePosition,
  type ChangeRow,
} from '../../src/modules/changes/rules.js';

const MAX = 2n ** 63n - 1n;
const position = fc.record({ xid: fc.bigInt({ min: 0n, max: MAX }), seq: fc.bigInt({ min: 0n, max: MAX }) });

describe('cursor codec', () => {
  it('round-trips every position and keeps to the URL-safe alphabet', () => {
    fc.assert(
      fc.property(position, (p) => {
        const c = encodeCursor(p);
        expect(c).toMatch(/^[A-Za-z0-9_-]+$/);
        expect(decodeCursor(c)).toEqual(p);
      }),
    );
  });

  it('is "v1:xid:seq" in base64url', () => {
    expect(Buffer.from(encodeCursor({ xid: 812n, seq: 40n }), 'base64url').toString()).toBe('v1:812:40');
  });

  it('refuses anything else', () => {
    const b64 = (s: string) => Buffer.from(s).toString('base64url');
    for (const bad of [
      '',
      '====',
      'not a cursor',
      b64('v1:1:'),
      b64('v1::1'),
      b64('v1:1:2:'),
      b64('V1:1:2'),
      b64('v2:1:2'),
      b64('v1: 1:2'),
      b64('v1:+1:2'),
      b64('v1:1.0:2'),
      b64('v1:007:2'),
      b64(`v1:${MAX + 1n}:0`),
      b64(`v1:0:${MAX + 1n}`),
      `${b64('v1:10:2')}==`,
      b64('v1:1:2').replace(/^./, (ch) => (ch === 'd' ? 'D' : 'd')),
      'x'.repeat(65),
    ]) {
      expect(() => decodeCursor(bad), bad).toThrow(CursorError);
    }
  });

  it('refuses arbitrary strings unless they are exactly an encoded position', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        let decoded: ChangePosition | null = null;
        try {
          decoded = decodeCursor(s);
        } catch (e) {
          expect(e).toBeInstanceOf(CursorError);
        }
        if (decoded) expect(encodeCursor(decoded)).toBe(s);
      }),
    );
  });

  it('orders positions by xid, then seq', () => {
    fc.assert(
      fc.property(position, position, (a, b) => {
        const c = comparePositions(a, b);
        expect(c).toBe(-comparePositions(b, a) || 0);
        expect(c === 0).toBe(a.xid === b.xid && a.seq === b.seq);
        if (a.xid !== b.xid) expect(c).toBe(a.xid < b.xid ? -1 : 1);
      }),
    );
  });
});

describe('who reads which agencies', () => {
  const agencies = [
    { id: 'doc', parentId: null },
    { id: 'noaa', parentId: 'doc' },
    { id: 'nws', parentId: 'noaa' },
    { id: 'census', parentId: 'doc' },
    { id: 'nasa', parentId: null },
    { id: 'loop-a', parentId: 'loop-b' },
    { id: 'loop-b', parentId: 'loop-a' },
  ];

  it('an agency and everything below it', () => {
    expect(feedAgencies('doc', agencies).sort()).toEqual(['census', 'doc', 'noaa', 'nws']);
    expect(feedAgencies('noaa', agencies).sort()).toEqual(['noaa', 'nws']);
    expect(feedAgencies('nasa', agencies)).toEqual(['nasa']);
    expect(feedAgencies('unknown', agencies)).toEqual([]);
    expect(feedAgencies('loop-a', agencies).sort()).toEqual(['loop-a', 'loop-b']);
  });

  it('HR specialists and read-scoped integrations', () => {
    expect(mayReadChanges({ roles: ['HR_SPECIALIST'], scopes: ['read', 'write'] })).toBe(true);
    expect(mayReadChanges({ roles: ['INTEGRATION'], scopes: ['read'] })).toBe(true);
    expect(mayReadChanges({ roles: ['INTEGRATION'], scopes: ['write'] })).toBe(false);
    for (const role of ['EMPLOYEE', 'HIRING_MANAGER', 'ADMIN'])
      expect(mayReadChanges({ roles: [role], scopes: ['read', 'write'] })).toBe(false);
    expect(mayReadChanges(null)).toBe(false);
  });
});

describe('grouping and paging', () => {
  const at = new Date('2026-01-01T00:00:00Z');
  const row = (xid: number, seq: number, entityId: string, operation: ChangeRow['operation'] = 'UPDATED'): ChangeRow => ({
    xid: BigInt(xid),
    seq: BigInt(seq),
    entityType: 'PROFILE',
    entityId,
    operation,
    at,
  });

  it('joins adjacent rows of one transaction about the same entity and operation, and nothing else', () => {
    const rows = [
      row(5, 1, 'a', 'CREATED'),
      row(5, 2, 'a'),
      row(5, 3, 'a'),
      row(5, 4, 'b'),
      row(5, 5, 'a'),
      row(6, 6, 'a'),
      row(6, 7, 'a', 'DELETED'),
    ];
    expect(groupChanges(rows).map((c) => [c.entityId, c.operation, c.position.xid, c.position.seq])).toEqual([
      ['a', 'CREATED', 5n, 1n],
      ['a', 'UPDATED', 5n, 3n],
      ['b', 'UPDATED', 5n, 4n],
      ['a', 'UPDATED', 5n, 5n],
      ['a', 'UPDATED', 6n, 6n],
      ['a', 'DELETED', 6n, 7n],
    ]);
  });

  /** A fetch over a fixed, ordered list of rows, as the SQL returns them. */
  const source = (rows: ChangeRow[]) => {
    const calls: number[] = [];
    const fetch = async (after: ChangePosition, limit: number) => {
      calls.push(limit);
      return rows.filter((r) => comparePositions(r, after) > 0).slice(0, limit);
    };
    return { fetch, calls };
  };

  it('pages through random streams: same changes at any page size, no change split across pages', async () => {
    const stream = fc
      .array(
        fc.record({
          newTx: fc.boolean(),
          entity: fc.constantFrom('a', 'b', 'c'),
          op: fc.constantFrom('CREATED', 'UPDATED', 'DELETED'),
        }),
        { maxLength: 120 },
      )
      .map((steps) => {
        let xid = 100;
        return steps.map((s, i) => row(s.newTx ? ++xid : xid, i + 1, s.entity, s.op as ChangeRow['operation']));
      });
    await fc.assert(
      fc.asyncProperty(stream, fc.integer({ min: 1, max: 10 }), async (rows, first) => {
        const { fetch } = source(rows);
        const whole = groupChanges(rows);
        const got: string[] = [];
        let after: ChangePosition = { xid: 0n, seq: 0n };
        for (let i = 0; ; i++) {
          const page = await readChangePage(after, first, fetch);
          expect(page.changes.length).toBeLessThanOrEqual(first);
          got.push(...page.changes.map((c) => encodeCursor(c.position)));
          if (page.changes.length) after = page.changes.at(-1)!.position;
          if (!page.hasNextPage) break;
          expect(page.changes.length).toBe(first);
          expect(i).toBeLessThan(rows.length + 1);
        }
        expect(got).toEqual(whole.map((c) => encodeCursor(c.position)));
      }),
    );
  });

  it('reads on until a long change ends', async () => {
    const rows = [...Array.from({ length: 50 }, (_, i) => row(7, i + 1, 'busy')), row(8, 51, 'next')];
    const { fetch, calls } = source(rows);
    const page = await readChangePage({ xid: 0n, seq: 0n }, 1, fetch);
    expect(page.changes.map((c) => [c.entityId, c.position.seq])).toEqual([['busy', 50n]]);
    expect(page.hasNextPage).toBe(true);
    expect(calls.length).toBeGreaterThan(1);
    const rest = await readChangePage(page.changes[0]!.position, 1, fetch);
    expect(rest).toMatchObject({ changes: [{ entityId: 'next' }], hasNextPage: false });
  });

  it('an empty stream is an empty last page', async () => {
    expect(await readChangePage({ xid: 3n, seq: 9n }, 5, source([]).fetch)).toEqual({ changes: [], hasNextPage: false });
  });
});

describe('deliverable', () => {
  const change = (
    entityType: ChangeEntityType,
    agencyIds: string[],
    operation: 'CREATED' | 'UPDATED' | 'DELETED' = 'UPDATED',
  ) => ({
    entityType,
    entityId: 'e',
    operation,
    at: new Date(0),
    position: { xid: 1n, seq: 1n },
    agencyIds,
  });

  it('delivers what the reader may read now', () => {
    expect(deliverable(change('APPLICATION', ['home']), 'home', true)).toBe(true);
  });

  it('withholds, even as an ID, what the reader may not read', () => {
    expect(deliverable(change('APPLICATION', ['home', 'host']), 'home', false)).toBe(false);
    expect(deliverable(change('ROTATION', ['home']), 'home', false)).toBe(false);
    // A bureau's person, read by the department: not the department's own agency.
    expect(deliverable(change('PROFILE', ['bureau'], 'CREATED'), 'department', false)).toBe(false);
  });

  it("always delivers the reader's own profiles and openings, so moves and deletes reach its copy", () => {
    for (const op of ['CREATED', 'UPDATED', 'DELETED'] as const) {
      expect(deliverable(change('PROFILE', ['old', 'new'], op), 'old', false)).toBe(true);
      expect(deliverable(change('OPENING', ['host'], op), 'host', false)).toBe(true);
    }
  });
});
