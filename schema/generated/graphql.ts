/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AcceptSkillProposalsInput = {
  skills: Array<AcceptedSkillInput>;
  source: SkillProposalSource;
};

export type AcceptedSkillInput = {
  level: number;
  skill: string;
};

export type AddMyEducationInput = {
  completedYear?: number | null | undefined;
  field?: string | null | undefined;
  institution?: string | null | undefined;
  level: EducationLevel;
};

export type AddMySkillInput = {
  evidence: Array<EvidenceInput>;
  level: number;
  skill: string;
};

export type AgencyFilter = {
  /** Only sub-agencies of this agency. */
  parent?: string | null | undefined;
  /** Matches name, code or abbreviation (case-insensitive). */
  search?: string | null | undefined;
  /** Only agencies without a parent. */
  topLevelOnly?: boolean | null | undefined;
};

export type AgencyOrder = {
  direction?: OrderDirection | null | undefined;
  field: AgencyOrderField;
};

export type AgencyOrderField =
  | 'CODE'
  | 'NAME';

export type ApplicationStatus =
  | 'DECLINED'
  | 'SELECTED'
  | 'SHORTLISTED'
  | 'SUBMITTED'
  | 'WITHDRAWN';

export type ApplyToOpeningInput = {
  /** Up to 10 skills from your profile to put first. */
  highlightedSkills?: Array<string> | null | undefined;
  opening: string;
  /** Why you fit (up to 5,000 characters). */
  statement?: string | null | undefined;
};

export type ApprovalDecision =
  | 'APPROVE'
  | 'DENY';

export type ApproveRotationInput = {
  rotation: string;
  side: RotationSide;
};

export type ArchiveOpeningInput = {
  opening: string;
};

export type AttestedSkillInput = {
  /** Gained (new, or a higher level) rather than used. */
  gained: boolean;
  /** The level the person showed, 1–5. */
  levelAfter: number;
  skill: string;
};

export type CancelOpeningInput = {
  opening: string;
  reason: string;
};

export type CancelRotationInput = {
  reason: string;
  rotation: string;
};

export type CandidatePool =
  /** Discoverable people and applicants. */
  | 'ALL'
  /** People with a live application to the opening. */
  | 'APPLICANTS'
  /** People who chose to be discoverable. */
  | 'DISCOVERABLE';

/** What kind of object changed. */
export type ChangeEntityType =
  | 'APPLICATION'
  | 'OPENING'
  | 'PROFILE'
  | 'ROTATION';

/** CREATED, UPDATED (the object or anything it holds: a profile’s skills, evidence and education, an opening’s skills and restrictions, a rotation’s attested skills), or DELETED. */
export type ChangeOperation =
  | 'CREATED'
  | 'DELETED'
  | 'UPDATED';

export type CloseOpeningInput = {
  opening: string;
};

export type CompleteRotationInput = {
  /** The last day served, when earlier than the planned end date. */
  endedOn?: string | null | undefined;
  /** The attestation in the host’s words. */
  note?: string | null | undefined;
  rotation: string;
  skills: Array<AttestedSkillInput>;
};

export type CreateAgencyInput = {
  abbreviation?: string | null | undefined;
  code: string;
  name: string;
  /** The parent agency, for a sub-agency. */
  parent?: string | null | undefined;
};

export type CreateMyProfileInput = {
  email?: string | null | undefined;
  familyName: string;
  givenName: string;
  headline?: string | null | undefined;
  jobTitle?: string | null | undefined;
};

/** A new opening, created as a DRAFT in your agency. */
export type CreateOpeningInput = {
  applicationDeadline: string;
  /** Share of working time, 1–100. Give this or hoursPerWeek. */
  commitmentPercent?: number | null | undefined;
  description: string;
  durationWeeks: number;
  /** ID in your agency's own system. */
  externalId?: string | null | undefined;
  /** Prefill skills from this occupation when `skills` is not given. */
  fromOccupation?: OccupationRef | null | undefined;
  gradeMax?: number | null | undefined;
  gradeMin?: number | null | undefined;
  /** Hours per week, 1–40. Give this or commitmentPercent. */
  hoursPerWeek?: number | null | undefined;
  location?: string | null | undefined;
  occupationalSeries?: string | null | undefined;
  payPlan?: string | null | undefined;
  programType: ProgramType;
  remoteMode?: RemoteMode | null | undefined;
  requireAllRequiredSkills?: boolean | null | undefined;
  requiresSupervisorApproval?: boolean | null | undefined;
  /** Agency codes or abbreviations whose staff may apply; empty or omitted: open to all. */
  restrictedTo?: Array<string> | null | undefined;
  securityClearance?: SecurityClearance | null | undefined;
  /** Required and desired skills. */
  skills?: Array<OpeningSkillInput> | null | undefined;
  slots?: number | null | undefined;
  startDate: string;
  title: string;
};

/** A rotation arranged outside the marketplace, recorded by HR of the person’s home agency. It starts as PROPOSED. */
export type CreateRotationInput = {
  /** Interagency agreement number. */
  agreementReference?: string | null | undefined;
  /** Share of working time, 1–100. */
  commitmentPercent: number;
  /** Last day, inclusive. */
  endDate: string;
  /** Host agency code or abbreviation. */
  hostAgency: string;
  hostSupervisorEmail?: string | null | undefined;
  hostSupervisorName?: string | null | undefined;
  /** Token subject of the host supervisor, who may then attest completion. */
  hostSupervisorSubject?: string | null | undefined;
  /** A person of your agency. */
  person: string;
  programType: ProgramType;
  /** Whether the host reimburses the home agency. */
  reimbursable?: boolean | null | undefined;
  startDate: string;
};

export type DecideApplicationApprovalInput = {
  application: string;
  decision: ApprovalDecision;
  reason?: string | null | undefined;
};

export type DeclineApplicationInput = {
  application: string;
  reason: string;
};

export type EducationLevel =
  | 'ASSOCIATE'
  | 'BACHELOR'
  | 'CERTIFICATE'
  | 'DOCTORATE'
  | 'HIGH_SCHOOL'
  | 'MASTER'
  | 'OTHER'
  | 'PROFESSIONAL';

export type EndorseSkillInput = {
  comment?: string | null | undefined;
  /** The level you vouch for (1–5), optional. */
  level?: number | null | undefined;
  profileSkill: string;
};

export type EndorsementKind =
  | 'ENDORSEMENT'
  | 'SUPERVISOR_ATTESTATION';

export type EvidenceInput = {
  credentialId?: string | null | undefined;
  description?: string | null | undefined;
  endDate?: string | null | undefined;
  issuer?: string | null | undefined;
  source: EvidenceSource;
  startDate?: string | null | undefined;
  title: string;
  url?: string | null | undefined;
};

export type EvidenceSource =
  | 'CERTIFICATION'
  | 'EDUCATION'
  | 'EXPERIENCE'
  | 'MILITARY'
  | 'ROTATION'
  | 'SELF_ASSESSED'
  | 'TRAINING';

export type ExtendRotationInput = {
  /** The new last day, after the current one. */
  endDate: string;
  reason?: string | null | undefined;
  rotation: string;
};

export type MarketplaceEventKind =
  | 'APPLIED'
  | 'DECLINED'
  | 'OPENING_CANCELLED'
  | 'OPENING_CLOSED'
  | 'OPENING_FILLED'
  | 'SELECTED'
  | 'SHORTLISTED'
  | 'SUPERVISOR_APPROVED'
  | 'SUPERVISOR_DENIED'
  | 'WITHDRAWN';

/** Which score ranks; the result’s algorithmVersion says which ran. */
export type MatchAlgorithm =
  /** skills-overlap/1, kept for comparison: coverage of the opening’s skills only. */
  | 'SKILLS_OVERLAP_1'
  /** skills-overlap/2: coverage weighted by specificity and trust in each claim, relation-aware similarity, focus. */
  | 'SKILLS_OVERLAP_2';

export type MatchFilter = {
  /** Who to rank (default: discoverable people and applicants). */
  candidates?: CandidatePool | null | undefined;
};

/** How the candidate’s skill relates to the opening’s. */
export type MatchKind =
  /** A broader skill than asked (one or two levels up; never a skill group). */
  | 'BROADER'
  /** A skill of the other taxonomy (O*NET ↔ ESCO) linked to it by the cross-scheme bridge, by label similarity or by co-occurring in the same occupations (see the link’s provenance on Skill.equivalents); credited by the link’s strength. */
  | 'EQUIVALENT'
  /** The same skill. */
  | 'EXACT'
  /** A more specific skill than asked (one or two levels down). */
  | 'NARROWER'
  /** Nothing the candidate holds relates to it. */
  | 'NONE'
  /** A related skill (a generic link; dependencies such as ESCO’s essential-for earn nothing under skills-overlap/2). */
  | 'RELATED';

export type MilitaryBranch =
  | 'AIR_FORCE'
  | 'ARMY'
  | 'COAST_GUARD'
  | 'MARINE_CORPS'
  | 'NAVY'
  | 'SPACE_FORCE'
  | 'UNSPECIFIED';

export type OccupationRef = {
  /** e.g. O*NET-SOC "15-1252.00" or an ESCO occupation URI. */
  code: string;
  scheme: OccupationScheme;
};

export type OccupationScheme =
  | 'ESCO'
  | 'ISCO'
  | 'ONET_SOC';

export type OpenOpeningInput = {
  opening: string;
};

/** Every given condition must hold. */
export type OpeningFilter = {
  /** Maximum share of working time, percent. */
  commitmentMax?: number | null | undefined;
  /** Minimum share of working time, percent. */
  commitmentMin?: number | null | undefined;
  /** Openings whose grade range includes this grade. */
  grade?: number | null | undefined;
  /** Host agency codes or abbreviations; bureaus included. */
  hostAgencies?: Array<string> | null | undefined;
  /** Also match skills narrower than the given ones (default true). */
  includeNarrowerSkills?: boolean | null | undefined;
  /** Words that must each start a word of the title or description. */
  keyword?: string | null | undefined;
  /** Part of the location, any case. */
  location?: string | null | undefined;
  /** Only openings staff of your agency may apply to. */
  openToMyAgency?: boolean | null | undefined;
  programTypes?: Array<ProgramType> | null | undefined;
  remoteModes?: Array<RemoteMode> | null | undefined;
  /** Openings asking for any of these skills. */
  skills?: Array<string> | null | undefined;
  /** Starting on or after. */
  startFrom?: string | null | undefined;
  /** Starting on or before. */
  startTo?: string | null | undefined;
  /** Default: OPEN only. */
  statuses?: Array<OpeningStatus> | null | undefined;
};

export type OpeningOrder =
  /** Soonest application deadline first. */
  | 'DEADLINE'
  /** Most recently opened first. */
  | 'NEWEST'
  /** Soonest start first. */
  | 'START_DATE';

export type OpeningSkillInput = {
  minLevel: number;
  required?: boolean | null | undefined;
  skill: string;
  weight?: number | null | undefined;
};

export type OpeningStatus =
  | 'ARCHIVED'
  | 'CANCELLED'
  | 'CLOSED'
  | 'DRAFT'
  | 'FILLED'
  | 'OPEN';

export type OpeningSyncSkillInput = {
  /** Minimum proficiency 1–5. */
  minLevel: number;
  required?: boolean | null | undefined;
  skill: SkillKeyInput;
  /** Relative weight in ranking, above 0, at most 10. */
  weight?: number | null | undefined;
};

/** Statuses a sync may ask for. FILLED comes from selection; cancel with cancelOpening (it declines the applications with a reason). */
export type OpeningSyncStatus =
  | 'ARCHIVED'
  | 'CLOSED'
  | 'DRAFT'
  | 'OPEN';

/** An opening of your agency keyed by its ID in your system. The fields and their rules are those of createOpening; on an existing opening omitted fields stay as they are (updateOpening), and `skills` and `restrictedTo` replace the whole set when given. */
export type OpeningUpsertInput = {
  applicationDeadline: string;
  /** Share of working time, 1–100. Give this or hoursPerWeek. */
  commitmentPercent?: number | null | undefined;
  description: string;
  durationWeeks: number;
  /** ID in your system: the key, unique among your agency’s openings. */
  externalId: string;
  gradeMax?: number | null | undefined;
  gradeMin?: number | null | undefined;
  /** Hours per week, 1–40. Give this or commitmentPercent. */
  hoursPerWeek?: number | null | undefined;
  location?: string | null | undefined;
  occupationalSeries?: string | null | undefined;
  payPlan?: string | null | undefined;
  programType: ProgramType;
  remoteMode?: RemoteMode | null | undefined;
  requireAllRequiredSkills?: boolean | null | undefined;
  requiresSupervisorApproval?: boolean | null | undefined;
  /** Agency codes or abbreviations whose staff may apply; empty or omitted: open to all. */
  restrictedTo?: Array<string> | null | undefined;
  securityClearance?: SecurityClearance | null | undefined;
  /** Required and desired skills; replaces the whole set when given. */
  skills?: Array<OpeningSyncSkillInput> | null | undefined;
  slots?: number | null | undefined;
  startDate: string;
  /** Status to reach after the edits, along the lifecycle (DRAFT → OPEN → CLOSED → ARCHIVED, CLOSED → OPEN); omitted or equal: stays. */
  status?: OpeningSyncStatus | null | undefined;
  title: string;
};

export type OrderDirection =
  | 'ASC'
  | 'DESC';

/** The evidence record the HR system stands behind; one per skill, matched by source and title. */
export type PersonSkillEvidenceInput = {
  issuer?: string | null | undefined;
  source: EvidenceSource;
  title: string;
};

export type PersonSkillInput = {
  /** Default: EXPERIENCE, "Recorded by the home agency HR system". */
  evidence?: PersonSkillEvidenceInput | null | undefined;
  /** Proficiency 1–5; the skill ends at this level. */
  level: number;
  skill: SkillKeyInput;
};

/** A person as the home agency HR system knows them, keyed by employee ID in your agency. Only HR-owned fields exist here (names, subject, email, phone, job title, location, series, pay plan, grade, supervisor); what the person sets (headline, discoverable, availability, remote preference, education, their own skills) no sync can change. Omitted = left as is; null clears an optional field. */
export type PersonUpsertInput = {
  email?: string | null | undefined;
  /** Employee ID in your HR system: the key, unique in your agency. */
  externalId: string;
  familyName: string;
  givenName: string;
  grade?: number | null | undefined;
  jobTitle?: string | null | undefined;
  location?: string | null | undefined;
  occupationalSeries?: string | null | undefined;
  payPlan?: string | null | undefined;
  phone?: string | null | undefined;
  /** Up to 100. Each listed skill ends at its level with one evidence record of its source and title (added unless the skill already has one with the same source and title). Skills not listed are left alone: the person’s own claims are theirs. */
  skills?: Array<PersonSkillInput> | null | undefined;
  /** Identity-provider subject, to link the person’s logins. */
  subject?: string | null | undefined;
  /** Identity-provider subject of the home supervisor, who approves rotation applications. */
  supervisorSubject?: string | null | undefined;
};

/** Named proficiency levels; `level` fields carry the number 1–5. */
export type ProficiencyLevel =
  /** 4: Handles complex situations; guides others. */
  | 'ADVANCED'
  /** 1: Knows the concepts; needs guidance to apply them. */
  | 'AWARENESS'
  /** 5: Recognised authority; shapes practice beyond the team. */
  | 'EXPERT'
  /** 3: Applies it independently in most situations. */
  | 'INTERMEDIATE'
  /** 2: Applies it in routine situations with supervision. */
  | 'NOVICE';

export type ProfileVisibility =
  /** Every field, including contact details. */
  | 'FULL'
  /** Name, agency, headline, job title and skills; other fields read as null. */
  | 'REDACTED';

/** DETAIL and TOUR_OF_DUTY are service at another agency: the host agency’s own staff cannot apply. */
export type ProgramType =
  | 'DETAIL'
  | 'FELLOWSHIP'
  | 'GIG'
  | 'ROTATION'
  | 'TOUR_OF_DUTY';

