/** My profile: skills with level, evidence and verification; MilGears import; education; preferences. */
import { Empty, QueryView } from '../../../components/states.js';
import { enumLabel } from '../../../lib/format.js';
import { useQuery } from '../../../lib/hooks.js';
import { usePageTitle } from '../../../lib/title.js';
import { AddSkillForm } from './AddSkillForm.js';
import { CreateProfileForm } from './CreateProfileForm.js';
import { MilGearsImport } from './MilGearsImport.js';
import { PreferencesForm } from './PreferencesForm.js';
import { MyProfileQuery } from './queries.js';
import { SkillsSection } from './SkillsSection.js';

export default function ProfilePage() {
  usePageTitle('My profile');
  const query = useQuery(MyProfileQuery, {});
  const { refetch } = query;
  return (
    <>
      <h1>My profile</h1>
      <QueryView query={query} loadingLabel="Loading your profile…">
        {(data) => {
          const p = data.viewer?.profile;
          if (!p) {
            return (
              <>
                <Empty title="You have no profile yet">
                  <p>Create one to keep your skills, get recommendations and apply.</p>
                </Empty>
                <CreateProfileForm onCreated={refetch} />
              </>
            );
          }
          return (
            <>
              <p className="usa-intro">
                {p.givenName} {p.familyName}
                {p.jobTitle ? `, ${p.jobTitle}` : ''} · {data.viewer?.agency.name}
              </p>
              {p.headline ? <p>{p.headline}</p> : null}
              <div className="grid-row grid-gap-lg">
                <section className="desktop:grid-col-7" aria-labelledby="skills-heading">
                  <h2 id="skills-heading">My skills ({p.skills.length})</h2>
                  <SkillsSection skills={p.skills} onChange={refetch} />
                  <AddSkillForm existing={p.skills.map((s) => s.skill.id)} onAdded={refetch} />
                </section>
                <div className="desktop:grid-col-5">
                  <PreferencesForm
                    key={p.id}
                    initial={{
                      availablePercent: p.availablePercent,
                      availableFrom: p.availableFrom,
                      discoverable: p.discoverable,
                      remotePreference: p.remotePreference,
                    }}
                    onSaved={refetch}
                  />
                  <section aria-labelledby="education-heading" className="margin-top-4">
                    <h2 id="education-heading">Education</h2>
                    <p className="usa-hint">
                      Education is part of your record and shown as evidence. It is never used for ranking or matching.
                    </p>
                    {p.education && p.education.length > 0 ? (
                      <ul className="usa-list">
                        {p.education.map((e) => (
                          <li key={e.id}>
                            {enumLabel(e.level)}
                            {e.field ? ` in ${e.field}` : ''}
                            {e.institution ? `, ${e.institution}` : ''}
                            {e.completedYear ? ` (${e.completedYear})` : ''}
                          </li>
                        ))}
                      </ul>
                    ) : (
                      <p>No education recorded.</p>
                    )}
                  </section>
                </div>
              </div>
              <MilGearsImport onAccepted={refetch} />
            </>
          );
        }}
      </QueryView>
    </>
  );
}
