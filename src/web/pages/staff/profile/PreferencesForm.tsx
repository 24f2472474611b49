/** Availability, discoverability and remote preference (fields only the person sets). */
import { useState, type FormEvent } from 'react';
import { FieldError, FormError } from '../../../components/fields.js';
import { ErrorAlert, Notice } from '../../../components/states.js';
import type { RemotePreference } from '../../../gql/graphql.js';
import { REMOTE_PREFERENCES, remoteLabel } from '../../../lib/format.js';
import { useMutation } from '../../../lib/hooks.js';
import { settle, unplacedProblems } from '../../../lib/result.js';
import { UpdateProfileMutation } from './queries.js';

export interface Preferences {
  availablePercent: number | null;
  availableFrom: string | null;
  discoverable: boolean | null;
  remotePreference: RemotePreference | null;
}

export function PreferencesForm({ initial, onSaved }: { initial: Preferences; onSaved: () => void }) {
  const [percent, setPercent] = useState(initial.availablePercent === null ? '' : String(initial.availablePercent));
  const [from, setFrom] = useState(initial.availableFrom ?? '');
  const [discoverable, setDiscoverable] = useState(initial.discoverable ?? false);
  const [remote, setRemote] = useState<RemotePreference>(initial.remotePreference ?? 'ANY');
  const [errors, setErrors] = useState<{ message?: string; fields: Record<string, string> }>({ fields: {} });
  const [notice, setNotice] = useState<string | null>(null);
  const update = useMutation(UpdateProfileMutation);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setNotice(null);
    const trimmed = percent.trim();
    if (trimmed && !/^\d+$/.test(trimmed)) {
      return setErrors({ fields: { availablePercent: 'Enter a whole number from 0 to 100.' } });
    }
    const data = await update.run({
      input: {
        availablePercent: trimmed ? Number(trimmed) : null,
        availableFrom: from || null,
        discoverable,
        remotePreference: remote,
      },
    });
    if (!data) return;
    const r = settle(data.updateMyProfile, (s) => s);
    if (!r.ok) return setErrors({ message: r.message, fields: r.fieldErrors });
    setErrors({ fields: {} });
    setNotice('Your preferences were saved.');
    onSaved();
  };

  const pctError = errors.fields.availablePercent;
  const fromError = errors.fields.availableFrom;
  return (
    <form className="usa-form" onSubmit={submit} aria-labelledby="prefs-heading" noValidate>
      <h2 id="prefs-heading">Availability and preferences</h2>
      {notice ? <Notice>{notice}</Notice> : null}
      {update.error ? <ErrorAlert error={update.error} heading="That did not go through" /> : null}
      <FormError
        message={errors.message}
        extra={unplacedProblems(errors.fields, ['availablePercent', 'availableFrom', 'discoverable', 'remotePreference'])}
      />
      <div className={`usa-form-group${pctError ? ' usa-form-group--error' : ''}`}>
        <label className="usa-label" htmlFor="pref-percent">
          Share of my time available for a rotation (percent)
        </label>
        <div className="usa-hint" id="pref-percent-hint">
          0 to 100. Leave empty if you have not decided.
        </div>
        <FieldError id="pref-percent-error" message={pctError} />
        <input
          className={`usa-input usa-input--small${pctError ? ' usa-input--error' : ''}`}
          id="pref-percent"
          inputMode="numeric"
          value={percent}
          aria-describedby={`pref-percent-hint${pctError ? ' pref-percent-error' : ''}`}
          onChange={(e) => setPercent(e.target.value)}
        />
      </div>
      <div className={`usa-form-group${fromError ? ' usa-form-group--error' : ''}`}>
        <label className="usa-label" htmlFor="pref-from">
          Available from
        </label>
        <FieldError id="pref-from-error" message={fromError} />
        <input
          className="usa-input"
          id="pref-from"
          type="date"
          value={from}
          aria-describedby={fromError ? 'pref-from-error' : undefined}
          onChange={(e) => setFrom(e.target.value)}
        />
      </div>
      <div className="usa-form-group">
        <label className="usa-label" htmlFor="pref-remote">
          Where I prefer to work
        </label>
        <select
          className="usa-select"
          id="pref-remote"
          value={remote}
          onChange={(e) => setRemote(e.target.value as RemotePreference)}
        >
          {REMOTE_PREFERENCES.map((r) => (
            <option key={r} value={r}>
              {remoteLabel(r)}
            </option>
          ))}
        </select>
      </div>
      <div className="usa-checkbox margin-top-3">
        <input
          className="usa-checkbox__input"
          id="pref-discoverable"
          type="checkbox"
          checked={discoverable}
          onChange={(e) => setDiscoverable(e.target.checked)}
        />
        <label className="usa-checkbox__label" htmlFor="pref-discoverable">
          Let hiring managers find me without an application
          <span className="usa-checkbox__label-description">They then see my full profile, and each view is logged.</span>
        </label>
      </div>
      <button type="submit" className="usa-button margin-top-3" disabled={update.pending}>
        {update.pending ? 'Saving…' : 'Save preferences'}
      </button>
    </form>
  );
}
