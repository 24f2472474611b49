/**
 * My agency's openings: drafts and live ones with their counts (applications, shortlisted,
 * selected of slots); open, close, cancel with a reason; links to edit, candidates and applicants.
 */
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Pagination } from '../../components/Pagination.js';
import { ReasonForm } from '../../components/manager/ReasonForm.js';
import { pageMoves, pageVars } from '../../components/manager/paging.js';
import { useMyAgency } from '../../components/manager/viewer.js';
import { ErrorAlert, Empty, Notice, QueryView } from '../../components/states.js';
import type { WebManagerOpeningsQuery } from '../../gql/graphql.js';
import { enumLabel, formatDate, programTypeLabel } from '../../lib/format.js';
import { useMutation, useQuery } from '../../lib/hooks.js';
import { settle } from '../../lib/result.js';
import { usePageTitle } from '../../lib/title.js';
import { CancelOpeningMutation, CloseOpeningMutation, ManagerOpeningsQuery, OpenOpeningMutation } from './queries.js';

const PAGE_SIZE = 20;

export default function OpeningsPage() {
  usePageTitle("My agency's openings");
  const viewer = useMyAgency();
  return (
    <>
      <div className="display-flex flex-justify flex-align-center flex-wrap">
        <h1>My agency&rsquo;s openings</h1>
        <Link to="/manage/openings/new" className="usa-button">
          Create an opening
        </Link>
      </div>
      <QueryView query={viewer} loadingLabel="Loading your agency…">
        {(v) =>
          v.viewer ? (
            <OpeningList agency={v.viewer.agency.code} agencyName={v.viewer.agency.name} />
          ) : (
            <ErrorAlert error={{ message: 'Sign in to see your agency’s openings.' }} />
          )
        }
      </QueryView>
    </>
  );
}

type Item = WebManagerOpeningsQuery['openings']['nodes'][number];

function OpeningList({ agency, agencyName }: { agency: string; agencyName: string }) {
  const [params, setParams] = useSearchParams();
  const query = useQuery(ManagerOpeningsQuery, { agency, ...pageVars(params, PAGE_SIZE) });
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <>
      <p className="usa-intro">Drafts and live openings hosted by {agencyName}.</p>
      {notice ? <Notice>{notice}</Notice> : null}
      <QueryView query={query} loadingLabel="Loading openings…">
        {(data) =>
          data.openings.nodes.length === 0 ? (
            <Empty title="No openings yet">
              <p>Create one from an occupation: its usual skills are filled in for you to adjust.</p>
            </Empty>
          ) : (
            <>
              <p>
                {data.openings.totalCount} {data.openings.totalCount === 1 ? 'opening' : 'openings'}
              </p>
              <ul className="usa-list usa-list--unstyled">
                {data.openings.nodes.map((o) => (
                  <OpeningItem
                    key={o.id}
                    opening={o}
                    onChanged={(m) => {
                      setNotice(m);
                      query.refetch();
                    }}
                  />
                ))}
              </ul>
              <Pagination label="Pages of openings" {...pageMoves(params, setParams, data.openings.pageInfo)} />
            </>
          )
        }
      </QueryView>
    </>
  );
}

const STATUS_TAG: Record<string, string> = {
  DRAFT: 'bg-base-dark',
  OPEN: 'bg-green',
  CLOSED: 'bg-accent-warm-darker',
  FILLED: 'bg-primary-dark',
};

