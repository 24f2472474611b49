/** Small, exact fixtures for API tests (the demo seed is tested on its own). */
import type { PrismaClient, SkillKind, SkillScheme } from '@prisma/client';
import { skillSearchText } from '../../src/modules/openings/search-text.js';

export async function insertAgencies(prisma: PrismaClient) {
  const nasa = await prisma.agency.create({
    data: { code: '080', abbreviation: 'NASA', name: 'National Aeronautics and Space Administration' },
  });
  const gsa = await prisma.agency.create({ data: { code: '047', abbreviation: 'GSA', name: 'General Services Administration' } });
  const doc = await prisma.agency.create({ data: { code: '013', abbreviation: 'DOC', name: 'Department of Commerce' } });
  const noaa = await prisma.agency.create({
    data: { code: '1330', abbreviation: 'NOAA', name: 'National Oceanic and Atmospheric Administration', parentId: doc.id },
  });
  const census = await prisma.agency.create({
    data: { code: '1323', abbreviation: 'CENSUS', name: 'Census Bureau', parentId: doc.id },
  });
  return { nasa, gsa, doc, noaa, census };
}

interface SkillFixture {
  scheme: SkillScheme;
  code: string;
  name: string;
  kind: SkillKind;
  altLabels?: string[];
}

export async function insertSkills(prisma: PrismaClient) {
  const make = (s: SkillFixture) =>
    prisma.skill.create({ data: { ...s, altLabels: s.altLabels ?? [], searchText: skillSearchText(s.name, s.altLabels ?? []) } });
  const programming = await make({
    scheme: 'ONET',
    code: '2.B.3.e',
    name: 'Programming',
    kind: 'SKILL',
    altLabels: ['writing computer programs'],
  });
  const technical = await make({ scheme: 'ONET', code: '2.B.3', name: 'Technical Skills', kind: 'SKILL' });
  const python = await make({ scheme: 'ONET_TECH', code: '43232405|Python', name: 'Python', kind: 'TECHNOLOGY' });
  const pyEsco = await make({
    scheme: 'ESCO',
    code: 'http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d',
    name: 'Python (computer programming)',
    kind: 'KNOWLEDGE',
    altLabels: ['Python programming'],
  });
  const dataAnalysis = await make({
    scheme: 'ESCO',
    code: 'http://data.europa.eu/esco/skill/data-analysis-fixture',
    name: 'perform data analysis',
    kind: 'SKILL',
    altLabels: ['analyse data', 'data analytics'],
  });
  const database = await make({
    scheme: 'ONET_TECH',
    code: '43232306|PostgreSQL',
    name: 'PostgreSQL',
    kind: 'TECHNOLOGY',
    altLabels: ['Postgres'],
  });
  await prisma.skillHierarchy.createMany({
    data: [
      { broaderId: technical.id, narrowerId: programming.id },
      { broaderId: programming.id, narrowerId: python.id },
      { broaderId: programming.id, narrowerId: database.id },
    ],
  });
  await prisma.skillRelation.create({ data: { fromId: python.id, toId: pyEsco.id } });
  return { programming, technical, python, pyEsco, dataAnalysis, database };
}
