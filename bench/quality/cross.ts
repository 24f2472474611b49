/**
 * Cross-scheme: can an opening worded in one taxonomy find people described in the other?
 *
 * Pairs: an O*NET occupation and an ESCO occupation are twins when a title of one equals a title of
 * the other after normalisation (O*NET title or alternate titles; ESCO preferredLabel or
 * altLabels; lower-case, accents folded, punctuation to spaces, each word's plural folded to the
 * singular). A normalised title held by more than one occupation of either scheme pairs nothing
 * (ambiguous). Up to P pairs are taken at random, each occupation at most once.
 * Two pools: ESCO-tagged (10 people from each pair's ESCO member, plus D people from ESCO
 * occupations outside the pairs) and O*NET-tagged (the same with the O*NET members). Per pair:
 *  - O*NET opening (from the O*NET member) → ESCO pool: recall@50 of the 10 people of the ESCO
 *    twin (cross); → O*NET pool: recall@50 of the 10 people of the O*NET member (same scheme);
 *  - ESCO opening (from the ESCO member) → O*NET pool (cross) and → ESCO pool (same).
 * ratio = cross / same per direction. Distractors are drawn uniformly (no hard negatives), the
 * same way on both sides, so the two recalls differ only by the scheme the people are tagged in.
 */
import { escoOpening, onetOpening, type Person, type TestOpening } from './people.js';
import type { Rng } from './rng.js';
import { finishPool, personOf, RELEVANT_PER_OPENING, type Generator, type Scenario } from './scenario.js';
import type { EscoOccupation, OnetOccupation, Taxonomy } from './taxonomy.js';

export interface TwinPair {
  onet: OnetOccupation;
  esco: EscoOccupation;
  /** The normalised title they share (the first found). */
  title: string;
}

/** Singular of one lower-case word (enough for occupation titles: managers, secretaries, boxes, analyses). */
export function singular(w: string): string {
  if (w.length <= 3) return w;
  if (w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (/(ches|shes|sses|xes|zes)$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('ses') && !w.endsWith('sses')) return w.slice(0, -1);
  if (w.endsWith('men')) return `${w.slice(0, -3)}man`;
  if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) return w.slice(0, -1);
  return w;
}

export function normaliseTitle(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map(singular)
    .join(' ');
}

function titleIndex<O extends { code: string; labels: string[] }>(occs: readonly O[]): Map<string, O[]> {
  const index = new Map<string, O[]>();
  for (const o of occs) {
    for (const key of new Set(o.labels.map(normaliseTitle).filter(Boolean)))
      (index.get(key) ?? index.set(key, []).get(key)!).push(o);
  }
  return index;
}

/** Every unambiguous twin pair (sorted by codes); `escoOk` / `onetOk` filter the occupations that can make an opening. */
export function twinPairs(
  tax: Taxonomy,
  onetOk: (o: OnetOccupation) => boolean,
  escoOk: (o: EscoOccupation) => boolean,
): TwinPair[] {
  const onet = titleIndex(tax.onet.occupations.filter(onetOk));
  const esco = titleIndex(tax.esco.occupations.filter(escoOk));
  const pairs = new Map<string, TwinPair>();
  for (const [key, os] of onet) {
    const es = esco.get(key);
    if (!es || os.length !== 1 || es.length !== 1) continue;
    const pair = { onet: os[0]!, esco: es[0]!, title: key };
    const k = `${pair.onet.code} ${pair.esco.code}`;
    if (!pairs.has(k)) pairs.set(k, pair);
  }
  return [...pairs.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([, p]) => p);
}

/** Up to n pairs at random, each occupation at most once. */
export function pickPairs(rng: Rng, all: readonly TwinPair[], n: number): TwinPair[] {
  const usedOnet = new Set<string>();
  const usedEsco = new Set<string>();
  const out: TwinPair[] = [];
  for (const p of rng.shuffled(all)) {
    if (out.length >= n) break;
    if (usedOnet.has(p.onet.code) || usedEsco.has(p.esco.code)) continue;
    usedOnet.add(p.onet.code);
    usedEsco.add(p.esco.code);
    out.push(p);
  }
  return out;
}

export interface CrossSetup {
  pairs: TwinPair[];
  onetOpenings: TestOpening[];
  escoOpenings: TestOpening[];
  escoPool: Scenario;
  onetPool: Scenario;
  /** Every available twin pair (before the draw). */
  candidatePairs: number;
}

function pool<O extends EscoOccupation | OnetOccupation>(
  name: string,
  rng: Rng,
  gen: Generator<O>,
  members: readonly O[],
  distractors: number,
): Scenario {
  const taken = new Set(members.map((o) => o.code));
  const others = gen.occupations.filter((o) => !taken.has(o.code));
  const people: Person[] = [];
  for (const occ of members) for (let i = 0; i < RELEVANT_PER_OPENING; i++) people.push(personOf(rng, gen, occ, others));
  for (let i = 0; i < distractors; i++) people.push(personOf(rng, gen, rng.pick(others), others));
  return {
    name,
    openings: [],
    ...finishPool(rng, people),
    adversaries: [],
    notes: [
      `${people.length.toLocaleString('en-US')} people: ${RELEVANT_PER_OPENING} from each of ${members.length} pair members, ${distractors.toLocaleString('en-US')} from other occupations`,
    ],
  };
}

export function buildCross(
  rng: Rng,
  tax: Taxonomy,
  escoGen: Generator<EscoOccupation>,
  onetGen: Generator<OnetOccupation>,
  n: number,
  distractors: number,
): CrossSetup {
  const all = twinPairs(tax, onetGen.canOpen, escoGen.canOpen);
  const pairs = pickPairs(rng, all, n);
  return {
    pairs,
    candidatePairs: all.length,
    onetOpenings: pairs.map((p) => onetOpening(rng, p.onet)),
    escoOpenings: pairs.map((p) => escoOpening(rng, p.esco)),
    escoPool: pool(
      'ESCO-tagged pool',
      rng,
      escoGen,
      pairs.map((p) => p.esco),
      distractors,
    ),
    onetPool: pool(
      'O*NET-tagged pool',
      rng,
      onetGen,
      pairs.map((p) => p.onet),
      distractors,
    ),
  };
}
