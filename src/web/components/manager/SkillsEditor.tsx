/**
 * The opening's skills as an editable table: level, weight and required per skill, remove, add
 * from the taxonomy. Errors from the API (`skills.N.field`) show on the row they name.
 */
import { SkillAutocomplete } from '../SkillAutocomplete.js';
import { FieldError } from '../fields.js';
import { LEVELS } from '../../lib/format.js';

export interface EditableSkill {
  id: string;
  name: string;
  minLevel: number;
  weight: number;
  required: boolean;
  /** Why the occupation suggested it, when it did. */
  reason?: string;
}

export function SkillsEditor({
  skills,
  onChange,
  errors,
}: {
  skills: EditableSkill[];
  onChange: (skills: EditableSkill[]) => void;
  errors: Record<string, string>;
}) {
  const set = (i: number, patch: Partial<EditableSkill>) => onChange(skills.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  const rowError = (i: number) =>
    Object.entries(errors)
      .filter(([k]) => k === `skills.${i}` || k.startsWith(`skills.${i}.`))
      .map(([, m]) => m)
      .join(' ');
  return (
    <fieldset className="usa-fieldset margin-top-3">
      <legend className="usa-legend usa-legend--large">Skills asked</legend>
      <FieldError id="opening-skills-error" message={errors.skills} />
      {skills.length === 0 ? <p>No skills yet: suggest them from an occupation, or add them one by one.</p> : null}
      {skills.length > 0 ? (
        <table className="usa-table usa-table--borderless usa-table--stacked width-full">
          <caption className="usa-sr-only">Skills asked by this opening</caption>
          <thead>
            <tr>
              <th scope="col">Skill</th>
              <th scope="col">Minimum level</th>
              <th scope="col">Weight</th>
              <th scope="col">Required</th>
              <th scope="col">
                <span className="usa-sr-only">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {skills.map((s, i) => {
              const err = rowError(i);
              return (
                <tr key={s.id}>
                  <th scope="row" data-label="Skill">
                    {s.name}
                    {s.reason ? <div className="font-body-3xs text-base-dark">{s.reason}</div> : null}
                    <FieldError id={`skill-${i}-error`} message={err || undefined} />
                  </th>
                  <td data-label="Minimum level">
                    <select
                      className="usa-select margin-top-0"
                      aria-label={`Minimum level for ${s.name}`}
                      value={s.minLevel}
                      onChange={(e) => set(i, { minLevel: Number(e.target.value) })}
                    >
                      {LEVELS.map((l) => (
                        <option key={l.value} value={l.value}>
                          {l.value} {l.name}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td data-label="Weight">
                    <input
                      className="usa-input usa-input--2xs margin-top-0"
                      type="number"
                      min={0.1}
                      max={10}
                      step={0.1}
                      aria-label={`Weight for ${s.name}`}
                      value={s.weight}
                      onChange={(e) => set(i, { weight: Number(e.target.value) })}
                    />
                  </td>
                  <td data-label="Required">
                    <div className="usa-checkbox">
                      <input
                        className="usa-checkbox__input"
                        id={`skill-required-${i}`}
                        type="checkbox"
                        checked={s.required}
                        onChange={(e) => set(i, { required: e.target.checked })}
                      />
                      <label className="usa-checkbox__label margin-top-0" htmlFor={`skill-required-${i}`}>
                        Required <span className="usa-sr-only">: {s.name}</span>
                      </label>
                    </div>
                  </td>
                  <td data-label="Remove">
                    <button
                      type="button"
                      className="usa-button usa-button--unstyled"
                      onClick={() => onChange(skills.filter((_, j) => j !== i))}
                    >
                      Remove <span className="usa-sr-only">{s.name}</span>
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
      <SkillAutocomplete
        id="opening-add-skill"
        label="Add a skill"
        hint="Type two letters or more, then pick from the list."
        exclude={skills.map((s) => s.id)}
        onPick={(skill) => onChange([...skills, { id: skill.id, name: skill.name, minLevel: 3, weight: 1, required: false }])}
      />
    </fieldset>
  );
}