export type RemoteMode =
  | 'HYBRID'
  | 'ONSITE'
  | 'REMOTE';

export type RemotePreference =
  | 'ANY'
  | 'HYBRID'
  | 'ONSITE'
  | 'REMOTE';

export type RemoveMySkillInput = {
  profileSkill: string;
};

export type Role =
  | 'ADMIN'
  | 'EMPLOYEE'
  | 'HIRING_MANAGER'
  | 'HR_SPECIALIST'
  | 'INTEGRATION';

/** A change you may make to a rotation now. */
export type RotationAction =
  | 'APPROVE_HOME'
  | 'APPROVE_HOST'
  | 'CANCEL'
  | 'COMPLETE'
  | 'EXTEND'
  | 'START'
  | 'UPDATE';

export type RotationDirection =
  /** People your agency hosts (host hiring managers and HR). */
  | 'INCOMING'
  /** Your agency’s people on rotation elsewhere (home agency HR). */
  | 'OUTGOING';

export type RotationSide =
  /** The home agency (its HR specialists). */
  | 'HOME'
  /** The host agency (its hiring managers and HR specialists). */
  | 'HOST';

/** PROPOSED → APPROVED (both agencies) → ACTIVE (from the start date) → COMPLETED (host attestation), or CANCELLED before COMPLETED. */
export type RotationStatus =
  | 'ACTIVE'
  | 'APPROVED'
  | 'CANCELLED'
  | 'COMPLETED'
  | 'PROPOSED';

export type SecurityClearance =
  | 'NONE'
  | 'PUBLIC_TRUST'
  | 'SECRET'
  | 'TOP_SECRET';

export type SelectApplicationInput = {
  application: string;
};

export type ShortlistApplicationInput = {
  application: string;
};

export type SkillFilter = {
  kinds?: Array<SkillKind> | null | undefined;
  schemes?: Array<SkillScheme> | null | undefined;
  /** Words that must each start a word of the name or an alternative label. */
  search?: string | null | undefined;
};

/** A skill by its scheme and the scheme’s own code (as `skill(scheme:, code:)` finds it). */
export type SkillKeyInput = {
  code: string;
  scheme: SkillScheme;
};

export type SkillKind =
  | 'COMPETENCY'
  | 'KNOWLEDGE'
  | 'LANGUAGE'
  | 'SKILL'
  | 'TECHNOLOGY'
  | 'WORK_ACTIVITY';

/** Exactly one of: a military occupation code, or a civilian occupation. */
export type SkillProposalSource = {
  /** Narrows a military code to one branch. */
  branch?: MilitaryBranch | null | undefined;
  /** MOS, rating or AFSC, e.g. "25B" or "IT". */
  militaryCode?: string | null | undefined;
  /** e.g. O*NET-SOC "15-1244.00" or an ESCO occupation URI. */
  occupationCode?: string | null | undefined;
  occupationScheme?: OccupationScheme | null | undefined;
};

export type SkillScheme =
  | 'ESCO'
  | 'LOCAL'
  | 'ONET'
  | 'ONET_TECH';

/** How strongly a claimed skill is backed, weakest first. Education never raises it: education is not an input of ranking. */
export type SkillTrust =
  /** Self-reported, with no evidence (or only a self-assessment or education). */
  | 'CLAIMED'
  /** A colleague endorsed it. */
  | 'ENDORSED'
  /** Self-reported with evidence: training, experience, military service or an unverified credential. */
  | 'EVIDENCED'
  /** A supervisor attested it. */
  | 'SUPERVISOR_ATTESTED'
  /** A credential was verified, or a rotation’s host attested it. */
  | 'VERIFIED';

export type StartRotationInput = {
  rotation: string;
};

/** The home supervisor's decision; NOT_REQUIRED when the opening does not ask for one. */
export type SupervisorApproval =
  | 'APPROVED'
  | 'DENIED'
  | 'NOT_REQUIRED'
  | 'PENDING';

/** Fields to change; omitted fields stay as they are, null clears an optional field. */
export type UpdateMyProfileInput = {
  availableFrom?: string | null | undefined;
  availablePercent?: number | null | undefined;
  discoverable?: boolean | null | undefined;
  email?: string | null | undefined;
  familyName?: string | null | undefined;
  givenName?: string | null | undefined;
  headline?: string | null | undefined;
  jobTitle?: string | null | undefined;
  location?: string | null | undefined;
  phone?: string | null | undefined;
  remotePreference?: RemotePreference | null | undefined;
};

export type UpdateMySkillInput = {
  /** Evidence to add. */
  evidence?: Array<EvidenceInput> | null | undefined;
  level: number;
  profileSkill: string;
};

/** Fields to change; omitted fields stay as they are. */
export type UpdateOpeningInput = {
  applicationDeadline?: string | null | undefined;
  /** Share of working time, 1–100. Give this or hoursPerWeek. */
  commitmentPercent?: number | null | undefined;
  description?: string | null | undefined;
  durationWeeks?: number | null | undefined;
  gradeMax?: number | null | undefined;
  gradeMin?: number | null | undefined;
  /** Hours per week, 1–40. Give this or commitmentPercent. */
  hoursPerWeek?: number | null | undefined;
  location?: string | null | undefined;
  occupationalSeries?: string | null | undefined;
  opening: string;
  payPlan?: string | null | undefined;
  programType?: ProgramType | null | undefined;
  remoteMode?: RemoteMode | null | undefined;
  requireAllRequiredSkills?: boolean | null | undefined;
  requiresSupervisorApproval?: boolean | null | undefined;
  /** Agency codes or abbreviations whose staff may apply; empty or omitted: open to all. */
  restrictedTo?: Array<string> | null | undefined;
  securityClearance?: SecurityClearance | null | undefined;
  /** Replaces the whole list when given. */
  skills?: Array<OpeningSkillInput> | null | undefined;
  slots?: number | null | undefined;
  startDate?: string | null | undefined;
  title?: string | null | undefined;
};

/** Fields to change; omitted fields stay, null clears an optional one. Dates and commitment change only while PROPOSED (approvals given so far are withdrawn). */
export type UpdateRotationInput = {
  /** Interagency agreement number. */
  agreementReference?: string | null | undefined;
  commitmentPercent?: number | null | undefined;
  endDate?: string | null | undefined;
  hostSupervisorEmail?: string | null | undefined;
  hostSupervisorName?: string | null | undefined;
  /** Token subject of the host supervisor, who may then attest completion. */
  hostSupervisorSubject?: string | null | undefined;
  /** Whether the host reimburses the home agency. */
  reimbursable?: boolean | null | undefined;
  rotation: string;
  startDate?: string | null | undefined;
};

export type UpsertOpeningsInput = {
  items: Array<OpeningUpsertInput>;
};

export type UpsertOutcome =
  /** A new record was written. */
  | 'CREATED'
  /** The item was refused and rolled back; see `error`. */
  | 'FAILED'
  /** Nothing differed: nothing was written. */
  | 'UNCHANGED'
  /** An existing record changed. */
  | 'UPDATED';

export type UpsertPeopleInput = {
  items: Array<PersonUpsertInput>;
};

/** A person as the home agency HR system knows them; matched by employee ID. Omitted fields stay as they are; null clears an optional one. */
export type UpsertProfileInput = {
  email?: string | null | undefined;
  /** Employee ID in your HR system: the key, unique in your agency. */
  externalId: string;
  familyName: string;
  givenName: string;
  grade?: number | null | undefined;
  jobTitle?: string | null | undefined;
  location?: string | null | undefined;
  occupationalSeries?: string | null | undefined;
  payPlan?: string | null | undefined;
  phone?: string | null | undefined;
  /** Identity-provider subject, to link the person’s logins. */
  subject?: string | null | undefined;
  /** Identity-provider subject of the home supervisor, who approves rotation applications. */
  supervisorSubject?: string | null | undefined;
};

/** How a skill claim is backed, weakest first. */
export type Verification =
  | 'CREDENTIAL_VERIFIED'
  | 'ENDORSED'
  | 'SELF_REPORTED'
  | 'SUPERVISOR_ATTESTED';

export type WithdrawApplicationInput = {
  application: string;
  reason?: string | null | undefined;
};

export type CreateAgencyMutationVariables = Exact<{
  input: CreateAgencyInput;
}>;


export type CreateAgencyMutation = { createAgency:
    | { __typename: 'ConflictError', message: string, code: string }
    | { __typename: 'CreateAgencyPayload', agency: { id: string, code: string, abbreviation: string | null, name: string, parent: { id: string } | null } }
    | { __typename: 'ForbiddenError', message: string, code: string }
    | { __typename: 'NotFoundError', message: string, code: string }
    | { __typename: 'ValidationError', message: string, code: string, problems: Array<{ path: Array<string>, message: string }> }
   };

export type ApplicationViewQueryVariables = Exact<{
  id: string;
}>;


export type ApplicationViewQuery = { node:
    | { __typename: 'Agency' }
    | { __typename: 'Application', id: string, status: ApplicationStatus, supervisorApproval: SupervisorApproval, viewerCanDecideApproval: boolean, decidedAt: string | null, applicant: { id: string, givenName: string, email: string | null } | null }
    | { __typename: 'Opening' }
    | { __typename: 'Profile' }
    | { __typename: 'ProfileSkill' }
    | { __typename: 'Rotation' }
    | { __typename: 'Skill' }
   | null };

export type ApplicationFieldsFragment = { id: string, status: ApplicationStatus, statement: string | null, supervisorApproval: SupervisorApproval, supervisorReason: string | null, decisionReason: string | null, submittedAt: string, withdrawnAt: string | null, highlightedSkills: Array<{ id: string, name: string }>, opening: { id: string, title: string, status: OpeningStatus, slots: number, slotsFilled: number }, applicant: { id: string, givenName: string, familyName: string } | null, rotation: { id: string, status: RotationStatus, startDate: string, endDate: string, commitmentPercent: number, programType: ProgramType, homeAgency: { abbreviation: string | null }, hostAgency: { abbreviation: string | null } } | null };

export type ApplyToOpeningMutationVariables = Exact<{
  input: ApplyToOpeningInput;
}>;


export type ApplyToOpeningMutation = { applyToOpening:
    | { __typename: 'ApplyToOpeningPayload', application: { id: string, status: ApplicationStatus, statement: string | null, supervisorApproval: SupervisorApproval, supervisorReason: string | null, decisionReason: string | null, submittedAt: string, withdrawnAt: string | null, highlightedSkills: Array<{ id: string, name: string }>, opening: { id: string, title: string, status: OpeningStatus, slots: number, slotsFilled: number }, applicant: { id: string, givenName: string, familyName: string } | null, rotation: { id: string, status: RotationStatus, startDate: string, endDate: string, commitmentPercent: number, programType: ProgramType, homeAgency: { abbreviation: string | null }, hostAgency: { abbreviation: string | null } } | null } }
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'InvalidStateError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string, problems: Array<{ path: Array<string>, message: string }> }
   };

export type WithdrawApplicationMutationVariables = Exact<{
  input: WithdrawApplicationInput;
}>;


export type WithdrawApplicationMutation = { withdrawApplication:
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'InvalidStateError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string }
    | { __typename: 'WithdrawApplicationPayload', application: { id: string, status: ApplicationStatus, statement: string | null, supervisorApproval: SupervisorApproval, supervisorReason: string | null, decisionReason: string | null, submittedAt: string, withdrawnAt: string | null, highlightedSkills: Array<{ id: string, name: string }>, opening: { id: string, title: string, status: OpeningStatus, slots: number, slotsFilled: number }, applicant: { id: string, givenName: string, familyName: string } | null, rotation: { id: string, status: RotationStatus, startDate: string, endDate: string, commitmentPercent: number, programType: ProgramType, homeAgency: { abbreviation: string | null }, hostAgency: { abbreviation: string | null } } | null } }
   };

export type DecideApplicationApprovalMutationVariables = Exact<{
  input: DecideApplicationApprovalInput;
}>;


export type DecideApplicationApprovalMutation = { decideApplicationApproval:
    | { __typename: 'DecideApplicationApprovalPayload', application: { id: string, status: ApplicationStatus, statement: string | null, supervisorApproval: SupervisorApproval, supervisorReason: string | null, decisionReason: string | null, submittedAt: string, withdrawnAt: string | null, highlightedSkills: Array<{ id: string, name: string }>, opening: { id: string, title: string, status: OpeningStatus, slots: number, slotsFilled: number }, applicant: { id: string, givenName: string, familyName: string } | null, rotation: { id: string, status: RotationStatus, startDate: string, endDate: string, commitmentPercent: number, programType: ProgramType, homeAgency: { abbreviation: string | null }, hostAgency: { abbreviation: string | null } } | null } }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'InvalidStateError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string, problems: Array<{ path: Array<string>, message: string }> }
   };

export type ShortlistApplicationMutationVariables = Exact<{
  input: ShortlistApplicationInput;
}>;


export type ShortlistApplicationMutation = { shortlistApplication:
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'InvalidStateError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ShortlistApplicationPayload', application: { id: string, status: ApplicationStatus, statement: string | null, supervisorApproval: SupervisorApproval, supervisorReason: string | null, decisionReason: string | null, submittedAt: string, withdrawnAt: string | null, highlightedSkills: Array<{ id: string, name: string }>, opening: { id: string, title: string, status: OpeningStatus, slots: number, slotsFilled: number }, applicant: { id: string, givenName: string, familyName: string } | null, rotation: { id: string, status: RotationStatus, startDate: string, endDate: string, commitmentPercent: number, programType: ProgramType, homeAgency: { abbreviation: string | null }, hostAgency: { abbreviation: string | null } } | null } }
   };

export type DeclineApplicationMutationVariables = Exact<{
  input: DeclineApplicationInput;
}>;


export type DeclineApplicationMutation = { declineApplication:
    | { __typename: 'DeclineApplicationPayload', application: { id: string, status: ApplicationStatus, statement: string | null, supervisorApproval: SupervisorApproval, supervisorReason: string | null, decisionReason: string | null, submittedAt: string, withdrawnAt: string | null, highlightedSkills: Array<{ id: string, name: string }>, opening: { id: string, title: string, status: OpeningStatus, slots: number, slotsFilled: number }, applicant: { id: string, givenName: string, familyName: string } | null, rotation: { id: string, status: RotationStatus, startDate: string, endDate: string, commitmentPercent: number, programType: ProgramType, homeAgency: { abbreviation: string | null }, hostAgency: { abbreviation: string | null } } | null } }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'InvalidStateError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string, problems: Array<{ path: Array<string>, message: string }> }
   };

export type SelectApplicationMutationVariables = Exact<{
  input: SelectApplicationInput;
}>;


export type SelectApplicationMutation = { selectApplication:
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'InvalidStateError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'SelectApplicationPayload', application: { id: string, status: ApplicationStatus, statement: string | null, supervisorApproval: SupervisorApproval, supervisorReason: string | null, decisionReason: string | null, submittedAt: string, withdrawnAt: string | null, highlightedSkills: Array<{ id: string, name: string }>, opening: { id: string, title: string, status: OpeningStatus, slots: number, slotsFilled: number }, applicant: { id: string, givenName: string, familyName: string } | null, rotation: { id: string, status: RotationStatus, startDate: string, endDate: string, commitmentPercent: number, programType: ProgramType, homeAgency: { abbreviation: string | null }, hostAgency: { abbreviation: string | null } } | null } }
   };

export type OpeningApplicationsQueryVariables = Exact<{
  id: string;
  status?: Array<ApplicationStatus> | ApplicationStatus | null | undefined;
  first: number;
}>;


