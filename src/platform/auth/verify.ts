/**
 * Bearer token verification with jose. Every failure of the token becomes an AuthError with a
 * message a client developer can act on; the HTTP layer answers it with 401. An identity
 * provider whose keys cannot be fetched is not the token's fault: KeySetUnavailableError, 503.
 */
import { createRemoteJWKSet, errors as joseErrors, jwtVerify, type CryptoKey, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { createHash } from 'node:crypto';
import type { Config } from '../../app/config.js';
import { isRole, SCOPES, type Role, type Scope } from './principal.js';

export class AuthError extends Error {
  override name = 'AuthError';
}

/**
 * The identity provider's key set could not be fetched (unreachable, timeout, not a 200, not a
 * key set): the token may be fine, so the caller should retry, and operators should hear of it.
 */
export class KeySetUnavailableError extends Error {
  override name = 'KeySetUnavailableError';
}

/**
 * What an agency claim may look like: a code ("080", "1341") or an abbreviation ("NASA",
 * "USDA-FS"): 1 to 40 ASCII letters, digits, spaces and `- _ . & /`, starting with a letter or
 * digit. Anything else (control characters, NUL, non-ASCII, quotes) is refused before the
 * database is asked, and is never quoted back.
 */
export const AGENCY_CLAIM = /^[A-Za-z0-9][A-Za-z0-9 _.&/-]{0,39}$/;

/**
 * What a subject may look like: an OpenID Connect subject identifier, at most 255 ASCII
 * characters (OIDC Core 1.0, section 2), here visible ASCII and spaces, not starting with a
 * space. The subject is stored (profiles, audit and disclosure logs) and compared: a number, an
 * empty string, NUL or an unpaired surrogate broke the queries (found by fuzzing hostile claims).
 */
export const SUBJECT_CLAIM = /^[\x21-\x7e][\x20-\x7e]{0,254}$/;

/** Claims of a verified token, before the agency is resolved against the database. */
export interface VerifiedClaims {
  subject: string;
  roles: Role[];
  agency: string;
  scopes: Scope[];
  name?: string;
  /** When the token stops being accepted (ms since the epoch, clock tolerance included). */
  expiresAt: number;
}

export type TokenVerifier = (token: string) => Promise<VerifiedClaims>;

/**
 * The service's verifier: jose's checks and the claim checks below, with verified claims cached
 * per token (cachingVerifier). Every failure is thrown anew for every request, never cached.
 */
export function createVerifier(auth: Config['auth'], localPublicKey?: CryptoKey): CachingVerifier {
  return cachingVerifier(createUncachedVerifier(auth, localPublicKey));
}

/** How many tokens' claims are kept (least recently used dropped first): about 2 MB at most. */
export const CLAIMS_CACHE_SIZE = 10_000;
/**
 * A token is verified again after this long even while it lives: a key withdrawn from the
 * identity provider's JWKS stops being honoured within minutes, not at the end of a 12 h token.
 */
export const CLAIMS_CACHE_MAX_AGE_MS = 5 * 60_000;

export interface CachingVerifier extends TokenVerifier {
  readonly stats: { hits: number; misses: number; size: number };
}

/**
 * Caches the claims of tokens that verified: a signature check (ECDSA or RSA, about 0.1–0.3 ms of
 * CPU) per request is the largest cost of a token after the agency lookup. Keyed by the SHA-256
 * of the token (the cache holds no bearer token), at most `max` entries with least-recently-used
 * eviction, and an entry is used only until the token's `exp` plus the clock tolerance (the
 * claims' `expiresAt`) and at most `maxAgeMs` after it was verified: past that the token is
 * verified again, so an expired token gets the same 401 as if nothing had been cached. A token
 * that fails is never cached, and implausible claims fail inside `verify`, so no hostile claim
 * ever reaches the cache or the database.
 */
export function cachingVerifier(
  verify: TokenVerifier,
  {
    max = CLAIMS_CACHE_SIZE,
    maxAgeMs = CLAIMS_CACHE_MAX_AGE_MS,
    now = Date.now,
  }: { max?: number; maxAgeMs?: number; now?: () => number } = {},
): CachingVerifier {
  const entries = new Map<string, { claims: VerifiedClaims; until: number }>();
  const counts = { hits: 0, misses: 0 };
  const cached = async (token: string): Promise<VerifiedClaims> => {
    const key = createHash('sha256').update(token).digest('base64');
    const entry = entries.get(key);
    if (entry) {
      entries.delete(key);
      if (now() < entry.until) {
        // Most recently used last: the first key is the one to evict.
        entries.set(key, entry);
        counts.hits++;
        return entry.claims;
      }
    }
    counts.misses++;
    const claims = freezeClaims(await verify(token));
    const until = Math.min(claims.expiresAt, now() + maxAgeMs);
    if (max > 0 && now() < until) {
      entries.set(key, { claims, until });
      if (entries.size > max) entries.delete(entries.keys().next().value!);
    }
    return claims;
  };
  // A getter (Object.assign would copy one value).
  return Object.defineProperty(cached, 'stats', { get: () => ({ ...counts, size: entries.size }) }) as CachingVerifier;
}

/** Shared between requests once cached: nobody may change them. */
function freezeClaims(claims: VerifiedClaims): VerifiedClaims {
  Object.freeze(claims.roles);
  Object.freeze(claims.scopes);
  return Object.freeze(claims);
}

/** jose's checks and the claim checks, on every call (createVerifier caches what this accepts). */
export function createUncachedVerifier(auth: Config['auth'], localPublicKey?: CryptoKey): TokenVerifier {
  let key: CryptoKey | JWTVerifyGetKey;
  if (auth.mode === 'jwks') {
    // jose caches the key set and refetches on an unknown `kid` (key rotation), rate limited.
    const remote = createRemoteJWKSet(new URL(auth.jwksUrl!), { cooldownDuration: 30_000, timeoutDuration: 5_000 });
    key = async (header, token) => {
      try {
        return await remote(header, token);
      } catch (error) {
        throw keySetFailure(error) ?? error;
      }
    };
  } else {
    if (!localPublicKey) throw new Error('local auth mode needs the development public key');
    key = localPublicKey;
  }
  return async (token) => {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, key as CryptoKey, {
        issuer: auth.issuer,
        audience: auth.audience,
        algorithms: auth.algorithms,
        requiredClaims: ['exp', 'sub'],
        clockTolerance: auth.clockToleranceSeconds,
      }));
    } catch (error) {
      if (error instanceof KeySetUnavailableError) throw error;
      throw new AuthError(describe(error));
    }
    checkLifetime(payload, auth.maxTokenLifetimeSeconds, auth.clockToleranceSeconds);
    return { ...claimsOf(payload), expiresAt: (payload.exp! + auth.clockToleranceSeconds) * 1000 };
  };
}

