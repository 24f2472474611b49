/**
 * `/metrics` in Prometheus' text format (prom-client): what operators watch. Served on the
 * service's own port when METRICS_ENABLED (default true): block the path at the ingress or
 * firewall and scrape it from inside (README, "Metrics").
 *
 *  - graphql_request_duration_seconds{operation,type,status}: each GraphQL HTTP request from
 *    its arrival to its response (authentication, parsing, validation, execution, the disclosure
 *    log), by operation name as the parsed document names it (at most MAX_OPERATION_NAMES
 *    distinct names, then "(other)": clients choose names, the series must stay bounded; "(none)"
 *    for a request refused before execution, "(anonymous)" for an unnamed operation).
 *    No resolver histogram: timing every resolver costs more than the answer is worth here.
 *  - db_pool_*: the PostgreSQL connection pool (total, idle, waiting), when there is one.
 *  - match_index_*: the match index's size, its last build's duration, and the notification lag
 *    measured at the scrape (MatchingService.settle(): a marker sent through the database and
 *    back once everything notified before it is applied).
 *  - agency_cache_*, auth_claims_cache_*: the authentication caches' hits and reads.
 *  - process and Node.js defaults (CPU, memory, event loop lag, GC).
 */
import { getOperationAST, type DocumentNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { AgencyCacheStats } from '../platform/auth/agency-cache.js';
import type { MatchingStats } from '../matching/service.js';

export const MAX_OPERATION_NAMES = 100;
/** How long a scrape waits for the match index's notification round trip. */
const LAG_TIMEOUT_MS = 1000;

export interface MetricsSources {
  /** node-postgres pool counts (PostgreSQL server only). */
  pool?: () => { total: number; idle: number; waiting: number };
  matching?: { readonly lastBuild: MatchingStats; settle(timeoutMs?: number): Promise<void> };
  agencies?: { readonly stats: AgencyCacheStats };
  claims?: { readonly stats: { hits: number; misses: number; size: number } };
}

export interface Metrics {
  registry: Registry;
  /** Serves GET /metrics and times GraphQL requests; first in the plugin list. */
  plugin: Plugin;
}

/** A counter whose value is read from elsewhere at each scrape. */
function mirroredCounter(registry: Registry, name: string, help: string, read: () => number | undefined) {
  return new Counter({
    name,
    help,
    registers: [registry],
    collect() {
      const v = read();
      this.reset();
      if (v !== undefined) this.inc(v);
    },
  });
}

/** A gauge whose value is read from elsewhere at each scrape. */
function mirroredGauge(registry: Registry, name: string, help: string, read: () => number | Promise<number>) {
  return new Gauge({
    name,
    help,
    registers: [registry],
    async collect() {
      this.set(await read());
    },
  });
}

export function createMetrics(sources: MetricsSources, { graphqlEndpoint = '/graphql' } = {}): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });

  const duration = new Histogram({
    name: 'graphql_request_duration_seconds',
    help: 'GraphQL HTTP requests from arrival to response, by operation name and type and HTTP status',
    labelNames: ['operation', 'type', 'status'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });

  const { pool, matching, agencies, claims } = sources;
  if (pool) {
    new Gauge({
      name: 'db_pool_connections',
      help: 'Connections of the PostgreSQL pool, by state (total = open, idle = open and unused)',
      labelNames: ['state'] as const,
      registers: [registry],
      collect() {
        const p = pool();
        this.set({ state: 'total' }, p.total);
        this.set({ state: 'idle' }, p.idle);
      },
    });
    mirroredGauge(
      registry,
      'db_pool_waiting_requests',
      'Queries waiting for a connection of the PostgreSQL pool',
      () => pool().waiting,
    );
  }
  if (matching) {
    const stat = (name: string, help: string, read: (s: MatchingStats) => number) =>
      mirroredGauge(registry, name, help, () => read(matching.lastBuild));
    stat('match_index_profiles', 'Profiles in the match index at its last build', (s) => s.profiles);
    stat('match_index_postings', 'Postings (profile × skill) in the match index at its last build', (s) => s.postings);
    stat('match_index_bytes', 'Memory of the match index at its last build', (s) => s.bytes);
    stat(
      'match_index_build_duration_seconds',
      'Duration of the last build of the match index from the database',
      (s) => s.buildMs / 1000,
    );
    // One probe per scrape, shared by both gauges (prom-client collects them concurrently).
    let probe: Promise<number | null> | null = null;
    const measure = () => {
      if (!probe) {
        const started = performance.now();
        probe = matching.settle(LAG_TIMEOUT_MS).then(
          () => (performance.now() - started) / 1000,
          () => null,
        );
        void probe.then(() => setTimeout(() => (probe = null), 0));
      }
      return probe;
    };
    mirroredGauge(
      registry,
      'match_index_notifications_connected',
      '1 while the match index receives change notifications, 0 while it reconnects and rebuilds',
      async () => ((await measure()) === null ? 0 : 1),
    );
    mirroredGauge(
      registry,
      'match_index_notification_lag_seconds',
      `Round trip of a marker notification until every change notified before it is applied, measured at the scrape (at most ${LAG_TIMEOUT_MS / 1000} s; NaN while reconnecting)`,
      async () => (await measure()) ?? Number.NaN,
    );
  }
  const counters: [name: string, help: string, read: () => number][] = [];
  if (agencies) {
    counters.push(
      ['agency_cache_hits_total', 'Agency lookups answered from the process cache', () => agencies.stats.hits],
      ['agency_cache_loads_total', 'Reads of the agency table into the process cache', () => agencies.stats.loads],
      [
        'agency_cache_unknown_lookups_total',
        'Agency codes looked up in the database because the cache did not know them',
        () => agencies.stats.unknownLookups,
      ],
      [
        'agency_cache_invalidations_total',
        'Change notifications that dropped the cached agencies',
        () => agencies.stats.invalidations,
      ],
    );
  }
  if (claims) {
    counters.push(
      ['auth_claims_cache_hits_total', 'Bearer tokens whose verified claims came from the cache', () => claims.stats.hits],
      ['auth_claims_cache_misses_total', 'Bearer tokens verified (signature and claims)', () => claims.stats.misses],
    );
    mirroredGauge(registry, 'auth_claims_cache_entries', 'Tokens whose verified claims are cached', () => claims.stats.size);
  }
  for (const [name, help, read] of counters) mirroredCounter(registry, name, help, read);

  const names = new Set<string>();
  const operationLabel = (document: DocumentNode, operationName?: string | null): { operation: string; type: string } => {
    const op = getOperationAST(document, operationName ?? undefined);
    if (!op) return { operation: '(none)', type: 'unknown' };
    const name = op.name?.value;
    if (!name) return { operation: '(anonymous)', type: op.operation };
    if (!names.has(name)) {
      if (names.size >= MAX_OPERATION_NAMES) return { operation: '(other)', type: op.operation };
      names.add(name);
    }
    return { operation: name, type: op.operation };
  };

  const timings = new WeakMap<Request, { started: number; operation: string; type: string }>();
  const label = ({ args }: { args: { document: DocumentNode; operationName?: string | null; contextValue: unknown } }) => {
    const request = (args.contextValue as { request?: Request }).request;
    const timing = request && timings.get(request);
    if (timing) Object.assign(timing, operationLabel(args.document, args.operationName));
  };
  const plugin: Plugin = {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname === '/metrics') {
        if (request.method !== 'GET') {
          endResponse(new fetchAPI.Response(null, { status: 405, headers: { allow: 'GET' } }));
          return;
        }
        return registry
          .metrics()
          .then((text) => endResponse(new fetchAPI.Response(text, { headers: { 'content-type': registry.contentType } })));
      }
      if (url.pathname === graphqlEndpoint)
        timings.set(request, { started: performance.now(), operation: '(none)', type: 'unknown' });
      return undefined;
    },
    onExecute: label,
    onSubscribe: label,
    onResponse({ request, response }) {
      const timing = timings.get(request);
      if (!timing) return;
      timings.delete(request);
      duration.observe(
        { operation: timing.operation, type: timing.type, status: String(response.status) },
        (performance.now() - timing.started) / 1000,
      );
    },
  };
  return { registry, plugin };
}
