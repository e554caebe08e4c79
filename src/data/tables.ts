/**
 * The one definition of newsgraph's DynamoDB tables: names, keys, global secondary indexes and
 * time-to-live attributes.
 *
 * Pure data, no AWS imports. It is read by three consumers that must never disagree:
 * the CDK stack (`infra/`), the local table creation (`src/local/`) and the repositories
 * (`src/data/*-repository.ts`). `test/infra` proves the synthesized template matches it.
 *
 * Every table uses a generic string key pair (`pk`, `sk`) so that one table can hold a main
 * item and the small index items derived from it. Every GSI is *sparse*: its key attributes
 * are written only on the item kind the index serves, and each index has key attributes of
 * its own, so a copy of data on another item kind never leaks into the wrong index.
 */

/** A DynamoDB key attribute. All newsgraph keys are strings. */
export interface KeyAttribute {
  readonly name: string;
  readonly type: 'S';
}

export interface IndexDefinition {
  readonly indexName: string;
  readonly partitionKey: KeyAttribute;
  readonly sortKey: KeyAttribute;
}

/** The tables of the knowledge graph: the seed writes them, the resolvers read them. */
export type GraphTableId = 'articles' | 'entities' | 'relationships';

export type TableId = GraphTableId | 'persistedQueries';

export interface TableDefinition {
  readonly id: TableId;
  /** CDK construct id of the table. */
  readonly constructId: string;
  /** Environment variable through which the Lambda (and the seed) receive the physical table name. */
  readonly envVar: string;
  /** Table name used locally (DynamoDB Local) when no name is configured. */
  readonly localName: string;
  readonly partitionKey: KeyAttribute;
  readonly sortKey: KeyAttribute;
  readonly indexes: readonly IndexDefinition[];
  /**
   * The attribute holding an item's expiry time in epoch seconds, for DynamoDB's time to live
   * (`TimeToLiveSpecification`); none when items never expire.
   */
  readonly timeToLiveAttribute?: string;
}

const s = (name: string): KeyAttribute => ({ name, type: 'S' });

const index = (indexName: string, prefix: string): IndexDefinition => ({
  indexName,
  partitionKey: s(`${prefix}Pk`),
  sortKey: s(`${prefix}Sk`),
});

/**
 * Articles and the mentions of entities in them.
 *
 * Mentions live here, as one item per (article, entity) under the article's partition, because
 * they are facts *of the article*: they are computed from its text, written with it and replaced
 * with it. Keeping them beside the article makes "the entities an article mentions" one Query on
 * the article's partition (type filter = key prefix), and a sparse GSI inverts them for
 * "the articles that mention an entity". A fourth table would add a deployment unit and IAM
 * surface for no access pattern that this layout cannot serve.
 *
 * Items and access patterns:
 * - article   pk=<articleId> sk=ARTICLE                       → GetItem / BatchGetItem by id
 *   byList    listPk=ARTICLE listSk=<publishedAt|0000>#<id>   → articles newest first, paged (Query)
 * - mention   pk=<articleId> sk=MENTION#<entityType>#<entityId>
 *                                                             → an article's mentions, optionally of one type (Query)
 *   byEntity  entityPk=<entityId> entitySk=<article listSk>   → articles mentioning an entity, newest first (Query)
 * - data version  pk=META#DATA_VERSION sk=META (./data-version-item.ts): one item, written by each seed run,
 *                 read by key (a one-key BatchGetItem) at most once per container every few seconds for the HTTP entity tags
 */
export const ARTICLES_TABLE: TableDefinition = {
  id: 'articles',
  constructId: 'ArticlesTable',
  envVar: 'ARTICLES_TABLE',
  localName: 'newsgraph-articles',
  partitionKey: s('pk'),
  sortKey: s('sk'),
  indexes: [index('byList', 'list'), index('byEntity', 'entity')],
};

