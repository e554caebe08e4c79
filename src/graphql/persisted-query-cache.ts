/**
 * The cache behind Apollo's automatic persisted queries (`persistedQueries.cache`), in three levels:
 *
 * 1. the trusted documents (the manifest in the bundle): answered at once, never written;
 * 2. this container's LRU (Apollo's `InMemoryLRUCache`): a hash this container has seen costs no
 *    DynamoDB call, whether it was registered here or read from the store once;
 * 3. the shared store (the persisted-queries table): one GetItem for a hash new to this container,
 *    one PutItem for a registration, so a document registered through one container is found by
 *    every other.
 *
 * Apollo writes to the cache without waiting (the request goes on while `set` runs). On Lambda the
 * container may be frozen as soon as the answer is returned, so {@link PersistedQueryCache.whenStored}
 * lets the persisted-queries plugin hold the answer until the registration is in the store.
 */
import { InMemoryLRUCache, type KeyValueCache, type KeyValueCacheSetOptions } from '@apollo/utils.keyvaluecache';
import type { Logger } from '@aws-lambda-powertools/logger';
import type { PersistedQueryStore } from '../data/repositories';
import type { TrustedDocuments } from './trusted-documents';

/**
 * The LRU's capacity in characters of document: thousands of typical operations, and a bound on
 * the memory that clients registering documents can take in a container.
 */
export const LRU_MAX_CHARACTERS = 8 * 1024 * 1024;

/** The form of every hash Apollo computes: SHA-256 in lower-case hex. Anything else can never be stored. */
const SHA256_HEX = /^[0-9a-f]{64}$/;

export interface PersistedQueryCacheOptions {
  readonly store: PersistedQueryStore;
  readonly trusted: TrustedDocuments;
  /** How long a registration lives in the store when Apollo passes no `ttl`. */
  readonly ttlSeconds: number;
  /** No registration reaches the store; only the trusted documents are answered. */
  readonly trustedDocumentsOnly: boolean;
  readonly logger: Logger;
}

export class PersistedQueryCache implements KeyValueCache<string> {
  private readonly lru = new InMemoryLRUCache<string>({ maxSize: LRU_MAX_CHARACTERS });
  private readonly writes = new Map<string, Promise<void>>();

  constructor(private readonly options: PersistedQueryCacheOptions) {}

  /**
   * The document of `hash`, from the first level that has it. A store failure (throttling, an
   * unreachable DynamoDB) is a miss: the client then sends its document, and the request goes on.
   */
  async get(hash: string): Promise<string | undefined> {
    const trusted = this.options.trusted.get(hash);
    if (trusted !== undefined) return trusted;
    if (this.options.trustedDocumentsOnly || !SHA256_HEX.test(hash)) return undefined;
    const cached = await this.lru.get(hash);
    if (cached !== undefined) return cached;
    try {
      const stored = await this.options.store.getDocument(hash);
      if (stored !== undefined) await this.lru.set(hash, stored);
      return stored;
    } catch (error) {
      this.options.logger.warn('Persisted query lookup failed; answered as not found', { hash, error: describe(error) });
      return undefined;
    }
  }

  /**
   * Registers a document whose hash Apollo has checked. Trusted documents and documents this
   * container already holds are not written again; in trusted-documents-only mode nothing is.
   * Never rejects: a failed write is logged, and the next request for the hash registers it again.
   */
  set(hash: string, document: string, options?: KeyValueCacheSetOptions): Promise<void> {
    if (this.options.trustedDocumentsOnly || this.options.trusted.get(hash) !== undefined || !SHA256_HEX.test(hash)) {
      return Promise.resolve();
    }
    // Recorded before the first await, so that `whenStored` sees it whenever it is asked.
    const write = this.register(hash, document, options?.ttl ?? this.options.ttlSeconds);
    this.writes.set(hash, write);
    return write.finally(() => {
      if (this.writes.get(hash) === write) this.writes.delete(hash);
    });
  }

  private async register(hash: string, document: string, ttlSeconds: number): Promise<void> {
    if ((await this.lru.get(hash)) !== undefined) return;
    await this.lru.set(hash, document);
    try {
      await this.options.store.putDocument(hash, document, ttlSeconds);
    } catch (error) {
      // Forgotten here too, so that this container writes it again on the next registration.
      await this.lru.delete(hash);
      this.options.logger.warn('Persisted query registration failed', { hash, error: describe(error) });
    }
  }

  /**
   * Forgets the document in this container only: the role may not delete from the store (GetItem
   * and PutItem only), whose items expire by their time to live. Apollo never deletes APQ entries.
   */
  async delete(hash: string): Promise<boolean> {
    return this.lru.delete(hash);
  }

  /** Settles when the registration of `hash` started by `set`, if any, has been written or has failed. */
  async whenStored(hash: string): Promise<void> {
    await this.writes.get(hash);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
