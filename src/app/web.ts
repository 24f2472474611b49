/**
 * The web app beside the API, in the same process and on the same port, as a Yoga plugin that
 * answers before GraphQL does:
 *  - GET /config.json: how the app signs in (local development key, or the OpenID Connect
 *    provider whose JWKS verifies tokens: issuer, client ID, scopes, resource);
 *  - /dev/*: development sign-in (./dev-sign-in.ts), absent in production and with a JWKS;
 *  - everything else that is not the API (/graphql, /health, /ready, /metrics): the built app
 *    (./static.ts), built in the background when missing or stale (./build.ts) unless WEB_APP
 *    says otherwise; until then pages answer 503 with a notice that reloads itself.
 */
import type { PrismaClient } from '@prisma/client';
import type { Plugin } from 'graphql-yoga';
import type { Agencies } from '../platform/auth/agency-cache.js';
import type { LocalKey } from '../platform/auth/local-key.js';
import type { Config } from './config.js';
import type { Logger } from './logger.js';
import { ensureWebBuild, isBuildFresh, WEB_DIST } from './build.js';
import { devSignIn } from './dev-sign-in.js';
import { json } from './http.js';
import { staticFiles, type StaticHandler } from './static.js';

/** Paths the app never answers: the API's own. */
const API_PATHS = ['/graphql', '/health', '/ready', '/metrics'];

export interface WebDeps {
  config: Pick<Config, 'production' | 'auth' | 'webApp'>;
  prisma: PrismaClient;
  agencies: Agencies;
  localKey: LocalKey | undefined;
  log: Logger;
  /** The build to serve (tests point elsewhere). */
  distDir?: string;
}

/** A request the app would answer with a page (or its assets) once built. */
function wantsPage(request: Request, p: string): boolean {
  return p.startsWith('/assets/') || (request.headers.get('accept') ?? '').includes('text/html');
}

function notice(status: number, text: string): Response {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="refresh" content="5"><title>Talent Marketplace</title></head><body><main><h1>Talent Marketplace</h1><p>${text}</p></main></body></html>`;
  return new Response(html, {
    status,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'retry-after': '5' },
  });
}

/** What /config.json says about sign-in. */
export function authSettings(config: Pick<Config, 'production' | 'auth'>) {
  if (config.auth.mode === 'local') return { mode: 'local' as const };
  if (!config.auth.oidc) {
    return {
      mode: 'unconfigured' as const,
      reason: 'Sign-in is not configured: set AUTH_OIDC_CLIENT_ID (and AUTH_ISSUER) for the web app.',
    };
  }
  return { mode: 'oidc' as const, issuer: config.auth.issuer, ...config.auth.oidc };
}

/** The index.html security policy: own scripts only; the identity provider for sign-in and renewal. */
export function contentSecurityPolicy(config: Pick<Config, 'auth'>): string {
  const idp = config.auth.mode === 'jwks' && config.auth.oidc ? ` ${new URL(config.auth.issuer).origin}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${idp}`,
    `frame-src 'self'${idp}`,
    `form-action 'self'${idp}`,
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'self'",
  ].join('; ');
}

export async function webPlugin({ config, prisma, agencies, localKey, log, distDir = WEB_DIST }: WebDeps): Promise<Plugin> {
  const dev = devSignIn({ config, prisma, agencies, localKey });
  const settings = { auth: authSettings(config) };
  const headers = {
    'content-security-policy': contentSecurityPolicy(config),
    'referrer-policy': 'same-origin',
    'x-frame-options': 'SAMEORIGIN',
  };
  let files: StaticHandler | null = null;
  // While a build runs (or after it failed) pages get a short explanation; the API is unaffected.
  let pending: { status: number; text: string } | null = null;
  if (config.webApp === 'serve' || (config.webApp === 'build' && isBuildFresh(distDir))) {
    files = staticFiles(distDir, headers);
  } else if (config.webApp === 'build') {
    // In the background: the API (and its health checks) need not wait for the front end.
    pending = { status: 503, text: 'The web app is being built; this page reloads in a few seconds.' };
    void ensureWebBuild({ log, outDir: distDir })
      .then(() => {
        files = staticFiles(distDir, headers);
        pending = null;
      })
      .catch((error: unknown) => {
        log.error({ error }, 'the web app could not be built; the API is unaffected');
        pending = { status: 500, text: 'The web app could not be built; the service log says why.' };
      });
  }
  return {
    async onRequest({ request, url, endResponse }) {
      const p = url.pathname;
      if (API_PATHS.some((a) => p === a || p.startsWith(`${a}/`))) return;
      if (p === '/config.json' && (request.method === 'GET' || request.method === 'HEAD')) {
        return endResponse(json(settings));
      }
      if (p.startsWith('/dev/')) {
        const answer = dev ? await dev(request, url) : null;
        if (answer) endResponse(answer);
        return;
      }
      const file = files?.(request, url);
      if (file) return endResponse(file);
      if (pending && (request.method === 'GET' || request.method === 'HEAD') && wantsPage(request, p)) {
        endResponse(notice(pending.status, pending.text));
      }
    },
  };
}
