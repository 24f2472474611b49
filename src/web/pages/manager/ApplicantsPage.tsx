/**
 * Applicants for an opening: statement, highlighted skills, the supervisor's decision; shortlist,
 * decline with a reason, select (the slots left are shown; a full opening says so). New
 * applications and status changes arrive live over the subscription.
 */
import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ReasonForm } from '../../components/manager/ReasonForm.js';
import { Empty, ErrorAlert, Notice, QueryView } from '../../components/states.js';
import type { WebOpeningApplicantsQuery } from '../../gql/graphql.js';
import { enumLabel, formatDate } from '../../lib/format.js';
import { useMutation, useQuery } from '../../lib/hooks.js';
import { settle } from '../../lib/result.js';
import { subscribe } from '../../lib/subscribe.js';
import { usePageTitle } from '../../lib/title.js';
import { ApplicantsQuery, DeclineMutation, ManagerOpeningEvents, SelectMutation, ShortlistMutation } from './queries.js';

type Opening = Extract<NonNullable<WebOpeningApplicantsQuery['node']>, { __typename: 'Opening' }>;
type Item = NonNullable<Opening['applications']>['nodes'][number];

const SUPERVISOR: Record<string, string> = {
  NOT_REQUIRED: 'not required',
  PENDING: 'waiting for the supervisor',
  APPROVED: 'approved by the supervisor',
  DENIED: 'denied by the supervisor',
};

export default function ApplicantsPage() {
  usePageTitle('Applicants');
  const { id = '' } = useParams();
  const query = useQuery(ApplicantsQuery, { id });
  const [notice, setNotice] = useState<string | null>(null);
  const [live, setLive] = useState<string | null>(null);
  const { refetch } = query;
  const onChanged = useCallback(
    (m: string) => {
      setNotice(m);
      refetch();
    },
    [refetch],
  );
  useEffect(
    () =>
      subscribe(
        ManagerOpeningEvents,
        { opening: id },
        {
          onData: (d) => {
            const time = new Date(d.marketplaceEvents.occurredAt).toLocaleTimeString('en-US', {
              hour: 'numeric',
              minute: '2-digit',
            });
            setLive(`${enumLabel(d.marketplaceEvents.kind)} at ${time}; the list is up to date.`);
            refetch();
          },
        },
      ),
    [id, refetch],
  );

  return (
    <QueryView query={query} loadingLabel="Loading applicants…">
      {(data) => {
        if (data.node?.__typename !== 'Opening') return <ErrorAlert error={{ message: 'This opening was not found.' }} />;
        const o = data.node;
        const apps = o.applications?.nodes ?? [];
        const full = o.slotsFilled >= o.slots;
        return (
          <>
            <h1>Applicants: {o.title}</h1>
            <p>
              Status {enumLabel(o.status)} ·{' '}
              <Link to={`/manage/openings/${encodeURIComponent(o.id)}/candidates?pool=APPLICANTS`}>Ranked applicants</Link> ·{' '}
              <Link to="/manage/openings">All openings</Link>
            </p>
            <p className="text-bold" data-testid="slots">
              {o.slotsFilled} of {o.slots} {o.slots === 1 ? 'slot' : 'slots'} filled
              {full ? ' — this opening is full; nobody else can be selected.' : ''}
            </p>
            <div aria-live="polite" className="usa-sr-only">
              {live}
            </div>
            {live ? <p className="font-body-2xs text-base-dark">Live: {live}</p> : null}
            {notice ? <Notice>{notice}</Notice> : null}
            {!o.applications ? (
              <ErrorAlert error={{ message: 'Only the host agency’s managers may see the applications.' }} />
            ) : apps.length === 0 ? (
              <Empty title="No applications yet">
                <p>New applications appear here as they arrive.</p>
              </Empty>
            ) : (
              <ul className="usa-list usa-list--unstyled">
                {apps.map((a) => (
                  <Applicant key={a.id} application={a} full={full} onChanged={onChanged} />
                ))}
              </ul>
            )}
          </>
        );
      }}
    </QueryView>
  );
}

