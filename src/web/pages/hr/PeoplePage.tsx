/**
 * People of my agency (HR): find a person by employee ID (in the URL), see their profile, attest a
 * skill as their agency (supervisor attestation, optionally at a level).
 */
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { FormError, FormGroup, LevelPicker } from '../../components/fields.js';
import { useMyAgency } from '../../components/manager/viewer.js';
import { Empty, ErrorAlert, Notice, QueryView } from '../../components/states.js';
import type { WebHrPersonQuery } from '../../gql/graphql.js';
import { levelName, verificationLabel } from '../../lib/format.js';
import { useMutation, useQuery } from '../../lib/hooks.js';
import { unplacedProblems } from '../../lib/result.js';
import { settlePayload } from '../../components/manager/settle.js';
import { usePageTitle } from '../../lib/title.js';
import { AttestSkillMutation, PersonQuery } from './queries.js';

type Person = NonNullable<WebHrPersonQuery['profile']>;

export default function PeoplePage() {
  usePageTitle('People');
  const viewer = useMyAgency();
  const [params, setParams] = useSearchParams();
  const id = params.get('id') ?? '';
  const [text, setText] = useState(id);
  const find = (e: FormEvent) => {
    e.preventDefault();
    setParams(text.trim() ? { id: text.trim() } : {});
  };
  return (
    <>
      <h1>People</h1>
      <form className="usa-search usa-search--small maxw-mobile-lg margin-bottom-3" role="search" onSubmit={find}>
        <label className="usa-sr-only" htmlFor="person-id">
          Employee ID
        </label>
        <input
          className="usa-input"
          id="person-id"
          type="search"
          placeholder="Employee ID, e.g. NASA-204611"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <button className="usa-button" type="submit">
          Find
        </button>
      </form>
      <QueryView query={viewer} loadingLabel="Loading…">
        {(v) =>
          !v.viewer ? (
            <ErrorAlert error={{ message: 'Sign in to look people up.' }} />
          ) : id ? (
            <PersonLookup agency={v.viewer.agency.code} agencyName={v.viewer.agency.name} externalId={id} />
          ) : (
            <p>Find a person of {v.viewer.agency.name} by the employee ID in your HR system.</p>
          )
        }
      </QueryView>
    </>
  );
}

function PersonLookup({ agency, agencyName, externalId }: { agency: string; agencyName: string; externalId: string }) {
  const query = useQuery(PersonQuery, { agency, externalId });
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <QueryView query={query} loadingLabel="Looking the person up…">
      {(data) =>
        !data.profile ? (
          <Empty title={`Nobody with employee ID ${externalId} in ${agencyName}`}>
            <p>Check the ID; only people of your own agency are listed.</p>
          </Empty>
        ) : (
          <>
            {notice ? <Notice>{notice}</Notice> : null}
            <Profile
              person={data.profile}
              onAttested={(m) => {
                setNotice(m);
                query.refetch();
              }}
            />
          </>
        )
      }
    </QueryView>
  );
}

function Profile({ person: p, onAttested }: { person: Person; onAttested: (m: string) => void }) {
  const [attesting, setAttesting] = useState<string | null>(null);
  return (
    <section aria-labelledby="person-name">
      <h2 id="person-name">
        {p.givenName} {p.familyName}
      </h2>
      <p>
        {[
          p.jobTitle,
          p.agency.name,
          p.externalId && `employee ID ${p.externalId}`,
          p.payPlan && p.grade && `${p.payPlan}-${p.grade}`,
          p.location,
          p.email,
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {p.headline ? <p className="text-base-dark">{p.headline}</p> : null}
      <table className="usa-table usa-table--borderless usa-table--stacked width-full">
        <caption>Skills</caption>
        <thead>
          <tr>
            <th scope="col">Skill</th>
            <th scope="col">Level</th>
            <th scope="col">Backing</th>
            <th scope="col">
              <span className="usa-sr-only">Attest</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {p.skills.map((s) => (
            <tr key={s.id}>
              <th scope="row" data-label="Skill">
                {s.skill.name}
              </th>
              <td data-label="Level">{levelName(s.level)}</td>
              <td data-label="Backing">
                {verificationLabel(s.verification)}
                {s.endorsementCount > 0 ? `, ${s.endorsementCount} endorsements` : ''}
              </td>
              <td data-label="Attest">
                {attesting === s.id ? (
                  <AttestForm
                    skill={s}
                    onDone={(m) => {
                      setAttesting(null);
                      onAttested(m);
                    }}
                    onCancel={() => setAttesting(null)}
                  />
                ) : (
                  <button
                    type="button"
                    className="usa-button usa-button--outline usa-button--small"
                    onClick={() => setAttesting(s.id)}
                  >
                    Attest… <span className="usa-sr-only">{s.skill.name}</span>
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function AttestForm({
  skill: s,
  onDone,
  onCancel,
}: {
  skill: Person['skills'][number];
  onDone: (m: string) => void;
  onCancel: () => void;
}) {
  const attest = useMutation(AttestSkillMutation);
  const [level, setLevel] = useState(s.level);
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<{ message?: string; fields: Record<string, string> }>({ fields: {} });
  const id = `attest-${s.id}`;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const data = await attest.run({ input: { profileSkill: s.id, level, comment: comment.trim() || undefined } });
    if (!data) return;
    const r = settlePayload(data.attestSkill, 'profileSkill');
    if (!r.ok) return setErrors({ message: r.message, fields: r.fieldErrors });
    onDone(`${s.skill.name} attested at ${levelName(r.value.level)}.`);
  };
  return (
    <form className="usa-form" onSubmit={(e) => void submit(e)} noValidate>
      {attest.error ? <ErrorAlert error={attest.error} heading="Not attested" /> : null}
      <FormError message={errors.message} extra={unplacedProblems(errors.fields, ['level', 'comment'])} />
      <LevelPicker
        id={`${id}-level`}
        label={`Level you attest for ${s.skill.name}`}
        value={level}
        onChange={setLevel}
        error={errors.fields.level}
      />
      <FormGroup id={`${id}-comment`} label="Comment (optional)" error={errors.fields.comment}>
        <input className="usa-input" id={`${id}-comment`} value={comment} onChange={(e) => setComment(e.target.value)} />
      </FormGroup>
      <div className="usa-button-group margin-top-2">
        <button type="submit" className="usa-button" disabled={attest.pending}>
          Attest
        </button>
        <button type="button" className="usa-button usa-button--unstyled" onClick={onCancel}>
          Never mind
        </button>
      </div>
    </form>
  );
}