export type OpeningApplicationsQuery = { node:
    | { applications: { totalCount: number, edges: Array<{ node: { id: string, status: ApplicationStatus, statement: string | null, supervisorApproval: SupervisorApproval, supervisorReason: string | null, decisionReason: string | null, submittedAt: string, withdrawnAt: string | null, highlightedSkills: Array<{ id: string, name: string }>, opening: { id: string, title: string, status: OpeningStatus, slots: number, slotsFilled: number }, applicant: { id: string, givenName: string, familyName: string } | null, rotation: { id: string, status: RotationStatus, startDate: string, endDate: string, commitmentPercent: number, programType: ProgramType, homeAgency: { abbreviation: string | null }, hostAgency: { abbreviation: string | null } } | null } }> } | null }
    | Record<PropertyKey, never>
   | null };

export type MyApplicationsQueryVariables = Exact<{
  first: number;
}>;


export type MyApplicationsQuery = { viewer: { applications: { totalCount: number, edges: Array<{ node: { id: string, status: ApplicationStatus, statement: string | null, supervisorApproval: SupervisorApproval, supervisorReason: string | null, decisionReason: string | null, submittedAt: string, withdrawnAt: string | null, highlightedSkills: Array<{ id: string, name: string }>, opening: { id: string, title: string, status: OpeningStatus, slots: number, slotsFilled: number }, applicant: { id: string, givenName: string, familyName: string } | null, rotation: { id: string, status: RotationStatus, startDate: string, endDate: string, commitmentPercent: number, programType: ProgramType, homeAgency: { abbreviation: string | null }, hostAgency: { abbreviation: string | null } } | null } }> } } | null };

export type ApprovalRequestsQueryVariables = Exact<{
  first: number;
}>;


export type ApprovalRequestsQuery = { viewer: { approvalRequests: { totalCount: number, edges: Array<{ node: { viewerCanDecideApproval: boolean, id: string, status: ApplicationStatus, statement: string | null, supervisorApproval: SupervisorApproval, supervisorReason: string | null, decisionReason: string | null, submittedAt: string, withdrawnAt: string | null, highlightedSkills: Array<{ id: string, name: string }>, opening: { id: string, title: string, status: OpeningStatus, slots: number, slotsFilled: number }, applicant: { id: string, givenName: string, familyName: string } | null, rotation: { id: string, status: RotationStatus, startDate: string, endDate: string, commitmentPercent: number, programType: ProgramType, homeAgency: { abbreviation: string | null }, hostAgency: { abbreviation: string | null } } | null } }> } } | null };

export type ApplicationNodeQueryVariables = Exact<{
  id: string;
}>;


export type ApplicationNodeQuery = { node:
    | { __typename: 'Agency' }
    | { __typename: 'Application', id: string, status: ApplicationStatus, statement: string | null, supervisorApproval: SupervisorApproval, supervisorReason: string | null, decisionReason: string | null, submittedAt: string, withdrawnAt: string | null, highlightedSkills: Array<{ id: string, name: string }>, opening: { id: string, title: string, status: OpeningStatus, slots: number, slotsFilled: number }, applicant: { id: string, givenName: string, familyName: string } | null, rotation: { id: string, status: RotationStatus, startDate: string, endDate: string, commitmentPercent: number, programType: ProgramType, homeAgency: { abbreviation: string | null }, hostAgency: { abbreviation: string | null } } | null }
    | { __typename: 'Opening' }
    | { __typename: 'Profile' }
    | { __typename: 'ProfileSkill' }
    | { __typename: 'Rotation' }
    | { __typename: 'Skill' }
   | null };

export type MarketplaceEventsSubscriptionVariables = Exact<{
  opening?: string | null | undefined;
}>;


export type MarketplaceEventsSubscription = { marketplaceEvents: { kind: MarketplaceEventKind, occurredAt: string, opening: { id: string, status: OpeningStatus } | null, application: { id: string, status: ApplicationStatus, supervisorApproval: SupervisorApproval } | null } };

export type ChangesQueryVariables = Exact<{
  after?: string | null | undefined;
  first: number;
  entityTypes?: Array<ChangeEntityType> | ChangeEntityType | null | undefined;
}>;


export type ChangesQuery = { changes: { edges: Array<{ cursor: string, node: { entityType: ChangeEntityType, operation: ChangeOperation, at: string, entityId: string, entity:
          | { __typename: 'Agency', id: string }
          | { __typename: 'Application', id: string, applicationStatus: ApplicationStatus }
          | { __typename: 'Opening', title: string, id: string, openingStatus: OpeningStatus }
          | { __typename: 'Profile', givenName: string, familyName: string, email: string | null, id: string }
          | { __typename: 'ProfileSkill', id: string }
          | { __typename: 'Rotation', personName: string, id: string, rotationStatus: RotationStatus }
          | { __typename: 'Skill', id: string }
         | null } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type EndorseSkillMutationVariables = Exact<{
  input: EndorseSkillInput;
}>;


export type EndorseSkillMutation = { endorseSkill:
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'EndorseSkillPayload', profileSkill: { id: string, verification: Verification, endorsementCount: number, endorsements: Array<{ kind: EndorsementKind, endorserSubject: string, level: number | null, comment: string | null }> } }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string }
   };

export type AttestSkillMutationVariables = Exact<{
  input: EndorseSkillInput;
}>;


export type AttestSkillMutation = { attestSkill:
    | { __typename: 'AttestSkillPayload', profileSkill: { id: string, verification: Verification, endorsements: Array<{ kind: EndorsementKind, endorserSubject: string, level: number | null }> } }
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string }
   };

export type MarketplaceEventsWithApplicantSubscriptionVariables = Exact<{
  opening?: string | null | undefined;
}>;


export type MarketplaceEventsWithApplicantSubscription = { marketplaceEvents: { kind: MarketplaceEventKind, opening: { id: string, status: OpeningStatus } | null, application: { id: string, status: ApplicationStatus, applicant: { id: string, givenName: string, email: string | null } | null } | null } };

type BulkItemErrorFields_ConflictError_Fragment = { __typename: 'ConflictError', code: string, message: string };

type BulkItemErrorFields_ForbiddenError_Fragment = { __typename: 'ForbiddenError', code: string, message: string };

type BulkItemErrorFields_InvalidStateError_Fragment = { __typename: 'InvalidStateError', code: string, message: string };

type BulkItemErrorFields_NotFoundError_Fragment = { __typename: 'NotFoundError', code: string, message: string };

type BulkItemErrorFields_ValidationError_Fragment = { __typename: 'ValidationError', code: string, message: string, problems: Array<{ path: Array<string>, message: string }> };

export type BulkItemErrorFieldsFragment =
  | BulkItemErrorFields_ConflictError_Fragment
  | BulkItemErrorFields_ForbiddenError_Fragment
  | BulkItemErrorFields_InvalidStateError_Fragment
  | BulkItemErrorFields_NotFoundError_Fragment
  | BulkItemErrorFields_ValidationError_Fragment
;

export type UpsertPeopleMutationVariables = Exact<{
  input: UpsertPeopleInput;
}>;


export type UpsertPeopleMutation = { upsertPeople:
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'UpsertPeoplePayload', created: number, updated: number, unchanged: number, failed: number, results: Array<{ index: number, externalId: string, outcome: UpsertOutcome, profile: { id: string, givenName: string, familyName: string, updatedAt: string } | null, error:
          | { __typename: 'ConflictError', code: string, message: string }
          | { __typename: 'ForbiddenError', code: string, message: string }
          | { __typename: 'InvalidStateError', code: string, message: string }
          | { __typename: 'NotFoundError', code: string, message: string }
          | { __typename: 'ValidationError', code: string, message: string, problems: Array<{ path: Array<string>, message: string }> }
         | null }> }
    | { __typename: 'ValidationError', code: string, message: string, problems: Array<{ path: Array<string>, message: string }> }
   };

export type UpsertOpeningsMutationVariables = Exact<{
  input: UpsertOpeningsInput;
}>;


export type UpsertOpeningsMutation = { upsertOpenings:
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'UpsertOpeningsPayload', created: number, updated: number, unchanged: number, failed: number, results: Array<{ index: number, externalId: string, outcome: UpsertOutcome, opening: { id: string, title: string, status: OpeningStatus, updatedAt: string, skills: Array<{ minLevel: number, weight: number, required: boolean, skill: { scheme: SkillScheme, code: string } }>, restrictedTo: Array<{ abbreviation: string | null }> } | null, error:
          | { __typename: 'ConflictError', code: string, message: string }
          | { __typename: 'ForbiddenError', code: string, message: string }
          | { __typename: 'InvalidStateError', code: string, message: string }
          | { __typename: 'NotFoundError', code: string, message: string }
          | { __typename: 'ValidationError', code: string, message: string, problems: Array<{ path: Array<string>, message: string }> }
         | null }> }
    | { __typename: 'ValidationError', code: string, message: string, problems: Array<{ path: Array<string>, message: string }> }
   };

export type ExplanationFieldsFragment = { algorithmVersion: string, relatedCredit: number, levelDecay: number, focusPenalty: number, focusHalf: number, totalWeight: number, profileSkillCount: number, relatedSkillCount: number, focus: number, score: number, coverage: number, requiredMet: number, requiredTotal: number, skills: Array<{ required: boolean, weight: number, minLevel: number, specificity: number, effectiveWeight: number, match: MatchKind, distance: number | null, candidateLevel: number | null, trust: SkillTrust | null, trustedLevel: number | null, similarity: number, levelFit: number, trustFactor: number, credit: number, contribution: number, met: boolean, skill: { id: string, name: string }, matchedSkill: { id: string, name: string } | null }>, missingSkills: Array<{ id: string, name: string }> };

export type OpeningMatchesQueryVariables = Exact<{
  id: string;
  first: number;
  after?: string | null | undefined;
  filter?: MatchFilter | null | undefined;
  algorithm?: MatchAlgorithm | null | undefined;
}>;


export type OpeningMatchesQuery = { node:
    | { matches: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { score: number, coverage: number, candidate: { id: string, givenName: string } | null, explanation: { algorithmVersion: string, relatedCredit: number, levelDecay: number, focusPenalty: number, focusHalf: number, totalWeight: number, profileSkillCount: number, relatedSkillCount: number, focus: number, score: number, coverage: number, requiredMet: number, requiredTotal: number, skills: Array<{ required: boolean, weight: number, minLevel: number, specificity: number, effectiveWeight: number, match: MatchKind, distance: number | null, candidateLevel: number | null, trust: SkillTrust | null, trustedLevel: number | null, similarity: number, levelFit: number, trustFactor: number, credit: number, contribution: number, met: boolean, skill: { id: string, name: string }, matchedSkill: { id: string, name: string } | null }>, missingSkills: Array<{ id: string, name: string }> } } }> } | null }
    | Record<PropertyKey, never>
   | null };

export type RecommendedOpeningsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  algorithm?: MatchAlgorithm | null | undefined;
}>;


export type RecommendedOpeningsQuery = { viewer: { recommendedOpenings: { totalCount: number, edges: Array<{ node: { score: number, coverage: number, opening: { id: string, title: string }, explanation: { algorithmVersion: string, relatedCredit: number, levelDecay: number, focusPenalty: number, focusHalf: number, totalWeight: number, profileSkillCount: number, relatedSkillCount: number, focus: number, score: number, coverage: number, requiredMet: number, requiredTotal: number, skills: Array<{ required: boolean, weight: number, minLevel: number, specificity: number, effectiveWeight: number, match: MatchKind, distance: number | null, candidateLevel: number | null, trust: SkillTrust | null, trustedLevel: number | null, similarity: number, levelFit: number, trustFactor: number, credit: number, contribution: number, met: boolean, skill: { id: string, name: string }, matchedSkill: { id: string, name: string } | null }>, missingSkills: Array<{ id: string, name: string }> } } }> } } | null };

export type SkillProposalsQueryVariables = Exact<{
  source: SkillProposalSource;
}>;


export type SkillProposalsQuery = { skillProposals: { description: string, occupations: Array<{ scheme: OccupationScheme, code: string, title: string }>, proposals: Array<{ level: number, proficiency: ProficiencyLevel, reason: string, currentLevel: number | null, skill: { id: string, name: string, scheme: SkillScheme, code: string } }> } };

export type AcceptSkillProposalsMutationVariables = Exact<{
  input: AcceptSkillProposalsInput;
}>;


export type AcceptSkillProposalsMutation = { acceptSkillProposals:
    | { __typename: 'AcceptSkillProposalsPayload', profile: { skills: Array<{ level: number, skill: { id: string, name: string }, evidence: Array<{ source: EvidenceSource, title: string }> | null }> } }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string, problems: Array<{ path: Array<string>, message: string }> }
   };

export type OpeningFieldsFragment = { id: string, title: string, description: string, programType: ProgramType, status: OpeningStatus, externalId: string | null, commitmentPercent: number, hoursPerWeek: number | null, startDate: string, endDate: string, durationWeeks: number, applicationDeadline: string, slots: number, slotsFilled: number, location: string | null, remoteMode: RemoteMode, payPlan: string | null, gradeMin: number | null, gradeMax: number | null, occupationalSeries: string | null, securityClearance: SecurityClearance, requiresSupervisorApproval: boolean, requireAllRequiredSkills: boolean, viewerCanManage: boolean, publishedAt: string | null, closedAt: string | null, cancelReason: string | null, hostAgency: { code: string, abbreviation: string | null }, restrictedTo: Array<{ code: string, abbreviation: string | null }>, skills: Array<{ minLevel: number, minProficiency: ProficiencyLevel, weight: number, required: boolean, skill: { id: string, name: string } }>, basedOnOccupation: { scheme: OccupationScheme, code: string, title: string } | null };

export type OpeningsQueryVariables = Exact<{
  filter?: OpeningFilter | null | undefined;
  orderBy?: OpeningOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OpeningsQuery = { openings: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, title: string, status: OpeningStatus, programType: ProgramType, startDate: string, applicationDeadline: string, commitmentPercent: number, remoteMode: RemoteMode, location: string | null, gradeMin: number | null, gradeMax: number | null, hostAgency: { abbreviation: string | null } } }> } };

export type OpeningDetailQueryVariables = Exact<{
  id: string;
}>;


export type OpeningDetailQuery = { node:
    | { __typename: 'Agency' }
    | { __typename: 'Application' }
    | { __typename: 'Opening', id: string, title: string, description: string, programType: ProgramType, status: OpeningStatus, externalId: string | null, commitmentPercent: number, hoursPerWeek: number | null, startDate: string, endDate: string, durationWeeks: number, applicationDeadline: string, slots: number, slotsFilled: number, location: string | null, remoteMode: RemoteMode, payPlan: string | null, gradeMin: number | null, gradeMax: number | null, occupationalSeries: string | null, securityClearance: SecurityClearance, requiresSupervisorApproval: boolean, requireAllRequiredSkills: boolean, viewerCanManage: boolean, publishedAt: string | null, closedAt: string | null, cancelReason: string | null, viewerEligibility: { allowed: boolean, reason: string | null }, hostAgency: { code: string, abbreviation: string | null }, restrictedTo: Array<{ code: string, abbreviation: string | null }>, skills: Array<{ minLevel: number, minProficiency: ProficiencyLevel, weight: number, required: boolean, skill: { id: string, name: string } }>, basedOnOccupation: { scheme: OccupationScheme, code: string, title: string } | null }
    | { __typename: 'Profile' }
    | { __typename: 'ProfileSkill' }
    | { __typename: 'Rotation' }
    | { __typename: 'Skill' }
   | null };

export type SuggestedOpeningSkillsQueryVariables = Exact<{
  occupation: OccupationRef;
}>;


export type SuggestedOpeningSkillsQuery = { suggestedOpeningSkills: Array<{ minLevel: number, weight: number, required: boolean, reason: string, skill: { id: string, name: string, scheme: SkillScheme } }> };

export type CreateOpeningMutationVariables = Exact<{
  input: CreateOpeningInput;
}>;


