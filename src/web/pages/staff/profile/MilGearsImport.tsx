/**
 * Start from a military occupation code (MilGears) or a civilian occupation: the service proposes
 * skills with levels; I keep, re-level or drop each, then add the kept ones with evidence naming the source.
 */
import { useState, type FormEvent } from 'react';
import { FieldError, FormError } from '../../../components/fields.js';
import { Empty, ErrorAlert, Notice } from '../../../components/states.js';
import type { MilitaryBranch, SkillProposalSource, WebSkillProposalsQuery } from '../../../gql/graphql.js';
import { ApiError, request } from '../../../lib/client.js';
import { enumLabel, LEVELS, levelName } from '../../../lib/format.js';
import { useMutation } from '../../../lib/hooks.js';
import { settle, unplacedProblems } from '../../../lib/result.js';
import { AcceptProposalsMutation, ProposalsQuery } from './queries.js';

const BRANCHES: MilitaryBranch[] = ['ARMY', 'NAVY', 'AIR_FORCE', 'MARINE_CORPS', 'COAST_GUARD', 'SPACE_FORCE'];
type Proposals = WebSkillProposalsQuery['skillProposals'];
interface Choice {
  keep: boolean;
  level: number;
}

export function MilGearsImport({ onAccepted }: { onAccepted: () => void }) {
  const [kind, setKind] = useState<'military' | 'occupation'>('military');
  const [code, setCode] = useState('');
  const [branch, setBranch] = useState<MilitaryBranch | ''>('');
  const [loading, setLoading] = useState(false);
  const [lookupError, setLookupError] = useState<ApiError | null>(null);
  const [source, setSource] = useState<SkillProposalSource | null>(null);
  const [proposals, setProposals] = useState<Proposals | null>(null);
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [errors, setErrors] = useState<{ message?: string; fields: Record<string, string> }>({ fields: {} });
  const [notice, setNotice] = useState<string | null>(null);
  const accept = useMutation(AcceptProposalsMutation);

  const propose = async (e: FormEvent) => {
    e.preventDefault();
    setNotice(null);
    setErrors({ fields: {} });
    if (!code.trim()) return setLookupError(new ApiError('Enter a code.', 'graphql'));
    const src: SkillProposalSource =
      kind === 'military'
        ? { militaryCode: code.trim(), ...(branch ? { branch } : {}) }
        : { occupationScheme: 'ONET_SOC', occupationCode: code.trim() };
    setLoading(true);
    setLookupError(null);
    try {
      const data = await request(ProposalsQuery, { source: src });
      setSource(src);
      setProposals(data.skillProposals);
      setChoices(Object.fromEntries(data.skillProposals.proposals.map((p) => [p.skill.id, { keep: true, level: p.level }])));
    } catch (err) {
      setProposals(null);
      setLookupError(err instanceof ApiError ? err : new ApiError('The proposals could not be loaded. Try again.', 'server'));
    } finally {
      setLoading(false);
    }
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!source || !proposals) return;
    const kept = proposals.proposals.filter((p) => choices[p.skill.id]?.keep);
    if (kept.length === 0) return setErrors({ message: 'Keep at least one skill, or start again.', fields: {} });
    const data = await accept.run({
      input: { source, skills: kept.map((p) => ({ skill: p.skill.id, level: choices[p.skill.id]!.level })) },
    });
    if (!data) return;
    const r = settle(data.acceptSkillProposals, (s) => s);
    if (!r.ok) {
      // Problems name kept skills by position: show each beside its row.
      const fields: Record<string, string> = {};
      for (const [k, m] of Object.entries(r.fieldErrors)) {
        const i = /^skills\.(\d+)/.exec(k)?.[1];
        const p = i === undefined ? undefined : kept[Number(i)];
        fields[p ? p.skill.id : k] = m;
      }
      return setErrors({ message: r.message, fields });
    }
    setNotice(`${kept.length} skill${kept.length === 1 ? '' : 's'} added from ${proposals.description}.`);
    setProposals(null);
    setSource(null);
    onAccepted();
  };

  const setChoice = (id: string, patch: Partial<Choice>) => setChoices((c) => ({ ...c, [id]: { ...c[id]!, ...patch } }));
  const rowIds = proposals?.proposals.map((p) => p.skill.id) ?? [];

  return (
    <section aria-labelledby="milgears-heading" className="margin-top-4">
      <h2 id="milgears-heading">Start from my military occupation or a job I held</h2>
      {notice ? <Notice>{notice}</Notice> : null}
      <form className="usa-form" onSubmit={propose} noValidate>
        <fieldset className="usa-fieldset">
          <legend className="usa-legend">Start from</legend>
          <div className="usa-radio">
            <input
              className="usa-radio__input"
              type="radio"
              id="mg-kind-military"
              name="mg-kind"
              checked={kind === 'military'}
              onChange={() => setKind('military')}
            />
            <label className="usa-radio__label" htmlFor="mg-kind-military">
              A military occupation code (MOS, rating or AFSC)
            </label>
          </div>
          <div className="usa-radio">
            <input
              className="usa-radio__input"
              type="radio"
              id="mg-kind-occupation"
              name="mg-kind"
              checked={kind === 'occupation'}
              onChange={() => setKind('occupation')}
            />
            <label className="usa-radio__label" htmlFor="mg-kind-occupation">
              A civilian occupation (O*NET-SOC code)
            </label>
          </div>
        </fieldset>
        <div className={`usa-form-group${lookupError ? ' usa-form-group--error' : ''}`}>
          <label className="usa-label" htmlFor="mg-code">
            {kind === 'military' ? 'Military occupation code' : 'O*NET-SOC occupation code'}
          </label>
          <div className="usa-hint" id="mg-code-hint">
            {kind === 'military' ? 'For example IT (Navy), 25B (Army) or 1D7X1 (Air Force).' : 'For example 15-1244.00.'}
          </div>
          <FieldError id="mg-code-error" message={lookupError?.message} />
          <input
            className={`usa-input${lookupError ? ' usa-input--error' : ''}`}
            id="mg-code"
            value={code}
            aria-describedby={`mg-code-hint${lookupError ? ' mg-code-error' : ''}`}
            onChange={(e) => setCode(e.target.value)}
          />
        </div>
        {kind === 'military' ? (
          <div className="usa-form-group">
            <label className="usa-label" htmlFor="mg-branch">
              Branch (optional)
            </label>
            <select
              className="usa-select"
              id="mg-branch"
              value={branch}
              onChange={(e) => setBranch(e.target.value as MilitaryBranch | '')}
            >
              <option value="">Any branch</option>
              {BRANCHES.map((b) => (
                <option key={b} value={b}>
                  {enumLabel(b)}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <button type="submit" className="usa-button margin-top-2" disabled={loading}>
          {loading ? 'Looking up…' : 'Propose skills'}
        </button>
      </form>
      {proposals ? (
        proposals.proposals.length === 0 ? (
          <Empty title="No skills to propose">
            <p>{proposals.description} has no rated skills in this installation.</p>
          </Empty>
        ) : (
          <form className="margin-top-3" onSubmit={submit} aria-labelledby="proposals-heading">
            <h3 id="proposals-heading">Proposed from {proposals.description}</h3>
            <p>
              From {proposals.occupations.map((o) => `${o.title} (${o.code})`).join('; ')}. Keep, re-level or drop each skill.
            </p>
            {accept.error ? <ErrorAlert error={accept.error} heading="That did not go through" /> : null}
            <FormError message={errors.message} extra={unplacedProblems(errors.fields, rowIds)} />
            <ul className="usa-list usa-list--unstyled">
              {proposals.proposals.map((p) => {
                const c = choices[p.skill.id] ?? { keep: true, level: p.level };
                const rowError = errors.fields[p.skill.id];
                return (
                  <li
                    key={p.skill.id}
                    className={`border-top-1px border-base-lighter padding-y-1${rowError ? ' usa-form-group--error' : ''}`}
                  >
                    <div className="usa-checkbox">
                      <input
                        className="usa-checkbox__input"
                        type="checkbox"
                        id={`mg-keep-${p.skill.id}`}
                        checked={c.keep}
                        onChange={(e) => setChoice(p.skill.id, { keep: e.target.checked })}
                      />
                      <label className="usa-checkbox__label" htmlFor={`mg-keep-${p.skill.id}`}>
                        Keep <strong>{p.skill.name}</strong>
                      </label>
                    </div>
                    <p className="usa-hint margin-y-05">
                      Proposed {levelName(p.level)} ({p.reason})
                      {p.currentLevel !== null ? `; on my profile at ${levelName(p.currentLevel)}` : ''}
                    </p>
                    <FieldError id={`mg-level-${p.skill.id}-error`} message={rowError} />
                    <label className="usa-label margin-top-05" htmlFor={`mg-level-${p.skill.id}`}>
                      Level for {p.skill.name}
                    </label>
                    <select
                      className="usa-select"
                      id={`mg-level-${p.skill.id}`}
                      value={c.level}
                      disabled={!c.keep}
                      onChange={(e) => setChoice(p.skill.id, { level: Number(e.target.value) })}
                    >
                      {LEVELS.map((l) => (
                        <option key={l.value} value={l.value}>
                          {l.value} {l.name}
                        </option>
                      ))}
                    </select>
                  </li>
                );
              })}
            </ul>
            <button type="submit" className="usa-button margin-top-2" disabled={accept.pending}>
              {accept.pending ? 'Adding…' : 'Add the kept skills to my profile'}
            </button>
          </form>
        )
      ) : null}
    </section>
  );
}
