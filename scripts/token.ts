/**
 * Prints a development token signed with the local key (created on first use under DATA_DIR).
 *   npm run token -- --role HIRING_MANAGER --agency NASA [--role EMPLOYEE] [--subject alice]
 *                    [--scope read] [--expires 8h] [--name "Alice Moreno"]
 * Only for local auth mode; production tokens come from the identity provider.
 */
import { parseArgs } from 'node:util';
import { loadOrCreateLocalKey, signLocalToken } from '../src/platform/auth/local-key.js';
import { isRole, SCOPES, type Scope } from '../src/platform/auth/principal.js';
import { loadConfig } from '../src/app/config.js';

const { values } = parseArgs({
  options: {
    role: { type: 'string', multiple: true },
    agency: { type: 'string' },
    subject: { type: 'string' },
    scope: { type: 'string', multiple: true },
    expires: { type: 'string', default: '8h' },
    name: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});

function fail(message: string): never {
  process.stderr.write(
    `${message}\nUsage: npm run token -- --role HIRING_MANAGER --agency NASA [--subject ID] [--scope read|write] [--expires 8h]\n`,
  );
  process.exit(2);
}

if (values.help) fail('Prints a development bearer token.');
const roles = values.role ?? [];
if (roles.length === 0) fail('--role is required (EMPLOYEE, HIRING_MANAGER, HR_SPECIALIST, INTEGRATION, ADMIN)');
const bad = roles.filter((r) => !isRole(r));
if (bad.length) fail(`unknown role: ${bad.join(', ')}`);
if (!values.agency) fail('--agency is required (code or abbreviation, e.g. NASA or 080)');
const scopes = (values.scope ?? ['read', 'write']) as Scope[];
if (scopes.some((s) => !SCOPES.includes(s))) fail('--scope must be read or write');

const config = loadConfig();
if (config.auth.mode !== 'local') fail('AUTH_JWKS_URL is set: tokens come from your identity provider, not from this command.');
const key = await loadOrCreateLocalKey(config.auth.localKeyDir);
const token = await signLocalToken(key, {
  subject: values.subject ?? `dev-${roles[0]!.toLowerCase()}-${values.agency.toLowerCase()}`,
  roles: roles.filter(isRole),
  agency: values.agency,
  scopes,
  name: values.name,
  expiresIn: values.expires,
});
process.stdout.write(`${token}\n`);