function OpeningItem({ opening: o, onChanged }: { opening: Item; onChanged: (message: string) => void }) {
  const open = useMutation(OpenOpeningMutation);
  const close = useMutation(CloseOpeningMutation);
  const cancel = useMutation(CancelOpeningMutation);
  const [cancelling, setCancelling] = useState(false);
  const [errors, setErrors] = useState<{ message?: string; fields: Record<string, string> }>({ fields: {} });
  const base = `/manage/openings/${encodeURIComponent(o.id)}`;
  const failure = open.error ?? close.error ?? cancel.error;

  const doOpen = async () => {
    const data = await open.run({ input: { opening: o.id } });
    if (!data) return;
    const r = settle(data.openOpening, (s) => s);
    if (!r.ok) return setErrors({ message: r.message, fields: r.fieldErrors });
    onChanged(`${o.title} is open for applications.`);
  };
  const doClose = async () => {
    const data = await close.run({ input: { opening: o.id } });
    if (!data) return;
    const r = settle(data.closeOpening, (s) => s);
    if (!r.ok) return setErrors({ message: r.message, fields: r.fieldErrors });
    onChanged(`${o.title} is closed to new applications.`);
  };
  const doCancel = async (reason: string) => {
    const data = await cancel.run({ input: { opening: o.id, reason } });
    if (!data) return;
    const r = settle(data.cancelOpening, (s) => s);
    if (!r.ok) return setErrors({ message: r.message, fields: r.fieldErrors });
    onChanged(`${o.title} was cancelled.`);
  };

  return (
    <li className="border-top-1px border-base-lighter padding-y-2">
      <h2 className="margin-y-0 font-heading-md">
        <Link to={`${base}/candidates`}>{o.title}</Link>{' '}
        <span className={`usa-tag ${STATUS_TAG[o.status] ?? 'bg-base-dark'}`}>{enumLabel(o.status)}</span>
      </h2>
      <p className="margin-y-1">
        {programTypeLabel(o.programType)} · starts {formatDate(o.startDate)} · apply by {formatDate(o.applicationDeadline)}
      </p>
      <p className="margin-y-1" data-testid="opening-counts">
        {o.applications?.totalCount ?? 0} applications · {o.shortlisted?.totalCount ?? 0} shortlisted · {o.slotsFilled} of{' '}
        {o.slots} {o.slots === 1 ? 'slot' : 'slots'} filled
      </p>
      {failure ? <ErrorAlert error={failure} heading="That did not go through" /> : null}
      {errors.message && !cancelling ? <ErrorAlert error={{ message: errors.message }} heading="Not done" /> : null}
      {cancelling ? (
        <ReasonForm
          label={`Why cancel ${o.title}? (applicants see it)`}
          submitLabel="Cancel the opening"
          pending={cancel.pending}
          error={errors}
          onSubmit={(reason) => void doCancel(reason)}
          onCancel={() => setCancelling(false)}
        />
      ) : (
        <ul className="usa-button-group">
          <li className="usa-button-group__item">
            <Link className="usa-button usa-button--outline" to={`${base}/candidates`}>
              Candidates <span className="usa-sr-only">for {o.title}</span>
            </Link>
          </li>
          <li className="usa-button-group__item">
            <Link className="usa-button usa-button--outline" to={`${base}/applicants`}>
              Applicants <span className="usa-sr-only">for {o.title}</span>
            </Link>
          </li>
          {o.viewerCanManage && o.status !== 'FILLED' ? (
            <li className="usa-button-group__item">
              <Link className="usa-button usa-button--outline" to={`${base}/edit`}>
                Edit <span className="usa-sr-only">{o.title}</span>
              </Link>
            </li>
          ) : null}
          {o.viewerCanManage && (o.status === 'DRAFT' || o.status === 'CLOSED') ? (
            <li className="usa-button-group__item">
              <button type="button" className="usa-button" disabled={open.pending} onClick={() => void doOpen()}>
                Open <span className="usa-sr-only">{o.title}</span>
              </button>
            </li>
          ) : null}
          {o.viewerCanManage && o.status === 'OPEN' ? (
            <li className="usa-button-group__item">
              <button
                type="button"
                className="usa-button usa-button--outline"
                disabled={close.pending}
                onClick={() => void doClose()}
              >
                Close <span className="usa-sr-only">{o.title}</span>
              </button>
            </li>
          ) : null}
          {o.viewerCanManage && o.status !== 'FILLED' && o.slotsFilled === 0 ? (
            <li className="usa-button-group__item">
              <button
                type="button"
                className="usa-button usa-button--secondary"
                onClick={() => {
                  setErrors({ fields: {} });
                  setCancelling(true);
                }}
              >
                Cancel… <span className="usa-sr-only">{o.title}</span>
              </button>
            </li>
          ) : null}
        </ul>
      )}
    </li>
  );
}
