/**
 * Create an opening (from an occupation: its suggested skills prefilled, then editable) or edit one.
 * The API's ValidationError problems show beside the fields they name.
 */
import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { SkillsEditor, type EditableSkill } from '../../components/manager/SkillsEditor.js';
import { FormError, FormGroup, describedBy } from '../../components/fields.js';
import { ErrorAlert, QueryView } from '../../components/states.js';
import type { ProgramType, RemoteMode, WebManagerOpeningFormQuery } from '../../gql/graphql.js';
import { request } from '../../lib/client.js';
import { PROGRAM_TYPES, REMOTE_MODES, programTypeLabel, remoteLabel } from '../../lib/format.js';
import { useMutation, useQuery } from '../../lib/hooks.js';
import { unplacedProblems } from '../../lib/result.js';
import { settlePayload } from '../../components/manager/settle.js';
import { usePageTitle } from '../../lib/title.js';
import { CreateOpeningMutation, OpeningFormQuery, SuggestedSkillsQuery, UpdateOpeningMutation } from './queries.js';

interface Values {
  title: string;
  description: string;
  programType: ProgramType;
  commitmentPercent: string;
  startDate: string;
  durationWeeks: string;
  applicationDeadline: string;
  slots: string;
  location: string;
  remoteMode: RemoteMode;
  requiresSupervisorApproval: boolean;
  skills: EditableSkill[];
}

const EMPTY: Values = {
  title: '',
  description: '',
  programType: 'DETAIL',
  commitmentPercent: '100',
  startDate: '',
  durationWeeks: '12',
  applicationDeadline: '',
  slots: '1',
  location: '',
  remoteMode: 'HYBRID',
  requiresSupervisorApproval: false,
  skills: [],
};

type Loaded = Extract<NonNullable<WebManagerOpeningFormQuery['node']>, { __typename: 'Opening' }>;

const fromOpening = (o: Loaded): Values => ({
  title: o.title,
  description: o.description,
  programType: o.programType,
  commitmentPercent: String(o.commitmentPercent),
  startDate: o.startDate,
  durationWeeks: String(o.durationWeeks),
  applicationDeadline: o.applicationDeadline.slice(0, 10),
  slots: String(o.slots),
  location: o.location ?? '',
  remoteMode: o.remoteMode,
  requiresSupervisorApproval: o.requiresSupervisorApproval,
  skills: o.skills.map((s) => ({
    id: s.skill.id,
    name: s.skill.name,
    minLevel: s.minLevel,
    weight: s.weight,
    required: s.required,
  })),
});

/** A number field's value, or the text itself so the API names the field when it is not one. */
const num = (v: string): number | undefined => (v.trim() === '' ? undefined : Number(v));

export default function OpeningFormPage() {
  const { id } = useParams();
  usePageTitle(id ? 'Edit opening' : 'Create an opening');
  const query = useQuery(OpeningFormQuery, { id: id ?? '' }, { skip: !id });
  if (!id) return <OpeningForm initial={EMPTY} />;
  return (
    <QueryView query={query} loadingLabel="Loading the opening…">
      {(data) =>
        data.node?.__typename === 'Opening' ? (
          <OpeningForm initial={fromOpening(data.node)} openingId={data.node.id} />
        ) : (
          <ErrorAlert error={{ message: 'This opening was not found, or you may not edit it.' }} />
        )
      }
    </QueryView>
  );
}

const SHOWN = [
  'title',
  'description',
  'programType',
  'commitmentPercent',
  'startDate',
  'durationWeeks',
  'applicationDeadline',
  'slots',
  'location',
  'remoteMode',
  'skills',
];

