/**
 * The production sign-in, end to end: a real OpenID Connect provider (oidc-provider, on its own
 * port, one public client with PKCE) whose JWKS the service trusts (AUTH_JWKS_URL, issuer,
 * audience), and the web app signing in with the authorization code flow in Chromium. The
 * provider issues short-lived JWT access tokens (75 s) for the service's audience with the
 * claims the service reads (roles, agency, name), and refresh tokens, so the app must renew
 * while the person is using it. Then sign-out ends the session at the provider too.
 */
import { createServer, type Server } from 'node:http';
import { exportJWK, generateKeyPair } from 'jose';
import Provider, { type ProviderContext } from 'oidc-provider';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../setup/postgres.js';
import { launch, startStack, type Stack } from './harness.js';

const CLIENT_ID = 'talent-web';
const ACCESS_TOKEN_SECONDS = 75;
/** A seeded person (seeds/data/people.ts) as the provider knows her. */
const ACCOUNTS: Record<string, { name: string; agency: string; roles: string[] }> = {
  'nasa-204611': { name: 'Maya Okafor', agency: 'NASA', roles: ['EMPLOYEE'] },
};

let stack: Stack;
let browser: Browser;
let idp: Server;
let issuer: string;
const grants: string[] = [];

async function startProvider(appBase: string, audience: string): Promise<void> {
  const port = await freePort();
  issuer = `http://127.0.0.1:${port}`;
  const { privateKey } = await generateKeyPair('ES256', { extractable: true });
  const signing = { ...(await exportJWK(privateKey)), kid: 'test-es256', alg: 'ES256', use: 'sig' };
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT_ID,
        token_endpoint_auth_method: 'none',
        application_type: 'web',
        redirect_uris: [`${appBase}/auth/callback`],
        post_logout_redirect_uris: [`${appBase}/sign-in?signed-out=1`],
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        id_token_signed_response_alg: 'ES256',
      },
    ],
    jwks: { keys: [signing] },
    cookies: { keys: ['a test cookie key, not a secret'] },
    scopes: ['openid', 'profile', 'api'],
    claims: { openid: ['sub'], profile: ['name'] },
    // The name in the ID token too (the code flow would otherwise put it only in userinfo).
    conformIdTokenClaims: false,
    findAccount: (_ctx: unknown, id: string) =>
      ACCOUNTS[id] ? { accountId: id, claims: async () => ({ sub: id, name: ACCOUNTS[id]!.name }) } : undefined,
    // What the service reads from an access token besides sub (src/platform/auth/verify.ts).
    extraTokenClaims: (_ctx: unknown, token: { accountId?: string }) => {
      const account = token.accountId ? ACCOUNTS[token.accountId] : undefined;
      return account ? { roles: account.roles, agency: account.agency, name: account.name } : undefined;
    },
    // A refresh token for the public client (no offline_access prompt in this test).
    issueRefreshToken: async (_ctx: unknown, client: { grantTypeAllowed(t: string): boolean }) =>
      client.grantTypeAllowed('refresh_token'),
    // Consent is given already: the test signs in, it does not click through consent.
    loadExistingGrant: async (ctx: ProviderContext) => {
      const { client, session, result, provider: op } = ctx.oidc;
      const existing = result?.consent?.grantId ?? session?.grantIdFor(client!.clientId);
      if (existing) return op.Grant.find(existing);
      const grant = new op.Grant({ clientId: client!.clientId, accountId: session!.accountId! });
      grant.addOIDCScope('openid profile api');
      grant.addResourceScope(audience, 'api');
      await grant.save();
      return grant;
    },
    features: {
      devInteractions: { enabled: true },
      rpInitiatedLogout: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => audience,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx: unknown, resource: string) => {
          if (resource !== audience) throw new Error(`unknown resource ${resource}`);
          return {
            scope: 'api',
            audience,
            accessTokenTTL: ACCESS_TOKEN_SECONDS,
            accessTokenFormat: 'jwt',
            jwt: { sign: { alg: 'ES256' } },
          };
        },
      },
    },
    pkce: { required: () => true },
  });
  provider.on('grant.success', (ctx: ProviderContext) => grants.push(String(ctx.oidc.params?.grant_type)));
  idp = createServer(provider.callback());
  await new Promise<void>((resolve) => idp.listen(port, '127.0.0.1', resolve));
}

