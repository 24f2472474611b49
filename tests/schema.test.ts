/** Committed artifacts must match their sources: the printed SDL and the codegen output. */
import fs from 'node:fs';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import codegenConfig from '../codegen.js';
import { printedSchema, SCHEMA_FILE } from '../src/graphql/print.js';

describe('committed schema artifacts', () => {
  it('schema/schema.graphql is the printed, sorted schema (run `npm run generate` if this fails)', () => {
    expect(fs.readFileSync(SCHEMA_FILE, 'utf8')).toBe(printedSchema());
  });

  it('schema/generated matches codegen over the committed schema and operations', async () => {
    const outputs = (await generate({ ...codegenConfig, silent: true }, false)) as { filename: string; content: string }[];
    expect(outputs.length).toBeGreaterThan(0);
    for (const { filename, content } of outputs) {
      expect(fs.readFileSync(filename, 'utf8'), filename).toBe(content);
    }
  });

  it('the SDL is sorted lexicographically', () => {
    const types = [...printedSchema().matchAll(/^(?:type|input|enum|interface|union|scalar) (\w+)/gm)].map((m) => m[1]!);
    expect(types).toEqual([...types].sort());
  });
});
