/** Recommended for me: open openings I may apply to, ranked by how my skills fit, each explained per skill. */
import { Link, useSearchParams } from 'react-router';
import { ExplanationTable, matchSummary } from '../../components/Explanation.js';
import { Pagination } from '../../components/Pagination.js';
import { Empty, QueryView } from '../../components/states.js';
import { graphql } from '../../gql/index.js';
import { programTypeLabel } from '../../lib/format.js';
import { useQuery } from '../../lib/hooks.js';
import { usePageTitle } from '../../lib/title.js';

const PAGE = 5;

const RecommendedQuery = graphql(`
  query WebRecommended($first: Int, $after: String, $last: Int, $before: String) {
    viewer {
      profile {
        id
      }
      recommendedOpenings(first: $first, after: $after, last: $last, before: $before) {
        totalCount
        pageInfo {
          hasNextPage
          hasPreviousPage
          startCursor
          endCursor
        }
        nodes {
          score
          opening {
            id
            title
            programType
            hostAgency {
              name
            }
          }
          explanation {
            ...WebExplanation
          }
        }
      }
    }
  }
`);

export default function RecommendedPage() {
  usePageTitle('Recommended for me');
  const [params, setParams] = useSearchParams();
  const before = params.get('before');
  const after = params.get('after');
  const query = useQuery(RecommendedQuery, before ? { last: PAGE, before } : { first: PAGE, after });

  return (
    <>
      <h1>Recommended for me</h1>
      <p className="usa-intro">
        Openings you may apply to, ranked by how well your skills fit what each one asks. Education and personal details never
        enter the ranking.
      </p>
      <QueryView query={query} loadingLabel="Ranking openings for you…">
        {(data) => {
          const recs = data.viewer?.recommendedOpenings;
          if (!data.viewer?.profile) {
            return (
              <Empty title="You have no profile yet">
                <p>
                  <Link to="/profile">Create your profile</Link> and add skills to get recommendations.
                </p>
              </Empty>
            );
          }
          if (!recs || recs.totalCount === 0) {
            return (
              <Empty title="Nothing to recommend yet">
                <p>
                  No open opening asks for skills like yours. <Link to="/profile">Add skills to your profile</Link> or{' '}
                  <Link to="/">browse all opportunities</Link>.
                </p>
              </Empty>
            );
          }
          return (
            <>
              <p role="status" className="text-bold">
                {recs.totalCount} recommended {recs.totalCount === 1 ? 'opening' : 'openings'}
              </p>
              <ol className="usa-list usa-list--unstyled">
                {recs.nodes.map((m, i) => (
                  <li key={m.opening.id} className="margin-bottom-5 border-top-1px border-base-lighter padding-top-2">
                    <h2 className="margin-top-0">
                      <span className="usa-sr-only">Rank {i + 1}: </span>
                      <Link to={`/openings/${encodeURIComponent(m.opening.id)}`}>{m.opening.title}</Link>
                    </h2>
                    <p>
                      {m.opening.hostAgency.name} · {programTypeLabel(m.opening.programType)} ·{' '}
                      <strong>{matchSummary(m.explanation)}</strong>
                    </p>
                    <ExplanationTable explanation={m.explanation} caption={`How my skills match ${m.opening.title}`} />
                  </li>
                ))}
              </ol>
              <Pagination
                label="Recommendation pages"
                hasPrevious={recs.pageInfo.hasPreviousPage}
                hasNext={recs.pageInfo.hasNextPage}
                onPrevious={() => recs.pageInfo.startCursor && setParams({ before: recs.pageInfo.startCursor })}
                onNext={() => recs.pageInfo.endCursor && setParams({ after: recs.pageInfo.endCursor })}
              />
            </>
          );
        }}
      </QueryView>
    </>
  );
}
