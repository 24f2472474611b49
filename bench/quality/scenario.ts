/**
 * Scenarios: openings from real occupations and a pool of generated people in which, for each
 * opening, the relevant people are exactly those generated from its occupation.
 *
 * Pool of a scenario with O openings and N people: 10 people from each opening's occupation
 * (relevant); a third of the rest from other occupations of the same group as an opening's
 * occupation (ISCO-08 unit group for ESCO, SOC minor group for O*NET: hard negatives, sharing
 * much of the vocabulary); the remaining people from occupations drawn uniformly among all the
 * others. No opening's occupation is used for negatives, so every opening has exactly 10 relevant
 * people (generalists included: their second occupation is never an opening's). 15% of all
 * people, relevant or not, are generalists. Adversarial profiles are added, then the whole pool
 * is shuffled and numbered: the engine breaks ties by ID, and numbering after the shuffle makes
 * that tie order random with respect to relevance.
 */
import { escoOpening, escoPerson, GENERALIST_SHARE, onetOpening, onetPerson, type Person, type TestOpening } from './people.js';
import type { Rng } from './rng.js';
import type { EscoOccupation, Occupation, OnetOccupation, Taxonomy } from './taxonomy.js';

export const RELEVANT_PER_OPENING = 10;

export interface Generator<O extends Occupation> {
  occupations: readonly O[];
  /** Occupations an opening may come from (enough skills to write one). */
  canOpen: (occ: O) => boolean;
  opening: (rng: Rng, occ: O) => TestOpening;
  person: (rng: Rng, occs: readonly O[]) => Person;
}

export interface Scenario {
  name: string;
  openings: TestOpening[];
  pool: Person[];
  /** Occupation code → IDs of the people generated from it. */
  byOccupation: Map<string, string[]>;
  /** Group → IDs of the people with an occupation in it (for the graded nDCG). */
  byGroup: Map<string, string[]>;
  /** Labels of the adversarial profiles, in the order they were made. */
  adversaries: string[];
  notes: string[];
}

/** Shuffles, numbers (p000001…) and indexes a pool. */
export function finishPool(rng: Rng, people: Person[]): Pick<Scenario, 'pool' | 'byOccupation' | 'byGroup'> {
  const pool = rng.shuffled(people);
  const width = String(pool.length).length;
  const byOccupation = new Map<string, string[]>();
  const byGroup = new Map<string, string[]>();
  const add = (m: Map<string, string[]>, k: string, id: string) => {
    const l = m.get(k) ?? m.set(k, []).get(k)!;
    if (l[l.length - 1] !== id) l.push(id);
  };
  pool.forEach((p, i) => {
    p.id = `p${String(i + 1).padStart(width, '0')}`;
    for (const o of p.occupations) add(byOccupation, o, p.id);
    for (const g of p.groups) add(byGroup, g, p.id);
  });
  return { pool, byOccupation, byGroup };
}

/** A person of `primary`, or with probability GENERALIST_SHARE of `primary` and one of `others`. */
export function personOf<O extends Occupation>(rng: Rng, gen: Generator<O>, primary: O, others: readonly O[]): Person {
  if (rng.chance(GENERALIST_SHARE)) {
    let second = rng.pick(others);
    for (let i = 0; second.code === primary.code && i < 10; i++) second = rng.pick(others);
    if (second.code !== primary.code) return gen.person(rng, [primary, second]);
  }
  return gen.person(rng, [primary]);
}

export function buildScenario<O extends Occupation>(
  name: string,
  rng: Rng,
  gen: Generator<O>,
  size: { openings: number; people: number },
  adversaries: (generated: readonly Person[]) => Person[],
): Scenario {
  const members = new Map<string, O[]>();
  for (const o of gen.occupations) (members.get(o.group) ?? members.set(o.group, []).get(o.group)!).push(o);
  // At least two other occupations in the group, so that hard negatives exist.
  const eligible = gen.occupations.filter((o) => gen.canOpen(o) && (members.get(o.group)?.length ?? 0) >= 3);
  if (eligible.length < size.openings)
    throw new Error(`${name}: only ${eligible.length} occupations can make an opening, ${size.openings} asked`);
  const openingOccs = rng.sample(eligible, size.openings);
  const excluded = new Set(openingOccs.map((o) => o.code));
  const others = gen.occupations.filter((o) => !excluded.has(o.code));
  const openings = openingOccs.map((o) => gen.opening(rng, o));

  const people: Person[] = [];
  for (const occ of openingOccs) for (let i = 0; i < RELEVANT_PER_OPENING; i++) people.push(personOf(rng, gen, occ, others));
  const negatives = size.people - people.length;
  if (negatives < 0)
    throw new Error(
      `${name}: ${size.people} people cannot hold ${RELEVANT_PER_OPENING} relevant ones for each of ${size.openings} openings`,
    );
  const hardPer = Math.floor(negatives / 3 / size.openings);
  let noSibling = 0;
  for (const occ of openingOccs) {
    const siblings = (members.get(occ.group) ?? []).filter((o) => !excluded.has(o.code));
    if (siblings.length === 0) noSibling += 1;
    for (let i = 0; i < hardPer; i++)
      people.push(personOf(rng, gen, siblings.length ? rng.pick(siblings) : rng.pick(others), others));
  }
  const hard = people.length - RELEVANT_PER_OPENING * size.openings;
  while (people.length < size.people) people.push(personOf(rng, gen, rng.pick(others), others));
  const adv = adversaries(people);
  const notes = [
    `${openings.length} openings; ${people.length.toLocaleString('en-US')} people: ${(RELEVANT_PER_OPENING * size.openings).toLocaleString('en-US')} relevant, ${hard.toLocaleString('en-US')} hard negatives (same group), ${(people.length - RELEVANT_PER_OPENING * size.openings - hard).toLocaleString('en-US')} from other occupations; ${adv.length} adversarial profiles`,
  ];
  if (noSibling)
    notes.push(
      `${noSibling} openings had no free occupation in their group (other openings took them): their hard negatives are random`,
    );
  return { name, openings, ...finishPool(rng, [...people, ...adv]), adversaries: adv.map((a) => a.adversary!), notes };
}

/** The generators of both schemes (shared by the scenarios and the cross-scheme pools). */
export function generators(tax: Taxonomy): { esco: Generator<EscoOccupation>; onet: Generator<OnetOccupation> } {
  return {
    esco: {
      occupations: tax.esco.occupations.filter((o) => o.essential.length + o.optional.length >= 3),
      canOpen: (o) => o.essential.length >= 5,
      opening: escoOpening,
      person: (rng, occs) => escoPerson(rng, tax, occs),
    },
    onet: {
      occupations: tax.onet.occupations,
      canOpen: (o) => o.ratings.length >= 10,
      opening: onetOpening,
      person: (rng, occs) => onetPerson(rng, tax, occs),
    },
  };
}
