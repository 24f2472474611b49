/**
 * What an operation costs, computed from the document and its variables before anything runs
 * (after Shopify's and GitHub's public APIs). The cost is both the per-operation limit and the
 * points charged to the caller's rate limit.
 *
 * Rules (stated in the README, "Limits"):
 * - scalar and enum fields cost 0; an object (or list of objects that is not a connection)
 *   costs 1 plus its selection;
 * - a connection (a field with `first` and `last`) costs 2 plus `first` (or `last`) times its
 *   selection; the page size is required and 1–100, literal or variable, checked here so that
 *   an oversized page is refused before any resolver runs; a list paged by `first` alone costs
 *   2 plus the page (100 if none is given) times (1 plus its selection);
 * - a mutation costs MUTATION_COST plus its payload selection; a bulk mutation (its `input` has
 *   an `items` list) costs MUTATION_COST plus, per item, BULK_ITEM_COST and the payload selection;
 * - a few fields weigh more (FIELD_COSTS, keyed by schema coordinate): computed rankings and
 *   aggregates, and `nodes(ids:)`, which costs per ID.
 * @skip/@include with their variables are honoured; of a union or interface's possible types
 * the most expensive counts.
 */
import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isLeafType,
  isListType,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';

export const MUTATION_COST = 10;
export const BULK_ITEM_COST = 2;
export const CONNECTION_COST = 2;
/** Fields evaluated before `getComplexity` gives up (fragments spread many times multiply). */
export const MAX_EVALUATED_NODES = 10_000;

interface FieldCost {
  /** Added to the field's own cost (work beyond reading rows: ranking, aggregation). */
  extra?: number;
  /** A list argument whose length multiplies the selection (batch lookups). */
  perItemOf?: string;
}

/** Fields whose work is not told by their shape. Unknown coordinates are harmless. */
export const FIELD_COSTS: Record<string, FieldCost> = {
  'Query.nodes': { perItemOf: 'ids' },
  // Ranked matching over the index, with explanations.
  'Opening.matches': { extra: 10 },
  'Viewer.recommendedOpenings': { extra: 10 },
  // Crosswalk and taxonomy walks.
  'Query.skillProposals': { extra: 5 },
  'Query.suggestedOpeningSkills': { extra: 5 },
  // Aggregates over every rotation of the period.
  'Query.mobilityFigures': { extra: 20 },
  'Query.mobilityFiguresCsv': { extra: 20 },
};

export interface CostOptions {
  /** Largest page a connection may ask for (the smallest is 1). */
  maxPageSize: number;
}

/** A refusal found while costing: a page-size problem or an operation too large to cost. */
export class CostRefusal extends GraphQLError {}

/** Like validation errors: HTTP 400 for `application/graphql-response+json`, 200 for `application/json`. */
export const SPEC_400 = { spec: true, status: 400 };

export function pageSizeRefusal(message: string): CostRefusal {
  return new CostRefusal(message, { extensions: { code: 'BAD_USER_INPUT', http: SPEC_400 } });
}

export function costEstimator(schema: GraphQLSchema, { maxPageSize }: CostOptions): ComplexityEstimator {
  const mutationType = schema.getMutationType();
  return ({ type, field, args, childComplexity }) => {
    const coordinate = `${type.name}.${field.name}`;
    const rule = FIELD_COSTS[coordinate] ?? {};
    const extra = rule.extra ?? 0;

    if (mutationType && type === mutationType) {
      const items = (args.input as { items?: unknown } | undefined)?.items;
      if (Array.isArray(items)) return MUTATION_COST + extra + items.length * (BULK_ITEM_COST + childComplexity);
      return MUTATION_COST + extra + childComplexity;
    }

    const paging = pagingOf(field.args);
    if (paging) {
      const size = pageSize(coordinate, args, maxPageSize, paging === 'both');
      // A Relay connection's items are its `nodes`/`edges`, which count themselves; a paged
      // plain list's items are objects of 1 each.
      const perItem = isListType(getNullableType(field.type)) ? 1 + childComplexity : childComplexity;
      return CONNECTION_COST + extra + size * perItem;
    }

    if (rule.perItemOf) {
      const list = args[rule.perItemOf];
      const n = Array.isArray(list) ? list.length : 1;
      return extra + n * (1 + childComplexity);
    }

    if (isLeafType(getNamedType(field.type))) return extra;
    return 1 + extra + childComplexity;
  };
}

/** 'both' for a Relay connection (`first` and `last`), 'one' for a field paged by one of them. */
function pagingOf(args: readonly { name: string }[]): 'both' | 'one' | null {
  const first = args.some((a) => a.name === 'first');
  const last = args.some((a) => a.name === 'last');
  return first && last ? 'both' : first || last ? 'one' : null;
}

/**
 * The page asked for, or a refusal naming the field and the allowed range (messages as
 * GitHub's). Relay connections must be given a page size; a field paged by `first` alone
 * counts its largest page when none is given (its resolver's default applies).
 */
function pageSize(coordinate: string, args: Record<string, unknown>, max: number, required: boolean): number {
  const first = args.first as number | null | undefined;
  const last = args.last as number | null | undefined;
  if (first != null && last != null) throw pageSizeRefusal(`Pass either \`first\` or \`last\` to \`${coordinate}\`, not both.`);
  const size = first ?? last;
  if (size == null) {
    if (!required) return max;
    throw pageSizeRefusal(`You must provide a \`first\` or \`last\` value (1 to ${max}) to paginate \`${coordinate}\`.`);
  }
  if (size < 1 || size > max) {
    throw pageSizeRefusal(`Requesting ${size} records on \`${coordinate}\` is outside the allowed page size of 1 to ${max}.`);
  }
  return size;
}

export type CostResult =
  | { kind: 'cost'; cost: number }
  /** Variables that do not fit the operation: execution reports them, and runs nothing. */
  | { kind: 'invalid-variables' };

/**
 * The cost of the operation that will run. Throws a CostRefusal for a page-size problem or an
 * operation with more than MAX_EVALUATED_NODES fields once its fragments are spread.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined | null,
  operationName: string | undefined | null,
  options: CostOptions,
): CostResult {
  try {
    const cost = getComplexity({
      schema,
      query: document,
      variables: variables ?? {},
      operationName: operationName ?? undefined,
      estimators: [costEstimator(schema, options)],
      maxQueryNodes: MAX_EVALUATED_NODES,
    });
    return { kind: 'cost', cost };
  } catch (error) {
    if (error instanceof CostRefusal) throw error;
    if (error instanceof GraphQLError && /maximum allowed number of nodes/.test(error.message)) {
      throw new CostRefusal(`The operation has more than ${MAX_EVALUATED_NODES} fields once its fragments are spread.`, {
        extensions: { code: 'QUERY_TOO_COMPLEX', http: SPEC_400 },
      });
    }
    // Anything else getComplexity reports is a variable that does not coerce (validation
    // already passed); execution refuses it with the standard message.
    if (error instanceof GraphQLError) return { kind: 'invalid-variables' };
    throw error;
  }
}