/**
 * Errors of fetching the key set, as jose throws them: its own timeout, a network failure
 * (fetch's TypeError, any error that is not jose's), a response that is not 200 or not JSON
 * (a plain JOSEError), a body that is not a key set (JWKSInvalid). An unknown `kid` in a key set
 * that was fetched (JWKSNoMatchingKey) is the token's problem, not the provider's.
 */
function keySetFailure(error: unknown): KeySetUnavailableError | null {
  const jose = error instanceof joseErrors.JOSEError;
  if (
    jose &&
    !(error instanceof joseErrors.JWKSTimeout) &&
    !(error instanceof joseErrors.JWKSInvalid) &&
    error.constructor !== joseErrors.JOSEError
  ) {
    return null;
  }
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | null)?.cause;
  const detail = typeof cause?.code === 'string' ? cause.code : error instanceof Error ? error.message : String(error);
  return new KeySetUnavailableError(`identity provider keys could not be fetched (${detail})`);
}

/**
 * A maximum lifetime (exp - iat): a token minted for a week is refused even while it is fresh.
 * With a maximum set, `iat` is required, and may not be in the future (beyond the clock
 * tolerance), or a far-future `iat` would stretch the lifetime. 0 turns the check off.
 */
export function checkLifetime(
  payload: Pick<JWTPayload, 'exp' | 'iat'>,
  maxSeconds: number,
  toleranceSeconds: number,
  now = Date.now(),
): void {
  if (!maxSeconds) return;
  if (typeof payload.iat !== 'number') {
    throw new AuthError(
      `token has no "iat" (issued at) claim, which is required to enforce the maximum token lifetime of ${maxSeconds} seconds`,
    );
  }
  if (payload.iat > now / 1000 + toleranceSeconds) throw new AuthError('token "iat" (issued at) is in the future');
  const lifetime = payload.exp! - payload.iat;
  if (lifetime > maxSeconds) {
    throw new AuthError(
      `token lifetime (exp - iat) is ${lifetime} seconds, more than the maximum of ${maxSeconds} seconds: ask the identity provider for shorter-lived tokens`,
    );
  }
}

