/** Mobility charts (Observable Plot), each with its table: flows between agencies, supply against demand. */
import type * as PlotModule from '@observablehq/plot';
import { useMemo } from 'react';
import { PlotFigure, type Plot } from '../../components/manager/PlotFigure.js';
import type { WebMobilityFiguresQuery } from '../../gql/graphql.js';

type Figures = NonNullable<WebMobilityFiguresQuery['mobilityFigures']>;
const short = (a: { name: string; abbreviation: string | null }) => a.abbreviation ?? a.name;

/** Home agency (rows) × host agency (columns) heat map; the count of rotations in each cell. */
export function FlowsChart({ flows }: { flows: Figures['flows'] }) {
  const rows = useMemo(
    () => flows.map((f) => ({ from: short(f.from), to: short(f.to), count: f.count, personMonths: f.personMonths })),
    [flows],
  );
  const options = useMemo(
    () =>
      (Plot: Plot): PlotModule.PlotOptions => ({
        marginLeft: 80,
        marginBottom: 50,
        height: 80 + new Set(rows.map((r) => r.from)).size * 40,
        padding: 0.05,
        x: { label: 'Host agency →', axis: 'bottom', tickRotate: -30 },
        y: { label: 'Home agency' },
        color: { scheme: 'blues', legend: true, label: 'Rotations' },
        marks: [
          Plot.cell(rows, { x: 'to', y: 'from', fill: 'count', inset: 0.5 }),
          Plot.text(rows, {
            x: 'to',
            y: 'from',
            text: (d: { count: number }) => String(d.count),
            fill: '#1b1b1b',
            stroke: 'white',
            strokeWidth: 3,
            paintOrder: 'stroke',
          }),
        ],
      }),
    [rows],
  );
  if (rows.length === 0) return <p>No rotations between agencies in this period.</p>;
  const summary = `Rotations between agencies: ${rows.map((r) => `${r.from} to ${r.to}: ${r.count}`).join('; ')}.`;
  return (
    <PlotFigure options={options} summary={summary} caption="Flows between agencies (rotations with a day served in the period)">
      <table className="usa-table usa-table--borderless usa-table--compact" data-testid="flows-table">
        <caption className="usa-sr-only">Flows between agencies</caption>
        <thead>
          <tr>
            <th scope="col">From (home)</th>
            <th scope="col">To (host)</th>
            <th scope="col">Rotations</th>
            <th scope="col">Person-months</th>
          </tr>
        </thead>
        <tbody>
          {flows.map((f) => (
            <tr key={`${f.from.name}>${f.to.name}`}>
              <td>{f.from.name}</td>
              <td>{f.to.name}</td>
              <td>{f.count}</td>
              <td>{f.personMonths.toFixed(2)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </PlotFigure>
  );
}

/** For each skill and level: open openings asking for it against discoverable people who have it. */
export function SupplyDemandChart({ items }: { items: Figures['skillSupplyDemand'] }) {
  const rows = useMemo(
    () =>
      items.flatMap((s) => {
        const skill = `${s.skill.name} (L${s.minLevel}+)`;
        return [
          { skill, measure: 'Openings asking (demand)', value: s.openOpenings },
          { skill, measure: 'People who have it (supply)', value: s.discoverablePeopleAtLevel },
        ];
      }),
    [items],
  );
  const options = useMemo(
    () =>
      (Plot: Plot): PlotModule.PlotOptions => ({
        marginLeft: 10,
        height: 40 + items.length * 56,
        x: { label: 'Count →', grid: true },
        y: { axis: null },
        fy: { label: null },
        color: {
          domain: ['Openings asking (demand)', 'People who have it (supply)'],
          range: ['#b50909', '#2e6276'],
          legend: true,
        },
        marks: [
          Plot.barX(rows, { x: 'value', y: 'measure', fy: 'skill', fill: 'measure' }),
          Plot.text(rows, { x: 'value', y: 'measure', fy: 'skill', text: 'value', textAnchor: 'start', dx: 3 }),
          Plot.axisFy({ anchor: 'left', frameAnchor: 'top', textAnchor: 'start', dy: -14, label: null }),
        ],
      }),
    [rows, items.length],
  );
  if (items.length === 0) return <p>No open openings ask for skills right now.</p>;
  const summary = `Skill supply against demand: ${items
    .map(
      (s) => `${s.skill.name} at level ${s.minLevel} or above, ${s.openOpenings} openings, ${s.discoverablePeopleAtLevel} people`,
    )
    .join('; ')}.`;
  return (
    <PlotFigure options={options} summary={summary} caption="Skill supply against demand">
      <table className="usa-table usa-table--borderless usa-table--compact">
        <caption className="usa-sr-only">Skill supply against demand</caption>
        <thead>
          <tr>
            <th scope="col">Skill</th>
            <th scope="col">Minimum level</th>
            <th scope="col">Open openings asking</th>
            <th scope="col">Discoverable people at the level</th>
          </tr>
        </thead>
        <tbody>
          {items.map((s) => (
            <tr key={`${s.skill.id}-${s.minLevel}`}>
              <td>{s.skill.name}</td>
              <td>{s.minLevel}</td>
              <td>{s.openOpenings}</td>
              <td>{s.discoverablePeopleAtLevel}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </PlotFigure>
  );
}
