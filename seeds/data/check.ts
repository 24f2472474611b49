/**
 * Consistency check for the hand-written demo seed: `npx tsx seeds/data/check.ts`.
 * Asserts unique natural keys, referential integrity, value ranges and an acyclic skill
 * hierarchy, prints counts, and exits non-zero on any failure.
 */
import type { SeedPerson } from '../types.js';
import { agencies } from './agencies.js';
import { militaryOccupations, occupations } from './military.js';
import { openings } from './openings.js';
import { people } from './people.js';
import { skills } from './skills.js';

const failures: string[] = [];
const check = (ok: boolean, message: string): void => {
  if (!ok) failures.push(message);
};
const duplicates = (values: string[]): string[] => [...new Set(values.filter((v, i) => values.indexOf(v) !== i))];
const inRange = (n: number, min: number, max: number): boolean => Number.isInteger(n) && n >= min && n <= max;

// ---------------------------------------------------------------- agencies
const agencyByCode = new Map(agencies.map((a) => [a.code, a]));
const agencyByAbbr = new Map(agencies.map((a) => [a.abbreviation, a]));
for (const d of duplicates(agencies.map((a) => a.code))) check(false, `agency code ${d} is duplicated`);
for (const d of duplicates(agencies.map((a) => a.abbreviation))) check(false, `agency abbreviation ${d} is duplicated`);
for (const a of agencies) {
  check(/^[0-9A-Z]{3,4}$/.test(a.code), `agency ${a.abbreviation}: odd code "${a.code}"`);
  check(a.name.trim().length > 0 && a.abbreviation.trim().length > 0, `agency ${a.code}: empty name or abbreviation`);
  if (a.parentCode !== undefined) {
    const parent = agencyByCode.get(a.parentCode);
    check(parent !== undefined, `agency ${a.abbreviation}: parent ${a.parentCode} does not exist`);
    check(parent?.parentCode === undefined, `agency ${a.abbreviation}: parent ${a.parentCode} is itself a sub-agency`);
  }
}
const topTier = agencies.filter((a) => a.parentCode === undefined).length;
check(topTier >= 12, `only ${topTier} top-tier agencies`);

// ---------------------------------------------------------------- skills
const skillByKey = new Map(skills.map((s) => [s.key, s]));
for (const d of duplicates(skills.map((s) => s.key))) check(false, `skill key ${d} is duplicated`);
const kindsByScheme: Record<string, string[]> = {
  ONET: ['SKILL', 'KNOWLEDGE'],
  ONET_TECH: ['TECHNOLOGY'],
  ESCO: ['SKILL', 'KNOWLEDGE', 'COMPETENCY', 'LANGUAGE'],
  LOCAL: ['COMPETENCY', 'TECHNOLOGY', 'SKILL', 'KNOWLEDGE'],
};
for (const s of skills) {
  check(s.key === `${s.scheme}:${s.code}`, `skill ${s.key}: key is not scheme:code`);
  check(s.name.trim().length > 0, `skill ${s.key}: empty name`);
  check((kindsByScheme[s.scheme] ?? []).includes(s.kind), `skill ${s.key}: kind ${s.kind} unexpected for ${s.scheme}`);
  if (s.scheme === 'ONET') check(/^2\.[ABC](\.\d+(\.[a-z])?)?$/.test(s.code), `skill ${s.key}: not an O*NET element ID`);
  if (s.scheme === 'ONET_TECH') check(/^\d{8}\|.+$/.test(s.code), `skill ${s.key}: not "UNSPSC|example"`);
  if (s.scheme === 'ESCO') check(s.code.startsWith('http://data.europa.eu/esco/'), `skill ${s.key}: not an ESCO URI`);
  if (s.scheme === 'LOCAL') check(/^[a-z0-9]+(-[a-z0-9]+)*$/.test(s.code), `skill ${s.key}: local code is not a slug`);
  for (const b of s.broader ?? []) {
    check(skillByKey.has(b), `skill ${s.key}: broader ${b} does not exist`);
    check(b !== s.key, `skill ${s.key}: broader of itself`);
  }
  for (const r of s.related ?? []) {
    check(skillByKey.has(r), `skill ${s.key}: related ${r} does not exist`);
    check(r !== s.key, `skill ${s.key}: related to itself`);
    check(!(skillByKey.get(r)?.related ?? []).includes(s.key), `skill pair ${s.key} / ${r} is listed twice`);
  }
  for (const d of duplicates([...(s.broader ?? []), ...(s.related ?? [])])) {
    check(false, `skill ${s.key}: ${d} listed twice in broader/related`);
  }
}
// Cycle check over `broader` (depth-first search with colours).
const colour = new Map<string, 'grey' | 'black'>();
const visit = (key: string, path: string[]): void => {
  const c = colour.get(key);
  if (c === 'black') return;
  if (c === 'grey') {
    check(false, `skill hierarchy cycle: ${[...path, key].join(' -> ')}`);
    return;
  }
  colour.set(key, 'grey');
  for (const b of skillByKey.get(key)?.broader ?? []) visit(b, [...path, key]);
  colour.set(key, 'black');
};
for (const s of skills) visit(s.key, []);

