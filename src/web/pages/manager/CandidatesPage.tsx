/**
 * Candidates for an opening: the ranked `opening.matches` with score and coverage as bars and, per
 * candidate, the explanation as a chart of each skill's contribution. The pool (all, discoverable
 * people, applicants) and the page are in the URL.
 */
import { Link, useParams, useSearchParams } from 'react-router';
import { Pagination } from '../../components/Pagination.js';
import { ValueBar } from '../../components/manager/Bar.js';
import { ContributionChart } from '../../components/manager/ContributionChart.js';
import { pageMoves, pageVars } from '../../components/manager/paging.js';
import { Empty, ErrorAlert, QueryView } from '../../components/states.js';
import type { CandidatePool } from '../../gql/graphql.js';
import { enumLabel } from '../../lib/format.js';
import { useQuery } from '../../lib/hooks.js';
import { usePageTitle } from '../../lib/title.js';
import { CandidatesQuery } from './queries.js';

const PAGE_SIZE = 10;
const POOLS: { value: CandidatePool; label: string }[] = [
  { value: 'ALL', label: 'Everyone (discoverable people and applicants)' },
  { value: 'DISCOVERABLE', label: 'Discoverable people' },
  { value: 'APPLICANTS', label: 'Applicants only' },
];

export default function CandidatesPage() {
  usePageTitle('Candidates');
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const pool = POOLS.find((p) => p.value === params.get('pool'))?.value ?? 'ALL';
  const query = useQuery(CandidatesQuery, { id, pool, ...pageVars(params, PAGE_SIZE) });
  const setPool = (value: string) => {
    const next = new URLSearchParams();
    if (value !== 'ALL') next.set('pool', value);
    setParams(next);
  };
  return (
    <QueryView query={query} loadingLabel="Ranking candidates…">
      {(data) => {
        if (data.node?.__typename !== 'Opening') return <ErrorAlert error={{ message: 'This opening was not found.' }} />;
        const o = data.node;
        const matches = o.matches;
        return (
          <>
            <h1>Candidates: {o.title}</h1>
            <p>
              Status {enumLabel(o.status)} ·{' '}
              <Link to={`/manage/openings/${encodeURIComponent(o.id)}/applicants`}>Applicants</Link> ·{' '}
              <Link to="/manage/openings">All openings</Link>
            </p>
            <div className="usa-form-group maxw-mobile-lg">
              <label className="usa-label" htmlFor="candidate-pool">
                Who to rank
              </label>
              <select className="usa-select" id="candidate-pool" value={pool} onChange={(e) => setPool(e.target.value)}>
                {POOLS.map((p) => (
                  <option key={p.value} value={p.value}>
                    {p.label}
                  </option>
                ))}
              </select>
            </div>
            {!matches ? (
              <ErrorAlert error={{ message: 'Only the host agency’s hiring managers and HR specialists may rank candidates.' }} />
            ) : matches.nodes.length === 0 ? (
              <Empty title="No candidates in this pool">
                <p>Nobody eligible has the skills asked, or nobody has applied yet.</p>
              </Empty>
            ) : (
              <>
                <p role="status">
                  {matches.totalCount} {matches.totalCount === 1 ? 'candidate' : 'candidates'}, ranked by skills only (algorithm{' '}
                  {matches.nodes[0]!.explanation.algorithmVersion}). Education never enters the score.
                </p>
                <ol className="usa-list usa-list--unstyled">
                  {matches.nodes.map((m, i) => {
                    const c = m.candidate;
                    const who = c ? `${c.givenName} ${c.familyName}` : `Candidate ${i + 1}`;
                    return (
                      <li key={c?.id ?? i} className="border-top-1px border-base-lighter padding-y-2" data-testid="candidate">
                        <h2 className="margin-y-0 font-heading-md">{who}</h2>
                        {c ? (
                          <p className="margin-y-1">
                            {[c.jobTitle, c.agency.name, c.email].filter(Boolean).join(' · ')}
                            {c.headline ? <span className="display-block text-base-dark">{c.headline}</span> : null}
                            {c.visibility === 'REDACTED' ? (
                              <span className="display-block font-body-3xs">
                                Contact details appear once this person applies.
                              </span>
                            ) : null}
                          </p>
                        ) : (
                          <p className="margin-y-1">The profile is not visible to you.</p>
                        )}
                        <div className="grid-row grid-gap">
                          <div className="grid-col-12 tablet:grid-col-6">
                            <ValueBar label="Score" value={m.score} />
                            <ValueBar label="Required skills met" value={m.coverage} tone="accent" />
                          </div>
                        </div>
                        <ContributionChart explanation={m.explanation} who={who} />
                      </li>
                    );
                  })}
                </ol>
                <Pagination label="Pages of candidates" {...pageMoves(params, setParams, matches.pageInfo)} />
              </>
            )}
          </>
        );
      }}
    </QueryView>
  );
}
