/**
 * Mobility for a period (in the URL): flows between agencies, person-months, average duration,
 * completion rate, top skills gained, skill supply against demand; the figures as CSV.
 */
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { ErrorAlert, QueryView } from '../../components/states.js';
import { request } from '../../lib/client.js';
import { percent } from '../../lib/format.js';
import { useQuery } from '../../lib/hooks.js';
import { usePageTitle } from '../../lib/title.js';
import { FlowsChart, SupplyDemandChart } from './MobilityCharts.js';
import { MobilityCsvQuery, MobilityQuery } from './queries.js';

const isDate = (v: string | null): v is string => !!v && /^\d{4}-\d{2}-\d{2}$/.test(v);
const today = () => new Date().toISOString().slice(0, 10);

export default function MobilityPage() {
  usePageTitle('Mobility');
  const [params, setParams] = useSearchParams();
  const to = isDate(params.get('to')) ? params.get('to')! : today();
  const from = isDate(params.get('from')) ? params.get('from')! : `${to.slice(0, 4)}-01-01`;
  const query = useQuery(MobilityQuery, { from, to });
  const [draft, setDraft] = useState({ from, to });
  const [csv, setCsv] = useState<{ busy: boolean; error?: string }>({ busy: false });

  const apply = (e: FormEvent) => {
    e.preventDefault();
    setParams({ from: draft.from, to: draft.to });
  };
  const download = async () => {
    setCsv({ busy: true });
    try {
      const data = await request(MobilityCsvQuery, { from, to });
      if (data.mobilityFiguresCsv === null) return setCsv({ busy: false, error: 'You may not download these figures.' });
      const url = URL.createObjectURL(new Blob([data.mobilityFiguresCsv], { type: 'text/csv' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = `mobility-${from}-to-${to}.csv`;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setCsv({ busy: false });
    } catch (e) {
      setCsv({ busy: false, error: e instanceof Error ? e.message : 'The CSV could not be made.' });
    }
  };

  return (
    <>
      <h1>Mobility</h1>
      <form className="usa-form maxw-full display-flex flex-wrap flex-align-end" onSubmit={apply} aria-label="Period">
        <div className="usa-form-group margin-right-2">
          <label className="usa-label" htmlFor="mobility-from">
            From
          </label>
          <input
            className="usa-input"
            id="mobility-from"
            type="date"
            value={draft.from}
            onChange={(e) => setDraft({ ...draft, from: e.target.value })}
          />
        </div>
        <div className="usa-form-group margin-right-2">
          <label className="usa-label" htmlFor="mobility-to">
            To
          </label>
          <input
            className="usa-input"
            id="mobility-to"
            type="date"
            value={draft.to}
            onChange={(e) => setDraft({ ...draft, to: e.target.value })}
          />
        </div>
        <button type="submit" className="usa-button margin-top-2">
          Show
        </button>
        <button
          type="button"
          className="usa-button usa-button--outline margin-top-2"
          disabled={csv.busy}
          onClick={() => void download()}
        >
          Download CSV
        </button>
      </form>
      {csv.error ? <ErrorAlert error={{ message: csv.error }} heading="No CSV" /> : null}
      <QueryView query={query} loadingLabel="Computing the figures…">
        {(data) => {
          const m = data.mobilityFigures;
          if (!m) return <ErrorAlert error={{ message: 'Only HR specialists and admins may see mobility figures.' }} />;
          return (
            <>
              <p>
                {m.agency ? m.agency.name : 'All agencies'}, {m.from} to {m.to}.
              </p>
              <ul className="usa-card-group" aria-label="Key figures">
                <Figure label="Person-months" value={m.personMonths.toFixed(1)} />
                <Figure
                  label="Average duration"
                  value={m.averageDurationDays === null ? '—' : `${Math.round(m.averageDurationDays)} days`}
                />
                <Figure label="Completion rate" value={m.completionRate === null ? '—' : percent(m.completionRate)} />
                <Figure label="Completed / cancelled" value={`${m.completed} / ${m.cancelled}`} />
                <Figure label="In service" value={String(m.rotationsInService)} />
              </ul>
              <h2>Flows between agencies</h2>
              <FlowsChart flows={m.flows} />
              <h2>Top skills gained</h2>
              {m.topSkillsGained.length === 0 ? (
                <p>No skills were attested as gained in this period.</p>
              ) : (
                <table className="usa-table usa-table--borderless">
                  <caption className="usa-sr-only">Top skills gained</caption>
                  <thead>
                    <tr>
                      <th scope="col">Skill</th>
                      <th scope="col">Rotations that gained it</th>
                    </tr>
                  </thead>
                  <tbody>
                    {m.topSkillsGained.map((s) => (
                      <tr key={s.skill.id}>
                        <td>{s.skill.name}</td>
                        <td>{s.count}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              <h2>Skill supply against demand</h2>
              <SupplyDemandChart items={m.skillSupplyDemand} />
            </>
          );
        }}
      </QueryView>
    </>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <li className="usa-card tablet:grid-col-4 desktop:grid-col-2">
      <div className="usa-card__container">
        <div className="usa-card__body">
          <p className="margin-y-1 font-body-2xs">{label}</p>
          <p className="margin-y-1 font-heading-lg text-bold">{value}</p>
        </div>
      </div>
    </li>
  );
}
