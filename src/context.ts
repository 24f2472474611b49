/** Per-request context: who is calling, the database, and per-request loaders. */
import type { PrismaClient } from '@prisma/client';
import type { Principal } from './auth/principal.js';
import { createLoaders, type Loaders } from './loaders.js';

export interface Context {
  viewer: Principal | null;
  prisma: PrismaClient;
  loaders: Loaders;
  requestId: string;
}

export function buildContext(prisma: PrismaClient, viewer: Principal | null, requestId: string): Context {
  return { viewer, prisma, loaders: createLoaders(prisma, viewer, requestId), requestId };
}
