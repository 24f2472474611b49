/**
 * The web app's JavaScript sizes, gzipped, from the build's manifest (dist/web/.vite/manifest.json):
 * every chunk, and the first load of each page: the entry with everything it imports statically,
 * the sign-in code the app loads at start (src/web/auth), and the page's own chunk with its
 * imports. Printed after every build (vite.config.ts) and checked by `npm run web:size`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** The staff pages' first load, gzipped (issue 15). */
export const FIRST_LOAD_BUDGET_BYTES = 200 * 1024;

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}
type Manifest = Record<string, ManifestChunk>;

export interface SizeReport {
  chunks: { file: string; bytes: number; gzip: number }[];
  pages: { page: string; files: string[]; gzip: number }[];
  budget: number;
  over: { page: string; gzip: number }[];
}

export function measureBuild(outDir: string, budget = FIRST_LOAD_BUDGET_BYTES): SizeReport {
  const manifest = JSON.parse(fs.readFileSync(path.join(outDir, '.vite/manifest.json'), 'utf8')) as Manifest;
  const gz = new Map<string, number>();
  const chunks = Object.values(manifest)
    .filter((c) => c.file.endsWith('.js'))
    .map((c) => {
      const body = fs.readFileSync(path.join(outDir, c.file));
      const gzip = gzipSync(body, { level: 9 }).length;
      gz.set(c.file, gzip);
      return { file: c.file, bytes: body.length, gzip };
    })
    .sort((a, b) => b.gzip - a.gzip);
  const closure = (keys: string[], into = new Set<string>()): Set<string> => {
    for (const key of keys) {
      const chunk = manifest[key];
      if (!chunk || into.has(chunk.file)) continue;
      into.add(chunk.file);
      closure(chunk.imports ?? [], into);
    }
    return into;
  };
  const entries = Object.keys(manifest).filter((k) => manifest[k]!.isEntry);
  const start = closure(entries);
  // Loaded at start whatever the page: the sign-in backends (both counted, to be safe).
  const atStart = Object.keys(manifest).filter((k) => manifest[k]!.isDynamicEntry && (manifest[k]!.src ?? k).includes('auth/'));
  closure(atStart, start);
  // Pages are the lazy chunks under src/web/pages; other lazy chunks (the chart library) load
  // after a page has shown, so they are not part of any first load.
  const pageKeys = Object.keys(manifest).filter(
    (k) => manifest[k]!.isDynamicEntry && !atStart.includes(k) && (manifest[k]!.src ?? k).includes('pages/'),
  );
  const sum = (files: Set<string>) => [...files].reduce((s, f) => s + (gz.get(f) ?? 0), 0);
  const pages = (pageKeys.length ? pageKeys : [null]).map((key) => {
    const files = closure(key ? [key] : [], new Set(start));
    return { page: key ? (manifest[key]!.src ?? key) : '(no lazy pages)', files: [...files], gzip: sum(files) };
  });
  const over = pages.filter((p) => p.gzip > budget).map(({ page, gzip }) => ({ page, gzip }));
  return { chunks, pages, budget, over };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;

export function formatReport(r: SizeReport): string {
  const lines = ['JavaScript per chunk (gzipped / raw):'];
  for (const c of r.chunks) lines.push(`  ${kb(c.gzip).padStart(9)} / ${kb(c.bytes).padStart(9)}  ${c.file}`);
  lines.push(`First load per page (gzipped; budget ${kb(r.budget)}):`);
  for (const p of [...r.pages].sort((a, b) => b.gzip - a.gzip)) {
    lines.push(`  ${kb(p.gzip).padStart(9)}  ${p.page}${p.gzip > r.budget ? '  OVER BUDGET' : ''}`);
  }
  return lines.join('\n');
}
