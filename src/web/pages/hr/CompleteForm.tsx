/**
 * The host's completion of a rotation: the skills attested (level after, gained or used), the last
 * day served when earlier than planned, and a note. Prefilled with the opening's skills.
 */
import { useState, type FormEvent } from 'react';
import { FieldError, FormError, FormGroup } from '../../components/fields.js';
import { SkillAutocomplete } from '../../components/SkillAutocomplete.js';
import { ErrorAlert } from '../../components/states.js';
import type { WebHrRotationFragment } from '../../gql/graphql.js';
import { LEVELS } from '../../lib/format.js';
import { useMutation } from '../../lib/hooks.js';
import { unplacedProblems } from '../../lib/result.js';
import { settlePayload } from '../../components/manager/settle.js';
import { CompleteRotationMutation } from './queries.js';

interface Attested {
  id: string;
  name: string;
  include: boolean;
  levelAfter: number;
  gained: boolean;
}

const todayIso = () => new Date().toISOString().slice(0, 10);

export function CompleteForm({
  rotation: r,
  onDone,
  onCancel,
}: {
  rotation: WebHrRotationFragment;
  onDone: (m: string) => void;
  onCancel: () => void;
}) {
  const complete = useMutation(CompleteRotationMutation);
  const had = new Map((r.person?.skills ?? []).map((s) => [s.skill.id, s.level]));
  const [skills, setSkills] = useState<Attested[]>(() =>
    (r.opening?.skills ?? []).map((s) => ({
      id: s.skill.id,
      name: s.skill.name,
      include: true,
      levelAfter: Math.max(s.minLevel, had.get(s.skill.id) ?? 0),
      gained: (had.get(s.skill.id) ?? 0) < s.minLevel,
    })),
  );
  const [endedOn, setEndedOn] = useState(r.endDate > todayIso() ? todayIso() : '');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<{ message?: string; fields: Record<string, string> }>({ fields: {} });
  const set = (i: number, patch: Partial<Attested>) =>
    setSkills((list) => list.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  const chosen = skills.filter((s) => s.include);
  const id = `complete-${r.id}`;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const data = await complete.run({
      input: {
        rotation: r.id,
        endedOn: endedOn || undefined,
        note: note.trim() || undefined,
        skills: chosen.map((s) => ({ skill: s.id, levelAfter: s.levelAfter, gained: s.gained })),
      },
    });
    if (!data) return;
    const res = settlePayload(data.completeRotation, 'rotation');
    if (!res.ok) return setErrors({ message: res.message, fields: res.fieldErrors });
    onDone(`${r.personName}'s rotation is complete; ${chosen.length} skills attested.`);
  };

  return (
    <form
      className="usa-form usa-form--large"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={`Complete ${r.personName}'s rotation`}
    >
      {complete.error ? <ErrorAlert error={complete.error} heading="Not completed" /> : null}
      <FormError
        message={errors.message}
        extra={unplacedProblems(errors.fields, ['endedOn', 'note']).filter((m) => !m.startsWith('skills.'))}
      />
      <fieldset className="usa-fieldset">
        <legend className="usa-legend">Skills the person used or gained</legend>
        <FieldError id={`${id}-skills-error`} message={errors.fields.skills} />
        {skills.map((s, i) => (
          <div key={s.id} className="border-bottom-1px border-base-lighter padding-y-1">
            <div className="usa-checkbox">
              <input
                className="usa-checkbox__input"
                id={`${id}-inc-${i}`}
                type="checkbox"
                checked={s.include}
                onChange={(e) => set(i, { include: e.target.checked })}
              />
              <label className="usa-checkbox__label" htmlFor={`${id}-inc-${i}`}>
                Attest {s.name}
                {had.has(s.id) ? ` (level before: ${had.get(s.id)})` : ' (new to the profile)'}
              </label>
            </div>
            <FieldError id={`${id}-skill-${i}-error`} message={errors.fields[`skills.${chosen.indexOf(s)}.levelAfter`]} />
            {s.include ? (
              <div className="display-flex flex-wrap flex-align-end">
                <div className="margin-right-2">
                  <label className="usa-label" htmlFor={`${id}-lvl-${i}`}>
                    Level shown: {s.name}
                  </label>
                  <select
                    className="usa-select"
                    id={`${id}-lvl-${i}`}
                    value={s.levelAfter}
                    onChange={(e) => set(i, { levelAfter: Number(e.target.value) })}
                  >
                    {LEVELS.map((l) => (
                      <option key={l.value} value={l.value}>
                        {l.value} {l.name}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="usa-checkbox">
                  <input
                    className="usa-checkbox__input"
                    id={`${id}-gain-${i}`}
                    type="checkbox"
                    checked={s.gained}
                    onChange={(e) => set(i, { gained: e.target.checked })}
                  />
                  <label className="usa-checkbox__label" htmlFor={`${id}-gain-${i}`}>
                    Gained on this rotation <span className="usa-sr-only">: {s.name}</span>
                  </label>
                </div>
              </div>
            ) : null}
          </div>
        ))}
        <SkillAutocomplete
          id={`${id}-add`}
          label="Attest another skill"
          exclude={skills.map((s) => s.id)}
          onPick={(k) => setSkills((list) => [...list, { id: k.id, name: k.name, include: true, levelAfter: 3, gained: true }])}
        />
      </fieldset>
      <FormGroup id={`${id}-ended`} label="Last day served (when earlier than the planned end)" error={errors.fields.endedOn}>
        <input
          className="usa-input"
          id={`${id}-ended`}
          type="date"
          value={endedOn}
          onChange={(e) => setEndedOn(e.target.value)}
        />
      </FormGroup>
      <FormGroup id={`${id}-note`} label="Attestation note (optional)" error={errors.fields.note}>
        <textarea className="usa-textarea" id={`${id}-note`} rows={3} value={note} onChange={(e) => setNote(e.target.value)} />
      </FormGroup>
      <div className="usa-button-group margin-top-2">
        <button type="submit" className="usa-button" disabled={complete.pending}>
          Complete the rotation
        </button>
        <button type="button" className="usa-button usa-button--unstyled" onClick={onCancel}>
          Never mind
        </button>
      </div>
    </form>
  );
}
