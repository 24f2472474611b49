/**
 * Persisted operations: documents known in advance, sent by their SHA-256 hash
 * (`extensions: { persistedQuery: { version: 1, sha256Hash } }`, the Apollo convention that
 * graphql-yoga's plugin reads; the hash bare or as codegen writes it, `sha256:<hex>`). The list is the JSON manifest (hash → document) that codegen's
 * client preset writes to schema/generated/persisted-documents.json; agencies may add their
 * own manifests. Modes: `off`; `accept` (hashes and arbitrary documents); `only` (an
 * allow-list: nothing but listed documents runs).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import type { Plugin } from 'graphql-yoga';

export type PersistedMode = 'off' | 'accept' | 'only';

export class ManifestError extends Error {
  override name = 'ManifestError';
}

export function sha256(document: string): string {
  return createHash('sha256').update(document).digest('hex');
}

/**
 * Reads manifests into one map. Every entry's hash must be the SHA-256 of its document: a
 * stale or edited manifest stops the service at start instead of running the wrong document.
 */
export function loadManifests(files: string[]): Map<string, string> {
  const documents = new Map<string, string>();
  for (const file of files) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch (error) {
      throw new ManifestError(`persisted operations manifest ${file} could not be read: ${(error as Error).message}`);
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
      throw new ManifestError(`persisted operations manifest ${file} must be a JSON object of hash → document`);
    }
    for (const [id, document] of Object.entries(parsed)) {
      const hash = hexOf(id);
      if (typeof document !== 'string' || sha256(document) !== hash) {
        throw new ManifestError(`persisted operations manifest ${file}: entry ${id} is not the SHA-256 of its document`);
      }
      documents.set(hash, document);
    }
  }
  return documents;
}

/**
 * Codegen names documents `sha256:<hex>` (the GraphQL-over-HTTP persisted documents form);
 * Apollo clients send the bare hex. Both name the same document.
 */
export function hexOf(id: string): string {
  return id.startsWith('sha256:') ? id.slice('sha256:'.length) : id;
}

const http400 = { status: 400 };

export function usePersistedOperationsMode(mode: Exclude<PersistedMode, 'off'>, documents: Map<string, string>): Plugin {
  return usePersistedOperations({
    // The document is returned as text, so it is parsed and validated like any other (depth,
    // aliases, tokens, cost and rate limits apply to persisted operations too).
    getPersistedOperation: (id) => documents.get(hexOf(id)) ?? null,
    allowArbitraryOperations: mode === 'accept',
    customErrors: {
      notFound: {
        message: "Persisted operation not found: the hash is not in this service's list of persisted operations.",
        extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', http: http400 },
      },
      persistedQueryOnly: {
        message:
          'This service runs persisted operations only: send `extensions: { persistedQuery: { version: 1, sha256Hash } }` of a listed operation instead of a query document.',
        extensions: { code: 'PERSISTED_QUERY_REQUIRED', http: http400 },
      },
      keyNotFound: {
        message: 'Send a query document, or `extensions: { persistedQuery: { version: 1, sha256Hash } }`.',
        extensions: { code: 'BAD_REQUEST', http: http400 },
      },
    },
  }) as Plugin;
}
