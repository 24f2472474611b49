/** The committed SDL: what clients and codegen read; a test fails when it is stale. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { printSchema } from 'graphql';
import { schema } from './index.js';

export const SCHEMA_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../schema/schema.graphql');

export function printedSchema(): string {
  return `${printSchema(schema)}\n`;
}
