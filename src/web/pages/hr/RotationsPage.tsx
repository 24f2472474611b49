/**
 * People out and in on rotation (`agencyRotations`): direction, status and "ending soon" filters in
 * the URL; each rotation with the actions the viewer may take and its history.
 */
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { Pagination } from '../../components/Pagination.js';
import { pageMoves, pageVars } from '../../components/manager/paging.js';
import { Empty, ErrorAlert, Notice, QueryView } from '../../components/states.js';
import type { RotationDirection, RotationStatus } from '../../gql/graphql.js';
import { useQuery } from '../../lib/hooks.js';
import { usePageTitle } from '../../lib/title.js';
import { AgencyRotationsQuery } from './queries.js';
import { RotationItem } from './RotationItem.js';

const PAGE_SIZE = 20;
const STATUSES: RotationStatus[] = ['PROPOSED', 'APPROVED', 'ACTIVE', 'COMPLETED', 'CANCELLED'];
const DEFAULT_STATUSES: RotationStatus[] = ['PROPOSED', 'APPROVED', 'ACTIVE'];

function readFilters(params: URLSearchParams) {
  const direction: RotationDirection = params.get('direction') === 'INCOMING' ? 'INCOMING' : 'OUTGOING';
  const picked = params.getAll('status').filter((s): s is RotationStatus => (STATUSES as string[]).includes(s));
  const ending = params.get('ending');
  return {
    direction,
    statuses: picked.length > 0 ? picked : DEFAULT_STATUSES,
    endingWithinDays: ending && /^\d{1,3}$/.test(ending) ? Number(ending) : undefined,
  };
}

export default function RotationsPage() {
  usePageTitle('Rotations');
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const query = useQuery(AgencyRotationsQuery, { ...filters, ...pageVars(params, PAGE_SIZE) });
  const [notice, setNotice] = useState<string | null>(null);

  const update = (mutate: (p: URLSearchParams) => void) => {
    const next = new URLSearchParams(params);
    next.delete('after');
    next.delete('before');
    mutate(next);
    setParams(next);
  };
  const toggleStatus = (s: RotationStatus, on: boolean) =>
    update((p) => {
      const set = new Set(filters.statuses);
      if (on) set.add(s);
      else set.delete(s);
      p.delete('status');
      for (const x of STATUSES) if (set.has(x)) p.append('status', x);
    });

  return (
    <>
      <h1>People on rotation</h1>
      <form className="usa-form maxw-full" aria-label="Filter rotations" onSubmit={(e) => e.preventDefault()}>
        <div className="grid-row grid-gap">
          <fieldset className="usa-fieldset grid-col-12 tablet:grid-col-4">
            <legend className="usa-legend">Direction</legend>
            {(['OUTGOING', 'INCOMING'] as const).map((d) => (
              <div className="usa-radio" key={d}>
                <input
                  className="usa-radio__input"
                  id={`dir-${d}`}
                  type="radio"
                  name="direction"
                  checked={filters.direction === d}
                  onChange={() => update((p) => p.set('direction', d))}
                />
                <label className="usa-radio__label" htmlFor={`dir-${d}`}>
                  {d === 'OUTGOING' ? 'Our people elsewhere (out)' : 'People we host (in)'}
                </label>
              </div>
            ))}
          </fieldset>
          <fieldset className="usa-fieldset grid-col-12 tablet:grid-col-4">
            <legend className="usa-legend">Status</legend>
            {STATUSES.map((s) => (
              <div className="usa-checkbox" key={s}>
                <input
                  className="usa-checkbox__input"
                  id={`status-${s}`}
                  type="checkbox"
                  checked={filters.statuses.includes(s)}
                  onChange={(e) => toggleStatus(s, e.target.checked)}
                />
                <label className="usa-checkbox__label" htmlFor={`status-${s}`}>
                  {s.charAt(0) + s.slice(1).toLowerCase()}
                </label>
              </div>
            ))}
          </fieldset>
          <div className="grid-col-12 tablet:grid-col-4">
            <label className="usa-label" htmlFor="ending-soon">
              Ending soon
            </label>
            <select
              className="usa-select"
              id="ending-soon"
              value={filters.endingWithinDays ?? ''}
              onChange={(e) => update((p) => (e.target.value ? p.set('ending', e.target.value) : p.delete('ending')))}
            >
              <option value="">Any end date</option>
              <option value="14">Active, ending within 2 weeks</option>
              <option value="30">Active, ending within 30 days</option>
              <option value="90">Active, ending within 90 days</option>
            </select>
          </div>
        </div>
      </form>
      {notice ? <Notice>{notice}</Notice> : null}
      <QueryView query={query} loadingLabel="Loading rotations…">
        {(data) => {
          const list = data.agencyRotations;
          if (!list) return <ErrorAlert error={{ message: 'Your role may not list these rotations.' }} />;
          if (list.nodes.length === 0) return <Empty title="No rotations match these filters" />;
          return (
            <>
              <p role="status">
                {list.totalCount} {list.totalCount === 1 ? 'rotation' : 'rotations'}
              </p>
              <ul className="usa-list usa-list--unstyled">
                {list.nodes.map((r) => (
                  <RotationItem
                    key={r.id}
                    rotation={r}
                    onChanged={(m) => {
                      setNotice(m);
                      query.refetch();
                    }}
                  />
                ))}
              </ul>
              <Pagination label="Pages of rotations" {...pageMoves(params, setParams, list.pageInfo)} />
            </>
          );
        }}
      </QueryView>
    </>
  );
}
