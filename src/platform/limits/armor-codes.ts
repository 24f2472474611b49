/**
 * graphql-armor refuses documents with a plain message ("Syntax Error: Query depth limit of 12
 * exceeded, found 15.") and no code, unlike every other refusal here. These give each of its
 * refusals a stable `extensions.code`, so clients branch on codes, never on message text.
 */
import { GraphQLError, type ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Armor options for a validation-time limit (depth, aliases, directives): instead of throwing
 * its bare error, report it with a code (the operation is refused all the same).
 */
export function refuseWithCode(code: string) {
  return {
    propagateOnRejection: false,
    onReject: [
      (ctx: ValidationContext | null, error: GraphQLError) => {
        const coded = new GraphQLError(error.message, { extensions: { code } });
        if (ctx) ctx.reportError(coded);
        else throw coded;
      },
    ],
  };
}

/** The token limit is enforced by the parser, before any validation context exists. */
export function useTokenLimitCode(): Plugin {
  return {
    onParse:
      () =>
      ({ result, replaceParseResult }) => {
        if (result instanceof GraphQLError && !result.extensions?.code && /Token limit of \d+ exceeded/.test(result.message)) {
          replaceParseResult(new GraphQLError(result.message, { extensions: { code: 'TOO_MANY_TOKENS' } }));
        }
      },
  };
}
