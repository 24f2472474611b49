/**
 * The Privacy Act accounting, readable: `Profile.disclosures` for the person (and their agency's
 * privacy officer), and the privacy office's `disclosureLog`, `auditLog` and their CSV exports.
 * Thin: rules, scopes and SQL live in src/modules/privacy.
 */
import type { Agency as AgencyRow } from '@prisma/client';
import { encodeGlobalID } from '@pothos/plugin-relay';
import DataLoader from 'dataloader';
import { GraphQLError } from 'graphql';
import type { Context } from '../app/context.js';
import { mayReadDisclosuresOf } from '../modules/privacy/policy.js';
import type { AuditFilter, DisclosureFilter, LogScope } from '../modules/privacy/queries.js';
import {
  actionRefusal,
  decodeLogCursor,
  DISCLOSURE_BASES,
  encodeLogCursor,
  periodRefusal,
  type DisclosureBasisName,
} from '../modules/privacy/rules.js';
import {
  auditCsv,
  countAudit,
  countDisclosures,
  disclosuresCsv,
  ExportTooLargeError,
  readAudit,
  readDisclosures,
  type AuditEntry,
  type DisclosureEntry,
} from '../modules/privacy/service.js';
import { Agency } from './agency.js';
import { builder, MAX_PAGE_SIZE } from './builder.js';
import { Profile } from './profile.js';

const badInput = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

const agencyLoaders = new WeakMap<Context, DataLoader<string, AgencyRow | null>>();
function agencyById(ctx: Context, id: string | null): Promise<AgencyRow | null> {
  if (!id) return Promise.resolve(null);
  let loader = agencyLoaders.get(ctx);
  if (!loader) {
    loader = new DataLoader(async (ids: readonly string[]) => {
      const rows = await ctx.prisma.agency.findMany({ where: { id: { in: [...ids] } } });
      return ids.map((i) => rows.find((r) => r.id === i) ?? null);
    });
    agencyLoaders.set(ctx, loader);
  }
  return loader.load(id);
}

export const DisclosureBasis = builder.enumType('DisclosureBasis', {
  description: 'Why the viewer could see the non-public fields (README "Profiles").',
  values: {
    SELF: { description: 'The person themselves.' },
    HOME_AGENCY_HR: { description: "HR of the person's home agency." },
    APPLICANT: { description: 'The host side of an opening the person applied to.' },
    DISCOVERABLE: { description: 'A hiring manager; the person chose to be discoverable.' },
    UNKNOWN: { description: 'A basis this version does not know (an older or newer writer).' },
  } satisfies Record<DisclosureBasisName, object>,
});

interface Actor {
  subject: string;
  name: string | null;
  roles: string[];
  agencyId: string | null;
}

const LoggedActor = builder.objectRef<Actor>('LoggedActor').implement({
  description: 'Who acted or viewed, as the log recorded them.',
  fields: (t) => ({
    subject: t.exposeString('subject', { description: 'Token subject.' }),
    name: t.exposeString('name', { nullable: true, description: 'Their name when they have a profile here.' }),
    roles: t.exposeStringList('roles'),
    agency: t.field({ type: Agency, nullable: true, resolve: (a, _args, ctx) => agencyById(ctx, a.agencyId) }),
  }),
});

const Disclosure = builder.objectRef<DisclosureEntry>('Disclosure').implement({
  description: "One view of a person's non-public fields from outside their home agency (5 U.S.C. 552a(c)).",
  fields: (t) => ({
    at: t.field({ type: 'DateTime', resolve: (d) => d.at }),
    personId: t.id({ description: 'Global ID of the profile viewed.', resolve: (d) => encodeGlobalID('Profile', d.profileId) }),
    personName: t.exposeString('personName'),
    viewer: t.field({
      type: LoggedActor,
      resolve: (d) => ({ subject: d.viewerSubject, name: d.viewerName, roles: d.viewerRoles, agencyId: d.viewerAgencyId }),
    }),
    basis: t.field({ type: DisclosureBasis, resolve: (d) => d.basis }),
    fields: t.exposeStringList('fields', { description: 'The non-public fields the response carried.' }),
    requestId: t.exposeString('requestId', { nullable: true, description: 'The request that carried them (X-Request-Id).' }),
  }),
});

