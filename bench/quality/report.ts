/** Markdown tables of one seed's results (printed; pasteable into the README). */
import type { CrossResult } from './crosseval.js';
import { pairedDifference, type Mean, type MethodResult } from './metrics.js';

export interface ScenarioReport {
  name: string;
  notes: string[];
  openings: number;
  poolSizes: { all: number; relevant: number };
  results: MethodResult[];
}

export interface CrossReport {
  pairs: number;
  candidatePairs: number;
  notes: string[];
  bridge: { available: boolean; note: string; links: number; method: string | null };
  results: CrossResult[];
}

const f3 = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '—');
const f1 = (x: number | null) => (x === null || !Number.isFinite(x) ? '—' : x.toFixed(1));
const withCi = (m: Mean) => `${f3(m.mean)} ±${Number.isFinite(m.ci95) ? m.ci95.toFixed(3) : '—'}`;

function table(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map((_, i) => (i === 0 ? '---' : '---:'))), ...rows.map(line)].join('\n');
}

export function scenarioTables(r: ScenarioReport): string {
  const out: string[] = [];
  out.push(
    `**${r.name}** — ${r.notes.join('; ')}. Mean profile size: ${f1(r.poolSizes.all)} skills (relevant people ${f1(r.poolSizes.relevant)}).`,
  );
  out.push('');
  out.push(
    table(
      [
        'method',
        'P@10',
        'nDCG@10',
        'nDCG@10 graded',
        'R@50',
        'skills of right / wrong top-10 entries',
        'short top-10s',
        'ms / query',
      ],
      r.results.map((m) => [
        m.method,
        withCi(m.p10),
        withCi(m.ndcg10),
        withCi(m.ndcg10Graded),
        withCi(m.recall50),
        `${f1(m.top10Size.right)} / ${f1(m.top10Size.wrong)}`,
        String(m.shortTop10),
        m.searchMs.toFixed(2),
      ]),
    ),
  );
  const last = r.results[r.results.length - 1];
  if (last && r.results.length > 1) {
    const diffs = r.results.slice(0, -1).map((m) => {
      const d = pairedDifference(last.ndcg10PerOpening, m.ndcg10PerOpening);
      return `${m.method} ${d.mean >= 0 ? '+' : ''}${f3(d.mean)} ±${d.ci95.toFixed(3)}`;
    });
    out.push('');
    out.push(`Paired nDCG@10 difference, ${last.method} minus: ${diffs.join('; ')}.`);
  }
  const labels = Object.keys(r.results[0]?.adversaryTop10 ?? {});
  if (labels.length) {
    out.push('');
    out.push(`Adversarial profiles (level 5, trust 0): openings, of ${r.openings}, whose top 10 each one entered`);
    out.push('');
    out.push(
      table(
        ['method', ...labels],
        r.results.map((m) => [m.method, ...labels.map((l) => String(m.adversaryTop10[l] ?? 0))]),
      ),
    );
  }
  return out.join('\n');
}

export function crossTable(r: CrossReport): string {
  const out: string[] = [];
  out.push(
    `**Cross-scheme** — ${r.pairs} twin pairs (of ${r.candidatePairs.toLocaleString('en-US')} unambiguous title matches); ${r.notes.join('; ')}.`,
  );
  out.push(
    `Bridge: ${r.bridge.available ? `${r.bridge.links.toLocaleString('en-US')} equivalence links (${r.bridge.method ?? 'method unnamed'}), evaluation pairs held out` : `none — ${r.bridge.note}; the engine has no equivalence links to cross with`}.`,
  );
  out.push('');
  out.push(
    table(
      [
        'method',
        'O*NET opening → ESCO people R@50',
        'same scheme R@50',
        'ratio',
        'ESCO opening → O*NET people R@50',
        'same scheme R@50',
        'ratio',
      ],
      r.results.map((c) => [
        c.method,
        withCi(c.onetToEsco.cross),
        withCi(c.onetToEsco.same),
        f3(c.onetToEsco.ratio),
        withCi(c.escoToOnet.cross),
        withCi(c.escoToOnet.same),
        f3(c.escoToOnet.ratio),
      ]),
    ),
  );
  return out.join('\n');
}
