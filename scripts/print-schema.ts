/** Writes the SDL of the Pothos schema, sorted, to schema/schema.graphql (`npm run schema:print`). */
import fs from 'node:fs';
import { printedSchema, SCHEMA_FILE } from '../src/graphql/print.js';

fs.writeFileSync(SCHEMA_FILE, printedSchema());
process.stdout.write(`wrote ${SCHEMA_FILE}\n`);