const AuditEntryRef = builder.objectRef<AuditEntry>('AuditEntry').implement({
  description: 'One recorded change: who, what, when, before and after.',
  fields: (t) => ({
    at: t.field({ type: 'DateTime', resolve: (a) => a.at }),
    actor: t.field({
      type: LoggedActor,
      resolve: (a) => ({ subject: a.actorSubject, name: null, roles: a.actorRoles, agencyId: a.actorAgencyId }),
    }),
    action: t.exposeString('action', { description: 'Verb, e.g. `opening.publish`.' }),
    entityType: t.exposeString('entityType'),
    entityId: t.exposeString('entityId', { description: 'Database ID of the changed object.' }),
    before: t.field({ type: 'JSON', nullable: true, resolve: (a) => a.before }),
    after: t.field({ type: 'JSON', nullable: true, resolve: (a) => a.after }),
    requestId: t.exposeString('requestId', { nullable: true }),
  }),
});

const DisclosureConnection = builder.connectionObject(
  { type: Disclosure, name: 'DisclosureConnection' },
  { name: 'DisclosureEdge' },
);
const AuditEntryConnection = builder.connectionObject(
  { type: AuditEntryRef, name: 'AuditEntryConnection' },
  { name: 'AuditEntryEdge' },
);

interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** Newest first by keyset: `first` and `after` only (an accounting is read from the latest). */
async function keysetPage<T extends { id: bigint }>(
  args: PageArgs,
  read: (beforeId: bigint | null, limit: number) => Promise<T[]>,
  count: () => Promise<number>,
) {
  if (args.last != null || args.before != null) throw badInput('Read the log newest first with `first` and `after`.');
  const first = args.first ?? 20;
  if (first < 1 || first > MAX_PAGE_SIZE) throw badInput(`\`first\` must be 1 to ${MAX_PAGE_SIZE}.`);
  const beforeId = args.after != null ? decodeLogCursor(args.after) : null;
  if (args.after != null && beforeId === null) throw badInput('`after` is not a cursor of this log.');
  const rows = await read(beforeId, first + 1);
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({ cursor: encodeLogCursor(node.id), node }));
  let total: Promise<number> | undefined;
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: beforeId !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: () => (total ??= count()),
  };
}

builder.prismaObjectField(Profile, 'disclosures', (t) =>
  t.connection(
    {
      type: Disclosure,
      nullable: true,
      select: { subject: true, agencyId: true },
      description:
        'The accounting of disclosures of this record (Privacy Act, 5 U.S.C. 552a(c)): every view of its non-public fields from outside the home agency, newest first. For the person, and the privacy officer of their agency; null for anyone else.',
      resolve: (p, args, ctx) => {
        if (!mayReadDisclosuresOf(ctx.viewer, p)) return null;
        const scope: LogScope = { profileId: p.id };
        return keysetPage(
          args,
          (before, limit) => readDisclosures(ctx.prisma, scope, {}, before, limit),
          () => countDisclosures(ctx.prisma, scope, {}),
        );
      },
    },
    DisclosureConnection,
  ),
);

// ─── The privacy office ──────────────────────────────────────────────────────

const DisclosureLogFilter = builder.inputType('DisclosureLogFilter', {
  fields: (t) => ({
    person: t.globalID({ for: Profile, description: 'Only disclosures of this profile.' }),
    viewerSubject: t.string({ description: 'Only views by this token subject.' }),
    basis: t.field({ type: DisclosureBasis, description: 'Only disclosures on this basis.' }),
    from: t.field({ type: 'DateTime', description: 'From this time (inclusive).' }),
    to: t.field({ type: 'DateTime', description: 'Until this time (exclusive).' }),
  }),
});

const AuditLogFilter = builder.inputType('AuditLogFilter', {
  fields: (t) => ({
    person: t.globalID({
      for: Profile,
      description: "This person's record (profile, skills, education, applications, rotations) and their own acts.",
    }),
    actorSubject: t.string({ description: 'Only acts of this token subject.' }),
    action: t.string({ description: 'An action (`profile.update`) or a prefix ending in a dot (`application.`).' }),
    from: t.field({ type: 'DateTime', description: 'From this time (inclusive).' }),
    to: t.field({ type: 'DateTime', description: 'Until this time (exclusive).' }),
  }),
});

type DisclosureArgs = {
  person?: { id: string } | null;
  viewerSubject?: string | null;
  basis?: DisclosureBasisName | null;
  from?: Date | null;
  to?: Date | null;
};
type AuditArgs = {
  person?: { id: string } | null;
  actorSubject?: string | null;
  action?: string | null;
  from?: Date | null;
  to?: Date | null;
};