export type CreateOpeningMutation = { createOpening:
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'CreateOpeningPayload', opening: { id: string, title: string, description: string, programType: ProgramType, status: OpeningStatus, externalId: string | null, commitmentPercent: number, hoursPerWeek: number | null, startDate: string, endDate: string, durationWeeks: number, applicationDeadline: string, slots: number, slotsFilled: number, location: string | null, remoteMode: RemoteMode, payPlan: string | null, gradeMin: number | null, gradeMax: number | null, occupationalSeries: string | null, securityClearance: SecurityClearance, requiresSupervisorApproval: boolean, requireAllRequiredSkills: boolean, viewerCanManage: boolean, publishedAt: string | null, closedAt: string | null, cancelReason: string | null, hostAgency: { code: string, abbreviation: string | null }, restrictedTo: Array<{ code: string, abbreviation: string | null }>, skills: Array<{ minLevel: number, minProficiency: ProficiencyLevel, weight: number, required: boolean, skill: { id: string, name: string } }>, basedOnOccupation: { scheme: OccupationScheme, code: string, title: string } | null } }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string, problems: Array<{ path: Array<string>, message: string }> }
   };

export type UpdateOpeningMutationVariables = Exact<{
  input: UpdateOpeningInput;
}>;


export type UpdateOpeningMutation = { updateOpening:
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'InvalidStateError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'UpdateOpeningPayload', opening: { id: string, title: string, description: string, programType: ProgramType, status: OpeningStatus, externalId: string | null, commitmentPercent: number, hoursPerWeek: number | null, startDate: string, endDate: string, durationWeeks: number, applicationDeadline: string, slots: number, slotsFilled: number, location: string | null, remoteMode: RemoteMode, payPlan: string | null, gradeMin: number | null, gradeMax: number | null, occupationalSeries: string | null, securityClearance: SecurityClearance, requiresSupervisorApproval: boolean, requireAllRequiredSkills: boolean, viewerCanManage: boolean, publishedAt: string | null, closedAt: string | null, cancelReason: string | null, hostAgency: { code: string, abbreviation: string | null }, restrictedTo: Array<{ code: string, abbreviation: string | null }>, skills: Array<{ minLevel: number, minProficiency: ProficiencyLevel, weight: number, required: boolean, skill: { id: string, name: string } }>, basedOnOccupation: { scheme: OccupationScheme, code: string, title: string } | null } }
    | { __typename: 'ValidationError', code: string, message: string, problems: Array<{ path: Array<string>, message: string }> }
   };

export type OpenOpeningMutationVariables = Exact<{
  input: OpenOpeningInput;
}>;


export type OpenOpeningMutation = { openOpening:
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'InvalidStateError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'OpenOpeningPayload', opening: { id: string, status: OpeningStatus, publishedAt: string | null } }
   };

export type CloseOpeningMutationVariables = Exact<{
  input: CloseOpeningInput;
}>;


export type CloseOpeningMutation = { closeOpening:
    | { __typename: 'CloseOpeningPayload', opening: { id: string, status: OpeningStatus, closedAt: string | null } }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'InvalidStateError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
   };

export type CancelOpeningMutationVariables = Exact<{
  input: CancelOpeningInput;
}>;


export type CancelOpeningMutation = { cancelOpening:
    | { __typename: 'CancelOpeningPayload', opening: { id: string, status: OpeningStatus, cancelReason: string | null } }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'InvalidStateError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string, problems: Array<{ path: Array<string>, message: string }> }
   };

export type ArchiveOpeningMutationVariables = Exact<{
  input: ArchiveOpeningInput;
}>;


export type ArchiveOpeningMutation = { archiveOpening:
    | { __typename: 'ArchiveOpeningPayload', opening: { id: string, status: OpeningStatus } }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'InvalidStateError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
   };

export type ProfileFieldsFragment = { id: string, givenName: string, familyName: string, headline: string | null, jobTitle: string | null, visibility: ProfileVisibility, email: string | null, phone: string | null, location: string | null, externalId: string | null, occupationalSeries: string | null, payPlan: string | null, grade: number | null, remotePreference: RemotePreference | null, discoverable: boolean | null, availablePercent: number | null, agency: { code: string }, skills: Array<{ id: string, level: number, proficiency: ProficiencyLevel, verification: Verification, endorsementCount: number, skill: { id: string, name: string, scheme: SkillScheme }, evidence: Array<{ source: EvidenceSource, title: string, issuer: string | null, endDate: string | null }> | null }>, education: Array<{ level: EducationLevel, field: string | null, institution: string | null, completedYear: number | null }> | null };

export type MyProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type MyProfileQuery = { viewer: { profile: { id: string, givenName: string, familyName: string, headline: string | null, jobTitle: string | null, visibility: ProfileVisibility, email: string | null, phone: string | null, location: string | null, externalId: string | null, occupationalSeries: string | null, payPlan: string | null, grade: number | null, remotePreference: RemotePreference | null, discoverable: boolean | null, availablePercent: number | null, agency: { code: string }, skills: Array<{ id: string, level: number, proficiency: ProficiencyLevel, verification: Verification, endorsementCount: number, skill: { id: string, name: string, scheme: SkillScheme }, evidence: Array<{ source: EvidenceSource, title: string, issuer: string | null, endDate: string | null }> | null }>, education: Array<{ level: EducationLevel, field: string | null, institution: string | null, completedYear: number | null }> | null } | null } | null };

export type ProfileByEmployeeIdQueryVariables = Exact<{
  agency: string;
  externalId: string;
}>;


export type ProfileByEmployeeIdQuery = { profile: { id: string, givenName: string, familyName: string, headline: string | null, jobTitle: string | null, visibility: ProfileVisibility, email: string | null, phone: string | null, location: string | null, externalId: string | null, occupationalSeries: string | null, payPlan: string | null, grade: number | null, remotePreference: RemotePreference | null, discoverable: boolean | null, availablePercent: number | null, agency: { code: string }, skills: Array<{ id: string, level: number, proficiency: ProficiencyLevel, verification: Verification, endorsementCount: number, skill: { id: string, name: string, scheme: SkillScheme }, evidence: Array<{ source: EvidenceSource, title: string, issuer: string | null, endDate: string | null }> | null }>, education: Array<{ level: EducationLevel, field: string | null, institution: string | null, completedYear: number | null }> | null } | null };

export type ProfileNodeQueryVariables = Exact<{
  id: string;
}>;


export type ProfileNodeQuery = { node:
    | { __typename: 'Agency' }
    | { __typename: 'Application' }
    | { __typename: 'Opening' }
    | { __typename: 'Profile', id: string, givenName: string, familyName: string, headline: string | null, jobTitle: string | null, visibility: ProfileVisibility, email: string | null, phone: string | null, location: string | null, externalId: string | null, occupationalSeries: string | null, payPlan: string | null, grade: number | null, remotePreference: RemotePreference | null, discoverable: boolean | null, availablePercent: number | null, agency: { code: string }, skills: Array<{ id: string, level: number, proficiency: ProficiencyLevel, verification: Verification, endorsementCount: number, skill: { id: string, name: string, scheme: SkillScheme }, evidence: Array<{ source: EvidenceSource, title: string, issuer: string | null, endDate: string | null }> | null }>, education: Array<{ level: EducationLevel, field: string | null, institution: string | null, completedYear: number | null }> | null }
    | { __typename: 'ProfileSkill' }
    | { __typename: 'Rotation' }
    | { __typename: 'Skill' }
   | null };

export type CreateMyProfileMutationVariables = Exact<{
  input: CreateMyProfileInput;
}>;


export type CreateMyProfileMutation = { createMyProfile:
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'CreateMyProfilePayload', profile: { id: string, givenName: string, familyName: string, headline: string | null, jobTitle: string | null, visibility: ProfileVisibility, email: string | null, phone: string | null, location: string | null, externalId: string | null, occupationalSeries: string | null, payPlan: string | null, grade: number | null, remotePreference: RemotePreference | null, discoverable: boolean | null, availablePercent: number | null, agency: { code: string }, skills: Array<{ id: string, level: number, proficiency: ProficiencyLevel, verification: Verification, endorsementCount: number, skill: { id: string, name: string, scheme: SkillScheme }, evidence: Array<{ source: EvidenceSource, title: string, issuer: string | null, endDate: string | null }> | null }>, education: Array<{ level: EducationLevel, field: string | null, institution: string | null, completedYear: number | null }> | null } }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string }
   };

export type UpdateMyProfileMutationVariables = Exact<{
  input: UpdateMyProfileInput;
}>;


export type UpdateMyProfileMutation = { updateMyProfile:
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'UpdateMyProfilePayload', profile: { id: string, givenName: string, familyName: string, headline: string | null, jobTitle: string | null, visibility: ProfileVisibility, email: string | null, phone: string | null, location: string | null, externalId: string | null, occupationalSeries: string | null, payPlan: string | null, grade: number | null, remotePreference: RemotePreference | null, discoverable: boolean | null, availablePercent: number | null, agency: { code: string }, skills: Array<{ id: string, level: number, proficiency: ProficiencyLevel, verification: Verification, endorsementCount: number, skill: { id: string, name: string, scheme: SkillScheme }, evidence: Array<{ source: EvidenceSource, title: string, issuer: string | null, endDate: string | null }> | null }>, education: Array<{ level: EducationLevel, field: string | null, institution: string | null, completedYear: number | null }> | null } }
    | { __typename: 'ValidationError', code: string, message: string, problems: Array<{ path: Array<string>, message: string }> }
   };

export type UpsertProfileMutationVariables = Exact<{
  input: UpsertProfileInput;
}>;


export type UpsertProfileMutation = { upsertProfile:
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'UpsertProfilePayload', profile: { id: string, externalId: string | null, givenName: string, familyName: string, email: string | null, updatedAt: string } }
    | { __typename: 'ValidationError', code: string, message: string, problems: Array<{ path: Array<string>, message: string }> }
   };

export type AddMySkillMutationVariables = Exact<{
  input: AddMySkillInput;
}>;


export type AddMySkillMutation = { addMySkill:
    | { __typename: 'AddMySkillPayload', profileSkill: { id: string, level: number, proficiency: ProficiencyLevel, verification: Verification, skill: { name: string }, evidence: Array<{ source: EvidenceSource, title: string }> | null } }
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string, problems: Array<{ path: Array<string>, message: string }> }
   };

export type UpdateMySkillMutationVariables = Exact<{
  input: UpdateMySkillInput;
}>;


export type UpdateMySkillMutation = { updateMySkill:
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'UpdateMySkillPayload', profileSkill: { id: string, level: number, evidence: Array<{ source: EvidenceSource, title: string }> | null } }
    | { __typename: 'ValidationError', code: string, message: string }
   };

export type RemoveMySkillMutationVariables = Exact<{
  input: RemoveMySkillInput;
}>;


export type RemoveMySkillMutation = { removeMySkill:
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'RemoveMySkillPayload', profile: { id: string, skills: Array<{ id: string }> } }
   };

export type AddMyEducationMutationVariables = Exact<{
  input: AddMyEducationInput;
}>;


export type AddMyEducationMutation = { addMyEducation:
    | { __typename: 'AddMyEducationPayload', profile: { education: Array<{ level: EducationLevel, field: string | null }> | null } }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string }
   };

export type AgenciesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: AgencyFilter | null | undefined;
  orderBy?: AgencyOrder | null | undefined;
}>;


export type AgenciesQuery = { agencies: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, code: string, abbreviation: string | null, name: string, parent: { id: string, code: string } | null } }> } };

export type AgencyByCodeQueryVariables = Exact<{
  code: string;
}>;


export type AgencyByCodeQuery = { agency: { id: string, code: string, abbreviation: string | null, name: string, subAgencies: { totalCount: number, nodes: Array<{ id: string, code: string, name: string }> } } | null };

export type SearchSkillsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: SkillFilter | null | undefined;
}>;


export type SearchSkillsQuery = { skills: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, scheme: SkillScheme, code: string, name: string, kind: SkillKind, altLabels: Array<string> }> } };

export type SkillDetailQueryVariables = Exact<{
  scheme: SkillScheme;
  code: string;
}>;


export type SkillDetailQuery = { skill: { id: string, name: string, description: string | null, broader: Array<{ id: string, name: string }>, narrower: { totalCount: number, nodes: Array<{ id: string, name: string }> }, related: Array<{ id: string, name: string, scheme: SkillScheme }> } | null };

export type NodeQueryVariables = Exact<{
  id: string;
}>;


export type NodeQuery = { node:
    | { __typename: 'Agency', code: string, name: string, id: string }
    | { __typename: 'Application', id: string }
    | { __typename: 'Opening', id: string }
    | { __typename: 'Profile', id: string }
    | { __typename: 'ProfileSkill', id: string }
    | { __typename: 'Rotation', id: string }
    | { __typename: 'Skill', scheme: SkillScheme, code: string, name: string, id: string }
   | null };

export type NodesQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type NodesQuery = { nodes: Array<
    | { __typename: 'Agency', id: string }
    | { __typename: 'Application', id: string }
    | { __typename: 'Opening', id: string }
    | { __typename: 'Profile', id: string }
    | { __typename: 'ProfileSkill', id: string }
    | { __typename: 'Rotation', id: string }
    | { __typename: 'Skill', id: string }
   | null> };

export type AboutQueryVariables = Exact<{ [key: string]: never; }>;


export type AboutQuery = { about: { name: string, version: string, taxonomies: Array<{ scheme: SkillScheme, version: string, licence: string, attribution: string }> } };

export type RotationFieldsFragment = { id: string, status: RotationStatus, programType: ProgramType, personName: string, startDate: string, endDate: string, endedOn: string | null, commitmentPercent: number, reimbursable: boolean, agreementReference: string | null, hostSupervisorName: string | null, hostSupervisorEmail: string | null, hostSupervisorSubject: string | null, homeApprovedBy: string | null, homeApprovedAt: string | null, hostApprovedBy: string | null, hostApprovedAt: string | null, cancelReason: string | null, cancelledBy: string | null, cancelledAt: string | null, completedBy: string | null, completedAt: string | null, completionNote: string | null, viewerActions: Array<RotationAction>, person: { id: string, givenName: string, familyName: string } | null, homeAgency: { abbreviation: string | null }, hostAgency: { abbreviation: string | null }, opening: { id: string, title: string } | null, skills: Array<{ gained: boolean, levelBefore: number | null, levelAfter: number, proficiencyAfter: ProficiencyLevel, skill: { id: string, name: string } }> };

export type CreateRotationMutationVariables = Exact<{
  input: CreateRotationInput;
}>;


export type CreateRotationMutation = { createRotation:
    | { __typename: 'CreateRotationPayload', rotation: { id: string, status: RotationStatus, programType: ProgramType, personName: string, startDate: string, endDate: string, endedOn: string | null, commitmentPercent: number, reimbursable: boolean, agreementReference: string | null, hostSupervisorName: string | null, hostSupervisorEmail: string | null, hostSupervisorSubject: string | null, homeApprovedBy: string | null, homeApprovedAt: string | null, hostApprovedBy: string | null, hostApprovedAt: string | null, cancelReason: string | null, cancelledBy: string | null, cancelledAt: string | null, completedBy: string | null, completedAt: string | null, completionNote: string | null, viewerActions: Array<RotationAction>, person: { id: string, givenName: string, familyName: string } | null, homeAgency: { abbreviation: string | null }, hostAgency: { abbreviation: string | null }, opening: { id: string, title: string } | null, skills: Array<{ gained: boolean, levelBefore: number | null, levelAfter: number, proficiencyAfter: ProficiencyLevel, skill: { id: string, name: string } }> } }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'InvalidStateError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string, problems: Array<{ path: Array<string>, message: string }> }
   };

export type UpdateRotationMutationVariables = Exact<{
  input: UpdateRotationInput;
}>;


