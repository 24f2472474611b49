/**
 * Fuzzing, CI size: requests generated from the schema (tests/fuzz) against the seeded demo on
 * PostgreSQL, as JSON POSTs and GETs, from every kind of caller including signed tokens with
 * hostile claims. No 5xx, no header Node would refuse, no masked or leaking internal error, no
 * write by a refused mutation.
 * The full run is `npm run fuzz` (10,000 cases by default). FUZZ_SEED and FUZZ_RUNS override.
 */
import fs from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { seedDemo } from '../../seeds/seed.js';
import { schema } from '../../src/graphql/index.js';
import { caseArb, describeCase, nodeTypes } from '../fuzz/arbitraries.js';
import { formatTally, FuzzOracle } from '../fuzz/oracle.js';
import { createTestApp } from '../helpers/app.js';
import { createPostgresDatabase, type TestDatabase } from '../helpers/db.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20_260_707);
const RUNS = Number(process.env.FUZZ_RUNS ?? 500);

let db: TestDatabase;
let oracle: FuzzOracle;

beforeAll(async () => {
  db = await createPostgresDatabase(4);
  await seedDemo(db.prisma);
  oracle = await FuzzOracle.create(await createTestApp(db), db, nodeTypes(schema));
});
afterAll(() => db?.destroy());

it('the fingerprint sees a write, and a refused mutation leaves it as it was', async () => {
  const admin = `Bearer ${await oracle.app.token('ADMIN', 'GSA')}`;
  const create = (code: string) =>
    oracle.app.yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: admin },
      body: JSON.stringify({
        query: `mutation { createAgency(input: { code: "${code}", name: "Fingerprint check" }) { __typename } }`,
      }),
    });
  const before = await oracle.fingerprint();
  expect(await (await create('bad code!')).json()).toMatchObject({ data: { createAgency: { __typename: 'ValidationError' } } });
  expect(await oracle.fingerprint()).toBe(before);
  expect(await (await create('FP-1')).json()).toMatchObject({
    data: { createAgency: { __typename: 'CreateAgencyPayload' } },
  });
  const after = await oracle.fingerprint();
  expect(after).not.toBe(before);
  // Agency gained a row; the audit log recorded it.
  expect(
    after
      .split(' ')
      .filter((t) => !before.split(' ').includes(t))
      .map((t) => t.split(':')[0]),
  ).toEqual(expect.arrayContaining(['Agency', 'AuditEvent']));
});

it(`${RUNS} generated requests: no 5xx, no internal error, refused mutations change nothing (seed ${SEED})`, async () => {
  process.stdout.write(`fuzz: seed ${SEED}, ${RUNS} cases (FUZZ_SEED=${SEED} FUZZ_RUNS=${RUNS} to repeat)\n`);
  const started = Date.now();
  try {
    // On failure fast-check shrinks the case and reports it (principal, operation, variables).
    await fc.assert(
      fc.asyncProperty(caseArb(schema, oracle.pools), async (c) => {
        const v = await oracle.run(c);
        if (process.env.FUZZ_LOG) fs.appendFileSync(process.env.FUZZ_LOG, `=== ${v.outcome}${describeCase(c)}${v.response}\n`);
        if (v.failure) throw new Error(`${v.failure}\n${describeCase(c)}`);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  } finally {
    process.stdout.write(
      `fuzz: ${RUNS} cases in ${((Date.now() - started) / 1000).toFixed(1)} s\n${formatTally(oracle.tally)}\nvariants:\n${formatTally(oracle.variants)}\n`,
    );
  }
  // The run reached past validation and authorization: some of each outcome, not only refusals.
  expect(oracle.tally.get('ok') ?? 0).toBeGreaterThan(RUNS / 20);
  expect(oracle.tally.get('ok (mutation)') ?? 0).toBeGreaterThan(0);
  expect([...oracle.tally.keys()].some((k) => k.startsWith('typed:'))).toBe(true);
  // And the request variants were all sent: GETs, malformed GET parameters, hostile claims.
  for (const variant of ['GET', 'GET, raw variables/extensions', 'signed token, hostile claims'])
    expect(oracle.variants.get(variant) ?? 0, variant).toBeGreaterThan(0);
}, 180_000);
