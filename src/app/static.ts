/**
 * The built web app (dist/web), read into memory at start: it is small (a few MB with the USWDS
 * fonts) and only changes with a new build, which needs a restart anyway.
 *  - /assets/* have content hashes in their names: cached for a year, immutable;
 *  - index.html (and the history fallback: any other path without a file extension, for a
 *    GET that accepts HTML) must be revalidated every time (no-cache, with an ETag);
 *  - other files (favicon) for an hour;
 *  - text files gzipped once when the client accepts it.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt', '.map']);
export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

interface StaticFile {
  body: Buffer;
  gzip: Buffer | null;
  type: string;
  etag: string;
  cacheControl: string;
}

function walk(dir: string, base = dir): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name.startsWith('.') ? [] : walk(full, base);
    return [path.relative(base, full).split(path.sep).join('/')];
  });
}

export type StaticHandler = (request: Request, url: URL) => Response | null;

/** Serves `dir`; `headers` are added to HTML answers (the security policy). */
export function staticFiles(dir: string, htmlHeaders: Record<string, string> = {}): StaticHandler {
  const files = new Map<string, StaticFile>();
  for (const rel of walk(dir)) {
    const body = fs.readFileSync(path.join(dir, rel));
    const ext = path.extname(rel);
    files.set(`/${rel}`, {
      body,
      gzip: COMPRESSIBLE.has(ext) && body.length > 512 ? gzipSync(body, { level: 9 }) : null,
      type: TYPES[ext] ?? 'application/octet-stream',
      etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
      cacheControl: rel.startsWith('assets/') ? IMMUTABLE : ext === '.html' ? REVALIDATE : 'public, max-age=3600',
    });
  }
  const index = files.get('/index.html');
  if (!index) throw new Error(`${dir} has no index.html: build the web app first`);

  return (request, url) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return null;
    let file = files.get(url.pathname === '/' ? '/index.html' : url.pathname);
    // History fallback: the app's own routes (no extension) get index.html; a missing asset a 404.
    if (!file && !path.posix.extname(url.pathname) && (request.headers.get('accept') ?? '').includes('text/html')) {
      file = index;
    }
    if (!file) return null;
    const headers: Record<string, string> = {
      'content-type': file.type,
      'cache-control': file.cacheControl,
      etag: file.etag,
      vary: 'accept-encoding',
      'x-content-type-options': 'nosniff',
      ...(file === index ? htmlHeaders : {}),
    };
    if (request.headers.get('if-none-match') === file.etag) return new Response(null, { status: 304, headers });
    const gzip = file.gzip && /\bgzip\b/.test(request.headers.get('accept-encoding') ?? '');
    const body = gzip ? file.gzip! : file.body;
    if (gzip) headers['content-encoding'] = 'gzip';
    headers['content-length'] = String(body.length);
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
  };
}