export type UpdateRotationMutation = { updateRotation:
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'InvalidStateError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'UpdateRotationPayload', rotation: { id: string, status: RotationStatus, programType: ProgramType, personName: string, startDate: string, endDate: string, endedOn: string | null, commitmentPercent: number, reimbursable: boolean, agreementReference: string | null, hostSupervisorName: string | null, hostSupervisorEmail: string | null, hostSupervisorSubject: string | null, homeApprovedBy: string | null, homeApprovedAt: string | null, hostApprovedBy: string | null, hostApprovedAt: string | null, cancelReason: string | null, cancelledBy: string | null, cancelledAt: string | null, completedBy: string | null, completedAt: string | null, completionNote: string | null, viewerActions: Array<RotationAction>, person: { id: string, givenName: string, familyName: string } | null, homeAgency: { abbreviation: string | null }, hostAgency: { abbreviation: string | null }, opening: { id: string, title: string } | null, skills: Array<{ gained: boolean, levelBefore: number | null, levelAfter: number, proficiencyAfter: ProficiencyLevel, skill: { id: string, name: string } }> } }
    | { __typename: 'ValidationError', code: string, message: string, problems: Array<{ path: Array<string>, message: string }> }
   };

export type ApproveRotationMutationVariables = Exact<{
  input: ApproveRotationInput;
}>;


export type ApproveRotationMutation = { approveRotation:
    | { __typename: 'ApproveRotationPayload', rotation: { id: string, status: RotationStatus, programType: ProgramType, personName: string, startDate: string, endDate: string, endedOn: string | null, commitmentPercent: number, reimbursable: boolean, agreementReference: string | null, hostSupervisorName: string | null, hostSupervisorEmail: string | null, hostSupervisorSubject: string | null, homeApprovedBy: string | null, homeApprovedAt: string | null, hostApprovedBy: string | null, hostApprovedAt: string | null, cancelReason: string | null, cancelledBy: string | null, cancelledAt: string | null, completedBy: string | null, completedAt: string | null, completionNote: string | null, viewerActions: Array<RotationAction>, person: { id: string, givenName: string, familyName: string } | null, homeAgency: { abbreviation: string | null }, hostAgency: { abbreviation: string | null }, opening: { id: string, title: string } | null, skills: Array<{ gained: boolean, levelBefore: number | null, levelAfter: number, proficiencyAfter: ProficiencyLevel, skill: { id: string, name: string } }> } }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'InvalidStateError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
   };

export type StartRotationMutationVariables = Exact<{
  input: StartRotationInput;
}>;


export type StartRotationMutation = { startRotation:
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'InvalidStateError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'StartRotationPayload', rotation: { id: string, status: RotationStatus, programType: ProgramType, personName: string, startDate: string, endDate: string, endedOn: string | null, commitmentPercent: number, reimbursable: boolean, agreementReference: string | null, hostSupervisorName: string | null, hostSupervisorEmail: string | null, hostSupervisorSubject: string | null, homeApprovedBy: string | null, homeApprovedAt: string | null, hostApprovedBy: string | null, hostApprovedAt: string | null, cancelReason: string | null, cancelledBy: string | null, cancelledAt: string | null, completedBy: string | null, completedAt: string | null, completionNote: string | null, viewerActions: Array<RotationAction>, person: { id: string, givenName: string, familyName: string } | null, homeAgency: { abbreviation: string | null }, hostAgency: { abbreviation: string | null }, opening: { id: string, title: string } | null, skills: Array<{ gained: boolean, levelBefore: number | null, levelAfter: number, proficiencyAfter: ProficiencyLevel, skill: { id: string, name: string } }> } }
   };

export type ExtendRotationMutationVariables = Exact<{
  input: ExtendRotationInput;
}>;


export type ExtendRotationMutation = { extendRotation:
    | { __typename: 'ExtendRotationPayload', rotation: { id: string, status: RotationStatus, programType: ProgramType, personName: string, startDate: string, endDate: string, endedOn: string | null, commitmentPercent: number, reimbursable: boolean, agreementReference: string | null, hostSupervisorName: string | null, hostSupervisorEmail: string | null, hostSupervisorSubject: string | null, homeApprovedBy: string | null, homeApprovedAt: string | null, hostApprovedBy: string | null, hostApprovedAt: string | null, cancelReason: string | null, cancelledBy: string | null, cancelledAt: string | null, completedBy: string | null, completedAt: string | null, completionNote: string | null, viewerActions: Array<RotationAction>, person: { id: string, givenName: string, familyName: string } | null, homeAgency: { abbreviation: string | null }, hostAgency: { abbreviation: string | null }, opening: { id: string, title: string } | null, skills: Array<{ gained: boolean, levelBefore: number | null, levelAfter: number, proficiencyAfter: ProficiencyLevel, skill: { id: string, name: string } }> } }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'InvalidStateError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string, problems: Array<{ path: Array<string>, message: string }> }
   };

export type CompleteRotationMutationVariables = Exact<{
  input: CompleteRotationInput;
}>;


export type CompleteRotationMutation = { completeRotation:
    | { __typename: 'CompleteRotationPayload', rotation: { id: string, status: RotationStatus, programType: ProgramType, personName: string, startDate: string, endDate: string, endedOn: string | null, commitmentPercent: number, reimbursable: boolean, agreementReference: string | null, hostSupervisorName: string | null, hostSupervisorEmail: string | null, hostSupervisorSubject: string | null, homeApprovedBy: string | null, homeApprovedAt: string | null, hostApprovedBy: string | null, hostApprovedAt: string | null, cancelReason: string | null, cancelledBy: string | null, cancelledAt: string | null, completedBy: string | null, completedAt: string | null, completionNote: string | null, viewerActions: Array<RotationAction>, person: { id: string, givenName: string, familyName: string } | null, homeAgency: { abbreviation: string | null }, hostAgency: { abbreviation: string | null }, opening: { id: string, title: string } | null, skills: Array<{ gained: boolean, levelBefore: number | null, levelAfter: number, proficiencyAfter: ProficiencyLevel, skill: { id: string, name: string } }> } }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'InvalidStateError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string, problems: Array<{ path: Array<string>, message: string }> }
   };

export type CancelRotationMutationVariables = Exact<{
  input: CancelRotationInput;
}>;


export type CancelRotationMutation = { cancelRotation:
    | { __typename: 'CancelRotationPayload', rotation: { id: string, status: RotationStatus, programType: ProgramType, personName: string, startDate: string, endDate: string, endedOn: string | null, commitmentPercent: number, reimbursable: boolean, agreementReference: string | null, hostSupervisorName: string | null, hostSupervisorEmail: string | null, hostSupervisorSubject: string | null, homeApprovedBy: string | null, homeApprovedAt: string | null, hostApprovedBy: string | null, hostApprovedAt: string | null, cancelReason: string | null, cancelledBy: string | null, cancelledAt: string | null, completedBy: string | null, completedAt: string | null, completionNote: string | null, viewerActions: Array<RotationAction>, person: { id: string, givenName: string, familyName: string } | null, homeAgency: { abbreviation: string | null }, hostAgency: { abbreviation: string | null }, opening: { id: string, title: string } | null, skills: Array<{ gained: boolean, levelBefore: number | null, levelAfter: number, proficiencyAfter: ProficiencyLevel, skill: { id: string, name: string } }> } }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'InvalidStateError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string, problems: Array<{ path: Array<string>, message: string }> }
   };

export type RotationNodeQueryVariables = Exact<{
  id: string;
}>;


export type RotationNodeQuery = { node:
    | { __typename: 'Agency' }
    | { __typename: 'Application' }
    | { __typename: 'Opening' }
    | { __typename: 'Profile' }
    | { __typename: 'ProfileSkill' }
    | { __typename: 'Rotation', id: string, status: RotationStatus, programType: ProgramType, personName: string, startDate: string, endDate: string, endedOn: string | null, commitmentPercent: number, reimbursable: boolean, agreementReference: string | null, hostSupervisorName: string | null, hostSupervisorEmail: string | null, hostSupervisorSubject: string | null, homeApprovedBy: string | null, homeApprovedAt: string | null, hostApprovedBy: string | null, hostApprovedAt: string | null, cancelReason: string | null, cancelledBy: string | null, cancelledAt: string | null, completedBy: string | null, completedAt: string | null, completionNote: string | null, viewerActions: Array<RotationAction>, person: { id: string, givenName: string, familyName: string } | null, homeAgency: { abbreviation: string | null }, hostAgency: { abbreviation: string | null }, opening: { id: string, title: string } | null, skills: Array<{ gained: boolean, levelBefore: number | null, levelAfter: number, proficiencyAfter: ProficiencyLevel, skill: { id: string, name: string } }> }
    | { __typename: 'Skill' }
   | null };

export type RotationHistoryQueryVariables = Exact<{
  id: string;
}>;


export type RotationHistoryQuery = { node:
    | { id: string, history: Array<{ at: string, action: string, actorSubject: string, actorRoles: Array<string>, before: unknown, after: unknown, actorAgency: { abbreviation: string | null } | null }> }
    | Record<PropertyKey, never>
   | null };

export type MyRotationsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type MyRotationsQuery = { viewer: { rotations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: RotationStatus, programType: ProgramType, personName: string, startDate: string, endDate: string, endedOn: string | null, commitmentPercent: number, reimbursable: boolean, agreementReference: string | null, hostSupervisorName: string | null, hostSupervisorEmail: string | null, hostSupervisorSubject: string | null, homeApprovedBy: string | null, homeApprovedAt: string | null, hostApprovedBy: string | null, hostApprovedAt: string | null, cancelReason: string | null, cancelledBy: string | null, cancelledAt: string | null, completedBy: string | null, completedAt: string | null, completionNote: string | null, viewerActions: Array<RotationAction>, person: { id: string, givenName: string, familyName: string } | null, homeAgency: { abbreviation: string | null }, hostAgency: { abbreviation: string | null }, opening: { id: string, title: string } | null, skills: Array<{ gained: boolean, levelBefore: number | null, levelAfter: number, proficiencyAfter: ProficiencyLevel, skill: { id: string, name: string } }> } }> } } | null };

export type MySkillsAfterRotationQueryVariables = Exact<{ [key: string]: never; }>;


export type MySkillsAfterRotationQuery = { viewer: { profile: { skills: Array<{ level: number, verification: Verification, skill: { id: string, name: string }, evidence: Array<{ source: EvidenceSource, title: string, issuer: string | null, startDate: string | null, endDate: string | null }> | null }> } | null } | null };

export type AgencyRotationsQueryVariables = Exact<{
  direction: RotationDirection;
  statuses?: Array<RotationStatus> | RotationStatus | null | undefined;
  endingWithinDays?: number | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type AgencyRotationsQuery = { agencyRotations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: RotationStatus, personName: string, startDate: string, endDate: string, commitmentPercent: number, homeAgency: { abbreviation: string | null }, hostAgency: { abbreviation: string | null } } }> } | null };

export type MobilityFiguresQueryVariables = Exact<{
  from: string;
  to: string;
  agency?: string | null | undefined;
  top?: number | null | undefined;
}>;


export type MobilityFiguresQuery = { mobilityFigures: { from: string, to: string, rotationsInService: number, personMonths: number, averageDurationDays: number | null, completed: number, cancelled: number, completionRate: number | null, agency: { abbreviation: string | null } | null, flows: Array<{ count: number, personMonths: number, from: { abbreviation: string | null }, to: { abbreviation: string | null } }>, topSkillsGained: Array<{ count: number, skill: { name: string } }>, skillSupplyDemand: Array<{ minLevel: number, openOpenings: number, discoverablePeopleAtLevel: number, skill: { name: string } }> } | null };

export type MobilityFiguresCsvQueryVariables = Exact<{
  from: string;
  to: string;
  agency?: string | null | undefined;
  top?: number | null | undefined;
}>;


export type MobilityFiguresCsvQuery = { mobilityFiguresCsv: string | null };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { subject: string, name: string | null, roles: Array<Role>, scopes: Array<string>, agency: { id: string, code: string, name: string } } | null };

