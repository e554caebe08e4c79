/**
 * Shortest paths between entities: a bidirectional breadth-first search over relationships,
 * followed in either direction. Pure: all reads go through the `neighbours` function it is given.
 *
 * Cost model: each step expands one side's whole frontier with ONE `neighbours` call (the caller
 * makes that call's reads in parallel), so a search costs at most `maxHops` sequential waves of
 * reads. Expanding the smaller frontier keeps each wave, and the visited set, as small as the
 * graph allows.
 */
import { PathSearchBudgetError } from '../errors';
import type { PathRecord, RelationshipRecord } from '../data/model';

/** All relationships touching each of the given entities (in either direction), keyed by entity id. */
export type NeighbourLookup = (entityIds: readonly string[]) => Promise<ReadonlyMap<string, readonly RelationshipRecord[]>>;

export interface PathSearch {
  readonly fromId: string;
  readonly toId: string;
  /** Longest path to look for, in relationships; also the most waves of reads the search makes. */
  readonly maxHops: number;
  /**
   * Most entities the search may have visited (both sides) before it expands another frontier.
   * @default DEFAULT_VISIT_BUDGET
   */
  readonly visitBudget?: number;
}

/** Enough for any sensible news-graph question at 4 hops; a search beyond it is fanning out through hubs. */
export const DEFAULT_VISIT_BUDGET = 5_000;

/** How a side of the search reached an entity: over `via`, from the entity `from` one step nearer its start. */
interface Step {
  readonly via: RelationshipRecord;
  readonly from: string;
}

interface Side {
  /** Every entity this side has reached; its start maps to null. */
  readonly reached: Map<string, Step | null>;
  /** The entities reached in the last step, sorted by id. */
  frontier: string[];
}

/**
 * A shortest path from `fromId` to `toId` of at most `maxHops` relationships, or null if none.
 *
 * Deterministic: among equally short paths it always returns the same one. Each newly reached
 * entity keeps the relationship with the lexicographically smallest id among those that reach it
 * in that step, and where the two sides meet at several entities the smallest entity id wins; the
 * choice of side to expand depends only on frontier sizes. Nothing depends on the order in which
 * `neighbours` lists relationships.
 *
 * @throws PathSearchBudgetError when another step is needed but more than `visitBudget` entities
 *   have been visited.
 */
export async function findShortestPath(search: PathSearch, neighbours: NeighbourLookup): Promise<PathRecord | null> {
  const { fromId, toId, maxHops } = search;
  const visitBudget = search.visitBudget ?? DEFAULT_VISIT_BUDGET;
  if (fromId === toId) return { entityIds: [fromId], relationships: [] };

  const forward: Side = { reached: new Map([[fromId, null]]), frontier: [fromId] };
  const backward: Side = { reached: new Map([[toId, null]]), frontier: [toId] };

  for (let hops = 0; hops < maxHops; hops += 1) {
    // Ties go forward, so the same graph always expands the same sides in the same order.
    const [side, other] = forward.frontier.length <= backward.frontier.length ? [forward, backward] : [backward, forward];
    // An exhausted side has reached everything connected to its start: no path at any length.
    if (side.frontier.length === 0) return null;
    if (forward.reached.size + backward.reached.size > visitBudget) throw new PathSearchBudgetError(visitBudget);

    side.frontier = expand(side, await neighbours(side.frontier));

    // Before this step no entity was reached by both sides, so every path is longer than the two
    // depths together; any meeting entity now gives a path exactly one longer, i.e. a shortest one.
    const meeting = side.frontier.find((id) => other.reached.has(id));
    if (meeting !== undefined) {
      return joinAt(meeting, forward, backward);
    }
  }
  return null;
}

/** Records the entities first reached from `side.frontier`; returns them sorted, as the new frontier. */
function expand(side: Side, adjacency: ReadonlyMap<string, readonly RelationshipRecord[]>): string[] {
  const steps = new Map<string, Step>();
  for (const from of side.frontier) {
    for (const via of adjacency.get(from) ?? []) {
      const to = otherEnd(via, from);
      if (to === null || side.reached.has(to)) continue;
      const best = steps.get(to);
      if (best === undefined || via.id < best.via.id) steps.set(to, { via, from });
    }
  }
  for (const [to, step] of steps) side.reached.set(to, step);
  return [...steps.keys()].sort();
}

/** The entity at the other end of `relationship` from `entityId`; null if it does not touch `entityId`. */
function otherEnd(relationship: RelationshipRecord, entityId: string): string | null {
  if (relationship.sourceId === entityId) return relationship.targetId;
  if (relationship.targetId === entityId) return relationship.sourceId;
  return null;
}

/** The path from the forward start through `meeting` to the backward start. */
function joinAt(meeting: string, forward: Side, backward: Side): PathRecord {
  const toStart = walkBack(meeting, forward);
  const toEnd = walkBack(meeting, backward);
  return {
    entityIds: [...toStart.entityIds.reverse(), ...toEnd.entityIds.slice(1)],
    relationships: [...toStart.relationships.reverse(), ...toEnd.relationships],
  };
}

/** The entities and relationships from `id` back to the start of `side`, in that order. */
function walkBack(id: string, side: Side): { entityIds: string[]; relationships: RelationshipRecord[] } {
  const entityIds = [id];
  const relationships: RelationshipRecord[] = [];
  for (let step = side.reached.get(id); step; step = side.reached.get(step.from)) {
    relationships.push(step.via);
    entityIds.push(step.from);
  }
  return { entityIds, relationships };
}
