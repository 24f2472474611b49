/**
 * Development sign-in in Chromium against the server process: signed out, the app sends a person
 * to the "sign in as" page (and back where they were going afterwards); signing in as a seeded
 * person shows their name from the API's `viewer`; signing out forgets the token. The sign-in
 * page works by keyboard alone with a visible focus, and has no axe violations at 375 and 1280 px.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPage, launch, signInAs, startStack, type Stack } from './harness.js';

let stack: Stack;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack(), launch()]);
});
afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

/** A fresh browser profile with the console errors it logs (a CSP violation is one). */
async function freshPage(): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ baseURL: stack.baseUrl, viewport: { width: 1280, height: 900 } });
  contexts.push(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  return { page, errors };
}

describe('development sign-in in the browser', () => {
  it('signs in as a seeded person, shows their name, and signs out', async () => {
    const { page, errors } = await freshPage();
    await page.goto('/');
    await page.waitForURL('**/sign-in?next=%2F');
    await expect.poll(() => page.title()).toBe('Sign in · Talent Marketplace');
    await page.locator('button[data-subject="nasa-204611"]').waitFor();
    await checkPage(page, 'sign-in');

    await page.locator('button[data-subject="nasa-204611"]').click();
    await page.waitForURL((url) => url.pathname === '/');
    // The name comes from the API (`viewer`), with the agency.
    await expect.poll(() => page.getByTestId('signed-in-as').textContent()).toBe('Signed in as Maya Okafor (NASA)');

    // A reload keeps the development session (sessionStorage of this tab).
    await page.reload();
    await expect.poll(() => page.getByTestId('signed-in-as').textContent()).toBe('Signed in as Maya Okafor (NASA)');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL('**/sign-in?signed-out=1');
    await page.getByText('You have signed out.').waitFor();
    expect(await page.getByTestId('signed-in-as').count()).toBe(0);
    await page.goto('/');
    await page.waitForURL('**/sign-in?next=%2F');
    expect(errors).toEqual([]);
  });

  it('returns to the page asked for after signing in', async () => {
    const { page } = await freshPage();
    await page.goto('/?from=bookmark#top');
    await page.waitForURL((url) => url.pathname === '/sign-in');
    expect(new URL(page.url()).searchParams.get('next')).toBe('/?from=bookmark#top');
    await page.locator('button[data-subject="gsa-118544"]').click();
    await page.waitForURL((url) => url.pathname === '/' && url.search === '?from=bookmark');
    await expect.poll(() => page.getByTestId('signed-in-as').textContent()).toContain('(GSA)');
  });

  it('shows the 404 page for an unknown path', async () => {
    const { page } = await freshPage();
    const response = await page.goto('/no/such/page');
    expect(response?.headers()['cache-control']).toBe('no-cache');
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    await checkPage(page, 'not-found');
  });

  it('signs in as a role in an agency', async () => {
    const { page } = await freshPage();
    await signInAs(page, { role: 'HIRING_MANAGER', agency: 'NASA' });
    await expect.poll(() => page.getByTestId('signed-in-as').textContent()).toMatch(/^Signed in as Hiring manager, NASA/);
  });

  it('works by keyboard alone, with a visible focus', async () => {
    const { page } = await freshPage();
    await page.goto('/sign-in');
    await page.locator('button[data-subject="nasa-204611"]').waitFor();

    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => document.activeElement?.textContent);
    expect(skip).toBe('Skip to main content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');

    // From the main region, Tab reaches the person's button; each focused control shows an outline.
    let reached = false;
    for (let i = 0; i < 60 && !reached; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        const style = el ? getComputedStyle(el) : null;
        return { subject: el?.dataset.subject ?? null, outline: style ? `${style.outlineStyle} ${style.outlineWidth}` : '' };
      });
      expect(focused.outline, `focus indicator at tab ${i + 1}`).not.toMatch(/^none|\b0px$/);
      reached = focused.subject === 'nasa-204611';
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/');
    await expect.poll(() => page.getByTestId('signed-in-as').textContent()).toContain('Maya Okafor');
  });

  it('opens the menu on a phone, with the signed-in person and sign-out in it', async () => {
    const { page } = await freshPage();
    await signInAs(page, 'nasa-204611');
    await page.setViewportSize({ width: 375, height: 800 });
    const signOut = page.getByRole('button', { name: 'Sign out' });
    expect(await signOut.isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Menu' }).click();
    await signOut.waitFor({ state: 'visible' });
    await checkPage(page, 'menu-open');
    await page.keyboard.press('Escape');
    await signOut.waitFor({ state: 'hidden' });
  });
});
