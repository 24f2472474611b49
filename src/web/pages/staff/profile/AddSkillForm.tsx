/** Add a skill: pick it from the taxonomy, choose a level, say what backs it. */
import { useState, type FormEvent } from 'react';
import { FieldError, FormError, LevelPicker } from '../../../components/fields.js';
import { SkillAutocomplete, type PickedSkill } from '../../../components/SkillAutocomplete.js';
import { ErrorAlert, Notice } from '../../../components/states.js';
import { EVIDENCE_SOURCES, enumLabel } from '../../../lib/format.js';
import { useMutation } from '../../../lib/hooks.js';
import { settle, unplacedProblems } from '../../../lib/result.js';
import type { EvidenceSource } from '../../../gql/graphql.js';
import { AddSkillMutation } from './queries.js';

export function AddSkillForm({ existing, onAdded }: { existing: readonly string[]; onAdded: () => void }) {
  const [skill, setSkill] = useState<PickedSkill | null>(null);
  const [level, setLevel] = useState(3);
  const [source, setSource] = useState<EvidenceSource>('EXPERIENCE');
  const [title, setTitle] = useState('');
  const [errors, setErrors] = useState<{ message?: string; fields: Record<string, string> }>({ fields: {} });
  const [notice, setNotice] = useState<string | null>(null);
  const add = useMutation(AddSkillMutation);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setNotice(null);
    if (!skill) return setErrors({ fields: { skill: 'Pick a skill from the suggestions.' } });
    const evidence = title.trim() ? [{ source, title: title.trim() }] : [];
    const data = await add.run({ input: { skill: skill.id, level, evidence } });
    if (!data) return;
    const r = settle(data.addMySkill, (s) => s);
    if (!r.ok) return setErrors({ message: r.message, fields: r.fieldErrors });
    setErrors({ fields: {} });
    setNotice(`${skill.name} added at level ${level}.`);
    setSkill(null);
    setTitle('');
    onAdded();
  };

  return (
    <form className="usa-form" onSubmit={submit} aria-labelledby="add-skill-heading" noValidate>
      <h3 id="add-skill-heading">Add a skill</h3>
      {notice ? <Notice>{notice}</Notice> : null}
      {add.error ? <ErrorAlert error={add.error} heading="That did not go through" /> : null}
      <FormError message={errors.message} extra={unplacedProblems(errors.fields, ['skill', 'level', 'evidence.0.title'])} />
      {skill ? (
        <p>
          Skill: <strong>{skill.name}</strong>{' '}
          <button type="button" className="usa-button usa-button--unstyled" onClick={() => setSkill(null)}>
            Choose another skill
          </button>
        </p>
      ) : (
        <SkillAutocomplete
          id="add-skill"
          label="Skill"
          hint="Type two letters or more, then pick a skill."
          error={errors.fields.skill}
          exclude={existing}
          onPick={setSkill}
        />
      )}
      <LevelPicker id="add-skill-level" label="Level" value={level} onChange={setLevel} error={errors.fields.level} />
      <div className="usa-form-group">
        <label className="usa-label" htmlFor="add-skill-source">
          Evidence type
        </label>
        <select
          className="usa-select"
          id="add-skill-source"
          value={source}
          onChange={(e) => setSource(e.target.value as EvidenceSource)}
        >
          {EVIDENCE_SOURCES.map((s) => (
            <option key={s} value={s}>
              {enumLabel(s)}
            </option>
          ))}
        </select>
      </div>
      <div className={`usa-form-group${errors.fields['evidence.0.title'] ? ' usa-form-group--error' : ''}`}>
        <label className="usa-label" htmlFor="add-skill-evidence">
          Evidence (optional)
        </label>
        <div className="usa-hint" id="add-skill-evidence-hint">
          For example a course, a project or a certificate.
        </div>
        <FieldError id="add-skill-evidence-error" message={errors.fields['evidence.0.title']} />
        <input
          className="usa-input"
          id="add-skill-evidence"
          value={title}
          aria-describedby="add-skill-evidence-hint"
          onChange={(e) => setTitle(e.target.value)}
        />
      </div>
      <button type="submit" className="usa-button margin-top-2" disabled={add.pending}>
        {add.pending ? 'Adding…' : 'Add skill'}
      </button>
    </form>
  );
}