// ---------------------------------------------------------------- people
for (const d of duplicates(people.map((p) => p.externalId))) check(false, `person externalId ${d} is duplicated`);
for (const d of duplicates(people.map((p) => p.email.toLowerCase()))) check(false, `person email ${d} is duplicated`);
for (const d of duplicates(people.flatMap((p) => (p.phone ? [p.phone] : [])))) check(false, `phone ${d} is duplicated`);
const gradeRange: Record<string, [number, number]> = { GS: [7, 15], GG: [7, 15], ZP: [1, 5] };
for (const p of people) {
  const who = `${p.externalId} (${p.givenName} ${p.familyName})`;
  check(agencyByAbbr.has(p.agency), `${who}: agency ${p.agency} does not exist`);
  check(/^[a-z0-9._-]+@[a-z0-9.-]+\.(gov|mil)$/.test(p.email), `${who}: email ${p.email} is not a lower-case .gov/.mil address`);
  check(p.phone === undefined || /^\+1-\d{3}-555-01\d{2}$/.test(p.phone), `${who}: phone ${p.phone} not in 555-01xx`);
  check(/^\d{4}$/.test(p.occupationalSeries), `${who}: series ${p.occupationalSeries} is not four digits`);
  const range = gradeRange[p.payPlan];
  check(range !== undefined, `${who}: unexpected pay plan ${p.payPlan}`);
  if (range) check(inRange(p.grade, range[0], range[1]), `${who}: grade ${p.grade} out of range for ${p.payPlan}`);
  check(inRange(p.availablePercent, 0, 100), `${who}: availablePercent ${p.availablePercent}`);
  check(p.headline.trim().length > 0 && p.jobTitle.trim().length > 0, `${who}: empty headline or job title`);
  check(inRange(p.skills.length, 6, 14), `${who}: has ${p.skills.length} skills (want 6–14)`);
  check(p.education.length <= 3, `${who}: more than 3 education entries`);
  for (const e of p.education) {
    check(inRange(e.completedYear, 1970, 2025), `${who}: education year ${e.completedYear}`);
  }
  for (const d of duplicates(p.skills.map((s) => s.skill))) check(false, `${who}: skill ${d} listed twice`);
  let militaryEvidence = 0;
  for (const s of p.skills) {
    check(skillByKey.has(s.skill), `${who}: skill ${s.skill} does not exist`);
    check(inRange(s.level, 1, 5), `${who}: level ${s.level} for ${s.skill}`);
    check(inRange(s.evidence.length, 1, 3), `${who}: ${s.evidence.length} evidence entries for ${s.skill}`);
    for (const e of s.evidence) {
      check(inRange(e.daysAgo, 30, 4000), `${who}: evidence "${e.title}" daysAgo ${e.daysAgo}`);
      check(e.title.trim().length > 0, `${who}: evidence with empty title`);
      if (e.source === 'CERTIFICATION') check(!!e.issuer, `${who}: certification "${e.title}" has no issuer`);
      if (e.source === 'MILITARY') militaryEvidence += 1;
    }
  }
  if (p.military) {
    check(p.military.code.trim().length > 0 && p.military.title.trim().length > 0, `${who}: empty military code/title`);
    check(militaryEvidence > 0, `${who}: served but has no MILITARY evidence`);
  } else {
    check(militaryEvidence === 0, `${who}: MILITARY evidence without military service`);
  }
}
for (const a of agencies) {
  const ids = people.filter((p) => p.agency === a.abbreviation).map((p) => p.externalId);
  for (const d of duplicates(ids)) check(false, `externalId ${d} duplicated within ${a.abbreviation}`);
}

