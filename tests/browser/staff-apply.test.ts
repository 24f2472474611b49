/**
 * The staff pages in Chromium against the real server on the demo data: find an opening by keyword
 * and skill, read why I fit, apply; withdraw and apply again; the supervisor approves. Every page
 * visited passes axe (WCAG 2.1 AA) and is photographed at phone and desktop widths (checkPage).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPage, launch, signInAs, startStack } from './harness.js';

let stack: Awaited<ReturnType<typeof startStack>>;
let browser: Browser;

beforeAll(async () => {
  stack = await startStack();
  browser = await launch();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

/** Waits for a value as a page settles; generous, since the shared machine can be slow. */
const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 30_000, interval: 250 });

async function newPage(who: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: stack.baseUrl });
  const page = await context.newPage();
  await signInAs(page, who);
  return page;
}

describe('staff: find, apply, withdraw, approve', () => {
  it('finds an opening by keyword and skill, shows why I fit, applies, withdraws and applies again', async () => {
    // Jasmine Wu, GSA UX designer with Section 508 skills.
    const page = await newPage('gsa-122071');
    await page.goto('/');
    await page.getByRole('heading', { name: 'Opportunities' }).waitFor();
    await checkPage(page, 'staff-opportunities');

    await page.getByLabel('Keyword').fill('accessibility');
    await page.getByLabel('Skills', { exact: true }).fill('section 508');
    await page
      .getByRole('option', { name: /Section 508/ })
      .first()
      .click();
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByText(/^1 opening found/).waitFor();
    // The search is in the URL: a reload (or a shared link) gives the same result.
    expect(page.url()).toContain('q=accessibility');
    expect(page.url()).toContain('skill=');
    await page.reload();
    await page.getByText(/^1 opening found/).waitFor();
    await checkPage(page, 'staff-opportunities-filtered');

    await page.getByRole('link', { name: 'Login.gov accessibility review gig' }).click();
    await page.getByRole('heading', { level: 1, name: 'Login.gov accessibility review gig' }).waitFor();
    // Why I fit: the match explanation, skill by skill, with my level.
    const fit = page.getByRole('table', { name: /Skills asked, and how mine match/ });
    await fit.waitFor();
    const row508 = fit.getByRole('row', { name: /Section 508/ });
    await poll(() => row508.textContent()).toMatch(/Required.*4 Advanced.*Matched/);
    await checkPage(page, 'staff-opening');

    await page.getByLabel('Why I fit (optional)').fill('I run accessibility reviews of GSA forms every sprint.');
    // USWDS draws its own checkbox and hides the input: click the label, as a person does.
    await page.locator('label', { hasText: /Section 508/ }).click();
    expect(await page.getByRole('checkbox', { name: /Section 508/ }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Apply', exact: true }).click();
    await page.getByText('Your application was sent.').waitFor();
    await page.getByText(/Status: Submitted/).waitFor();

    await page.getByRole('button', { name: 'Withdraw my application' }).click();
    await page.getByText(/Your application was withdrawn/).waitFor();
    await page.getByRole('button', { name: 'Apply again' }).click();
    await page.getByText('Your application was sent.').waitFor();

    await page.goto('/applications');
    const table = page.getByRole('table', { name: /My applications/ });
    await table.waitFor();
    const rows = table.getByRole('row', { name: /Login.gov accessibility review gig/ });
    await poll(() => rows.count()).toBe(2);
    await poll(() => table.textContent()).toMatch(/Withdrawn/);
    await checkPage(page, 'staff-applications');
    await page.context().close();
  }, 360_000);

  it("shows the API's typed errors beside the field, never raw JSON", async () => {
    const page = await newPage('gsa-122071');
    await page.goto('/');
    await page.getByLabel('Keyword').fill('FedRAMP');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('link', { name: 'FedRAMP package reviewer gig' }).click();
    await page.getByLabel('Why I fit (optional)').fill('x'.repeat(5001));
    await page.getByRole('button', { name: 'Apply', exact: true }).click();
    const error = page.locator('#apply-statement-error');
    await error.waitFor();
    expect(await error.textContent()).not.toMatch(/[{}"]/);
    expect(await page.getByText('Your application was sent.').count()).toBe(0);
    await page.context().close();
  }, 120_000);

  it('the supervisor approves an application from their queue', async () => {
    // Patricia Nguyen (GSA) applies to a detail that needs her supervisor's approval.
    const applicant = await newPage('gsa-120933');
    await applicant.goto('/?q=logistics');
    await applicant.getByRole('link', { name: 'Disaster logistics coordinator detail' }).click();
    await applicant.getByLabel('Why I fit (optional)').fill('Contracting for disaster supply chains is my daily work.');
    await applicant.getByRole('button', { name: 'Apply', exact: true }).click();
    await applicant.getByText(/supervisor approval: Pending/).waitFor();

    // Her supervisor, Hannah Brooks.
    const supervisor = await newPage('gsa-118544');
    await supervisor.goto('/approvals');
    const item = supervisor.getByRole('listitem').filter({ hasText: 'Patricia Nguyen' });
    await item.waitFor();
    await checkPage(supervisor, 'staff-approvals');
    await item.getByRole('button', { name: /Approve/ }).click();
    await supervisor.getByText('Approved: Patricia Nguyen for Disaster logistics coordinator detail.').waitFor();
    await poll(() => supervisor.getByRole('listitem').filter({ hasText: 'Patricia Nguyen' }).count()).toBe(0);

    // The applicant's page hears it live (SSE), and so does the list of applications.
    await applicant.getByText(/supervisor approval: Approved/).waitFor({ timeout: 15_000 });
    await applicant.goto('/applications');
    await applicant.getByRole('row', { name: /Disaster logistics coordinator detail.*Approved/ }).waitFor();
    await applicant.context().close();
    await supervisor.context().close();
  }, 360_000);
});

describe('staff: keyboard only', () => {
  it('tabs through applying, with visible focus, without a mouse', async () => {
    // Maya Okafor applies to the VA cloud migration rotation using the keyboard alone.
    const page = await newPage('nasa-204611');
    await page.goto('/?q=cloud+migration');
    const link = page.getByRole('link', { name: 'Cloud migration engineer rotation' });
    await link.waitFor();
    // From the top of the page to the result, then into the opening.
    await tabUntil(page, (el) => el.textContent === 'Cloud migration engineer rotation');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Cloud migration engineer rotation' }).waitFor();

    await tabUntil(page, (el) => el.id === 'apply-statement');
    await page.keyboard.type('I move telemetry services to AWS containers.');
    await tabUntil(page, (el) => (el as HTMLInputElement).type === 'checkbox' && !!el.id.startsWith('highlight-'));
    await page.keyboard.press('Space');
    await tabUntil(page, (el) => el.tagName === 'BUTTON' && el.textContent === 'Apply');
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByText('Your application was sent.').waitFor();
    await page.context().close();
  }, 180_000);
});

/** Presses Tab until the focused element passes `test` (at most 80 times). */
async function tabUntil(page: Page, test: (el: Element) => boolean): Promise<void> {
  const source = `(${test.toString()})`;
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    const hit = await page.evaluate((src) => {
      const el = document.activeElement;
      // The predicate is this file's own code, passed to the page as text.
      return !!el && (0, eval)(src)(el);
    }, source);
    if (hit) return;
  }
  throw new Error(`no focusable element matched ${source}`);
}

/** The focused element draws a focus ring (USWDS: a 0.25rem outline). */
function focusIsVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return false;
    const style = getComputedStyle(el);
    return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
  });
}
