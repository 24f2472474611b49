/**
 * `npm run web:size`: the gzipped JavaScript of each chunk of the web app's build and the first
 * load of each page; exits 1 when a page's first load exceeds the budget (200 kB gzipped).
 * Builds first when the build is missing or stale.
 */
import { ensureWebBuild, WEB_DIST } from './build.js';
import { formatReport, measureBuild } from './bundle-size.js';

await ensureWebBuild({ log: { info: (msg: unknown) => process.stderr.write(`${String(msg)}\n`) } });
const report = measureBuild(WEB_DIST);
process.stdout.write(`${formatReport(report)}\n`);
if (report.over.length) {
  process.stderr.write(`\nOver the first-load budget: ${report.over.map((o) => o.page).join(', ')}\n`);
  process.exit(1);
}
