/**
 * The neighbour lookup of the path search, over the per-request relationship loader.
 */
import type { FactStatus, RelationshipRecord } from '../data/model';
import type { Loaders } from './loaders';
import type { NeighbourLookup } from './path-finder';
import { MAX_PAGE_SIZE } from './pagination';

/**
 * Every relationship of each entity, in both directions, all pages. The first pages of all the
 * entities are requested in the same tick, so they go out as one batch of parallel Queries; so do
 * the second pages of the entities that have more, and so on. A frontier therefore costs one wave
 * plus one per extra page of its best-connected entity, never one call after another per entity.
 */
/**
 * @param status follow only relationships of these statuses; null (the default) follows all.
 */
export function createNeighbourLookup(
  loaders: Pick<Loaders, 'relationshipsOfEntity'>,
  status: readonly FactStatus[] | null = null,
): NeighbourLookup {
  const allRelationshipsOf = async (entityId: string): Promise<RelationshipRecord[]> => {
    const relationships: RelationshipRecord[] = [];
    let after: string | null = null;
    do {
      const page = await loaders.relationshipsOfEntity.load({
        entityId,
        direction: 'BOTH',
        type: null,
        status,
        page: { first: MAX_PAGE_SIZE, after },
      });
      relationships.push(...page.items.map((item) => item.node));
      after = page.hasNextPage ? (page.items[page.items.length - 1]?.cursor ?? null) : null;
    } while (after !== null);
    return relationships;
  };

  return async (entityIds) =>
    new Map(await Promise.all(entityIds.map(async (id) => [id, await allRelationshipsOf(id)] as const)));
}
