/**
 * deriveBridge: links O*NET skills, knowledge and technology to their closest ESCO skills and
 * back, from text similarity confirmed by co-occurrence in twin occupations. Pure and
 * deterministic: the input is sorted by (scheme, code) first, so its order does not matter.
 */
import { countFields, idfOf, similarities, vectorize, Vocabulary, type Field, type Vector } from './text.js';
import { coocScore, countCooccurrence, SHRINK, twinPairs } from './twins.js';
import type { BridgeInput, BridgeLink, BridgeOptions, BridgeResult, BridgeSkill, OnetScheme } from './types.js';

export const METHOD = 'bridge/2';

/** The method's constants; changing one changes the links, so bump METHOD with it. */
export const DEFAULTS = {
  /** Field weights: labels above alternative labels and the technology's commodity, above descriptions. */
  labelWeight: 1,
  altWeight: 0.6,
  contextWeight: 0.9,
  descriptionWeight: 0.5,
  /** Text similarity below this is not a candidate at all. */
  textFloor: 0.2,
  /** Candidates kept per skill on each side, by text, before co-occurrence is counted. */
  candidatesPerSkill: 20,
  /** strength = text × (base + (1 − base) × cooc); a link without co-occurrence evidence counts cooc 0. */
  base: 0.6,
  threshold: 0.3,
  maxPerOnet: 3,
  maxPerEsco: 1,
  minImportance: 3,
  /** Co-occurrence-only links (no shared words): O*NET skills and knowledge to any ESCO skill. */
  coocOnly: true,
  /** Least gain, P(a | b) − P(a) shrunk by support, for a link without text (coocGain). */
  coocFloor: 0.3,
  /** Least twin pairs needing both for a link without text. */
  minTogether: 4,
  /** A link without text: strength = coocWeight × gain (then the threshold applies). */
  coocWeight: 1,
  /** Most co-occurrence-only links per O*NET element, and per ESCO skill, strongest first. */
  maxCoocPerOnet: 400,
  maxCoocPerEsco: 2,
} as const;

const byRef = (a: BridgeSkill, b: BridgeSkill) =>
  a.scheme < b.scheme ? -1 : a.scheme > b.scheme ? 1 : a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
const byCode = <T extends { code: string }>(a: T, b: T) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
const isContentModel = (code: string) => !/\.I\d/.test(code);

/** The O*NET skills the bridge links: elements that are not categories of other elements, technology; work activities on request. */
export function onetSkillsToLink(skills: readonly BridgeSkill[], workActivities: boolean): BridgeSkill[] {
  const categories = new Set<string>();
  for (const s of skills) {
    if (s.scheme === 'ONET' && isContentModel(s.code)) for (const b of s.broader) categories.add(`${s.kind}|${b}`);
  }
  return skills
    .filter((s) => {
      if (s.scheme === 'ONET_TECH') return true;
      if (s.scheme !== 'ONET') return false;
      if (s.kind === 'WORK_ACTIVITY' && !workActivities) return false;
      if (s.kind !== 'SKILL' && s.kind !== 'KNOWLEDGE' && s.kind !== 'WORK_ACTIVITY') return false;
      return !categories.has(`${s.kind}|${s.code}`);
    })
    .sort(byRef);
}

/** The ESCO skills the bridge links: every concept but the skill groups (COMPETENCY). */
export function escoSkillsToLink(skills: readonly BridgeSkill[]): BridgeSkill[] {
  return skills.filter((s) => s.scheme === 'ESCO' && s.kind !== 'COMPETENCY').sort(byRef);
}

const fmt = (n: number) => n.toFixed(2);

