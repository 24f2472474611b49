/** The Opportunities search form: keyword, skills, agency, program type, commitment, remote, start window, order. */
import { useState, type FormEvent } from 'react';
import { SkillAutocomplete, type PickedSkill } from '../../../components/SkillAutocomplete.js';
import { OPENING_ORDERS, PROGRAM_TYPES, programTypeLabel, REMOTE_MODES, remoteLabel } from '../../../lib/format.js';
import type { OpeningOrder, ProgramType, RemoteMode } from '../../../gql/graphql.js';
import type { SearchForm } from './search-params.js';

const COMMITMENTS = [
  { value: '', label: 'Any' },
  { value: '25', label: 'Up to 25% of my time' },
  { value: '50', label: 'Up to 50% of my time' },
  { value: '99', label: 'Part time (below 100%)' },
];

function toggle<T>(list: readonly T[], value: T, on: boolean): T[] {
  return on ? [...list.filter((x) => x !== value), value] : list.filter((x) => x !== value);
}

export function SearchFilters({
  initial,
  skillNames,
  agencies,
  onSearch,
}: {
  initial: SearchForm;
  skillNames: ReadonlyMap<string, string>;
  agencies: readonly { code: string; abbreviation: string | null; name: string }[];
  onSearch: (form: SearchForm) => void;
}) {
  const [form, setForm] = useState(initial);
  const [names, setNames] = useState<Map<string, string>>(() => new Map(skillNames));
  const set = <K extends keyof SearchForm>(key: K, value: SearchForm[K]) => setForm((f) => ({ ...f, [key]: value }));

  const addSkill = (s: PickedSkill) => {
    setNames((m) => new Map(m).set(s.id, s.name));
    setForm((f) => ({ ...f, skills: f.skills.includes(s.id) ? f.skills : [...f.skills, s.id] }));
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSearch(form);
  };

  return (
    <form className="usa-form maxw-none" role="search" aria-label="Search opportunities" onSubmit={submit}>
      <div className="usa-form-group">
        <label className="usa-label" htmlFor="search-keyword">
          Keyword
        </label>
        <input
          className="usa-input"
          id="search-keyword"
          type="text"
          value={form.keyword}
          onChange={(e) => set('keyword', e.target.value)}
        />
      </div>
      <SkillAutocomplete
        id="search-skill"
        label="Skills"
        hint="Type two letters or more, then pick a skill. Openings asking for any of them are listed."
        exclude={form.skills}
        onPick={addSkill}
      />
      {form.skills.length > 0 ? (
        <ul className="usa-list usa-list--unstyled margin-top-1" aria-label="Chosen skills">
          {form.skills.map((id) => (
            <li key={id} className="display-inline-block margin-right-1 margin-bottom-1">
              <span className="usa-tag bg-primary-dark">{names.get(id) ?? 'Skill'}</span>{' '}
              <button
                type="button"
                className="usa-button usa-button--unstyled"
                onClick={() =>
                  set(
                    'skills',
                    form.skills.filter((x) => x !== id),
                  )
                }
              >
                Remove {names.get(id) ?? 'skill'}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="usa-form-group">
        <label className="usa-label" htmlFor="search-agency">
          Host agency
        </label>
        <select className="usa-select" id="search-agency" value={form.agency} onChange={(e) => set('agency', e.target.value)}>
          <option value="">Any agency</option>
          {agencies.map((a) => (
            <option key={a.code} value={a.abbreviation ?? a.code}>
              {a.name}
              {a.abbreviation ? ` (${a.abbreviation})` : ''}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="usa-fieldset margin-top-3">
        <legend className="usa-legend">Program type</legend>
        {PROGRAM_TYPES.map((t) => (
          <div className="usa-checkbox" key={t}>
            <input
              className="usa-checkbox__input"
              id={`search-type-${t}`}
              type="checkbox"
              checked={form.programTypes.includes(t)}
              onChange={(e) => set('programTypes', toggle<ProgramType>(form.programTypes, t, e.target.checked))}
            />
            <label className="usa-checkbox__label" htmlFor={`search-type-${t}`}>
              {programTypeLabel(t)}
            </label>
          </div>
        ))}
      </fieldset>
      <div className="usa-form-group">
        <label className="usa-label" htmlFor="search-commitment">
          Time commitment
        </label>
        <select
          className="usa-select"
          id="search-commitment"
          value={form.commitmentMax}
          onChange={(e) => set('commitmentMax', e.target.value)}
        >
          {COMMITMENTS.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="usa-fieldset margin-top-3">
        <legend className="usa-legend">Where the work is done</legend>
        {REMOTE_MODES.map((m) => (
          <div className="usa-checkbox" key={m}>
            <input
              className="usa-checkbox__input"
              id={`search-remote-${m}`}
              type="checkbox"
              checked={form.remoteModes.includes(m)}
              onChange={(e) => set('remoteModes', toggle<RemoteMode>(form.remoteModes, m, e.target.checked))}
            />
            <label className="usa-checkbox__label" htmlFor={`search-remote-${m}`}>
              {remoteLabel(m)}
            </label>
          </div>
        ))}
      </fieldset>
      <fieldset className="usa-fieldset margin-top-3">
        <legend className="usa-legend">Start window</legend>
        <div className="usa-form-group">
          <label className="usa-label" htmlFor="search-from">
            Starting on or after
          </label>
          <input
            className="usa-input"
            id="search-from"
            type="date"
            value={form.startFrom}
            onChange={(e) => set('startFrom', e.target.value)}
          />
        </div>
        <div className="usa-form-group">
          <label className="usa-label" htmlFor="search-to">
            Starting on or before
          </label>
          <input
            className="usa-input"
            id="search-to"
            type="date"
            value={form.startTo}
            onChange={(e) => set('startTo', e.target.value)}
          />
        </div>
      </fieldset>
      <div className="usa-checkbox margin-top-3">
        <input
          className="usa-checkbox__input"
          id="search-mine"
          type="checkbox"
          checked={form.openToMyAgency}
          onChange={(e) => set('openToMyAgency', e.target.checked)}
        />
        <label className="usa-checkbox__label" htmlFor="search-mine">
          Only openings open to my agency
        </label>
      </div>
      <div className="usa-form-group">
        <label className="usa-label" htmlFor="search-order">
          Order
        </label>
        <select
          className="usa-select"
          id="search-order"
          value={form.order}
          onChange={(e) => set('order', e.target.value as OpeningOrder)}
        >
          {OPENING_ORDERS.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="usa-button margin-top-3">
        Search
      </button>
    </form>
  );
}
