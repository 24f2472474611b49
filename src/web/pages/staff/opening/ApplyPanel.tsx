/** Apply with a statement and highlighted skills; withdraw a live application. Typed errors beside their fields. */
import { useState, type FormEvent } from 'react';
import { FieldError, FormError } from '../../../components/fields.js';
import { ErrorAlert, Notice } from '../../../components/states.js';
import { enumLabel, formatDate } from '../../../lib/format.js';
import { useMutation } from '../../../lib/hooks.js';
import { settle, unplacedProblems } from '../../../lib/result.js';
import { ApplyMutation, WithdrawMutation } from './queries.js';

const MAX_HIGHLIGHTS = 10;

export interface MyApplication {
  id: string;
  status: string;
  submittedAt: string;
  supervisorApproval: string;
}

export function ApplyPanel({
  openingId,
  eligibility,
  application,
  mySkills,
  onChange,
}: {
  openingId: string;
  eligibility: { allowed: boolean; reason: string | null };
  application: MyApplication | null;
  mySkills: readonly { id: string; name: string }[];
  onChange: () => void;
}) {
  const apply = useMutation(ApplyMutation);
  const withdraw = useMutation(WithdrawMutation);
  const [statement, setStatement] = useState('');
  const [highlighted, setHighlighted] = useState<string[]>([]);
  const [errors, setErrors] = useState<{ message?: string; fields: Record<string, string> }>({ fields: {} });
  const [notice, setNotice] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setNotice(null);
    const data = await apply.run({
      input: { opening: openingId, statement: statement.trim() || null, highlightedSkills: highlighted },
    });
    if (!data) return;
    const r = settle(data.applyToOpening, (s) => (s.__typename === 'ApplyToOpeningPayload' ? s.application : null));
    if (!r.ok) return setErrors({ message: r.message, fields: r.fieldErrors });
    setErrors({ fields: {} });
    setStatement('');
    setHighlighted([]);
    setNotice('Your application was sent.');
    onChange();
  };

  const doWithdraw = async () => {
    if (!application) return;
    setNotice(null);
    const data = await withdraw.run({ input: { application: application.id } });
    if (!data) return;
    const r = settle(data.withdrawApplication, (s) => s);
    if (!r.ok) return setErrors({ message: r.message, fields: {} });
    setErrors({ fields: {} });
    setNotice('Your application was withdrawn. You may apply again while the opening is open.');
    onChange();
  };

  const live = application && (application.status === 'SUBMITTED' || application.status === 'SHORTLISTED');
  const transportError = apply.error ?? withdraw.error;
  const highlightError = Object.entries(errors.fields).find(([k]) => k.startsWith('highlightedSkills'))?.[1];

  return (
    <section aria-labelledby="apply-heading" className="margin-top-4">
      <h2 id="apply-heading">Apply</h2>
      {notice ? <Notice>{notice}</Notice> : null}
      {transportError ? <ErrorAlert error={transportError} heading="That did not go through" /> : null}
      <FormError message={errors.message} extra={unplacedProblems(errors.fields, ['statement', 'opening'])} />
      {live ? (
        <div>
          <p>
            You applied on {formatDate(application.submittedAt)}. Status: <strong>{enumLabel(application.status)}</strong>
            {application.supervisorApproval !== 'NOT_REQUIRED'
              ? `; supervisor approval: ${enumLabel(application.supervisorApproval)}`
              : ''}
            .
          </p>
          <button type="button" className="usa-button usa-button--secondary" onClick={doWithdraw} disabled={withdraw.pending}>
            {withdraw.pending ? 'Withdrawing…' : 'Withdraw my application'}
          </button>
        </div>
      ) : !eligibility.allowed ? (
        <div className="usa-alert usa-alert--warning" role="status">
          <div className="usa-alert__body">
            <h3 className="usa-alert__heading">You cannot apply to this opening</h3>
            <p className="usa-alert__text">{eligibility.reason ?? 'It is not open to you.'}</p>
          </div>
        </div>
      ) : (
        <form className="usa-form maxw-tablet" onSubmit={submit} noValidate>
          <div className={`usa-form-group${errors.fields.statement ? ' usa-form-group--error' : ''}`}>
            <label className="usa-label" htmlFor="apply-statement">
              Why I fit (optional)
            </label>
            <div className="usa-hint" id="apply-statement-hint">
              Up to 5,000 characters. The hiring manager reads it with your profile.
            </div>
            <FieldError id="apply-statement-error" message={errors.fields.statement} />
            <textarea
              className={`usa-textarea${errors.fields.statement ? ' usa-input--error' : ''}`}
              id="apply-statement"
              rows={5}
              value={statement}
              aria-describedby={`apply-statement-hint${errors.fields.statement ? ' apply-statement-error' : ''}`}
              onChange={(e) => setStatement(e.target.value)}
            />
          </div>
          {mySkills.length > 0 ? (
            <fieldset className={`usa-fieldset margin-top-3${highlightError ? ' usa-form-group--error' : ''}`}>
              <legend className="usa-legend">Skills to highlight (up to {MAX_HIGHLIGHTS})</legend>
              <FieldError id="apply-highlight-error" message={highlightError} />
              {mySkills.map((s) => (
                <div className="usa-checkbox" key={s.id}>
                  <input
                    className="usa-checkbox__input"
                    type="checkbox"
                    id={`highlight-${s.id}`}
                    checked={highlighted.includes(s.id)}
                    disabled={!highlighted.includes(s.id) && highlighted.length >= MAX_HIGHLIGHTS}
                    onChange={(e) => setHighlighted((h) => (e.target.checked ? [...h, s.id] : h.filter((x) => x !== s.id)))}
                  />
                  <label className="usa-checkbox__label" htmlFor={`highlight-${s.id}`}>
                    {s.name}
                  </label>
                </div>
              ))}
            </fieldset>
          ) : null}
          <button type="submit" className="usa-button margin-top-3" disabled={apply.pending}>
            {apply.pending ? 'Sending…' : application ? 'Apply again' : 'Apply'}
          </button>
        </form>
      )}
    </section>
  );
}
