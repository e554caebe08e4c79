/**
 * Stored shape and keys of the persisted-queries table's items (see PERSISTED_QUERIES_TABLE for
 * access patterns).
 */

export const PERSISTED_QUERY_SK = 'DOCUMENT';

export interface PersistedQueryItem {
  /** The document's SHA-256, lower-case hex: the `sha256Hash` of Apollo's APQ protocol. */
  readonly pk: string;
  readonly sk: typeof PERSISTED_QUERY_SK;
  /** The GraphQL document exactly as the client registered it. */
  readonly document: string;
  /** When DynamoDB's time to live may delete the item, in epoch seconds. */
  readonly expiresAt: number;
}

export const persistedQueryKey = (hash: string) => ({ pk: hash, sk: PERSISTED_QUERY_SK }) as const;

export function toPersistedQueryItem(hash: string, document: string, expiresAt: number): PersistedQueryItem {
  return { ...persistedQueryKey(hash), document, expiresAt };
}

/**
 * The document of a stored item, or undefined when the item has expired at `nowSeconds`:
 * DynamoDB deletes expired items only eventually (typically within days), and until then GetItem
 * still returns them.
 */
export function liveDocument(item: Record<string, unknown>, nowSeconds: number): string | undefined {
  const { document, expiresAt } = item as Partial<PersistedQueryItem>;
  if (typeof document !== 'string' || typeof expiresAt !== 'number') return undefined;
  return expiresAt > nowSeconds ? document : undefined;
}
