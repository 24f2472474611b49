/**
 * Syncs a CSV of employees from an HR system into the marketplace through `upsertPeople`, with
 * the typed document from the generated SDK (schema/generated/graphql.ts) over plain fetch.
 *
 *   npm run sync:employees -- seeds/examples/employees.csv [--endpoint URL] [--token T]
 *
 * The token is an INTEGRATION token with the write scope (or an HR specialist's) of the agency
 * the people belong to; it comes from --token or TM_TOKEN. The endpoint defaults to
 * TM_ENDPOINT or http://127.0.0.1:4000/graphql.
 *
 * Columns (a header row names them, in any order and case; unknown columns are ignored):
 *   employee_id*      externalId          the key, unique in the agency
 *   given_name*       givenName
 *   family_name*      familyName
 *   email, phone, job_title (jobTitle), location, series (occupationalSeries, e.g. 2210),
 *   pay_plan (payPlan, e.g. GS), grade (1–15)
 *   login             subject             identity-provider subject, links the person's logins
 *   supervisor_login  supervisorSubject   who approves the person's rotation applications
 *   skills            "SCHEME:CODE=LEVEL; …", e.g. "ONET:2.B.3.e=4; ONET_TECH:43232405|Python=3"
 * An empty cell leaves that field as it is (it never clears a value). Rows go in batches of 250;
 * the script prints each batch's counts and every failure with its line number, and exits 1 when
 * any row failed (the others are applied: the service commits each row on its own, and a
 * second run of the same file changes nothing).
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { print } from 'graphql';
import {
  UpsertPeopleDocument,
  type PersonUpsertInput,
  type SkillScheme,
  type UpsertPeopleMutation,
  type UpsertPeopleMutationVariables,
} from '../schema/generated/graphql.js';
import { CsvTokenizer } from '../src/import/csv.js';

export const BATCH_SIZE = 250;
export const DEFAULT_ENDPOINT = 'http://127.0.0.1:4000/graphql';

/** CSV column → PersonUpsertInput field (text fields; grade and skills are parsed below). */
const TEXT_COLUMNS = {
  employee_id: 'externalId',
  given_name: 'givenName',
  family_name: 'familyName',
  email: 'email',
  phone: 'phone',
  job_title: 'jobTitle',
  location: 'location',
  series: 'occupationalSeries',
  pay_plan: 'payPlan',
  login: 'subject',
  supervisor_login: 'supervisorSubject',
} as const;
const REQUIRED = ['employee_id', 'given_name', 'family_name'] as const;
const SCHEMES: readonly SkillScheme[] = ['ONET', 'ONET_TECH', 'ESCO', 'LOCAL'];

export interface Row {
  line: number;
  item: PersonUpsertInput;
}

export interface Failure {
  line: number;
  externalId: string | null;
  message: string;
}