function disclosureFilter(f: DisclosureArgs | null | undefined): DisclosureFilter {
  const refusal = periodRefusal(f ?? {});
  if (refusal) throw badInput(refusal);
  if (f?.basis && !(DISCLOSURE_BASES as readonly string[]).includes(f.basis)) throw badInput('unknown basis');
  return { profileId: f?.person?.id ?? null, viewerSubject: f?.viewerSubject, basis: f?.basis, from: f?.from, to: f?.to };
}

async function auditFilter(ctx: Context, f: AuditArgs | null | undefined): Promise<AuditFilter> {
  const refusal = periodRefusal(f ?? {}) ?? (f?.action ? actionRefusal(f.action) : null);
  if (refusal) throw badInput(refusal);
  let person: AuditFilter['person'] = null;
  if (f?.person) {
    const p = await ctx.prisma.profile.findUnique({ where: { id: f.person.id }, select: { id: true, subject: true } });
    // An unknown person matches nothing, like any other filter value.
    person = { profileId: f.person.id, subject: p?.subject ?? null };
  }
  return { person, actorSubject: f?.actorSubject, action: f?.action, from: f?.from, to: f?.to };
}

const officer = { authScopes: { role: 'PRIVACY_OFFICER' } } as const;

async function agencyCodes(ctx: Context) {
  const rows = await ctx.prisma.agency.findMany({ select: { id: true, code: true } });
  const byId = new Map(rows.map((r) => [r.id, r.code]));
  return (id: string | null) => (id ? (byId.get(id) ?? id) : '');
}

const csvErrors = (e: unknown) => (e instanceof ExportTooLargeError ? badInput(e.message) : e);

builder.queryFields((t) => ({
  disclosureLog: t.connection(
    {
      type: Disclosure,
      ...officer,
      description:
        "The accounting of disclosures of your agency's records, newest first (privacy officers). Filter by person, viewer, basis and period.",
      args: { filter: t.arg({ type: DisclosureLogFilter }) },
      resolve: (_r, args, ctx) => {
        const scope: LogScope = { agencyId: ctx.viewer!.agencyId };
        const filter = disclosureFilter(args.filter);
        return keysetPage(
          args,
          (before, limit) => readDisclosures(ctx.prisma, scope, filter, before, limit),
          () => countDisclosures(ctx.prisma, scope, filter),
        );
      },
    },
    DisclosureConnection,
  ),
  disclosureLogCsv: t.string({
    ...officer,
    description:
      'disclosureLog as CSV (RFC 4180, CRLF, header row; at most 10,000 rows, else narrow the filter): id, at, person_id, person_name, viewer_subject, viewer_name, viewer_roles, viewer_agency, basis, fields, request_id.',
    args: { filter: t.arg({ type: DisclosureLogFilter }) },
    resolve: async (_r, args, ctx) => {
      const filter = disclosureFilter(args.filter);
      const code = await agencyCodes(ctx);
      return disclosuresCsv(ctx.prisma, { agencyId: ctx.viewer!.agencyId }, filter, code, (id) =>
        encodeGlobalID('Profile', id),
      ).catch((e) => Promise.reject(csvErrors(e)));
    },
  }),
  auditLog: t.connection(
    {
      type: AuditEntryRef,
      ...officer,
      description:
        "The audit log of your agency's records (its profiles, openings, applications and rotations, and what its people and clients did), newest first (privacy officers).",
      args: { filter: t.arg({ type: AuditLogFilter }) },
      resolve: async (_r, args, ctx) => {
        const agencyId = ctx.viewer!.agencyId;
        const filter = await auditFilter(ctx, args.filter);
        return keysetPage(
          args,
          (before, limit) => readAudit(ctx.prisma, agencyId, filter, before, limit),
          () => countAudit(ctx.prisma, agencyId, filter),
        );
      },
    },
    AuditEntryConnection,
  ),
  auditLogCsv: t.string({
    ...officer,
    description:
      'auditLog as CSV (RFC 4180, CRLF, header row; at most 10,000 rows): id, at, actor_subject, actor_roles, actor_agency, action, entity_type, entity_id, before, after (JSON), request_id.',
    args: { filter: t.arg({ type: AuditLogFilter }) },
    resolve: async (_r, args, ctx) => {
      const filter = await auditFilter(ctx, args.filter);
      const code = await agencyCodes(ctx);
      return auditCsv(ctx.prisma, ctx.viewer!.agencyId, filter, code).catch((e) => Promise.reject(csvErrors(e)));
    },
  }),
}));
