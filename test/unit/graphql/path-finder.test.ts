import type { RelationshipRecord } from '../../../src/data/model';
import { PathSearchBudgetError } from '../../../src/errors';
import { findShortestPath, type NeighbourLookup } from '../../../src/graphql/path-finder';
import { aRelationship } from '../../support/factories';

/** A neighbour lookup over a fixed list of relationships that records each call (one call = one wave). */
function lookupOver(relationships: readonly RelationshipRecord[]) {
  const calls: string[][] = [];
  const neighbours: NeighbourLookup = async (entityIds) => {
    calls.push([...entityIds]);
    return new Map(entityIds.map((id) => [id, relationships.filter((r) => r.sourceId === id || r.targetId === id)]));
  };
  return { neighbours, calls };
}

const e = (slug: string) => `entity:${slug}`;
const rel = (source: string, type: string, target: string) => aRelationship({ sourceId: e(source), type, targetId: e(target) });

describe('findShortestPath', () => {
  it('follows relationships against their direction', async () => {
    // Prepare: a → b ← c
    const relationships = [rel('a', 'KNOWS', 'b'), rel('c', 'KNOWS', 'b')];
    const { neighbours } = lookupOver(relationships);

    // Act
    const path = await findShortestPath({ fromId: e('a'), toId: e('c'), maxHops: 3 }, neighbours);

    // Assess
    expect(path?.entityIds).toEqual([e('a'), e('b'), e('c')]);
    expect(path?.relationships.map((r) => r.id)).toEqual([relationships[0]!.id, relationships[1]!.id]);
  });

  it('finds the shortest of several paths', async () => {
    // Prepare: a-b-c-d-e and a shortcut a-x-e
    const { neighbours } = lookupOver([
      rel('a', 'R', 'b'), rel('b', 'R', 'c'), rel('c', 'R', 'd'), rel('d', 'R', 'e'),
      rel('a', 'R', 'x'), rel('x', 'R', 'e'),
    ]);

    // Act
    const path = await findShortestPath({ fromId: e('a'), toId: e('e'), maxHops: 4 }, neighbours);

    // Assess
    expect(path?.entityIds).toEqual([e('a'), e('x'), e('e')]);
  });

  it('returns null when the only path is longer than maxHops, after at most maxHops waves', async () => {
    // Prepare: a chain of 4 relationships
    const { neighbours, calls } = lookupOver([rel('a', 'R', 'b'), rel('b', 'R', 'c'), rel('c', 'R', 'd'), rel('d', 'R', 'e')]);

    // Act
    const tooShort = await findShortestPath({ fromId: e('a'), toId: e('e'), maxHops: 3 }, neighbours);
    const wavesOfTooShort = calls.length;
    const longEnough = await findShortestPath({ fromId: e('a'), toId: e('e'), maxHops: 4 }, neighbours);

    // Assess
    expect(tooShort).toBeNull();
    expect(wavesOfTooShort).toBe(3);
    expect(longEnough?.relationships).toHaveLength(4);
  });

  it('stops as soon as one side runs out of entities', async () => {
    // Prepare: a-b, and c alone
    const { neighbours, calls } = lookupOver([rel('a', 'R', 'b')]);

    // Act
    const path = await findShortestPath({ fromId: e('a'), toId: e('c'), maxHops: 4 }, neighbours);

    // Assess
    expect(path).toBeNull();
    expect(calls.length).toBeLessThan(4);
  });

  it('expands a whole frontier in one call, the smaller side first', async () => {
    // Prepare: hub h with five spokes; t hangs off one spoke
    const { neighbours, calls } = lookupOver([
      ...['s1', 's2', 's3', 's4', 's5'].map((s) => rel('h', 'R', s)),
      rel('s3', 'R', 't'),
    ]);

    // Act
    const path = await findShortestPath({ fromId: e('h'), toId: e('t'), maxHops: 2 }, neighbours);

    // Assess
    expect(path?.entityIds).toEqual([e('h'), e('s3'), e('t')]);
    expect(calls).toEqual([[e('h')], [e('t')]]);
  });

  it('returns the same path whatever order the relationships come in, preferring the smallest relationship id', async () => {
    // Prepare: two equally short paths a-b-d and a-c-d
    const relationships = [rel('a', 'R', 'b'), rel('a', 'R', 'c'), rel('b', 'R', 'd'), rel('c', 'R', 'd')];
    const forwards = lookupOver(relationships);
    const backwards = lookupOver([...relationships].reverse());

    // Act
    const first = await findShortestPath({ fromId: e('a'), toId: e('d'), maxHops: 3 }, forwards.neighbours);
    const second = await findShortestPath({ fromId: e('a'), toId: e('d'), maxHops: 3 }, backwards.neighbours);

    // Assess
    expect(first?.entityIds).toEqual([e('a'), e('b'), e('d')]);
    expect(second).toEqual(first);
  });

  it('answers a path of length 0 for the same entity without reading', async () => {
    // Prepare
    const { neighbours, calls } = lookupOver([]);

    // Act
    const path = await findShortestPath({ fromId: e('a'), toId: e('a'), maxHops: 1 }, neighbours);

    // Assess
    expect(path).toEqual({ entityIds: [e('a')], relationships: [] });
    expect(calls).toHaveLength(0);
  });

  it('fails with a budget error rather than expand past the visit budget', async () => {
    // Prepare: a hub with 10 spokes, the target beyond the spokes
    const { neighbours } = lookupOver([
      ...Array.from({ length: 10 }, (_, i) => rel('hub', 'R', `spoke-${i}`)),
      rel('far', 'R', 'target'),
    ]);

    // Act
    const search = findShortestPath({ fromId: e('hub'), toId: e('target'), maxHops: 4, visitBudget: 8 }, neighbours);

    // Assess
    await expect(search).rejects.toThrow(PathSearchBudgetError);
    await expect(search).rejects.toMatchObject({ argument: 'maxHops' });
  });
});