/**
 * Entities (people, organisations, places, events, projects, publications) and their search terms.
 *
 * Items and access patterns:
 * - entity   pk=<entityId> sk=ENTITY                          → GetItem / BatchGetItem by id
 *   byName   listPk=ENTITY listSk=<normalized name>#<id>      → all entities by name, paged (Query)
 *   byType   typePk=<EntityType> typeSk=<normalized name>#<id> → entities of one type by name, paged (Query)
 * - status copy  pk=<entityId> sk=STATUS#TYPE: a copy of the entity, only to sit in byStatus under its type
 *   byStatus statusPk=ENTITY#<status>#ALL statusSk=<listSk>           (entity item)      → entities of one status by name (Query)
 *            statusPk=ENTITY#<status>#TYPE#<EntityType> statusSk=<typeSk> (status copy) → of one type and status by name (Query)
 *            Every item of a status partition has that status, so a status list reads only its page
 *            (no FilterExpression), in the order of the list without status. One index for both lists
 *            (not one per list) because CloudFormation adds at most one GSI to a table per deployment.
 * - term     pk=<entityId> sk=TERM#<term>
 *   byTerm   termPk=<first character of term> termSk=<term>#<entityId>
 *            A term is the normalized (lower-case, accent-free) name or alias from each word to
 *            its end, so "power of sib" matches "Power of Siberia 2" and "siberia" matches too:
 *            search is one Query with begins_with on termSk (cost grows with matches only).
 */
export const ENTITIES_TABLE: TableDefinition = {
  id: 'entities',
  constructId: 'EntitiesTable',
  envVar: 'ENTITIES_TABLE',
  localName: 'newsgraph-entities',
  partitionKey: s('pk'),
  sortKey: s('sk'),
  indexes: [index('byName', 'list'), index('byType', 'type'), index('byTerm', 'term'), index('byStatus', 'status')],
};

/**
 * Typed, directed relationships between entities, with their evidence.
 *
 * A relationship is identified by (source, type, target); each article that states it adds
 * evidence (verbatim quotes). The main item holds the whole relationship including its evidence
 * list so that BatchGetItem can load many at once. Edge and evidence items are copies of the
 * relationship that exist only to sit in an index, so each Query returns whole relationships.
 *
 * Items and access patterns:
 * - relationship pk=<relId> sk=RELATIONSHIP                     → GetItem / BatchGetItem by id
 *   byList       listPk=RELATIONSHIP listSk=<relId>             → all relationships, paged (Query)
 *   byType       typePk=<TYPE> typeSk=<relId>                   → relationships of a type, paged (Query)
 * - edge         pk=<relId> sk=EDGE#OUT | EDGE#IN
 *   byEntity     entityPk=<entityId> entitySk=<TYPE>#<relId>#<OUT|IN>
 *                → an entity's relationships in both directions, optionally of one type (Query)
 *   byEntityDirection entityDirPk=<entityId>#<OUT|IN> entityDirSk=<TYPE>#<relId>
 *                → an entity's outgoing or incoming relationships, optionally of one type (Query)
 * - evidence     pk=<relId> sk=EVIDENCE#<articleId>
 *   byArticle    articlePk=<articleId> articleSk=<relId>        → relationships an article gives evidence for (Query)
 * - status copy  pk=<relId> sk=STATUS#TYPE | STATUS#EDGE#OUT | STATUS#EDGE#IN: copies that exist only to sit in byStatus
 *   byStatus     one partition per list and status (CURATED or PROPOSED), sorted as the list without status:
 *                statusPk=RELATIONSHIP#<status>#ALL             statusSk=<listSk>      (relationship item)
 *                statusPk=RELATIONSHIP#<status>#TYPE#<TYPE>     statusSk=<typeSk>      (STATUS#TYPE copy)
 *                statusPk=RELATIONSHIP#<status>#ENTITY#<entityId> statusSk=<entitySk>  (edge items)
 *                statusPk=RELATIONSHIP#<status>#<OUT|IN>#<entityId> statusSk=<entityDirSk> (STATUS#EDGE#… copies)
 *                statusPk=RELATIONSHIP#<status>#ARTICLE#<articleId> statusSk=<articleSk> (evidence items)
 *                → every list above of one status (Query): every item of a partition has its status, so
 *                a status page reads only itself. One index with copies rather than five indexes because
 *                CloudFormation adds at most one GSI to a table per deployment.
 */
