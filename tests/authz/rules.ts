/**
 * The authorization matrix: for every root field of the schema, who may call it at all
 * (field level), written from what the product should allow (README "Authentication and roles",
 * "Profiles", "Openings and applications", rotations; DESIGN.md "Security and privacy"), not
 * copied from the code. tests/api/authz-matrix.test.ts checks each cell against the running
 * service and fails when a root field has no row here, or a row names a field that is gone.
 *
 * Field level only: "allow" means the caller gets past authorization with a well-formed request
 * (a NotFound, Validation or InvalidState answer counts); "deny" means FORBIDDEN or
 * UNAUTHENTICATED (or a typed ForbiddenError result) whatever the arguments. Which objects an
 * allowed caller may touch (their agency, their own profile, the host of an opening...) is
 * object-level and tested per domain in tests/api/*.test.ts.
 *
 * Two global rules show in every row:
 * - anonymous callers reach only public reference data (agencies, skills, about, node, viewer);
 * - a machine client (INTEGRATION) runs queries and subscriptions only with the `read` scope and
 *   mutations only with the `write` scope, refused before execution.
 *
 * A key may carry argument literals, `Query.agencyRotations(direction: OUTGOING)`: a variant of
 * the row whose decision depends on an argument; the test sends those arguments instead of the
 * generated ones.
 */

import { encodeGlobalID } from '@pothos/plugin-relay';

export const PRINCIPALS = [
  'ANONYMOUS',
  'EMPLOYEE',
  'HIRING_MANAGER',
  'HR_SPECIALIST',
  'ADMIN',
  'INTEGRATION_READ',
  'INTEGRATION_WRITE',
  'PRIVACY_OFFICER',
] as const;
export type PrincipalKind = (typeof PRINCIPALS)[number];
export type Decision = 'allow' | 'deny';

export interface Rule {
  expect: Record<PrincipalKind, Decision>;
  /** Why, in one line; decisions where the product and the code first disagreed say so. */
  why: string;
  /**
   * Argument literals to send instead of the generated dummies, where those would fail input
   * validation: Pothos validates arguments before it checks authScopes, so an invalid input
   * would be refused as a ValidationError before authorization is reached.
   */
  args?: string;
}

/**
 * One row: seven words, `allow` or `deny`, in PRINCIPALS order up to INTEGRATION_WRITE. The
 * privacy officer's column follows from what the role is (README "Privacy"): a member of staff
 * who reads what every member of staff reads and public data, writes nothing, and holds no other
 * role's powers; PRIVACY_OFFICE_READS lists what only it may read (see RULES below).
 */
function row(decisions: string, why: string, args?: string): Rule {
  const words = decisions.trim().split(/\s+/);
  const people = PRINCIPALS.length - 1;
  if (words.length !== people || words.some((w) => w !== 'allow' && w !== 'deny')) {
    throw new Error(`a rule needs ${people} words "allow" or "deny": "${decisions}"`);
  }
  const expect = Object.fromEntries(PRINCIPALS.map((p, i) => [p, (words[i] ?? 'deny') as Decision])) as Rule['expect'];
  return { expect, why, ...(args ? { args } : {}) };
}

/** The privacy officer's column, from the row's key and the other columns (see row()). */
function privacyOfficer(key: string, r: Rule): Decision {
  if (PRIVACY_OFFICE_READS.has(key) || r.expect.ANONYMOUS === 'allow') return 'allow';
  const staffRead =
    !key.startsWith('Mutation.') &&
    (['EMPLOYEE', 'HIRING_MANAGER', 'HR_SPECIALIST', 'ADMIN'] as const).every((p) => r.expect[p] === 'allow');
  return staffRead ? 'allow' : 'deny';
}

const PRIVACY_OFFICE_READS = new Set(['Query.disclosureLog', 'Query.disclosureLogCsv', 'Query.auditLog', 'Query.auditLogCsv']);

/** A syntactically valid global ID of an object that does not exist. */
const gid = (type: string) => JSON.stringify(encodeGlobalID(type, '00000000-0000-4000-8000-00000000a17e'));

const PUBLIC = 'public reference data; a write-scoped machine client still runs no queries';
const PEOPLE = 'a person acting for themselves, in any human role; a machine client has no profile of its own';
const POSTING =
  'hiring managers and HR specialists of the host agency post and manage openings; machine clients sync them with upsertOpenings';
const HOST_DECISION = "the host agency's hiring managers and HR specialists decide on applications";
const ROTATION_SIDES = "the home agency's HR specialists and the host agency's hiring managers and HR specialists";

const PRIVACY_OFFICE = "the agency's privacy officer only: ADMIN administers, the privacy office audits";
const IMPACT =
  "adverse-impact aggregates for the agency's HR specialists and admins; never hiring managers, who decide on the people counted";
