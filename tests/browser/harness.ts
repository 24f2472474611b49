/**
 * Browser tests' harness: the real server process (as `npm start` runs it: the web app built when
 * stale and served at /, the API at /graphql) on the demo data in its own PostgreSQL database,
 * and Debian's Chromium driven by playwright-core.
 *
 *   const stack = await startStack();            // { baseUrl, close }
 *   const browser = await launch();
 *   const page = await browser.newPage({ baseURL: stack.baseUrl });
 *   await signInAs(page, 'nasa-204611');         // a seeded person, or { role, agency }
 *   await checkPage(page, 'opportunities');      // axe WCAG 2.1 AA: 0 violations; screenshots
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { createPostgresDatabase } from '../helpers/db.js';
import { freePort } from '../setup/postgres.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SCREENSHOTS = path.join(ROOT, 'tests/browser/screenshots');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** What Chromium needs on an offline CI machine without a display or a sandbox. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
/** The widths every page is checked and photographed at: a phone and a desktop. */
export const WIDTHS = [375, 1280] as const;

export interface Stack {
  baseUrl: string;
  /** The server's output so far (for failure messages). */
  output(): string;
  close(): Promise<void>;
}

export interface StackOptions {
  /** Extra environment for the server (e.g. AUTH_JWKS_URL for the OpenID Connect test). */
  env?: Record<string, string>;
  /** Load the demo data (default true). */
  seed?: boolean;
}

/**
 * The server process on a fresh database with the demo data, once it serves the web app. The
 * first stack of a run may build it (src/app/build.ts; parallel starts wait for one build).
 */
export async function startStack({ env = {}, seed = true }: StackOptions = {}): Promise<Stack> {
  const db = await createPostgresDatabase(1);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tm-browser-'));
  // A test that must know the address first (an identity provider's redirect URIs) passes PORT.
  const port = env.PORT ? Number(env.PORT) : await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/app/server.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: db.url!,
      DATA_DIR: dataDir,
      SEED_DEMO: String(seed),
      LOG_LEVEL: 'info',
      RATE_LIMIT_POINTS: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const close = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(killer);
    }
    await db.destroy();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 240_000;
  while (!out.includes('"msg":"listening"')) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await close();
      throw new Error(`the server did not start:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const baseUrl = `http://127.0.0.1:${port}`;
  // The API listens at once; the web app may still be building (503 until it is served).
  for (;;) {
    const status = await fetch(baseUrl, { headers: { accept: 'text/html' } }).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) break;
    if (status === 500 || child.exitCode !== null || Date.now() > deadline) {
      await close();
      throw new Error(`the web app was not served (HTTP ${status}):\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { baseUrl, output: () => out, close };
}

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/** A seeded person by subject (e.g. 'nasa-204611'), or a role in an agency. */
export type Who = string | { role: 'HIRING_MANAGER' | 'HR_SPECIALIST' | 'ADMIN'; agency: string };

/** Signs in through the development "sign in as" page and waits for the header to name them. */
export async function signInAs(page: Page, who: Who): Promise<void> {
  await page.goto('/sign-in');
  if (typeof who === 'string') {
    await page.locator(`button[data-subject="${who}"]`).click();
  } else {
    await page.getByLabel('Role').selectOption(who.role);
    await page.getByLabel('Agency').selectOption(who.agency);
    await page.getByRole('button', { name: 'Sign in with this role' }).click();
  }
  await page.waitForURL((url) => url.pathname !== '/sign-in');
  await page.getByTestId('signed-in-as').first().waitFor();
}

/** axe-core's WCAG 2.0/2.1 A and AA rules (the Section 508 standard). */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export async function axeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
}

/**
 * The page at each width: 0 axe WCAG 2.1 AA violations and a full-page screenshot in
 * tests/browser/screenshots/<name>-<width>.png (git-ignored, for review). The viewport is put back.
 */
export async function checkPage(page: Page, name: string): Promise<void> {
  const before = page.viewportSize();
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  try {
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: before?.height ?? 900 });
      // Let layout settle (the header switches between the menu button and the full nav).
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      expect(await axeViolations(page), `axe violations on ${name} at ${width} px`).toEqual([]);
      await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${width}.png`), fullPage: true });
    }
  } finally {
    if (before) await page.setViewportSize(before);
  }
}
