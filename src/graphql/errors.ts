/** GraphQL types for the expected failures in ./errors/classes.ts. */
import { builder } from './builder.js';
import { AppError, ConflictError, ForbiddenError, InvalidStateError, NotFoundError, ValidationError } from './errors/classes.js';

export const ErrorInterface = builder.interfaceRef<AppError>('Error').implement({
  description: 'An expected failure, returned as a result instead of a top-level error.',
  fields: (t) => ({
    message: t.exposeString('message', { description: 'Human-readable, safe to show.' }),
    code: t.exposeString('code', { description: 'Stable machine-readable code.' }),
  }),
});

const FieldProblem = builder.objectRef<{ path: string[]; message: string }>('FieldProblem').implement({
  description: 'One invalid input value.',
  fields: (t) => ({
    path: t.exposeStringList('path', { description: 'Path to the input field, from the argument name down.' }),
    message: t.exposeString('message'),
  }),
});

builder.objectType(ValidationError, {
  name: 'ValidationError',
  description: 'The input was invalid; nothing was changed.',
  interfaces: [ErrorInterface],
  isTypeOf: (v) => v instanceof ValidationError,
  fields: (t) => ({ problems: t.field({ type: [FieldProblem], resolve: (e) => e.problems }) }),
});

for (const [cls, name, description] of [
  [NotFoundError, 'NotFoundError', 'The referenced object does not exist or is not visible to you.'],
  [ForbiddenError, 'ForbiddenError', 'You may not do this.'],
  [InvalidStateError, 'InvalidStateError', 'The object is not in a state that allows this.'],
  [ConflictError, 'ConflictError', 'The change conflicts with existing data, e.g. a duplicate.'],
] as const) {
  builder.objectType(cls as typeof AppError, {
    name,
    description,
    interfaces: [ErrorInterface],
    isTypeOf: (v) => v instanceof cls,
    fields: () => ({}),
  });
}

type ErrorClass =
  typeof ValidationError | typeof NotFoundError | typeof ForbiddenError | typeof InvalidStateError | typeof ConflictError;

/**
 * A mutation's `errors` option: its result union lists exactly `types` (what the mutation can
 * return: read its resolver's and rules' throw sites; ForbiddenError wherever authScopes apply,
 * ValidationError wherever input is validated), and its payload's one field is named for what it
 * returns (`opening`, `application`, …). Any other AppError it throws is an unexpected (masked) error.
 */
export function payload(field: string, ...types: ErrorClass[]) {
  return { types, directResult: false as const, dataField: { name: field } };
}

/** For mutations whose result object is the payload itself (the bulk upserts). */
export function directPayload(...types: ErrorClass[]) {
  return { types, directResult: true as const };
}
