/**
 * The Opportunities search lives in the URL (bookmarkable, shareable): these convert between
 * URLSearchParams and the form's values and the API's OpeningFilter.
 */
import type { OpeningFilter, OpeningOrder, ProgramType, RemoteMode } from '../../../gql/graphql.js';
import { OPENING_ORDERS, PROGRAM_TYPES, REMOTE_MODES } from '../../../lib/format.js';

export interface SearchForm {
  keyword: string;
  skills: string[];
  agency: string;
  programTypes: ProgramType[];
  remoteModes: RemoteMode[];
  /** Most share of working time, percent; '' = any. */
  commitmentMax: string;
  startFrom: string;
  startTo: string;
  openToMyAgency: boolean;
  order: OpeningOrder;
}

export const PAGE_SIZE = 10;

const isDate = (v: string | null): v is string => !!v && /^\d{4}-\d{2}-\d{2}$/.test(v);

export function readSearch(params: URLSearchParams): SearchForm {
  const order = params.get('order');
  const commit = params.get('commit') ?? '';
  return {
    keyword: params.get('q') ?? '',
    skills: params.getAll('skill').filter(Boolean),
    agency: params.get('agency') ?? '',
    programTypes: params.getAll('type').filter((t): t is ProgramType => (PROGRAM_TYPES as readonly string[]).includes(t)),
    remoteModes: params.getAll('remote').filter((m): m is RemoteMode => (REMOTE_MODES as readonly string[]).includes(m)),
    commitmentMax: /^\d{1,3}$/.test(commit) ? commit : '',
    startFrom: isDate(params.get('from')) ? params.get('from')! : '',
    startTo: isDate(params.get('to')) ? params.get('to')! : '',
    openToMyAgency: params.get('mine') === '1',
    order: OPENING_ORDERS.some((o) => o.value === order) ? (order as OpeningOrder) : 'NEWEST',
  };
}

/** The URL of a search; a new search starts at its first page (no cursor). */
export function writeSearch(form: SearchForm): URLSearchParams {
  const p = new URLSearchParams();
  if (form.keyword.trim()) p.set('q', form.keyword.trim());
  for (const s of form.skills) p.append('skill', s);
  if (form.agency) p.set('agency', form.agency);
  for (const t of form.programTypes) p.append('type', t);
  for (const m of form.remoteModes) p.append('remote', m);
  if (form.commitmentMax) p.set('commit', form.commitmentMax);
  if (form.startFrom) p.set('from', form.startFrom);
  if (form.startTo) p.set('to', form.startTo);
  if (form.openToMyAgency) p.set('mine', '1');
  if (form.order !== 'NEWEST') p.set('order', form.order);
  return p;
}

export function toFilter(form: SearchForm): OpeningFilter {
  const filter: OpeningFilter = {};
  if (form.keyword.trim()) filter.keyword = form.keyword.trim();
  if (form.skills.length) filter.skills = form.skills;
  if (form.agency) filter.hostAgencies = [form.agency];
  if (form.programTypes.length) filter.programTypes = form.programTypes;
  if (form.remoteModes.length) filter.remoteModes = form.remoteModes;
  if (form.commitmentMax) filter.commitmentMax = Number(form.commitmentMax);
  if (form.startFrom) filter.startFrom = form.startFrom;
  if (form.startTo) filter.startTo = form.startTo;
  if (form.openToMyAgency) filter.openToMyAgency = true;
  return filter;
}

/** Page position: `after` (next pages) or `before` (back), from the URL. */
export function readPage(params: URLSearchParams): { first?: number; after?: string; last?: number; before?: string } {
  const after = params.get('after');
  const before = params.get('before');
  if (before) return { last: PAGE_SIZE, before };
  return after ? { first: PAGE_SIZE, after } : { first: PAGE_SIZE };
}
