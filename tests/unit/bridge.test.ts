/**
 * The O*NET ↔ ESCO bridge (src/import/bridge.ts): deriveBridge on small hand-written input
 * (determinism, hold-out, skill groups, thresholds, technology to digital skills only), then on
 * the real O*NET 29.0 and ESCO 1.1.1 files: obviously right pairs, and precision on a
 * hand-labelled sample of the links it derives.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  coocScore,
  deriveBridge,
  readBridgeInput,
  scoreCandidates,
  stem,
  titleKey,
  tokens,
  twinPairs,
  type BridgeInput,
  type BridgeLink,
  type BridgeRating,
  type BridgeResult,
  type BridgeSkill,
} from '../../src/import/bridge.js';
import { sharedData } from '../helpers/shared-data.js';

const E = 'http://data.europa.eu/esco/skill/';
const skill = (s: Partial<BridgeSkill> & Pick<BridgeSkill, 'scheme' | 'code' | 'name' | 'kind'>): BridgeSkill => ({
  description: null,
  altLabels: [],
  broader: [],
  collections: [],
  ...s,
});

/** Twelve twin occupations ("Job 1" … "Job 12" on both sides); `needs` says which jobs need what. */
function smallInput(): BridgeInput {
  const jobs = Array.from({ length: 12 }, (_, i) => i + 1);
  const onetJob = (k: number) => `15-10${String(k).padStart(2, '0')}.00`;
  const escoJob = (k: number) => `http://data.europa.eu/esco/occupation/job-${k}`;
  const onetRatings: BridgeRating[] = [];
  const escoRatings: BridgeRating[] = [];
  for (const k of jobs) {
    const occupation = onetJob(k);
    onetRatings.push({ occupation, scheme: 'ONET', code: '2.B.3.e', importance: k <= 6 ? 4 : 2, essential: null });
    onetRatings.push({ occupation, scheme: 'ONET', code: '2.C.4.a', importance: 3.5, essential: null });
    if (k <= 6)
      onetRatings.push({ occupation, scheme: 'ONET_TECH', code: '43232110|Microsoft Excel', importance: null, essential: null });
    const esco = escoJob(k);
    if (k <= 6) escoRatings.push({ occupation: esco, scheme: 'ESCO', code: `${E}cp`, importance: null, essential: true });
    if (k >= 7 && k <= 9)
      escoRatings.push({ occupation: esco, scheme: 'ESCO', code: `${E}mp`, importance: null, essential: true });
    if (k <= 4) escoRatings.push({ occupation: esco, scheme: 'ESCO', code: `${E}math`, importance: null, essential: false });
    if (k <= 6) escoRatings.push({ occupation: esco, scheme: 'ESCO', code: `${E}sheet`, importance: null, essential: false });
  }
  return {
    onet: {
      skills: [
        skill({
          scheme: 'ONET',
          code: '2.B.3',
          name: 'Technical Skills',
          kind: 'SKILL',
          description: 'Capacities used to design programs and systems.',
        }),
        skill({
          scheme: 'ONET',
          code: '2.B.3.e',
          name: 'Programming',
          kind: 'SKILL',
          description: 'Writing computer programs for various purposes.',
          broader: ['2.B.3'],
        }),
        skill({
          scheme: 'ONET',
          code: '2.C.4.a',
          name: 'Mathematics',
          kind: 'KNOWLEDGE',
          description: 'Knowledge of arithmetic, algebra, geometry, calculus and statistics.',
        }),
        skill({
          scheme: 'ONET',
          code: '4.A.2.a.4',
          name: 'Analyzing Data or Information',
          kind: 'WORK_ACTIVITY',
          description: 'Analyzing data.',
        }),
        skill({ scheme: 'ONET_TECH', code: '43232110', name: 'Spreadsheet software', kind: 'TECHNOLOGY' }),
        skill({
          scheme: 'ONET_TECH',
          code: '43232110|Microsoft Excel',
          name: 'Microsoft Excel',
          kind: 'TECHNOLOGY',
          broader: ['43232110'],
        }),
      ],
      occupations: jobs.map((k) => ({ code: onetJob(k), title: `Job ${k}`, altLabels: [] })),
      ratings: onetRatings,
    },
    esco: {
      skills: [
        skill({
          scheme: 'ESCO',
          code: `${E}cp`,
          name: 'computer programming',
          kind: 'KNOWLEDGE',
          altLabels: ['programming', 'software coding'],
          description: 'The techniques and principles of software development, such as coding and compiling of programs.',
          collections: ['digital'],
        }),
        skill({
          scheme: 'ESCO',
          code: `${E}mp`,
          name: 'monitor programming',
          kind: 'SKILL',
          description: 'Monitor the programming of broadcasts on air.',
        }),
        skill({
          scheme: 'ESCO',
          code: `${E}math`,
          name: 'mathematics',
          kind: 'KNOWLEDGE',
          altLabels: ['maths'],
          description: 'The study of quantity, structure, space and change: arithmetic, algebra, geometry.',
        }),
        skill({
          scheme: 'ESCO',
          code: `${E}sheet`,
          name: 'use spreadsheets software',
          kind: 'SKILL',
          description: 'Use software tools to create and edit tabular data.',
          collections: ['digital'],
        }),
        skill({
          scheme: 'ESCO',
          code: `${E}cooking`,
          name: 'spreadsheet of recipes',
          kind: 'SKILL',
          description: 'Keep recipes in tables.',
        }),
        skill({
          scheme: 'ESCO',
          code: `${E}group`,
          name: 'programming',
          kind: 'COMPETENCY',
          description: 'Computer programming and programs.',
          collections: ['digital'],
        }),
        skill({
          scheme: 'ESCO',
          code: `${E}data`,
          name: 'analyse data',
          kind: 'SKILL',
          description: 'Analyse data or information.',
        }),
      ],
      occupations: jobs.map((k) => ({ code: escoJob(k), title: `job ${k}`, altLabels: [] })),
      ratings: escoRatings,
    },
  };
}

const pair = (l: BridgeLink) => `${l.from.scheme} ${l.from.code} → ${l.to.code.replace(E, '')}`;
const linksOf = (r: BridgeResult, code: string) => r.links.filter((l) => l.from.code === code);

/** A copy with every list reversed and every object's keys reordered: the same input in another order. */
function shuffled(input: BridgeInput): BridgeInput {
  const side = (s: BridgeInput['onet']) => ({
    skills: [...s.skills].reverse().map((x) => ({ ...x })),
    occupations: [...s.occupations].reverse(),
    ratings: [...s.ratings].reverse(),
  });
  return { esco: side(input.esco), onet: side(input.onet) };
}

