/**
 * Every connection must be asked for a page of 1..max rows (`first` or `last`), as GitHub's API
 * does: an unbounded or oversized list is refused before any resolver runs, with the limit named.
 * Applying this to every field with `first`/`last` arguments means a new connection cannot
 * forget it.
 */
import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type SchemaTypes } from '@pothos/core';
import { GraphQLError, type GraphQLFieldResolver } from 'graphql';

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      pageSize: PageSizePlugin<Types>;
    }
    // eslint-disable-next-line @typescript-eslint/no-unused-vars -- merged declarations must repeat the parameter
    export interface SchemaBuilderOptions<Types extends SchemaTypes> {
      pageSize?: { max: number };
    }
  }
}

export class PageSizePlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types['Context'], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types['Context'], object> {
    if (!('first' in fieldConfig.args) || !('last' in fieldConfig.args)) return resolver;
    const max = this.builder.options.pageSize?.max ?? 100;
    const field = `${fieldConfig.parentType}.${fieldConfig.name}`;
    return (parent, args, ctx, info) => {
      const { first, last } = args as { first?: number | null; last?: number | null };
      const size = first ?? last;
      if (size == null) {
        throw badInput(`You must provide a \`first\` or \`last\` value (1 to ${max}) to paginate \`${field}\`.`);
      }
      if (first != null && last != null) throw badInput(`Pass either \`first\` or \`last\` to \`${field}\`, not both.`);
      if (size < 1 || size > max) {
        throw badInput(`Requesting ${size} records on \`${field}\` is outside the allowed page size of 1 to ${max}.`);
      }
      return resolver(parent, args, ctx, info);
    };
  }
}

function badInput(message: string) {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

SchemaBuilder.registerPlugin('pageSize', PageSizePlugin);
