/** One opening: what, where, when, who may apply, the skills with my fit, apply or withdraw, live status. */
import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { Empty, ErrorAlert, Loading } from '../../../components/states.js';
import { enumLabel, formatDate, gradeRange, programTypeLabel, remoteLabel } from '../../../lib/format.js';
import { useQuery } from '../../../lib/hooks.js';
import { usePageTitle } from '../../../lib/title.js';
import { ApplyPanel } from './ApplyPanel.js';
import { useOpeningEvents } from './live.js';
import { OpeningSkills } from './OpeningSkills.js';
import { MyFitQuery, OpeningQuery } from './queries.js';

/** The facts as a two-column list on wider screens, one column on a phone. */
const DT = 'grid-col-12 tablet:grid-col-3 text-bold margin-top-1';
const DD = 'grid-col-12 tablet:grid-col-9 margin-left-0 margin-top-1';

export default function OpeningPage() {
  const { id = '' } = useParams();
  const opening = useQuery(OpeningQuery, { id });
  const fit = useQuery(MyFitQuery, {});
  const { refetch } = opening;
  const live = useOpeningEvents(id, refetch);

  const node = opening.state.data?.node;
  const o = node?.__typename === 'Opening' ? node : null;
  usePageTitle(o?.title ?? 'Opening');
  const viewer = opening.state.data?.viewer;

  const mySkills = useMemo(() => new Map((viewer?.profile?.skills ?? []).map((s) => [s.skill.id, s.level])), [viewer]);
  const myApplication = useMemo(() => {
    const mine = (viewer?.applications.nodes ?? []).filter((a) => a.opening.id === id);
    return mine.find((a) => a.status === 'SUBMITTED' || a.status === 'SHORTLISTED') ?? mine[0] ?? null;
  }, [viewer, id]);
  const match = fit.state.data?.viewer?.recommendedOpenings.nodes.find((m) => m.opening.id === id) ?? null;

  if (opening.state.status === 'error') return <ErrorAlert error={opening.state.error} onRetry={refetch} />;
  if (opening.state.data === undefined) return <Loading label="Loading the opening…" />;
  if (!o) {
    return (
      <>
        <h1>Opening not found</h1>
        <Empty title="This opening does not exist or is not visible to you">
          <p>
            <Link to="/">Back to opportunities</Link>
          </p>
        </Empty>
      </>
    );
  }

  const explanationNote =
    fit.state.status === 'error'
      ? 'The match explanation could not be loaded; your levels above come from your profile.'
      : fit.state.status === 'loading'
        ? 'Loading the match explanation…'
        : o.status !== 'OPEN' || !o.viewerEligibility.allowed
          ? 'The match explanation is given for openings you may apply to.'
          : 'None of your skills relate to this opening yet.';

  return (
    <article>
      <p>
        <Link to="/">← All opportunities</Link>
      </p>
      <h1>{o.title}</h1>
      <p className="usa-intro">
        {o.hostAgency.name} · {programTypeLabel(o.programType)}
      </p>
      <div role="status" aria-live="polite" className="margin-bottom-2">
        <span className={`usa-tag ${o.status === 'OPEN' ? 'bg-green' : 'bg-base-dark'}`}>{enumLabel(o.status)}</span>{' '}
        {live.lastEvent ? <span>Updated live: {live.lastEvent}</span> : null}
      </div>
      <dl className="grid-row grid-gap margin-y-2">
        <dt className={DT}>When</dt>
        <dd className={DD}>
          {formatDate(o.startDate)} to {formatDate(o.endDate)} ({o.durationWeeks} weeks)
        </dd>
        <dt className={DT}>Commitment</dt>
        <dd className={DD}>
          {o.commitmentPercent}% of working time{o.hoursPerWeek ? ` (${o.hoursPerWeek} hours a week)` : ''}
        </dd>
        <dt className={DT}>Where</dt>
        <dd className={DD}>
          {remoteLabel(o.remoteMode)}
          {o.location ? `, ${o.location}` : ''}
        </dd>
        <dt className={DT}>Grade</dt>
        <dd className={DD}>
          {gradeRange(o.payPlan, o.gradeMin, o.gradeMax)}
          {o.occupationalSeries ? `, series ${o.occupationalSeries}` : ''}
        </dd>
        <dt className={DT}>Who may apply</dt>
        <dd className={DD}>
          {o.restrictedTo.length === 0
            ? 'Staff of any agency'
            : `Staff of ${o.restrictedTo.map((a) => a.abbreviation ?? a.name).join(', ')} (bureaus included)`}
          {o.programType === 'DETAIL' || o.programType === 'TOUR_OF_DUTY' ? `, except ${o.hostAgency.name}'s own staff` : ''}
          {o.requiresSupervisorApproval ? '; your supervisor approves first' : ''}
        </dd>
        <dt className={DT}>Apply by</dt>
        <dd className={DD}>{formatDate(o.applicationDeadline)}</dd>
        <dt className={DT}>Places</dt>
        <dd className={DD}>
          {o.slots} ({o.slotsFilled} filled)
        </dd>
        {o.securityClearance !== 'NONE' ? (
          <>
            <dt className={DT}>Clearance</dt>
            <dd className={DD}>{enumLabel(o.securityClearance)}</dd>
          </>
        ) : null}
      </dl>
      <h2>About the work</h2>
      <p className="measure-5" style={{ whiteSpace: 'pre-line' }}>
        {o.description}
      </p>
      <h2>Why I fit</h2>
      <OpeningSkills
        skills={o.skills}
        mySkills={mySkills}
        explanation={match?.explanation ?? null}
        explanationNote={explanationNote}
      />
      {viewer?.profile ? (
        <ApplyPanel
          openingId={o.id}
          eligibility={o.viewerEligibility}
          application={myApplication}
          mySkills={viewer.profile.skills.map((s) => s.skill)}
          onChange={() => {
            refetch();
            fit.refetch();
          }}
        />
      ) : (
        <Empty title="Create your profile to apply">
          <p>
            <Link to="/profile">Go to my profile</Link>
          </p>
        </Empty>
      )}
    </article>
  );
}
