/** Moves the end of an ACTIVE rotation later, with an optional reason (audited before and after). */
import { useState, type FormEvent } from 'react';
import { FormError, FormGroup } from '../../components/fields.js';
import { ErrorAlert } from '../../components/states.js';
import type { WebHrRotationFragment } from '../../gql/graphql.js';
import { formatDate } from '../../lib/format.js';
import { useMutation } from '../../lib/hooks.js';
import { unplacedProblems } from '../../lib/result.js';
import { settlePayload } from '../../components/manager/settle.js';
import { ExtendRotationMutation } from './queries.js';

export function ExtendForm({
  rotation: r,
  onDone,
  onCancel,
}: {
  rotation: WebHrRotationFragment;
  onDone: (m: string) => void;
  onCancel: () => void;
}) {
  const extend = useMutation(ExtendRotationMutation);
  const [endDate, setEndDate] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ message?: string; fields: Record<string, string> }>({ fields: {} });
  const id = `extend-${r.id}`;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const data = await extend.run({ input: { rotation: r.id, endDate, reason: reason.trim() || undefined } });
    if (!data) return;
    const res = settlePayload(data.extendRotation, 'rotation');
    if (!res.ok) return setErrors({ message: res.message, fields: res.fieldErrors });
    onDone(`${r.personName}'s rotation now ends ${formatDate(res.value.endDate)}.`);
  };
  return (
    <form className="usa-form" onSubmit={(e) => void submit(e)} noValidate>
      {extend.error ? <ErrorAlert error={extend.error} heading="Not extended" /> : null}
      <FormError message={errors.message} extra={unplacedProblems(errors.fields, ['endDate', 'reason'])} />
      <FormGroup id={`${id}-end`} label={`New last day (now ${formatDate(r.endDate)})`} error={errors.fields.endDate}>
        <input className="usa-input" id={`${id}-end`} type="date" value={endDate} onChange={(e) => setEndDate(e.target.value)} />
      </FormGroup>
      <FormGroup id={`${id}-reason`} label="Reason (optional)" error={errors.fields.reason}>
        <input className="usa-input" id={`${id}-reason`} value={reason} onChange={(e) => setReason(e.target.value)} />
      </FormGroup>
      <div className="usa-button-group margin-top-2">
        <button type="submit" className="usa-button" disabled={extend.pending}>
          Extend
        </button>
        <button type="button" className="usa-button usa-button--unstyled" onClick={onCancel}>
          Never mind
        </button>
      </div>
    </form>
  );
}
