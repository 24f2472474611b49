/**
 * Shapes of the hand-written demo seed. Natural keys (agency abbreviation, skill key,
 * external employee ID, opening key) link records so the data reads like a spreadsheet
 * and the loader can upsert it idempotently. Dates are offsets in days from the day the
 * seed runs, so a demo seeded today has openings that are open today.
 */

export type SkillScheme = 'ONET' | 'ONET_TECH' | 'ESCO' | 'LOCAL';
export type SkillKind = 'SKILL' | 'KNOWLEDGE' | 'TECHNOLOGY' | 'COMPETENCY' | 'LANGUAGE';
export type EvidenceSource =
  'TRAINING' | 'EDUCATION' | 'EXPERIENCE' | 'MILITARY' | 'CERTIFICATION' | 'ROTATION' | 'SELF_ASSESSED';
export type ProgramType = 'DETAIL' | 'ROTATION' | 'GIG' | 'TOUR_OF_DUTY' | 'FELLOWSHIP';
export type RemoteMode = 'ONSITE' | 'HYBRID' | 'REMOTE';
export type EducationLevel =
  'HIGH_SCHOOL' | 'ASSOCIATE' | 'BACHELOR' | 'MASTER' | 'DOCTORATE' | 'PROFESSIONAL' | 'CERTIFICATE' | 'OTHER';

export interface SeedAgency {
  /** Official code: CGAC for top-tier agencies, sub-tier code for bureaus. */
  code: string;
  abbreviation: string;
  name: string;
  /** Code of the parent agency, for sub-agencies (bureaus). */
  parentCode?: string;
}

export interface SeedSkill {
  /** Unique key within the seed, `${scheme}:${code}`. */
  key: string;
  scheme: SkillScheme;
  /** The scheme's own identifier: O*NET element ID, UNSPSC commodity code + name, ESCO URI, local slug. */
  code: string;
  name: string;
  kind: SkillKind;
  description?: string;
  altLabels?: string[];
  /** Keys of broader skills in the seed (hierarchy). */
  broader?: string[];
  /** Keys of related skills (symmetric; list each pair once). */
  related?: string[];
}

export interface SeedEvidence {
  source: EvidenceSource;
  title: string;
  /** Days before seed day when the evidence was earned / ended. */
  daysAgo: number;
  issuer?: string;
  credentialId?: string;
  url?: string;
}

export interface SeedProfileSkill {
  skill: string; // SeedSkill.key
  level: 1 | 2 | 3 | 4 | 5;
  evidence: SeedEvidence[];
}

export interface SeedEducation {
  level: EducationLevel;
  field: string;
  institution: string;
  completedYear: number;
}

export interface SeedPerson {
  /** HR employee ID, unique within the home agency. */
  externalId: string;
  agency: string; // SeedAgency.abbreviation
  givenName: string;
  familyName: string;
  email: string;
  phone?: string;
  jobTitle: string;
  /** OPM occupational series, four digits, e.g. "2210". */
  occupationalSeries: string;
  payPlan: string; // "GS", "GG", "ZP", ...
  grade: number;
  location: string;
  remotePreference: 'ONSITE' | 'HYBRID' | 'REMOTE' | 'ANY';
  discoverable: boolean;
  /** Share of working time available for a rotation, 0–100. */
  availablePercent: number;
  headline: string;
  /** Military occupation code, when the person served. */
  military?: {
    branch: 'ARMY' | 'NAVY' | 'AIR_FORCE' | 'MARINE_CORPS' | 'COAST_GUARD' | 'SPACE_FORCE';
    code: string;
    title: string;
  };
  skills: SeedProfileSkill[];
  education: SeedEducation[];
}

export interface SeedOpeningSkill {
  skill: string; // SeedSkill.key
  minLevel: 1 | 2 | 3 | 4 | 5;
  weight: number; // > 0, usually 1–3
  required: boolean;
}

export interface SeedOpening {
  key: string;
  hostAgency: string; // SeedAgency.abbreviation
  title: string;
  description: string;
  programType: ProgramType;
  status: 'DRAFT' | 'OPEN';
  commitmentPercent: number; // 1–100
  startInDays: number;
  durationWeeks: number;
  deadlineInDays: number;
  slots: number;
  location?: string;
  remoteMode: RemoteMode;
  payPlan?: string;
  gradeMin?: number;
  gradeMax?: number;
  occupationalSeries?: string;
  /** Abbreviations of the agencies whose staff may apply; omitted = open to all. */
  restrictedTo?: string[];
  securityClearance?: 'NONE' | 'PUBLIC_TRUST' | 'SECRET' | 'TOP_SECRET';
  requiresSupervisorApproval: boolean;
  skills: SeedOpeningSkill[];
}

export interface SeedApplication {
  person: string; // SeedPerson.externalId
  opening: string; // SeedOpening.key
  statement: string;
  status: 'SUBMITTED' | 'SHORTLISTED';
  supervisorApproval: 'PENDING' | 'APPROVED' | 'NOT_REQUIRED';
}

/** How much an O*NET occupation needs a seed skill (the shape of O*NET's ratings). */
export interface SeedOccupationRating {
  skill: string; // SeedSkill.key (ONET or ONET_TECH)
  /** O*NET importance IM, 1–5 (skills and knowledge). */
  importance?: number;
  /** O*NET level LV, 0–7 (skills and knowledge). */
  level?: number;
  /** Technology skills: O*NET's hot technology and in-demand flags. */
  hot?: boolean;
  inDemand?: boolean;
}

export interface SeedOccupation {
  /** O*NET-SOC code, e.g. "15-1244.00". */
  code: string;
  title: string;
  ratings: SeedOccupationRating[];
}

export interface SeedMilitaryOccupation {
  branch: 'ARMY' | 'NAVY' | 'AIR_FORCE' | 'MARINE_CORPS' | 'COAST_GUARD' | 'SPACE_FORCE';
  /** MOS, rating or AFSC as the crosswalk spells it. */
  code: string;
  title: string;
  /** O*NET-SOC codes of SeedOccupation records (the crosswalk). */
  occupations: string[];
}