/** Parses the file into items; rows that cannot become one are failures with their line. */
export function parseEmployees(csvText: string): { rows: Row[]; failures: Failure[] } {
  const tokenizer = new CsvTokenizer();
  const records = [...tokenizer.push(csvText.replace(/^\uFEFF/, '')), ...tokenizer.end()].filter(
    (r) => !(r.fields.length === 1 && r.fields[0]!.trim() === ''),
  );
  const [header, ...data] = records;
  if (!header) throw new Error('The file is empty: expected a header row');
  const columns = header.fields.map((f) =>
    f
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, '_'),
  );
  const missing = REQUIRED.filter((c) => !columns.includes(c));
  if (missing.length) throw new Error(`Missing column(s): ${missing.join(', ')} (line ${header.line})`);

  const rows: Row[] = [];
  const failures: Failure[] = [];
  const firstLine = new Map<string, number>();
  for (const record of data) {
    const cell = (name: string) => {
      const i = columns.indexOf(name);
      const v = i === -1 ? '' : (record.fields[i] ?? '').trim();
      return v === '' ? undefined : v;
    };
    const externalId = cell('employee_id') ?? null;
    const fail = (message: string) => failures.push({ line: record.line, externalId, message });
    if (record.error) {
      fail(`malformed CSV: ${record.error}`);
      continue;
    }
    if (record.fields.length !== columns.length) {
      fail(`${record.fields.length} fields, the header has ${columns.length}`);
      continue;
    }
    const item: Record<string, unknown> = {};
    for (const [column, field] of Object.entries(TEXT_COLUMNS)) {
      const v = cell(column);
      if (v !== undefined) item[field] = v;
    }
    const problems = REQUIRED.filter((c) => cell(c) === undefined).map((c) => `${c} is empty`);
    const grade = cell('grade');
    if (grade !== undefined) {
      if (/^\d+$/.test(grade)) item.grade = Number(grade);
      else problems.push(`grade "${grade}" is not a whole number`);
    }
    const skills = cell('skills');
    if (skills !== undefined) {
      const parsed = parseSkills(skills);
      if (typeof parsed === 'string') problems.push(parsed);
      else item.skills = parsed;
    }
    if (externalId !== null) {
      const seen = firstLine.get(externalId);
      if (seen !== undefined) problems.push(`employee_id ${externalId} is also on line ${seen}`);
      else firstLine.set(externalId, record.line);
    }
    if (problems.length) fail(problems.join('; '));
    else rows.push({ line: record.line, item: item as unknown as PersonUpsertInput });
  }
  return { rows, failures };
}

/** "ONET:2.B.3.e=4; ONET_TECH:43232405|Python=3" → skill inputs, or what is wrong with it. */
function parseSkills(text: string): NonNullable<PersonUpsertInput['skills']> | string {
  const out: NonNullable<PersonUpsertInput['skills']> = [];
  for (const part of text
    .split(';')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const m = /^([A-Z_]+):(.+)=([1-5])$/.exec(part);
    if (!m || !SCHEMES.includes(m[1] as SkillScheme))
      return `skill "${part}" is not SCHEME:CODE=LEVEL (schemes ${SCHEMES.join(', ')}, level 1–5)`;
    out.push({ skill: { scheme: m[1] as SkillScheme, code: m[2]!.trim() }, level: Number(m[3]) });
  }
  return out;
}

/**
 * The HTTP body of one batch. One place, so sending a persisted-operation hash instead of the
 * text is a one-line change here.
 */
/**
 * The request body. By default only the operation's hash is sent (a persisted operation, which a
 * service in allow-list mode requires); `document: true` sends the text instead, for a service
 * with persisted operations turned off.
 */
export function buildRequest(variables: UpsertPeopleMutationVariables, { document = false } = {}) {
  const hash = (UpsertPeopleDocument as { __meta__?: { hash?: string } }).__meta__?.hash;
  if (document || !hash) return { query: print(UpsertPeopleDocument), variables };
  return { variables, extensions: { persistedQuery: { version: 1, sha256Hash: hash.replace(/^sha256:/, '') } } };
}

type Fetch = (
  url: string,
  init: { method: string; headers: Record<string, string>; body: string },
) => Response | Promise<Response>;

export interface SyncOptions {
  csvText: string;
  endpoint?: string;
  token: string;
  fetch?: Fetch;
  batchSize?: number;
  log?: (line: string) => void;
  /** Send the document text instead of its persisted hash (services with persisted operations off). */
  sendDocument?: boolean;
}

export interface SyncReport {
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
  failures: Failure[];
}

type Payload = Extract<UpsertPeopleMutation['upsertPeople'], { __typename: 'UpsertPeoplePayload' }>;

