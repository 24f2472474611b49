/** Approvals: applications of my people waiting for my decision as their supervisor; approve, or deny with a reason. */
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { FieldError, FormError } from '../../components/fields.js';
import { Empty, ErrorAlert, Notice, QueryView } from '../../components/states.js';
import { graphql } from '../../gql/index.js';
import { formatDate } from '../../lib/format.js';
import { useMutation, useQuery } from '../../lib/hooks.js';
import { settle, unplacedProblems } from '../../lib/result.js';
import { usePageTitle } from '../../lib/title.js';

const QueueQuery = graphql(`
  query WebApprovalQueue {
    viewer {
      approvalRequests(first: 50) {
        totalCount
        nodes {
          id
          submittedAt
          statement
          viewerCanDecideApproval
          applicant {
            givenName
            familyName
            jobTitle
          }
          opening {
            id
            title
            commitmentPercent
            startDate
            durationWeeks
            hostAgency {
              name
            }
          }
        }
      }
    }
  }
`);

const DecideMutation = graphql(`
  mutation WebDecideApproval($input: DecideApplicationApprovalInput!) {
    decideApplicationApproval(input: $input) {
      __typename
      ... on DecideApplicationApprovalPayload {
        application {
          id
          supervisorApproval
        }
      }
      ... on ValidationError {
        problems {
          path
          message
        }
      }
      ... on Error {
        message
        code
      }
    }
  }
`);

export default function ApprovalsPage() {
  usePageTitle('Approvals');
  const query = useQuery(QueueQuery, {});
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <>
      <h1>Approvals</h1>
      <p className="usa-intro">Applications from people you supervise that need your approval before they can be selected.</p>
      {notice ? <Notice>{notice}</Notice> : null}
      <QueryView query={query} loadingLabel="Loading your approval queue…">
        {(data) => {
          const queue = data.viewer?.approvalRequests.nodes ?? [];
          if (queue.length === 0) {
            return (
              <Empty title="Nothing waiting for you">
                <p>When someone you supervise applies to an opening that needs approval, it appears here.</p>
              </Empty>
            );
          }
          return (
            <ul className="usa-list usa-list--unstyled">
              {queue.map((a) => (
                <Request
                  key={a.id}
                  application={a}
                  onDecided={(m) => {
                    setNotice(m);
                    query.refetch();
                  }}
                />
              ))}
            </ul>
          );
        }}
      </QueryView>
    </>
  );
}

type Item = NonNullable<import('../../gql/graphql.js').WebApprovalQueueQuery['viewer']>['approvalRequests']['nodes'][number];

function Request({ application: a, onDecided }: { application: Item; onDecided: (message: string) => void }) {
  const decide = useMutation(DecideMutation);
  const [denying, setDenying] = useState(false);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ message?: string; fields: Record<string, string> }>({ fields: {} });
  const who = a.applicant ? `${a.applicant.givenName} ${a.applicant.familyName}` : 'The applicant';
  const reasonId = `deny-reason-${a.id}`;

  const send = async (decision: 'APPROVE' | 'DENY') => {
    const data = await decide.run({ input: { application: a.id, decision, reason: decision === 'DENY' ? reason.trim() : null } });
    if (!data) return;
    const r = settle(data.decideApplicationApproval, (s) => s);
    if (!r.ok) return setErrors({ message: r.message, fields: r.fieldErrors });
    onDecided(`${decision === 'APPROVE' ? 'Approved' : 'Denied'}: ${who} for ${a.opening.title}.`);
  };
  const deny = (e: FormEvent) => {
    e.preventDefault();
    void send('DENY');
  };

  return (
    <li className="border-top-1px border-base-lighter padding-y-2">
      <h2 className="margin-y-0 font-heading-md">
        {who} — <Link to={`/openings/${encodeURIComponent(a.opening.id)}`}>{a.opening.title}</Link>
      </h2>
      <p className="margin-y-1">
        {a.opening.hostAgency.name} · {a.opening.commitmentPercent}% for {a.opening.durationWeeks} weeks from{' '}
        {formatDate(a.opening.startDate)} · applied {formatDate(a.submittedAt)}
      </p>
      {a.statement ? (
        <blockquote className="margin-left-0 border-left-05 border-base-lighter padding-left-2">{a.statement}</blockquote>
      ) : null}
      {decide.error ? <ErrorAlert error={decide.error} heading="That did not go through" /> : null}
      <FormError message={errors.message} extra={unplacedProblems(errors.fields, ['reason'])} />
      {!a.viewerCanDecideApproval ? (
        <p>You may not decide on this application.</p>
      ) : denying ? (
        <form className="usa-form" onSubmit={deny} noValidate>
          <div className={`usa-form-group${errors.fields.reason ? ' usa-form-group--error' : ''}`}>
            <label className="usa-label" htmlFor={reasonId}>
              Reason for denying (the applicant sees it)
            </label>
            <FieldError id={`${reasonId}-error`} message={errors.fields.reason} />
            <textarea
              className={`usa-textarea${errors.fields.reason ? ' usa-input--error' : ''}`}
              id={reasonId}
              rows={3}
              value={reason}
              aria-describedby={errors.fields.reason ? `${reasonId}-error` : undefined}
              onChange={(e) => setReason(e.target.value)}
            />
          </div>
          <div className="usa-button-group margin-top-2">
            <button type="submit" className="usa-button usa-button--secondary" disabled={decide.pending}>
              Deny
            </button>
            <button type="button" className="usa-button usa-button--unstyled" onClick={() => setDenying(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <div className="usa-button-group">
          <button type="button" className="usa-button" disabled={decide.pending} onClick={() => void send('APPROVE')}>
            Approve <span className="usa-sr-only">{who}</span>
          </button>
          <button type="button" className="usa-button usa-button--outline" onClick={() => setDenying(true)}>
            Deny… <span className="usa-sr-only">{who}</span>
          </button>
        </div>
      )}
    </li>
  );
}
