/** My skills: level, evidence and verification; change a level with evidence, or remove a skill. */
import { useState, type FormEvent } from 'react';
import { FieldError, FormError, LevelPicker } from '../../../components/fields.js';
import { Empty, ErrorAlert, Notice } from '../../../components/states.js';
import { EVIDENCE_SOURCES, enumLabel, formatDate, levelName, verificationLabel } from '../../../lib/format.js';
import { useMutation } from '../../../lib/hooks.js';
import { settle, unplacedProblems } from '../../../lib/result.js';
import type { EvidenceSource } from '../../../gql/graphql.js';
import { RemoveSkillMutation, UpdateSkillMutation } from './queries.js';

export interface MySkill {
  id: string;
  level: number;
  verification: string;
  endorsementCount: number;
  skill: { id: string; name: string };
  evidence: readonly { id: string; source: string; title: string; issuer: string | null; endDate: string | null }[] | null;
}

export function SkillsSection({ skills, onChange }: { skills: readonly MySkill[]; onChange: () => void }) {
  const [notice, setNotice] = useState<string | null>(null);
  if (skills.length === 0) {
    return (
      <Empty title="No skills yet">
        <p>Add a skill below, or start from your military occupation or a job you held.</p>
      </Empty>
    );
  }
  return (
    <>
      {notice ? <Notice>{notice}</Notice> : null}
      <ul className="usa-list usa-list--unstyled">
        {skills.map((s) => (
          <SkillItem key={s.id} item={s} onChange={onChange} onNotice={setNotice} />
        ))}
      </ul>
    </>
  );
}

function SkillItem({ item, onChange, onNotice }: { item: MySkill; onChange: () => void; onNotice: (m: string) => void }) {
  const [editing, setEditing] = useState(false);
  const [level, setLevel] = useState(item.level);
  const [source, setSource] = useState<EvidenceSource>('EXPERIENCE');
  const [title, setTitle] = useState('');
  const [errors, setErrors] = useState<{ message?: string; fields: Record<string, string> }>({ fields: {} });
  const update = useMutation(UpdateSkillMutation);
  const remove = useMutation(RemoveSkillMutation);
  const prefix = `skill-${item.id}`;

  const save = async (e: FormEvent) => {
    e.preventDefault();
    const evidence = title.trim() ? [{ source, title: title.trim() }] : [];
    const data = await update.run({ input: { profileSkill: item.id, level, evidence } });
    if (!data) return;
    const r = settle(data.updateMySkill, (s) => s);
    if (!r.ok) return setErrors({ message: r.message, fields: r.fieldErrors });
    setErrors({ fields: {} });
    setEditing(false);
    setTitle('');
    onNotice(`${item.skill.name} saved at level ${levelName(level)}.`);
    onChange();
  };
  const doRemove = async () => {
    const data = await remove.run({ input: { profileSkill: item.id } });
    if (!data) return;
    const r = settle(data.removeMySkill, (s) => s);
    if (!r.ok) return setErrors({ message: r.message, fields: {} });
    onNotice(`${item.skill.name} removed from your profile.`);
    onChange();
  };

  return (
    <li className="border-top-1px border-base-lighter padding-y-2">
      <h3 className="margin-y-0">{item.skill.name}</h3>
      <p className="margin-y-1">
        Level {levelName(item.level)} · {verificationLabel(item.verification)}
        {item.endorsementCount > 0 ? ` · ${item.endorsementCount} endorsement${item.endorsementCount === 1 ? '' : 's'}` : ''}
      </p>
      {item.evidence && item.evidence.length > 0 ? (
        <ul className="usa-list margin-y-1" aria-label={`Evidence for ${item.skill.name}`}>
          {item.evidence.map((e) => (
            <li key={e.id}>
              {enumLabel(e.source)}: {e.title}
              {e.issuer ? `, ${e.issuer}` : ''}
              {e.endDate ? ` (${formatDate(e.endDate)})` : ''}
            </li>
          ))}
        </ul>
      ) : (
        <p className="usa-hint margin-y-1">No evidence yet: a claim without evidence counts at most as intermediate.</p>
      )}
      {update.error || remove.error ? (
        <ErrorAlert error={(update.error ?? remove.error)!} heading="That did not go through" />
      ) : null}
      <FormError
        message={errors.message}
        extra={unplacedProblems(errors.fields, ['level', 'evidence.0.title', 'evidence.0.source'])}
      />
      {editing ? (
        <form className="usa-form" onSubmit={save} aria-label={`Change ${item.skill.name}`}>
          <LevelPicker
            id={`${prefix}-level`}
            label={`Level for ${item.skill.name}`}
            value={level}
            onChange={setLevel}
            error={errors.fields.level}
          />
          <div className="usa-form-group">
            <label className="usa-label" htmlFor={`${prefix}-source`}>
              Evidence type
            </label>
            <select
              className="usa-select"
              id={`${prefix}-source`}
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
            <label className="usa-label" htmlFor={`${prefix}-evidence`}>
              Add evidence (optional)
            </label>
            <div className="usa-hint" id={`${prefix}-evidence-hint`}>
              A course, project, certificate or assignment that shows this level.
            </div>
            <FieldError id={`${prefix}-evidence-error`} message={errors.fields['evidence.0.title']} />
            <input
              className="usa-input"
              id={`${prefix}-evidence`}
              value={title}
              aria-describedby={`${prefix}-evidence-hint`}
              onChange={(e) => setTitle(e.target.value)}
            />
          </div>
          <div className="usa-button-group margin-top-2">
            <button type="submit" className="usa-button" disabled={update.pending}>
              {update.pending ? 'Saving…' : 'Save'}
            </button>
            <button type="button" className="usa-button usa-button--unstyled" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <div className="usa-button-group">
          <button type="button" className="usa-button usa-button--outline" onClick={() => setEditing(true)}>
            Change <span className="usa-sr-only">{item.skill.name}</span>
          </button>
          <button type="button" className="usa-button usa-button--unstyled" onClick={doRemove} disabled={remove.pending}>
            Remove <span className="usa-sr-only">{item.skill.name}</span>
          </button>
        </div>
      )}
    </li>
  );
}