describe('bridge text', () => {
  it('stems lightly and drops stopwords and single letters', () => {
    expect(['programs', 'programming', 'program'].map(stem)).toEqual(['program', 'program', 'program']);
    expect(['mathematics', 'mathematical'].map(stem)).toEqual(['mathemat', 'mathemat']);
    expect(['manage', 'managing', 'managed'].map(stem)).toEqual(['manag', 'manag', 'manag']);
    expect(stem('spreadsheets')).toBe('spreadsheet');
    expect(stem('analysis')).toBe('analysis');
    expect(tokens('Use of the C++ and C# languages, e.g. in Módulos')).toEqual(['c++', 'c#', 'languag', 'modulo']);
  });

  it('reads British and American spellings alike', () => {
    const same = (a: string, b: string) => expect(tokens(a)).toEqual(tokens(b));
    same('analyse data, analysing', 'analyze data, analyzing');
    same('organisation of the programme centre', 'organization of the program center');
    same('colour modelling catalogue', 'color modeling catalog');
    same('paediatric licence', 'pediatric license');
    expect(tokens('installing selling hour')).toEqual(['install', 'sell', 'hour']);
    expect(titleKey('Software Developers')).toBe(titleKey('software developer'));
  });
});

describe('bridge co-occurrence', () => {
  it('scores how far one skill raises the other above chance, shrunk by support, null without evidence', () => {
    expect(coocScore(6, 6, 6, 12)).toBeCloseTo(1 * (6 / 8), 10);
    expect(coocScore(0, 6, 6, 12)).toBe(0);
    expect(coocScore(3, 6, 6, 12)).toBe(0); // exactly chance
    expect(coocScore(0, 0, 6, 12)).toBeNull(); // one skill in no twin
    expect(coocScore(1, 6, 1, 12)).toBeNull(); // too rare for co-occurrence beyond chance to show
    expect(coocScore(12, 12, 4, 12)).toBeNull(); // needed by every twin: confirms nothing
  });

  it('pairs occupations by normalised title, ignoring titles shared by more than three on a side', () => {
    const onet = [
      { code: 'a', title: 'Software Developers', altLabels: ['Engineer'] },
      { code: 'b', title: 'Civil Engineers', altLabels: ['Engineer'] },
      { code: 'c', title: 'Chemists', altLabels: ['Engineer'] },
      { code: 'd', title: 'Welders', altLabels: ['Engineer'] },
    ];
    const esco = [
      { code: 'x', title: 'software developer', altLabels: ['engineer'] },
      { code: 'y', title: 'chemist', altLabels: [] },
    ];
    expect(twinPairs(onet, esco, new Set())).toEqual([
      [0, 0],
      [2, 1],
    ]);
    expect(twinPairs(onet, esco, new Set(['x']))).toEqual([[2, 1]]);
  });
});

describe('deriveBridge on hand-written input', () => {
  const input = smallInput();
  const result = deriveBridge(input);

  it('links Programming to computer programming, confirmed by the twins, above the broadcasting homonym', () => {
    const [best, ...rest] = linksOf(result, '2.B.3.e');
    expect(best).toMatchObject({ to: { scheme: 'ESCO', code: `${E}cp` }, pickedBy: 'BOTH' });
    expect(best!.cooc).toBeCloseTo(0.75, 10);
    expect(best!.strength).toBeCloseTo(best!.text * (0.6 + 0.4 * 0.75), 10);
    expect(best!.provenance).toBe(`bridge/2 text=${best!.text.toFixed(2)} cooc=0.75 twins=6/6/6 of 12`);
    for (const other of rest) expect(other.strength).toBeLessThan(best!.strength);
    expect(linksOf(result, '2.C.4.a').map(pair)).toContain(`ONET 2.C.4.a → math`);
  });

  it('is deterministic and does not depend on the order of its input', () => {
    expect(deriveBridge(smallInput())).toEqual(result);
    expect(deriveBridge(shuffled(input))).toEqual(result);
  });

  it('never links skill groups, O*NET categories, or (by default) work activities', () => {
    const ends = result.links.flatMap((l) => [l.from.code, l.to.code]);
    expect(ends).not.toContain(`${E}group`);
    expect(ends).not.toContain('2.B.3');
    expect(ends).not.toContain('4.A.2.a.4');
    expect(result.stats).toMatchObject({ onetSkills: 4, escoSkills: 6 });
    const withActivities = deriveBridge(input, { workActivities: true });
    expect(withActivities.stats.onetSkills).toBe(5);
    expect(linksOf(withActivities, '4.A.2.a.4').map(pair)).toEqual(['ONET 4.A.2.a.4 → data']);
  });

  it('links technology only to ESCO skills of the digital collection, when the input has it', () => {
    const tech = result.links.filter((l) => l.from.scheme === 'ONET_TECH');
    expect(tech.map(pair)).toEqual(['ONET_TECH 43232110 → sheet', 'ONET_TECH 43232110|Microsoft Excel → sheet']);
    const noCollections: BridgeInput = {
      ...input,
      esco: { ...input.esco, skills: input.esco.skills.map((s) => ({ ...s, collections: [] })) },
    };
    const techCandidates = (r: ReturnType<typeof scoreCandidates>) =>
      r.scored.filter((s) => r.onet[s.a]!.scheme === 'ONET_TECH').map((s) => r.esco[s.b]!.code);
    const digital = new Set(input.esco.skills.filter((x) => x.collections.includes('digital')).map((x) => x.code));
    expect(techCandidates(scoreCandidates(input)).every((c) => digital.has(c))).toBe(true);
    expect(techCandidates(scoreCandidates(noCollections))).toContain(`${E}cooking`);
  });

  it('keeps links at or above the threshold, at most maxPerOnet per O*NET skill and maxPerEsco per ESCO skill, with strengths in (0, 1]', () => {
    for (const l of result.links) {
      expect(l.strength).toBeGreaterThanOrEqual(0.3);
      expect(l.strength).toBeLessThanOrEqual(1);
      expect(l.provenance).toMatch(/^bridge\/2 text=\d\.\d\d cooc=(none|\d\.\d\d) (gain=\d\.\d\d )?twins=\d+\/\d+\/\d+ of \d+$/);
    }
    expect(deriveBridge(input, { threshold: 0.99 }).links).toEqual([]);
    const strict = deriveBridge(input, { threshold: 0.5 });
    expect(strict.links.every((l) => l.strength >= 0.5)).toBe(true);
    expect(strict.links.length).toBeLessThan(result.links.length);
    const loose = deriveBridge(input, { threshold: 0.05, maxPerOnet: 1, maxPerEsco: 1, coocOnly: false });
    const count = (keys: string[]) => Math.max(...keys.map((k) => keys.filter((x) => x === k).length));
    expect(count(loose.links.filter((l) => l.pickedBy !== 'ESCO').map((l) => l.from.code))).toBe(1);
    expect(count(loose.links.filter((l) => l.pickedBy !== 'ONET').map((l) => l.to.code))).toBe(1);
    const wide = deriveBridge(input, { threshold: 0.05, maxPerOnet: 5, maxPerEsco: 0, coocOnly: false });
    expect(linksOf(wide, '2.B.3.e').length).toBeGreaterThan(1);
    expect(wide.links.every((l) => l.pickedBy === 'ONET')).toBe(true);
  });

  it('holds out occupations from the co-occurrence only: the text figures do not move', () => {
    const all = scoreCandidates(input);
    const someOnet = ['15-1001.00', '15-1002.00', '15-1003.00'];
    const someEsco = ['http://data.europa.eu/esco/occupation/job-4'];
    const held = scoreCandidates(input, { holdOut: [...someOnet, ...someEsco] });
    expect(held.pairs).toHaveLength(8);
    // Text candidates do not move; co-occurrence-only candidates (text 0) come from the twins that are left.
    const textual = (r: typeof all) => r.scored.filter((s) => s.text > 0).map((s) => [s.a, s.b, s.text]);
    expect(textual(held)).toEqual(textual(all));
    expect(held.scored.map((s) => s.score)).not.toEqual(all.scored.map((s) => s.score));

    const everything = deriveBridge(input, { holdOut: input.onet.occupations.map((o) => o.code) });
    expect(everything.stats.twinPairs).toBe(0);
    expect(everything.links.every((l) => l.cooc === null && l.provenance.includes('cooc=none'))).toBe(true);
    const texts = new Map(all.scored.map((s) => [`${all.onet[s.a]!.code} → ${all.esco[s.b]!.code.replace(E, '')}`, s.text]));
    for (const l of everything.links) expect(l.text).toBe(texts.get(pair(l).replace(/^\S+ /, '')));
  });
});

