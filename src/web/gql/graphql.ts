/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AcceptSkillProposalsInput = {
  skills: Array<AcceptedSkillInput>;
  source: SkillProposalSource;
};

export type AcceptedSkillInput = {
  level: number;
  skill: string;
};

export type AddMySkillInput = {
  evidence: Array<EvidenceInput>;
  level: number;
  skill: string;
};

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
  | 'INTEGRATION'
  | 'PRIVACY_OFFICER';

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

export type WebExplanationFragment = { score: number, coverage: number, requiredMet: number, requiredTotal: number, focus: number, profileSkillCount: number, relatedSkillCount: number, algorithmVersion: string, skills: Array<{ required: boolean, minLevel: number, match: MatchKind, candidateLevel: number | null, trustedLevel: number | null, trust: SkillTrust | null, met: boolean, credit: number, contribution: number, skill: { id: string, name: string }, matchedSkill: { id: string, name: string } | null }> };

export type WebSkillSuggestionsQueryVariables = Exact<{
  search: string;
}>;


export type WebSkillSuggestionsQuery = { skills: { nodes: Array<{ id: string, name: string, scheme: SkillScheme, kind: SkillKind }> } };

export type WebManagerViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type WebManagerViewerQuery = { viewer: { subject: string, roles: Array<Role>, agency: { code: string, name: string, abbreviation: string | null } } | null };

export type WebHrRotationFragment = { id: string, status: RotationStatus, personName: string, programType: ProgramType, startDate: string, endDate: string, endedOn: string | null, commitmentPercent: number, homeApprovedAt: string | null, homeApprovedBy: string | null, hostApprovedAt: string | null, hostApprovedBy: string | null, cancelReason: string | null, completionNote: string | null, viewerActions: Array<RotationAction>, homeAgency: { name: string, abbreviation: string | null }, hostAgency: { name: string, abbreviation: string | null }, opening: { id: string, title: string, skills: Array<{ required: boolean, minLevel: number, skill: { id: string, name: string } }> } | null, person: { id: string, skills: Array<{ level: number, skill: { id: string, name: string } }> } | null, skills: Array<{ gained: boolean, levelBefore: number | null, levelAfter: number, skill: { id: string, name: string } }>, history: Array<{ action: string, actorSubject: string, actorRoles: Array<string>, at: string, before: unknown, after: unknown }> };

export type WebAgencyRotationsQueryVariables = Exact<{
  direction: RotationDirection;
  statuses?: Array<RotationStatus> | RotationStatus | null | undefined;
  endingWithinDays?: number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type WebAgencyRotationsQuery = { agencyRotations: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, status: RotationStatus, personName: string, programType: ProgramType, startDate: string, endDate: string, endedOn: string | null, commitmentPercent: number, homeApprovedAt: string | null, homeApprovedBy: string | null, hostApprovedAt: string | null, hostApprovedBy: string | null, cancelReason: string | null, completionNote: string | null, viewerActions: Array<RotationAction>, homeAgency: { name: string, abbreviation: string | null }, hostAgency: { name: string, abbreviation: string | null }, opening: { id: string, title: string, skills: Array<{ required: boolean, minLevel: number, skill: { id: string, name: string } }> } | null, person: { id: string, skills: Array<{ level: number, skill: { id: string, name: string } }> } | null, skills: Array<{ gained: boolean, levelBefore: number | null, levelAfter: number, skill: { id: string, name: string } }>, history: Array<{ action: string, actorSubject: string, actorRoles: Array<string>, at: string, before: unknown, after: unknown }> }> } | null };

export type WebApproveRotationMutationVariables = Exact<{
  input: ApproveRotationInput;
}>;


export type WebApproveRotationMutation = { approveRotation:
    | { __typename: 'ApproveRotationPayload', rotation: { id: string, status: RotationStatus } }
    | { __typename: 'ForbiddenError', message: string, code: string }
    | { __typename: 'InvalidStateError', message: string, code: string }
    | { __typename: 'NotFoundError', message: string, code: string }
   };

export type WebCompleteRotationMutationVariables = Exact<{
  input: CompleteRotationInput;
}>;


export type WebCompleteRotationMutation = { completeRotation:
    | { __typename: 'CompleteRotationPayload', rotation: { id: string, status: RotationStatus } }
    | { __typename: 'ForbiddenError', message: string, code: string }
    | { __typename: 'InvalidStateError', message: string, code: string }
    | { __typename: 'NotFoundError', message: string, code: string }
    | { __typename: 'ValidationError', message: string, code: string, problems: Array<{ path: Array<string>, message: string }> }
   };

export type WebExtendRotationMutationVariables = Exact<{
  input: ExtendRotationInput;
}>;


export type WebExtendRotationMutation = { extendRotation:
    | { __typename: 'ExtendRotationPayload', rotation: { id: string, endDate: string } }
    | { __typename: 'ForbiddenError', message: string, code: string }
    | { __typename: 'InvalidStateError', message: string, code: string }
    | { __typename: 'NotFoundError', message: string, code: string }
    | { __typename: 'ValidationError', message: string, code: string, problems: Array<{ path: Array<string>, message: string }> }
   };

export type WebCancelRotationMutationVariables = Exact<{
  input: CancelRotationInput;
}>;


export type WebCancelRotationMutation = { cancelRotation:
    | { __typename: 'CancelRotationPayload', rotation: { id: string, status: RotationStatus } }
    | { __typename: 'ForbiddenError', message: string, code: string }
    | { __typename: 'InvalidStateError', message: string, code: string }
    | { __typename: 'NotFoundError', message: string, code: string }
    | { __typename: 'ValidationError', message: string, code: string, problems: Array<{ path: Array<string>, message: string }> }
   };

export type WebMobilityFiguresQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type WebMobilityFiguresQuery = { mobilityFigures: { from: string, to: string, personMonths: number, averageDurationDays: number | null, completionRate: number | null, completed: number, cancelled: number, rotationsInService: number, agency: { name: string, abbreviation: string | null } | null, flows: Array<{ count: number, personMonths: number, from: { name: string, abbreviation: string | null }, to: { name: string, abbreviation: string | null } }>, topSkillsGained: Array<{ count: number, skill: { id: string, name: string } }>, skillSupplyDemand: Array<{ minLevel: number, openOpenings: number, discoverablePeopleAtLevel: number, skill: { id: string, name: string } }> } | null };

export type WebMobilityCsvQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type WebMobilityCsvQuery = { mobilityFiguresCsv: string | null };