export const RELATIONSHIPS_TABLE: TableDefinition = {
  id: 'relationships',
  constructId: 'RelationshipsTable',
  envVar: 'RELATIONSHIPS_TABLE',
  localName: 'newsgraph-relationships',
  partitionKey: s('pk'),
  sortKey: s('sk'),
  indexes: [
    index('byList', 'list'),
    index('byType', 'type'),
    index('byEntity', 'entity'),
    index('byEntityDirection', 'entityDir'),
    index('byArticle', 'article'),
    index('byStatus', 'status'),
  ],
};

/**
 * Automatic persisted queries (Apollo's APQ protocol): the GraphQL documents clients registered
 * under their SHA-256, shared by every Lambda container, so a hash registered through one
 * container is found by all others. A cache, not data: an item lives `PERSISTED_QUERY_TTL_SECONDS`
 * after its last registration, and DynamoDB's time to live deletes it some time after that
 * (typically within days), so readers also ignore an item whose `expiresAt` has passed.
 * The documents the repository ships (documents/, the trusted-document manifest) are never
 * stored here: they are answered from the manifest.
 *
 * Items and access patterns:
 * - document  pk=<sha256 hex of the document> sk=DOCUMENT  document=<text> expiresAt=<epoch s>
 *             → GetItem by hash, once per container per hash (an in-memory LRU answers repeats)
 *             → PutItem when a client registers a document (overwriting refreshes expiresAt)
 * No index, no Query, no Scan.
 */
export const PERSISTED_QUERIES_TABLE: TableDefinition = {
  id: 'persistedQueries',
  constructId: 'PersistedQueriesTable',
  envVar: 'PERSISTED_QUERIES_TABLE',
  localName: 'newsgraph-persisted-queries',
  partitionKey: s('pk'),
  sortKey: s('sk'),
  indexes: [],
  timeToLiveAttribute: 'expiresAt',
};

/** The knowledge graph's tables, which the seed writes. */
export const GRAPH_TABLES: readonly TableDefinition[] = [ARTICLES_TABLE, ENTITIES_TABLE, RELATIONSHIPS_TABLE];

/** Every table of the stack: the graph's and the persisted-query store. */
export const TABLES: readonly TableDefinition[] = [...GRAPH_TABLES, PERSISTED_QUERIES_TABLE];

/** Physical names of the graph's tables, as the Lambda and the seed receive them. */
export interface TableNames {
  readonly articles: string;
  readonly entities: string;
  readonly relationships: string;
}

/** Physical names of every table, as the Lambda receives them: the graph's and the persisted-query store. */
export interface AllTableNames extends TableNames {
  readonly persistedQueries: string;
}

/** The table names DynamoDB Local uses. */
export const LOCAL_TABLE_NAMES: AllTableNames = {
  articles: ARTICLES_TABLE.localName,
  entities: ENTITIES_TABLE.localName,
  relationships: RELATIONSHIPS_TABLE.localName,
  persistedQueries: PERSISTED_QUERIES_TABLE.localName,
};

/** Looks up an index of a table by name; throws if the definition has no such index. */
export function indexOf(table: TableDefinition, indexName: string): IndexDefinition {
  const found = table.indexes.find((i) => i.indexName === indexName);
  if (!found) throw new Error(`Table ${table.id} has no index ${indexName}`);
  return found;
}

/** Every attribute that appears in a key of the table or one of its indexes. */
export function keyAttributes(table: TableDefinition): KeyAttribute[] {
  const all = [table.partitionKey, table.sortKey, ...table.indexes.flatMap((i) => [i.partitionKey, i.sortKey])];
  return all.filter((a, i) => all.findIndex((b) => b.name === a.name) === i);
}