export const ApplicationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"supervisorApproval"}},{"kind":"Field","name":{"kind":"Name","value":"supervisorReason"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"highlightedSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"slots"}},{"kind":"Field","name":{"kind":"Name","value":"slotsFilled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rotation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"commitmentPercent"}},{"kind":"Field","name":{"kind":"Name","value":"programType"}},{"kind":"Field","name":{"kind":"Name","value":"homeAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hostAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}}]}}]}}]}}]} as unknown as DocumentNode<ApplicationFieldsFragment, unknown>;
export const BulkItemErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BulkItemErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulkItemError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<BulkItemErrorFieldsFragment, unknown>;
export const ExplanationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplanationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchExplanation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"algorithmVersion"}},{"kind":"Field","name":{"kind":"Name","value":"relatedCredit"}},{"kind":"Field","name":{"kind":"Name","value":"levelDecay"}},{"kind":"Field","name":{"kind":"Name","value":"focusPenalty"}},{"kind":"Field","name":{"kind":"Name","value":"focusHalf"}},{"kind":"Field","name":{"kind":"Name","value":"totalWeight"}},{"kind":"Field","name":{"kind":"Name","value":"profileSkillCount"}},{"kind":"Field","name":{"kind":"Name","value":"relatedSkillCount"}},{"kind":"Field","name":{"kind":"Name","value":"focus"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"requiredMet"}},{"kind":"Field","name":{"kind":"Name","value":"requiredTotal"}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"minLevel"}},{"kind":"Field","name":{"kind":"Name","value":"specificity"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveWeight"}},{"kind":"Field","name":{"kind":"Name","value":"matchedSkill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"match"}},{"kind":"Field","name":{"kind":"Name","value":"distance"}},{"kind":"Field","name":{"kind":"Name","value":"candidateLevel"}},{"kind":"Field","name":{"kind":"Name","value":"trust"}},{"kind":"Field","name":{"kind":"Name","value":"trustedLevel"}},{"kind":"Field","name":{"kind":"Name","value":"similarity"}},{"kind":"Field","name":{"kind":"Name","value":"levelFit"}},{"kind":"Field","name":{"kind":"Name","value":"trustFactor"}},{"kind":"Field","name":{"kind":"Name","value":"credit"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}},{"kind":"Field","name":{"kind":"Name","value":"met"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ExplanationFieldsFragment, unknown>;
export const OpeningFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OpeningFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Opening"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"programType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"hostAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"commitmentPercent"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"durationWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"applicationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"slots"}},{"kind":"Field","name":{"kind":"Name","value":"slotsFilled"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"remoteMode"}},{"kind":"Field","name":{"kind":"Name","value":"payPlan"}},{"kind":"Field","name":{"kind":"Name","value":"gradeMin"}},{"kind":"Field","name":{"kind":"Name","value":"gradeMax"}},{"kind":"Field","name":{"kind":"Name","value":"occupationalSeries"}},{"kind":"Field","name":{"kind":"Name","value":"securityClearance"}},{"kind":"Field","name":{"kind":"Name","value":"requiresSupervisorApproval"}},{"kind":"Field","name":{"kind":"Name","value":"requireAllRequiredSkills"}},{"kind":"Field","name":{"kind":"Name","value":"restrictedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"minLevel"}},{"kind":"Field","name":{"kind":"Name","value":"minProficiency"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}},{"kind":"Field","name":{"kind":"Name","value":"basedOnOccupation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}}]}}]} as unknown as DocumentNode<OpeningFieldsFragment, unknown>;
export const ProfileFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"occupationalSeries"}},{"kind":"Field","name":{"kind":"Name","value":"payPlan"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"remotePreference"}},{"kind":"Field","name":{"kind":"Name","value":"discoverable"}},{"kind":"Field","name":{"kind":"Name","value":"availablePercent"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"proficiency"}},{"kind":"Field","name":{"kind":"Name","value":"verification"}},{"kind":"Field","name":{"kind":"Name","value":"endorsementCount"}},{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"education"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"institution"}},{"kind":"Field","name":{"kind":"Name","value":"completedYear"}}]}}]}}]} as unknown as DocumentNode<ProfileFieldsFragment, unknown>;
export const RotationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RotationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Rotation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"programType"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"homeAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hostAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"commitmentPercent"}},{"kind":"Field","name":{"kind":"Name","value":"reimbursable"}},{"kind":"Field","name":{"kind":"Name","value":"agreementReference"}},{"kind":"Field","name":{"kind":"Name","value":"hostSupervisorName"}},{"kind":"Field","name":{"kind":"Name","value":"hostSupervisorEmail"}},{"kind":"Field","name":{"kind":"Name","value":"hostSupervisorSubject"}},{"kind":"Field","name":{"kind":"Name","value":"homeApprovedBy"}},{"kind":"Field","name":{"kind":"Name","value":"homeApprovedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hostApprovedBy"}},{"kind":"Field","name":{"kind":"Name","value":"hostApprovedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledBy"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedBy"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completionNote"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gained"}},{"kind":"Field","name":{"kind":"Name","value":"levelBefore"}},{"kind":"Field","name":{"kind":"Name","value":"levelAfter"}},{"kind":"Field","name":{"kind":"Name","value":"proficiencyAfter"}},{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<RotationFieldsFragment, unknown>;
export const CreateAgencyDocument = {"__meta__":{"hash":"sha256:acf9406802cdd85e31222476d7b9ee1670162d84c447b5a6bb76410bf27cea57"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAgency"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAgencyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAgency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAgencyPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateAgencyMutation, CreateAgencyMutationVariables>;
export const ApplicationViewDocument = {"__meta__":{"hash":"sha256:2290d0873d8d2ddb7ed67254f4e8d94974732ddf99dbf3ddcfdefb6ad7bbac7d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApplicationView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"supervisorApproval"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanDecideApproval"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ApplicationViewQuery, ApplicationViewQueryVariables>;
export const ApplyToOpeningDocument = {"__meta__":{"hash":"sha256:0474d799ab3dabfb27ec8ed8174ce4d4ab3fa579433959c2a07f08382cdab342"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyToOpening"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplyToOpeningInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyToOpening"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApplyToOpeningPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"supervisorApproval"}},{"kind":"Field","name":{"kind":"Name","value":"supervisorReason"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"highlightedSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"slots"}},{"kind":"Field","name":{"kind":"Name","value":"slotsFilled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rotation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"commitmentPercent"}},{"kind":"Field","name":{"kind":"Name","value":"programType"}},{"kind":"Field","name":{"kind":"Name","value":"homeAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hostAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}}]}}]}}]}}]} as unknown as DocumentNode<ApplyToOpeningMutation, ApplyToOpeningMutationVariables>;
export const WithdrawApplicationDocument = {"__meta__":{"hash":"sha256:72ae998fb94f494207dc6399e077548791391bbbca676aed0bd8f6fc97a25580"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawApplicationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"supervisorApproval"}},{"kind":"Field","name":{"kind":"Name","value":"supervisorReason"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"highlightedSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"slots"}},{"kind":"Field","name":{"kind":"Name","value":"slotsFilled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rotation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"commitmentPercent"}},{"kind":"Field","name":{"kind":"Name","value":"programType"}},{"kind":"Field","name":{"kind":"Name","value":"homeAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hostAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}}]}}]}}]}}]} as unknown as DocumentNode<WithdrawApplicationMutation, WithdrawApplicationMutationVariables>;
export const DecideApplicationApprovalDocument = {"__meta__":{"hash":"sha256:97d5428b7bd9bddd2eb00aef81b4446261bd24a145fab18eb11b9110e12a79ec"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideApplicationApproval"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideApplicationApprovalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideApplicationApproval"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DecideApplicationApprovalPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"supervisorApproval"}},{"kind":"Field","name":{"kind":"Name","value":"supervisorReason"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"highlightedSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"slots"}},{"kind":"Field","name":{"kind":"Name","value":"slotsFilled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rotation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"commitmentPercent"}},{"kind":"Field","name":{"kind":"Name","value":"programType"}},{"kind":"Field","name":{"kind":"Name","value":"homeAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hostAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}}]}}]}}]}}]} as unknown as DocumentNode<DecideApplicationApprovalMutation, DecideApplicationApprovalMutationVariables>;
export const ShortlistApplicationDocument = {"__meta__":{"hash":"sha256:d817f342568d6832175a35ff7253fe358dd4011da12164d57ec0c96e73316b81"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShortlistApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ShortlistApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shortlistApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShortlistApplicationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"supervisorApproval"}},{"kind":"Field","name":{"kind":"Name","value":"supervisorReason"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"highlightedSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"slots"}},{"kind":"Field","name":{"kind":"Name","value":"slotsFilled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rotation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"commitmentPercent"}},{"kind":"Field","name":{"kind":"Name","value":"programType"}},{"kind":"Field","name":{"kind":"Name","value":"homeAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hostAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}}]}}]}}]}}]} as unknown as DocumentNode<ShortlistApplicationMutation, ShortlistApplicationMutationVariables>;
export const DeclineApplicationDocument = {"__meta__":{"hash":"sha256:1d5b4bcb1ffb10013ea41502ec14c59a43f735d7fb6ac1818d845a1886a27126"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclineApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeclineApplicationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"supervisorApproval"}},{"kind":"Field","name":{"kind":"Name","value":"supervisorReason"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"highlightedSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"slots"}},{"kind":"Field","name":{"kind":"Name","value":"slotsFilled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rotation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"commitmentPercent"}},{"kind":"Field","name":{"kind":"Name","value":"programType"}},{"kind":"Field","name":{"kind":"Name","value":"homeAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hostAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}}]}}]}}]}}]} as unknown as DocumentNode<DeclineApplicationMutation, DeclineApplicationMutationVariables>;
export const SelectApplicationDocument = {"__meta__":{"hash":"sha256:c1d45caa4f0ba29ead452b50107e8088a7b860f908e5c9199390aaa32c6836a2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SelectApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SelectApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"selectApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SelectApplicationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"supervisorApproval"}},{"kind":"Field","name":{"kind":"Name","value":"supervisorReason"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"highlightedSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"slots"}},{"kind":"Field","name":{"kind":"Name","value":"slotsFilled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rotation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"commitmentPercent"}},{"kind":"Field","name":{"kind":"Name","value":"programType"}},{"kind":"Field","name":{"kind":"Name","value":"homeAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hostAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}}]}}]}}]}}]} as unknown as DocumentNode<SelectApplicationMutation, SelectApplicationMutationVariables>;
export const OpeningApplicationsDocument = {"__meta__":{"hash":"sha256:2953214375e6f60157b55daf301bae84920b1a54227ef8ed2c8b024be74cab27"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpeningApplications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Opening"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationFields"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"supervisorApproval"}},{"kind":"Field","name":{"kind":"Name","value":"supervisorReason"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"highlightedSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"slots"}},{"kind":"Field","name":{"kind":"Name","value":"slotsFilled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rotation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"commitmentPercent"}},{"kind":"Field","name":{"kind":"Name","value":"programType"}},{"kind":"Field","name":{"kind":"Name","value":"homeAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hostAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}}]}}]}}]}}]} as unknown as DocumentNode<OpeningApplicationsQuery, OpeningApplicationsQueryVariables>;
export const MyApplicationsDocument = {"__meta__":{"hash":"sha256:d0a8b5d8f6b361509e9a9f8f07ed61786edbfade46502b872c2086ba15b8695f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyApplications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"supervisorApproval"}},{"kind":"Field","name":{"kind":"Name","value":"supervisorReason"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"highlightedSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"slots"}},{"kind":"Field","name":{"kind":"Name","value":"slotsFilled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rotation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"commitmentPercent"}},{"kind":"Field","name":{"kind":"Name","value":"programType"}},{"kind":"Field","name":{"kind":"Name","value":"homeAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hostAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}}]}}]}}]}}]} as unknown as DocumentNode<MyApplicationsQuery, MyApplicationsQueryVariables>;
export const ApprovalRequestsDocument = {"__meta__":{"hash":"sha256:0b4426b3bfa6b1db8bcb8f0fcec72a9564ebf953e45d6602d09a1e2c287d254c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApprovalRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approvalRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationFields"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanDecideApproval"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"supervisorApproval"}},{"kind":"Field","name":{"kind":"Name","value":"supervisorReason"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"highlightedSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"slots"}},{"kind":"Field","name":{"kind":"Name","value":"slotsFilled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rotation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"commitmentPercent"}},{"kind":"Field","name":{"kind":"Name","value":"programType"}},{"kind":"Field","name":{"kind":"Name","value":"homeAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hostAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}}]}}]}}]}}]} as unknown as DocumentNode<ApprovalRequestsQuery, ApprovalRequestsQueryVariables>;
export const ApplicationNodeDocument = {"__meta__":{"hash":"sha256:92e509622d795ba4bdd2ab3fd6fb7a51804f4ff7df038e44deb9c06b886d463a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApplicationNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"supervisorApproval"}},{"kind":"Field","name":{"kind":"Name","value":"supervisorReason"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"highlightedSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"slots"}},{"kind":"Field","name":{"kind":"Name","value":"slotsFilled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rotation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"commitmentPercent"}},{"kind":"Field","name":{"kind":"Name","value":"programType"}},{"kind":"Field","name":{"kind":"Name","value":"homeAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hostAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}}]}}]}}]}}]} as unknown as DocumentNode<ApplicationNodeQuery, ApplicationNodeQueryVariables>;
export const MarketplaceEventsDocument = {"__meta__":{"hash":"sha256:6bba49213a550e2a12979b8993e50fef675701f998ae67a642ca13fae82f2be4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MarketplaceEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"opening"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"marketplaceEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"opening"},"value":{"kind":"Variable","name":{"kind":"Name","value":"opening"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"opening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"supervisorApproval"}}]}}]}}]}}]} as unknown as DocumentNode<MarketplaceEventsSubscription, MarketplaceEventsSubscriptionVariables>;
export const ChangesDocument = {"__meta__":{"hash":"sha256:807fc43eb16f1da22b1b9cd670de314980a80bb14ef81f75e64490f3a3dfaeda"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Changes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entityTypes"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeEntityType"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"entityTypes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entityTypes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Opening"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","alias":{"kind":"Name","value":"openingStatus"},"name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"applicationStatus"},"name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Rotation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"rotationStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<ChangesQuery, ChangesQueryVariables>;
export const EndorseSkillDocument = {"__meta__":{"hash":"sha256:9b8aa001ab39c043c9f122d5204d82ba140f094f18914c002246969a66f6e99a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndorseSkill"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EndorseSkillInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endorseSkill"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EndorseSkillPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"profileSkill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"verification"}},{"kind":"Field","name":{"kind":"Name","value":"endorsementCount"}},{"kind":"Field","name":{"kind":"Name","value":"endorsements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"endorserSubject"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<EndorseSkillMutation, EndorseSkillMutationVariables>;
export const AttestSkillDocument = {"__meta__":{"hash":"sha256:1214764b0d27cdfbbeaba175e4a5dba83d4be15bc6ce9b64a2da0131c953b6bd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AttestSkill"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EndorseSkillInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attestSkill"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AttestSkillPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"profileSkill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"verification"}},{"kind":"Field","name":{"kind":"Name","value":"endorsements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"endorserSubject"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AttestSkillMutation, AttestSkillMutationVariables>;
export const MarketplaceEventsWithApplicantDocument = {"__meta__":{"hash":"sha256:e9740674f9d8092d2498674ea0207279e3b53e6fafc9bea366d7dc4fca78c318"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MarketplaceEventsWithApplicant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"opening"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"marketplaceEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"opening"},"value":{"kind":"Variable","name":{"kind":"Name","value":"opening"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"opening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MarketplaceEventsWithApplicantSubscription, MarketplaceEventsWithApplicantSubscriptionVariables>;
export const UpsertPeopleDocument = {"__meta__":{"hash":"sha256:81779567dc13f6010976d24d758f3f47c13c5e046cd6ec1f9c05a6660f709793"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpsertPeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpsertPeopleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertPeople"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpsertPeoplePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BulkItemErrorFields"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BulkItemErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulkItemError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UpsertPeopleMutation, UpsertPeopleMutationVariables>;
export const UpsertOpeningsDocument = {"__meta__":{"hash":"sha256:bfb46479661fc7738d5db8b9000038bfa6a44e3c411831e5e3555ec44dc5dc15"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpsertOpenings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpsertOpeningsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertOpenings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpsertOpeningsPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"opening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"minLevel"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}},{"kind":"Field","name":{"kind":"Name","value":"restrictedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BulkItemErrorFields"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BulkItemErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulkItemError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UpsertOpeningsMutation, UpsertOpeningsMutationVariables>;
export const OpeningMatchesDocument = {"__meta__":{"hash":"sha256:a5a1304321a0a2677287507c3648c6f52d063e2345a312ee54c3c155926d2562"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpeningMatches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MatchFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"algorithm"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MatchAlgorithm"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Opening"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"algorithm"},"value":{"kind":"Variable","name":{"kind":"Name","value":"algorithm"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"candidate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplanationFields"}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplanationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchExplanation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"algorithmVersion"}},{"kind":"Field","name":{"kind":"Name","value":"relatedCredit"}},{"kind":"Field","name":{"kind":"Name","value":"levelDecay"}},{"kind":"Field","name":{"kind":"Name","value":"focusPenalty"}},{"kind":"Field","name":{"kind":"Name","value":"focusHalf"}},{"kind":"Field","name":{"kind":"Name","value":"totalWeight"}},{"kind":"Field","name":{"kind":"Name","value":"profileSkillCount"}},{"kind":"Field","name":{"kind":"Name","value":"relatedSkillCount"}},{"kind":"Field","name":{"kind":"Name","value":"focus"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"requiredMet"}},{"kind":"Field","name":{"kind":"Name","value":"requiredTotal"}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"minLevel"}},{"kind":"Field","name":{"kind":"Name","value":"specificity"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveWeight"}},{"kind":"Field","name":{"kind":"Name","value":"matchedSkill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"match"}},{"kind":"Field","name":{"kind":"Name","value":"distance"}},{"kind":"Field","name":{"kind":"Name","value":"candidateLevel"}},{"kind":"Field","name":{"kind":"Name","value":"trust"}},{"kind":"Field","name":{"kind":"Name","value":"trustedLevel"}},{"kind":"Field","name":{"kind":"Name","value":"similarity"}},{"kind":"Field","name":{"kind":"Name","value":"levelFit"}},{"kind":"Field","name":{"kind":"Name","value":"trustFactor"}},{"kind":"Field","name":{"kind":"Name","value":"credit"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}},{"kind":"Field","name":{"kind":"Name","value":"met"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<OpeningMatchesQuery, OpeningMatchesQueryVariables>;
export const RecommendedOpeningsDocument = {"__meta__":{"hash":"sha256:cb357a1fc0ddf78d78298c3bca2be259d8fb132bf01560d8afaeb12fd5d8c668"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecommendedOpenings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"algorithm"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MatchAlgorithm"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommendedOpenings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"algorithm"},"value":{"kind":"Variable","name":{"kind":"Name","value":"algorithm"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"opening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplanationFields"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplanationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchExplanation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"algorithmVersion"}},{"kind":"Field","name":{"kind":"Name","value":"relatedCredit"}},{"kind":"Field","name":{"kind":"Name","value":"levelDecay"}},{"kind":"Field","name":{"kind":"Name","value":"focusPenalty"}},{"kind":"Field","name":{"kind":"Name","value":"focusHalf"}},{"kind":"Field","name":{"kind":"Name","value":"totalWeight"}},{"kind":"Field","name":{"kind":"Name","value":"profileSkillCount"}},{"kind":"Field","name":{"kind":"Name","value":"relatedSkillCount"}},{"kind":"Field","name":{"kind":"Name","value":"focus"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"requiredMet"}},{"kind":"Field","name":{"kind":"Name","value":"requiredTotal"}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"minLevel"}},{"kind":"Field","name":{"kind":"Name","value":"specificity"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveWeight"}},{"kind":"Field","name":{"kind":"Name","value":"matchedSkill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"match"}},{"kind":"Field","name":{"kind":"Name","value":"distance"}},{"kind":"Field","name":{"kind":"Name","value":"candidateLevel"}},{"kind":"Field","name":{"kind":"Name","value":"trust"}},{"kind":"Field","name":{"kind":"Name","value":"trustedLevel"}},{"kind":"Field","name":{"kind":"Name","value":"similarity"}},{"kind":"Field","name":{"kind":"Name","value":"levelFit"}},{"kind":"Field","name":{"kind":"Name","value":"trustFactor"}},{"kind":"Field","name":{"kind":"Name","value":"credit"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}},{"kind":"Field","name":{"kind":"Name","value":"met"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RecommendedOpeningsQuery, RecommendedOpeningsQueryVariables>;
export const SkillProposalsDocument = {"__meta__":{"hash":"sha256:20884f8e5d04245a41873907d767b033acfa7f3401537ef50ebfc969ca89b0e5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SkillProposals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"source"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SkillProposalSource"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skillProposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"Variable","name":{"kind":"Name","value":"source"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"occupations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"proficiency"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"currentLevel"}},{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SkillProposalsQuery, SkillProposalsQueryVariables>;
export const AcceptSkillProposalsDocument = {"__meta__":{"hash":"sha256:12dabc71a2a4ce85f333221f43458bf8bd1196dbdbab4491a3aef964339e1429"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptSkillProposals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptSkillProposalsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptSkillProposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptSkillProposalsPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AcceptSkillProposalsMutation, AcceptSkillProposalsMutationVariables>;
export const OpeningsDocument = {"__meta__":{"hash":"sha256:31098550af56581d94df816b4f7248e2a8e68b811d3ab782d1cfcd39ccfc3525"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Openings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OpeningFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OpeningOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"programType"}},{"kind":"Field","name":{"kind":"Name","value":"hostAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"applicationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"commitmentPercent"}},{"kind":"Field","name":{"kind":"Name","value":"remoteMode"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"gradeMin"}},{"kind":"Field","name":{"kind":"Name","value":"gradeMax"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OpeningsQuery, OpeningsQueryVariables>;
export const OpeningDetailDocument = {"__meta__":{"hash":"sha256:2ec31d3ee6b1f7d819baaff87aa1d4006c46aaaac33dbe48f2451531f64321fc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpeningDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Opening"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OpeningFields"}},{"kind":"Field","name":{"kind":"Name","value":"viewerEligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OpeningFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Opening"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"programType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"hostAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"commitmentPercent"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"durationWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"applicationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"slots"}},{"kind":"Field","name":{"kind":"Name","value":"slotsFilled"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"remoteMode"}},{"kind":"Field","name":{"kind":"Name","value":"payPlan"}},{"kind":"Field","name":{"kind":"Name","value":"gradeMin"}},{"kind":"Field","name":{"kind":"Name","value":"gradeMax"}},{"kind":"Field","name":{"kind":"Name","value":"occupationalSeries"}},{"kind":"Field","name":{"kind":"Name","value":"securityClearance"}},{"kind":"Field","name":{"kind":"Name","value":"requiresSupervisorApproval"}},{"kind":"Field","name":{"kind":"Name","value":"requireAllRequiredSkills"}},{"kind":"Field","name":{"kind":"Name","value":"restrictedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"minLevel"}},{"kind":"Field","name":{"kind":"Name","value":"minProficiency"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}},{"kind":"Field","name":{"kind":"Name","value":"basedOnOccupation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}}]}}]} as unknown as DocumentNode<OpeningDetailQuery, OpeningDetailQueryVariables>;
export const SuggestedOpeningSkillsDocument = {"__meta__":{"hash":"sha256:93aa9293bb41c019bb441387abdb6797dcd94f5bd67b97c543a55874961b514d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SuggestedOpeningSkills"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"occupation"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OccupationRef"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestedOpeningSkills"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"occupation"},"value":{"kind":"Variable","name":{"kind":"Name","value":"occupation"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"}}]}},{"kind":"Field","name":{"kind":"Name","value":"minLevel"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<SuggestedOpeningSkillsQuery, SuggestedOpeningSkillsQueryVariables>;
export const CreateOpeningDocument = {"__meta__":{"hash":"sha256:0fc86ad6e5f77eef6a3ae841f0ef79a477c1da1fde2b556f46adb1b389685541"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOpening"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOpeningInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOpening"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOpeningPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OpeningFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OpeningFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Opening"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"programType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"hostAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"commitmentPercent"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"durationWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"applicationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"slots"}},{"kind":"Field","name":{"kind":"Name","value":"slotsFilled"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"remoteMode"}},{"kind":"Field","name":{"kind":"Name","value":"payPlan"}},{"kind":"Field","name":{"kind":"Name","value":"gradeMin"}},{"kind":"Field","name":{"kind":"Name","value":"gradeMax"}},{"kind":"Field","name":{"kind":"Name","value":"occupationalSeries"}},{"kind":"Field","name":{"kind":"Name","value":"securityClearance"}},{"kind":"Field","name":{"kind":"Name","value":"requiresSupervisorApproval"}},{"kind":"Field","name":{"kind":"Name","value":"requireAllRequiredSkills"}},{"kind":"Field","name":{"kind":"Name","value":"restrictedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"minLevel"}},{"kind":"Field","name":{"kind":"Name","value":"minProficiency"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}},{"kind":"Field","name":{"kind":"Name","value":"basedOnOccupation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}}]}}]} as unknown as DocumentNode<CreateOpeningMutation, CreateOpeningMutationVariables>;
export const UpdateOpeningDocument = {"__meta__":{"hash":"sha256:71e4c6dd72305c9291b870d6b45f688ba7cbbd36c2ad92ff8a8670d28e5d53fa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOpening"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOpeningInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOpening"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOpeningPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OpeningFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OpeningFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Opening"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"programType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"hostAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"commitmentPercent"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"durationWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"applicationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"slots"}},{"kind":"Field","name":{"kind":"Name","value":"slotsFilled"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"remoteMode"}},{"kind":"Field","name":{"kind":"Name","value":"payPlan"}},{"kind":"Field","name":{"kind":"Name","value":"gradeMin"}},{"kind":"Field","name":{"kind":"Name","value":"gradeMax"}},{"kind":"Field","name":{"kind":"Name","value":"occupationalSeries"}},{"kind":"Field","name":{"kind":"Name","value":"securityClearance"}},{"kind":"Field","name":{"kind":"Name","value":"requiresSupervisorApproval"}},{"kind":"Field","name":{"kind":"Name","value":"requireAllRequiredSkills"}},{"kind":"Field","name":{"kind":"Name","value":"restrictedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"minLevel"}},{"kind":"Field","name":{"kind":"Name","value":"minProficiency"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}},{"kind":"Field","name":{"kind":"Name","value":"basedOnOccupation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}}]}}]} as unknown as DocumentNode<UpdateOpeningMutation, UpdateOpeningMutationVariables>;
export const OpenOpeningDocument = {"__meta__":{"hash":"sha256:fe1eef3ff02ff9408656fcdba26d39918283b7e508f869ca49b88f863ef44ea8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenOpening"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenOpeningInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openOpening"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OpenOpeningPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<OpenOpeningMutation, OpenOpeningMutationVariables>;
export const CloseOpeningDocument = {"__meta__":{"hash":"sha256:89831438c116b6ad9ecebddd991bd1c2d2fe2fb0015ec374cba119d096cdb024"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseOpening"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseOpeningInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeOpening"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CloseOpeningPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CloseOpeningMutation, CloseOpeningMutationVariables>;
export const CancelOpeningDocument = {"__meta__":{"hash":"sha256:95c6418738b0c3921f734a7f9681dea5676b2c680f88d2768e04ae78ca4e2883"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelOpening"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelOpeningInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelOpening"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CancelOpeningPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CancelOpeningMutation, CancelOpeningMutationVariables>;
export const ArchiveOpeningDocument = {"__meta__":{"hash":"sha256:d80941cd07eaa574b3918c802e1a78d9550162329792a1654cdd76c83eb8574d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveOpening"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveOpeningInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveOpening"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveOpeningPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ArchiveOpeningMutation, ArchiveOpeningMutationVariables>;
export const MyProfileDocument = {"__meta__":{"hash":"sha256:46832f144c2225a5276a73f8650009ca44d6a15ad2d85a0972aac15bf2eae1f1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"occupationalSeries"}},{"kind":"Field","name":{"kind":"Name","value":"payPlan"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"remotePreference"}},{"kind":"Field","name":{"kind":"Name","value":"discoverable"}},{"kind":"Field","name":{"kind":"Name","value":"availablePercent"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"proficiency"}},{"kind":"Field","name":{"kind":"Name","value":"verification"}},{"kind":"Field","name":{"kind":"Name","value":"endorsementCount"}},{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"education"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"institution"}},{"kind":"Field","name":{"kind":"Name","value":"completedYear"}}]}}]}}]} as unknown as DocumentNode<MyProfileQuery, MyProfileQueryVariables>;
export const ProfileByEmployeeIdDocument = {"__meta__":{"hash":"sha256:f8b73667be83c8d4c7bb040d08189e9cd179f5bb4e704b6ee426fb39c2f98a41"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProfileByEmployeeId"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agency"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"externalId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"profile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agency"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agency"}}},{"kind":"Argument","name":{"kind":"Name","value":"externalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"externalId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"occupationalSeries"}},{"kind":"Field","name":{"kind":"Name","value":"payPlan"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"remotePreference"}},{"kind":"Field","name":{"kind":"Name","value":"discoverable"}},{"kind":"Field","name":{"kind":"Name","value":"availablePercent"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"proficiency"}},{"kind":"Field","name":{"kind":"Name","value":"verification"}},{"kind":"Field","name":{"kind":"Name","value":"endorsementCount"}},{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"education"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"institution"}},{"kind":"Field","name":{"kind":"Name","value":"completedYear"}}]}}]}}]} as unknown as DocumentNode<ProfileByEmployeeIdQuery, ProfileByEmployeeIdQueryVariables>;
export const ProfileNodeDocument = {"__meta__":{"hash":"sha256:ee05bf21a33917dcdf6c897b99f294b372793fc837ae2ea44cc7016bb87e1503"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProfileNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"occupationalSeries"}},{"kind":"Field","name":{"kind":"Name","value":"payPlan"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"remotePreference"}},{"kind":"Field","name":{"kind":"Name","value":"discoverable"}},{"kind":"Field","name":{"kind":"Name","value":"availablePercent"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"proficiency"}},{"kind":"Field","name":{"kind":"Name","value":"verification"}},{"kind":"Field","name":{"kind":"Name","value":"endorsementCount"}},{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"education"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"institution"}},{"kind":"Field","name":{"kind":"Name","value":"completedYear"}}]}}]}}]} as unknown as DocumentNode<ProfileNodeQuery, ProfileNodeQueryVariables>;
export const CreateMyProfileDocument = {"__meta__":{"hash":"sha256:a64dd71e7f4c7f70ca5c939b6c080ef0885edfd02bece4f77c8c2da081b1ebb5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMyProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMyProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMyProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMyProfilePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"occupationalSeries"}},{"kind":"Field","name":{"kind":"Name","value":"payPlan"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"remotePreference"}},{"kind":"Field","name":{"kind":"Name","value":"discoverable"}},{"kind":"Field","name":{"kind":"Name","value":"availablePercent"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"proficiency"}},{"kind":"Field","name":{"kind":"Name","value":"verification"}},{"kind":"Field","name":{"kind":"Name","value":"endorsementCount"}},{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"education"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"institution"}},{"kind":"Field","name":{"kind":"Name","value":"completedYear"}}]}}]}}]} as unknown as DocumentNode<CreateMyProfileMutation, CreateMyProfileMutationVariables>;
export const UpdateMyProfileDocument = {"__meta__":{"hash":"sha256:48335772e98f17c03e9ebfb19c04cde952d39fb778f336baf7d1bf18b6b1defd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMyProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMyProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMyProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMyProfilePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"occupationalSeries"}},{"kind":"Field","name":{"kind":"Name","value":"payPlan"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"remotePreference"}},{"kind":"Field","name":{"kind":"Name","value":"discoverable"}},{"kind":"Field","name":{"kind":"Name","value":"availablePercent"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"proficiency"}},{"kind":"Field","name":{"kind":"Name","value":"verification"}},{"kind":"Field","name":{"kind":"Name","value":"endorsementCount"}},{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"education"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"institution"}},{"kind":"Field","name":{"kind":"Name","value":"completedYear"}}]}}]}}]} as unknown as DocumentNode<UpdateMyProfileMutation, UpdateMyProfileMutationVariables>;
export const UpsertProfileDocument = {"__meta__":{"hash":"sha256:caf108c8563832e0639f76e15ba133b04dc0de288d41c4fd24bfa231c3de7183"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpsertProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpsertProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpsertProfilePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpsertProfileMutation, UpsertProfileMutationVariables>;
export const AddMySkillDocument = {"__meta__":{"hash":"sha256:bf320163075b82c41e03188736b1461e935beafdca9a80d7885e62d5769884aa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddMySkill"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddMySkillInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addMySkill"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AddMySkillPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"profileSkill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"proficiency"}},{"kind":"Field","name":{"kind":"Name","value":"verification"}},{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AddMySkillMutation, AddMySkillMutationVariables>;
export const UpdateMySkillDocument = {"__meta__":{"hash":"sha256:5db55b4d10f2f2a0a030e290a82631f1be00c1dce2b16e06b1061ec5876ec9cf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMySkill"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMySkillInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMySkill"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMySkillPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"profileSkill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateMySkillMutation, UpdateMySkillMutationVariables>;
export const RemoveMySkillDocument = {"__meta__":{"hash":"sha256:a7b3c22a536189e5bb2793d15e3cc13d34d8590a791460738622bec7666e1d17"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveMySkill"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveMySkillInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeMySkill"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveMySkillPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveMySkillMutation, RemoveMySkillMutationVariables>;
export const AddMyEducationDocument = {"__meta__":{"hash":"sha256:3eb8b3e140a271f04c718e72276f67e907244f6862d79e4407b5b673bd61390c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddMyEducation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddMyEducationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addMyEducation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AddMyEducationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"education"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AddMyEducationMutation, AddMyEducationMutationVariables>;
export const AgenciesDocument = {"__meta__":{"hash":"sha256:b46592b81496e27ee88935ff0889a033f0ae14e3c66472a38a3296d8b72d0c93"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Agencies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AgenciesQuery, AgenciesQueryVariables>;
export const AgencyByCodeDocument = {"__meta__":{"hash":"sha256:c6e2316d9bc530e8dfb41e7b40c160e6d6c2548bf4b8c7b1f56b6aa62dd91a8a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgencyByCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subAgencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AgencyByCodeQuery, AgencyByCodeQueryVariables>;
export const SearchSkillsDocument = {"__meta__":{"hash":"sha256:c0b3656c34989794760690f9e2ec5d2d43be3937a3d61c248b4d4f271e209214"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchSkills"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SkillFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skills"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"altLabels"}}]}}]}}]}}]} as unknown as DocumentNode<SearchSkillsQuery, SearchSkillsQueryVariables>;
export const SkillDetailDocument = {"__meta__":{"hash":"sha256:693f55d9ca8b89811af0132fd1df8cfd3b8b8a4d20fb5e8a235b224f1a7bdbd5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SkillDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scheme"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SkillScheme"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skill"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scheme"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scheme"}}},{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"broader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"narrower"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"related"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"}}]}}]}}]}}]} as unknown as DocumentNode<SkillDetailQuery, SkillDetailQueryVariables>;
export const NodeDocument = {"__meta__":{"hash":"sha256:bf3c505b22863edf9e124fd5342d288594df407227d8b268072e8c83f531c6f4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Node"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Skill"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<NodeQuery, NodeQueryVariables>;
export const NodesDocument = {"__meta__":{"hash":"sha256:061e5e74ee7113d4c05a2475b34214b4bfa1c7f3a4c3904eb3829d10d065773b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Nodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<NodesQuery, NodesQueryVariables>;
export const AboutDocument = {"__meta__":{"hash":"sha256:bfdce02f8beda447d689fb1794b6158ec9922bb3c61ba301b05862ccb63aca69"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"About"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"about"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"taxonomies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"licence"}},{"kind":"Field","name":{"kind":"Name","value":"attribution"}}]}}]}}]}}]} as unknown as DocumentNode<AboutQuery, AboutQueryVariables>;
export const CreateRotationDocument = {"__meta__":{"hash":"sha256:80333a77661111aace71f9041e91c9f7154f8fc7b849006679569a8baf9c14d0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateRotation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRotationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRotation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRotationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RotationFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RotationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Rotation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"programType"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"homeAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hostAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"commitmentPercent"}},{"kind":"Field","name":{"kind":"Name","value":"reimbursable"}},{"kind":"Field","name":{"kind":"Name","value":"agreementReference"}},{"kind":"Field","name":{"kind":"Name","value":"hostSupervisorName"}},{"kind":"Field","name":{"kind":"Name","value":"hostSupervisorEmail"}},{"kind":"Field","name":{"kind":"Name","value":"hostSupervisorSubject"}},{"kind":"Field","name":{"kind":"Name","value":"homeApprovedBy"}},{"kind":"Field","name":{"kind":"Name","value":"homeApprovedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hostApprovedBy"}},{"kind":"Field","name":{"kind":"Name","value":"hostApprovedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledBy"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedBy"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completionNote"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gained"}},{"kind":"Field","name":{"kind":"Name","value":"levelBefore"}},{"kind":"Field","name":{"kind":"Name","value":"levelAfter"}},{"kind":"Field","name":{"kind":"Name","value":"proficiencyAfter"}},{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CreateRotationMutation, CreateRotationMutationVariables>;
export const UpdateRotationDocument = {"__meta__":{"hash":"sha256:dd7bf0a0ce65368468e6d8892fb2d0de4847228861f2372c92cc9df4000bb1fb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateRotation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateRotationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRotation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateRotationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RotationFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RotationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Rotation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"programType"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"homeAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hostAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"commitmentPercent"}},{"kind":"Field","name":{"kind":"Name","value":"reimbursable"}},{"kind":"Field","name":{"kind":"Name","value":"agreementReference"}},{"kind":"Field","name":{"kind":"Name","value":"hostSupervisorName"}},{"kind":"Field","name":{"kind":"Name","value":"hostSupervisorEmail"}},{"kind":"Field","name":{"kind":"Name","value":"hostSupervisorSubject"}},{"kind":"Field","name":{"kind":"Name","value":"homeApprovedBy"}},{"kind":"Field","name":{"kind":"Name","value":"homeApprovedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hostApprovedBy"}},{"kind":"Field","name":{"kind":"Name","value":"hostApprovedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledBy"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedBy"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completionNote"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gained"}},{"kind":"Field","name":{"kind":"Name","value":"levelBefore"}},{"kind":"Field","name":{"kind":"Name","value":"levelAfter"}},{"kind":"Field","name":{"kind":"Name","value":"proficiencyAfter"}},{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateRotationMutation, UpdateRotationMutationVariables>;
export const ApproveRotationDocument = {"__meta__":{"hash":"sha256:714ca8a6c25bee8eae7218a3dc6e45e6a31a81653e527ca3e27ce7243aa2e348"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveRotation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApproveRotationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveRotation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApproveRotationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RotationFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RotationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Rotation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"programType"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"homeAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hostAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"commitmentPercent"}},{"kind":"Field","name":{"kind":"Name","value":"reimbursable"}},{"kind":"Field","name":{"kind":"Name","value":"agreementReference"}},{"kind":"Field","name":{"kind":"Name","value":"hostSupervisorName"}},{"kind":"Field","name":{"kind":"Name","value":"hostSupervisorEmail"}},{"kind":"Field","name":{"kind":"Name","value":"hostSupervisorSubject"}},{"kind":"Field","name":{"kind":"Name","value":"homeApprovedBy"}},{"kind":"Field","name":{"kind":"Name","value":"homeApprovedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hostApprovedBy"}},{"kind":"Field","name":{"kind":"Name","value":"hostApprovedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledBy"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedBy"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completionNote"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gained"}},{"kind":"Field","name":{"kind":"Name","value":"levelBefore"}},{"kind":"Field","name":{"kind":"Name","value":"levelAfter"}},{"kind":"Field","name":{"kind":"Name","value":"proficiencyAfter"}},{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ApproveRotationMutation, ApproveRotationMutationVariables>;
export const StartRotationDocument = {"__meta__":{"hash":"sha256:5394fc196a8a89b0cb434f6aba4640226def50641a7368f8cf0371dd1dab3242"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartRotation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartRotationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startRotation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StartRotationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RotationFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RotationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Rotation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"programType"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"homeAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hostAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"commitmentPercent"}},{"kind":"Field","name":{"kind":"Name","value":"reimbursable"}},{"kind":"Field","name":{"kind":"Name","value":"agreementReference"}},{"kind":"Field","name":{"kind":"Name","value":"hostSupervisorName"}},{"kind":"Field","name":{"kind":"Name","value":"hostSupervisorEmail"}},{"kind":"Field","name":{"kind":"Name","value":"hostSupervisorSubject"}},{"kind":"Field","name":{"kind":"Name","value":"homeApprovedBy"}},{"kind":"Field","name":{"kind":"Name","value":"homeApprovedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hostApprovedBy"}},{"kind":"Field","name":{"kind":"Name","value":"hostApprovedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledBy"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedBy"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completionNote"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gained"}},{"kind":"Field","name":{"kind":"Name","value":"levelBefore"}},{"kind":"Field","name":{"kind":"Name","value":"levelAfter"}},{"kind":"Field","name":{"kind":"Name","value":"proficiencyAfter"}},{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<StartRotationMutation, StartRotationMutationVariables>;
export const ExtendRotationDocument = {"__meta__":{"hash":"sha256:13c89264c4d999f9612e5890e131135b5214003e73488b6d4521d58ad76a4664"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExtendRotation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExtendRotationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extendRotation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExtendRotationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RotationFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RotationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Rotation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"programType"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"homeAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hostAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"commitmentPercent"}},{"kind":"Field","name":{"kind":"Name","value":"reimbursable"}},{"kind":"Field","name":{"kind":"Name","value":"agreementReference"}},{"kind":"Field","name":{"kind":"Name","value":"hostSupervisorName"}},{"kind":"Field","name":{"kind":"Name","value":"hostSupervisorEmail"}},{"kind":"Field","name":{"kind":"Name","value":"hostSupervisorSubject"}},{"kind":"Field","name":{"kind":"Name","value":"homeApprovedBy"}},{"kind":"Field","name":{"kind":"Name","value":"homeApprovedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hostApprovedBy"}},{"kind":"Field","name":{"kind":"Name","value":"hostApprovedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledBy"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedBy"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completionNote"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gained"}},{"kind":"Field","name":{"kind":"Name","value":"levelBefore"}},{"kind":"Field","name":{"kind":"Name","value":"levelAfter"}},{"kind":"Field","name":{"kind":"Name","value":"proficiencyAfter"}},{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ExtendRotationMutation, ExtendRotationMutationVariables>;
export const CompleteRotationDocument = {"__meta__":{"hash":"sha256:e6cc912c9aa42fc2ebafb70fb1658d257fe5e3b4522247e9073af02f1e590c85"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteRotation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteRotationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeRotation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteRotationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RotationFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RotationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Rotation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"programType"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"homeAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hostAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"commitmentPercent"}},{"kind":"Field","name":{"kind":"Name","value":"reimbursable"}},{"kind":"Field","name":{"kind":"Name","value":"agreementReference"}},{"kind":"Field","name":{"kind":"Name","value":"hostSupervisorName"}},{"kind":"Field","name":{"kind":"Name","value":"hostSupervisorEmail"}},{"kind":"Field","name":{"kind":"Name","value":"hostSupervisorSubject"}},{"kind":"Field","name":{"kind":"Name","value":"homeApprovedBy"}},{"kind":"Field","name":{"kind":"Name","value":"homeApprovedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hostApprovedBy"}},{"kind":"Field","name":{"kind":"Name","value":"hostApprovedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledBy"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedBy"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completionNote"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gained"}},{"kind":"Field","name":{"kind":"Name","value":"levelBefore"}},{"kind":"Field","name":{"kind":"Name","value":"levelAfter"}},{"kind":"Field","name":{"kind":"Name","value":"proficiencyAfter"}},{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CompleteRotationMutation, CompleteRotationMutationVariables>;
export const CancelRotationDocument = {"__meta__":{"hash":"sha256:6dea3f77edbee909b9942d51cea85510e9d671711715287378aa3f0c705ec6d4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelRotation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelRotationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelRotation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CancelRotationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RotationFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RotationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Rotation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"programType"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"homeAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hostAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"commitmentPercent"}},{"kind":"Field","name":{"kind":"Name","value":"reimbursable"}},{"kind":"Field","name":{"kind":"Name","value":"agreementReference"}},{"kind":"Field","name":{"kind":"Name","value":"hostSupervisorName"}},{"kind":"Field","name":{"kind":"Name","value":"hostSupervisorEmail"}},{"kind":"Field","name":{"kind":"Name","value":"hostSupervisorSubject"}},{"kind":"Field","name":{"kind":"Name","value":"homeApprovedBy"}},{"kind":"Field","name":{"kind":"Name","value":"homeApprovedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hostApprovedBy"}},{"kind":"Field","name":{"kind":"Name","value":"hostApprovedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledBy"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedBy"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completionNote"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gained"}},{"kind":"Field","name":{"kind":"Name","value":"levelBefore"}},{"kind":"Field","name":{"kind":"Name","value":"levelAfter"}},{"kind":"Field","name":{"kind":"Name","value":"proficiencyAfter"}},{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CancelRotationMutation, CancelRotationMutationVariables>;
export const RotationNodeDocument = {"__meta__":{"hash":"sha256:40c73c69505806aabac2a37415169f098290536ba5cb0401e15ddaf6349a947f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RotationNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Rotation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RotationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RotationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Rotation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"programType"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"homeAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hostAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"commitmentPercent"}},{"kind":"Field","name":{"kind":"Name","value":"reimbursable"}},{"kind":"Field","name":{"kind":"Name","value":"agreementReference"}},{"kind":"Field","name":{"kind":"Name","value":"hostSupervisorName"}},{"kind":"Field","name":{"kind":"Name","value":"hostSupervisorEmail"}},{"kind":"Field","name":{"kind":"Name","value":"hostSupervisorSubject"}},{"kind":"Field","name":{"kind":"Name","value":"homeApprovedBy"}},{"kind":"Field","name":{"kind":"Name","value":"homeApprovedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hostApprovedBy"}},{"kind":"Field","name":{"kind":"Name","value":"hostApprovedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledBy"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedBy"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completionNote"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gained"}},{"kind":"Field","name":{"kind":"Name","value":"levelBefore"}},{"kind":"Field","name":{"kind":"Name","value":"levelAfter"}},{"kind":"Field","name":{"kind":"Name","value":"proficiencyAfter"}},{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<RotationNodeQuery, RotationNodeQueryVariables>;
export const RotationHistoryDocument = {"__meta__":{"hash":"sha256:cb311867f35e1959a354f0831ca25a6d18abf6608ef4119f48a0cc8292120788"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RotationHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Rotation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorSubject"}},{"kind":"Field","name":{"kind":"Name","value":"actorRoles"}},{"kind":"Field","name":{"kind":"Name","value":"actorAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RotationHistoryQuery, RotationHistoryQueryVariables>;
export const MyRotationsDocument = {"__meta__":{"hash":"sha256:4ca387d13eb5a50ce660e2eebbfeddf410be7f5d6e535ea2595e128705944a0e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyRotations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RotationFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RotationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Rotation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"programType"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"homeAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hostAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"commitmentPercent"}},{"kind":"Field","name":{"kind":"Name","value":"reimbursable"}},{"kind":"Field","name":{"kind":"Name","value":"agreementReference"}},{"kind":"Field","name":{"kind":"Name","value":"hostSupervisorName"}},{"kind":"Field","name":{"kind":"Name","value":"hostSupervisorEmail"}},{"kind":"Field","name":{"kind":"Name","value":"hostSupervisorSubject"}},{"kind":"Field","name":{"kind":"Name","value":"homeApprovedBy"}},{"kind":"Field","name":{"kind":"Name","value":"homeApprovedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hostApprovedBy"}},{"kind":"Field","name":{"kind":"Name","value":"hostApprovedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledBy"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedBy"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completionNote"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gained"}},{"kind":"Field","name":{"kind":"Name","value":"levelBefore"}},{"kind":"Field","name":{"kind":"Name","value":"levelAfter"}},{"kind":"Field","name":{"kind":"Name","value":"proficiencyAfter"}},{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MyRotationsQuery, MyRotationsQueryVariables>;
export const MySkillsAfterRotationDocument = {"__meta__":{"hash":"sha256:7fad8a24391522ba59a32a285a6a853cc73f2ca47114f0eb373c8b75fa1891b4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MySkillsAfterRotation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"verification"}},{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MySkillsAfterRotationQuery, MySkillsAfterRotationQueryVariables>;
export const AgencyRotationsDocument = {"__meta__":{"hash":"sha256:508d265837bccce080f6cf2a73ad38c18f70f2590b069b0a9aa611cdf4068cff"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgencyRotations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"direction"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RotationDirection"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RotationStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endingWithinDays"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyRotations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"direction"}}},{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}}},{"kind":"Argument","name":{"kind":"Name","value":"endingWithinDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endingWithinDays"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"commitmentPercent"}},{"kind":"Field","name":{"kind":"Name","value":"homeAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hostAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AgencyRotationsQuery, AgencyRotationsQueryVariables>;
export const MobilityFiguresDocument = {"__meta__":{"hash":"sha256:553e1cf2590abf84ffd549b0e04b3be6af16f21ac3a0c4fff3d90d808957ae49"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MobilityFigures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agency"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"top"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mobilityFigures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"agency"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agency"}}},{"kind":"Argument","name":{"kind":"Name","value":"top"},"value":{"kind":"Variable","name":{"kind":"Name","value":"top"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"flows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"personMonths"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rotationsInService"}},{"kind":"Field","name":{"kind":"Name","value":"personMonths"}},{"kind":"Field","name":{"kind":"Name","value":"averageDurationDays"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}},{"kind":"Field","name":{"kind":"Name","value":"topSkillsGained"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skillSupplyDemand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"minLevel"}},{"kind":"Field","name":{"kind":"Name","value":"openOpenings"}},{"kind":"Field","name":{"kind":"Name","value":"discoverablePeopleAtLevel"}}]}}]}}]}}]} as unknown as DocumentNode<MobilityFiguresQuery, MobilityFiguresQueryVariables>;
export const MobilityFiguresCsvDocument = {"__meta__":{"hash":"sha256:51507fd8bbb3f2abd208fc5de1dae0c26a1833df509be8e90135e3f77bc4e971"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MobilityFiguresCsv"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agency"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"top"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mobilityFiguresCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"agency"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agency"}}},{"kind":"Argument","name":{"kind":"Name","value":"top"},"value":{"kind":"Variable","name":{"kind":"Name","value":"top"}}}]}]}}]} as unknown as DocumentNode<MobilityFiguresCsvQuery, MobilityFiguresCsvQueryVariables>;
export const ViewerDocument = {"__meta__":{"hash":"sha256:8eb910b0f25d1f29ddfa33fdfc8c6cfbd8a64b5943c35e88cd9272dd3d0d8815"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;