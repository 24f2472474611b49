/**
 * Development sign-in for the web app's "sign in as" page: lists the seeded people and the
 * roles, and mints a token with the local development key (as `npm run token` does). It exists
 * only in local auth mode outside production: with NODE_ENV=production or AUTH_JWKS_URL set,
 * `devSignIn` returns null and the paths are plain 404s (tests/api/dev-sign-in.test.ts).
 *
 *   GET  /dev/personas   → { people: [...], roles: [...], agencies: [...] }
 *   POST /dev/token      { "subject": "nasa-204611" } | { "role": "HIRING_MANAGER", "agency": "NASA" }
 *                        → { token, expiresAt }
 */
import type { PrismaClient } from '@prisma/client';
import { z } from 'zod';
import type { Agencies } from '../platform/auth/agency-cache.js';
import { signLocalToken, type LocalKey } from '../platform/auth/local-key.js';
import type { Role } from '../platform/auth/principal.js';
import { AGENCY_CLAIM, SUBJECT_CLAIM } from '../platform/auth/verify.js';
import type { Config } from './config.js';
import { json, problem } from './http.js';

/** Roles offered besides the seeded people (who sign in as EMPLOYEE); machine clients are not people. */
export const PERSONA_ROLES = ['HIRING_MANAGER', 'HR_SPECIALIST', 'ADMIN'] as const satisfies readonly Role[];
const ROLE_LABELS: Record<(typeof PERSONA_ROLES)[number], string> = {
  HIRING_MANAGER: 'Hiring manager',
  HR_SPECIALIST: 'HR specialist',
  ADMIN: 'Administrator',
};
/** A dev token lives as long as `npm run token`'s default. */
const LIFETIME_SECONDS = 8 * 3600;
/** The page lists at most this many people (an imported dev database may hold many more). */
const MAX_PEOPLE = 200;

const TokenRequest = z.union([
  z.strictObject({ subject: z.string().regex(SUBJECT_CLAIM, 'is not a plausible subject') }),
  z.strictObject({
    role: z.enum(PERSONA_ROLES),
    agency: z.string().regex(AGENCY_CLAIM, 'is not an agency code or abbreviation'),
  }),
]);

export interface DevSignInDeps {
  config: Pick<Config, 'production' | 'auth'>;
  prisma: PrismaClient;
  agencies: Agencies;
  localKey: LocalKey | undefined;
}

export type DevSignIn = (request: Request, url: URL) => Promise<Response | null>;

/** The handler of /dev/*, or null where development sign-in must not exist. */
export function devSignIn({ config, prisma, agencies, localKey }: DevSignInDeps): DevSignIn | null {
  if (config.production || config.auth.mode !== 'local' || !localKey) return null;
  const key = localKey;

  const personas = async () => {
    const profiles = await prisma.profile.findMany({
      where: { subject: { not: null } },
      orderBy: [{ agency: { abbreviation: 'asc' } }, { familyName: 'asc' }, { givenName: 'asc' }],
      take: MAX_PEOPLE,
      select: { subject: true, givenName: true, familyName: true, jobTitle: true, agency: { select: { abbreviation: true } } },
    });
    const supervised = await prisma.profile.groupBy({
      by: ['supervisorSubject'],
      where: { supervisorSubject: { in: profiles.map((p) => p.subject!) } },
      _count: true,
    });
    const reports = new Map(supervised.map((s) => [s.supervisorSubject, s._count]));
    const agencyRows = await prisma.agency.findMany({
      orderBy: { name: 'asc' },
      select: { abbreviation: true, code: true, name: true },
    });
    return json({
      people: profiles.map((p) => ({
        subject: p.subject,
        name: `${p.givenName} ${p.familyName}`,
        agency: p.agency.abbreviation,
        jobTitle: p.jobTitle,
        roles: ['EMPLOYEE'],
        supervises: reports.get(p.subject) ?? 0,
      })),
      roles: PERSONA_ROLES.map((role) => ({ role, label: ROLE_LABELS[role] })),
      agencies: agencyRows.map((a) => ({ code: a.abbreviation ?? a.code, name: a.name })),
    });
  };

  const token = async (request: Request) => {
    if (!(request.headers.get('content-type') ?? '').startsWith('application/json')) {
      return problem(415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the request as application/json');
    }
    const body: unknown = await request.json().catch(() => undefined);
    const parsed = TokenRequest.safeParse(body);
    if (!parsed.success) {
      return problem(
        400,
        'BAD_USER_INPUT',
        'Send { "subject": "<a seeded person>" } or { "role": "HIRING_MANAGER" | "HR_SPECIALIST" | "ADMIN", "agency": "<code>" }',
        parsed.error.issues.map((i) => ({ path: i.path.map(String), message: i.message })),
      );
    }
    const req = parsed.data;
    let claims: { subject: string; roles: Role[]; agency: string; name: string };
    if ('subject' in req) {
      const person = await prisma.profile.findUnique({
        where: { subject: req.subject },
        select: { givenName: true, familyName: true, agency: { select: { code: true } } },
      });
      if (!person)
        return problem(400, 'BAD_USER_INPUT', `No person has the subject "${req.subject}"`, [
          { path: ['subject'], message: 'unknown' },
        ]);
      claims = {
        subject: req.subject,
        roles: ['EMPLOYEE'],
        agency: person.agency.code,
        name: `${person.givenName} ${person.familyName}`,
      };
    } else {
      const agency = await agencies.byCode(req.agency);
      if (!agency)
        return problem(400, 'BAD_USER_INPUT', `No agency has the code "${req.agency}"`, [
          { path: ['agency'], message: 'unknown' },
        ]);
      const abbreviation = agency.abbreviation ?? agency.code;
      claims = {
        subject: `dev-${req.role.toLowerCase().replace(/_/g, '-')}-${abbreviation.toLowerCase()}`,
        roles: [req.role],
        agency: agency.code,
        name: `${ROLE_LABELS[req.role]}, ${abbreviation}`,
      };
    }
    const signed = await signLocalToken(key, { ...claims, expiresIn: `${LIFETIME_SECONDS}s` });
    return json({ token: signed, expiresAt: new Date(Date.now() + LIFETIME_SECONDS * 1000).toISOString() });
  };

  return async (request, url) => {
    if (!url.pathname.startsWith('/dev/')) return null;
    // Another site's page must not mint tokens through a developer's browser.
    const origin = request.headers.get('origin');
    if (origin && origin !== url.origin) return problem(403, 'FORBIDDEN', 'Development sign-in answers its own origin only');
    if (url.pathname === '/dev/personas' && request.method === 'GET') return personas();
    if (url.pathname === '/dev/token' && request.method === 'POST') return token(request);
    return problem(404, 'NOT_FOUND', `No ${request.method} ${url.pathname}`);
  };
}
