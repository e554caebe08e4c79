/**
 * An in-memory implementation of the Repositories interfaces for unit tests. It keeps the
 * contracts the resolvers rely on: the documented orders, real forward paging with opaque cursors
 * (InvalidCursorError for malformed or foreign ones), key order with null from `getX(ids)`.
 *
 * It also records every call with its *wave*: one more than the highest wave among the calls that
 * had answered when it was made. Calls made together share a wave; a call made after an answer
 * (which it may depend on) is one wave later. So `waves` is the number of sequential round trips
 * on the longest chain. Each call answers on its own later macrotask (setImmediate), like a
 * network response, so code that awaits list calls one by one cannot batch by accident.
 */
import { InvalidCursorError } from '../../src/errors';
import { normalizeText, searchTerms } from '../../src/data/normalize';
import type {
  ArticleRecord,
  Direction,
  EntityRecord,
  EntityType,
  MentionRecord,
  Page,
  PageRequest,
  RelationshipRecord,
} from '../../src/data/model';
import { matchesStatus, relationshipProposal } from '../../src/data/provenance';
import type { ArticleReader, EntityReader, RelationshipReader, Repositories, StatusFilter } from '../../src/data/repositories';

export interface FakeData {
  readonly articles?: readonly ArticleRecord[];
  readonly entities?: readonly EntityRecord[];
  readonly relationships?: readonly RelationshipRecord[];
  readonly mentions?: readonly MentionRecord[];
}

export type RepositoryMethod =
  | keyof ArticleReader
  | keyof EntityReader
  | keyof RelationshipReader;

export interface RecordedCall {
  readonly method: RepositoryMethod;
  readonly args: readonly unknown[];
  /** 1 for the calls made first, 2 for those made after all of them had answered, … */
  readonly wave: number;
}

export class FakeRepositories implements Repositories {
  readonly calls: RecordedCall[] = [];
  readonly articles: ArticleReader;
  readonly entities: EntityReader;
  readonly relationships: RelationshipReader;

  private highestAnsweredWave = 0;
  private readonly failures = new Map<RepositoryMethod, unknown>();

  constructor(data: FakeData = {}) {
    const articles = [...(data.articles ?? [])];
    const entities = [...(data.entities ?? [])];
    const relationships = [...(data.relationships ?? [])];
    const mentions = [...(data.mentions ?? [])];
    const articleById = new Map(articles.map((a) => [a.id, a]));
    const entityById = new Map(entities.map((e) => [e.id, e]));
    const relationshipById = new Map(relationships.map((r) => [r.id, r]));

    // Newest first, undated last: the order of the real index key `<publishedAt|0000>#<id>`, descending.
    const articleOrder = (id: string) => `${articleById.get(id)?.publishedAt ?? '0000'}#${id}`;
    const newestFirst = (a: string, b: string) => compare(articleOrder(b), articleOrder(a));

    this.articles = {
      getArticles: this.recorded('getArticles', async (ids: readonly string[]) => ids.map((id) => articleById.get(id) ?? null)),
      listArticles: this.recorded('listArticles', async (page: PageRequest) =>
        paginate('articles', [...articles].sort((a, b) => newestFirst(a.id, b.id)), (a) => a.id, page),
      ),
      listMentions: this.recorded(
        'listMentions',
        async (articleId: string, filter: { type?: EntityType | null }, page: PageRequest) =>
          paginate(
            `mentions:${articleId}:${filter.type ?? '*'}`,
            mentions
              .filter((m) => m.articleId === articleId && (!filter.type || m.entityType === filter.type))
              .sort((a, b) => compare(a.entityType, b.entityType) || compare(a.entityId, b.entityId)),
            (m) => m.entityId,
            page,
          ),
      ),
      listArticleIdsMentioning: this.recorded('listArticleIdsMentioning', async (entityId: string, page: PageRequest) =>
        paginate(
          `mentioning:${entityId}`,
          mentions.filter((m) => m.entityId === entityId).map((m) => m.articleId).sort(newestFirst),
          (id) => id,
          page,
        ),
      ),
    };

    this.entities = {
      getEntities: this.recorded('getEntities', async (ids: readonly string[]) => ids.map((id) => entityById.get(id) ?? null)),
      listEntities: this.recorded('listEntities', async (filter: { type?: EntityType | null; status?: StatusFilter }, page: PageRequest) =>
        paginate(
          `entities:${filter.type ?? '*'}`,
          entities
            .filter((e) => !filter.type || e.type === filter.type)
            .sort((a, b) => compare(normalizeText(a.name), normalizeText(b.name)) || compare(a.id, b.id)),
          (e) => e.id,
          page,
          (e) => matchesStatus(filter.status, e.proposal),
        ),
      ),
      searchEntityIds: this.recorded('searchEntityIds', async (query: string, limit: number) => {
        const q = normalizeText(query);
        const rank = (e: EntityRecord): number => {
          const name = normalizeText(e.name);
          if (name === q) return 0;
          if (name.startsWith(q)) return 1;
          if (searchTerms(e.name).some((t) => t.startsWith(q))) return 2;
          if (e.aliases.some((alias) => searchTerms(alias).some((t) => t.startsWith(q)))) return 3;
          return Infinity;
        };
        return entities
          .map((e) => ({ e, rank: rank(e) }))
          .filter(({ rank }) => rank !== Infinity)
          .sort((a, b) => a.rank - b.rank || compare(a.e.id, b.e.id))
          .slice(0, limit)
          .map(({ e }) => e.id);
      }),
    };

    const byId = (a: RelationshipRecord, b: RelationshipRecord) => compare(a.id, b.id);
    const ofStatus = (status: StatusFilter | undefined) => (r: RelationshipRecord) => matchesStatus(status, relationshipProposal(r.evidence));
    this.relationships = {
      getRelationships: this.recorded('getRelationships', async (ids: readonly string[]) =>
        ids.map((id) => relationshipById.get(id) ?? null),
      ),
      listRelationships: this.recorded('listRelationships', async (filter: { type?: string | null; status?: StatusFilter }, page: PageRequest) =>
        paginate(
          `relationships:${filter.type ?? '*'}`,
          relationships.filter((r) => !filter.type || r.type === filter.type).sort(byId),
          (r) => r.id,
          page,
          ofStatus(filter.status),
        ),
      ),
      listEntityRelationships: this.recorded(
        'listEntityRelationships',
        async (entityId: string, filter: { direction: Direction; type?: string | null; status?: StatusFilter }, page: PageRequest) =>
          paginate(
            `entity-relationships:${entityId}:${filter.direction}:${filter.type ?? '*'}`,
            relationships
              .filter((r) => !filter.type || r.type === filter.type)
              .filter((r) =>
                filter.direction === 'OUTGOING'
                  ? r.sourceId === entityId
                  : filter.direction === 'INCOMING'
                    ? r.targetId === entityId
                    : r.sourceId === entityId || r.targetId === entityId,
              )
              .sort((a, b) => compare(a.type, b.type) || byId(a, b)),
            (r) => r.id,
            page,
            ofStatus(filter.status),
          ),
      ),
      listArticleRelationships: this.recorded(
        'listArticleRelationships',
        async (articleId: string, filter: { status?: StatusFilter }, page: PageRequest) =>
          paginate(
            `article-relationships:${articleId}`,
            relationships.filter((r) => r.evidence.some((e) => e.articleId === articleId)).sort(byId),
            (r) => r.id,
            page,
            ofStatus(filter.status),
          ),
      ),
    };
  }

