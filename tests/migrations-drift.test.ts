/**
 * The committed migrations must produce exactly prisma/schema.prisma (`npm run db:check`),
 * and the check must notice when they do not. Runs the real Prisma CLI on its Wasm engine.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const check = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/db/check-migrations.ts', ...args], {
    encoding: 'utf8',
    timeout: 150_000,
  });

describe('migrations and Prisma schema', () => {
  it('agree (run `npm run db:migration -- <name>` if this fails)', () => {
    const res = check();
    expect(res.stderr).toBe('');
    expect(res.status).toBe(0);
  });

  it('disagree detectably when the schema gains a column', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tm-drift-'));
    try {
      const schema = fs
        .readFileSync('prisma/schema.prisma', 'utf8')
        .replace('  name         String\n', '  name         String\n  motto        String?\n');
      expect(schema).toContain('motto');
      fs.writeFileSync(path.join(dir, 'schema.prisma'), schema);
      const res = check('--schema', path.join(dir, 'schema.prisma'));
      expect(res.status).toBe(1);
      expect(res.stderr).toMatch(/ALTER TABLE "Agency" ADD COLUMN\s+"motto" TEXT/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