export type WebHrPersonQueryVariables = Exact<{
  agency: string;
  externalId: string;
}>;


export type WebHrPersonQuery = { profile: { id: string, givenName: string, familyName: string, externalId: string | null, jobTitle: string | null, headline: string | null, email: string | null, grade: number | null, payPlan: string | null, occupationalSeries: string | null, location: string | null, agency: { name: string, abbreviation: string | null }, skills: Array<{ id: string, level: number, verification: Verification, endorsementCount: number, skill: { id: string, name: string } }> } | null };

export type WebAttestSkillMutationVariables = Exact<{
  input: EndorseSkillInput;
}>;


export type WebAttestSkillMutation = { attestSkill:
    | { __typename: 'AttestSkillPayload', profileSkill: { id: string, level: number, verification: Verification } }
    | { __typename: 'ConflictError', message: string, code: string }
    | { __typename: 'ForbiddenError', message: string, code: string }
    | { __typename: 'NotFoundError', message: string, code: string }
    | { __typename: 'ValidationError', message: string, code: string, problems: Array<{ path: Array<string>, message: string }> }
   };

export type WebManagerOpeningsQueryVariables = Exact<{
  agency: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type WebManagerOpeningsQuery = { openings: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, title: string, status: OpeningStatus, programType: ProgramType, startDate: string, applicationDeadline: string, slots: number, slotsFilled: number, viewerCanManage: boolean, applications: { totalCount: number } | null, shortlisted: { totalCount: number } | null }> } };

export type WebManagerOpeningFormQueryVariables = Exact<{
  id: string;
}>;


export type WebManagerOpeningFormQuery = { node:
    | { __typename: 'Agency' }
    | { __typename: 'Application' }
    | { __typename: 'Opening', id: string, title: string, description: string, programType: ProgramType, status: OpeningStatus, commitmentPercent: number, startDate: string, durationWeeks: number, applicationDeadline: string, slots: number, location: string | null, remoteMode: RemoteMode, requiresSupervisorApproval: boolean, viewerCanManage: boolean, skills: Array<{ required: boolean, minLevel: number, weight: number, skill: { id: string, name: string } }> }
    | { __typename: 'Profile' }
    | { __typename: 'ProfileSkill' }
    | { __typename: 'Rotation' }
    | { __typename: 'Skill' }
   | null };

export type WebSuggestedOpeningSkillsQueryVariables = Exact<{
  occupation: OccupationRef;
}>;


export type WebSuggestedOpeningSkillsQuery = { suggestedOpeningSkills: Array<{ minLevel: number, required: boolean, weight: number, reason: string, skill: { id: string, name: string } }> };

export type WebCreateOpeningMutationVariables = Exact<{
  input: CreateOpeningInput;
}>;


export type WebCreateOpeningMutation = { createOpening:
    | { __typename: 'ConflictError', message: string, code: string }
    | { __typename: 'CreateOpeningPayload', opening: { id: string, status: OpeningStatus } }
    | { __typename: 'ForbiddenError', message: string, code: string }
    | { __typename: 'NotFoundError', message: string, code: string }
    | { __typename: 'ValidationError', message: string, code: string, problems: Array<{ path: Array<string>, message: string }> }
   };

export type WebUpdateOpeningMutationVariables = Exact<{
  input: UpdateOpeningInput;
}>;


export type WebUpdateOpeningMutation = { updateOpening:
    | { __typename: 'ForbiddenError', message: string, code: string }
    | { __typename: 'InvalidStateError', message: string, code: string }
    | { __typename: 'NotFoundError', message: string, code: string }
    | { __typename: 'UpdateOpeningPayload', opening: { id: string, status: OpeningStatus } }
    | { __typename: 'ValidationError', message: string, code: string, problems: Array<{ path: Array<string>, message: string }> }
   };

export type WebOpenOpeningMutationVariables = Exact<{
  input: OpenOpeningInput;
}>;


export type WebOpenOpeningMutation = { openOpening:
    | { __typename: 'ForbiddenError', message: string, code: string }
    | { __typename: 'InvalidStateError', message: string, code: string }
    | { __typename: 'NotFoundError', message: string, code: string }
    | { __typename: 'OpenOpeningPayload', opening: { id: string, status: OpeningStatus } }
   };

export type WebCloseOpeningMutationVariables = Exact<{
  input: CloseOpeningInput;
}>;


export type WebCloseOpeningMutation = { closeOpening:
    | { __typename: 'CloseOpeningPayload', opening: { id: string, status: OpeningStatus } }
    | { __typename: 'ForbiddenError', message: string, code: string }
    | { __typename: 'InvalidStateError', message: string, code: string }
    | { __typename: 'NotFoundError', message: string, code: string }
   };

export type WebCancelOpeningMutationVariables = Exact<{
  input: CancelOpeningInput;
}>;


export type WebCancelOpeningMutation = { cancelOpening:
    | { __typename: 'CancelOpeningPayload', opening: { id: string, status: OpeningStatus } }
    | { __typename: 'ForbiddenError', message: string, code: string }
    | { __typename: 'InvalidStateError', message: string, code: string }
    | { __typename: 'NotFoundError', message: string, code: string }
    | { __typename: 'ValidationError', message: string, code: string, problems: Array<{ path: Array<string>, message: string }> }
   };

export type WebOpeningCandidatesQueryVariables = Exact<{
  id: string;
  pool?: CandidatePool | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type WebOpeningCandidatesQuery = { node:
    | { __typename: 'Agency' }
    | { __typename: 'Application' }
    | { __typename: 'Opening', id: string, title: string, status: OpeningStatus, matches: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ score: number, coverage: number, candidate: { id: string, givenName: string, familyName: string, jobTitle: string | null, headline: string | null, visibility: ProfileVisibility, email: string | null, agency: { name: string, abbreviation: string | null } } | null, explanation: { score: number, coverage: number, requiredMet: number, requiredTotal: number, focus: number, profileSkillCount: number, relatedSkillCount: number, algorithmVersion: string, skills: Array<{ required: boolean, minLevel: number, match: MatchKind, candidateLevel: number | null, trustedLevel: number | null, trust: SkillTrust | null, met: boolean, credit: number, contribution: number, skill: { id: string, name: string }, matchedSkill: { id: string, name: string } | null }> } }> } | null }
    | { __typename: 'Profile' }
    | { __typename: 'ProfileSkill' }
    | { __typename: 'Rotation' }
    | { __typename: 'Skill' }
   | null };

export type WebOpeningApplicantsQueryVariables = Exact<{
  id: string;
}>;


