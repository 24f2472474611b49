/**
 * Environment → typed configuration. Parsed once at start; a bad value stops the process
 * with a message naming the variable, instead of failing later at the first request.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import {
  ALGORITHMS,
  DEFAULT_ALGORITHM,
  DEFAULT_MATCH_CONFIG,
  type Algorithm,
  type MatchConfig,
} from '../matching/engine/model.js';
import { DEFAULT_LOG_RETENTION_YEARS, MIN_LOG_RETENTION_YEARS } from '../modules/privacy/rules.js';

const bool = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => v === 'true' || v === '1' || v === 'yes');

const csv = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .transform((v) =>
      v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    );

const EnvSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    HOST: z.string().default('127.0.0.1'),
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    /** postgres://… for a server; unset = embedded PGlite under DATA_DIR. */
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
      .optional(),
    DATA_DIR: z.string().default('.data'),
    /** Connections per instance to a PostgreSQL server. */
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    SEED_DEMO: bool.optional(),
    /** Serve /metrics (Prometheus) on the service's port; block the path from outside (README, "Metrics"). */
    METRICS_ENABLED: bool.optional(),
    LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
    AUTH_JWKS_URL: z.string().url().optional(),
    AUTH_ISSUER: z.string().min(1).optional(),
    AUTH_AUDIENCE: z.string().min(1).optional(),
    AUTH_ALGORITHMS: csv('RS256,ES256,EdDSA'),
    AUTH_CLOCK_TOLERANCE_SECONDS: z.coerce.number().int().min(0).max(300).default(30),
    /** Longest token lifetime accepted (exp - iat, seconds; tokens then need `iat`); 0 = no maximum. */
    AUTH_MAX_TOKEN_LIFETIME_SECONDS: z.coerce.number().int().min(0).max(2_592_000).default(43_200),
    /** The web app's OpenID Connect client (authorization code + PKCE at AUTH_ISSUER); unset: no sign-in. */
    AUTH_OIDC_CLIENT_ID: z.string().min(1).optional(),
    AUTH_OIDC_SCOPES: z.string().min(1).default('openid profile'),
    /** Resource indicator (RFC 8707) sent with the sign-in, for providers that need one to issue AUTH_AUDIENCE tokens. */
    AUTH_OIDC_RESOURCE: z.string().url().optional(),
    /** The web app at `/`: build (when missing or stale) and serve, serve a ready build, or off. */
    WEB_APP: z.enum(['build', 'serve', 'off']).default('build'),
    GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).max(50).default(12),
    GRAPHQL_MAX_ALIASES: z.coerce.number().int().min(1).max(100).default(15),
    GRAPHQL_MAX_TOKENS: z.coerce.number().int().min(100).max(100000).default(2000),
    /** Largest operation cost (src/platform/limits/cost.ts), computed with the variables before execution. */
    GRAPHQL_MAX_COST: z.coerce.number().int().min(100).max(1000000).default(5000),
    /** Largest request body: the largest bulk call of openings (~4.1 MB) fits (README, "Limits"). */
    GRAPHQL_MAX_BODY_BYTES: z.coerce.number().int().min(10_000).max(100_000_000).default(5_000_000),
    /** Points (operation costs) per principal per window; 0 turns rate limiting off. */
    RATE_LIMIT_POINTS: z.coerce.number().int().min(0).max(1_000_000_000).default(30_000),
    RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(0).max(86_400).default(60),
    /** Where budgets are kept: `postgres` (shared by every instance; default with DATABASE_URL) or `memory` (per instance). */
    RATE_LIMIT_STORE: z.enum(['memory', 'postgres']).optional(),
    /** How long published events are kept for subscribers that resume (`marketplaceEvents(after:)`). */
    EVENT_RETENTION_HOURS: z.coerce.number().int().min(1).max(8760).default(24),
    /** Proxies in front of the service whose X-Forwarded-For entries are believed (true = 1). */
    TRUST_PROXY: z
      .preprocess((v) => (v === 'true' ? 1 : v === 'false' ? 0 : v), z.coerce.number().int().min(0).max(10))
      .default(0),
    /** off | accept (hashes and documents) | only (allow-list of the manifests' documents). */
    GRAPHQL_PERSISTED_OPERATIONS: z.enum(['off', 'accept', 'only']).default('accept'),
    /** Manifests (hash → document JSON), comma-separated; default: codegen's. */
    GRAPHQL_PERSISTED_OPERATIONS_FILE: z.string().optional(),
    /** How often the server writes down openings closed by their deadline (reads never show them open). */
    DEADLINE_SWEEP_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
    /** Match score: credit for a direct broader, narrower or related skill (0 turns it off). */
    MATCH_RELATED_CREDIT: z.coerce.number().min(0).max(1).default(0.5),
    /** Match score: factor per level below an opening's minimum. */
    MATCH_LEVEL_DECAY: z.coerce.number().min(0).max(1).default(DEFAULT_MATCH_CONFIG.levelDecay),
    /** Match score: the algorithm of requests that do not name one. */
    MATCH_ALGORITHM: z.enum(ALGORITHMS).default(DEFAULT_ALGORITHM),
    /** skills-overlap/2: the most that unrequested skills can take away (focus), in [0, 1). */
    MATCH_FOCUS_PENALTY: z.coerce.number().min(0).lt(1).default(DEFAULT_MATCH_CONFIG.focusPenalty),
    /** skills-overlap/2: unrequested skills at which half of the focus penalty applies. */
    MATCH_FOCUS_HALF: z.coerce.number().gt(0).max(10_000).default(DEFAULT_MATCH_CONFIG.focusHalf),
    /** skills-overlap/2: prevalence at or below which a skill weighs fully (specificity). */
    MATCH_SPECIFICITY_REFERENCE: z.coerce.number().gt(0).lt(1).default(DEFAULT_MATCH_CONFIG.specificityReference),
    /** Years the audit and disclosure logs are kept; the Privacy Act asks at least five (552a(c)(2)). */
    LOG_RETENTION_YEARS: z.coerce
      .number()
      .int()
      .min(MIN_LOG_RETENTION_YEARS, `must be at least ${MIN_LOG_RETENTION_YEARS} (Privacy Act, 5 U.S.C. 552a(c)(2))`)
      .max(100)
      .default(DEFAULT_LOG_RETENTION_YEARS),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production') {
      for (const key of ['AUTH_JWKS_URL', 'AUTH_ISSUER', 'AUTH_AUDIENCE'] as const) {
        if (!env[key]) {
          ctx.addIssue({ code: 'custom', path: [key], message: 'is required when NODE_ENV=production' });
        }
      }
      if (!env.DATABASE_URL) {
        ctx.addIssue({
          code: 'custom',
          path: ['DATABASE_URL'],
          message: 'is required when NODE_ENV=production (the embedded database is for one machine only)',
        });
      }
    }
    if (env.RATE_LIMIT_POINTS > 0 && env.RATE_LIMIT_WINDOW_SECONDS > 0 && env.RATE_LIMIT_POINTS < env.GRAPHQL_MAX_COST) {
      ctx.addIssue({
        code: 'custom',
        path: ['RATE_LIMIT_POINTS'],
        message: `must be 0 (off) or at least GRAPHQL_MAX_COST (${env.GRAPHQL_MAX_COST}), or the costliest allowed operation could never run`,
      });
    }
    if (env.RATE_LIMIT_STORE === 'postgres' && !env.DATABASE_URL) {
      ctx.addIssue({ code: 'custom', path: ['RATE_LIMIT_STORE'], message: 'postgres needs DATABASE_URL' });
    }
    if (env.AUTH_ALGORITHMS.some((a) => a.toLowerCase() === 'none' || a.startsWith('HS'))) {
      ctx.addIssue({
        code: 'custom',
        path: ['AUTH_ALGORITHMS'],
        message: 'only asymmetric algorithms are accepted (no "none", no HS*)',
      });
    }
  });

