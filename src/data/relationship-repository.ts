/**
 * The relationships table: relationships with their evidence, edge items per endpoint and
 * evidence items per article.
 */
import { batchGetItems } from './batch';
import { TableRepository } from './table-repository';
import type { Direction, Page, PageRequest, RelationshipRecord } from './model';
import { deletePartitions, writePartitions } from './partition-writer';
import { statusFilter } from './provenance';
import { queryAll, queryPage } from './query-page';
import {
  entityDirectionPartition,
  entityEdgePrefix,
  fromRelationshipItem,
  RELATIONSHIP_LIST_PARTITION,
  relationshipKey,
  toRelationshipItems,
} from './relationship-item';
import type { RelationshipReader, StatusFilter } from './repositories';
import { indexOf, RELATIONSHIPS_TABLE } from './tables';

const KEY_NAMES = [RELATIONSHIPS_TABLE.partitionKey.name, RELATIONSHIPS_TABLE.sortKey.name];

export class RelationshipRepository extends TableRepository implements RelationshipReader {
  async getRelationships(ids: readonly string[]): Promise<Array<RelationshipRecord | null>> {
    const items = await batchGetItems(this.document, this.tableName, ids.map(relationshipKey), KEY_NAMES, this.retryPolicy);
    return items.map((item) => (item ? fromRelationshipItem(item) : null));
  }

  listRelationships(filter: { type?: string | null; status?: StatusFilter }, page: PageRequest): Promise<Page<RelationshipRecord>> {
    return queryPage(
      this.document,
      {
        table: RELATIONSHIPS_TABLE,
        tableName: this.tableName,
        index: indexOf(RELATIONSHIPS_TABLE, filter.type ? 'byType' : 'byList'),
        partition: filter.type ?? RELATIONSHIP_LIST_PARTITION,
        map: fromRelationshipItem,
        filter: statusFilter(filter.status),
      },
      page,
    );
  }

  listEntityRelationships(
    entityId: string,
    filter: { direction: Direction; type?: string | null; status?: StatusFilter },
    page: PageRequest,
  ): Promise<Page<RelationshipRecord>> {
    const prefix = filter.type ? entityEdgePrefix(filter.type) : undefined;
    const spec =
      filter.direction === 'BOTH'
        ? { index: indexOf(RELATIONSHIPS_TABLE, 'byEntity'), partition: entityId }
        : {
            index: indexOf(RELATIONSHIPS_TABLE, 'byEntityDirection'),
            partition: entityDirectionPartition(entityId, filter.direction === 'OUTGOING' ? 'OUT' : 'IN'),
          };
    return queryPage(
      this.document,
      {
        table: RELATIONSHIPS_TABLE,
        tableName: this.tableName,
        ...spec,
        sortKeyPrefix: prefix,
        map: fromRelationshipItem,
        filter: statusFilter(filter.status),
      },
      page,
    );
  }

  listArticleRelationships(articleId: string, filter: { status?: StatusFilter }, page: PageRequest): Promise<Page<RelationshipRecord>> {
    return queryPage(
      this.document,
      {
        table: RELATIONSHIPS_TABLE,
        tableName: this.tableName,
        index: indexOf(RELATIONSHIPS_TABLE, 'byArticle'),
        partition: articleId,
        map: fromRelationshipItem,
        filter: statusFilter(filter.status),
      },
      page,
    );
  }

  /** Ids of every relationship an article gives evidence for (the seed's bookkeeping). */
  async listRelationshipIdsOfArticle(articleId: string): Promise<string[]> {
    const items = await queryAll(this.document, {
      table: RELATIONSHIPS_TABLE,
      tableName: this.tableName,
      index: indexOf(RELATIONSHIPS_TABLE, 'byArticle'),
      partition: articleId,
      projection: ['articleSk'],
    });
    return items.map((item) => String(item.articleSk));
  }

  /**
   * Writes relationships with exactly their current edge and evidence items.
   * @param existingIds ids of relationships already in the table.
   */
  writeRelationships(relationships: readonly RelationshipRecord[], existingIds: ReadonlySet<string>): Promise<number> {
    return writePartitions(
      this.document,
      RELATIONSHIPS_TABLE,
      this.tableName,
      relationships.map((relationship) => {
        const { main, edges, evidence } = toRelationshipItems(relationship);
        return { pk: relationship.id, mayExist: existingIds.has(relationship.id), items: [...edges, ...evidence, main] };
      }),
      this.retryPolicy,
    );
  }

  /** Deletes relationships with all their edge and evidence items. */
  deleteRelationships(ids: readonly string[]): Promise<number> {
    return deletePartitions(this.document, RELATIONSHIPS_TABLE, this.tableName, ids, this.retryPolicy);
  }
}