// ---------------------------------------------------------------- openings
const canApply = (p: SeedPerson, restrictedTo: string[] | undefined): boolean => {
  if (!restrictedTo) return true;
  const own = agencyByAbbr.get(p.agency);
  const parent = own?.parentCode ? agencyByCode.get(own.parentCode) : undefined;
  return restrictedTo.includes(p.agency) || (parent !== undefined && restrictedTo.includes(parent.abbreviation));
};
for (const d of duplicates(openings.map((o) => o.key))) check(false, `opening key ${d} is duplicated`);
const candidateCounts: string[] = [];
for (const o of openings) {
  const what = `opening ${o.key}`;
  check(/^[a-z0-9]+(-[a-z0-9]+)*$/.test(o.key), `${what}: key is not a slug`);
  check(agencyByAbbr.has(o.hostAgency), `${what}: host ${o.hostAgency} does not exist`);
  for (const r of o.restrictedTo ?? []) check(agencyByAbbr.has(r), `${what}: restrictedTo ${r} does not exist`);
  check(o.deadlineInDays < o.startInDays, `${what}: deadline ${o.deadlineInDays} is not before start ${o.startInDays}`);
  check(inRange(o.deadlineInDays, 7, 60), `${what}: deadlineInDays ${o.deadlineInDays}`);
  check(inRange(o.startInDays, 14, 120), `${what}: startInDays ${o.startInDays}`);
  check(inRange(o.durationWeeks, 4, 52), `${what}: durationWeeks ${o.durationWeeks}`);
  check(inRange(o.commitmentPercent, 1, 100), `${what}: commitmentPercent ${o.commitmentPercent}`);
  check(inRange(o.slots, 1, 4), `${what}: slots ${o.slots}`);
  check(o.title.trim().length > 0 && o.description.trim().length > 40, `${what}: title or description too short`);
  check(o.remoteMode === 'REMOTE' || o.location !== undefined, `${what}: non-remote opening without location`);
  if (o.gradeMin !== undefined || o.gradeMax !== undefined) {
    check(o.payPlan !== undefined, `${what}: grade range without pay plan`);
    check((o.gradeMin ?? 1) <= (o.gradeMax ?? 15), `${what}: gradeMin > gradeMax`);
  }
  if (o.occupationalSeries !== undefined) check(/^\d{4}$/.test(o.occupationalSeries), `${what}: bad series`);
  check(inRange(o.skills.length, 3, 7), `${what}: has ${o.skills.length} skills (want 3–7)`);
  const req = o.skills.filter((s) => s.required);
  check(inRange(req.length, 1, 4), `${what}: has ${req.length} required skills (want 1–4)`);
  for (const d of duplicates(o.skills.map((s) => s.skill))) check(false, `${what}: skill ${d} listed twice`);
  for (const s of o.skills) {
    check(skillByKey.has(s.skill), `${what}: skill ${s.skill} does not exist`);
    check(inRange(s.minLevel, 2, 4), `${what}: minLevel ${s.minLevel} for ${s.skill}`);
    check(s.weight > 0 && s.weight <= 3, `${what}: weight ${s.weight} for ${s.skill}`);
    check(
      people.some((p) => p.skills.some((ps) => ps.skill === s.skill)),
      `${what}: nobody has ${s.skill}`,
    );
  }
  // Someone discoverable and eligible should meet every required skill, so each demo opening ranks somebody.
  const qualified = people.filter(
    (p) =>
      p.discoverable &&
      canApply(p, o.restrictedTo) &&
      req.every((r) => p.skills.some((ps) => ps.skill === r.skill && ps.level >= r.minLevel)),
  );
  check(qualified.length > 0, `${what}: no discoverable, eligible person meets all required skills`);
  candidateCounts.push(`  ${o.key}: ${qualified.length} fully qualified (${qualified.map((p) => p.externalId).join(', ')})`);
}