export type WebOpeningApplicantsQuery = { node:
    | { __typename: 'Agency' }
    | { __typename: 'Application' }
    | { __typename: 'Opening', id: string, title: string, status: OpeningStatus, slots: number, slotsFilled: number, requiresSupervisorApproval: boolean, applications: { totalCount: number, nodes: Array<{ id: string, status: ApplicationStatus, submittedAt: string, statement: string | null, supervisorApproval: SupervisorApproval, supervisorReason: string | null, decisionReason: string | null, highlightedSkills: Array<{ id: string, name: string }>, applicant: { id: string, givenName: string, familyName: string, jobTitle: string | null, agency: { name: string, abbreviation: string | null } } | null }> } | null }
    | { __typename: 'Profile' }
    | { __typename: 'ProfileSkill' }
    | { __typename: 'Rotation' }
    | { __typename: 'Skill' }
   | null };

export type WebShortlistApplicationMutationVariables = Exact<{
  input: ShortlistApplicationInput;
}>;


export type WebShortlistApplicationMutation = { shortlistApplication:
    | { __typename: 'ForbiddenError', message: string, code: string }
    | { __typename: 'InvalidStateError', message: string, code: string }
    | { __typename: 'NotFoundError', message: string, code: string }
    | { __typename: 'ShortlistApplicationPayload', application: { id: string, status: ApplicationStatus } }
   };

export type WebDeclineApplicationMutationVariables = Exact<{
  input: DeclineApplicationInput;
}>;


export type WebDeclineApplicationMutation = { declineApplication:
    | { __typename: 'DeclineApplicationPayload', application: { id: string, status: ApplicationStatus } }
    | { __typename: 'ForbiddenError', message: string, code: string }
    | { __typename: 'InvalidStateError', message: string, code: string }
    | { __typename: 'NotFoundError', message: string, code: string }
    | { __typename: 'ValidationError', message: string, code: string, problems: Array<{ path: Array<string>, message: string }> }
   };

export type WebSelectApplicationMutationVariables = Exact<{
  input: SelectApplicationInput;
}>;


export type WebSelectApplicationMutation = { selectApplication:
    | { __typename: 'ForbiddenError', message: string, code: string }
    | { __typename: 'InvalidStateError', message: string, code: string }
    | { __typename: 'NotFoundError', message: string, code: string }
    | { __typename: 'SelectApplicationPayload', application: { id: string, status: ApplicationStatus } }
   };

export type WebManagerOpeningEventsSubscriptionVariables = Exact<{
  opening?: string | null | undefined;
}>;


export type WebManagerOpeningEventsSubscription = { marketplaceEvents: { kind: MarketplaceEventKind, occurredAt: string, application: { id: string, status: ApplicationStatus } | null } };

export type WebMyApplicationsQueryVariables = Exact<{ [key: string]: never; }>;


export type WebMyApplicationsQuery = { viewer: { applications: { totalCount: number, nodes: Array<{ id: string, status: ApplicationStatus, submittedAt: string, withdrawnAt: string | null, decidedAt: string | null, decisionReason: string | null, supervisorApproval: SupervisorApproval, supervisorDecidedAt: string | null, supervisorReason: string | null, opening: { id: string, title: string, hostAgency: { name: string } }, rotation: { id: string, status: RotationStatus } | null }> }, rotations: { totalCount: number, nodes: Array<{ id: string, status: RotationStatus, programType: ProgramType, startDate: string, endDate: string, endedOn: string | null, commitmentPercent: number, homeApprovedAt: string | null, hostApprovedAt: string | null, completedAt: string | null, cancelReason: string | null, homeAgency: { name: string }, hostAgency: { name: string }, opening: { id: string, title: string } | null, skills: Array<{ gained: boolean, levelBefore: number | null, levelAfter: number, skill: { id: string, name: string } }> }> } } | null };

export type WebApprovalQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type WebApprovalQueueQuery = { viewer: { approvalRequests: { totalCount: number, nodes: Array<{ id: string, submittedAt: string, statement: string | null, viewerCanDecideApproval: boolean, applicant: { givenName: string, familyName: string, jobTitle: string | null } | null, opening: { id: string, title: string, commitmentPercent: number, startDate: string, durationWeeks: number, hostAgency: { name: string } } }> } } | null };

export type WebDecideApprovalMutationVariables = Exact<{
  input: DecideApplicationApprovalInput;
}>;


export type WebDecideApprovalMutation = { decideApplicationApproval:
    | { __typename: 'DecideApplicationApprovalPayload', application: { id: string, supervisorApproval: SupervisorApproval } }
    | { __typename: 'ForbiddenError', message: string, code: string }
    | { __typename: 'InvalidStateError', message: string, code: string }
    | { __typename: 'NotFoundError', message: string, code: string }
    | { __typename: 'ValidationError', message: string, code: string, problems: Array<{ path: Array<string>, message: string }> }
   };

export type WebRecommendedQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type WebRecommendedQuery = { viewer: { profile: { id: string } | null, recommendedOpenings: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ score: number, opening: { id: string, title: string, programType: ProgramType, hostAgency: { name: string } }, explanation: { score: number, coverage: number, requiredMet: number, requiredTotal: number, focus: number, profileSkillCount: number, relatedSkillCount: number, algorithmVersion: string, skills: Array<{ required: boolean, minLevel: number, match: MatchKind, candidateLevel: number | null, trustedLevel: number | null, trust: SkillTrust | null, met: boolean, credit: number, contribution: number, skill: { id: string, name: string }, matchedSkill: { id: string, name: string } | null }> } }> } } | null };

export type WebOpeningQueryVariables = Exact<{
  id: string;
}>;


export type WebOpeningQuery = { node:
    | { __typename: 'Agency' }
    | { __typename: 'Application' }
    | { __typename: 'Opening', id: string, title: string, description: string, programType: ProgramType, status: OpeningStatus, commitmentPercent: number, hoursPerWeek: number | null, startDate: string, endDate: string, durationWeeks: number, applicationDeadline: string, slots: number, slotsFilled: number, location: string | null, remoteMode: RemoteMode, payPlan: string | null, gradeMin: number | null, gradeMax: number | null, occupationalSeries: string | null, securityClearance: SecurityClearance, requiresSupervisorApproval: boolean, hostAgency: { name: string, abbreviation: string | null }, restrictedTo: Array<{ name: string, abbreviation: string | null }>, skills: Array<{ required: boolean, minLevel: number, weight: number, skill: { id: string, name: string } }>, viewerEligibility: { allowed: boolean, reason: string | null } }
    | { __typename: 'Profile' }
    | { __typename: 'ProfileSkill' }
    | { __typename: 'Rotation' }
    | { __typename: 'Skill' }
   | null, viewer: { profile: { id: string, skills: Array<{ id: string, level: number, skill: { id: string, name: string } }> } | null, applications: { nodes: Array<{ id: string, status: ApplicationStatus, submittedAt: string, supervisorApproval: SupervisorApproval, opening: { id: string } }> } } | null };

