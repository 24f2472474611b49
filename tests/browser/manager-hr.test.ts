/**
 * The hiring-manager and HR pages in Chromium against the real server on the demo data. A NASA
 * hiring manager creates an opening from an occupation, opens it, sees the ranked candidates with
 * the contribution chart and an application arrive live, selects the applicant; HR of both agencies
 * approve the rotation; the host completes it with attested skills; NASA's mobility page shows the
 * new flow and the CSV downloads. Every page visited passes axe (WCAG 2.1 AA) at both widths.
 */
import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPage, launch, signInAs, startStack, type Who } from './harness.js';

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

async function newPage(who: Who): Promise<Page> {
  const context = await browser.newContext({ baseURL: stack.baseUrl, acceptDownloads: true });
  const page = await context.newPage();
  await signInAs(page, who);
  return page;
}

const NASA_MANAGER = { role: 'HIRING_MANAGER', agency: 'NASA' } as const;
const NASA_HR = { role: 'HR_SPECIALIST', agency: 'NASA' } as const;
const CISA_HR = { role: 'HR_SPECIALIST', agency: 'CISA' } as const;
const today = () => new Date().toISOString().slice(0, 10);

describe('hiring manager and HR pages on the demo data', () => {
  it('lists the agency’s openings with counts, ranks candidates with the chart, shows applicants', async () => {
    const page = await newPage(NASA_MANAGER);
    await page.goto('/manage/openings');
    const item = page.getByRole('listitem').filter({ hasText: 'Data pipeline engineer for Artemis telemetry' });
    await item.getByTestId('opening-counts').waitFor();
    // Seeded: NIH applied (submitted), Census applied and is shortlisted.
    expect(await item.getByTestId('opening-counts').textContent()).toMatch(
      /2 applications · 1 shortlisted · 0 of \d+ slots? filled/,
    );
    await checkPage(page, 'manager-openings');

    await item.getByRole('link', { name: /^Candidates/ }).click();
    await page.getByRole('heading', { level: 1, name: /Candidates: Data pipeline engineer/ }).waitFor();
    const first = page.getByTestId('candidate').first();
    await first.getByRole('img', { name: /Contribution of each skill to .*'s score/ }).waitFor();
    expect(await first.locator('svg').count()).toBeGreaterThan(0);
    expect(await page.getByText(/ranked by skills only \(algorithm skills-overlap\/\d\)/).count()).toBe(1);
    await checkPage(page, 'manager-candidates');
    // The pool is in the URL: applicants only are the two seeded ones.
    await page.getByLabel('Who to rank').selectOption('APPLICANTS');
    await expect.poll(() => page.url()).toContain('pool=APPLICANTS');
    await expect.poll(() => page.getByTestId('candidate').count()).toBe(2);

    await page.getByRole('link', { name: 'Applicants', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: /Applicants: / }).waitFor();
    await page.getByTestId('applicant').filter({ hasText: 'Shortlisted' }).waitFor();
    await checkPage(page, 'manager-applicants');

    await page.goto('/manage/openings/new');
    await page.getByLabel('O*NET-SOC occupation code').fill('15-1212.00');
    await page.getByRole('button', { name: 'Suggest skills' }).click();
    await page.getByText(/skills suggested from 15-1212\.00/).waitFor();
    expect(await page.getByRole('table', { name: 'Skills asked by this opening' }).getByRole('row').count()).toBeGreaterThan(2);
    await checkPage(page, 'manager-opening-new');
    await page.context().close();
  }, 240_000);

  it('HR sees rotations, mobility with charts and tables, and finds a person', async () => {
    const page = await newPage(NASA_HR);
    await page.goto('/hr/rotations?direction=INCOMING');
    await page.getByRole('heading', { level: 1, name: 'People on rotation' }).waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: /rotations? match|\d+ rotations?/ })
      .first()
      .waitFor();
    await checkPage(page, 'hr-rotations');

    await page.goto('/hr/mobility');
    await page.getByRole('heading', { name: 'Skill supply against demand' }).waitFor();
    await checkPage(page, 'hr-mobility');

    await page.goto('/hr/people');
    await page.getByLabel('Employee ID').fill('NASA-204611');
    await page.getByRole('button', { name: 'Find' }).click();
    await page.getByRole('heading', { level: 2, name: /^Maya / }).waitFor();
    expect(page.url()).toContain('id=NASA-204611');
    await checkPage(page, 'hr-people');
    await page.context().close();
  }, 240_000);

  it('create from an occupation, open, rank, select live; both agencies approve; the host completes; mobility shows it', async () => {
    const title = `Threat intel analyst detail ${Date.now()}`;
    const manager = await newPage(NASA_MANAGER);
    await manager.goto('/manage/openings/new');
    await manager.getByLabel('O*NET-SOC occupation code').fill('15-1212.00');
    await manager.getByRole('button', { name: 'Suggest skills' }).click();
    await manager.getByText(/skills suggested from 15-1212\.00/).waitFor();
    await manager.getByLabel('Title').fill(title);
    await manager.getByLabel('Description').fill('Two weeks with the NASA SOC on threat intelligence for mission networks.');
    await manager.getByLabel('Share of working time (percent)').fill('20');
    await manager.getByLabel('Start date').fill(today());
    await manager.getByLabel('Duration (weeks)').fill('2');
    await manager.getByLabel('Apply by').fill(today());
    await manager.getByLabel('Where the work happens').selectOption('REMOTE');
    await manager.getByRole('button', { name: 'Save as draft' }).click();
    const item = manager.getByRole('listitem').filter({ hasText: title });
    await item.getByText('Draft').waitFor();
    await item.getByRole('button', { name: /^Open/ }).click();
    await manager.getByText(`${title} is open for applications.`).waitFor();
    await item.getByText('Open', { exact: true }).waitFor();

    // The manager watches the applicants page while a CISA analyst applies: it updates live.
    await item.getByRole('link', { name: /^Applicants/ }).click();
    await manager.getByText('No applications yet').waitFor();
    const openingPath = new URL(manager.url()).pathname.replace(/\/applicants$/, '');
    const openingId = decodeURIComponent(openingPath.split('/')[3]!);

    const applicant = await newPage('cisa-600873');
    await applicant.goto(`/openings/${encodeURIComponent(openingId)}`);
    await applicant.getByLabel('Why I fit (optional)').fill('I hunt threats on federal civilian networks every day.');
    await applicant.getByRole('button', { name: 'Apply', exact: true }).click();
    await applicant.getByText('Your application was sent.').waitFor();

    const card = manager.getByTestId('applicant').filter({ hasText: 'Aaliyah' });
    await card.waitFor({ timeout: 15_000 });
    await card.getByText('I hunt threats on federal civilian networks every day.').waitFor();

    // Ranked candidates with the contribution chart; the applicant is among them.
    await manager.goto(`${openingPath}/candidates?pool=APPLICANTS`);
    const ranked = manager.getByTestId('candidate').filter({ hasText: 'Aaliyah' });
    await ranked.getByRole('img', { name: /Contribution of each skill to Aaliyah/ }).waitFor();
    await checkPage(manager, 'manager-candidates-new-opening');

    await manager.goto(`${openingPath}/applicants`);
    await manager
      .getByTestId('applicant')
      .filter({ hasText: 'Aaliyah' })
      .getByRole('button', { name: /^Select/ })
      .click();
    await manager.getByText(/was selected; the rotation awaits both agencies' approval/).waitFor();
    await manager
      .getByTestId('slots')
      .filter({ hasText: /1 of 1 slot filled — this opening is full/ })
      .waitFor();

    // Home HR (CISA) and host HR (NASA) approve.
    const cisaHr = await newPage(CISA_HR);
    await cisaHr.goto('/hr/rotations');
    const outgoing = cisaHr.getByTestId('rotation').filter({ hasText: title });
    await outgoing.getByRole('button', { name: /Approve as home agency/ }).click();
    await cisaHr.getByText(/Home approval recorded for Aaliyah/).waitFor();
    await checkPage(cisaHr, 'hr-rotations-outgoing');

    const nasaHr = await newPage(NASA_HR);
    await nasaHr.goto('/hr/rotations?direction=INCOMING');
    const incoming = nasaHr.getByTestId('rotation').filter({ hasText: title });
    await incoming.getByRole('button', { name: /Approve as host agency/ }).click();
    await nasaHr.getByText(/Host approval recorded for Aaliyah .*; status (Active|Approved)\./).waitFor();

    // The host (NASA's hiring manager) completes it today, attesting the opening's skills.
    await manager.goto('/hr/rotations?direction=INCOMING');
    const active = manager.getByTestId('rotation').filter({ hasText: title });
    await active.getByText('Active', { exact: true }).waitFor();
    await active.getByRole('button', { name: /^Complete/ }).click();
    await manager.getByRole('form', { name: /Complete Aaliyah .*rotation/ }).waitFor();
    await checkPage(manager, 'hr-rotation-complete');
    await manager.getByRole('button', { name: 'Complete the rotation' }).click();
    await manager.getByText(/rotation is complete; \d+ skills attested/).waitFor();
    // USWDS draws its own checkbox over the input; the label is what a person clicks.
    await manager.locator('label[for="status-COMPLETED"]').click();
    await active.getByText(/Skills attested: .*→/).waitFor();
    await active.getByText('History (').click();
    await active.getByText(/rotation\.complete/).waitFor();

    // NASA's mobility figures include the CISA → NASA flow; the CSV downloads.
    await nasaHr.goto('/hr/mobility');
    const flows = nasaHr.getByTestId('flows-table');
    await expect
      .poll(() => flows.textContent())
      .toMatch(/Cybersecurity and Infrastructure Security Agency.*National Aeronautics and Space Administration/);
    await nasaHr.getByText('Show the numbers as a table').first().click();
    await checkPage(nasaHr, 'hr-mobility-with-flow');
    const [download] = await Promise.all([
      nasaHr.waitForEvent('download'),
      nasaHr.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^mobility-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = fs.readFileSync((await download.path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toBe('metric,from_agency,to_agency,skill,skill_scheme,skill_code,min_level,value');
    expect(csv).toMatch(/^flow_count,CISA,NASA,,,,,\d+\r?$/m);

    for (const p of [manager, applicant, cisaHr, nasaHr]) await p.context().close();
  }, 300_000);
});
