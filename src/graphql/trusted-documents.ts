/**
 * The trusted documents: the operations this repository ships (documents/, the README's queries
 * included), as `npm run codegen` writes them to src/generated/documents/persisted-documents.json,
 * a manifest of SHA-256 (lower-case hex, of the document text) → document text. The bundle carries
 * the manifest, so a trusted document is answered without any DynamoDB call, on every container,
 * from the first request on.
 */
import { createHash } from 'node:crypto';
import manifest from '../generated/documents/persisted-documents.json';

/** A hash → document manifest, as the client preset's `persistedDocuments` writes it. */
export type DocumentManifest = Readonly<Record<string, string>>;

/** The GraphQL parameters of a request that decide whether it runs a trusted document. */
export interface OperationParameters {
  readonly query?: unknown;
  readonly extensions?: unknown;
}

export class TrustedDocuments {
  private readonly byHash: ReadonlyMap<string, string>;

  constructor(documents: DocumentManifest) {
    this.byHash = new Map(Object.entries(documents));
  }

  /** How many documents the manifest holds. */
  get size(): number {
    return this.byHash.size;
  }

  /** The trusted document with this hash, or undefined. */
  get(hash: string): string | undefined {
    return this.byHash.get(hash);
  }

  /**
   * Whether a request runs a trusted document: its `extensions.persistedQuery.sha256Hash` is in the
   * manifest (Apollo then checks that a `query` sent with it has that hash), or, without a hash,
   * its `query` text is a manifest document character for character.
   */
  admits(parameters: OperationParameters): boolean {
    const hash = persistedQueryHash(parameters.extensions);
    if (hash !== undefined) return this.byHash.has(hash);
    return typeof parameters.query === 'string' && this.byHash.has(sha256(parameters.query));
  }
}

/** The trusted documents generated from documents/. */
export const TRUSTED_DOCUMENTS = new TrustedDocuments(manifest);

/**
 * The `sha256Hash` of an APQ `persistedQuery` extension; undefined without the extension, and ''
 * (in no manifest) when the extension is there without a string hash.
 */
function persistedQueryHash(extensions: unknown): string | undefined {
  if (typeof extensions !== 'object' || extensions === null) return undefined;
  const persistedQuery = (extensions as { persistedQuery?: unknown }).persistedQuery;
  if (persistedQuery === undefined) return undefined;
  const hash = (persistedQuery as { sha256Hash?: unknown } | null)?.sha256Hash;
  return typeof hash === 'string' ? hash : '';
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
