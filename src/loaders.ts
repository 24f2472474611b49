/**
 * Per-request DataLoaders for lookups that Pothos' Prisma plugin cannot fold into one query
 * (lookups by natural key from arguments, counts). Created per request so one caller's
 * cache never serves another.
 */
import type { Agency, PrismaClient } from '@prisma/client';
import DataLoader from 'dataloader';

export interface Loaders {
  agencyByCode: DataLoader<string, Agency | null>;
}

export function createLoaders(prisma: PrismaClient): Loaders {
  return {
    // Tokens and inputs name agencies by code or abbreviation.
    agencyByCode: new DataLoader(async (keys) => {
      const rows = await prisma.agency.findMany({
        where: { OR: [{ code: { in: [...keys] } }, { abbreviation: { in: [...keys] } }] },
      });
      return keys.map((k) => rows.find((r) => r.code === k || r.abbreviation === k) ?? null);
    }),
  };
}