  /** Makes every later call of `method` reject with `error`. */
  failWith(method: RepositoryMethod, error: unknown): this {
    this.failures.set(method, error);
    return this;
  }

  callsOf(method: RepositoryMethod): RecordedCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  /** How many sequential round trips the longest chain of calls made. */
  get waves(): number {
    return Math.max(0, ...this.calls.map((call) => call.wave));
  }

  /** The distinct waves in which `method` was called, in order. */
  wavesOf(method: RepositoryMethod): number[] {
    return [...new Set(this.callsOf(method).map((call) => call.wave))];
  }

  /** Forgets the recorded calls (e.g. after a test's Prepare step). */
  resetCalls(): void {
    this.calls.length = 0;
    this.highestAnsweredWave = 0;
  }

  private recorded<A extends unknown[], R>(method: RepositoryMethod, implementation: (...args: A) => Promise<R>) {
    return async (...args: A): Promise<R> => {
      const wave = this.highestAnsweredWave + 1;
      this.calls.push({ method, args, wave });
      try {
        await new Promise((resolve) => setImmediate(resolve));
        if (this.failures.has(method)) throw this.failures.get(method);
        return await implementation(...args);
      } finally {
        this.highestAnsweredWave = Math.max(this.highestAnsweredWave, wave);
      }
    };
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * One forward page of `items`. A cursor names its list and the key of its item, so a cursor from
 * another list, or one that is not base64url JSON of that shape, is an InvalidCursorError.
 * `keep` filters like a DynamoDB FilterExpression: after the cursor's position in the unfiltered
 * list, so a cursor stays valid whatever the filter (as the real repositories' key cursors do).
 */
function paginate<T>(list: string, items: readonly T[], keyOf: (item: T) => string, page: PageRequest, keep: (item: T) => boolean = () => true): Page<T> {
  let start = 0;
  if (page.after !== null && page.after !== undefined) {
    const key = decodeCursor(page.after, list);
    const index = items.findIndex((item) => keyOf(item) === key);
    if (index === -1) throw new InvalidCursorError();
    start = index + 1;
  }
  const rest = items.slice(start).filter(keep);
  const slice = rest.slice(0, page.first);
  return {
    items: slice.map((node) => ({ node, cursor: encodeCursor(list, keyOf(node)) })),
    hasNextPage: page.first < rest.length,
  };
}

function encodeCursor(list: string, key: string): string {
  return Buffer.from(JSON.stringify({ list, key }), 'utf8').toString('base64url');
}

function decodeCursor(cursor: string, list: string): string {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (typeof parsed === 'object' && parsed !== null && 'list' in parsed && 'key' in parsed) {
      const { list: cursorList, key } = parsed as { list: unknown; key: unknown };
      if (cursorList === list && typeof key === 'string') return key;
    }
  } catch {
    // Not base64url JSON: as invalid as a cursor of the wrong shape.
  }
  throw new InvalidCursorError();
}
