/** Opportunities: search open openings; every filter, the order and the page live in the URL. */
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Pagination } from '../../../components/Pagination.js';
import { Empty, ErrorAlert, Loading } from '../../../components/states.js';
import { graphql } from '../../../gql/index.js';
import { formatDate, programTypeLabel, remoteLabel } from '../../../lib/format.js';
import { useQuery } from '../../../lib/hooks.js';
import { usePageTitle } from '../../../lib/title.js';
import { readPage, readSearch, toFilter, writeSearch, type SearchForm } from './search-params.js';
import { SearchFilters } from './SearchFilters.js';

const OpportunitiesQuery = graphql(`
  query WebOpportunities(
    $filter: OpeningFilter
    $orderBy: OpeningOrder
    $first: Int
    $after: String
    $last: Int
    $before: String
  ) {
    openings(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        id
        title
        programType
        status
        hostAgency {
          name
          abbreviation
        }
        startDate
        durationWeeks
        applicationDeadline
        commitmentPercent
        remoteMode
        location
      }
    }
  }
`);

const SearchContext = graphql(`
  query WebSearchContext($skills: [ID!]!) {
    agencies(first: 100, orderBy: { field: NAME }) {
      nodes {
        code
        abbreviation
        name
      }
    }
    nodes(ids: $skills) {
      __typename
      ... on Skill {
        id
        name
      }
    }
  }
`);

export default function OpportunitiesPage() {
  usePageTitle('Opportunities');
  const [params, setParams] = useSearchParams();
  const search = useMemo(() => readSearch(params), [params]);
  const page = readPage(params);
  const results = useQuery(OpportunitiesQuery, { filter: toFilter(search), orderBy: search.order, ...page });
  const context = useQuery(SearchContext, { skills: search.skills });

  const skillNames = useMemo(() => {
    const m = new Map<string, string>();
    for (const n of context.state.data?.nodes ?? []) if (n?.__typename === 'Skill') m.set(n.id, n.name);
    return m;
  }, [context.state.data]);

  const onSearch = (form: SearchForm) => setParams(writeSearch(form));
  const goTo = (key: 'after' | 'before', cursor: string | null | undefined) => {
    if (!cursor) return;
    const next = writeSearch(search);
    next.set(key, cursor);
    setParams(next);
    window.scrollTo(0, 0);
  };

  const data = results.state.data?.openings;
  return (
    <div className="grid-row grid-gap-lg">
      <div className="tablet:grid-col-4">
        <h1>Opportunities</h1>
        {context.state.status === 'error' ? (
          <ErrorAlert heading="Filters could not load" error={context.state.error} onRetry={context.refetch} />
        ) : context.state.data === undefined ? (
          <Loading label="Loading filters…" />
        ) : (
          <SearchFilters
            key={`${params.toString()}|${skillNames.size}`}
            initial={search}
            skillNames={skillNames}
            agencies={context.state.data.agencies.nodes}
            onSearch={onSearch}
          />
        )}
      </div>
      <section className="tablet:grid-col-8" aria-labelledby="results-heading">
        <h2 id="results-heading" className="margin-top-4 tablet:margin-top-6">
          Results
        </h2>
        {results.state.status === 'error' ? (
          <ErrorAlert heading="The search failed" error={results.state.error} onRetry={results.refetch} />
        ) : data === undefined ? (
          <Loading label="Searching openings…" />
        ) : (
          <>
            <p role="status" aria-live="polite" className="text-bold">
              {data.totalCount === 1 ? '1 opening' : `${data.totalCount} openings`} found
              {results.state.status === 'loading' ? ' (updating…)' : ''}
            </p>
            {data.nodes.length === 0 ? (
              <Empty title="No openings match">
                <p>Try fewer filters, another keyword, or a broader skill.</p>
              </Empty>
            ) : (
              <ul className="usa-card-group">
                {data.nodes.map((o) => (
                  <li key={o.id} className="usa-card tablet:grid-col-12">
                    <div className="usa-card__container">
                      <div className="usa-card__header">
                        <h3 className="usa-card__heading">
                          <Link to={`/openings/${encodeURIComponent(o.id)}`}>{o.title}</Link>
                        </h3>
                      </div>
                      <div className="usa-card__body">
                        <p>
                          {o.hostAgency.name} · {programTypeLabel(o.programType)} · {o.commitmentPercent}% of working time
                        </p>
                        <p>
                          Starts {formatDate(o.startDate)} for {o.durationWeeks} weeks · {remoteLabel(o.remoteMode)}
                          {o.location ? ` · ${o.location}` : ''} · Apply by {formatDate(o.applicationDeadline)}
                        </p>
                      </div>
                    </div>
                  </li>
                ))}
              </ul>
            )}
            <Pagination
              label="Result pages"
              hasPrevious={data.pageInfo.hasPreviousPage}
              hasNext={data.pageInfo.hasNextPage}
              onPrevious={() => goTo('before', data.pageInfo.startCursor)}
              onNext={() => goTo('after', data.pageInfo.endCursor)}
            />
          </>
        )}
      </section>
    </div>
  );
}
