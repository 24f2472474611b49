/**
 * Bearer token verification with jose. Every failure becomes an AuthError with a message a
 * client developer can act on; the HTTP layer answers it with 401.
 */
import {
  createRemoteJWKSet,
  errors as joseErrors,
  jwtVerify,
  type CryptoKey,
  type JWTPayload,
  type JWTVerifyGetKey,
} from 'jose';
import type { Config } from '../config.js';
import { isRole, SCOPES, type Role, type Scope } from './principal.js';

export class AuthError extends Error {
  override name = 'AuthError';
}

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

export function createVerifier(auth: Config['auth'], localPublicKey?: CryptoKey): TokenVerifier {
  let key: CryptoKey | JWTVerifyGetKey;
  if (auth.mode === 'jwks') {
    // jose caches the key set and refetches on an unknown `kid` (key rotation), rate limited.
    key = createRemoteJWKSet(new URL(auth.jwksUrl!), { cooldownDuration: 30_000, timeoutDuration: 5_000 });
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
      throw new AuthError(describe(error));
    }
    return { ...claimsOf(payload), expiresAt: (payload.exp! + auth.clockToleranceSeconds) * 1000 };
  };
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
  const rawRoles = Array.isArray(payload.roles) ? payload.roles : typeof payload.role === 'string' ? [payload.role] : [];
  const roles = rawRoles.filter(isRole);
  if (roles.length === 0) throw new AuthError('token has no known role (claim "roles": EMPLOYEE, HIRING_MANAGER, HR_SPECIALIST, INTEGRATION or ADMIN)');
  if (typeof payload.agency !== 'string' || payload.agency.length === 0) {
    throw new AuthError('token has no "agency" claim (the agency code or abbreviation the roles apply to)');
  }
  const scopeClaim = typeof payload.scope === 'string' ? payload.scope.split(' ') : [];
  const scopes = SCOPES.filter((s) => scopeClaim.includes(s));
  return {
    subject: payload.sub!,
    roles,
    agency: payload.agency,
    // People act through their roles; only machine clients are limited by scopes.
    scopes: roles.includes('INTEGRATION') ? scopes : [...SCOPES],
    name: typeof payload.name === 'string' ? payload.name : undefined,
  };
}

/** Extracts the token from `Authorization: Bearer …`; null when there is no header. */
export function bearerToken(header: string | null): string | null {
  if (header == null || header === '') return null;
  const match = /^Bearer ([A-Za-z0-9\-_]+\.[A-Za-z0-9\-_]*\.[A-Za-z0-9\-_]*)$/.exec(header.trim());
  if (!match) throw new AuthError('Authorization header must be "Bearer <JWT>"');
  return match[1]!;
}
