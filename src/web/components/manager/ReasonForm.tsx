/** An inline "do it, with a reason" form: the reason's error beside it, the form's own above. */
import { useId, useState, type FormEvent } from 'react';
import { FieldError, FormError } from '../fields.js';

export function ReasonForm({
  label,
  submitLabel,
  pending,
  error,
  onSubmit,
  onCancel,
}: {
  label: string;
  submitLabel: string;
  pending: boolean;
  error: { message?: string; fields: Record<string, string> };
  onSubmit: (reason: string) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const [reason, setReason] = useState('');
  const fieldError = error.fields.reason;
  const extra = Object.entries(error.fields)
    .filter(([k]) => k !== 'reason')
    .map(([k, m]) => `${k}: ${m}`);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit(reason.trim());
  };
  return (
    <form className="usa-form maxw-tablet" onSubmit={submit} noValidate>
      <FormError message={fieldError && extra.length === 0 ? undefined : error.message} extra={extra} />
      <div className={`usa-form-group${fieldError ? ' usa-form-group--error' : ''}`}>
        <label className={`usa-label${fieldError ? ' usa-label--error' : ''}`} htmlFor={id}>
          {label}
        </label>
        <FieldError id={`${id}-error`} message={fieldError} />
        <textarea
          className={`usa-textarea${fieldError ? ' usa-input--error' : ''}`}
          id={id}
          rows={3}
          value={reason}
          aria-describedby={fieldError ? `${id}-error` : undefined}
          onChange={(e) => setReason(e.target.value)}
        />
      </div>
      <div className="usa-button-group margin-top-2">
        <button type="submit" className="usa-button usa-button--secondary" disabled={pending}>
          {submitLabel}
        </button>
        <button type="button" className="usa-button usa-button--unstyled" onClick={onCancel}>
          Never mind
        </button>
      </div>
    </form>
  );
}