function OpeningForm({ initial, openingId }: { initial: Values; openingId?: string }) {
  const navigate = useNavigate();
  const [v, setV] = useState<Values>(initial);
  const [occupation, setOccupation] = useState('');
  const [usedOccupation, setUsedOccupation] = useState<string | null>(null);
  const [suggestState, setSuggestState] = useState<{ busy: boolean; message?: string }>({ busy: false });
  const [errors, setErrors] = useState<{ message?: string; fields: Record<string, string> }>({ fields: {} });
  const create = useMutation(CreateOpeningMutation);
  const update = useMutation(UpdateOpeningMutation);
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setV((s) => ({ ...s, [key]: value }));
  const f = errors.fields;

  const suggest = async () => {
    const code = occupation.trim();
    if (!code) return setSuggestState({ busy: false, message: 'Enter an O*NET-SOC code, for example 15-1212.00.' });
    setSuggestState({ busy: true });
    try {
      const data = await request(SuggestedSkillsQuery, { occupation: { scheme: 'ONET_SOC', code } });
      const list = data.suggestedOpeningSkills;
      if (list.length === 0) return setSuggestState({ busy: false, message: `No skills are known for occupation ${code}.` });
      set(
        'skills',
        list.map((s) => ({
          id: s.skill.id,
          name: s.skill.name,
          minLevel: s.minLevel,
          weight: s.weight,
          required: s.required,
          reason: s.reason,
        })),
      );
      setUsedOccupation(code);
      setSuggestState({ busy: false, message: `${list.length} skills suggested from ${code}. Adjust them below.` });
    } catch (e) {
      setSuggestState({ busy: false, message: e instanceof Error ? e.message : 'The suggestions could not be loaded.' });
    }
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const common = {
      title: v.title.trim(),
      description: v.description.trim(),
      programType: v.programType,
      commitmentPercent: num(v.commitmentPercent),
      durationWeeks: num(v.durationWeeks),
      slots: num(v.slots),
      location: v.location.trim() || undefined,
      remoteMode: v.remoteMode,
      requiresSupervisorApproval: v.requiresSupervisorApproval,
      skills: v.skills.map((s) => ({ skill: s.id, minLevel: s.minLevel, weight: s.weight, required: s.required })),
    };
    const deadline = v.applicationDeadline ? `${v.applicationDeadline}T23:59:59Z` : undefined;
    if (openingId) {
      const data = await update.run({
        input: { opening: openingId, ...common, startDate: v.startDate || undefined, applicationDeadline: deadline },
      });
      if (!data) return;
      const r = settlePayload(data.updateOpening, 'opening');
      if (!r.ok) return setErrors({ message: r.message, fields: r.fieldErrors });
      navigate('/manage/openings');
      return;
    }
    const data = await create.run({
      input: {
        ...common,
        durationWeeks: num(v.durationWeeks) ?? 0,
        startDate: v.startDate,
        applicationDeadline: deadline ?? '',
        ...(usedOccupation ? { fromOccupation: { scheme: 'ONET_SOC' as const, code: usedOccupation } } : {}),
      },
    });
    if (!data) return;
    const r = settlePayload(data.createOpening, 'opening');
    if (!r.ok) return setErrors({ message: r.message, fields: r.fieldErrors });
    navigate('/manage/openings');
  };

  const failure = create.error ?? update.error;
  const text = (key: keyof Values, label: string, type = 'text', hint?: string) => (
    <FormGroup id={`opening-${key}`} label={label} error={f[key]} hint={hint}>
      <input
        className={`usa-input${f[key] ? ' usa-input--error' : ''}`}
        id={`opening-${key}`}
        type={type}
        value={v[key] as string}
        aria-describedby={describedBy(`opening-${key}`, { hint: !!hint, error: f[key] })}
        onChange={(e) => set(key, e.target.value as never)}
      />
    </FormGroup>
  );

  return (
    <>
      <h1>{openingId ? `Edit: ${initial.title}` : 'Create an opening'}</h1>
      {!openingId ? (
        <section
          aria-labelledby="occupation-heading"
          className="border-1px border-base-lighter radius-md padding-2 margin-bottom-3"
        >
          <h2 id="occupation-heading" className="margin-top-0">
            Start from an occupation
          </h2>
          <div className="usa-form-group">
            <label className="usa-label" htmlFor="opening-occupation">
              O*NET-SOC occupation code
            </label>
            <div className="usa-hint" id="opening-occupation-hint">
              For example 15-1212.00 (Information Security Analysts). Its skills and levels are filled in below.
            </div>
            <input
              className="usa-input"
              id="opening-occupation"
              value={occupation}
              aria-describedby="opening-occupation-hint"
              onChange={(e) => setOccupation(e.target.value)}
            />
          </div>
          <button type="button" className="usa-button margin-top-1" disabled={suggestState.busy} onClick={() => void suggest()}>
            Suggest skills
          </button>
          {suggestState.message ? (
            <p role="status" className="margin-bottom-0">
              {suggestState.message}
            </p>
          ) : null}
        </section>
      ) : null}
      <form className="usa-form usa-form--large" onSubmit={(e) => void submit(e)} noValidate>
        {failure ? <ErrorAlert error={failure} heading="The opening was not saved" /> : null}
        <FormError message={errors.message} extra={unplacedProblems(f, SHOWN).filter((m) => !m.startsWith('skills.'))} />
        {text('title', 'Title')}
        <FormGroup id="opening-description" label="Description" error={f.description}>
          <textarea
            className={`usa-textarea${f.description ? ' usa-input--error' : ''}`}
            id="opening-description"
            value={v.description}
            aria-describedby={describedBy('opening-description', { error: f.description })}
            onChange={(e) => set('description', e.target.value)}
          />
        </FormGroup>
        <FormGroup id="opening-programType" label="Program type" error={f.programType}>
          <select
            className="usa-select"
            id="opening-programType"
            value={v.programType}
            onChange={(e) => set('programType', e.target.value as ProgramType)}
          >
            {PROGRAM_TYPES.map((t) => (
              <option key={t} value={t}>
                {programTypeLabel(t)}
              </option>
            ))}
          </select>
        </FormGroup>
        {text('commitmentPercent', 'Share of working time (percent)', 'number')}
        {text('startDate', 'Start date', 'date')}
        {text('durationWeeks', 'Duration (weeks)', 'number')}
        {text(
          'applicationDeadline',
          'Apply by',
          'date',
          'Applications close at the end of this day (UTC), no later than the day after the start.',
        )}
        {text('slots', 'Slots (people to select)', 'number')}
        {text('location', 'Location')}
        <FormGroup id="opening-remoteMode" label="Where the work happens" error={f.remoteMode}>
          <select
            className="usa-select"
            id="opening-remoteMode"
            value={v.remoteMode}
            onChange={(e) => set('remoteMode', e.target.value as RemoteMode)}
          >
            {REMOTE_MODES.map((m) => (
              <option key={m} value={m}>
                {remoteLabel(m)}
              </option>
            ))}
          </select>
        </FormGroup>
        <div className="usa-checkbox margin-top-3">
          <input
            className="usa-checkbox__input"
            id="opening-approval"
            type="checkbox"
            checked={v.requiresSupervisorApproval}
            onChange={(e) => set('requiresSupervisorApproval', e.target.checked)}
          />
          <label className="usa-checkbox__label" htmlFor="opening-approval">
            Applicants need their supervisor&rsquo;s approval
          </label>
        </div>
        <SkillsEditor skills={v.skills} onChange={(skills) => set('skills', skills)} errors={f} />
        <button type="submit" className="usa-button margin-top-3" disabled={create.pending || update.pending}>
          {openingId ? 'Save changes' : 'Save as draft'}
        </button>
      </form>
    </>
  );
}