/**
 * A random sample of the text-backed links bridge/1 derived (bridge/2 derives the same ones) from O*NET 29.0 and ESCO 1.1.1 (60 from O*NET
 * skills and knowledge, 60 from technology), labelled by hand: E the same skill, N one is a
 * narrower or broader form of the other (a holder of the ESCO skill exercises the O*NET one:
 * "Microsoft Excel" ↔ "use spreadsheets software", "Chemistry" ↔ "polymer chemistry"), W wrong
 * (another sense, a mere neighbour, teaching it: "Physics" ↔ "conduct physical examinations",
 * "Medicine and Dentistry" ↔ "teach dentistry"). [label, O*NET scheme, O*NET code, ESCO skill id].
 */
const SAMPLE: ReadonlyArray<readonly ['E' | 'N' | 'W', 'ONET' | 'ONET_TECH', string, string]> = [
  ['N', 'ONET', '2.B.2.i', 'fd406035-5c82-4421-9692-08f991d91b3b'], // Complex Problem Solving ↔ solve operational transport problems
  ['N', 'ONET', '2.C.3.d', '615cfc39-797f-4229-8e92-159fcf8f3030'], // Building and Construction ↔ building codes
  ['W', 'ONET', '2.B.4.h', '457c2e47-07e6-4073-827e-e1c21f3e5869'], // Systems Evaluation ↔ evaluation theory and model
  ['N', 'ONET', '2.C.1.c', '2ada2f9d-77f7-4ba0-9096-89ae285a65c5'], // Economics and Accounting ↔ monitor financial accounts
  ['E', 'ONET', '2.C.9.a', 'f1a56786-e6d7-4b2e-a39c-23e09024d473'], // Telecommunications ↔ concepts of telecommunications
  ['W', 'ONET', '2.C.8.b', '234d1c8f-c921-483e-9a6e-4fbfc14946dc'], // Law and Government ↔ manage government funding
  ['N', 'ONET', '2.C.3.a', '52838a25-11f5-4cb1-b4ab-c5c7d59041e8'], // Computers and Electronics ↔ types of electronics
  ['N', 'ONET', '2.B.3.j', '6cb9c23b-e3bc-4917-b588-26c4cef9d920'], // Equipment Maintenance ↔ maintenance operations
  ['W', 'ONET', '2.C.1.d', 'f4d3a8ff-2db1-4015-aa28-d4564afef3fd'], // Sales and Marketing ↔ keep records on sales
  ['W', 'ONET', '2.C.3.c', '4d30ad07-9e39-4899-81dd-02b280f162f9'], // Design ↔ apply systemic design thinking
  ['W', 'ONET', '2.A.2.c', '0f2cd213-1f80-4c02-96c9-bf183834f7d6'], // Learning Strategies ↔ identify learning disorders
  ['N', 'ONET', '2.C.5.a', '1236128d-9bb4-4d94-bc1e-40fd14824280'], // Medicine and Dentistry ↔ medicines
  ['W', 'ONET', '2.C.3.c', 'dade132a-487b-40fb-9d8e-f20ce5e6c076'], // Design ↔ develop design concept
  ['N', 'ONET', '2.C.1.d', '08fd2839-670c-4f16-8024-97437f2035ab'], // Sales and Marketing ↔ plan marketing strategy
  ['W', 'ONET', '2.C.4.e', '1493ddb4-9a46-4e00-b9c8-d8e1c64e8f34'], // Psychology ↔ conditions for professional practice o
  ['N', 'ONET', '2.C.3.e', '6d330bed-8206-43b3-a34b-a41da15c8d73'], // Mechanical ↔ repair vessel mechanical systems
  ['N', 'ONET', '2.B.3.l', '3c4cfade-58c1-4f6d-9a0e-dabf78b0e9e0'], // Repairing ↔ repair vehicle electrical systems
  ['E', 'ONET', '2.C.1.f', '279a4b1d-21df-4d78-9f4d-324c73fd7536'], // Personnel and Human Resources ↔ manage human resources
  ['W', 'ONET', '2.C.2.b', '4b15a965-9bb4-42f1-8e44-1024aeb0b08c'], // Food Production ↔ use food preparation techniques
  ['W', 'ONET', '2.B.3.j', '8d1dc94c-d8e1-4ce6-92d5-a17ec0543dc9'], // Equipment Maintenance ↔ order equipment
  ['N', 'ONET', '2.B.3.l', '1bc7c69b-4292-4592-b854-f48165a06082'], // Repairing ↔ repair engines
  ['N', 'ONET', '2.C.3.d', '79b40172-4439-4812-b6f6-67557a1bbf17'], // Building and Construction ↔ maintain construction structures
  ['W', 'ONET', '2.C.1.b', '57c55dc7-b35d-4295-bdd4-ded3ba2e201e'], // Administrative ↔ assess administrative burden
  ['W', 'ONET', '2.C.2.b', 'de2db5d2-966c-4062-ad10-e37386c439e9'], // Food Production ↔ plan food plant production activities
  ['E', 'ONET', '2.B.1.f', 'b7c8f418-08d5-45d6-b697-ab26c6ecbfb4'], // Service Orientation ↔ ensure client orientation
  ['N', 'ONET', '2.B.5.b', '1ddc021d-d818-4731-904f-842d7491f419'], // Management of Financial Resources ↔ manage financial and material resource
  ['N', 'ONET', '2.C.2.a', '05c00631-b864-4842-b47e-06710c197c7a'], // Production and Processing ↔ coordinate manufacturing production ac
  ['N', 'ONET', '2.C.3.b', '0e44ceb3-9dd4-4ec4-b1d7-a0e83ddba7d4'], // Engineering and Technology ↔ automotive engineering
  ['W', 'ONET', '2.C.4.e', 'a9ccf7f8-6aeb-4eae-a0c8-4d30bc523aac'], // Psychology ↔ conditions for professional practice o
  ['N', 'ONET', '2.A.1.c', '91dd8397-063d-499c-83b9-0603a10d94ac'], // Writing ↔ writing techniques
  ['N', 'ONET', '2.C.8.b', 'f0153530-9ff3-4fe6-8f9e-012d06ac5b89'], // Law and Government ↔ ensure law application
  ['N', 'ONET', '2.C.10', '42dced65-823e-4f29-ad93-cae933b0dd7c'], // Transportation ↔ regulations for international transpor
  ['N', 'ONET', '2.C.3.a', 'c77db25e-bb51-4a10-b2ad-99b48b1b4a37'], // Computers and Electronics ↔ maintain computer hardware
  ['E', 'ONET', '2.B.3.k', '334e3e49-fb02-4051-809a-f06adfdc1c40'], // Troubleshooting ↔ troubleshoot
  ['W', 'ONET', '2.A.1.c', '1b957e3d-0017-42b0-9bfe-49a1cdd31de7'], // Writing ↔ teach writing
  ['N', 'ONET', '2.B.2.i', '14832d87-2f2f-4895-b290-e4760ebae42a'], // Complex Problem Solving ↔ solve technical problems
  ['W', 'ONET', '2.C.3.c', 'c475b9cd-148b-4854-b13e-1e1a86231943'], // Design ↔ consult with design team
  ['W', 'ONET', '2.C.3.c', '6d12ac9b-5ec0-49b9-bd70-5a19352585cb'], // Design ↔ design integrated circuits
  ['N', 'ONET', '2.C.1.d', 'd3e585e9-3a73-4511-b533-90f095e5aa09'], // Sales and Marketing ↔ marketing mix
  ['N', 'ONET', '2.C.7.b', '70ed0119-0a2d-46bc-b1e8-da11a5ccdfbe'], // Foreign Language ↔ apply foreign language for internation
  ['N', 'ONET', '2.C.3.b', 'dd6e5939-d19b-4e2f-a025-2014f0a2ec88'], // Engineering and Technology ↔ power engineering
  ['E', 'ONET', '2.C.3.a', '95c35c3a-035f-47c2-90cf-7e934d20fc08'], // Computers and Electronics ↔ electronics
  ['W', 'ONET', '2.A.1.f', '7b5cce4d-c7fe-4119-b48f-70aa05391787'], // Science ↔ computer science
  ['W', 'ONET', '2.C.2.b', 'e52d79c7-c1be-47d9-84ed-81af18d67931'], // Food Production ↔ operate mixing of food products
  ['N', 'ONET', '2.B.1.e', 'dbadb531-2fb9-4361-b80b-9be8c3c54229'], // Instructing ↔ instruct in sport
  ['N', 'ONET', '2.C.9.a', 'af7fcc0f-bdd9-40b4-9649-f22f939ca699'], // Telecommunications ↔ recommend telecommunication equipment
  ['W', 'ONET', '2.B.3.l', '215762df-b2b4-40fa-a5e6-3004001cb315'], // Repairing ↔ position vehicles for maintenance and
  ['N', 'ONET', '2.C.10', '7afd29d7-9c9f-4151-83f2-562b8c94a3af'], // Transportation ↔ apply transportation management concep
  ['N', 'ONET', '2.A.1.f', '01e66e1c-97d9-4829-bee1-f3ab649161e8'], // Science ↔ biomedical science
  ['N', 'ONET', '2.C.3.e', 'af0bbc31-b54d-4e8d-82b1-2e91a1115523'], // Mechanical ↔ mechanics of trains
  ['N', 'ONET', '2.C.3.b', '5c3ab99d-a3f1-4620-9602-d12d2151a03d'], // Engineering and Technology ↔ apply knowledge of science, technology
  ['W', 'ONET', '2.C.3.c', '1fcc7c3a-9693-4999-870f-8dab6283d9e7'], // Design ↔ design safety equipment
  ['N', 'ONET', '2.B.2.i', '30d49832-84bd-4d97-9441-aef97a76a8d0'], // Complex Problem Solving ↔ apply problem solving in social servic
  ['N', 'ONET', '2.C.2.b', '41235c52-558f-4f94-9f14-dc69154e5081'], // Food Production ↔ animal food products
  ['N', 'ONET', '2.C.9.b', '67f21527-ca9d-4c76-8571-3cf74e3ce979'], // Communications and Media ↔ create media plan
  ['N', 'ONET', '2.B.3.l', 'af1c7b89-679b-4fae-b67c-ed05c669719c'], // Repairing ↔ repair wiring
  ['W', 'ONET', '2.C.5.a', 'a72fe645-0a41-4459-879e-fcc485800c17'], // Medicine and Dentistry ↔ handle payments in dentistry
  ['W', 'ONET', '2.C.3.c', 'bee296bc-48f7-4df6-bd2c-8616c8a6c8de'], // Design ↔ design hardware
  ['N', 'ONET', '2.C.3.b', 'b7b381f5-7de2-4f91-9a8f-524041cb47d9'], // Engineering and Technology ↔ instrumentation engineering
  ['W', 'ONET', '2.A.2.a', '0f9958d2-f700-4f62-b90b-a5873cb5ae4c'], // Critical Thinking ↔ systems thinking
  ['N', 'ONET_TECH', '43232604|PTC Creo Parametric', 'b34e2ba1-9080-48c9-9b42-ee9192a4d3f1'], // PTC Creo Parametric ↔ use CAD software
  ['N', 'ONET_TECH', '43232104|LexisNexis CheckCite', '81633a44-f1db-4a01-a940-804c6905e330'], // LexisNexis CheckCite ↔ use word processing software
  ['W', 'ONET_TECH', '43232305', '9d2f77af-4307-4ac5-bc50-a9980cec7e83'], // Data base reporting software ↔ develop reporting software
  ['N', 'ONET_TECH', '43232304|Oracle PL/SQL', '598de5b0-5b58-4ea7-8058-a4bc4d18c742'], // Oracle PL/SQL ↔ SQL
  ['E', 'ONET_TECH', '43232605|SAS', '04f1b938-d4d4-4cb1-a863-982af76b9d93'], // SAS ↔ SAS language
  ['N', 'ONET_TECH', '43232604|gEDA', 'a2b5dcf3-5b6a-453d-876c-cff540c0faf1'], // gEDA ↔ CAD software
  ['N', 'ONET_TECH', '43232005|Avid Digidesign Pro Tools', 'c2218533-3e2a-4f50-b4fd-afde71dcf442'], // Avid Digidesign Pro Tools ↔ edit recorded sound
  ['N', 'ONET_TECH', '43232604|Siemens Solid Edge', 'a2b5dcf3-5b6a-453d-876c-cff540c0faf1'], // Siemens Solid Edge ↔ CAD software
  ['N', 'ONET_TECH', '43232604|Photon Design CrystalWave', 'a2b5dcf3-5b6a-453d-876c-cff540c0faf1'], // Photon Design CrystalWave ↔ CAD software
  ['N', 'ONET_TECH', '43232401|IBM Rational Apex', '9d2e926f-53d9-41f5-98f3-19dfaa687f3f'], // IBM Rational Apex ↔ tools for software configuration manag
  ['N', 'ONET_TECH', '43232306|Customs records databases', '4463a721-69f3-413d-8321-43e3af13a4f1'], // Customs records databases ↔ use databases
  ['N', 'ONET_TECH', '43232604|Atoll GeoCAD', 'b34e2ba1-9080-48c9-9b42-ee9192a4d3f1'], // Atoll GeoCAD ↔ use CAD software
  ['N', 'ONET_TECH', '43232402|Symantec Visual Cafe', '925463a7-d51f-4d5b-9f79-4d28cf30acde'], // Symantec Visual Cafe ↔ integrated development environment sof
  ['W', 'ONET_TECH', '43233204|Content filter software', 'acf0a78c-f4e3-4bd9-a5cc-9cf4791b3b95'], // Content filter software ↔ implement a virtual private network
  ['W', 'ONET_TECH', '43232304|Distributed database management software', '56a10e3e-c9e7-4d39-b6f1-6013398fcb3a'], // Distributed database management softwa ↔ use content management system software
  ['W', 'ONET_TECH', '43232405|Gradle', '5be3d306-6cf1-4b49-aa1d-01651dd4ba4c'], // Gradle ↔ object-oriented modelling
  ['N', 'ONET_TECH', '43232005', 'c2218533-3e2a-4f50-b4fd-afde71dcf442'], // Music or sound editing software ↔ edit recorded sound
  ['N', 'ONET_TECH', '43232610|Healthcare management system', '99814cb0-5f6c-4663-99a4-af28b11d5d2f'], // Healthcare management system ↔ healthcare data systems
  ['W', 'ONET_TECH', '43232406|Computer Associates Log Analyzer', '21d2f96d-35f7-4e3f-9745-c533d2dd6e97'], // Computer Associates Log Analyzer ↔ computer programming
  ['W', 'ONET_TECH', '43232407|Capacity planning software', '2450c3b3-e78e-435b-b84d-e05d984e71dc'], // Capacity planning software ↔ software architecture models
  ['N', 'ONET_TECH', '43232104|Power Structure', '81633a44-f1db-4a01-a940-804c6905e330'], // Power Structure ↔ use word processing software
  ['N', 'ONET_TECH', '43232604|Eyeglass design software', 'b34e2ba1-9080-48c9-9b42-ee9192a4d3f1'], // Eyeglass design software ↔ use CAD software
  ['E', 'ONET_TECH', '43233205|Penetration testing software', 'de586dcf-d7e5-4340-bf5b-d59026f1b436'], // Penetration testing software ↔ penetration testing tool
  ['W', 'ONET_TECH', '43232307|eGrabber ListGrabber', '25f0ea33-b4a2-4f31-b7b4-7d20e827b180'], // eGrabber ListGrabber ↔ data mining
  ['W', 'ONET_TECH', '43233506|Topographic map software', '2b834a98-14ff-47e1-8aef-cf8ffae912fa'], // Topographic map software ↔ collect mapping data
  ['N', 'ONET_TECH', '43232306|Vehicle information databases', '43ae58b9-5e56-4524-b45a-b422777a0576'], // Vehicle information databases ↔ database
  ['N', 'ONET_TECH', '43232504|Navigation software', 'e842ed4c-23c1-4c29-b1b1-b490889db735'], // Navigation software ↔ plot shipping navigation routes
  ['N', 'ONET_TECH', '43232604|USyCaMs', 'a2b5dcf3-5b6a-453d-876c-cff540c0faf1'], // USyCaMs ↔ CAD software
  ['N', 'ONET_TECH', '43232309|Online database search and retrieval software', 'a1388163-462a-4b76-8649-67470ea858a1'], // Online database search and retrieval s ↔ search databases
  ['E', 'ONET_TECH', '43232112', 'c46cf6f9-8b1e-44b9-a529-f5774c9167dd'], // Desktop publishing software ↔ desktop publishing
  ['N', 'ONET_TECH', '43233415', 'cf3e976d-2c3e-495c-a874-f9e8a66d3b48'], // Backup or archival software ↔ perform backups
  ['W', 'ONET_TECH', '43233203|Intrusion detection system IDS', 'acf0a78c-f4e3-4bd9-a5cc-9cf4791b3b95'], // Intrusion detection system IDS ↔ implement a virtual private network
  ['W', 'ONET_TECH', '43232102|Adobe Illustrator', '14ced458-5f4b-495f-bd3d-9c240614bda0'], // Adobe Illustrator ↔ Adobe Photoshop
  ['W', 'ONET_TECH', '43232405|Document Object Model DOM Scripting', '5b9cde20-f1b9-4adc-bfb3-dbf70b14138d'], // Document Object Model DOM Scripting ↔ use object-oriented programming
  ['N', 'ONET_TECH', '43232305|SAP Business Objects', 'f8e3425c-fe44-4ffb-bafe-0e20d91dadf4'], // SAP Business Objects ↔ SAP Data Services
  ['W', 'ONET_TECH', '43232610|AUDIT-C', '6a536b36-c5c7-4d10-bf67-a4fb0f8549b2'], // AUDIT-C ↔ audit techniques
  ['N', 'ONET_TECH', '43232604|Scientific Software Group 3DFEMFAT', 'b34e2ba1-9080-48c9-9b42-ee9192a4d3f1'], // Scientific Software Group 3DFEMFAT ↔ use CAD software
  ['N', 'ONET_TECH', '43232604|Paradigm SKUA-GOCAD', 'b34e2ba1-9080-48c9-9b42-ee9192a4d3f1'], // Paradigm SKUA-GOCAD ↔ use CAD software
  ['N', 'ONET_TECH', '43232304|Oracle Database', '4463a721-69f3-413d-8321-43e3af13a4f1'], // Oracle Database ↔ use databases
  ['N', 'ONET_TECH', '43232608|Eyelit Manufacturing', '41ec47dd-08b3-464a-9c45-c706f3e74467'], // Eyelit Manufacturing ↔ industrial software
  ['N', 'ONET_TECH', '43232312|Apache HTTP Server', 'f5ac9226-0ace-4d34-a1c3-7b3845834a98'], // Apache HTTP Server ↔ maintain ICT server
  ['N', 'ONET_TECH', '43232612|MecSoft Corporation VisualTURN', '7a757fa5-9a6f-43ab-9e66-f8f4dba1ffcb'], // MecSoft Corporation VisualTURN ↔ use CAM software
  ['N', 'ONET_TECH', '43232005|Audio Chaos Soundscape Generator', 'cae4c053-05d1-413d-8499-f37793aad56e'], // Audio Chaos Soundscape Generator ↔ audio editing software
  ['N', 'ONET_TECH', '43232306|Health information database software', '4463a721-69f3-413d-8321-43e3af13a4f1'], // Health information database software ↔ use databases
  ['E', 'ONET_TECH', '43232310|Oracle Warehouse Builder', '23900e3d-06fa-424c-a5dc-c0ea42edde1e'], // Oracle Warehouse Builder ↔ Oracle Warehouse Builder
  ['W', 'ONET_TECH', '43233506|Geological mapping software', '2b834a98-14ff-47e1-8aef-cf8ffae912fa'], // Geological mapping software ↔ collect mapping data
  ['W', 'ONET_TECH', '43232103|Video development software', '440d7494-3d79-4e1f-83ba-b346e116b471'], // Video development software ↔ operate video equipment
  ['W', 'ONET_TECH', '43232609|Online Computer Library Center (OCLC) databases', '8b94aa1e-89c9-459d-b3b4-1dfab8dec2df'], // Online Computer Library Center (OCLC)  ↔ use software libraries
  ['N', 'ONET_TECH', '43232102|Microsoft Image Composite Editor', 'a71577b2-7550-4222-88ee-dcbd2d881516'], // Microsoft Image Composite Editor ↔ graphics editor software
  ['N', 'ONET_TECH', '43232608|FANUC Robotics SpotTool+', '41ec47dd-08b3-464a-9c45-c706f3e74467'], // FANUC Robotics SpotTool+ ↔ industrial software
  ['N', 'ONET_TECH', '43232612|GO2cam', '7a757fa5-9a6f-43ab-9e66-f8f4dba1ffcb'], // GO2cam ↔ use CAM software
  ['N', 'ONET_TECH', '43232806|Google Cloud software', '8efa6a7a-6556-4cb8-908d-59d3b5c58d2f'], // Google Cloud software ↔ cloud monitoring and reporting
  ['W', 'ONET_TECH', '43232605|SAS/STAT', 'e5a6e1e0-1b07-4432-83ba-77d593b2cb47'], // SAS/STAT ↔ SAS Data Management
  ['W', 'ONET_TECH', '43232405|Microsoft ActiveX', '5be3d306-6cf1-4b49-aa1d-01651dd4ba4c'], // Microsoft ActiveX ↔ object-oriented modelling
  [
    'N',
    'ONET_TECH',
    '43231503|Bottomline Technologies Bottomline Sprinter Purchasing Manager',
    'bc067d2e-e151-408f-8e34-24effd2b7fd6',
  ], // Bottomline Technologies Bottomline Spr ↔ use e-procurement
  ['N', 'ONET_TECH', '43232604|Hewlett-Packard HP SolidDesigner', 'a2b5dcf3-5b6a-453d-876c-cff540c0faf1'], // Hewlett-Packard HP SolidDesigner ↔ CAD software
  ['N', 'ONET_TECH', '43232604|PUFF', 'a2b5dcf3-5b6a-453d-876c-cff540c0faf1'], // PUFF ↔ CAD software
  ['W', 'ONET_TECH', '43232107|Web design software', '1605025e-a179-421f-8f35-5b07d182a6b2'], // Web design software ↔ web analytics
  ['N', 'ONET_TECH', '43232604|CommunityViz', 'b34e2ba1-9080-48c9-9b42-ee9192a4d3f1'], // CommunityViz ↔ use CAD software
  ['N', 'ONET_TECH', '43232604|Schematic editors', 'b34e2ba1-9080-48c9-9b42-ee9192a4d3f1'], // Schematic editors ↔ use CAD software
];