/** Every candidate pair with its figures, before the threshold and the per-skill limits. */
export function scoreCandidates(input: BridgeInput, options: BridgeOptions = {}) {
  const o = { ...DEFAULTS, ...definedOnly(options) };
  const holdOut = new Set(options.holdOut ?? []);
  const onet = onetSkillsToLink(input.onet.skills, options.workActivities ?? false);
  const esco = escoSkillsToLink(input.esco.skills);

  // ── Text: one vector per skill, cosine through an inverted index ──
  const names = new Map(input.onet.skills.map((s) => [`${s.scheme}|${s.code}`, s.name]));
  const vocab = new Vocabulary();
  const onetFields = onet.map((s): Field[] => {
    const context = s.scheme === 'ONET_TECH' ? s.broader.flatMap((b) => names.get(`ONET_TECH|${b}`) ?? []) : [];
    return [
      { texts: [s.name], weight: o.labelWeight },
      { texts: s.altLabels, weight: o.altWeight },
      { texts: context, weight: o.contextWeight },
      { texts: s.description ? [s.description] : [], weight: o.descriptionWeight },
    ];
  });
  const escoFields = esco.map((s): Field[] => [
    { texts: [s.name], weight: o.labelWeight },
    { texts: s.altLabels, weight: o.altWeight },
    { texts: s.description ? [s.description] : [], weight: o.descriptionWeight },
  ]);
  // Document frequencies from ESCO alone: 9,000 O*NET technology entries end in "software", which
  // would make the one word that tells software from its subject ("medical") nearly weightless.
  const onetCounted = onetFields.map((f) => countFields(vocab, f, false));
  const escoCounted = escoFields.map((f) => countFields(vocab, f));
  const idf = idfOf(vocab, esco.length);
  const onetVectors: Vector[] = onetCounted.map((c) => vectorize(c, idf));
  const escoVectors: Vector[] = escoCounted.map((c) => vectorize(c, idf));
  const sims = similarities(onetVectors, escoVectors, vocab.size, o.textFloor);
  // Technology links only to ESCO's digital skills, when the input has that collection.
  const digital = esco.map((s) => s.collections.includes('digital'));
  const typed = digital.some(Boolean);
  if (typed)
    sims.forEach((list, a) => {
      if (onet[a]!.scheme === 'ONET_TECH') sims[a] = list.filter(([b]) => digital[b]);
    });

  // Candidates: each skill's nearest by text, on either side.
  const byEsco: Array<Array<[number, number]>> = Array.from({ length: esco.length }, () => []);
  sims.forEach((list, a) => list.forEach(([b, t]) => byEsco[b]!.push([a, t])));
  const chosen = new Map<number, number>(); // a * esco.length + b → text
  const nearest = (list: Array<[number, number]>) =>
    [...list].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, o.candidatesPerSkill);
  sims.forEach((list, a) => nearest(list).forEach(([b, t]) => chosen.set(a * esco.length + b, t)));
  byEsco.forEach((list, b) => nearest(list).forEach(([a, t]) => chosen.set(a * esco.length + b, t)));
  const candidateKeys = [...chosen.keys()].sort((x, y) => x - y);
  const candidates = candidateKeys.map((k): [number, number] => [Math.floor(k / esco.length), k % esco.length]);

  // ── Co-occurrence in twin occupations ──
  const onetOccupations = [...input.onet.occupations].sort(byCode);
  const escoOccupations = [...input.esco.occupations].sort(byCode);
  const onetIndex = new Map(onet.map((s, i) => [`${s.scheme}|${s.code}`, i]));
  const escoIndex = new Map(esco.map((s, i) => [s.code, i]));
  const onetOcc = new Map(onetOccupations.map((x, i) => [x.code, i]));
  const escoOcc = new Map(escoOccupations.map((x, i) => [x.code, i]));
  const onetNeeds: Array<Set<number>> = onetOccupations.map(() => new Set());
  for (const r of input.onet.ratings) {
    const occ = onetOcc.get(r.occupation);
    const a = onetIndex.get(`${r.scheme}|${r.code}`);
    if (occ === undefined || a === undefined) continue;
    if (r.scheme === 'ONET' && (r.importance ?? 0) < o.minImportance) continue;
    onetNeeds[occ]!.add(a);
    // A listed technology example brings its commodity along.
    if (r.scheme === 'ONET_TECH')
      for (const b of onet[a]!.broader) {
        const c = onetIndex.get(`ONET_TECH|${b}`);
        if (c !== undefined) onetNeeds[occ]!.add(c);
      }
  }
  const escoNeeds: Array<Set<number>> = escoOccupations.map(() => new Set());
  for (const r of input.esco.ratings) {
    const occ = escoOcc.get(r.occupation);
    const b = r.scheme === 'ESCO' ? escoIndex.get(r.code) : undefined;
    if (occ !== undefined && b !== undefined) escoNeeds[occ]!.add(b);
  }
  const sorted = (sets: Array<Set<number>>) => sets.map((s) => [...s].sort((x, y) => x - y));
  const pairs = twinPairs(onetOccupations, escoOccupations, holdOut);
  const onetSorted = sorted(onetNeeds);
  const escoSorted = sorted(escoNeeds);
  // Co-occurrence-only candidates: every (O*NET element, ESCO skill) needed together by a twin pair
  // that text did not already propose. Elements (scheme ONET) sort before technology.
  const elements = o.coocOnly ? onet.filter((s) => s.scheme === 'ONET').length : 0;
  if (elements > 0) {
    const seen = new Uint8Array(elements * esco.length);
    for (const k of candidateKeys) {
      const a = Math.floor(k / esco.length);
      if (a < elements) seen[a * esco.length + (k % esco.length)] = 1;
    }
    const extra: number[] = [];
    for (const [x, y] of pairs)
      for (const a of onetSorted[x]!) {
        if (a >= elements) continue;
        for (const b of escoSorted[y]!)
          if (!seen[a * esco.length + b]) {
            seen[a * esco.length + b] = 1;
            extra.push(a * esco.length + b);
          }
      }
    for (const k of extra) candidateKeys.push(k);
    candidateKeys.sort((x, y) => x - y);
    candidates.length = 0;
    for (const k of candidateKeys) candidates.push([Math.floor(k / esco.length), k % esco.length]);
  }
  const cooc = countCooccurrence(pairs, onetSorted, escoSorted, onet.length, esco.length, candidates);

  // ── Strength, then each skill's strongest links ──
  const scored = candidates.map(([a, b], c) => {
    const text = chosen.get(candidateKeys[c]!) ?? 0;
    const score = coocScore(cooc.together[c]!, cooc.onetCount[a]!, cooc.escoCount[b]!, cooc.pairs);
    const textBacked = text > 0;
    const gain = coocGain(cooc.together[c]!, cooc.onetCount[a]!, cooc.escoCount[b]!, cooc.pairs);
    const strength = textBacked
      ? text * (o.base + (1 - o.base) * (score ?? 0))
      : coocOnlyStrength(o, cooc.together[c]!, gain, score);
    return { a, b, c, text, score, gain, strength, textBacked };
  });
  return { o, onet, esco, pairs, cooc, scored };
}

