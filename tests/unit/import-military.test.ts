/** Military crosswalk parsing: both layouts, on the hand-written fixtures (no database). */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  detectLayout,
  LOSSY_COLUMNS,
  MILX_COLUMNS,
  parseLossy,
  parseMilx,
  resolveLinks,
  SERVICE_BRANCHES,
  UNKNOWN_ONET_REASON,
} from '../../src/import/military.js';
import type { Skip } from '../../src/import/report.js';
import { readTable } from '../../src/import/table.js';

const DIR = path.resolve(import.meta.dirname, '../fixtures/import/military');
const reasons = (skips: readonly Skip[]) => skips.map((s) => `${s.line}: ${s.reason}`);

describe('layout detection', () => {
  it('tells the two layouts and their delimiters apart by the header', () => {
    expect(detectLayout('moc_code_branch_merged\tcivilian_titles_simplified\tonet_soc_recovered_by_title_match')).toEqual({
      layout: 'lossy',
      format: 'tsv',
    });
    expect(detectLayout('\uFEFFSVC,MOC,MOC_TITLE,STATUS,EDATE,ONET1,ONET2,ONET3,ONET4')).toEqual({
      layout: 'milx',
      format: 'csv',
    });
    expect(detectLayout('"SVC","MOC","MOC_TITLE"')).toEqual({ layout: 'milx', format: 'csv' });
    expect(detectLayout('code,title')).toBeUndefined();
  });
});

describe('lossy layout (moc-to-onet-lossy.tsv)', () => {
  const parse = async () => parseLossy(await readTable(path.join(DIR, 'moc-to-onet-lossy.tsv'), 'tsv', LOSSY_COLUMNS));

  it('puts every code under UNSPECIFIED with the civilian titles as title, one link per O*NET code', async () => {
    const { occupations, links } = await parse();
    expect(occupations).toEqual([
      { branch: 'UNSPECIFIED', code: '1N4X1', title: 'Computer Systems Analysts | Data Scientists' },
      { branch: 'UNSPECIFIED', code: '11M3', title: 'Air Crew Officers | Pilot' },
      { branch: 'UNSPECIFIED', code: '0010', title: 'Education Administrator' },
      { branch: 'UNSPECIFIED', code: '0002', title: 'Medical and Health Services Managers | Health Services Manager' },
      { branch: 'UNSPECIFIED', code: 'X1', title: 'Bad O*NET code' },
    ]);
    expect(links.map((l) => `${l.code}→${l.onetSoc}`)).toEqual([
      '1N4X1→15-1211.00',
      '1N4X1→15-2051.00',
      '11M3→55-1011.00',
      '0002→11-9111.00',
      // A repeated code adds its new O*NET codes to the first row's.
      '1N4X1→11-1011.00',
    ]);
  });

  it('skips rows without code or title and malformed O*NET codes; notes repeats and rows without a link', async () => {
    const { skips, notes } = await parse();
    expect(reasons(skips)).toEqual([
      '6: missing moc_code_branch_merged',
      '7: missing civilian_titles_simplified',
      '8: malformed O*NET-SOC code (expected NN-NNNN.NN)',
    ]);
    expect(notes).toEqual([
      '1 row(s) repeat an earlier military code; their O*NET codes were added to the first',
      '1 row(s) have no O*NET-SOC code: imported as military occupations without a civilian link',
    ]);
    const table = await readTable(path.join(DIR, 'moc-to-onet-lossy.tsv'), 'tsv', LOSSY_COLUMNS);
    expect(reasons(table.skips)).toEqual(['10: wrong number of columns']);
  });
});

describe('official layout (milx CSV)', () => {
  const parse = async () => parseMilx(await readTable(path.join(DIR, 'milx-sample.csv'), 'csv', MILX_COLUMNS));

  it('maps service letters to branches and reads ONET1…ONETn', async () => {
    const { occupations, links } = await parse();
    expect(occupations.map((o) => [o.branch, o.code, o.title])).toEqual([
      ['ARMY', '25B', 'Information Technology Specialist'],
      ['AIR_FORCE', '1N4X1', 'Cyber Intelligence Surveillance and Reconnaissance Analyst'],
      ['AIR_FORCE', '11M3', 'Mobility Pilot'],
      ['NAVY', 'IT', 'Information Systems Technician'],
      ['SPACE_FORCE', '5S0X1', 'Space Systems Operations'],
      ['COAST_GUARD', 'OS', 'Operations Specialist, Coast Guard'],
      ['NAVY', 'ET', 'Electronics Technician'],
    ]);
    expect(links.filter((l) => l.code === '25B').map((l) => l.onetSoc)).toEqual(['15-1211.00', '15-1252.00', '11-1011.00']);
    expect(SERVICE_BRANCHES).toMatchObject({ A: 'ARMY', N: 'NAVY', F: 'AIR_FORCE', M: 'MARINE_CORPS', C: 'COAST_GUARD' });
  });

  it('skips unknown service letters, missing codes and malformed O*NET codes', async () => {
    const { skips } = await parse();
    expect(reasons(skips)).toEqual([
      '8: unknown SVC (expected one of A, N, F, M, C, S)',
      '9: missing MOC',
      '11: malformed O*NET-SOC code (expected NN-NNNN.NN)',
    ]);
  });
});

describe('resolving links', () => {
  it('skips links to O*NET occupations the database does not have, telling to import O*NET first', () => {
    const links = [
      { branch: 'ARMY' as const, code: '25B', onetSoc: '15-1211.00', line: 2 },
      { branch: 'ARMY' as const, code: '25B', onetSoc: '99-9999.00', line: 2 },
    ];
    const { rows, skips } = resolveLinks('milx.csv', links, new Map([['ARMY|25B', 'm1']]), new Map([['15-1211.00', 'o1']]));
    expect(rows).toEqual([{ militaryOccupationId: 'm1', occupationId: 'o1' }]);
    expect(skips).toEqual([{ file: 'milx.csv', line: 2, reason: UNKNOWN_ONET_REASON, detail: '25B → 99-9999.00' }]);
    expect(UNKNOWN_ONET_REASON).toMatch(/import O\*NET first/);
  });
});
