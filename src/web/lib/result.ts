/**
 * Mutation results are unions of a payload and typed errors. `settle` turns one into what a form
 * shows: the payload, or messages beside the fields that ValidationError.problems name, or one
 * message for the form (not found, forbidden, invalid state, conflict).
 */

export interface FieldProblem {
  path: readonly string[];
  message: string;
}

interface ResultLike {
  __typename?: string;
  message?: string;
  code?: string;
  problems?: readonly FieldProblem[];
}

export type Settled<T> =
  { ok: true; value: T } | { ok: false; message: string; code: string; fieldErrors: Record<string, string> };

/**
 * The field key of a problem path: the argument name (`input`) dropped, list indexes kept,
 * joined with dots: ["input", "skills", "0", "level"] → "skills.0.level".
 */
export function fieldKey(path: readonly string[]): string {
  const rest = path[0] === 'input' ? path.slice(1) : path;
  return rest.join('.');
}

export function fieldErrorsOf(problems: readonly FieldProblem[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of problems) {
    const key = fieldKey(p.path);
    out[key] = out[key] ? `${out[key]} ${p.message}` : p.message;
  }
  return out;
}

/** `pick` reads the payload from the success member; any member with `message` is an error. */
export function settle<R extends ResultLike, T>(result: R, pick: (success: R) => T): Settled<T> {
  if (typeof result.message === 'string') {
    const fieldErrors = result.problems ? fieldErrorsOf(result.problems) : {};
    return { ok: false, message: result.message, code: result.code ?? 'ERROR', fieldErrors };
  }
  return { ok: true, value: pick(result) };
}

/** Problems whose field the form does not show are listed with the form's message. */
export function unplacedProblems(fieldErrors: Record<string, string>, shown: readonly string[]): string[] {
  return Object.entries(fieldErrors)
    .filter(([k]) => !shown.includes(k))
    .map(([k, m]) => (k ? `${k}: ${m}` : m));
}
