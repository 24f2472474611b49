/**
 * Request logging through the real Yoga handler: the request ID of the `x-request-id` response
 * header is on every line of the request, the masked unexpected error's line included.
 */
import type { PrismaClient } from '@prisma/client';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/app/logger.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { createPostgresDatabase, type TestDatabase } from '../helpers/db.js';
import { insertAgencies } from '../helpers/fixtures.js';

type Line = { level: string; msg: string; requestId?: string; [k: string]: unknown };

const lines: Line[] = [];
const destination = new Writable({
  write(chunk, _encoding, done) {
    lines.push(JSON.parse(String(chunk)) as Line);
    done();
  },
});

let db: TestDatabase;
let app: TestApp;
/** While set, every agency query throws: a bug in a resolver, as far as the client can tell. */
let failing = false;

/** The client with its agency queries made to throw while `failing` is set. */
function faulty(prisma: PrismaClient): PrismaClient {
  return new Proxy(prisma, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (prop !== 'agency') return value;
      return new Proxy(value as object, {
        get(delegate, method, r) {
          const fn = Reflect.get(delegate, method, r);
          if (typeof fn !== 'function') return fn;
          return (...args: unknown[]) => {
            if (failing) throw new Error('resolver bug: cannot read properties of undefined');
            return (fn as (...a: unknown[]) => unknown).apply(delegate, args);
          };
        },
      });
    },
  });
}

beforeAll(async () => {
  db = await createPostgresDatabase(2);
  await insertAgencies(db.prisma);
  app = await createTestApp({ ...db, prisma: faulty(db.prisma) }, {}, { log: createLogger('debug', destination) });
});
afterAll(() => db?.destroy());

const QUERY = '{ agencies(first: 2) { totalCount edges { node { name } } } }';

async function failingRequest(headers: Record<string, string> = {}) {
  failing = true;
  lines.length = 0;
  try {
    return await app.post({ query: QUERY }, { headers });
  } finally {
    failing = false;
  }
}

describe('request logging', () => {
  it('logs a masked unexpected error with the request ID the response header carries', async () => {
    const res = await failingRequest({ 'x-request-id': 'trace-4f2a.9' });
    expect(res.errors?.[0]).toMatchObject({ message: 'Unexpected error.' });
    expect(JSON.stringify(res.body)).not.toContain('resolver bug');
    expect(res.headers.get('x-request-id')).toBe('trace-4f2a.9');

    const errorLine = lines.find((l) => l.msg === 'unexpected error');
    expect(errorLine).toMatchObject({
      level: 'error',
      requestId: 'trace-4f2a.9',
      error: { message: 'resolver bug: cannot read properties of undefined' },
      path: expect.arrayContaining(['agencies']),
    });
    // Yoga's own debug lines of the request too: every line, not only ours.
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.filter((l) => l.requestId !== 'trace-4f2a.9')).toEqual([]);
  });

  it('gives a request without a usable x-request-id a new ID, in the header and on the lines', async () => {
    for (const headers of [{}, { 'x-request-id': 'not a sane id; drop table' }] as Record<string, string>[]) {
      const res = await failingRequest(headers);
      const id = res.headers.get('x-request-id');
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      expect(lines.find((l) => l.msg === 'unexpected error')?.requestId).toBe(id);
      expect(lines.every((l) => l.requestId === id)).toBe(true);
    }
  });

  it('answers normally once the fault is gone, still with a request ID', async () => {
    lines.length = 0;
    const res = await app.post({ query: QUERY });
    expect(res.errors).toBeUndefined();
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(lines.filter((l) => l.level === 'error')).toEqual([]);
  });
});
