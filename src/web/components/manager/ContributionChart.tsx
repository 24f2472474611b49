/**
 * One candidate's match explanation as a chart: each opening skill's share of the score, coloured
 * by how it matched (exact, related, missing), labelled with the candidate's level against the
 * minimum asked. The table beside it has the same rows.
 */
import type * as PlotModule from '@observablehq/plot';
import { useMemo } from 'react';
import type { ExplanationData } from '../Explanation.js';
import { levelName, matchKindLabel, percent } from '../../lib/format.js';
import { PlotFigure, type Plot } from './PlotFigure.js';

type Kind = 'Matched' | 'Related' | 'Missing';
const kindOf = (match: string): Kind => (match === 'EXACT' ? 'Matched' : match === 'NONE' ? 'Missing' : 'Related');
/** USWDS green-cool-60v, orange-60v and red-60v: each ≥ 3:1 against white. */
const COLORS: Record<Kind, string> = { Matched: '#2e6276', Related: '#8c471c', Missing: '#b50909' };

export function ContributionChart({ explanation, who }: { explanation: ExplanationData; who: string }) {
  const rows = useMemo(
    () =>
      explanation.skills.map((s) => ({
        skill: `${s.skill.name}${s.required ? ' *' : ''}`,
        contribution: s.contribution,
        kind: kindOf(s.match),
        label: `${percent(s.contribution)} · ${s.candidateLevel === null ? 'none' : `L${s.candidateLevel}`} / L${s.minLevel}`,
      })),
    [explanation],
  );
  const options = useMemo(
    () =>
      (Plot: Plot, width: number): PlotModule.PlotOptions => ({
        marginLeft: width < 500 ? 110 : 180,
        marginRight: width < 500 ? 90 : 110,
        height: 40 + rows.length * 28,
        x: { label: 'Share of score →', tickFormat: '%', domain: [0, Math.max(0.05, ...rows.map((r) => r.contribution))] },
        y: {
          label: null,
          domain: rows.map((r) => r.skill),
          tickFormat: (t: string) => (width < 500 && t.length > 16 ? `${t.slice(0, 15)}…` : t),
        },
        color: { domain: Object.keys(COLORS), range: Object.values(COLORS), legend: true },
        marks: [
          Plot.barX(rows, { x: 'contribution', y: 'skill', fill: 'kind' }),
          Plot.text(rows, { x: 'contribution', y: 'skill', text: 'label', textAnchor: 'start', dx: 4, fill: '#1b1b1b' }),
          Plot.ruleX([0]),
        ],
      }),
    [rows],
  );
  const summary = `Contribution of each skill to ${who}'s score of ${percent(explanation.score)}: ${rows
    .map((r) => `${r.skill.replace(' *', '')} ${r.kind.toLowerCase()} ${percent(r.contribution)}`)
    .join('; ')}.`;
  return (
    <PlotFigure
      options={options}
      summary={summary}
      caption={`What each skill contributed (algorithm ${explanation.algorithmVersion}; * required)`}
    >
      <table className="usa-table usa-table--borderless usa-table--compact font-body-2xs">
        <caption className="usa-sr-only">Skill contributions for {who}</caption>
        <thead>
          <tr>
            <th scope="col">Skill</th>
            <th scope="col">Asked</th>
            <th scope="col">Candidate</th>
            <th scope="col">Match</th>
            <th scope="col">Share</th>
          </tr>
        </thead>
        <tbody>
          {explanation.skills.map((s) => (
            <tr key={s.skill.id}>
              <th scope="row">{s.skill.name}</th>
              <td>
                {s.required ? 'Required' : 'Desired'}, {levelName(s.minLevel)}
              </td>
              <td>{s.candidateLevel === null ? '—' : levelName(s.candidateLevel)}</td>
              <td>
                {matchKindLabel(s.match)}
                {s.matchedSkill && s.match !== 'EXACT' ? ` (${s.matchedSkill.name})` : ''}
                {s.match !== 'NONE' && !s.met ? ', below the level' : ''}
              </td>
              <td>{percent(s.contribution)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </PlotFigure>
  );
}
