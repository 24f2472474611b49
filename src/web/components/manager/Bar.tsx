/** A labelled 0–1 value as text and a bar (the bar is decoration; the text carries the value). */
import { percent } from '../../lib/format.js';

export function ValueBar({ label, value, tone = 'primary' }: { label: string; value: number; tone?: 'primary' | 'accent' }) {
  const clamped = Math.max(0, Math.min(1, value));
  return (
    <div className="margin-y-05">
      <div className="display-flex flex-justify font-body-2xs">
        <span>{label}</span>
        <span className="text-bold">{percent(clamped)}</span>
      </div>
      <div className="bg-base-lighter height-1 radius-sm" aria-hidden="true">
        <div
          className={`height-1 radius-sm ${tone === 'primary' ? 'bg-primary' : 'bg-accent-cool-darker'}`}
          style={{ width: `${clamped * 100}%` }}
        />
      </div>
    </div>
  );
}
