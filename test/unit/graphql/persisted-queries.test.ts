/**
 * The persisted-query cache's three levels (manifest, LRU, store) on an in-memory store, the
 * trusted-document rule, and the manifest codegen writes from documents/.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { buildSchema, getOperationAST, parse } from 'graphql';
import { DEFAULT_QUERY_LIMITS } from '../../../src/config';
import type { PersistedQueryStore } from '../../../src/data/repositories';
import manifest from '../../../src/generated/documents/persisted-documents.json';
import { typeDefs } from '../../../src/generated/type-defs';
import { operationCost } from '../../../src/graphql/limits';
import { PersistedQueryCache } from '../../../src/graphql/persisted-query-cache';
import { TRUSTED_DOCUMENTS, TrustedDocuments } from '../../../src/graphql/trusted-documents';
import { README_QUERIES } from '../../../bench/example-queries';
import { RecordingLogger } from '../../support/recording-logger';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const DOCUMENT = 'query Q { entity(id: "entity:xi-jinping") { name } }';
const HASH = sha256(DOCUMENT);

/** A store in memory that records its calls and can be told to fail. */
class MemoryStore implements PersistedQueryStore {
  readonly documents = new Map<string, string>();
  readonly calls: string[] = [];
  failing = false;

  async getDocument(hash: string) {
    this.calls.push(`get ${hash}`);
    if (this.failing) throw new Error('DynamoDB is down');
    return this.documents.get(hash);
  }

  async putDocument(hash: string, document: string, ttlSeconds: number) {
    this.calls.push(`put ${hash} ${ttlSeconds}`);
    if (this.failing) throw new Error('DynamoDB is down');
    this.documents.set(hash, document);
  }
}

const trustedHash = 'a'.repeat(64);
const trusted = new TrustedDocuments({ [trustedHash]: 'query Trusted { articles { edges { cursor } } }' });

function cacheOn(store: MemoryStore, options: { trustedDocumentsOnly?: boolean } = {}) {
  const logger = new RecordingLogger();
  const cache = new PersistedQueryCache({ store, trusted, ttlSeconds: 600, trustedDocumentsOnly: options.trustedDocumentsOnly ?? false, logger });
  return { cache, logger };
}

describe('PersistedQueryCache', () => {
  it('answers a trusted hash from the manifest without asking the store', async () => {
    // Prepare
    const store = new MemoryStore();
    const { cache } = cacheOn(store);

    // Act
    const document = await cache.get(trustedHash);

    // Assess
    expect(document).toBe('query Trusted { articles { edges { cursor } } }');
    expect(store.calls).toEqual([]);
  });

  it('asks the store once for a hash it holds, then answers from its LRU', async () => {
    // Prepare
    const store = new MemoryStore();
    store.documents.set(HASH, DOCUMENT);
    const { cache } = cacheOn(store);

    // Act
    const first = await cache.get(HASH);
    const second = await cache.get(HASH);

    // Assess
    expect([first, second]).toEqual([DOCUMENT, DOCUMENT]);
    expect(store.calls).toEqual([`get ${HASH}`]);
  });

  it('never asks the store for a key that is not a lower-case SHA-256', async () => {
    // Prepare
    const store = new MemoryStore();
    const { cache } = cacheOn(store);

    // Act
    const answers = await Promise.all(['', 'abc', HASH.toUpperCase(), `${HASH}0`, 'x'.repeat(5000)].map((key) => cache.get(key)));

    // Assess
    expect(answers).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(store.calls).toEqual([]);
  });

  it('writes a registration once, with the TTL Apollo passes, and settles whenStored after the write', async () => {
    // Prepare
    const store = new MemoryStore();
    const { cache } = cacheOn(store);

    // Act
    const setting = cache.set(HASH, DOCUMENT, { ttl: 3600 });
    await cache.whenStored(HASH);
    const storedWhenSettled = store.documents.get(HASH);
    await setting;
    await cache.set(HASH, DOCUMENT, { ttl: 3600 });

    // Assess
    expect(storedWhenSettled).toBe(DOCUMENT);
    expect(store.calls).toEqual([`put ${HASH} 3600`]);
  });

  it('uses its own TTL when Apollo passes none', async () => {
    // Prepare
    const store = new MemoryStore();
    const { cache } = cacheOn(store);

    // Act
    await cache.set(HASH, DOCUMENT);

    // Assess
    expect(store.calls).toEqual([`put ${HASH} 600`]);
  });

  it('writes neither trusted documents nor, in trusted-documents-only mode, anything at all', async () => {
    // Prepare
    const store = new MemoryStore();
    const open = cacheOn(store).cache;
    const closed = cacheOn(store, { trustedDocumentsOnly: true }).cache;

    // Act
    await open.set(trustedHash, 'query Trusted { articles { edges { cursor } } }');
    await closed.set(HASH, DOCUMENT);
    const lookedUp = await closed.get(HASH);

    // Assess
    expect(store.calls).toEqual([]);
    expect(lookedUp).toBeUndefined();
  });

  it('treats a failing store as a miss and a failed write as not registered, logging both', async () => {
    // Prepare
    const store = new MemoryStore();
    const { cache, logger } = cacheOn(store);
    store.failing = true;

    // Act
    const missed = await cache.get(HASH);
    await cache.set(HASH, DOCUMENT);
    store.failing = false;
    await cache.set(HASH, DOCUMENT);

    // Assess
    expect(missed).toBeUndefined();
    expect(store.calls).toEqual([`get ${HASH}`, `put ${HASH} 600`, `put ${HASH} 600`]);
    expect(store.documents.get(HASH)).toBe(DOCUMENT);
    expect(logger.at('WARN').map((line) => line['message'])).toEqual([
      'Persisted query lookup failed; answered as not found',
      'Persisted query registration failed',
    ]);
  });

  it('delete forgets the document in the container only', async () => {
    // Prepare
    const store = new MemoryStore();
    const { cache } = cacheOn(store);
    await cache.set(HASH, DOCUMENT);

    // Act
    const deleted = await cache.delete(HASH);
    const again = await cache.get(HASH);

    // Assess
    expect(deleted).toBe(true);
    expect(again).toBe(DOCUMENT);
    expect(store.calls).toEqual([`put ${HASH} 600`, `get ${HASH}`]);
  });
});

