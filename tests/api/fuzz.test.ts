/**
 * Fuzzing, CI size: requests generated from the schema (tests/fuzz) against the seeded demo on
 * PostgreSQL. No 5xx, no masked or leaking internal error, no write by a refused mutation.
 * The full run is `npm run fuzz` (10,000 cases by default). FUZZ_SEED and FUZZ_RUNS override.
 */
import fs from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { seedDemo } from '../../seeds/seed.js';
import { schema } from '../../src/schema/index.js';
import { caseArb, describeCase, nodeTypes } from '../fuzz/arbitraries.js';
import { formatTally, FuzzOracle, loadPools } from '../fuzz/oracle.js';
import { createTestApp } from '../helpers/app.js';
import { createPostgresDatabase, type TestDatabase } from '../helpers/db.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20_260_707);
const RUNS = Number(process.env.FUZZ_RUNS ?? 500);

let db: TestDatabase;
let oracle: FuzzOracle;

beforeAll(async () => {
  db = await createPostgresDatabase(4);
  await seedDemo(db.prisma);
  oracle = await FuzzOracle.create(await createTestApp(db), db);
});
afterAll(() => db?.destroy());

it(`${RUNS} generated requests: no 5xx, no internal error, refused mutations change nothing (seed ${SEED})`, async () => {
  process.stdout.write(`fuzz: seed ${SEED}, ${RUNS} cases (FUZZ_SEED=${SEED} FUZZ_RUNS=${RUNS} to repeat)\n`);
  const pools = await loadPools(db.prisma, nodeTypes(schema));
  const started = Date.now();
  await fc.assert(
    fc.asyncProperty(caseArb(schema, pools), async (c) => {
      const v = await oracle.run(c);
      if (process.env.FUZZ_LOG) fs.appendFileSync(process.env.FUZZ_LOG, `=== ${v.outcome}${describeCase(c)}${v.response}\n`);
      if (v.failure) throw new Error(`${v.failure}\n${describeCase(c)}`);
    }),
    { seed: SEED, numRuns: RUNS },
  );
  process.stdout.write(`fuzz: ${RUNS} cases in ${((Date.now() - started) / 1000).toFixed(1)} s\n${formatTally(oracle.tally)}\n`);
  // The run reached past validation and authorization: some of each outcome, not only refusals.
  expect(oracle.tally.get('ok') ?? 0).toBeGreaterThan(RUNS / 20);
  expect(oracle.tally.get('ok (mutation)') ?? 0).toBeGreaterThan(0);
  expect([...oracle.tally.keys()].some((k) => k.startsWith('typed:'))).toBe(true);
}, 180_000);
