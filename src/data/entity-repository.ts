/**
 * The entities table: entities and their search terms.
 */
import { batchGetItems } from './batch';
import { ENTITY_LIST_PARTITION, entityKey, entityStatusPartition, fromEntityItem, termPartition, toEntityPartitionItems, type TermItem } from './entity-item';
import { TableRepository } from './table-repository';
import type { EntityRecord, EntityType, Page, PageRequest } from './model';
import { normalizeText } from './normalize';
import { writePartitions } from './partition-writer';
import { listedStatus } from './provenance';
import { queryAll, queryPage } from './query-page';
import type { EntityReader, StatusFilter } from './repositories';
import { ENTITIES_TABLE, indexOf } from './tables';

const KEY_NAMES = [ENTITIES_TABLE.partitionKey.name, ENTITIES_TABLE.sortKey.name];

/**
 * How many term items one search reads at most. Terms sort so that the closest readings of a
 * prefix come first ("xi" before "xi jinping" before "xian"), so the cap trims the weakest
 * matches of very short queries; cost stays bounded by it whatever the size of the table.
 */
export const SEARCH_TERM_BUDGET = 500;

/** Lower is better: exact name, name prefix, alias prefix, later word of the name, of an alias. */
function rankOf(term: TermItem, query: string): number {
  const exact = term.term === query && term.wordIndex === 0 && term.full === query;
  if (exact) return term.fromName ? 0 : 1;
  if (term.wordIndex === 0) return term.fromName ? 2 : 3;
  return term.fromName ? 4 : 5;
}

export class EntityRepository extends TableRepository implements EntityReader {
  async getEntities(ids: readonly string[]): Promise<Array<EntityRecord | null>> {
    const items = await batchGetItems(this.document, this.tableName, ids.map(entityKey), KEY_NAMES, this.retryPolicy);
    return items.map((item) => (item ? fromEntityItem(item) : null));
  }

  listEntities(filter: { type?: EntityType | null; status?: StatusFilter }, page: PageRequest): Promise<Page<EntityRecord>> {
    const status = listedStatus(filter.status);
    const list =
      status === null
        ? { index: indexOf(ENTITIES_TABLE, filter.type ? 'byType' : 'byName'), partition: filter.type ?? ENTITY_LIST_PARTITION }
        : { index: indexOf(ENTITIES_TABLE, 'byStatus'), partition: entityStatusPartition(status, filter.type ?? null) };
    return queryPage(this.document, { table: ENTITIES_TABLE, tableName: this.tableName, ...list, map: fromEntityItem }, page);
  }

  async searchEntityIds(query: string, limit: number): Promise<string[]> {
    const normalized = normalizeText(query);
    if (normalized === '') return [];
    const best = new Map<string, { rank: number; full: string }>();
    const page = await queryPage(
      this.document,
      {
        table: ENTITIES_TABLE,
        tableName: this.tableName,
        index: indexOf(ENTITIES_TABLE, 'byTerm'),
        partition: termPartition(normalized),
        sortKeyPrefix: normalized,
        map: (item) => item as unknown as TermItem,
      },
      { first: SEARCH_TERM_BUDGET },
    );
    for (const { node: term } of page.items) {
      const rank = rankOf(term, normalized);
      const previous = best.get(term.entityId);
      if (!previous || rank < previous.rank || (rank === previous.rank && term.full.length < previous.full.length)) {
        best.set(term.entityId, { rank, full: term.full });
      }
    }
    return [...best.entries()]
      .sort(([idA, a], [idB, b]) => a.rank - b.rank || a.full.length - b.full.length || a.full.localeCompare(b.full) || idA.localeCompare(idB))
      .slice(0, limit)
      .map(([id]) => id);
  }

  /**
   * Writes entities with exactly their current search terms (terms of removed aliases are deleted).
   * @param existingIds ids of entities already in the table.
   */
  writeEntities(entities: readonly EntityRecord[], existingIds: ReadonlySet<string>): Promise<number> {
    return writePartitions(
      this.document,
      ENTITIES_TABLE,
      this.tableName,
      entities.map((entity) => ({
        pk: entity.id,
        mayExist: existingIds.has(entity.id),
        items: toEntityPartitionItems(entity),
      })),
      this.retryPolicy,
    );
  }

  /** Every key in the table's partition of one entity (for tests and the seed's checks). */
  async listPartitionKeys(entityId: string): Promise<string[]> {
    const items = await queryAll(this.document, { table: ENTITIES_TABLE, tableName: this.tableName, partition: entityId, projection: ['sk'] });
    return items.map((item) => String(item.sk));
  }
}
