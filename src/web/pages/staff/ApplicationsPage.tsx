/** My applications (status, dates, supervisor decision, selection) and my rotations (lifecycle, attested skills). */
import { Link } from 'react-router';
import { Empty, QueryView } from '../../components/states.js';
import { graphql } from '../../gql/index.js';
import { enumLabel, formatDate, levelName, programTypeLabel } from '../../lib/format.js';
import { useQuery } from '../../lib/hooks.js';
import { usePageTitle } from '../../lib/title.js';

const MineQuery = graphql(`
  query WebMyApplications {
    viewer {
      applications(first: 50) {
        totalCount
        nodes {
          id
          status
          submittedAt
          withdrawnAt
          decidedAt
          decisionReason
          supervisorApproval
          supervisorDecidedAt
          supervisorReason
          opening {
            id
            title
            hostAgency {
              name
            }
          }
          rotation {
            id
            status
          }
        }
      }
      rotations(first: 50) {
        totalCount
        nodes {
          id
          status
          programType
          startDate
          endDate
          endedOn
          commitmentPercent
          homeAgency {
            name
          }
          hostAgency {
            name
          }
          opening {
            id
            title
          }
          homeApprovedAt
          hostApprovedAt
          completedAt
          cancelReason
          skills {
            gained
            levelBefore
            levelAfter
            skill {
              id
              name
            }
          }
        }
      }
    }
  }
`);

export default function ApplicationsPage() {
  usePageTitle('My applications and rotations');
  const query = useQuery(MineQuery, {});
  return (
    <>
      <h1>My applications and rotations</h1>
      <QueryView query={query} loadingLabel="Loading your applications…">
        {(data) => {
          const apps = data.viewer?.applications.nodes ?? [];
          const rotations = data.viewer?.rotations.nodes ?? [];
          return (
            <>
              <h2>Applications ({data.viewer?.applications.totalCount ?? 0})</h2>
              {apps.length === 0 ? (
                <Empty title="No applications yet">
                  <p>
                    <Link to="/">Find an opportunity</Link> to apply to.
                  </p>
                </Empty>
              ) : (
                <div className="usa-table-container--scrollable" tabIndex={0} role="region" aria-label="My applications">
                  <table className="usa-table usa-table--stacked width-full">
                    <caption className="usa-sr-only">My applications, newest first</caption>
                    <thead>
                      <tr>
                        <th scope="col">Opening</th>
                        <th scope="col">Status</th>
                        <th scope="col">Sent</th>
                        <th scope="col">Supervisor</th>
                        <th scope="col">Decision</th>
                      </tr>
                    </thead>
                    <tbody>
                      {apps.map((a) => (
                        <tr key={a.id}>
                          <th scope="row" data-label="Opening">
                            <Link to={`/openings/${encodeURIComponent(a.opening.id)}`}>{a.opening.title}</Link>
                            <div className="text-base-dark">{a.opening.hostAgency.name}</div>
                          </th>
                          <td data-label="Status">
                            {enumLabel(a.status)}
                            {a.withdrawnAt ? ` on ${formatDate(a.withdrawnAt)}` : ''}
                          </td>
                          <td data-label="Sent">{formatDate(a.submittedAt)}</td>
                          <td data-label="Supervisor">
                            {a.supervisorApproval === 'NOT_REQUIRED' ? 'Not required' : enumLabel(a.supervisorApproval)}
                            {a.supervisorDecidedAt ? ` on ${formatDate(a.supervisorDecidedAt)}` : ''}
                            {a.supervisorReason ? `: ${a.supervisorReason}` : ''}
                          </td>
                          <td data-label="Decision">
                            {a.status === 'SELECTED'
                              ? `Selected${a.decidedAt ? ` on ${formatDate(a.decidedAt)}` : ''}${a.rotation ? `; rotation ${enumLabel(a.rotation.status)}` : ''}`
                              : a.decisionReason
                                ? a.decisionReason
                                : '—'}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
              <h2>Rotations ({data.viewer?.rotations.totalCount ?? 0})</h2>
              {rotations.length === 0 ? (
                <Empty title="No rotations yet">
                  <p>When you are selected for an opening, the rotation and its progress appear here.</p>
                </Empty>
              ) : (
                <ul className="usa-list usa-list--unstyled">
                  {rotations.map((r) => (
                    <li key={r.id} className="border-top-1px border-base-lighter padding-y-2">
                      <h3 className="margin-y-0">
                        {r.opening?.title ?? programTypeLabel(r.programType)} at {r.hostAgency.name}
                      </h3>
                      <p className="margin-y-1">
                        <span className="usa-tag">{enumLabel(r.status)}</span> {formatDate(r.startDate)} to{' '}
                        {formatDate(r.endedOn ?? r.endDate)} · {r.commitmentPercent}% · from {r.homeAgency.name}
                      </p>
                      <ol className="usa-list" aria-label="Lifecycle">
                        <li>Proposed</li>
                        <li>Home agency approval: {r.homeApprovedAt ? formatDate(r.homeApprovedAt) : 'waiting'}</li>
                        <li>Host agency approval: {r.hostApprovedAt ? formatDate(r.hostApprovedAt) : 'waiting'}</li>
                        {r.completedAt ? <li>Completed {formatDate(r.completedAt)}</li> : null}
                        {r.cancelReason ? <li>Cancelled: {r.cancelReason}</li> : null}
                      </ol>
                      {r.skills.length > 0 ? (
                        <>
                          <h4>Skills attested at completion</h4>
                          <ul className="usa-list">
                            {r.skills.map((s) => (
                              <li key={s.skill.id}>
                                {s.skill.name}: {s.levelBefore === null ? 'new' : levelName(s.levelBefore)} →{' '}
                                {levelName(s.levelAfter)} ({s.gained ? 'gained' : 'used'})
                              </li>
                            ))}
                          </ul>
                        </>
                      ) : null}
                    </li>
                  ))}
                </ul>
              )}
            </>
          );
        }}
      </QueryView>
    </>
  );
}
