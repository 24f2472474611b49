/**
 * My profile and recommendations in Chromium against the real server on the demo data: MilGears
 * import from a military code of the demo data (keep, re-level, drop), a code that does not exist,
 * and adding a skill that changes my recommendations. Every page visited passes axe (checkPage).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPage, launch, signInAs, startStack } from './harness.js';

let stack: Awaited<ReturnType<typeof startStack>>;
let browser: Browser;

beforeAll(async () => {
  stack = await startStack();
  browser = await launch();
}, 300_000);
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

describe('staff: my profile', () => {
  it('imports skills from a Navy rating: keeps, re-levels and drops proposals', async () => {
    // Aaliyah Thompson, CISA, Navy Information Systems Technician.
    const page = await newPage('cisa-600873');
    await page.goto('/profile');
    await page.getByRole('heading', { name: /My skills/ }).waitFor();
    await checkPage(page, 'staff-profile');

    // A code nobody has: the service's message beside the field.
    await page.getByLabel('Military occupation code', { exact: true }).fill('ZZ9');
    await page.getByRole('button', { name: 'Propose skills' }).click();
    await page.locator('#mg-code-error').getByText('MilitaryOccupation ZZ9 was not found').waitFor();

    await page.getByLabel('Military occupation code', { exact: true }).fill('IT');
    await page.getByLabel('Branch (optional)').selectOption('NAVY');
    await page.getByRole('button', { name: 'Propose skills' }).click();
    await page.getByRole('heading', { name: 'Proposed from NAVY IT: Information Systems Technician' }).waitFor();
    await checkPage(page, 'staff-profile-milgears');
    const proposals = page.getByRole('checkbox', { name: /^Keep / });
    const offered = await proposals.count();
    expect(offered).toBeGreaterThan(5);

    // USWDS hides the checkbox input behind its own drawing: click the label, as a person does.
    await page.locator('label', { hasText: /^Keep Critical Thinking$/ }).click();
    expect(await page.getByRole('checkbox', { name: 'Keep Critical Thinking' }).isChecked()).toBe(false);
    await page.getByLabel('Level for Computers and Electronics').selectOption('3');
    await page.getByRole('button', { name: 'Add the kept skills to my profile' }).click();
    await page.getByText(`${offered - 1} skills added from NAVY IT: Information Systems Technician.`).waitFor();

    const skills = page.getByRole('region', { name: /My skills/ });
    const item = skills.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Computers and Electronics' }) });
    await poll(() => item.first().textContent()).toMatch(/Level 3 Intermediate/);
    expect(await item.first().textContent()).toMatch(/Military service: NAVY IT: Information Systems Technician/);
    expect(await skills.getByRole('heading', { name: 'Critical Thinking', exact: true }).count()).toBe(0);
    await page.context().close();
  }, 360_000);

  it('adding a skill changes my recommendations', async () => {
    // Maya Okafor, NASA data scientist: the GIS detail is her sixth recommendation, off the first page.
    const page = await newPage('nasa-204611');
    await page.goto('/recommended');
    await page.getByText(/^6 recommended openings/).waitFor();
    await checkPage(page, 'staff-recommended');
    expect(await page.getByRole('link', { name: 'Hurricane season GIS analyst' }).count()).toBe(0);

    await page.goto('/profile');
    await page.getByLabel('Skill', { exact: true }).fill('arcgis');
    await page.getByRole('option', { name: /Esri ArcGIS/ }).click();
    await page.getByLabel('Level', { exact: true }).selectOption('4');
    await page.getByLabel('Evidence type').first().selectOption('TRAINING');
    await page.getByLabel('Evidence (optional)').fill('Esri ArcGIS Pro course');
    await page.getByRole('button', { name: 'Add skill' }).click();
    await page.getByText('Esri ArcGIS added at level 4.').waitFor();

    await page.goto('/recommended');
    const link = page.getByRole('link', { name: 'Hurricane season GIS analyst' });
    await link.waitFor();
    const card = page.getByRole('listitem').filter({ has: link });
    await poll(() => card.getByRole('row', { name: /^Esri ArcGIS/ }).textContent()).toMatch(/Matched/i);
    await page.context().close();
  }, 360_000);
});
