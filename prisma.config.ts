/**
 * Prisma CLI configuration (Prisma 6.19). The CLI uses its bundled Wasm schema engine
 * (`engine: 'js'`) over a driver adapter instead of the native schema engine, which this
 * toolchain cannot download. The adapter is an in-memory PGlite: migration authoring and the
 * drift check (`npm run db:migration`, `npm run db:check`) need no database server.
 * The service itself applies migrations with src/platform/db/migrate.ts, not through this file.
 */
import { defineConfig } from 'prisma/config';
import { inMemoryPGliteFactory } from './scripts/db/pglite-adapter.js';

// The schema's datasource reads DATABASE_URL. With `engine: 'js'` nothing connects to it, but
// if it is unset, `prisma generate` (and others) fall back to the classic engine path and try to
// download a query engine. A placeholder keeps every command offline; a real value is left alone.
process.env.DATABASE_URL ??= 'postgresql://offline:offline@localhost:5432/offline';

export default defineConfig({
  experimental: { adapter: true }, // required by `engine: 'js'` in 6.19
  engine: 'js',
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  // pglite-prisma-adapter is typed against @prisma/driver-adapter-utils 6.10; the runtime
  // interface matches 6.19's, the nominal types do not.
  adapter: async () => inMemoryPGliteFactory() as never,
});
