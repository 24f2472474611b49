/**
 * Who is calling, decided once per request before the document is even parsed: the bearer token
 * verified (./verify.ts, claims cached per token) and its agency resolved (./agency-cache.ts,
 * the agencies cached in the process until they change). Deciding it first lets
 * two things happen in the right order:
 *  - a bad token is a 401 whatever the document says (validation messages come after the token);
 *  - an anonymous request whose document touches a mutation is a 401 right after parsing,
 *    before validation could describe the mutation's input types to someone without a token.
 * The context factory then takes the principal decided here.
 */
import {
  getOperationAST,
  GraphQLError,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  visit,
  BREAK,
  type DocumentNode,
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLSchema,
  type TypeNode,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from '../../app/logger.js';
import type { Agencies } from './agency-cache.js';
import type { Principal } from './principal.js';
import { AuthError, bearerToken, KeySetUnavailableError, type TokenVerifier } from './verify.js';

/** Seconds a client should wait before retrying when the identity provider's keys are out of reach. */
export const KEY_SET_RETRY_AFTER_SECONDS = 5;

/**
 * Text fit for a quoted HTTP header parameter (RFC 7230 quoted-string of visible ASCII and
 * space): double quotes become single ones, anything else outside it (backslashes included)
 * becomes `?`, and the whole is cut to 200 characters. Node refuses a header with CR, LF, NUL
 * or a character above U+00FF and then sends no response at all, so nothing from a request may
 * reach a header unfiltered.
 */
export function headerSafe(text: string, max = 200): string {
  const safe = text.replace(/"/g, "'").replace(/[^\x20-\x7e]|\\/g, '?');
  return safe.length > max ? `${safe.slice(0, max - 3)}...` : safe;
}

export function unauthenticated(reason: string): GraphQLError {
  return new GraphQLError(`Unauthenticated: ${reason}`, {
    extensions: {
      code: 'UNAUTHENTICATED',
      http: {
        status: 401,
        headers: { 'WWW-Authenticate': `Bearer error="invalid_token", error_description="${headerSafe(reason)}"` },
      },
    },
  });
}

/** Every mutation needs a token; the same refusal before validation and before execution. */
export function anonymousMutationRefusal(): GraphQLError {
  return new GraphQLError('Authentication required: send a bearer token to change anything', {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } } },
  });
}

/**
 * The principal of an Authorization header: null without one; a 401 GraphQLError for a token
 * that does not verify or names an agency this service does not know; a 503 when the identity
 * provider's keys cannot be fetched (one warning line, no stack). Database errors propagate
 * (the error masking answers them with 503). The claims are checked (verify) before the agency is
 * looked up: an implausible claim never reaches the agency cache or the database.
 */
export async function authenticate(
  header: string | null,
  verify: TokenVerifier,
  agencies: Agencies,
  log: Logger,
): Promise<Principal | null> {
  try {
    const token = bearerToken(header);
    if (!token) return null;
    const claims = await verify(token);
    const agency = await agencies.byCode(claims.agency);
    // The claim matched AGENCY_CLAIM (ASCII letters, digits and a few marks): safe to quote.
    if (!agency) throw new AuthError(`token names agency "${claims.agency}", which this service does not know`);
    return { ...claims, agencyId: agency.id, agencyCode: agency.code };
  } catch (error) {
    if (error instanceof KeySetUnavailableError) {
      log.warn({ reason: error.message }, 'identity provider keys unavailable; answering 503');
      throw new GraphQLError("The identity provider's keys could not be fetched to verify the token; retry shortly", {
        extensions: {
          code: 'SERVICE_UNAVAILABLE',
          http: { status: 503, headers: { 'Retry-After': String(KEY_SET_RETRY_AFTER_SECONDS) } },
        },
      });
    }
    if (!(error instanceof AuthError)) throw error;
    throw unauthenticated(error.message);
  }
}

export interface Authentication {
  /** Decides the principal in onParams and refuses anonymous mutations right after parsing. */
  plugin: Plugin;
  /** The principal decided for this request (authenticating now if onParams did not run). */
  viewerFor(request: Request): Promise<Principal | null>;
}

