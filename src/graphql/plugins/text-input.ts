/**
 * String arguments must be text the database can take: PostgreSQL text and jsonb cannot hold
 * U+0000, and Prisma's engine refuses strings with unpaired UTF-16 surrogates (JSON can carry
 * them as lone \uD800–\uDFFF escapes). Both failed as internal errors (found by fuzzing). Every field with
 * arguments refuses them before its resolver runs, as a ValidationError naming the argument
 * path — a typed result on mutations, since this plugin sits inside the errors plugin — so a new
 * field cannot forget.
 */
import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type SchemaTypes } from '@pothos/core';
import type { GraphQLFieldResolver } from 'graphql';
import { ValidationError, type FieldProblem } from '../errors/classes.js';

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      textInput: TextInputPlugin<Types>;
    }
  }
}

export const NUL_MESSAGE = 'must not contain the NUL character (U+0000)';
export const SURROGATE_MESSAGE = 'must be valid Unicode text (an unpaired surrogate was found)';

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const UNPAIRED = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Problems of the strings under `value` (plain objects and arrays only). */
function textProblems(value: unknown, path: string[], out: FieldProblem[]): FieldProblem[] {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) out.push({ path, message: NUL_MESSAGE });
    if (UNPAIRED.test(value)) out.push({ path, message: SURROGATE_MESSAGE });
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => textProblems(v, [...path, String(i)], out));
  } else if (value && typeof value === 'object') {
    const proto = Object.getPrototypeOf(value);
    if (proto === Object.prototype || proto === null) {
      for (const [k, v] of Object.entries(value)) textProblems(v, [...path, k], out);
    }
  }
  return out;
}

export class TextInputPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types['Context'], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types['Context'], object> {
    if (!Object.keys(fieldConfig.args).length) return resolver;
    return (parent, args, ctx, info) => {
      const problems = textProblems(args, [], []);
      if (problems.length) throw new ValidationError(problems);
      return resolver(parent, args, ctx, info);
    };
  }
}

SchemaBuilder.registerPlugin('textInput', TextInputPlugin);