export type WebMyFitQueryVariables = Exact<{ [key: string]: never; }>;


export type WebMyFitQuery = { viewer: { recommendedOpenings: { nodes: Array<{ score: number, opening: { id: string }, explanation: { score: number, coverage: number, requiredMet: number, requiredTotal: number, focus: number, profileSkillCount: number, relatedSkillCount: number, algorithmVersion: string, skills: Array<{ required: boolean, minLevel: number, match: MatchKind, candidateLevel: number | null, trustedLevel: number | null, trust: SkillTrust | null, met: boolean, credit: number, contribution: number, skill: { id: string, name: string }, matchedSkill: { id: string, name: string } | null }> } }> } } | null };

export type WebApplyToOpeningMutationVariables = Exact<{
  input: ApplyToOpeningInput;
}>;


export type WebApplyToOpeningMutation = { applyToOpening:
    | { __typename: 'ApplyToOpeningPayload', application: { id: string, status: ApplicationStatus } }
    | { __typename: 'ConflictError', message: string, code: string }
    | { __typename: 'ForbiddenError', message: string, code: string }
    | { __typename: 'InvalidStateError', message: string, code: string }
    | { __typename: 'NotFoundError', message: string, code: string }
    | { __typename: 'ValidationError', message: string, code: string, problems: Array<{ path: Array<string>, message: string }> }
   };

export type WebWithdrawApplicationMutationVariables = Exact<{
  input: WithdrawApplicationInput;
}>;


export type WebWithdrawApplicationMutation = { withdrawApplication:
    | { __typename: 'ForbiddenError', message: string, code: string }
    | { __typename: 'InvalidStateError', message: string, code: string }
    | { __typename: 'NotFoundError', message: string, code: string }
    | { __typename: 'ValidationError', message: string, code: string }
    | { __typename: 'WithdrawApplicationPayload', application: { id: string, status: ApplicationStatus } }
   };

export type WebOpeningEventsSubscriptionVariables = Exact<{
  opening?: string | null | undefined;
}>;


export type WebOpeningEventsSubscription = { marketplaceEvents: { kind: MarketplaceEventKind, occurredAt: string, opening: { id: string, status: OpeningStatus } | null, application: { id: string, status: ApplicationStatus, supervisorApproval: SupervisorApproval } | null } };

export type WebOpportunitiesQueryVariables = Exact<{
  filter?: OpeningFilter | null | undefined;
  orderBy?: OpeningOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type WebOpportunitiesQuery = { openings: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, title: string, programType: ProgramType, status: OpeningStatus, startDate: string, durationWeeks: number, applicationDeadline: string, commitmentPercent: number, remoteMode: RemoteMode, location: string | null, hostAgency: { name: string, abbreviation: string | null } }> } };

export type WebSearchContextQueryVariables = Exact<{
  skills: Array<string> | string;
}>;


export type WebSearchContextQuery = { agencies: { nodes: Array<{ code: string, abbreviation: string | null, name: string }> }, nodes: Array<
    | { __typename: 'Agency' }
    | { __typename: 'Application' }
    | { __typename: 'Opening' }
    | { __typename: 'Profile' }
    | { __typename: 'ProfileSkill' }
    | { __typename: 'Rotation' }
    | { __typename: 'Skill', id: string, name: string }
   | null> };

export type WebMyProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type WebMyProfileQuery = { viewer: { name: string | null, agency: { name: string }, profile: { id: string, givenName: string, familyName: string, headline: string | null, jobTitle: string | null, availablePercent: number | null, availableFrom: string | null, discoverable: boolean | null, remotePreference: RemotePreference | null, skills: Array<{ id: string, level: number, verification: Verification, endorsementCount: number, skill: { id: string, name: string, scheme: SkillScheme }, evidence: Array<{ id: string, source: EvidenceSource, title: string, issuer: string | null, endDate: string | null }> | null }>, education: Array<{ id: string, level: EducationLevel, field: string | null, institution: string | null, completedYear: number | null }> | null } | null } | null };

export type WebAddMySkillMutationVariables = Exact<{
  input: AddMySkillInput;
}>;


export type WebAddMySkillMutation = { addMySkill:
    | { __typename: 'AddMySkillPayload', profileSkill: { id: string } }
    | { __typename: 'ConflictError', message: string, code: string }
    | { __typename: 'ForbiddenError', message: string, code: string }
    | { __typename: 'NotFoundError', message: string, code: string }
    | { __typename: 'ValidationError', message: string, code: string, problems: Array<{ path: Array<string>, message: string }> }
   };

export type WebUpdateMySkillMutationVariables = Exact<{
  input: UpdateMySkillInput;
}>;


export type WebUpdateMySkillMutation = { updateMySkill:
    | { __typename: 'ForbiddenError', message: string, code: string }
    | { __typename: 'NotFoundError', message: string, code: string }
    | { __typename: 'UpdateMySkillPayload', profileSkill: { id: string, level: number } }
    | { __typename: 'ValidationError', message: string, code: string, problems: Array<{ path: Array<string>, message: string }> }
   };

export type WebRemoveMySkillMutationVariables = Exact<{
  input: RemoveMySkillInput;
}>;


export type WebRemoveMySkillMutation = { removeMySkill:
    | { __typename: 'ForbiddenError', message: string, code: string }
    | { __typename: 'NotFoundError', message: string, code: string }
    | { __typename: 'RemoveMySkillPayload', profile: { id: string } }
   };

export type WebUpdateMyProfileMutationVariables = Exact<{
  input: UpdateMyProfileInput;
}>;


export type WebUpdateMyProfileMutation = { updateMyProfile:
    | { __typename: 'ForbiddenError', message: string, code: string }
    | { __typename: 'NotFoundError', message: string, code: string }
    | { __typename: 'UpdateMyProfilePayload', profile: { id: string } }
    | { __typename: 'ValidationError', message: string, code: string, problems: Array<{ path: Array<string>, message: string }> }
   };

export type WebCreateMyProfileMutationVariables = Exact<{
  input: CreateMyProfileInput;
}>;