export function useAuthentication({
  verify,
  agencies,
  log,
  schema,
}: {
  verify: TokenVerifier;
  agencies: Agencies;
  log: Logger;
  schema: GraphQLSchema;
}): Authentication {
  const viewers = new WeakMap<Request, Principal | null>();
  const auth = (request: Request) => authenticate(request.headers.get('authorization'), verify, agencies, log);
  const plugin: Plugin = {
    async onParams({ request, setResult }) {
      try {
        viewers.set(request, await auth(request));
      } catch (error) {
        // 401 and 503 are answers; anything else (the database) goes to the error masking.
        if (!(error instanceof GraphQLError)) throw error;
        setResult({ errors: [error] });
      }
    },
    onParse({ context }) {
      const { request, params } = context as { request?: Request; params?: { operationName?: string | null } };
      return ({ result }) => {
        if (!request || !result || result instanceof Error || viewers.get(request) !== null) return;
        const document = result as DocumentNode;
        if (!touchesMutations(document, schema)) return;
        // A mutation over GET is Yoga's 405 (Allow: POST), which also comes before validation.
        if (request.method === 'GET' && getOperationAST(document, params?.operationName ?? undefined)?.operation === 'mutation')
          return;
        // Thrown here, the document is not cached (the cache's own hook runs after this one).
        throw anonymousMutationRefusal();
      };
    },
  };
  return {
    plugin,
    viewerFor: (request) => (viewers.has(request) ? Promise.resolve(viewers.get(request)!) : auth(request)),
  };
}

const touching = new WeakMap<DocumentNode, boolean>();
const mutationOnlyInputsOf = new WeakMap<GraphQLSchema, ReadonlySet<string>>();

/**
 * Whether validating the document could describe a mutation: it has a mutation operation, a
 * fragment on the Mutation type (named or inline: validation checks their arguments even where
 * they cannot be spread), or a variable of an input type only mutations take (validation checks
 * its default value against the type). Memoized per parsed document (Yoga caches documents).
 */
export function touchesMutations(document: DocumentNode, schema: GraphQLSchema): boolean {
  const known = touching.get(document);
  if (known !== undefined) return known;
  const mutation = schema.getMutationType();
  let found = false;
  if (mutation) {
    let inputs = mutationOnlyInputsOf.get(schema);
    if (!inputs) mutationOnlyInputsOf.set(schema, (inputs = mutationOnlyInputs(schema)));
    const onlyMutationInput = inputs;
    visit(document, {
      OperationDefinition(node) {
        if (node.operation === 'mutation') {
          found = true;
          return BREAK;
        }
        return undefined;
      },
      FragmentDefinition(node) {
        if (node.typeCondition.name.value === mutation.name) {
          found = true;
          return BREAK;
        }
        return undefined;
      },
      InlineFragment(node) {
        if (node.typeCondition?.name.value === mutation.name) {
          found = true;
          return BREAK;
        }
        return undefined;
      },
      VariableDefinition(node) {
        if (onlyMutationInput.has(namedTypeOf(node.type))) {
          found = true;
          return BREAK;
        }
        return undefined;
      },
    });
  }
  touching.set(document, found);
  return found;
}

function namedTypeOf(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedTypeOf(type.type);
}

/** Input object types reachable from the Mutation type's arguments and from no other field's. */
export function mutationOnlyInputs(schema: GraphQLSchema): Set<string> {
  const mutation = schema.getMutationType();
  const collect = (args: readonly GraphQLArgument[], into: Set<string>) => {
    const walk = (type: GraphQLInputType) => {
      if (isNonNullType(type) || isListType(type)) return walk(type.ofType as GraphQLInputType);
      if (!isInputObjectType(type) || into.has(type.name)) return;
      into.add(type.name);
      for (const field of Object.values(type.getFields())) walk(field.type);
    };
    for (const arg of args) walk(arg.type);
  };
  const byMutations = new Set<string>();
  const elsewhere = new Set<string>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) && !isInterfaceType(type)) continue;
    for (const field of Object.values(type.getFields())) collect(field.args, type === mutation ? byMutations : elsewhere);
  }
  return new Set([...byMutations].filter((name) => !elsewhere.has(name)));
}