function Applicant({ application: a, full, onChanged }: { application: Item; full: boolean; onChanged: (m: string) => void }) {
  const shortlist = useMutation(ShortlistMutation);
  const decline = useMutation(DeclineMutation);
  const select = useMutation(SelectMutation);
  const [declining, setDeclining] = useState(false);
  const [errors, setErrors] = useState<{ message?: string; fields: Record<string, string> }>({ fields: {} });
  const who = a.applicant ? `${a.applicant.givenName} ${a.applicant.familyName}` : 'An applicant';
  const live = a.status === 'SUBMITTED' || a.status === 'SHORTLISTED';
  const failure = shortlist.error ?? decline.error ?? select.error;

  const act = async (kind: 'shortlist' | 'select') => {
    const m = kind === 'shortlist' ? shortlist : select;
    const data = await m.run({ input: { application: a.id } });
    if (!data) return;
    const result = 'shortlistApplication' in data ? data.shortlistApplication : data.selectApplication;
    const r = settle(result, (s) => s);
    if (!r.ok) return setErrors({ message: r.message, fields: r.fieldErrors });
    onChanged(
      kind === 'shortlist' ? `${who} is on the shortlist.` : `${who} was selected; the rotation awaits both agencies' approval.`,
    );
  };
  const doDecline = async (reason: string) => {
    const data = await decline.run({ input: { application: a.id, reason } });
    if (!data) return;
    const r = settle(data.declineApplication, (s) => s);
    if (!r.ok) return setErrors({ message: r.message, fields: r.fieldErrors });
    onChanged(`${who} was declined.`);
  };

  return (
    <li className="border-top-1px border-base-lighter padding-y-2" data-testid="applicant">
      <h2 className="margin-y-0 font-heading-md">
        {who} <span className="usa-tag bg-base-dark">{enumLabel(a.status)}</span>
      </h2>
      <p className="margin-y-1">
        {[a.applicant?.jobTitle, a.applicant?.agency.name].filter(Boolean).join(' · ')} · applied {formatDate(a.submittedAt)} ·
        supervisor approval {SUPERVISOR[a.supervisorApproval] ?? enumLabel(a.supervisorApproval)}
        {a.supervisorReason ? ` (“${a.supervisorReason}”)` : ''}
      </p>
      {a.statement ? (
        <blockquote className="margin-left-0 border-left-05 border-base-lighter padding-left-2">{a.statement}</blockquote>
      ) : null}
      {a.highlightedSkills.length > 0 ? (
        <p className="margin-y-1">
          Highlighted skills:{' '}
          {a.highlightedSkills.map((s) => (
            <span key={s.id} className="usa-tag bg-primary-dark margin-right-05">
              {s.name}
            </span>
          ))}
        </p>
      ) : null}
      {a.decisionReason ? <p className="margin-y-1">Reason given: {a.decisionReason}</p> : null}
      {failure ? <ErrorAlert error={failure} heading="That did not go through" /> : null}
      {errors.message && !declining ? <ErrorAlert error={{ message: errors.message }} heading="Not done" /> : null}
      {!live ? null : declining ? (
        <ReasonForm
          label={`Why decline ${who}? (they see it)`}
          submitLabel="Decline"
          pending={decline.pending}
          error={errors}
          onSubmit={(reason) => void doDecline(reason)}
          onCancel={() => setDeclining(false)}
        />
      ) : (
        <ul className="usa-button-group">
          {a.status === 'SUBMITTED' ? (
            <li className="usa-button-group__item">
              <button
                type="button"
                className="usa-button usa-button--outline"
                disabled={shortlist.pending}
                onClick={() => void act('shortlist')}
              >
                Shortlist <span className="usa-sr-only">{who}</span>
              </button>
            </li>
          ) : null}
          <li className="usa-button-group__item">
            <button type="button" className="usa-button" disabled={select.pending || full} onClick={() => void act('select')}>
              Select <span className="usa-sr-only">{who}</span>
            </button>
          </li>
          <li className="usa-button-group__item">
            <button
              type="button"
              className="usa-button usa-button--secondary"
              onClick={() => {
                setErrors({ fields: {} });
                setDeclining(true);
              }}
            >
              Decline… <span className="usa-sr-only">{who}</span>
            </button>
          </li>
        </ul>
      )}
    </li>
  );
}
