/**
 * What the opening asks for, with my level against each skill. When the opening is among my
 * recommendations, the match engine's explanation says how each skill was credited.
 */
import { ExplanationTable, type ExplanationData } from '../../../components/Explanation.js';
import { levelName } from '../../../lib/format.js';

interface AskedSkill {
  required: boolean;
  minLevel: number;
  skill: { id: string; name: string };
}

export function OpeningSkills({
  skills,
  mySkills,
  explanation,
  explanationNote,
}: {
  skills: readonly AskedSkill[];
  mySkills: ReadonlyMap<string, number>;
  explanation: ExplanationData | null;
  explanationNote: string | null;
}) {
  if (explanation) return <ExplanationTable explanation={explanation} caption="Skills asked, and how mine match" />;
  return (
    <>
      <div className="usa-table-container--scrollable" tabIndex={0} role="region" aria-label="Skills asked">
        <table className="usa-table usa-table--borderless usa-table--stacked width-full">
          <caption>Skills asked, and my level on each</caption>
          <thead>
            <tr>
              <th scope="col">Skill</th>
              <th scope="col">Needed</th>
              <th scope="col">My level</th>
            </tr>
          </thead>
          <tbody>
            {skills.map((s) => {
              const mine = mySkills.get(s.skill.id);
              return (
                <tr key={s.skill.id}>
                  <th scope="row" data-label="Skill">
                    {s.skill.name}
                  </th>
                  <td data-label="Needed">
                    {s.required ? 'Required' : 'Desired'}, at least {levelName(s.minLevel)}
                  </td>
                  <td data-label="My level">
                    {mine === undefined
                      ? 'Not on my profile'
                      : `${levelName(mine)}${mine >= s.minLevel ? '' : ' (below the level asked)'}`}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {explanationNote ? <p className="usa-hint">{explanationNote}</p> : null}
    </>
  );
}
