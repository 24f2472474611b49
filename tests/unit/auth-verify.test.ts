/**
 * Token verification without a database (src/platform/auth/verify.ts, src/platform/auth/authenticate.ts): the
 * bearer scheme in any case, implausible agency and subject claims refused by the verifier itself
 * (so before any lookup), the maximum lifetime, header-safe reasons, and key-set fetch failures told apart
 * from bad tokens.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headerSafe, unauthenticated } from '../../src/platform/auth/authenticate.js';
import {
  AGENCY_CLAIM,
  AuthError,
  bearerToken,
  checkLifetime,
  createVerifier,
  KeySetUnavailableError,
} from '../../src/platform/auth/verify.js';
import { LOCAL_AUDIENCE, LOCAL_ISSUER, loadConfig, type Config } from '../../src/app/config.js';
import { freePort } from '../setup/postgres.js';

const JWT = 'eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln';

describe('bearerToken', () => {
  it('takes the scheme name in any case, with one or more spaces (RFC 7235)', () => {
    for (const header of [
      `Bearer ${JWT}`,
      `bearer ${JWT}`,
      `BEARER ${JWT}`,
      `bEaReR ${JWT}`,
      `Bearer   ${JWT}`,
      `  Bearer ${JWT}  `,
    ]) {
      expect(bearerToken(header)).toBe(JWT);
    }
  });

  it('is null without a header and refuses other schemes and shapes', () => {
    expect(bearerToken(null)).toBeNull();
    expect(bearerToken('')).toBeNull();
    for (const header of [
      'Basic YTpi',
      `Bearer`,
      `Bearer: ${JWT}`,
      `Bearer${JWT}`,
      `Bearer ${JWT} extra`,
      'Bearer not-a-jwt',
      `Token ${JWT}`,
    ]) {
      expect(() => bearerToken(header), header).toThrow(AuthError);
    }
  });
});

describe('agency claims', () => {
  let key: { privateKey: CryptoKey; publicKey: CryptoKey };
  let verify: ReturnType<typeof createVerifier>;
  const auth = (env: Record<string, string> = {}): Config['auth'] => loadConfig({ NODE_ENV: 'test', ...env }).auth;
  const sign = (agency: unknown, k = key) =>
    new SignJWT({ roles: ['ADMIN'], agency })
      .setProtectedHeader({ alg: 'ES256' })
      .setSubject('s')
      .setIssuer(LOCAL_ISSUER)
      .setAudience(LOCAL_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(k.privateKey);

  beforeAll(async () => {
    key = await generateKeyPair('ES256');
    verify = createVerifier(auth(), key.publicKey);
  });

  it('accepts codes and abbreviations as agencies write them', async () => {
    for (const agency of ['080', 'NASA', '1341', 'USDA-FS', 'DoD', 'A', 'AT&F', 'Dept. of X', 'DOI/BLM', 'x'.repeat(40)]) {
      expect(AGENCY_CLAIM.test(agency), agency).toBe(true);
      expect((await verify(await sign(agency))).agency).toBe(agency);
    }
  });

  it('refuses anything else in the verifier, before any database lookup, without quoting it', async () => {
    for (const agency of [
      'NA\r\nSA',
      'NASA\n',
      'Ā',
      '\u00ff',
      '😀',
      '\u0000',
      'a\u0000b',
      '\u2028',
      'N"A',
      "N'A",
      'N\\A',
      ' NASA',
      '-NASA',
      'x'.repeat(41),
      '%',
      '\t',
    ]) {
      const refusal = verify(await sign(agency));
      await expect(refusal, JSON.stringify(agency)).rejects.toThrow(AuthError);
      await expect(refusal).rejects.toThrow(
        /^token "agency" claim is not a plausible agency code or abbreviation \(1 to 40 ASCII letters, digits, spaces and - _ \. & \/\)$/,
      );
    }
    for (const agency of [undefined, '', 42, ['NASA'], { code: 'NASA' }]) {
      await expect(verify(await sign(agency))).rejects.toThrow(/no "agency" claim/);
    }
  });
});

describe('subject claims', () => {
  it('must be 1 to 255 visible ASCII characters (OIDC subject identifiers), not starting with a space', async () => {
    const key = await generateKeyPair('ES256');
    const verify = createVerifier(loadConfig({ NODE_ENV: 'test' }).auth, key.publicKey);
    const sign = (sub: unknown) =>
      new SignJWT({ roles: ['EMPLOYEE'], agency: 'NASA', sub } as never)
        .setProtectedHeader({ alg: 'ES256' })
        .setIssuer(LOCAL_ISSUER)
        .setAudience(LOCAL_AUDIENCE)
        .setIssuedAt()
        .setExpirationTime('1h')
        .sign(key.privateKey);
    for (const sub of ['a', 'auth0|5f7c8ec7', 'user@agency.gov', 'a b', '~', 'x'.repeat(255)])
      expect((await verify(await sign(sub))).subject).toBe(sub);
    for (const sub of [
      42,
      0,
      true,
      {},
      ['a'],
      '',
      ' ',
      ' a',
      '\u0000',
      'a\u0000',
      '\ud800',
      'a\tb',
      'a\r\nb',
      '\u007f',
      'é',
      'x'.repeat(256),
    ]) {
      await expect(verify(await sign(sub)), JSON.stringify(sub)).rejects.toThrow(
        /"sub" claim is not a plausible subject identifier/,
      );
    }
  });
});

describe('headerSafe and the 401', () => {
  it('keeps visible ASCII, turns double quotes into single ones and everything else into ?', () => {
    expect(headerSafe('token names agency "KGB"')).toBe("token names agency 'KGB'");
    expect(headerSafe('a\r\nb\u0000c\u0100d\\e\u00e9f😀')).toBe('a??b?c?d?e?f??');
    expect(headerSafe('x'.repeat(500))).toHaveLength(200);
  });

  it('gives a WWW-Authenticate header that Node accepts, whatever the reason says', () => {
    for (const reason of ['plain', 'a\r\nSet-Cookie: x=y', '\u0000', 'Ā'.repeat(300), '"\\"']) {
      const header = (unauthenticated(reason).extensions.http as { headers: Record<string, string> }).headers[
        'WWW-Authenticate'
      ]!;
      expect(() => http.validateHeaderValue('www-authenticate', header)).not.toThrow();
      expect(header).toMatch(/^Bearer error="invalid_token", error_description="[^"\\]*"$/);
    }
  });
});

describe('checkLifetime', () => {
  const now = 1_800_000_000_000;
  const t = now / 1000;
  const check =
    (payload: { iat?: number; exp: number }, max = 43_200) =>
    () =>
      checkLifetime(payload, max, 30, now);

  it('accepts up to the maximum (exp - iat), refuses beyond it', () => {
    expect(check({ iat: t, exp: t + 43_200 })).not.toThrow();
    expect(check({ iat: t - 43_000, exp: t + 200 })).not.toThrow();
    expect(check({ iat: t, exp: t + 43_201 })).toThrow(
      /lifetime \(exp - iat\) is 43201 seconds, more than the maximum of 43200 seconds/,
    );
    expect(check({ iat: t - 86_400 * 7, exp: t + 60 })).toThrow(AuthError);
  });

  it('requires iat when a maximum is set, and not in the future beyond the clock tolerance', () => {
    expect(check({ exp: t + 60 })).toThrow(
      /no "iat" \(issued at\) claim, which is required to enforce the maximum token lifetime of 43200 seconds/,
    );
    expect(check({ iat: t + 30, exp: t + 90 })).not.toThrow();
    expect(check({ iat: t + 31, exp: t + 91 })).toThrow(/"iat" \(issued at\) is in the future/);
  });

  it('checks nothing with 0', () => {
    expect(check({ exp: t + 86_400 * 365 }, 0)).not.toThrow();
    expect(check({ iat: t + 86_400, exp: t + 86_400 * 365 }, 0)).not.toThrow();
  });
});

describe('JWKS failures', () => {
  let privateKey: CryptoKey;
  let jwk: JWK;
  let server: http.Server;
  let base: string;
  /** What the fake identity provider answers, per path. */
  const routes: Record<string, (res: http.ServerResponse) => void> = {
    '/ok': (res) => res.end(JSON.stringify({ keys: [jwk] })),
    '/500': (res) => {
      res.statusCode = 500;
      res.end('oops');
    },
    '/html': (res) => res.end('<html>maintenance</html>'),
    '/not-a-key-set': (res) => res.end(JSON.stringify({ hello: 'world' })),
  };

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256');
    privateKey = pair.privateKey;
    jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256' };
    server = http.createServer((req, res) => {
      const route = routes[req.url ?? ''];
      if (route) route(res);
      else res.writeHead(404).end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server?.close(() => r())));

  const verifierAt = (url: string) =>
    createVerifier(
      loadConfig({ NODE_ENV: 'test', AUTH_JWKS_URL: url, AUTH_ISSUER: 'https://idp.example/', AUTH_AUDIENCE: 'tm' }).auth,
    );
  const token = (kid = 'k1') =>
    new SignJWT({ roles: ['EMPLOYEE'], agency: 'NASA' })
      .setProtectedHeader({ alg: 'RS256', kid })
      .setSubject('s')
      .setIssuer('https://idp.example/')
      .setAudience('tm')
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(privateKey);

  it('an unreachable, failing or garbled key set is KeySetUnavailableError (503), not a bad token', async () => {
    const closed = `http://127.0.0.1:${await freePort()}/jwks.json`;
    await expect(verifierAt(closed)(await token())).rejects.toThrow(KeySetUnavailableError);
    await expect(verifierAt(closed)(await token())).rejects.toThrow(
      /identity provider keys could not be fetched \(ECONNREFUSED\)/,
    );
    for (const path of ['/500', '/html', '/not-a-key-set']) {
      await expect(verifierAt(`${base}${path}`)(await token()), path).rejects.toThrow(KeySetUnavailableError);
    }
  });

  it('a key set that was fetched still judges the token: unknown kid, bad signature are 401s', async () => {
    const verify = verifierAt(`${base}/ok`);
    expect((await verify(await token())).subject).toBe('s');
    await expect(verify(await token('k2'))).rejects.toThrow(AuthError);
    await expect(verify(await token('k2'))).rejects.toThrow(/unknown key/);
    const [h, p] = (await token()).split('.');
    await expect(verify(`${h}.${p}.AAAA`)).rejects.toThrow(AuthError);
    // A malformed token never reaches the key set.
    await expect(verifierAt(`http://127.0.0.1:${await freePort()}/jwks.json`)('a.b.c')).rejects.toThrow(AuthError);
  });
});