async function send(
  fetch: Fetch,
  endpoint: string,
  token: string,
  items: PersonUpsertInput[],
  document: boolean,
): Promise<Payload> {
  const res = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(buildRequest({ input: { items } }, { document })),
  });
  const text = await res.text();
  let body: { data?: UpsertPeopleMutation | null; errors?: { message: string }[] };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    throw new Error(`HTTP ${res.status} from ${endpoint}: ${text.slice(0, 200)}`);
  }
  if (body.errors?.length || !body.data)
    throw new Error(`HTTP ${res.status}: ${(body.errors ?? []).map((e) => e.message).join('; ') || 'no data'}`);
  const result = body.data.upsertPeople;
  if (result.__typename === 'UpsertPeoplePayload') return result;
  const detail =
    result.__typename === 'ValidationError'
      ? result.problems.map((p) => `${p.path.join('.')}: ${p.message}`).join('; ')
      : result.message;
  throw new Error(`The batch was refused (${result.__typename}): ${detail}`);
}

/** Why an item failed, in words: the error's message, or each field problem by field. */
function describe(error: NonNullable<Payload['results'][number]['error']>): string {
  if (error.__typename === 'ValidationError')
    return error.problems.map((p) => `${p.path.slice(3).join('.') || 'item'}: ${p.message}`).join('; ');
  return `${error.__typename}: ${error.message}`;
}

/** Parses, sends in batches, reports; throws when a whole batch is refused (token, limits, network). */
export async function syncEmployees(options: SyncOptions): Promise<SyncReport> {
  const {
    csvText,
    token,
    endpoint = DEFAULT_ENDPOINT,
    batchSize = BATCH_SIZE,
    log = (l) => process.stdout.write(`${l}\n`),
  } = options;
  const fetch = options.fetch ?? (globalThis.fetch as Fetch);
  const { rows, failures } = parseEmployees(csvText);
  const report: SyncReport = { created: 0, updated: 0, unchanged: 0, failed: 0, failures: [] };
  const recordFailure = (f: Failure) => {
    report.failed += 1;
    report.failures.push(f);
    log(`  line ${f.line}${f.externalId ? ` (${f.externalId})` : ''}: ${f.message}`);
  };
  if (failures.length) {
    log(`${failures.length} row(s) not sent:`);
    failures.forEach(recordFailure);
  }
  for (let start = 0, n = 1; start < rows.length; start += batchSize, n += 1) {
    const batch = rows.slice(start, start + batchSize);
    const data = await send(
      fetch,
      endpoint,
      token,
      batch.map((r) => r.item),
      options.sendDocument ?? false,
    );
    const [first, last] = [batch[0]!.line, batch.at(-1)!.line];
    log(
      `batch ${n} (${first === last ? `line ${first}` : `lines ${first}–${last}`}): ${data.created} created, ${data.updated} updated, ${data.unchanged} unchanged, ${data.failed} failed`,
    );
    report.created += data.created;
    report.updated += data.updated;
    report.unchanged += data.unchanged;
    for (const r of data.results) {
      if (r.outcome === 'FAILED' && r.error)
        recordFailure({ line: batch[r.index]!.line, externalId: r.externalId, message: describe(r.error) });
    }
  }
  log(`total: ${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged, ${report.failed} failed`);
  return report;
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      endpoint: { type: 'string' },
      token: { type: 'string' },
      'send-document': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const usage =
    'Usage: npm run sync:employees -- <file.csv> [--endpoint URL] [--token T] [--send-document]   (token also from TM_TOKEN)';
  if (values.help || positionals.length !== 1) {
    process.stderr.write(`${usage}\n`);
    process.exit(values.help ? 0 : 2);
  }
  const token = values.token ?? process.env.TM_TOKEN;
  if (!token) {
    process.stderr.write(
      `A token is needed: --token or TM_TOKEN (npm run token -- --role INTEGRATION --agency NASA)\n${usage}\n`,
    );
    process.exit(2);
  }
  try {
    const csvText = await readFile(positionals[0]!, 'utf8');
    const endpoint = values.endpoint ?? process.env.TM_ENDPOINT ?? DEFAULT_ENDPOINT;
    const report = await syncEmployees({ csvText, token, endpoint, sendDocument: values['send-document'] });
    process.exitCode = report.failed > 0 ? 1 : 0;
  } catch (error) {
    process.stderr.write(`sync failed: ${(error as Error).message}\n`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