export type WebCreateMyProfileMutation = { createMyProfile:
    | { __typename: 'ConflictError', message: string, code: string }
    | { __typename: 'CreateMyProfilePayload', profile: { id: string } }
    | { __typename: 'ForbiddenError', message: string, code: string }
    | { __typename: 'ValidationError', message: string, code: string, problems: Array<{ path: Array<string>, message: string }> }
   };

export type WebSkillProposalsQueryVariables = Exact<{
  source: SkillProposalSource;
}>;


export type WebSkillProposalsQuery = { skillProposals: { description: string, occupations: Array<{ code: string, title: string }>, proposals: Array<{ level: number, reason: string, currentLevel: number | null, skill: { id: string, name: string } }> } };

export type WebAcceptSkillProposalsMutationVariables = Exact<{
  input: AcceptSkillProposalsInput;
}>;


export type WebAcceptSkillProposalsMutation = { acceptSkillProposals:
    | { __typename: 'AcceptSkillProposalsPayload', profile: { id: string } }
    | { __typename: 'ForbiddenError', message: string, code: string }
    | { __typename: 'NotFoundError', message: string, code: string }
    | { __typename: 'ValidationError', message: string, code: string, problems: Array<{ path: Array<string>, message: string }> }
   };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const WebExplanationFragmentDoc = new TypedDocumentString(`
    fragment WebExplanation on MatchExplanation {
  score
  coverage
  requiredMet
  requiredTotal
  focus
  profileSkillCount
  relatedSkillCount
  algorithmVersion
  skills {
    skill {
      id
      name
    }
    required
    minLevel
    match
    matchedSkill {
      id
      name
    }
    candidateLevel
    trustedLevel
    trust
    met
    credit
    contribution
  }
}
    `, {"fragmentName":"WebExplanation"}) as unknown as TypedDocumentString<WebExplanationFragment, unknown>;
export const WebHrRotationFragmentDoc = new TypedDocumentString(`
    fragment WebHrRotation on Rotation {
  id
  status
  personName
  programType
  startDate
  endDate
  endedOn
  commitmentPercent
  homeApprovedAt
  homeApprovedBy
  hostApprovedAt
  hostApprovedBy
  cancelReason
  completionNote
  viewerActions
  homeAgency {
    name
    abbreviation
  }
  hostAgency {
    name
    abbreviation
  }
  opening {
    id
    title
    skills {
      required
      minLevel
      skill {
        id
        name
      }
    }
  }
  person {
    id
    skills {
      level
      skill {
        id
        name
      }
    }
  }
  skills {
    gained
    levelBefore
    levelAfter
    skill {
      id
      name
    }
  }
  history {
    action
    actorSubject
    actorRoles
    at
    before
    after
  }
}
    `, {"fragmentName":"WebHrRotation"}) as unknown as TypedDocumentString<WebHrRotationFragment, unknown>;
