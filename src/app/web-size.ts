/**
 * `npm run web:size`: the gzipped JavaScript of each chunk of the web app's build and the first
 * load of each page; exits 1 when a page's first load exceeds the budget (200 kB gzipped).
 * Builds first when the build is missing or stale. WEB_SIZE_BUDGET_KB sets another budget.
 */
import { ensureWebBuild, WEB_DIST } from './build.js';
import { FIRST_LOAD_BUDGET_BYTES, formatReport, measureBuild } from './bundle-size.js';

await ensureWebBuild({ log: { info: (msg: unknown) => process.stderr.write(`${String(msg)}\n`) } });
const budgetKb = process.env.WEB_SIZE_BUDGET_KB;
if (budgetKb !== undefined && !(Number(budgetKb) > 0)) {
  process.stderr.write(`WEB_SIZE_BUDGET_KB must be a positive number of kB, not "${budgetKb}"\n`);
  process.exit(2);
}
const report = measureBuild(WEB_DIST, budgetKb ? Number(budgetKb) * 1024 : FIRST_LOAD_BUDGET_BYTES);
process.stdout.write(`${formatReport(report)}\n`);
if (report.over.length) {
  process.stderr.write(`\nOver the first-load budget: ${report.over.map((o) => o.page).join(', ')}\n`);
  process.exit(1);
}