beforeAll(async () => {
  const appPort = await freePort();
  const appBase = `http://127.0.0.1:${appPort}`;
  const audience = `${appBase}/graphql`;
  await startProvider(appBase, audience);
  [stack, browser] = await Promise.all([
    startStack({
      env: {
        PORT: String(appPort),
        AUTH_JWKS_URL: `${issuer}/jwks`,
        AUTH_ISSUER: issuer,
        AUTH_AUDIENCE: audience,
        AUTH_OIDC_CLIENT_ID: CLIENT_ID,
        AUTH_OIDC_SCOPES: 'openid profile api',
        AUTH_OIDC_RESOURCE: audience,
      },
    }),
    launch(),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await stack?.close();
  await new Promise((resolve) => idp?.close(resolve));
});

const claimsOf = (bearer: string) =>
  JSON.parse(Buffer.from(bearer.replace(/^Bearer /, '').split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;

/** Every bearer token the page sends to the API, with the answer's status. */
function recordApiCalls(page: Page) {
  const calls: { token: string; status: number }[] = [];
  page.on('response', async (response) => {
    if (!response.url().endsWith('/graphql')) return;
    const token = (await response.request().allHeaders()).authorization;
    if (token) calls.push({ token, status: response.status() });
  });
  return calls;
}

describe('OpenID Connect sign-in against a real provider', () => {
  it('signs in with the code flow and PKCE, calls the API, renews before expiry, and signs out', async () => {
    const context = await browser.newContext({ baseURL: stack.baseUrl });
    const page = await context.newPage();
    const calls = recordApiCalls(page);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));

    // Signed out: the sign-in page offers the agency account.
    await page.goto('/');
    await page.waitForURL((url) => url.pathname === '/sign-in');
    expect(await page.locator('button[data-subject]').count()).toBe(0); // no development personas
    await page.getByRole('button', { name: 'Sign in with your agency account' }).click();

    // The provider's login page, with the code challenge in the request.
    await page.waitForURL((url) => url.origin === issuer);
    await page.locator('input[name="login"]').fill('nasa-204611');
    await page.locator('input[name="password"]').fill('anything');
    await page.getByRole('button', { name: 'Sign-in' }).click();

    // Back in the app, signed in: the header's name comes from the API's `viewer`.
    await page.waitForURL((url) => url.origin === stack.baseUrl && url.pathname === '/');
    await expect
      .poll(() => page.getByTestId('signed-in-as').textContent(), { timeout: 20_000 })
      .toBe('Signed in as Maya Okafor (NASA)');
    expect(grants).toEqual(['authorization_code']);
    const first = calls.find((c) => c.status === 200);
    expect(first, 'an API call with the access token').toBeDefined();
    expect(claimsOf(first!.token)).toMatchObject({ iss: issuer, sub: 'nasa-204611', agency: 'NASA', roles: ['EMPLOYEE'] });
    // Tokens in memory only: nothing in either storage holds one.
    const stored = await page.evaluate(() => JSON.stringify({ ...sessionStorage }) + JSON.stringify({ ...localStorage }));
    expect(stored).not.toContain(first!.token.replace(/^Bearer /, ''));

    // Renewal: a minute before the 75 s token expires, the app uses its refresh token.
    await expect.poll(() => grants, { timeout: 60_000, interval: 1000 }).toContain('refresh_token');
    // The next API call carries the new token, which the service accepts.
    const before = calls.length;
    const navLinks = page.getByRole('navigation', { name: 'Primary navigation' }).getByRole('link');
    await navLinks.nth((await navLinks.count()) - 1).click();
    await expect.poll(() => calls.length, { timeout: 20_000 }).toBeGreaterThan(before);
    const after = calls.slice(before);
    expect(after.every((c) => c.status === 200)).toBe(true);
    expect(after[0]!.token).not.toBe(first!.token);
    expect(claimsOf(after[0]!.token).exp as number).toBeGreaterThan(claimsOf(first!.token).exp as number);

    // Sign out: the provider asks, then sends the person back signed out.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL((url) => url.origin === issuer);
    await page.getByRole('button', { name: 'Yes, sign me out' }).click();
    await page.waitForURL((url) => url.origin === stack.baseUrl && url.pathname === '/sign-in');
    await page.getByText('You have signed out.').waitFor();
    // The provider's session ended too: signing in asks for the login again.
    await page.getByRole('button', { name: 'Sign in with your agency account' }).click();
    await page.waitForURL((url) => url.origin === issuer);
    await page.locator('input[name="login"]').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