describe('TrustedDocuments.admits', () => {
  const text = 'query Trusted { articles { edges { cursor } } }';
  const documents = new TrustedDocuments({ [sha256(text)]: text });

  it.each([
    ['its hash', { extensions: { persistedQuery: { version: 1, sha256Hash: sha256(text) } } }, true],
    ['its hash with its text', { query: text, extensions: { persistedQuery: { version: 1, sha256Hash: sha256(text) } } }, true],
    ['its exact text', { query: text }, true],
    ['another hash', { extensions: { persistedQuery: { version: 1, sha256Hash: HASH } } }, false],
    ['another hash with the trusted text', { query: text, extensions: { persistedQuery: { version: 1, sha256Hash: HASH } } }, false],
    ['its text with a space more', { query: `${text} ` }, false],
    ['a persistedQuery extension without a hash', { query: text, extensions: { persistedQuery: { version: 1 } } }, false],
    ['a persistedQuery extension that is null', { query: text, extensions: { persistedQuery: null } }, false],
    ['nothing', {}, false],
  ])('%s: %j → %s', (_name, parameters, admitted) => {
    // Act
    const answer = documents.admits(parameters);

    // Assess
    expect(answer).toBe(admitted);
  });
});

describe('the trusted-document manifest (src/generated/documents/persisted-documents.json)', () => {
  const root = path.join(__dirname, '../../..');
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? files(path.join(dir, entry.name)) : entry.name.endsWith('.graphql') ? [path.join(dir, entry.name)] : [],
    );
  const documents = Object.values(manifest as Record<string, string>);
  const operationNames = documents.map((document) => getOperationAST(parse(document))?.name?.value);

  it('keys every document by the SHA-256 of its text, as Apollo checks it', () => {
    // Act
    const mismatched = Object.entries(manifest as Record<string, string>).filter(([hash, document]) => hash !== sha256(document));

    // Assess
    expect(mismatched).toEqual([]);
    expect(TRUSTED_DOCUMENTS.size).toBe(documents.length);
  });

  it('holds one document per operation of documents/, the README queries included', () => {
    // Prepare
    const inFiles = files(path.join(root, 'documents')).map((file) => getOperationAST(parse(readFileSync(file, 'utf8')))?.name?.value);
    const inReadme = README_QUERIES.map((q) => getOperationAST(parse(q.query))?.name?.value);

    // Assess
    expect([...operationNames].sort()).toEqual([...inFiles].sort());
    expect(operationNames).toEqual(expect.arrayContaining(inReadme));
    expect(inFiles.length).toBeGreaterThanOrEqual(10);
  });

  it('holds only documents within the default query cost limit, at their default page sizes', () => {
    // Prepare: the documents' required variables are ids and search text, which cost nothing
    const schema = buildSchema(typeDefs);
    const variables = { id: 'entity:xi-jinping', query: 'xi' };

    // Act
    const costs = documents.map((document) => {
      const parsed = parse(document);
      return { name: getOperationAST(parsed)?.name?.value, cost: operationCost({ schema, document: parsed, operation: getOperationAST(parsed)!, variables }) };
    });

    // Assess
    expect(costs.filter(({ cost }) => cost > DEFAULT_QUERY_LIMITS.maxCost)).toEqual([]);
  });
});