const IMPACT_ARGS = `input: { opening: ${gid('Opening')} }`;

const ROWS: Record<string, Rule> = {
  // ─── Queries ─────────────────────────── anon   emp    hm     hr     admin  int-r  int-w
  'Query.about': row('allow  allow  allow  allow  allow  allow  deny', PUBLIC),
  'Query.agencies': row('allow  allow  allow  allow  allow  allow  deny', PUBLIC),
  'Query.agency': row('allow  allow  allow  allow  allow  allow  deny', PUBLIC),
  'Query.skill': row('allow  allow  allow  allow  allow  allow  deny', PUBLIC),
  'Query.skills': row('allow  allow  allow  allow  allow  allow  deny', PUBLIC),
  'Query.node': row(
    'allow  allow  allow  allow  allow  allow  deny',
    'public field; each node type checks who sees the object (object level)',
  ),
  'Query.nodes': row(
    'allow  allow  allow  allow  allow  allow  deny',
    'public field; each node type checks who sees the object (object level)',
  ),
  'Query.viewer': row('allow  allow  allow  allow  allow  allow  deny', 'who am I: null without a token'),
  'Query.openings': row(
    'deny   allow  allow  allow  allow  allow  deny',
    'browsing needs a token; read-scoped integrations read their agency’s openings',
  ),
  'Query.profile': row(
    'deny   deny   deny   allow  allow  allow  deny',
    'lookup by employee ID is for home HR (HR specialists, admins, read-scoped integrations): the employee ID is non-public, so colleagues may not probe it (was: any token)',
  ),
  'Query.skillProposals': row(
    'deny   allow  allow  allow  allow  allow  deny',
    'derived from the public taxonomies plus the caller’s own levels; an HR system may prefill a veteran’s profile',
    'source: { militaryCode: "IT" }',
  ),
  'Query.suggestedOpeningSkills': row(
    'deny   allow  allow  allow  allow  allow  deny',
    'derived from the public taxonomies only',
  ),
  'Query.agencyRotations': row(
    'deny   deny   allow  allow  allow  allow  deny',
    'INCOMING (the first value): people the agency hosts, for its managers, HR, admins and read-scoped integrations',
  ),
  'Query.agencyRotations(direction: OUTGOING)': row(
    'deny   deny   deny   allow  allow  deny   deny',
    "OUTGOING: the agency's people elsewhere, for home HR and admins; integrations are not home HR for rotations (canSeeRotation) — left as is",
  ),
  'Query.mobilityFigures': row(
    'deny   deny   deny   allow  allow  deny   deny',
    'aggregates for HR specialists and admins (workforce planning), not for machine sync',
  ),
  'Query.mobilityFiguresCsv': row('deny   deny   deny   allow  allow  deny   deny', 'the same figures as CSV'),
  // The Privacy Act accounting is the privacy office's (role PRIVACY_OFFICER, not in this matrix's
  // columns; tests/api/privacy.test.ts checks it reads them and every column here is refused).
  'Query.disclosureLog': row('deny   deny   deny   deny   deny   deny   deny', PRIVACY_OFFICE),
  'Query.disclosureLogCsv': row('deny   deny   deny   deny   deny   deny   deny', PRIVACY_OFFICE),
  'Query.auditLog': row('deny   deny   deny   deny   deny   deny   deny', PRIVACY_OFFICE),
  'Query.auditLogCsv': row('deny   deny   deny   deny   deny   deny   deny', PRIVACY_OFFICE),
  'Query.adverseImpactReport': row('deny   deny   deny   allow  allow  deny   deny', IMPACT, IMPACT_ARGS),
  'Query.adverseImpactReportCsv': row('deny   deny   deny   allow  allow  deny   deny', IMPACT, IMPACT_ARGS),
  'Query.changes': row(
    'deny   deny   deny   allow  deny   allow  deny',
    'the sync feed of the agency’s records: HR specialists and read-scoped integrations',
  ),

  // ─── Mutations ───────────────────────── anon   emp    hm     hr     admin  int-r  int-w
  'Mutation.createMyProfile': row('deny   allow  allow  allow  allow  deny   deny', `${PEOPLE} (was: any token)`),
  'Mutation.updateMyProfile': row('deny   allow  allow  allow  allow  deny   deny', PEOPLE),
  'Mutation.addMySkill': row('deny   allow  allow  allow  allow  deny   deny', PEOPLE),
  'Mutation.updateMySkill': row('deny   allow  allow  allow  allow  deny   deny', PEOPLE),
  'Mutation.removeMySkill': row('deny   allow  allow  allow  allow  deny   deny', PEOPLE),
  'Mutation.addMyEducation': row('deny   allow  allow  allow  allow  deny   deny', PEOPLE),
  'Mutation.updateMySelfIdentification': row(
    'deny   allow  allow  allow  allow  deny   deny',
    `${PEOPLE}; voluntary self-identification is the person's own`,
  ),
  'Mutation.acceptSkillProposals': row(
    'deny   allow  allow  allow  allow  deny   deny',
    PEOPLE,
    `input: { source: { militaryCode: "IT" }, skills: [{ skill: ${gid('Skill')}, level: 3 }] }`,
  ),
  'Mutation.upsertProfile': row(
    'deny   deny   deny   allow  deny   deny   allow',
    'HR specialists and write-scoped integrations keep people of their agency by employee ID',
  ),
  'Mutation.upsertPeople': row(
    'deny   deny   deny   allow  deny   deny   allow',
    'bulk upsertProfile: HR specialists and write-scoped integrations of the agency',
  ),
  'Mutation.endorseSkill': row(
    'deny   allow  allow  allow  allow  deny   deny',
    'a colleague vouches as a person; a machine client is nobody’s colleague',
  ),
  'Mutation.attestSkill': row(
    'deny   deny   allow  allow  deny   deny   deny',
    "supervisor attestation: HR specialists and hiring managers of the person's home agency",
  ),
  'Mutation.createOpening': row(
    'deny   deny   allow  allow  deny   deny   deny',
    POSTING,
    'input: { title: "Authz matrix", description: "Authz matrix", programType: DETAIL, commitmentPercent: 20, startDate: "2030-03-01", durationWeeks: 4, applicationDeadline: "2030-01-15T12:00:00.000Z" }',
  ),
  'Mutation.updateOpening': row('deny   deny   allow  allow  deny   deny   deny', POSTING),
  'Mutation.openOpening': row('deny   deny   allow  allow  deny   deny   deny', POSTING),
  'Mutation.closeOpening': row('deny   deny   allow  allow  deny   deny   deny', POSTING),
  'Mutation.cancelOpening': row('deny   deny   allow  allow  deny   deny   deny', POSTING),
  'Mutation.archiveOpening': row('deny   deny   allow  allow  deny   deny   deny', POSTING),
  'Mutation.upsertOpenings': row(
    'deny   deny   allow  allow  deny   deny   allow',
    'bulk sync of the agency’s openings: those who post them, and write-scoped integrations',
  ),
  'Mutation.applyToOpening': row('deny   allow  allow  allow  allow  deny   deny', 'anyone with a profile applies, as a person'),
  'Mutation.withdrawApplication': row(
    'deny   allow  allow  allow  allow  deny   deny',
    'the applicant, a person (which one: object level)',
  ),
  'Mutation.decideApplicationApproval': row(
    'deny   allow  allow  allow  allow  deny   deny',
    'the named home supervisor (a person in any role) or home HR',
  ),
  'Mutation.shortlistApplication': row('deny   deny   allow  allow  deny   deny   deny', HOST_DECISION),
  'Mutation.declineApplication': row('deny   deny   allow  allow  deny   deny   deny', HOST_DECISION),
  'Mutation.selectApplication': row('deny   deny   allow  allow  deny   deny   deny', HOST_DECISION),
  'Mutation.createRotation': row(
    'deny   deny   deny   allow  deny   deny   deny',
    'home HR arranges rotations outside the marketplace',
  ),
  'Mutation.approveRotation': row('deny   deny   allow  allow  deny   deny   deny', `${ROTATION_SIDES} approve, one per side`),
  'Mutation.updateRotation': row('deny   deny   allow  allow  deny   deny   deny', `${ROTATION_SIDES} edit`),
  'Mutation.extendRotation': row('deny   deny   allow  allow  deny   deny   deny', `${ROTATION_SIDES} extend`),
  'Mutation.startRotation': row(
    'deny   deny   allow  allow  deny   deny   deny',
    "the host agency's hiring managers and HR specialists record the start",
  ),
  'Mutation.completeRotation': row(
    'deny   allow  allow  allow  allow  deny   deny',
    'the host side or the named host supervisor, who may be a person in any role',
  ),
  'Mutation.cancelRotation': row(
    'deny   allow  allow  allow  allow  deny   deny',
    `${ROTATION_SIDES}, or the person before the start`,
  ),
  'Mutation.createAgency': row('deny   deny   deny   deny   allow  deny   deny', 'agencies are installation set-up, for admins'),

  // ─── Subscriptions ───────────────────── anon   emp    hm     hr     admin  int-r  int-w
  'Subscription.marketplaceEvents': row(
    'deny   allow  allow  allow  allow  allow  deny',
    'events the subscriber may see; a subscription reads, so a machine client needs the read scope',
  ),
};

export const RULES: Record<string, Rule> = Object.fromEntries(
  Object.entries(ROWS).map(([key, r]) => [key, { ...r, expect: { ...r.expect, PRIVACY_OFFICER: privacyOfficer(key, r) } }]),
);
