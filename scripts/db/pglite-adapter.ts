/**
 * In-memory PGlite as the driver adapter of Prisma 6.19's Wasm schema engine (`engine: 'js'`
 * in prisma.config.ts), so `prisma migrate diff` and friends need no database server and no
 * native engine download. Used only by the Prisma CLI through prisma.config.ts.
 *
 * Wraps `pglite-prisma-adapter@0.6.1`'s factory; the shims and why they exist:
 *  1. Multi-statement SQL. The engine replays each migration.sql (to the shadow database, for
 *     `--from-migrations`) with a single parameterless `executeRaw`; the adapter sends it as a
 *     prepared statement, which PostgreSQL refuses ("cannot insert multiple commands into a
 *     prepared statement", P3006). Parameterless SQL goes through PGlite's simple-query `exec`.
 *     The adapter's `executeScript` has the same job but does not await `exec` (errors would be
 *     unhandled rejections, and the engine would go on before the script ran): awaited here.
 *  2. Shadow databases. The adapter's `connectToShadowDb` opens `memory://shadow` and never
 *     closes it. Here each shadow database is a fresh in-memory PGlite, closed on `dispose()`.
 *  3. Exit. See the setTimeout patch below.
 * The main database is a fresh in-memory PGlite per CLI run: nothing persists, nothing to clean.
 */
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PrismaPGlite } from 'pglite-prisma-adapter';

type Adapter = Awaited<ReturnType<PrismaPGlite['connect']>>;

// 3. PostgreSQL arms a 10 s timer after a statement to flush statistics when idle, and PGlite's
//    Emscripten runtime implements it with a plain setTimeout. The CLI never disposes of the main
//    connection (so nothing closes that PGlite), and a successful command returns without
//    process.exit: every `prisma migrate diff` would sit idle for ~10 s after printing. Emscripten's
//    timer callbacks are unref'd so they no longer keep the process alive; the in-memory database
//    is thrown away at exit anyway.
const realSetTimeout = globalThis.setTimeout;
globalThis.setTimeout = Object.assign((fn: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => {
  const timer = realSetTimeout(fn, ms, ...args);
  if (typeof fn === 'function' && fn.toString().includes('_emscripten_timeout')) timer.unref();
  return timer;
}, realSetTimeout) as typeof setTimeout;

function shim(adapter: Adapter, db: PGlite, closeOnDispose: boolean): Adapter {
  // The adapter's own mapping of PGlite errors to Prisma's DriverAdapterError (always throws).
  const onError = (error: unknown): never => (adapter as unknown as { onError(e: unknown): never }).onError(error);
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query) => {
    if (query.args.length > 0) return executeRaw(query);
    try {
      const results = await db.exec(query.sql);
      return results.reduce((n, r) => n + (r.affectedRows ?? 0), 0);
    } catch (error) {
      return onError(error);
    }
  };
  adapter.executeScript = async (script) => {
    try {
      await db.exec(script);
    } catch (error) {
      onError(error);
    }
  };
  if (closeOnDispose) {
    adapter.dispose = async () => {
      if (!db.closed) await db.close();
    };
  }
  return adapter;
}

/** Driver adapter factory for prisma.config.ts: in-memory main database, fresh shadow per use. */
export function inMemoryPGliteFactory() {
  const main = new PGlite({ extensions: { pg_trgm } });
  const inner = new PrismaPGlite(main);
  return {
    provider: 'postgres' as const,
    adapterName: inner.adapterName,
    async connect() {
      // Not closed on dispose: the engine may connect again within one run.
      return shim(await inner.connect(), main, false);
    },
    async connectToShadowDb() {
      const shadow = new PGlite({ extensions: { pg_trgm } });
      return shim(await new PrismaPGlite(shadow).connect(), shadow, true);
    },
  };
}
