/**
 * A GraphQL-over-SSE client for tests (yoga's "distinct connections" mode): one subscription per
 * request, `event: next` / `event: complete` frames parsed as they arrive. Works over
 * `yoga.fetch` (in process) and over real HTTP (server processes).
 */
import { expect } from 'vitest';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** How long "nothing arrives" is watched. */
export const QUIET_MS = 200;
export const EVENT_TIMEOUT_MS = 2_000;

export interface GqlError {
  message: string;
  extensions?: { code?: string };
}
export interface StreamResult<T> {
  data?: T | null;
  errors?: GqlError[];
}

// ─── SSE client ──────────────────────────────────────────────────────────────

/** One subscription over SSE: parses `event: next` / `event: complete` frames as they arrive. */
export interface Subscription<T> {
  status: number;
  contentType: string | null;
  /** Every `next` payload so far. */
  results: StreamResult<T>[];
  /** Whether the server sent `event: complete` (or the stream ended). */
  completed: () => boolean;
  /** The next `n` payloads not taken yet; fails after `timeout` ms with what did arrive. */
  take(n: number, timeout?: number): Promise<StreamResult<T>[]>;
  /** The next `n` events (payloads without errors), as their data. */
  next(n?: number, timeout?: number): Promise<T[]>;
  /** Waits `ms` and returns whatever arrived that was not taken yet (expected: nothing). */
  untaken(ms?: number): Promise<StreamResult<T>[]>;
  close(): Promise<void>;
}

export async function openSubscription<R>(
  fetchFn: (url: string, init: RequestInit) => Response | Promise<Response>,
  url: string,
  body: { query: string; variables?: unknown },
  token?: string,
): Promise<Subscription<R>> {
  const abort = new AbortController();
  const res = await fetchFn(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'text/event-stream',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
    signal: abort.signal,
  });
  const results: StreamResult<R>[] = [];
  const frames: string[] = [];
  let taken = 0;
  let ended = false;
  let streamError: unknown;
  let wake = () => {};
  const changed = () => new Promise<void>((resolve) => (wake = resolve));
  let firstChunk!: () => void;
  const started = new Promise<void>((resolve) => (firstChunk = resolve));

  const reader = res.body!.getReader();
  const pump = (async () => {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for (;;) {
        const { value, done } = await reader.read();
        firstChunk();
        if (done) break;
        buffer += decoder.decode(value, { stream: true }).replace(/\r\n?/g, '\n');
        for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          frames.push(block);
          let event = 'message';
          const data: string[] = [];
          for (const line of block.split('\n')) {
            if (line === '' || line.startsWith(':')) continue; // comments are keep-alive pings
            const colon = line.indexOf(':');
            const field = colon < 0 ? line : line.slice(0, colon);
            const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
            if (field === 'event') event = value;
            else if (field === 'data') data.push(value);
          }
          if (event === 'next') results.push(JSON.parse(data.join('\n')) as StreamResult<R>);
          else if (event === 'complete') ended = true;
          wake();
        }
      }
    } catch (error) {
      if (!abort.signal.aborted) streamError = error;
    } finally {
      ended = true;
      firstChunk();
      wake();
    }
  })();

  const sub: Subscription<R> = {
    status: res.status,
    contentType: res.headers.get('content-type'),
    results,
    completed: () => ended,
    async take(n, timeout = EVENT_TIMEOUT_MS) {
      const deadline = Date.now() + timeout;
      while (results.length < taken + n) {
        if (streamError) throw streamError;
        const left = deadline - Date.now();
        if (ended || left <= 0) {
          throw new Error(
            `expected ${n} more event(s), got ${results.length - taken} ${ended ? '(stream ended)' : `in ${timeout} ms`}: ` +
              JSON.stringify(results.slice(taken)) +
              `\nframes: ${JSON.stringify(frames)}`,
          );
        }
        await Promise.race([changed(), sleep(left)]);
      }
      const out = results.slice(taken, taken + n);
      taken += n;
      return out;
    },
    async next(n = 1, timeout) {
      const out = await sub.take(n, timeout);
      for (const r of out) expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
      return out.map((r) => r.data!);
    },
    async untaken(ms = QUIET_MS) {
      await sleep(ms);
      return results.slice(taken);
    },
    async close() {
      abort.abort();
      await reader.cancel().catch(() => {});
      await pump;
    },
  };
  // The first chunk is yoga's ping; reading it makes the stream pull, which starts the
  // subscription's iterator and puts its listener on the bus. Give that chain a moment.
  await started;
  await sleep(50);
  return sub;
}