/**
 * The first 50 co-occurrence-only links of bridge/2 (text 0) in a fixed hash order of their codes
 * (FNV-1a of O*NET code + ESCO URI), labelled by hand as SAMPLE. They are associations found
 * in twin occupations, so fewer are the same skill or a narrower form of it.
 */
const COOC_SAMPLE: ReadonlyArray<readonly ['E' | 'N' | 'W', 'ONET', string, string]> = [
  ['N', 'ONET', '2.C.6', 'b2a9587a-49a4-4384-b134-0d394be806e3'], // Education and Training ↔ adapt teaching to target group
  ['N', 'ONET', '2.C.5.b', '30a4d870-d6fc-4b78-80d5-5741322cc44d'], // Therapy and Counseling ↔ perform patient activity analyses
  ['W', 'ONET', '2.C.4.d', '032867c3-3c53-42ad-aabe-030eeb6292ab'], // Biology ↔ measure trees
  ['W', 'ONET', '2.B.3.a', '013441c1-1f13-47e9-80c4-9a53e8e1bc05'], // Operations Analysis ↔ KDevelop
  ['N', 'ONET', '2.C.3.b', '9c3db86b-2cbf-4f8a-82e1-08533494c7a9'], // Engineering and Technology ↔ maintain power plants
  ['N', 'ONET', '2.B.1.d', 'd96bfb0f-e771-4fec-abca-c38f48e02318'], // Negotiation ↔ negotiate with employment agencies
  ['N', 'ONET', '2.C.2.b', 'a0d96ce8-aeeb-4ffb-bd78-21c0598179ff'], // Food Production ↔ work according to recipe
  ['W', 'ONET', '2.C.5.a', '4d614c92-0c48-4a11-a5ed-416b34fd50d2'], // Medicine and Dentistry ↔ manage healthcare users' data
  ['N', 'ONET', '2.C.1.b', 'a7e17d18-93e2-4eff-8ada-f1eff25c1189'], // Administrative ↔ handle incoming insurance claims
  ['W', 'ONET', '2.C.2.b', '08040bcc-a824-4441-bfd0-738b2de965cf'], // Food Production ↔ tolerate strong smells
  ['W', 'ONET', '2.C.4.b', 'ec065d9b-748f-450d-b628-925a33cf688b'], // Physics ↔ design natural gas processing systems
  ['W', 'ONET', '2.B.1.d', '929e89f9-ac69-4bcb-9eea-37257aa5aff9'], // Negotiation ↔ prepare for job interview
  ['W', 'ONET', '2.C.4.b', '4cecff40-8e5c-4320-a87d-be8687008dbf'], // Physics ↔ inspect facility sites
  ['W', 'ONET', '2.C.8.b', '3aeab77e-daa2-4851-95fc-d236c3b5718e'], // Law and Government ↔ maintain logbooks
  ['W', 'ONET', '2.C.8.b', '41df9059-9265-4d0d-a94b-6b0bb06c991b'], // Law and Government ↔ decide on loan applications
  ['W', 'ONET', '2.C.8.a', '53b12b36-d27d-4ae9-8681-36d1cf697939'], // Public Safety and Security ↔ use rigging tools
  ['N', 'ONET', '2.B.1.c', '0d11711b-870f-4701-be93-fa175b6e4002'], // Persuasion ↔ persuade clients with alternatives
  ['N', 'ONET', '2.C.1.d', '13fb1ca0-043d-4fcd-8185-c9ca78a23b4a'], // Sales and Marketing ↔ present items during auction
  ['W', 'ONET', '2.C.4.b', 'dd6e5939-d19b-4e2f-a025-2014f0a2ec88'], // Physics ↔ power engineering
  ['W', 'ONET', '2.B.1.e', '4d39b27a-b34f-4c89-8d46-df844d42f728'], // Instructing ↔ increase the impact of science on policy and society
  ['W', 'ONET', '2.A.1.f', 'b363bb5f-2c79-40af-94da-33e06f9dee9f'], // Science ↔ apply blended learning
  ['W', 'ONET', '2.C.3.e', '520f01d1-91a9-44cb-a3e6-b803e18f439c'], // Mechanical ↔ provide user support for electrical instruments
  ['N', 'ONET', '2.C.5.b', 'ad649b0b-ced2-48b6-be0a-0c35e07a445f'], // Therapy and Counseling ↔ human psychological development
  ['W', 'ONET', '2.C.3.e', 'c8de8023-ab8a-402b-a828-b2b57cd3b2f7'], // Mechanical ↔ install software
  ['W', 'ONET', '2.C.4.c', 'd460032f-f49e-4b70-90c2-ba563aee14be'], // Chemistry ↔ quantum mechanics
  ['W', 'ONET', '2.B.1.d', 'ae23d0a7-6670-4ac2-b165-13c697407763'], // Negotiation ↔ integrate shareholders' interests in business plans
  ['N', 'ONET', '2.A.1.f', '00b9a3aa-7070-4bb5-8020-f228a97cf42f'], // Science ↔ draft scientific or academic papers and technical documentation
  ['N', 'ONET', '2.B.3.h', '51787098-5f3a-40b3-ae24-dcc790dd01e4'], // Operation and Control ↔ shunt rolling stock in marshalling yards
  ['W', 'ONET', '2.C.4.e', 'bc401d18-9bea-4300-90fd-22bfa286bd77'], // Psychology ↔ apply socially just working principles
  ['N', 'ONET', '2.C.1.b', 'df1265b9-81fd-4a40-a746-f0442ffbf7ef'], // Administrative ↔ deliver correspondence
  ['W', 'ONET', '2.A.2.c', 'bda0d115-f315-453e-99dc-f8b0e5862db3'], // Learning Strategies ↔ ensure compliance with policies
  ['N', 'ONET', '2.B.3.m', '85e6b82a-8244-45f6-8300-a6b2d62ee748'], // Quality Control Analysis ↔ communicate test results to other departments
  ['N', 'ONET', '2.C.2.a', '40ae7e06-5eb8-40cd-a755-ad7152bdb01e'], // Production and Processing ↔ apply machine cutting techniques for footwear
  ['N', 'ONET', '2.C.2.a', '157568b3-11d6-4aee-a007-b97e8fe9ca39'], // Production and Processing ↔ add colour
  ['W', 'ONET', '2.C.4.e', '2475cd27-8d6c-4318-a364-21395b23acba'], // Psychology ↔ empathise with the healthcare user
  ['W', 'ONET', '2.B.3.c', '345e7733-ba2a-4c8e-915b-d1981d5db0cf'], // Equipment Selection ↔ maintain musical instruments
  ['W', 'ONET', '2.C.8.a', '16010de9-b33f-4766-93d3-8ea0c6458a68'], // Public Safety and Security ↔ follow ethical code of conduct in transport services
  ['W', 'ONET', '2.C.8.a', 'a23659b1-a8bc-4331-a58d-eef263ca6a14'], // Public Safety and Security ↔ follow work procedures
  ['N', 'ONET', '2.B.3.h', '0c04d0af-af50-4463-8ce3-e9968e229237'], // Operation and Control ↔ keep heavy construction equipment in good condition
  ['N', 'ONET', '2.B.3.h', '426adf3d-8972-4776-8a39-3a6759ee352d'], // Operation and Control ↔ remove finished casts
  ['W', 'ONET', '2.C.9.a', 'f40da95c-febe-406c-96aa-2d6d9c09a0a3'], // Telecommunications ↔ convert different audiovisual formats
  ['N', 'ONET', '2.C.4.g', '55a4ae74-45e3-4f5c-8646-17149edfbddb'], // Geography ↔ conduct ecological research
  ['N', 'ONET', '2.C.2.b', '1316577b-31f7-437f-97ce-27c408b87a55'], // Food Production ↔ prepare dairy products for use in a dish
  ['W', 'ONET', '2.C.5.a', '056f3e1e-ba27-4498-9fd1-c22ae04dbf3a'], // Medicine and Dentistry ↔ supervise medical office support workers
  ['N', 'ONET', '2.C.5.a', '3cc54d4c-294c-4672-81e6-f73116a11935'], // Medicine and Dentistry ↔ perform clinical research in radiography
  ['W', 'ONET', '2.B.3.g', '737abc6e-60a9-4c49-b11e-1e0e584771bb'], // Operations Monitoring ↔ leather goods quality
  ['N', 'ONET', '2.C.4.c', '0415142d-6921-4f8d-832b-6271382b8193'], // Chemistry ↔ test materials
  ['W', 'ONET', '2.B.1.f', '6c2182f9-9068-42e8-8855-31252d62fbb0'], // Service Orientation ↔ ecotourism
  ['N', 'ONET', '2.C.3.b', '5b8d63ff-a58b-4331-a53b-b1925acae4dc'], // Engineering and Technology ↔ advise on irrigation projects
  ['N', 'ONET', '2.B.5.d', '8538c0e3-902f-4e6f-a60c-0e1fd7e3a956'], // Management of Personnel Resources ↔ develop an organisational structure
];

