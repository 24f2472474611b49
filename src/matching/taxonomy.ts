/**
 * The taxonomy as the match index reads it from the database: hierarchy, relations (with the
 * cross-scheme equivalents' strength) and the skill groups, which are groupings of skills rather
 * than skills a person holds (ESCO skill groups; O*NET content-model categories).
 */
import type { PrismaClient } from '@prisma/client';
import { buildNeighbours, type Neighbours } from './engine/neighbours.js';

/**
 * O*NET content-model categories ("2.A", "2.A.1", "4.A.1.a"): the rated elements are the leaves,
 * four parts deep for skills and knowledge ("2.A.1.a"), five for work activities ("4.A.1.a.1").
 */
export const isOnetCategory = (code: string) => code.split('.').length < (code.startsWith('4.') ? 5 : 4);

export interface TaxonomyCounts {
  hierarchy: number;
  relations: number;
  equivalents: number;
  groups: number;
}

export async function readNeighbours(
  prisma: Pick<PrismaClient, 'skillHierarchy' | 'skillRelation' | 'skill'>,
): Promise<{ neighbours: Neighbours; counts: TaxonomyCounts }> {
  const [hierarchy, relations, groups] = await Promise.all([
    prisma.skillHierarchy.findMany({ select: { broaderId: true, narrowerId: true } }),
    prisma.skillRelation.findMany({ select: { fromId: true, toId: true, kind: true, strength: true } }),
    prisma.skill.findMany({
      where: { OR: [{ scheme: 'ESCO', kind: 'COMPETENCY' }, { scheme: 'ONET' }] },
      select: { id: true, scheme: true, code: true },
    }),
  ]);
  const groupIds = new Set(groups.filter((g) => g.scheme === 'ESCO' || isOnetCategory(g.code)).map((g) => g.id));
  return {
    neighbours: buildNeighbours({ hierarchy, relations, groups: groupIds }),
    counts: {
      hierarchy: hierarchy.length,
      relations: relations.length,
      equivalents: relations.filter((r) => r.kind === 'EQUIVALENT').length,
      groups: groupIds.size,
    },
  };
}
