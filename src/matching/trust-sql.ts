/**
 * The trust class of profile skills computed in PostgreSQL, generated from TRUST_RULES
 * (model.ts), the table trustOf() reads: one definition, two languages. Used where profiles are
 * read for the index (profile-rows.ts) and by the SQL reference (sql-reference.ts);
 * tests/api/matching-trust.test.ts checks both shapes against trustOf() on every combination.
 */
import { TRUST_RULES, trustClass, type TrustName } from './engine/model.js';

const R = TRUST_RULES;
const literal = (s: string) => `'${s.replace(/'/g, "''")}'`;
const cls = (name: TrustName) => String(trustClass(name));

/** Evidence rows (alias `e`) that count toward trust. */
const counted = (e: string) => `${e}.source NOT IN (${R.uncountedSources.map(literal).join(', ')})`;

/** The class a counted evidence row (alias `e`) gives. */
const evidenceClass = (e: string) =>
  `CASE WHEN ${e}."verifiedAt" IS NOT NULL OR (${e}.source = ${literal(R.attestingSource)} AND ${e}."rotationId" IS NOT NULL)` +
  ` THEN ${cls(R.attestedEvidence)} ELSE ${cls(R.evidence)} END`;

/** The class an endorsement row (alias `en`) gives. */
const endorsementClass = (en: string) =>
  `CASE ${en}.kind ${Object.entries(R.endorsements)
    .map(([kind, name]) => `WHEN ${literal(kind)} THEN ${cls(name)}`)
    .join(' ')} ELSE 0 END`;

/**
 * Highest evidence class and highest endorsement class per profile skill, as two subqueries
 * grouped by "profileSkillId" (columns id, t), restricted by `where` (over e / en) when given:
 * one pass over each table, for reading many profiles at once. Combine with trustOfJoined().
 */
export function trustSubqueries(where?: { evidence: string; endorsement: string }): { evidence: string; endorsement: string } {
  return {
    evidence: `SELECT e."profileSkillId" AS id, max(${evidenceClass('e')}) AS t FROM "SkillEvidence" e
      WHERE ${counted('e')}${where ? ` AND ${where.evidence}` : ''} GROUP BY 1`,
    endorsement: `SELECT en."profileSkillId" AS id, max(${endorsementClass('en')}) AS t FROM "Endorsement" en
      ${where ? `WHERE ${where.endorsement}` : ''} GROUP BY 1`,
  };
}

const greatestOf = (evidence: string, endorsement: string) => `greatest(coalesce(${evidence}, 0), coalesce(${endorsement}, 0))`;

/** The class from trustSubqueries() joined as `ev` and `en` (no row: 0). */
export const trustOfJoined = (ev: string, en: string) => greatestOf(`${ev}.t`, `${en}.t`);

/** The class of one profile skill (alias `ps`), by correlated subqueries: for a few rows. */
export const trustOfProfileSkill = (ps: string) =>
  greatestOf(
    `(SELECT max(${evidenceClass('e')}) FROM "SkillEvidence" e WHERE e."profileSkillId" = ${ps}.id AND ${counted('e')})`,
    `(SELECT max(${endorsementClass('en')}) FROM "Endorsement" en WHERE en."profileSkillId" = ${ps}.id)`,
  );