describe('deriveBridge on the real O*NET 29.0 and ESCO 1.1.1 files', () => {
  let input: BridgeInput;
  let result: BridgeResult;
  let seconds: number;
  const byName = new Map<string, BridgeSkill>();

  beforeAll(async () => {
    input = await readBridgeInput(sharedData('onet-29.0'), sharedData('esco-1.1.1'));
    for (const s of [...input.onet.skills, ...input.esco.skills])
      if (!byName.has(`${s.scheme}|${s.name}`)) byName.set(`${s.scheme}|${s.name}`, s);
    const started = Date.now();
    result = deriveBridge(input);
    seconds = (Date.now() - started) / 1000;
    console.log(
      `bridge on the full data: ${result.stats.links} links, ${JSON.stringify(result.stats)}, derived in ${seconds.toFixed(1)} s`,
    );
  });

  const code = (scheme: string, name: string) => {
    const s = byName.get(`${scheme}|${name}`);
    if (!s) throw new Error(`no ${scheme} skill named ${name}`);
    return s.code;
  };
  /** The ESCO names linked from an O*NET skill, strongest first; text-backed links only unless `all`. */
  const linked = (fromScheme: string, fromCode: string, all = false) =>
    result.links
      .filter((l) => l.from.scheme === fromScheme && l.from.code === fromCode && (all || l.text > 0))
      .map((l) => input.esco.skills.find((s) => s.code === l.to.code)!.name);

  it('finds the obviously right pairs', () => {
    expect(linked('ONET', '2.B.3.e')[0]).toBe('computer programming'); // Programming
    expect(linked('ONET', '2.C.4.a')).toContain('mathematics'); // Mathematics (knowledge)
    expect(linked('ONET', '2.A.1.e')).toContain('mathematics'); // Mathematics (skill)
    expect(linked('ONET', code('ONET', 'English Language'))).toContain('English');
    expect(linked('ONET', code('ONET', 'Physics'))).toContain('physics');
    expect(linked('ONET_TECH', '43232110|Microsoft Excel')).toContain('use spreadsheets software');
    expect(linked('ONET_TECH', '43232405|Python')[0]).toBe('Python (computer programming)');
    expect(linked('ONET_TECH', code('ONET_TECH', 'Oracle Java'))).toContain('Java (computer programming)');
    expect(linked('ONET_TECH', code('ONET_TECH', 'Tenable Nessus'))).toEqual(['Nessus']);
    // Co-occurrence alone adds what the words miss; technology gets none.
    expect(linked('ONET', '2.B.3.e', true).length).toBeGreaterThan(linked('ONET', '2.B.3.e').length);
    expect(
      result.links
        .filter((l) => l.text === 0)
        .every(
          (l) =>
            l.from.scheme === 'ONET' &&
            l.cooc !== null &&
            /^bridge\/2 text=0\.00 cooc=\d\.\d\d gain=\d\.\d\d twins=/.test(l.provenance),
        ),
    ).toBe(true);
  });

  it('derives in well under a minute, links no skill group, and keeps its limits', () => {
    expect(seconds).toBeLessThan(30);
    const groups = new Set(input.esco.skills.filter((s) => s.kind === 'COMPETENCY').map((s) => s.code));
    expect(result.links.some((l) => groups.has(l.to.code))).toBe(false);
    expect(result.stats.twinPairs).toBeGreaterThan(3000);
    expect(result.stats.links).toBeGreaterThan(3000);
  });

  it('is precise on the hand-labelled sample', () => {
    const kept = new Set(result.links.map((l) => `${l.from.scheme}|${l.from.code}|${l.to.code.slice(E.length)}`));
    const still = SAMPLE.filter(([, scheme, from, to]) => kept.has(`${scheme}|${from}|${to}`));
    // The sample was drawn from these links: when the method changes, draw and label a new one.
    expect(still.length).toBeGreaterThanOrEqual(SAMPLE.length * 0.9);
    const share = (rows: ReadonlyArray<readonly [string, ...string[]]>, ok: (label: string) => boolean) =>
      rows.filter(([label]) => ok(label)).length / rows.length;
    const perScheme = (scheme: string) => still.filter(([, s]) => s === scheme);
    // Text-backed links (the population SAMPLE was drawn from); co-occurrence-only ones below.
    const population = (scheme: string) => result.links.filter((l) => l.from.scheme === scheme && l.text > 0).length;
    const lenient = (label: string) => label !== 'W';
    const weighted =
      (share(perScheme('ONET'), lenient) * population('ONET') +
        share(perScheme('ONET_TECH'), lenient) * population('ONET_TECH')) /
      (population('ONET') + population('ONET_TECH'));
    console.log(
      `precision on the labelled sample (E or N): skills/knowledge ${share(perScheme('ONET'), lenient).toFixed(2)}, ` +
        `technology ${share(perScheme('ONET_TECH'), lenient).toFixed(2)}, text-backed links (weighted by scheme) ${weighted.toFixed(2)}; ` +
        `same skill (E only): ${share(still, (l) => l === 'E').toFixed(2)}`,
    );
    expect(share(perScheme('ONET'), lenient)).toBeGreaterThanOrEqual(0.6);
    expect(share(perScheme('ONET_TECH'), lenient)).toBeGreaterThanOrEqual(0.65);

    const coocStill = COOC_SAMPLE.filter(([, scheme, from, to]) => kept.has(`${scheme}|${from}|${to}`));
    expect(coocStill.length).toBeGreaterThanOrEqual(COOC_SAMPLE.length * 0.9);
    const coocOnly = result.links.filter((l) => l.text === 0).length;
    const coocPrecision = share(coocStill, lenient);
    const overall = (weighted * (result.links.length - coocOnly) + coocPrecision * coocOnly) / result.links.length;
    console.log(
      `co-occurrence-only links (${coocOnly} of ${result.links.length}): precision (E or N) ${coocPrecision.toFixed(2)}, same skill ${share(coocStill, (l) => l === 'E').toFixed(2)}; ` +
        `all links weighted by kind ${overall.toFixed(2)}`,
    );
    expect(coocPrecision).toBeGreaterThanOrEqual(0.4);
  });

  it('holding occupations out changes the co-occurrence, not the text', () => {
    const software = input.onet.occupations.filter((o) => o.code.startsWith('15-')).map((o) => o.code);
    const held = deriveBridge(input, { holdOut: software });
    expect(held.stats.twinPairs).toBeLessThan(result.stats.twinPairs);
    const text = new Map(result.links.map((l) => [`${l.from.code}|${l.to.code}`, l.text]));
    const common = held.links.filter((l) => text.has(`${l.from.code}|${l.to.code}`));
    expect(common.length).toBeGreaterThan(result.links.length / 2);
    for (const l of common) expect(l.text).toBe(text.get(`${l.from.code}|${l.to.code}`));
  });
});
