/**
 * `npx tsx src/modules/privacy/purge-logs.ts`: deletes audit and disclosure log rows older than
 * LOG_RETENTION_YEARS (default 7, never under 5) from the configured database, and prints how
 * many. Run it from a scheduler (daily is plenty); the database refuses anything younger.
 */
import { ConfigError, loadConfig } from '../../app/config.js';
import { openMigratedDatabase } from '../../platform/db/client.js';
import { purgeExpiredLogs } from './service.js';

async function main(): Promise<number> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      return 78;
    }
    throw error;
  }
  const db = await openMigratedDatabase(config.database);
  try {
    const deleted = await purgeExpiredLogs(db.prisma, config.logRetentionYears);
    console.log(JSON.stringify({ retentionYears: config.logRetentionYears, deleted }));
    return 0;
  } finally {
    await db.close();
  }
}

process.exitCode = await main();
