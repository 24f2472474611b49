/** Words for the schema's enums and values, in one place so every page says the same thing. */

export const LEVELS: readonly { value: number; name: string; hint: string }[] = [
  { value: 1, name: 'Awareness', hint: 'knows the concepts' },
  { value: 2, name: 'Novice', hint: 'routine use with supervision' },
  { value: 3, name: 'Intermediate', hint: 'independent in most situations' },
  { value: 4, name: 'Advanced', hint: 'complex situations, guides others' },
  { value: 5, name: 'Expert', hint: 'recognised authority' },
];

export function levelName(level: number | null | undefined): string {
  if (level === null || level === undefined) return '—';
  const l = LEVELS.find((x) => x.value === level);
  return l ? `${level} ${l.name}` : String(level);
}

const words = (value: string): string => value.charAt(0) + value.slice(1).toLowerCase().replaceAll('_', ' ');

export const PROGRAM_TYPES = ['DETAIL', 'ROTATION', 'GIG', 'TOUR_OF_DUTY', 'FELLOWSHIP'] as const;
export const REMOTE_MODES = ['ONSITE', 'HYBRID', 'REMOTE'] as const;
export const REMOTE_PREFERENCES = ['ANY', 'ONSITE', 'HYBRID', 'REMOTE'] as const;
export const OPENING_ORDERS = [
  { value: 'NEWEST', label: 'Newest first' },
  { value: 'DEADLINE', label: 'Deadline soonest' },
  { value: 'START_DATE', label: 'Starting soonest' },
] as const;
export const EVIDENCE_SOURCES = ['EXPERIENCE', 'TRAINING', 'CERTIFICATION', 'MILITARY', 'EDUCATION', 'SELF_ASSESSED'] as const;

export const programTypeLabel = (t: string): string => (t === 'TOUR_OF_DUTY' ? 'Tour of Duty' : words(t));
export const remoteLabel = (m: string): string =>
  ({ ONSITE: 'On site', HYBRID: 'Hybrid', REMOTE: 'Remote', ANY: 'No preference' })[m] ?? words(m);
export const enumLabel = words;

export const verificationLabel = (v: string): string =>
  ({
    SELF_REPORTED: 'Self-reported',
    ENDORSED: 'Endorsed by a colleague',
    SUPERVISOR_ATTESTED: 'Attested by a supervisor',
    CREDENTIAL_VERIFIED: 'Credential verified',
  })[v] ?? words(v);

export const matchKindLabel = (k: string): string =>
  ({
    EXACT: 'Matched',
    EQUIVALENT: 'Related (other taxonomy)',
    NARROWER: 'Related (more specific)',
    BROADER: 'Related (broader)',
    RELATED: 'Related',
    NONE: 'Missing',
  })[k] ?? words(k);

/** "2026-12-03" or an ISO date-time → "Dec 3, 2026", read as a calendar day in UTC. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  const d = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(d.getTime())) return value;
  return d.toLocaleDateString('en-US', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
}

export const percent = (x: number): string => `${Math.round(x * 100)}%`;

export function gradeRange(payPlan: string | null, min: number | null, max: number | null): string {
  if (min === null && max === null) return 'Any grade';
  const plan = payPlan ?? 'GS';
  if (min !== null && max !== null) return min === max ? `${plan}-${min}` : `${plan}-${min} to ${plan}-${max}`;
  return min !== null ? `${plan}-${min} or above` : `Up to ${plan}-${max}`;
}
