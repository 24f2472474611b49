/**
 * Development signing key: an ES256 key pair created on first start under the data directory,
 * used by `npm run token` to mint tokens and by the service (local auth mode) to verify them.
 * Production uses the identity provider's JWKS instead (AUTH_JWKS_URL).
 */
import fs from 'node:fs';
import path from 'node:path';
import { exportJWK, generateKeyPair, importJWK, SignJWT, type JWK, type CryptoKey } from 'jose';
import { LOCAL_AUDIENCE, LOCAL_ISSUER } from '../../app/config.js';
import type { Role, Scope } from './principal.js';

export interface LocalKey {
  kid: string;
  privateKey: CryptoKey;
  publicKey: CryptoKey;
}

const ALG = 'ES256';
const FILE = 'dev-signing-key.json';

export async function loadOrCreateLocalKey(dir: string): Promise<LocalKey> {
  const file = path.join(dir, FILE);
  if (!fs.existsSync(file)) {
    const { privateKey } = await generateKeyPair(ALG, { extractable: true });
    const jwk = await exportJWK(privateKey);
    const kid = `dev-${Date.now().toString(36)}`;
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    // wx: two processes starting at once must not overwrite each other's key.
    try {
      fs.writeFileSync(file, JSON.stringify({ ...jwk, kid, alg: ALG }, null, 2), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  const jwk = JSON.parse(fs.readFileSync(file, 'utf8')) as JWK & { kid: string };
  const { d: _private, ...publicJwk } = jwk;
  return {
    kid: jwk.kid,
    privateKey: (await importJWK(jwk, ALG)) as CryptoKey,
    publicKey: (await importJWK(publicJwk, ALG)) as CryptoKey,
  };
}

export interface TokenRequest {
  subject: string;
  roles: Role[];
  agency: string;
  scopes?: Scope[];
  name?: string;
  /** Lifetime, e.g. "8h" (jose time span). */
  expiresIn?: string;
}

export async function signLocalToken(key: LocalKey, req: TokenRequest): Promise<string> {
  return new SignJWT({
    roles: req.roles,
    agency: req.agency,
    scope: (req.scopes ?? ['read', 'write']).join(' '),
    ...(req.name ? { name: req.name } : {}),
  })
    .setProtectedHeader({ alg: ALG, kid: key.kid, typ: 'JWT' })
    .setSubject(req.subject)
    .setIssuer(LOCAL_ISSUER)
    .setAudience(LOCAL_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(req.expiresIn ?? '8h')
    .sign(key.privateKey);
}
