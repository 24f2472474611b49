/**
 * Structured logs with pino: one JSON object a line on stderr, ready for any log shipper
 * (`{"level":"info","time":"…","msg":"…",…}`). Every line written while a request is handled
 * carries its `requestId` (see `withRequestId`, used by yoga.ts); tokens and contact details
 * are redacted wherever they sit in the logged object.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { pino, type DestinationStream, type Logger as PinoLogger } from 'pino';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
export type Logger = PinoLogger;

/** Credentials: an Authorization header, a bearer or OIDC token, a cookie. */
const SECRET_KEYS = ['authorization', 'cookie', 'token', 'accessToken', 'idToken', 'refreshToken', 'access_token', 'id_token'];
/** Contact fields of the Prisma schema: Profile.email and .phone, Rotation.hostSupervisorEmail. */
const CONTACT_KEYS = ['email', 'phone', 'hostSupervisorEmail'];

/**
 * pino `redact` paths for those keys at the top level and two levels down, in objects or in
 * arrays of objects (`{ input: { people: [{ email }] } }`). Paths are explicit, so keep logged
 * objects shallow.
 */
export const REDACTED_PATHS = [...SECRET_KEYS, ...CONTACT_KEYS].flatMap((key) => [
  key,
  `*.${key}`,
  `*.*.${key}`,
  `*[*].${key}`,
  `*.*[*].${key}`,
]);
export const CENSOR = '[redacted]';

const requestScope = new AsyncLocalStorage<{ requestId: string }>();

/** Runs `fn` (a request's whole handling) so that every line logged within it names the request. */
export function withRequestId<T>(requestId: string, fn: () => T): T {
  return requestScope.run({ requestId }, fn);
}

/** The ID of the request being handled, if any. */
export function currentRequestId(): string | undefined {
  return requestScope.getStore()?.requestId;
}

/**
 * A logger at `level`, writing to `destination` (stderr by default; tests pass a stream or a
 * function that receives each line).
 */
export function createLogger(level: LogLevel = 'info', destination?: DestinationStream | ((line: string) => void)): Logger {
  const stream =
    typeof destination === 'function' ? { write: destination } : (destination ?? pino.destination({ dest: 2, sync: true }));
  return pino(
    {
      level,
      // No pid or hostname: the platform that collects the lines knows them.
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      // Errors logged under `error` (as everywhere in this code) keep their name, message and stack.
      serializers: { err: pino.stdSerializers.err, error: pino.stdSerializers.err },
      redact: { paths: REDACTED_PATHS, censor: CENSOR },
      mixin: () => {
        const requestId = currentRequestId();
        return requestId ? { requestId } : {};
      },
    },
    stream,
  );
}
