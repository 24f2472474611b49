/**
 * The real reference data (O*NET, ESCO, crosswalk) lives beside the repository in ../shared/data,
 * never in it; SHARED_DATA points elsewhere. Tests that need it fail with this message when it is
 * missing rather than passing silently.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export function sharedData(...parts: string[]): string {
  const root = path.resolve(process.env.SHARED_DATA ?? path.join(repo, '../shared/data'));
  if (!fs.existsSync(root)) {
    throw new Error(`Reference data not found at ${root}: put shared/data beside the repository or set SHARED_DATA`);
  }
  return path.join(root, ...parts);
}
