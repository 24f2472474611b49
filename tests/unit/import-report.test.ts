/** Import report, progress output, the in-memory diff and the release attribution texts. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/import/progress.js';
import { crosswalkRelease, ESCO_ATTRIBUTION, escoRelease, onetAttribution, onetReleases } from '../../src/import/releases.js';
import { formatReport, ImportReport } from '../../src/import/report.js';
import { diff } from '../../src/import/write.js';
import { sharedData } from '../helpers/shared-data.js';

describe('import report', () => {
  it('groups skips by file and reason, keeping the first few examples and the totals', () => {
    const r = new ImportReport('test', 2);
    for (let line = 2; line <= 6; line += 1)
      r.skip({ file: 'Skills.txt', line, reason: 'Not Relevant = Y', detail: `row ${line}` });
    r.skip([{ file: 'Skills.txt', line: 9, reason: 'unknown Scale ID' }]);
    r.read('Skills.txt', 100);
    r.count('Skill (ONET)', { created: 3 });
    r.count('Skill (ONET)', { unchanged: 4, updated: 1 });
    r.note('something worth knowing');
    r.finish();

    expect(r.skippedTotal).toBe(6);
    expect(r.skippedFor('Not Relevant = Y')).toBe(5);
    expect(r.tables.get('Skill (ONET)')).toEqual({ created: 3, updated: 1, unchanged: 4, notInSource: 0 });
    expect(r.changedNothing).toBe(false);

    const text = formatReport(r);
    expect(text).toContain('Skills.txt: Not Relevant = Y — 5');
    expect(text).toContain('line 2: row 2');
    expect(text).toContain('line 3: row 3');
    expect(text).not.toContain('line 4: row 4');
    expect(text).toContain('… and 3 more');
    expect(text).toContain('Skills.txt: unknown Scale ID — 1');
    expect(text).toMatch(/Skill \(ONET\)\s+3\s+1\s+4\s+0/);
    expect(text).toContain('- something worth knowing');
    expect(text).toMatch(/Elapsed: \d+\.\d s/);
  });

  it('says when a run changed nothing', () => {
    const r = new ImportReport('again');
    r.count('Skill (ESCO)', { unchanged: 10 });
    expect(r.changedNothing).toBe(true);
  });
});

describe('progress', () => {
  const sink = (isTTY: boolean) => {
    const out: string[] = [];
    return { out, stream: { isTTY, columns: 100, write: (s: string) => out.push(s) } };
  };

  it('prints plain periodic lines and a final one when not on a terminal', () => {
    let now = 0;
    const { out, stream } = sink(false);
    const p = createProgress(stream, { lineIntervalMs: 1000, now: () => now });
    p.start('write Skill', 3000);
    now = 500;
    p.update(1000); // too soon for a line
    now = 1500;
    p.update(2000);
    now = 2000;
    p.end();
    expect(out).toEqual(['write Skill: 2,000/3,000 rows (66%)\n', 'write Skill: done, 3,000 rows in 2.0 s\n']);
    expect(out.join('')).not.toContain('\r');
  });

  it('redraws a bar in place on a terminal', () => {
    let now = 0;
    const { out, stream } = sink(true);
    const p = createProgress(stream, { now: () => now });
    p.start('read skills_en.csv', 2 * 1048576, 'bytes');
    now = 200;
    p.update(1048576);
    p.end();
    // eslint-disable-next-line no-control-regex -- the progress line starts with ANSI erase-line
    expect(out[1]).toMatch(/^\r\x1b\[Kread skills_en\.csv [█░]{24} +50% 1\.0 MB\/2\.0 MB$/);
    expect(out.at(-1)).toMatch(/ \d+\.\d s\n$/);
  });

  it('drops the bar rather than wrap on a narrow terminal', () => {
    const { out, stream } = sink(true);
    stream.columns = 40;
    const p = createProgress(stream);
    p.start('write OccupationSkill (new)', 10);
    expect(out[0]).toBe('\r\x1b[Kwrite OccupationSkill (new)   0% 0/10 rows');
  });
});

describe('diff', () => {
  it('sorts records into new, changed, unchanged and counts existing rows the source lacks', () => {
    const existing = new Map([
      ['a', { id: '1', name: 'A' }],
      ['b', { id: '2', name: 'B' }],
      ['z', { id: '9', name: 'Z' }],
    ]);
    const incoming = [
      { code: 'a', name: 'A' },
      { code: 'b', name: 'B2' },
      { code: 'c', name: 'C' },
      { code: 'c', name: 'C again' },
    ];
    const d = diff(
      incoming,
      existing,
      (r) => r.code,
      (r, e) => r.name === e.name,
    );
    expect(d.create).toEqual([{ code: 'c', name: 'C' }]);
    expect(d.update).toEqual([{ next: { code: 'b', name: 'B2' }, current: { id: '2', name: 'B' } }]);
    expect(d.unchanged).toBe(1);
    expect(d.notInSource).toBe(1);
  });
});

describe('release attributions', () => {
  const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

  it('use the O*NET and ESCO texts the project README shows', () => {
    const readme = flat(fs.readFileSync(path.resolve(import.meta.dirname, '../../README.md'), 'utf8'));
    expect(readme).toContain(onetAttribution('29.0'));
    expect(readme).toContain(ESCO_ATTRIBUTION);
  });

  it('match the reference data README word for word (with the project name)', () => {
    const file = sharedData('README.md');
    const text = flat(fs.readFileSync(file, 'utf8').replace(/^> ?/gm, ''));
    expect(text).toContain(onetAttribution('29.0').replace('Talent Marketplace', '[Project name]'));
    expect(text).toContain(`"${ESCO_ATTRIBUTION}"`);
  });

  it('credit O*NET for both O*NET schemes and the military crosswalk', () => {
    const releases = [...onetReleases('29.0'), crosswalkRelease('milx0724')];
    expect(releases.map((r) => [r.scheme, r.version, r.licence])).toEqual([
      ['ONET', '29.0', 'CC BY 4.0'],
      ['ONET_TECH', '29.0', 'CC BY 4.0'],
      ['ONET', 'military-crosswalk:milx0724', 'CC BY 4.0'],
    ]);
    expect(new Set(releases.map((r) => r.attribution)).size).toBe(1);
    expect(escoRelease('1.1.1')).toMatchObject({ scheme: 'ESCO', version: '1.1.1', attribution: ESCO_ATTRIBUTION });
  });
});
