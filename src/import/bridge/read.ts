/**
 * The bridge's input from the official files on disk, read with the importers' own parsers so
 * every code is the one the importers store (O*NET element IDs, `commodity|example`, ESCO URIs).
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  assignCollections,
  ESCO_COLLECTIONS,
  ESCO_FILES,
  parseCollection,
  parseOccupations as parseEscoOccupations,
  parseOccupationSkills,
  parseSkills,
} from '../esco.js';
import {
  ONET_ALT_TITLES,
  ONET_FILES,
  parseAlternateTitles,
  parseContentModel,
  parseOccupations as parseOnetOccupations,
  parseRatings,
  parseTechnology,
  parseWorkActivities,
} from '../onet.js';
import { readTable } from '../table.js';
import type { BroaderLink } from '../types.js';
import type { BridgeInput, BridgeSkill } from './types.js';

function broaderOf(links: readonly BroaderLink[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const l of links) (map.get(l.narrower) ?? map.set(l.narrower, []).get(l.narrower)!).push(l.broader);
  return map;
}

export async function readBridgeInput(onetDir: string, escoDir: string): Promise<BridgeInput> {
  const onet = (key: keyof typeof ONET_FILES) =>
    readTable(path.join(onetDir, ONET_FILES[key].name), 'tsv', ONET_FILES[key].columns);
  const esco = (key: keyof typeof ESCO_FILES) =>
    readTable(path.join(escoDir, ESCO_FILES[key].name), 'csv', ESCO_FILES[key].columns);

  const occupations = parseOnetOccupations(await onet('occupations'));
  const altPath = path.join(onetDir, ONET_ALT_TITLES.name);
  const alt = fs.existsSync(altPath)
    ? parseAlternateTitles(
        await readTable(altPath, 'tsv', ONET_ALT_TITLES.columns),
        new Map(occupations.records.map((o) => [o.code, o.title])),
      ).titles
    : new Map<string, string[]>();
  const model = parseContentModel(await onet('contentModel'));
  const occupationCodes = new Set(occupations.records.map((o) => o.code));
  const elementCodes = new Set(model.skills.map((s) => s.code));
  const ratings = parseRatings([await onet('skills'), await onet('knowledge')], occupationCodes, elementCodes);
  const tech = parseTechnology(await onet('technology'), occupationCodes);
  const activities = parseWorkActivities(await onet('iwa'), await onet('dwa'), elementCodes);
  const onetBroader = broaderOf([...model.hierarchy, ...activities.hierarchy]);
  const techBroader = broaderOf(tech.hierarchy);

  const languages = fs.existsSync(path.join(escoDir, ESCO_FILES.languages.name))
    ? parseCollection(await esco('languages'))
    : new Set<string>();
  const escoSkills = parseSkills(await esco('skills'), await esco('groups'), languages);
  const collections: Array<[string, Set<string>]> = [];
  for (const [name, file] of ESCO_COLLECTIONS) {
    const filePath = path.join(escoDir, file);
    if (name === 'language') collections.push([name, languages]);
    else if (fs.existsSync(filePath)) collections.push([name, parseCollection(await readTable(filePath, 'csv', ['conceptUri']))]);
  }
  assignCollections(escoSkills.records, collections);
  const escoOccupations = parseEscoOccupations(await esco('occupations'));
  const escoLinks = parseOccupationSkills(
    await esco('occupationSkills'),
    new Set(escoOccupations.records.map((o) => o.code)),
    new Set(escoSkills.records.map((s) => s.code)),
  );

  const skill =
    (scheme: BridgeSkill['scheme'], broader: Map<string, string[]>) =>
    (s: (typeof model.skills)[number]): BridgeSkill => ({
      scheme,
      code: s.code,
      name: s.name,
      kind: s.kind,
      description: s.description,
      altLabels: s.altLabels,
      broader: broader.get(s.code) ?? [],
      collections: s.collections ?? [],
    });
  return {
    onet: {
      skills: [
        ...[...model.skills, ...activities.skills].map(skill('ONET', onetBroader)),
        ...tech.skills.map(skill('ONET_TECH', techBroader)),
      ],
      occupations: occupations.records.map((o) => ({ code: o.code, title: o.title, altLabels: alt.get(o.code) ?? [] })),
      ratings: [
        ...ratings.records.map((r) => ({
          scheme: 'ONET' as const,
          code: r.skill,
          occupation: r.occupation,
          importance: r.importance,
          essential: null,
        })),
        ...tech.links.map((r) => ({
          scheme: 'ONET_TECH' as const,
          code: r.skill,
          occupation: r.occupation,
          importance: null,
          essential: null,
        })),
      ],
    },
    esco: {
      // ESCO's hierarchy is not read: the bridge does not use it.
      skills: escoSkills.records.map(skill('ESCO', new Map())),
      occupations: escoOccupations.records.map((o) => ({ code: o.code, title: o.title, altLabels: o.altLabels ?? [] })),
      ratings: escoLinks.records.map((r) => ({
        scheme: 'ESCO' as const,
        code: r.skill,
        occupation: r.occupation,
        importance: null,
        essential: r.essential,
      })),
    },
  };
}
