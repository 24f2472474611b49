/** For someone signed in without a profile yet: names first, skills after. */
import { useState, type FormEvent } from 'react';
import { FieldError, FormError } from '../../../components/fields.js';
import { ErrorAlert } from '../../../components/states.js';
import { useMutation } from '../../../lib/hooks.js';
import { settle, unplacedProblems } from '../../../lib/result.js';
import { CreateProfileMutation } from './queries.js';

export function CreateProfileForm({ onCreated }: { onCreated: () => void }) {
  const [givenName, setGivenName] = useState('');
  const [familyName, setFamilyName] = useState('');
  const [errors, setErrors] = useState<{ message?: string; fields: Record<string, string> }>({ fields: {} });
  const create = useMutation(CreateProfileMutation);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const data = await create.run({ input: { givenName: givenName.trim(), familyName: familyName.trim() } });
    if (!data) return;
    const r = settle(data.createMyProfile, (s) => s);
    if (!r.ok) return setErrors({ message: r.message, fields: r.fieldErrors });
    onCreated();
  };

  const field = (id: string, key: string, label: string, value: string, set: (v: string) => void) => (
    <div className={`usa-form-group${errors.fields[key] ? ' usa-form-group--error' : ''}`}>
      <label className="usa-label" htmlFor={id}>
        {label}
      </label>
      <FieldError id={`${id}-error`} message={errors.fields[key]} />
      <input
        className="usa-input"
        id={id}
        value={value}
        aria-describedby={errors.fields[key] ? `${id}-error` : undefined}
        onChange={(e) => set(e.target.value)}
      />
    </div>
  );

  return (
    <form className="usa-form" onSubmit={submit} aria-labelledby="create-profile-heading" noValidate>
      <h2 id="create-profile-heading">Create my profile</h2>
      {create.error ? <ErrorAlert error={create.error} heading="That did not go through" /> : null}
      <FormError message={errors.message} extra={unplacedProblems(errors.fields, ['givenName', 'familyName'])} />
      {field('cp-given', 'givenName', 'Given name', givenName, setGivenName)}
      {field('cp-family', 'familyName', 'Family name', familyName, setFamilyName)}
      <button type="submit" className="usa-button margin-top-2" disabled={create.pending}>
        Create profile
      </button>
    </form>
  );
}
