/** Small JSON answers for the app's own endpoints (not GraphQL: plain HTTP status codes). */

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
  });
}

export interface Problem {
  path: string[];
  message: string;
}

/** A typed error: `{ error: { code, message, problems? } }`. */
export function problem(status: number, code: string, message: string, problems?: Problem[]): Response {
  return json({ error: { code, message, ...(problems ? { problems } : {}) } }, status);
}
