/**
 * Why I fit an opening, skill by skill: what it asks (required or desired, minimum level), my
 * level, and how the match engine credited it (matched, related, missing), from MatchExplanation.
 */
import { graphql } from '../gql/index.js';
import { levelName, matchKindLabel, percent } from '../lib/format.js';

/** What the pages ask of a MatchExplanation (spread as `...WebExplanation`). */
export const ExplanationFragment = graphql(`
  fragment WebExplanation on MatchExplanation {
    score
    coverage
    requiredMet
    requiredTotal
    focus
    profileSkillCount
    relatedSkillCount
    algorithmVersion
    skills {
      skill {
        id
        name
      }
      required
      minLevel
      match
      matchedSkill {
        id
        name
      }
      candidateLevel
      trustedLevel
      trust
      met
      credit
      contribution
    }
  }
`);

export interface ExplainedSkill {
  skill: { id: string; name: string };
  required: boolean;
  minLevel: number;
  match: string;
  matchedSkill: { id: string; name: string } | null;
  candidateLevel: number | null;
  trustedLevel: number | null;
  trust: string | null;
  met: boolean;
  credit: number;
  contribution: number;
}

export interface ExplanationData {
  score: number;
  coverage: number;
  requiredMet: number;
  requiredTotal: number;
  focus: number;
  profileSkillCount: number;
  relatedSkillCount: number;
  algorithmVersion: string;
  skills: readonly ExplainedSkill[];
}

export function matchSummary(e: ExplanationData): string {
  return `Fit ${percent(e.score)} · ${e.requiredMet} of ${e.requiredTotal} required skills met`;
}

export function ExplanationTable({ explanation, caption }: { explanation: ExplanationData; caption: string }) {
  return (
    <>
      <div className="usa-table-container--scrollable" tabIndex={0} role="region" aria-label={caption}>
        <table className="usa-table usa-table--borderless usa-table--stacked">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Skill asked</th>
              <th scope="col">Needed</th>
              <th scope="col">My level</th>
              <th scope="col">How it matched</th>
              <th scope="col">Share of score</th>
            </tr>
          </thead>
          <tbody>
            {explanation.skills.map((s) => (
              <tr key={s.skill.id}>
                <th scope="row" data-label="Skill asked">
                  {s.skill.name}
                </th>
                <td data-label="Needed">
                  {s.required ? 'Required' : 'Desired'}, at least {levelName(s.minLevel)}
                </td>
                <td data-label="My level">
                  {s.candidateLevel === null ? '—' : levelName(s.candidateLevel)}
                  {s.trustedLevel !== null && s.candidateLevel !== null && s.trustedLevel < s.candidateLevel ? (
                    <div className="font-body-3xs text-base-dark">
                      counts as {levelName(s.trustedLevel)} until{' '}
                      {s.trust === 'CLAIMED' ? 'backed by evidence' : 'endorsed or verified'}
                    </div>
                  ) : null}
                </td>
                <td data-label="How it matched">
                  <span
                    className={`usa-tag ${s.match === 'NONE' ? 'bg-secondary-dark' : s.met ? 'bg-green' : 'bg-accent-warm-dark'}`}
                  >
                    {matchKindLabel(s.match)}
                  </span>{' '}
                  {s.matchedSkill && s.match !== 'EXACT' ? `through ${s.matchedSkill.name}` : ''}
                  {s.match !== 'NONE' && !s.met ? ' — below the level asked' : ''}
                </td>
                <td data-label="Share of score">{percent(s.contribution)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="usa-hint">
        {matchSummary(explanation)}. {explanation.relatedSkillCount} of my {explanation.profileSkillCount} skills relate to this
        opening; focus {percent(explanation.focus)}. Ranked by skills only ({explanation.algorithmVersion}); education never
        enters the score.
      </p>
    </>
  );
}
