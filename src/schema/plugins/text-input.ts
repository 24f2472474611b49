/**
 * PostgreSQL text and jsonb cannot hold U+0000: a string argument carrying it failed in the
 * database as an internal error (found by fuzzing). Every field with arguments refuses it before
 * its resolver runs, as a ValidationError naming the argument path — a typed result on mutations,
 * since this plugin sits inside the errors plugin — so a new field cannot forget.
 */
import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type SchemaTypes } from '@pothos/core';
import type { GraphQLFieldResolver } from 'graphql';
import { ValidationError, type FieldProblem } from '../errors/classes.js';

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      noNul: NoNulPlugin<Types>;
    }
  }
}

const MESSAGE = 'must not contain the NUL character (U+0000)';

/** Paths of the strings under `value` (plain objects and arrays only) that contain U+0000. */
function nulPaths(value: unknown, path: string[], out: FieldProblem[]): FieldProblem[] {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) out.push({ path, message: MESSAGE });
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => nulPaths(v, [...path, String(i)], out));
  } else if (value && typeof value === 'object') {
    const proto = Object.getPrototypeOf(value);
    if (proto === Object.prototype || proto === null) {
      for (const [k, v] of Object.entries(value)) nulPaths(v, [...path, k], out);
    }
  }
  return out;
}

export class NoNulPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types['Context'], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types['Context'], object> {
    if (!Object.keys(fieldConfig.args).length) return resolver;
    return (parent, args, ctx, info) => {
      const problems = nulPaths(args, [], []);
      if (problems.length) throw new ValidationError(problems);
      return resolver(parent, args, ctx, info);
    };
  }
}

SchemaBuilder.registerPlugin('noNul', NoNulPlugin);