function describe(error: unknown): string {
  if (error instanceof joseErrors.JWTExpired) return 'token expired';
  if (error instanceof joseErrors.JWTClaimValidationFailed) {
    if (error.claim === 'aud') return 'token audience is not this service';
    if (error.claim === 'iss') return 'token issuer is not trusted';
    return `token claim "${error.claim}" is invalid: ${error.reason}`;
  }
  if (error instanceof joseErrors.JOSEAlgNotAllowed) return 'token algorithm is not allowed';
  if (error instanceof joseErrors.JWSSignatureVerificationFailed) return 'token signature is invalid';
  if (error instanceof joseErrors.JWKSNoMatchingKey) return 'token was signed by an unknown key';
  if (error instanceof joseErrors.JWSInvalid || error instanceof joseErrors.JWTInvalid) return 'token is malformed';
  if (error instanceof joseErrors.JWKSTimeout) return 'identity provider keys could not be fetched (timeout)';
  return 'token could not be verified';
}

function claimsOf(payload: JWTPayload): Omit<VerifiedClaims, 'expiresAt'> {
  if (typeof payload.sub !== 'string' || !SUBJECT_CLAIM.test(payload.sub)) {
    throw new AuthError('token "sub" claim is not a plausible subject identifier (1 to 255 visible ASCII characters)');
  }
  const rawRoles = Array.isArray(payload.roles) ? payload.roles : typeof payload.role === 'string' ? [payload.role] : [];
  const roles = rawRoles.filter(isRole);
  if (roles.length === 0)
    throw new AuthError('token has no known role (claim "roles": EMPLOYEE, HIRING_MANAGER, HR_SPECIALIST, INTEGRATION or ADMIN)');
  if (typeof payload.agency !== 'string' || payload.agency.length === 0) {
    throw new AuthError('token has no "agency" claim (the agency code or abbreviation the roles apply to)');
  }
  if (!AGENCY_CLAIM.test(payload.agency)) {
    // Not quoted back: the value may hold anything, and messages end up in headers and logs.
    throw new AuthError(
      'token "agency" claim is not a plausible agency code or abbreviation (1 to 40 ASCII letters, digits, spaces and - _ . & /)',
    );
  }
  const scopeClaim = typeof payload.scope === 'string' ? payload.scope.split(' ') : [];
  const scopes = SCOPES.filter((s) => scopeClaim.includes(s));
  return {
    subject: payload.sub,
    roles,
    agency: payload.agency,
    // People act through their roles; only machine clients are limited by scopes.
    scopes: roles.includes('INTEGRATION') ? scopes : [...SCOPES],
    name: typeof payload.name === 'string' ? payload.name : undefined,
  };
}

/**
 * Extracts the token from `Authorization: Bearer …`; null when there is no header. The scheme
 * name is case-insensitive (RFC 7235 section 2.1), so `bearer` and `BEARER` are accepted too.
 */
export function bearerToken(header: string | null): string | null {
  if (header == null || header === '') return null;
  const match = /^Bearer +([A-Za-z0-9\-_]+\.[A-Za-z0-9\-_]*\.[A-Za-z0-9\-_]*)$/i.exec(header.trim());
  if (!match) throw new AuthError('Authorization header must be "Bearer <JWT>"');
  return match[1]!;
}
