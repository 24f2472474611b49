/**
 * Expected failures, thrown by resolvers and returned to clients as typed results (the errors
 * plugin turns them into members of each mutation's result union). Plain classes with no
 * GraphQL inside, so the domain layer can throw them too.
 */

export class AppError extends Error {
  readonly code: string = 'ERROR';
}

export interface FieldProblem {
  /** Path of the offending input field, e.g. ["input", "skills", "2", "level"]. */
  path: string[];
  message: string;
}

export class ValidationError extends AppError {
  override readonly code = 'VALIDATION';
  constructor(readonly problems: FieldProblem[]) {
    super(problems.map((p) => (p.path.length ? `${p.path.join('.')}: ${p.message}` : p.message)).join('; ') || 'Invalid input');
  }
}

export class NotFoundError extends AppError {
  override readonly code = 'NOT_FOUND';
  constructor(
    readonly typename: string,
    readonly reference: string,
  ) {
    super(`${typename} ${reference} was not found`);
  }
}

export class ForbiddenError extends AppError {
  override readonly code = 'FORBIDDEN';
}

export class InvalidStateError extends AppError {
  override readonly code = 'INVALID_STATE';
}

export class ConflictError extends AppError {
  override readonly code = 'CONFLICT';
}