export function deriveBridge(input: BridgeInput, options: BridgeOptions = {}): BridgeResult {
  const { o, onet, esco, pairs, cooc, scored } = scoreCandidates(input, options);
  type Scored = (typeof scored)[number];
  const strongest = (x: Scored, y: Scored) => y.strength - x.strength || x.a - y.a || x.b - y.b;
  const pickedByOnet = new Set<number>();
  const pickedByEsco = new Set<number>();
  const perOnet: Scored[][] = onet.map(() => []);
  const perEsco: Scored[][] = esco.map(() => []);
  const coocPerOnet: Scored[][] = onet.map(() => []);
  const coocPerEsco: Scored[][] = esco.map(() => []);
  for (const s of scored) {
    if (s.strength < o.threshold) continue;
    (s.textBacked ? perOnet : coocPerOnet)[s.a]!.push(s);
    (s.textBacked ? perEsco : coocPerEsco)[s.b]!.push(s);
  }
  for (const list of perOnet) for (const s of list.sort(strongest).slice(0, o.maxPerOnet)) pickedByOnet.add(s.c);
  for (const list of perEsco) for (const s of list.sort(strongest).slice(0, o.maxPerEsco)) pickedByEsco.add(s.c);
  // Co-occurrence-only: kept when both sides rank it among their strongest.
  const coocKeptByEsco = new Set<number>();
  for (const list of coocPerEsco) for (const s of list.sort(strongest).slice(0, o.maxCoocPerEsco)) coocKeptByEsco.add(s.c);
  for (const list of coocPerOnet)
    for (const s of list
      .filter((x) => coocKeptByEsco.has(x.c))
      .sort(strongest)
      .slice(0, o.maxCoocPerOnet)) {
      pickedByOnet.add(s.c);
      pickedByEsco.add(s.c);
    }

  const links: BridgeLink[] = [];
  for (const s of scored) {
    const byOnet = pickedByOnet.has(s.c);
    const byEscoSide = pickedByEsco.has(s.c);
    if (!byOnet && !byEscoSide) continue;
    const from = onet[s.a]!;
    const strength = Math.min(1, Math.max(Number.MIN_VALUE, s.strength));
    links.push({
      from: { scheme: from.scheme as OnetScheme, code: from.code },
      to: { scheme: 'ESCO', code: esco[s.b]!.code },
      strength,
      text: s.text,
      cooc: s.score,
      provenance:
        `${METHOD} text=${fmt(s.text)} cooc=${s.score === null ? 'none' : fmt(s.score)} ` +
        (s.textBacked ? '' : `gain=${fmt(s.gain)} `) +
        `twins=${cooc.together[s.c]}/${cooc.onetCount[s.a]}/${cooc.escoCount[s.b]} of ${cooc.pairs}`,
      pickedBy: byOnet && byEscoSide ? 'BOTH' : byOnet ? 'ONET' : 'ESCO',
    });
  }
  links.sort(
    (x, y) =>
      (x.from.scheme < y.from.scheme ? -1 : x.from.scheme > y.from.scheme ? 1 : 0) ||
      byCode(x.from, y.from) ||
      y.strength - x.strength ||
      byCode(x.to, y.to),
  );
  return {
    method: METHOD,
    links,
    stats: {
      onetSkills: onet.length,
      escoSkills: esco.length,
      twinPairs: pairs.length,
      candidates: scored.length,
      links: links.length,
      onetLinked: new Set(links.map((l) => `${l.from.scheme}|${l.from.code}`)).size,
      escoLinked: new Set(links.map((l) => l.to.code)).size,
    },
  };
}

/**
 * Strength of a co-occurrence-only link: how much more often the O*NET twin needs the element when
 * the ESCO occupation needs the ESCO skill than over all twins, P(a | b) − P(a), shrunk by support
 * like cooc (× together / (together + SHRINK)); 0 below minTogether or coocFloor, or without evidence.
 * Unlike cooc (a share of the room left above chance), this stays small for an element nearly
 * every twin needs ("Active Listening"), whose credit would tell no one apart.
 */
export function coocGain(together: number, onetCount: number, escoCount: number, pairs: number): number {
  if (escoCount === 0 || pairs === 0) return 0;
  return Math.max(0, together / escoCount - onetCount / pairs) * (together / (together + SHRINK));
}

function coocOnlyStrength(
  o: { minTogether: number; coocFloor: number; coocWeight: number },
  together: number,
  gain: number,
  score: number | null,
): number {
  if (score === null || together < o.minTogether || gain < o.coocFloor) return 0;
  return Math.min(1, o.coocWeight * gain);
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