// ---------------------------------------------------------------- occupations and military codes
for (const d of duplicates(occupations.map((o) => o.code))) check(false, `occupation ${d} is duplicated`);
for (const o of occupations) {
  check(/^\d{2}-\d{4}\.\d{2}$/.test(o.code), `occupation ${o.code}: not an O*NET-SOC code`);
  for (const d of duplicates(o.ratings.map((r) => r.skill))) check(false, `occupation ${o.code}: ${d} rated twice`);
  for (const r of o.ratings) {
    const s = skillByKey.get(r.skill);
    check(
      s !== undefined && (s.scheme === 'ONET' || s.scheme === 'ONET_TECH'),
      `occupation ${o.code}: ${r.skill} is not an O*NET skill of the seed`,
    );
    if (s?.scheme === 'ONET') {
      check(
        r.importance !== undefined && r.importance >= 1 && r.importance <= 5,
        `occupation ${o.code}: importance of ${r.skill} not 1–5`,
      );
      check(r.level !== undefined && r.level >= 0 && r.level <= 7, `occupation ${o.code}: level of ${r.skill} not 0–7`);
    }
  }
}
const occupationCodes = new Set(occupations.map((o) => o.code));
for (const d of duplicates(militaryOccupations.map((m) => `${m.branch} ${m.code}`)))
  check(false, `military code ${d} is duplicated`);
for (const m of militaryOccupations) {
  check(m.occupations.length > 0, `military code ${m.code}: no occupations`);
  for (const c of m.occupations) check(occupationCodes.has(c), `military code ${m.code}: occupation ${c} is not in the seed`);
}
for (const p of people.filter((x) => x.military)) {
  const mil = p.military!;
  if (!militaryOccupations.some((m) => m.branch === mil.branch && m.code === mil.code)) {
    candidateCounts.push(`  note: ${p.externalId}'s ${mil.branch} ${mil.code} has no crosswalk in the seed`);
  }
}

// ---------------------------------------------------------------- report
const count = <T>(xs: T[], f: (x: T) => string): string => {
  const m = new Map<string, number>();
  for (const x of xs) m.set(f(x), (m.get(f(x)) ?? 0) + 1);
  return [...m.entries()].map(([k, v]) => `${k} ${v}`).join(', ');
};
console.log(`agencies: ${agencies.length} (${topTier} top-tier, ${agencies.length - topTier} sub-agencies)`);
console.log(`skills:   ${skills.length} (${count(skills, (s) => s.scheme)}; ${count(skills, (s) => s.kind)})`);
console.log(
  `          ${skills.filter((s) => s.broader?.length).length} with broader, ` +
    `${skills.reduce((n, s) => n + (s.related?.length ?? 0), 0)} related pairs`,
);
console.log(
  `people:   ${people.length} (${people.filter((p) => !p.discoverable).length} not discoverable, ` +
    `${people.filter((p) => p.military).length} veterans, ${people.filter((p) => p.education.length === 0).length} without education entries, ` +
    `${people.reduce((n, p) => n + p.skills.length, 0)} profile skills, ` +
    `${people.reduce((n, p) => n + p.skills.reduce((m, s) => m + s.evidence.length, 0), 0)} evidence entries)`,
);
console.log(
  `          evidence sources: ${count(
    people.flatMap((p) => p.skills.flatMap((s) => s.evidence)),
    (e) => e.source,
  )}`,
);
console.log(
  `openings: ${openings.length} (${count(openings, (o) => o.programType)}; ` +
    `${openings.filter((o) => o.status === 'DRAFT').length} draft, ${openings.filter((o) => o.restrictedTo).length} restricted)`,
);
console.log(
  `military: ${militaryOccupations.length} codes over ${occupations.length} O*NET occupations (${occupations.reduce((n, o) => n + o.ratings.length, 0)} ratings)`,
);
console.log(candidateCounts.join('\n'));

if (failures.length > 0) {
  console.error(`\n${failures.length} problem(s):`);
  for (const f of failures) console.error(`  - ${f}`);
  process.exit(1);
}
console.log('\nseed data OK');
