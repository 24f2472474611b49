/** Records the parsers produce and the writer stores. Links name their ends by scheme codes. */
import type { MilitaryBranch, SkillKind, SkillRelationKind, SkillScheme } from '@prisma/client';
import type { Skip } from './report.js';

export interface SkillRecord {
  code: string;
  name: string;
  kind: SkillKind;
  description: string | null;
  altLabels: string[];
  /** ESCO collections the concept is in (digital, green, …); absent = none. */
  collections?: string[];
}

export interface OccupationRecord {
  code: string;
  title: string;
  description: string | null;
  /** O*NET alternate titles, ESCO alternative labels; absent = none. */
  altLabels?: string[];
}

/** Broader/narrower link between two skill codes of the same scheme. */
export interface BroaderLink {
  broader: string;
  narrower: string;
}

export interface RelationLink {
  from: string;
  to: string;
  kind: SkillRelationKind;
}

export interface OccupationSkillLink {
  occupation: string;
  skill: string;
  importance: number | null;
  level: number | null;
  essential: boolean | null;
  hot: boolean;
  inDemand: boolean;
}

export interface MilitaryOccupationRecord {
  branch: MilitaryBranch;
  code: string;
  title: string;
}

export interface CrosswalkLink {
  branch: MilitaryBranch;
  code: string;
  /** O*NET-SOC code of the civilian occupation. */
  onetSoc: string;
  /** Source line, to report a link that cannot be made. */
  line: number;
}

export interface ReleaseRecord {
  scheme: SkillScheme;
  version: string;
  title: string;
  licence: string;
  url: string | null;
  attribution: string;
}

/** What a pure parser returns: the records it could read and why it dropped the others. */
export interface Parsed<T> {
  records: T[];
  skips: Skip[];
}
