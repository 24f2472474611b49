/**
 * Starts the service: configuration, database (pending migrations applied), demo seed on first
 * start of a development database, token verification, then the HTTP server. Stops gracefully
 * on SIGINT/SIGTERM: no new connections, in-flight requests finish, the database closes cleanly.
 */
import { createServer } from 'node:http';
import { seedDemo } from '../../seeds/seed.js';
import { AgencyCache } from '../platform/auth/agency-cache.js';
import { loadOrCreateLocalKey } from '../platform/auth/local-key.js';
import { createVerifier } from '../platform/auth/verify.js';
import { ConfigError, loadConfig } from './config.js';
import { openMigratedDatabase } from '../platform/db/client.js';
import { startEventBus } from '../platform/pubsub/bus.js';
import { closeExpiredOpenings } from '../platform/jobs/deadlines.js';
import { MatchingService } from '../matching/service.js';
import { createMetrics } from './metrics.js';
import { startDueRotations } from '../modules/rotations/service.js';
import { createLogger } from './logger.js';
import { createApp } from './yoga.js';
import { webPlugin } from './web.js';

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  const log = createLogger(config.logLevel);
  const started = Date.now();
  const db = await openMigratedDatabase(config.database, (m) => log.info(m));
  log.info({ kind: db.kind, ms: Date.now() - started }, 'database ready');

  if (config.seedDemo && (await db.prisma.agency.count()) === 0) {
    const counts = await seedDemo(db.prisma);
    log.info(counts, 'demo data loaded');
  }

  const localKey = config.auth.mode === 'local' ? await loadOrCreateLocalKey(config.auth.localKeyDir) : undefined;
  const verify = createVerifier(config.auth, localKey?.publicKey);
  // Events travel through the database, so subscribers on every instance hear every change.
  const events = await startEventBus(db, log, config.events);
  // The match index is built before the first request (its size and build time are logged).
  const matching = await MatchingService.start(db, config.matching, log);
  // Agencies cached in the process, dropped at every change the database notifies.
  const agencies = await AgencyCache.start(db, log);
  const metrics = config.metricsEnabled ? createMetrics({ pool: db.poolStats, matching, agencies, claims: verify }) : undefined;
  const web = await webPlugin({ config, prisma: db.prisma, agencies, localKey, log });
  const yoga = createApp({ config, prisma: db.prisma, verify, log, ping: db.ping, events, matching, agencies, metrics, web });

  // Deadlines: write down openings whose deadline passed (reads already show them CLOSED).
  const sweep = async () => {
    try {
      const closed = await closeExpiredOpenings(db.prisma, events);
      if (closed) log.info({ closed }, 'openings closed by deadline');
      const started = await startDueRotations(db.prisma);
      if (started) log.info({ started }, 'rotations started by date');
    } catch (error) {
      log.warn({ error }, 'deadline sweep failed; will retry');
    }
  };
  await sweep();
  const sweeper = setInterval(() => void sweep(), config.deadlineSweepSeconds * 1000);
  sweeper.unref();
  const server = createServer(yoga);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}/graphql`;
  log.info(
    {
      url,
      env: config.env,
      database: db.kind,
      auth: config.auth.mode,
      rateLimitStore: config.limits.rateLimit?.store.kind ?? 'off',
      metrics: config.metricsEnabled ? '/metrics' : 'off',
    },
    'listening',
  );
  if (!config.production) {
    process.stdout.write(
      `\nTalent Marketplace is listening on ${url}` +
        (config.webApp !== 'off' ? `\n  Web app:   open ${url.replace(/graphql$/, '')} in a browser` : '') +
        `\n  GraphiQL:  open ${url} in a browser` +
        (config.auth.mode === 'local'
          ? `\n  A token:   npm run token -- --role HIRING_MANAGER --agency NASA` +
            `\n             (roles: EMPLOYEE, HIRING_MANAGER, HR_SPECIALIST, INTEGRATION, ADMIN)\n\n`
          : '\n\n'),
    );
  }

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    const force = setTimeout(() => {
      log.warn('forcing shutdown after 10 s');
      process.exit(1);
    }, 10_000);
    force.unref();
    clearInterval(sweeper);
    server.closeIdleConnections();
    // Subscriptions (SSE) never end on their own: give requests 3 s, then close what is left.
    const lingering = setTimeout(() => server.closeAllConnections(), 3000);
    lingering.unref();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await matching.stop();
    await agencies.stop();
    await events.stop();
    await yoga.dispose();
    await db.close();
    log.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error) => {
  process.stderr.write(
    `${JSON.stringify({ time: new Date().toISOString(), level: 'error', msg: 'failed to start', error: String(error?.stack ?? error) })}\n`,
  );
  process.exit(1);
});
