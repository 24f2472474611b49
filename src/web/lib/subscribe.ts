/**
 * GraphQL subscriptions over Server-Sent Events (graphql-yoga's "distinct connections" mode).
 * EventSource cannot send an Authorization header, so this reads the stream with fetch.
 * Reconnects with a fresh token when the stream ends (a token expiring ends it on purpose).
 */
import { authHeaders, GRAPHQL_PATH, type TypedDocument } from './client.js';

export interface SubscriptionHandlers<T> {
  onData: (data: T) => void;
  /** Told when the stream is down and being retried, and when it is back. */
  onConnectionChange?: (connected: boolean) => void;
}

const RETRY_MS = [1_000, 2_000, 5_000, 10_000];

export function subscribe<TResult, TVariables>(
  document: TypedDocument<TResult, TVariables>,
  variables: TVariables,
  handlers: SubscriptionHandlers<TResult>,
): () => void {
  const controller = new AbortController();
  let attempt = 0;

  const connect = async (): Promise<void> => {
    while (!controller.signal.aborted) {
      try {
        const response = await fetch(GRAPHQL_PATH, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...(await authHeaders()) },
          body: JSON.stringify({ query: document.toString(), variables }),
          signal: controller.signal,
        });
        if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
        handlers.onConnectionChange?.(true);
        attempt = 0;
        await readEvents(response.body, (payload) => {
          const data = (payload as { data?: TResult | null }).data;
          if (data) handlers.onData(data);
        });
      } catch {
        if (controller.signal.aborted) return;
      }
      handlers.onConnectionChange?.(false);
      const wait = RETRY_MS[Math.min(attempt, RETRY_MS.length - 1)]!;
      attempt += 1;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  };
  void connect();
  return () => controller.abort();
}

/** Parses `event:`/`data:` blocks separated by a blank line; calls back with each `next` payload. */
async function readEvents(body: ReadableStream<Uint8Array>, onNext: (payload: unknown) => void): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true }).replaceAll('\r\n', '\n');
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      let event = 'message';
      const data: string[] = [];
      for (const line of block.split('\n')) {
        if (line.startsWith('event:')) event = line.slice(6).trim();
        else if (line.startsWith('data:')) data.push(line.slice(5).trimStart());
      }
      if (event === 'complete') return;
      if ((event === 'next' || event === 'message') && data.length > 0) {
        try {
          onNext(JSON.parse(data.join('\n')));
        } catch {
          // A malformed event is dropped; the next one may be fine.
        }
      }
    }
  }
}