export const WebSkillSuggestionsDocument = new TypedDocumentString(`
    query WebSkillSuggestions($search: String!) {
  skills(first: 8, filter: {search: $search}) {
    nodes {
      id
      name
      scheme
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<WebSkillSuggestionsQuery, WebSkillSuggestionsQueryVariables>;
export const WebManagerViewerDocument = new TypedDocumentString(`
    query WebManagerViewer {
  viewer {
    subject
    roles
    agency {
      code
      name
      abbreviation
    }
  }
}
    `) as unknown as TypedDocumentString<WebManagerViewerQuery, WebManagerViewerQueryVariables>;
export const WebAgencyRotationsDocument = new TypedDocumentString(`
    query WebAgencyRotations($direction: RotationDirection!, $statuses: [RotationStatus!], $endingWithinDays: Int, $first: Int, $after: String, $last: Int, $before: String) {
  agencyRotations(
    direction: $direction
    statuses: $statuses
    endingWithinDays: $endingWithinDays
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    nodes {
      ...WebHrRotation
    }
  }
}
    fragment WebHrRotation on Rotation {
  id
  status
  personName
  programType
  startDate
  endDate
  endedOn
  commitmentPercent
  homeApprovedAt
  homeApprovedBy
  hostApprovedAt
  hostApprovedBy
  cancelReason
  completionNote
  viewerActions
  homeAgency {
    name
    abbreviation
  }
  hostAgency {
    name
    abbreviation
  }
  opening {
    id
    title
    skills {
      required
      minLevel
      skill {
        id
        name
      }
    }
  }
  person {
    id
    skills {
      level
      skill {
        id
        name
      }
    }
  }
  skills {
    gained
    levelBefore
    levelAfter
    skill {
      id
      name
    }
  }
  history {
    action
    actorSubject
    actorRoles
    at
    before
    after
  }
}`) as unknown as TypedDocumentString<WebAgencyRotationsQuery, WebAgencyRotationsQueryVariables>;
export const WebApproveRotationDocument = new TypedDocumentString(`
    mutation WebApproveRotation($input: ApproveRotationInput!) {
  approveRotation(input: $input) {
    __typename
    ... on ApproveRotationPayload {
      rotation {
        id
        status
      }
    }
    ... on Error {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<WebApproveRotationMutation, WebApproveRotationMutationVariables>;
export const WebCompleteRotationDocument = new TypedDocumentString(`
    mutation WebCompleteRotation($input: CompleteRotationInput!) {
  completeRotation(input: $input) {
    __typename
    ... on CompleteRotationPayload {
      rotation {
        id
        status
      }
    }
    ... on ValidationError {
      problems {
        path
        message
      }
    }
    ... on Error {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<WebCompleteRotationMutation, WebCompleteRotationMutationVariables>;
export const WebExtendRotationDocument = new TypedDocumentString(`
    mutation WebExtendRotation($input: ExtendRotationInput!) {
  extendRotation(input: $input) {
    __typename
    ... on ExtendRotationPayload {
      rotation {
        id
        endDate
      }
    }
    ... on ValidationError {
      problems {
        path
        message
      }
    }
    ... on Error {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<WebExtendRotationMutation, WebExtendRotationMutationVariables>;
export const WebCancelRotationDocument = new TypedDocumentString(`
    mutation WebCancelRotation($input: CancelRotationInput!) {
  cancelRotation(input: $input) {
    __typename
    ... on CancelRotationPayload {
      rotation {
        id
        status
      }
    }
    ... on ValidationError {
      problems {
        path
        message
      }
    }
    ... on Error {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<WebCancelRotationMutation, WebCancelRotationMutationVariables>;
export const WebMobilityFiguresDocument = new TypedDocumentString(`
    query WebMobilityFigures($from: Date!, $to: Date!) {
  mobilityFigures(from: $from, to: $to) {
    from
    to
    agency {
      name
      abbreviation
    }
    personMonths
    averageDurationDays
    completionRate
    completed
    cancelled
    rotationsInService
    flows {
      count
      personMonths
      from {
        name
        abbreviation
      }
      to {
        name
        abbreviation
      }
    }
    topSkillsGained {
      count
      skill {
        id
        name
      }
    }
    skillSupplyDemand {
      minLevel
      openOpenings
      discoverablePeopleAtLevel
      skill {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebMobilityFiguresQuery, WebMobilityFiguresQueryVariables>;
export const WebMobilityCsvDocument = new TypedDocumentString(`
    query WebMobilityCsv($from: Date!, $to: Date!) {
  mobilityFiguresCsv(from: $from, to: $to)
}
    `) as unknown as TypedDocumentString<WebMobilityCsvQuery, WebMobilityCsvQueryVariables>;
export const WebHrPersonDocument = new TypedDocumentString(`
    query WebHrPerson($agency: String!, $externalId: String!) {
  profile(agency: $agency, externalId: $externalId) {
    id
    givenName
    familyName
    externalId
    jobTitle
    headline
    email
    grade
    payPlan
    occupationalSeries
    location
    agency {
      name
      abbreviation
    }
    skills {
      id
      level
      verification
      endorsementCount
      skill {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebHrPersonQuery, WebHrPersonQueryVariables>;
export const WebAttestSkillDocument = new TypedDocumentString(`
    mutation WebAttestSkill($input: EndorseSkillInput!) {
  attestSkill(input: $input) {
    __typename
    ... on AttestSkillPayload {
      profileSkill {
        id
        level
        verification
      }
    }
    ... on ValidationError {
      problems {
        path
        message
      }
    }
    ... on Error {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<WebAttestSkillMutation, WebAttestSkillMutationVariables>;
export const WebManagerOpeningsDocument = new TypedDocumentString(`
    query WebManagerOpenings($agency: String!, $first: Int, $after: String, $last: Int, $before: String) {
  openings(
    first: $first
    after: $after
    last: $last
    before: $before
    filter: {hostAgencies: [$agency], statuses: [DRAFT, OPEN, CLOSED, FILLED]}
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    nodes {
      id
      title
      status
      programType
      startDate
      applicationDeadline
      slots
      slotsFilled
      viewerCanManage
      applications(first: 1) {
        totalCount
      }
      shortlisted: applications(first: 1, status: [SHORTLISTED]) {
        totalCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebManagerOpeningsQuery, WebManagerOpeningsQueryVariables>;
export const WebManagerOpeningFormDocument = new TypedDocumentString(`
    query WebManagerOpeningForm($id: ID!) {
  node(id: $id) {
    __typename
    ... on Opening {
      id
      title
      description
      programType
      status
      commitmentPercent
      startDate
      durationWeeks
      applicationDeadline
      slots
      location
      remoteMode
      requiresSupervisorApproval
      viewerCanManage
      skills {
        required
        minLevel
        weight
        skill {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebManagerOpeningFormQuery, WebManagerOpeningFormQueryVariables>;
export const WebSuggestedOpeningSkillsDocument = new TypedDocumentString(`
    query WebSuggestedOpeningSkills($occupation: OccupationRef!) {
  suggestedOpeningSkills(occupation: $occupation) {
    minLevel
    required
    weight
    reason
    skill {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<WebSuggestedOpeningSkillsQuery, WebSuggestedOpeningSkillsQueryVariables>;
export const WebCreateOpeningDocument = new TypedDocumentString(`
    mutation WebCreateOpening($input: CreateOpeningInput!) {
  createOpening(input: $input) {
    __typename
    ... on CreateOpeningPayload {
      opening {
        id
        status
      }
    }
    ... on ValidationError {
      problems {
        path
        message
      }
    }
    ... on Error {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<WebCreateOpeningMutation, WebCreateOpeningMutationVariables>;
export const WebUpdateOpeningDocument = new TypedDocumentString(`
    mutation WebUpdateOpening($input: UpdateOpeningInput!) {
  updateOpening(input: $input) {
    __typename
    ... on UpdateOpeningPayload {
      opening {
        id
        status
      }
    }
    ... on ValidationError {
      problems {
        path
        message
      }
    }
    ... on Error {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<WebUpdateOpeningMutation, WebUpdateOpeningMutationVariables>;
export const WebOpenOpeningDocument = new TypedDocumentString(`
    mutation WebOpenOpening($input: OpenOpeningInput!) {
  openOpening(input: $input) {
    __typename
    ... on OpenOpeningPayload {
      opening {
        id
        status
      }
    }
    ... on Error {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<WebOpenOpeningMutation, WebOpenOpeningMutationVariables>;
export const WebCloseOpeningDocument = new TypedDocumentString(`
    mutation WebCloseOpening($input: CloseOpeningInput!) {
  closeOpening(input: $input) {
    __typename
    ... on CloseOpeningPayload {
      opening {
        id
        status
      }
    }
    ... on Error {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<WebCloseOpeningMutation, WebCloseOpeningMutationVariables>;
export const WebCancelOpeningDocument = new TypedDocumentString(`
    mutation WebCancelOpening($input: CancelOpeningInput!) {
  cancelOpening(input: $input) {
    __typename
    ... on CancelOpeningPayload {
      opening {
        id
        status
      }
    }
    ... on ValidationError {
      problems {
        path
        message
      }
    }
    ... on Error {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<WebCancelOpeningMutation, WebCancelOpeningMutationVariables>;
export const WebOpeningCandidatesDocument = new TypedDocumentString(`
    query WebOpeningCandidates($id: ID!, $pool: CandidatePool, $first: Int, $after: String, $last: Int, $before: String) {
  node(id: $id) {
    __typename
    ... on Opening {
      id
      title
      status
      matches(
        first: $first
        after: $after
        last: $last
        before: $before
        filter: {candidates: $pool}
      ) {
        totalCount
        pageInfo {
          hasNextPage
          hasPreviousPage
          startCursor
          endCursor
        }
        nodes {
          score
          coverage
          candidate {
            id
            givenName
            familyName
            jobTitle
            headline
            visibility
            email
            agency {
              name
              abbreviation
            }
          }
          explanation {
            ...WebExplanation
          }
        }
      }
    }
  }
}
    fragment WebExplanation on MatchExplanation {
  score
  coverage
  requiredMet
  requiredTotal
  focus
  profileSkillCount
  relatedSkillCount
  algorithmVersion
  skills {
    skill {
      id
      name
    }
    required
    minLevel
    match
    matchedSkill {
      id
      name
    }
    candidateLevel
    trustedLevel
    trust
    met
    credit
    contribution
  }
}`) as unknown as TypedDocumentString<WebOpeningCandidatesQuery, WebOpeningCandidatesQueryVariables>;
export const WebOpeningApplicantsDocument = new TypedDocumentString(`
    query WebOpeningApplicants($id: ID!) {
  node(id: $id) {
    __typename
    ... on Opening {
      id
      title
      status
      slots
      slotsFilled
      requiresSupervisorApproval
      applications(first: 100) {
        totalCount
        nodes {
          id
          status
          submittedAt
          statement
          supervisorApproval
          supervisorReason
          decisionReason
          highlightedSkills {
            id
            name
          }
          applicant {
            id
            givenName
            familyName
            jobTitle
            agency {
              name
              abbreviation
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebOpeningApplicantsQuery, WebOpeningApplicantsQueryVariables>;
export const WebShortlistApplicationDocument = new TypedDocumentString(`
    mutation WebShortlistApplication($input: ShortlistApplicationInput!) {
  shortlistApplication(input: $input) {
    __typename
    ... on ShortlistApplicationPayload {
      application {
        id
        status
      }
    }
    ... on Error {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<WebShortlistApplicationMutation, WebShortlistApplicationMutationVariables>;
export const WebDeclineApplicationDocument = new TypedDocumentString(`
    mutation WebDeclineApplication($input: DeclineApplicationInput!) {
  declineApplication(input: $input) {
    __typename
    ... on DeclineApplicationPayload {
      application {
        id
        status
      }
    }
    ... on ValidationError {
      problems {
        path
        message
      }
    }
    ... on Error {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<WebDeclineApplicationMutation, WebDeclineApplicationMutationVariables>;
export const WebSelectApplicationDocument = new TypedDocumentString(`
    mutation WebSelectApplication($input: SelectApplicationInput!) {
  selectApplication(input: $input) {
    __typename
    ... on SelectApplicationPayload {
      application {
        id
        status
      }
    }
    ... on Error {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<WebSelectApplicationMutation, WebSelectApplicationMutationVariables>;
export const WebManagerOpeningEventsDocument = new TypedDocumentString(`
    subscription WebManagerOpeningEvents($opening: ID) {
  marketplaceEvents(opening: $opening) {
    kind
    occurredAt
    application {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<WebManagerOpeningEventsSubscription, WebManagerOpeningEventsSubscriptionVariables>;
export const WebMyApplicationsDocument = new TypedDocumentString(`
    query WebMyApplications {
  viewer {
    applications(first: 50) {
      totalCount
      nodes {
        id
        status
        submittedAt
        withdrawnAt
        decidedAt
        decisionReason
        supervisorApproval
        supervisorDecidedAt
        supervisorReason
        opening {
          id
          title
          hostAgency {
            name
          }
        }
        rotation {
          id
          status
        }
      }
    }
    rotations(first: 50) {
      totalCount
      nodes {
        id
        status
        programType
        startDate
        endDate
        endedOn
        commitmentPercent
        homeAgency {
          name
        }
        hostAgency {
          name
        }
        opening {
          id
          title
        }
        homeApprovedAt
        hostApprovedAt
        completedAt
        cancelReason
        skills {
          gained
          levelBefore
          levelAfter
          skill {
            id
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebMyApplicationsQuery, WebMyApplicationsQueryVariables>;
export const WebApprovalQueueDocument = new TypedDocumentString(`
    query WebApprovalQueue {
  viewer {
    approvalRequests(first: 50) {
      totalCount
      nodes {
        id
        submittedAt
        statement
        viewerCanDecideApproval
        applicant {
          givenName
          familyName
          jobTitle
        }
        opening {
          id
          title
          commitmentPercent
          startDate
          durationWeeks
          hostAgency {
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebApprovalQueueQuery, WebApprovalQueueQueryVariables>;
export const WebDecideApprovalDocument = new TypedDocumentString(`
    mutation WebDecideApproval($input: DecideApplicationApprovalInput!) {
  decideApplicationApproval(input: $input) {
    __typename
    ... on DecideApplicationApprovalPayload {
      application {
        id
        supervisorApproval
      }
    }
    ... on ValidationError {
      problems {
        path
        message
      }
    }
    ... on Error {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<WebDecideApprovalMutation, WebDecideApprovalMutationVariables>;
export const WebRecommendedDocument = new TypedDocumentString(`
    query WebRecommended($first: Int, $after: String, $last: Int, $before: String) {
  viewer {
    profile {
      id
    }
    recommendedOpenings(first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        score
        opening {
          id
          title
          programType
          hostAgency {
            name
          }
        }
        explanation {
          ...WebExplanation
        }
      }
    }
  }
}
    fragment WebExplanation on MatchExplanation {
  score
  coverage
  requiredMet
  requiredTotal
  focus
  profileSkillCount
  relatedSkillCount
  algorithmVersion
  skills {
    skill {
      id
      name
    }
    required
    minLevel
    match
    matchedSkill {
      id
      name
    }
    candidateLevel
    trustedLevel
    trust
    met
    credit
    contribution
  }
}`) as unknown as TypedDocumentString<WebRecommendedQuery, WebRecommendedQueryVariables>;
export const WebOpeningDocument = new TypedDocumentString(`
    query WebOpening($id: ID!) {
  node(id: $id) {
    __typename
    ... on Opening {
      id
      title
      description
      programType
      status
      hostAgency {
        name
        abbreviation
      }
      commitmentPercent
      hoursPerWeek
      startDate
      endDate
      durationWeeks
      applicationDeadline
      slots
      slotsFilled
      location
      remoteMode
      payPlan
      gradeMin
      gradeMax
      occupationalSeries
      securityClearance
      requiresSupervisorApproval
      restrictedTo {
        name
        abbreviation
      }
      skills {
        required
        minLevel
        weight
        skill {
          id
          name
        }
      }
      viewerEligibility {
        allowed
        reason
      }
    }
  }
  viewer {
    profile {
      id
      skills {
        id
        level
        skill {
          id
          name
        }
      }
    }
    applications(first: 100) {
      nodes {
        id
        status
        submittedAt
        supervisorApproval
        opening {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebOpeningQuery, WebOpeningQueryVariables>;
export const WebMyFitDocument = new TypedDocumentString(`
    query WebMyFit {
  viewer {
    recommendedOpenings(first: 50) {
      nodes {
        opening {
          id
        }
        score
        explanation {
          ...WebExplanation
        }
      }
    }
  }
}
    fragment WebExplanation on MatchExplanation {
  score
  coverage
  requiredMet
  requiredTotal
  focus
  profileSkillCount
  relatedSkillCount
  algorithmVersion
  skills {
    skill {
      id
      name
    }
    required
    minLevel
    match
    matchedSkill {
      id
      name
    }
    candidateLevel
    trustedLevel
    trust
    met
    credit
    contribution
  }
}`) as unknown as TypedDocumentString<WebMyFitQuery, WebMyFitQueryVariables>;
export const WebApplyToOpeningDocument = new TypedDocumentString(`
    mutation WebApplyToOpening($input: ApplyToOpeningInput!) {
  applyToOpening(input: $input) {
    __typename
    ... on ApplyToOpeningPayload {
      application {
        id
        status
      }
    }
    ... on ValidationError {
      problems {
        path
        message
      }
    }
    ... on Error {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<WebApplyToOpeningMutation, WebApplyToOpeningMutationVariables>;
export const WebWithdrawApplicationDocument = new TypedDocumentString(`
    mutation WebWithdrawApplication($input: WithdrawApplicationInput!) {
  withdrawApplication(input: $input) {
    __typename
    ... on WithdrawApplicationPayload {
      application {
        id
        status
      }
    }
    ... on Error {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<WebWithdrawApplicationMutation, WebWithdrawApplicationMutationVariables>;
export const WebOpeningEventsDocument = new TypedDocumentString(`
    subscription WebOpeningEvents($opening: ID) {
  marketplaceEvents(opening: $opening) {
    kind
    occurredAt
    opening {
      id
      status
    }
    application {
      id
      status
      supervisorApproval
    }
  }
}
    `) as unknown as TypedDocumentString<WebOpeningEventsSubscription, WebOpeningEventsSubscriptionVariables>;
export const WebOpportunitiesDocument = new TypedDocumentString(`
    query WebOpportunities($filter: OpeningFilter, $orderBy: OpeningOrder, $first: Int, $after: String, $last: Int, $before: String) {
  openings(
    filter: $filter
    orderBy: $orderBy
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    nodes {
      id
      title
      programType
      status
      hostAgency {
        name
        abbreviation
      }
      startDate
      durationWeeks
      applicationDeadline
      commitmentPercent
      remoteMode
      location
    }
  }
}
    `) as unknown as TypedDocumentString<WebOpportunitiesQuery, WebOpportunitiesQueryVariables>;
export const WebSearchContextDocument = new TypedDocumentString(`
    query WebSearchContext($skills: [ID!]!) {
  agencies(first: 100, orderBy: {field: NAME}) {
    nodes {
      code
      abbreviation
      name
    }
  }
  nodes(ids: $skills) {
    __typename
    ... on Skill {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<WebSearchContextQuery, WebSearchContextQueryVariables>;
export const WebMyProfileDocument = new TypedDocumentString(`
    query WebMyProfile {
  viewer {
    name
    agency {
      name
    }
    profile {
      id
      givenName
      familyName
      headline
      jobTitle
      availablePercent
      availableFrom
      discoverable
      remotePreference
      skills {
        id
        level
        verification
        endorsementCount
        skill {
          id
          name
          scheme
        }
        evidence {
          id
          source
          title
          issuer
          endDate
        }
      }
      education {
        id
        level
        field
        institution
        completedYear
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebMyProfileQuery, WebMyProfileQueryVariables>;
export const WebAddMySkillDocument = new TypedDocumentString(`
    mutation WebAddMySkill($input: AddMySkillInput!) {
  addMySkill(input: $input) {
    __typename
    ... on AddMySkillPayload {
      profileSkill {
        id
      }
    }
    ... on ValidationError {
      problems {
        path
        message
      }
    }
    ... on Error {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<WebAddMySkillMutation, WebAddMySkillMutationVariables>;
export const WebUpdateMySkillDocument = new TypedDocumentString(`
    mutation WebUpdateMySkill($input: UpdateMySkillInput!) {
  updateMySkill(input: $input) {
    __typename
    ... on UpdateMySkillPayload {
      profileSkill {
        id
        level
      }
    }
    ... on ValidationError {
      problems {
        path
        message
      }
    }
    ... on Error {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<WebUpdateMySkillMutation, WebUpdateMySkillMutationVariables>;
export const WebRemoveMySkillDocument = new TypedDocumentString(`
    mutation WebRemoveMySkill($input: RemoveMySkillInput!) {
  removeMySkill(input: $input) {
    __typename
    ... on RemoveMySkillPayload {
      profile {
        id
      }
    }
    ... on Error {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<WebRemoveMySkillMutation, WebRemoveMySkillMutationVariables>;
export const WebUpdateMyProfileDocument = new TypedDocumentString(`
    mutation WebUpdateMyProfile($input: UpdateMyProfileInput!) {
  updateMyProfile(input: $input) {
    __typename
    ... on UpdateMyProfilePayload {
      profile {
        id
      }
    }
    ... on ValidationError {
      problems {
        path
        message
      }
    }
    ... on Error {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<WebUpdateMyProfileMutation, WebUpdateMyProfileMutationVariables>;
export const WebCreateMyProfileDocument = new TypedDocumentString(`
    mutation WebCreateMyProfile($input: CreateMyProfileInput!) {
  createMyProfile(input: $input) {
    __typename
    ... on CreateMyProfilePayload {
      profile {
        id
      }
    }
    ... on ValidationError {
      problems {
        path
        message
      }
    }
    ... on Error {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<WebCreateMyProfileMutation, WebCreateMyProfileMutationVariables>;
export const WebSkillProposalsDocument = new TypedDocumentString(`
    query WebSkillProposals($source: SkillProposalSource!) {
  skillProposals(source: $source) {
    description
    occupations {
      code
      title
    }
    proposals {
      level
      reason
      currentLevel
      skill {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebSkillProposalsQuery, WebSkillProposalsQueryVariables>;
export const WebAcceptSkillProposalsDocument = new TypedDocumentString(`
    mutation WebAcceptSkillProposals($input: AcceptSkillProposalsInput!) {
  acceptSkillProposals(input: $input) {
    __typename
    ... on AcceptSkillProposalsPayload {
      profile {
        id
      }
    }
    ... on ValidationError {
      problems {
        path
        message
      }
    }
    ... on Error {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<WebAcceptSkillProposalsMutation, WebAcceptSkillProposalsMutationVariables>;