export type Env = z.infer<typeof EnvSchema>;

export interface Config {
  env: Env['NODE_ENV'];
  production: boolean;
  host: string;
  port: number;
  database: { kind: 'postgres'; url: string; poolSize: number } | { kind: 'pglite'; dataDir: string };
  dataDir: string;
  seedDemo: boolean;
  /** Serve /metrics (default true). */
  metricsEnabled: boolean;
  logLevel: Env['LOG_LEVEL'];
  auth: {
    mode: 'jwks' | 'local';
    jwksUrl?: string;
    issuer: string;
    audience: string;
    algorithms: string[];
    clockToleranceSeconds: number;
    /** Longest accepted exp - iat in seconds (0: no maximum, and `iat` is optional). */
    maxTokenLifetimeSeconds: number;
    /** Where the development signing key lives (local mode). */
    localKeyDir: string;
    /** The web app's sign-in client (jwks mode with AUTH_OIDC_CLIENT_ID). */
    oidc: { clientId: string; scopes: string; resource: string | null } | null;
  };
  /** The web app at `/` (src/app/web.ts). */
  webApp: 'build' | 'serve' | 'off';
  limits: {
    maxDepth: number;
    maxAliases: number;
    maxTokens: number;
    maxCost: number;
    maxBodyBytes: number;
    /** null: off. */
    rateLimit: { points: number; windowSeconds: number; store: { kind: 'memory' } | { kind: 'postgres'; url: string } } | null;
    trustedProxies: number;
  };
  /** Published events (src/platform/pubsub): kept this long for subscribers that resume. */
  events: { retentionHours: number };
  persistedOperations: { mode: 'off' | 'accept' | 'only'; manifests: string[] };
  deadlineSweepSeconds: number;
  matching: MatchConfig & { algorithm: Algorithm };
  /** Years the audit and disclosure logs are kept before a purge may delete them (at least 5). */
  logRetentionYears: number;
}

