/** One rotation: who, where, when, approvals, attested skills; the viewer's actions; its history. */
import { useState } from 'react';
import { ReasonForm } from '../../components/manager/ReasonForm.js';
import { ErrorAlert } from '../../components/states.js';
import type { RotationAction, WebHrRotationFragment } from '../../gql/graphql.js';
import { enumLabel, formatDate, levelName, programTypeLabel } from '../../lib/format.js';
import { useMutation } from '../../lib/hooks.js';
import { settlePayload } from '../../components/manager/settle.js';
import { CompleteForm } from './CompleteForm.js';
import { ExtendForm } from './ExtendForm.js';
import { ApproveRotationMutation, CancelRotationMutation } from './queries.js';

type Panel = 'none' | 'complete' | 'extend' | 'cancel';

export function RotationItem({ rotation: r, onChanged }: { rotation: WebHrRotationFragment; onChanged: (m: string) => void }) {
  const approve = useMutation(ApproveRotationMutation);
  const cancel = useMutation(CancelRotationMutation);
  const [panel, setPanel] = useState<Panel>('none');
  const [errors, setErrors] = useState<{ message?: string; fields: Record<string, string> }>({ fields: {} });
  const can = (a: RotationAction) => r.viewerActions.includes(a);
  const agency = (a: { name: string; abbreviation: string | null }) => a.abbreviation ?? a.name;

  const doApprove = async (side: 'HOME' | 'HOST') => {
    const data = await approve.run({ input: { rotation: r.id, side } });
    if (!data) return;
    const res = settlePayload(data.approveRotation, 'rotation');
    if (!res.ok) return setErrors({ message: res.message, fields: res.fieldErrors });
    onChanged(
      `${side === 'HOME' ? 'Home' : 'Host'} approval recorded for ${r.personName}; status ${enumLabel(res.value.status)}.`,
    );
  };
  const doCancel = async (reason: string) => {
    const data = await cancel.run({ input: { rotation: r.id, reason } });
    if (!data) return;
    const res = settlePayload(data.cancelRotation, 'rotation');
    if (!res.ok) return setErrors({ message: res.message, fields: res.fieldErrors });
    onChanged(`${r.personName}'s rotation was cancelled.`);
  };
  const done = (m: string) => {
    setPanel('none');
    onChanged(m);
  };

  return (
    <li className="border-top-1px border-base-lighter padding-y-2" data-testid="rotation">
      <h2 className="margin-y-0 font-heading-md">
        {r.personName}: {agency(r.homeAgency)} → {agency(r.hostAgency)}{' '}
        <span className="usa-tag bg-base-dark">{enumLabel(r.status)}</span>
      </h2>
      <p className="margin-y-1">
        {programTypeLabel(r.programType)}
        {r.opening ? ` · ${r.opening.title}` : ''} · {r.commitmentPercent}% from {formatDate(r.startDate)} to{' '}
        {formatDate(r.endDate)}
        {r.endedOn ? ` · ended ${formatDate(r.endedOn)}` : ''}
      </p>
      <p className="margin-y-1">
        Home approval: {r.homeApprovedAt ? `${formatDate(r.homeApprovedAt)} by ${r.homeApprovedBy}` : 'pending'} · Host approval:{' '}
        {r.hostApprovedAt ? `${formatDate(r.hostApprovedAt)} by ${r.hostApprovedBy}` : 'pending'}
      </p>
      {r.cancelReason ? <p className="margin-y-1">Cancelled: {r.cancelReason}</p> : null}
      {r.skills.length > 0 ? (
        <p className="margin-y-1">
          Skills attested:{' '}
          {r.skills
            .map((s) => `${s.skill.name} ${levelName(s.levelBefore)} → ${levelName(s.levelAfter)}${s.gained ? ' (gained)' : ''}`)
            .join('; ')}
        </p>
      ) : null}
      {(approve.error ?? cancel.error) ? (
        <ErrorAlert error={(approve.error ?? cancel.error)!} heading="That did not go through" />
      ) : null}
      {errors.message && panel !== 'cancel' ? <ErrorAlert error={{ message: errors.message }} heading="Not done" /> : null}
      {panel === 'complete' ? <CompleteForm rotation={r} onDone={done} onCancel={() => setPanel('none')} /> : null}
      {panel === 'extend' ? <ExtendForm rotation={r} onDone={done} onCancel={() => setPanel('none')} /> : null}
      {panel === 'cancel' ? (
        <ReasonForm
          label={`Why cancel ${r.personName}'s rotation?`}
          submitLabel="Cancel the rotation"
          pending={cancel.pending}
          error={errors}
          onSubmit={(reason) => void doCancel(reason)}
          onCancel={() => setPanel('none')}
        />
      ) : null}
      {panel === 'none' ? (
        <ul className="usa-button-group">
          {can('APPROVE_HOME') ? (
            <li className="usa-button-group__item">
              <button type="button" className="usa-button" disabled={approve.pending} onClick={() => void doApprove('HOME')}>
                Approve as home agency <span className="usa-sr-only">: {r.personName}</span>
              </button>
            </li>
          ) : null}
          {can('APPROVE_HOST') ? (
            <li className="usa-button-group__item">
              <button type="button" className="usa-button" disabled={approve.pending} onClick={() => void doApprove('HOST')}>
                Approve as host agency <span className="usa-sr-only">: {r.personName}</span>
              </button>
            </li>
          ) : null}
          {can('COMPLETE') ? (
            <li className="usa-button-group__item">
              <button type="button" className="usa-button" onClick={() => setPanel('complete')}>
                Complete… <span className="usa-sr-only">{r.personName}</span>
              </button>
            </li>
          ) : null}
          {can('EXTEND') ? (
            <li className="usa-button-group__item">
              <button type="button" className="usa-button usa-button--outline" onClick={() => setPanel('extend')}>
                Extend… <span className="usa-sr-only">{r.personName}</span>
              </button>
            </li>
          ) : null}
          {can('CANCEL') ? (
            <li className="usa-button-group__item">
              <button
                type="button"
                className="usa-button usa-button--secondary"
                onClick={() => {
                  setErrors({ fields: {} });
                  setPanel('cancel');
                }}
              >
                Cancel… <span className="usa-sr-only">{r.personName}</span>
              </button>
            </li>
          ) : null}
        </ul>
      ) : null}
      <details>
        <summary>History ({r.history.length})</summary>
        <ol className="usa-list font-body-2xs">
          {r.history.map((h, i) => (
            <li key={i}>
              {new Date(h.at).toLocaleString('en-US', { timeZone: 'UTC', dateStyle: 'medium', timeStyle: 'short' })} UTC —{' '}
              {h.action} by {h.actorSubject}
              {h.actorRoles.length ? ` (${h.actorRoles.join(', ')})` : ''}
              {h.before || h.after ? `: ${changeText(h.before, h.after)}` : ''}
            </li>
          ))}
        </ol>
      </details>
    </li>
  );
}

/** The fields that changed, before → after, in words (never raw JSON). */
function changeText(before: unknown, after: unknown): string {
  const b = (before && typeof before === 'object' ? before : {}) as Record<string, unknown>;
  const a = (after && typeof after === 'object' ? after : {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => typeof (a[k] ?? b[k]) !== 'object');
  return keys.map((k) => `${k} ${String(b[k] ?? '—')} → ${String(a[k] ?? '—')}`).join(', ') || 'details recorded';
}
