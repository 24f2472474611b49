/** `npm run seed`: loads the demo data into the configured database (idempotent). */
import { loadConfig } from '../src/app/config.js';
import { openMigratedDatabase } from '../src/platform/db/client.js';
import { seedDemo } from './seed.js';

const config = loadConfig();
const db = await openMigratedDatabase(config.database, (m) => process.stdout.write(`${m}\n`));
try {
  const counts = await seedDemo(db.prisma);
  process.stdout.write(`seeded ${db.kind} database: ${JSON.stringify(counts)}\n`);
} finally {
  await db.close();
}
