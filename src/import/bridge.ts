/**
 * Cross-scheme skill bridge between O*NET and ESCO.
 *
 * Usage (benchmarks, tests):
 *
 *   import { deriveBridge, readBridgeInput } from '../src/import/bridge.js';
 *   const input = await readBridgeInput(sharedData('onet-29.0'), sharedData('esco-1.1.1'));
 *   const { links, stats } = deriveBridge(input, { holdOut: ['15-1252.00', 'http://data.europa.eu/esco/occupation/…'] });
 *   // links: { from: { scheme: 'ONET' | 'ONET_TECH', code }, to: { scheme: 'ESCO', code }, strength, text, cooc, provenance, pickedBy }
 *
 * `readBridgeInput(onetDir, escoDir)` reads the official files with the importers' own parsers, so
 * codes are the stored ones (O*NET element IDs, `commodity|example` for technology, ESCO URIs).
 * `deriveBridge(input, options?)` is pure and deterministic (input order does not matter).
 * `options.holdOut` lists occupation codes, O*NET-SOC or ESCO URI, whose co-occurrence evidence is
 * ignored (a twin pair is dropped when either side is held out); the text side is unchanged.
 * These two signatures are stable; the method's figures are versioned by METHOD (`bridge/2`).
 *
 * Method (bridge/2), in short:
 *  1. Skills linked: O*NET skills and knowledge (leaf elements; work activities on request), O*NET
 *     technology commodities and examples; ESCO skills, knowledge and languages, not skill groups.
 *  2. Text: TF-IDF vectors over normalised, lightly stemmed tokens (bridge/text.ts), one unit
 *     vector per field, added with weights — label 1, alternative labels 0.6, a technology
 *     example's commodity title 0.9, description 0.5 — and cosine through an inverted index.
 *     Document frequencies come from ESCO. Technology links only to ESCO's digital collection.
 *  3. Twins (bridge/twins.ts): O*NET and ESCO occupations sharing a normalised title (O*NET
 *     title or alternate title = ESCO preferred or alternative label; titles shared by more than
 *     3 occupations on a side are ignored). Over the twin pairs, an O*NET skill counts when its
 *     importance is ≥ 3 (technology: listed; a commodity when one of its examples is), an ESCO
 *     skill when essential or optional; cooc = how far one raises the other's rate above chance.
 *  4. strength = text × (0.6 + 0.4 × cooc), cooc 0 without evidence; kept at ≥ 0.3, at most the
 *     3 strongest per O*NET skill and the strongest per ESCO skill.
 *  5. Co-occurrence only (bridge/2): an O*NET skill or knowledge element and an ESCO skill that
 *     share no candidate text are linked when twins show it: strength = gain = (P(element | ESCO
 *     skill) − P(element)) × n/(n + 2) over the twin pairs, n ≥ 4 pairs needing both, kept at ≥ 0.3,
 *     at most the 2 strongest per ESCO skill (and 400 per element). Provenance `text=0.00 cooc=… gain=…`.
 *     Technology gets none (its text links are precise; co-occurrence would tie tools to trades).
 *
 * Stored by `npm run import -- bridge` (bridge/store.ts) as EQUIVALENT relations from the O*NET
 * skill to the ESCO skill.
 */
export { DEFAULTS, deriveBridge, escoSkillsToLink, METHOD, onetSkillsToLink, scoreCandidates } from './bridge/derive.js';
export { readBridgeInput } from './bridge/read.js';
export {
  BRIDGE_TABLE,
  importBridge,
  readBridgeInputFromDatabase,
  storedStrength,
  type BridgeImportOptions,
} from './bridge/store.js';
export { stem, tokens } from './bridge/text.js';
export { coocScore, titleKey, twinPairs, MAX_OCCUPATIONS_PER_TITLE } from './bridge/twins.js';
export type {
  BridgeInput,
  BridgeLink,
  BridgeOccupation,
  BridgeOptions,
  BridgeRating,
  BridgeResult,
  BridgeScheme,
  BridgeSide,
  BridgeSkill,
  BridgeStats,
  OnetScheme,
  SkillRef,
} from './bridge/types.js';
