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

/** Error types every mutation may return. */
export const COMMON_ERRORS = [ValidationError, NotFoundError, ForbiddenError, InvalidStateError, ConflictError];