export class ConfigError extends Error {
  constructor(issues: string[]) {
    super(`Invalid configuration:\n${issues.map((i) => `  - ${i}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Local-mode issuer and audience: tokens minted by `npm run token`. */
export const LOCAL_ISSUER = 'urn:talent-marketplace:local';
export const LOCAL_AUDIENCE = 'talent-marketplace';

/** The manifest codegen writes (codegen.ts), found from this file so any working directory works. */
export const DEFAULT_PERSISTED_MANIFEST = fileURLToPath(
  new URL('../../schema/generated/persisted-documents.json', import.meta.url),
);

export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  // Empty strings count as unset: `FOO= npm start` should not mean "FOO is the empty string".
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = EnvSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.') || 'environment'}: ${i.message}`));
  }
  const env = parsed.data;
  const dataDir = path.resolve(env.DATA_DIR);
  const jwks = Boolean(env.AUTH_JWKS_URL);
  return {
    env: env.NODE_ENV,
    production: env.NODE_ENV === 'production',
    host: env.HOST,
    port: env.PORT,
    database: env.DATABASE_URL
      ? { kind: 'postgres', url: env.DATABASE_URL, poolSize: env.DATABASE_POOL_SIZE }
      : { kind: 'pglite', dataDir: path.join(dataDir, 'pglite') },
    dataDir,
    seedDemo: env.SEED_DEMO ?? (env.NODE_ENV === 'development' && !env.DATABASE_URL),
    metricsEnabled: env.METRICS_ENABLED ?? true,
    logLevel: env.LOG_LEVEL,
    auth: {
      mode: jwks ? 'jwks' : 'local',
      jwksUrl: env.AUTH_JWKS_URL,
      issuer: env.AUTH_ISSUER ?? LOCAL_ISSUER,
      audience: env.AUTH_AUDIENCE ?? LOCAL_AUDIENCE,
      algorithms: jwks ? env.AUTH_ALGORITHMS : ['ES256'],
      clockToleranceSeconds: env.AUTH_CLOCK_TOLERANCE_SECONDS,
      maxTokenLifetimeSeconds: env.AUTH_MAX_TOKEN_LIFETIME_SECONDS,
      localKeyDir: path.join(dataDir, 'keys'),
      oidc:
        jwks && env.AUTH_OIDC_CLIENT_ID
          ? { clientId: env.AUTH_OIDC_CLIENT_ID, scopes: env.AUTH_OIDC_SCOPES, resource: env.AUTH_OIDC_RESOURCE ?? null }
          : null,
    },
    webApp: env.WEB_APP,
    limits: {
      maxDepth: env.GRAPHQL_MAX_DEPTH,
      maxAliases: env.GRAPHQL_MAX_ALIASES,
      maxTokens: env.GRAPHQL_MAX_TOKENS,
      maxCost: env.GRAPHQL_MAX_COST,
      maxBodyBytes: env.GRAPHQL_MAX_BODY_BYTES,
      rateLimit:
        env.RATE_LIMIT_POINTS > 0 && env.RATE_LIMIT_WINDOW_SECONDS > 0
          ? {
              points: env.RATE_LIMIT_POINTS,
              windowSeconds: env.RATE_LIMIT_WINDOW_SECONDS,
              store:
                (env.RATE_LIMIT_STORE ?? (env.DATABASE_URL ? 'postgres' : 'memory')) === 'postgres' && env.DATABASE_URL
                  ? { kind: 'postgres', url: env.DATABASE_URL }
                  : { kind: 'memory' },
            }
          : null,
      trustedProxies: env.TRUST_PROXY,
    },
    persistedOperations: {
      mode: env.GRAPHQL_PERSISTED_OPERATIONS,
      manifests: env.GRAPHQL_PERSISTED_OPERATIONS_FILE
        ? env.GRAPHQL_PERSISTED_OPERATIONS_FILE.split(',')
            .map((f) => f.trim())
            .filter(Boolean)
            .map((f) => path.resolve(f))
        : [DEFAULT_PERSISTED_MANIFEST],
    },
    events: { retentionHours: env.EVENT_RETENTION_HOURS },
    deadlineSweepSeconds: env.DEADLINE_SWEEP_SECONDS,
    matching: {
      algorithm: env.MATCH_ALGORITHM,
      relatedCredit: env.MATCH_RELATED_CREDIT,
      levelDecay: env.MATCH_LEVEL_DECAY,
      focusPenalty: env.MATCH_FOCUS_PENALTY,
      focusHalf: env.MATCH_FOCUS_HALF,
      specificityReference: env.MATCH_SPECIFICITY_REFERENCE,
    },
    logRetentionYears: env.LOG_RETENTION_YEARS,
  };
}
