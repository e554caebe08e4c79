/**
 * The relationships table: relationships with their evidence, edge items per endpoint and
 * evidence items per article.
 */
import { batchGetItems } from './batch';
import { TableRepository } from './table-repository';
import type { Direction, Page, PageRequest, RelationshipRecord } from './model';
import { deletePartitions, writePartitions } from './partition-writer';
import { listedStatus } from './provenance';
import { queryAll, queryPage } from './query-page';
import {
  articleEvidenceStatusPartition,
  entityDirectionPartition,
  entityEdgePrefix,
  entityEdgeStatusPartition,
  fromRelationshipItem,
  RELATIONSHIP_LIST_PARTITION,
  relationshipKey,
  relationshipStatusPartition,
  toRelationshipPartitionItems,
} from './relationship-item';
import type { RelationshipReader, StatusFilter } from './repositories';
import { indexOf, RELATIONSHIPS_TABLE } from './tables';

const KEY_NAMES = [RELATIONSHIPS_TABLE.partitionKey.name, RELATIONSHIPS_TABLE.sortKey.name];
const STATUS_INDEX = indexOf(RELATIONSHIPS_TABLE, 'byStatus');

export class RelationshipRepository extends TableRepository implements RelationshipReader {
  async getRelationships(ids: readonly string[]): Promise<Array<RelationshipRecord | null>> {
    const items = await batchGetItems(this.document, this.tableName, ids.map(relationshipKey), KEY_NAMES, this.retryPolicy);
    return items.map((item) => (item ? fromRelationshipItem(item) : null));
  }

  listRelationships(filter: { type?: string | null; status?: StatusFilter }, page: PageRequest): Promise<Page<RelationshipRecord>> {
    const status = listedStatus(filter.status);
    const list =
      status === null
        ? { index: indexOf(RELATIONSHIPS_TABLE, filter.type ? 'byType' : 'byList'), partition: filter.type ?? RELATIONSHIP_LIST_PARTITION }
        : { index: STATUS_INDEX, partition: relationshipStatusPartition(status, filter.type ?? null) };
    return queryPage(this.document, { table: RELATIONSHIPS_TABLE, tableName: this.tableName, ...list, map: fromRelationshipItem }, page);
  }

  listEntityRelationships(
    entityId: string,
    filter: { direction: Direction; type?: string | null; status?: StatusFilter },
    page: PageRequest,
  ): Promise<Page<RelationshipRecord>> {
    const status = listedStatus(filter.status);
    const direction = filter.direction === 'BOTH' ? null : filter.direction === 'OUTGOING' ? 'OUT' : 'IN';
    const list =
      status !== null
        ? { index: STATUS_INDEX, partition: entityEdgeStatusPartition(status, entityId, direction) }
        : direction === null
          ? { index: indexOf(RELATIONSHIPS_TABLE, 'byEntity'), partition: entityId }
          : { index: indexOf(RELATIONSHIPS_TABLE, 'byEntityDirection'), partition: entityDirectionPartition(entityId, direction) };
    return queryPage(
      this.document,
      {
        table: RELATIONSHIPS_TABLE,
        tableName: this.tableName,
        ...list,
        // The status partitions sort as the lists without status: by type first.
        sortKeyPrefix: filter.type ? entityEdgePrefix(filter.type) : undefined,
        map: fromRelationshipItem,
      },
      page,
    );
  }

  listArticleRelationships(articleId: string, filter: { status?: StatusFilter }, page: PageRequest): Promise<Page<RelationshipRecord>> {
    const status = listedStatus(filter.status);
    const list =
      status === null
        ? { index: indexOf(RELATIONSHIPS_TABLE, 'byArticle'), partition: articleId }
        : { index: STATUS_INDEX, partition: articleEvidenceStatusPartition(status, articleId) };
    return queryPage(this.document, { table: RELATIONSHIPS_TABLE, tableName: this.tableName, ...list, map: fromRelationshipItem }, page);
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
      relationships.map((relationship) => ({
        pk: relationship.id,
        mayExist: existingIds.has(relationship.id),
        items: toRelationshipPartitionItems(relationship),
      })),
      this.retryPolicy,
    );
  }

  /** Deletes relationships with all their edge and evidence items. */
  deleteRelationships(ids: readonly string[]): Promise<number> {
    return deletePartitions(this.document, RELATIONSHIPS_TABLE, this.tableName, ids, this.retryPolicy);
  }
}
