/**
 * Builds the web app when its build is missing or stale, so that `npm start` alone serves it.
 * Stale means: the SHA-256 over src/web's files, vite.config.ts and package-lock.json differs
 * from the one the build recorded (dist/web/.source-hash). Processes starting at once (tests in
 * parallel, two terminals) build once: a lock directory (with the builder's pid, so a lock left
 * by a killed process is taken over) says who builds, the others wait for it and use its output. The build goes to a temporary directory and replaces the old one whole.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger } from './logger.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const WEB_SRC = path.join(ROOT, 'src/web');
export const WEB_DIST = path.join(ROOT, 'dist/web');
const HASH_FILE = '.source-hash';
/** A lock older than this is from a build that died; it is taken over. */
const STALE_LOCK_MS = 5 * 60_000;

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]))
    .sort();
}

/** The hash the build of the current sources would record. */
export function sourceHash(): string {
  const hash = createHash('sha256');
  for (const file of [...filesUnder(WEB_SRC), path.join(ROOT, 'vite.config.ts'), path.join(ROOT, 'package-lock.json')]) {
    if (!fs.existsSync(file)) continue;
    hash.update(path.relative(ROOT, file)).update('\0').update(fs.readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

export function isBuildFresh(outDir = WEB_DIST, hash = sourceHash()): boolean {
  try {
    return fs.readFileSync(path.join(outDir, HASH_FILE), 'utf8') === hash && fs.existsSync(path.join(outDir, 'index.html'));
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Whether the process that holds a lock is gone (killed mid-build, SIGKILL leaves the lock). */
function holderGone(lock: string): boolean {
  try {
    const pid = Number(fs.readFileSync(path.join(lock, 'pid'), 'utf8'));
    if (!pid) return Date.now() - fs.statSync(lock).mtimeMs > 10_000; // still writing its pid, or broken
    process.kill(pid, 0);
    return false;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ESRCH') return true;
    if (code === 'ENOENT') return !fs.existsSync(lock) ? false : Date.now() - fs.statSync(lock).mtimeMs > 10_000;
    return false; // EPERM: alive, another user's
  }
}

async function acquire(lock: string): Promise<boolean> {
  for (;;) {
    try {
      fs.mkdirSync(lock);
      fs.writeFileSync(path.join(lock, 'pid'), String(process.pid));
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    try {
      if (holderGone(lock) || Date.now() - fs.statSync(lock).mtimeMs > STALE_LOCK_MS) {
        fs.rmSync(lock, { recursive: true, force: true });
      }
    } catch {
      // Released meanwhile.
    }
    await sleep(250);
    if (!fs.existsSync(lock)) return false; // someone finished: check their build first
  }
}

/**
 * Vite's production build of src/web into `outDir` (sizes printed by Vite and vite.config.ts), in
 * a child process with NODE_ENV=production: Vite would otherwise bundle React's development build
 * when the service runs with NODE_ENV=development.
 */
export async function buildWeb(outDir: string, hash = sourceHash()): Promise<void> {
  const tmp = `${outDir}.tmp-${process.pid}`;
  const vite = path.join(ROOT, 'node_modules/vite/bin/vite.js');
  const args = [vite, 'build', '--config', path.join(ROOT, 'vite.config.ts'), '--outDir', tmp, '--emptyOutDir'];
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, NODE_ENV: 'production' }, stdio: 'inherit' });
  // A service stopped mid-build stops its build too.
  const stop = () => child.kill();
  process.once('exit', stop);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', resolve);
  }).finally(() => process.off('exit', stop));
  if (code !== 0) {
    fs.rmSync(tmp, { recursive: true, force: true });
    throw new Error(`the web app's build failed (vite build exited with ${code}); its output is above`);
  }
  fs.writeFileSync(path.join(tmp, HASH_FILE), hash);
  const old = `${outDir}.old-${process.pid}`;
  if (fs.existsSync(outDir)) fs.renameSync(outDir, old);
  fs.renameSync(tmp, outDir);
  fs.rmSync(old, { recursive: true, force: true });
}

/** Builds unless the build is fresh; returns whether this process built. */
export async function ensureWebBuild({
  log,
  outDir = WEB_DIST,
}: {
  log: Pick<Logger, 'info'>;
  outDir?: string;
}): Promise<boolean> {
  fs.mkdirSync(path.dirname(outDir), { recursive: true });
  const lock = `${outDir}.lock`;
  for (;;) {
    const hash = sourceHash();
    if (isBuildFresh(outDir, hash)) return false;
    if (!(await acquire(lock))) continue;
    try {
      if (isBuildFresh(outDir, sourceHash())) return false;
      // Holding the lock, nobody else builds: leftovers are from a builder that was killed.
      const base = path.basename(outDir);
      for (const name of fs.readdirSync(path.dirname(outDir))) {
        if (name.startsWith(`${base}.tmp-`) || name.startsWith(`${base}.old-`)) {
          fs.rmSync(path.join(path.dirname(outDir), name), { recursive: true, force: true });
        }
      }
      log.info({ outDir }, 'building the web app (its build is missing or older than src/web)');
      const started = Date.now();
      await buildWeb(outDir, hash);
      log.info({ ms: Date.now() - started }, 'web app built');
      return true;
    } finally {
      fs.rmSync(lock, { recursive: true, force: true });
    }
  }
}
