/** Form pieces: error messages beside their field, and the level picker (1–5 with names). */
import type { ReactNode } from 'react';
import { LEVELS } from '../lib/format.js';

export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <span className="usa-error-message" id={id} role="alert">
      {message}
    </span>
  );
}

/** A USWDS form group that turns red with its message when the API named this field. */
export function FormGroup({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: ReactNode;
}) {
  return (
    <div className={`usa-form-group${error ? ' usa-form-group--error' : ''}`}>
      <label className={`usa-label${error ? ' usa-label--error' : ''}`} htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div className="usa-hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      <FieldError id={`${id}-error`} message={error} />
      {children}
    </div>
  );
}

/** aria-describedby for a control inside FormGroup. */
export const describedBy = (id: string, opts: { hint?: boolean; error?: string }): string | undefined =>
  [opts.hint ? `${id}-hint` : '', opts.error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

const LEVEL_HINT = LEVELS.map((l) => `${l.value} ${l.name.toLowerCase()}: ${l.hint}`).join('; ') + '.';

export function LevelPicker({
  id,
  label,
  value,
  onChange,
  error,
  className = '',
}: {
  id: string;
  label: string;
  value: number;
  onChange: (level: number) => void;
  error?: string;
  className?: string;
}) {
  return (
    <FormGroup id={id} label={label} error={error} hint={LEVEL_HINT}>
      <select
        className={`usa-select ${className}${error ? ' usa-input--error' : ''}`}
        id={id}
        value={value}
        aria-describedby={describedBy(id, { hint: true, error })}
        onChange={(e) => onChange(Number(e.target.value))}
      >
        {LEVELS.map((l) => (
          <option key={l.value} value={l.value}>
            {l.value} {l.name}
          </option>
        ))}
      </select>
    </FormGroup>
  );
}

/** A form-level error: the typed error's message, plus problems for fields the form does not show. */
export function FormError({ message, extra = [] }: { message: string | undefined; extra?: string[] }) {
  if (!message) return null;
  return (
    <div className="usa-alert usa-alert--error usa-alert--slim" role="alert">
      <div className="usa-alert__body">
        <p className="usa-alert__text">{message}</p>
        {extra.length > 0 ? (
          <ul className="usa-list">
            {extra.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  );
}
