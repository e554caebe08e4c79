import { FakeRepositories } from '../../support/fake-repositories';
import { createTestServer, execute } from '../../support/graphql-harness';
import { ids, newsGraph } from '../../support/news-graph';

const { server } = createTestServer();
afterAll(() => server.stop());

const PATH = /* GraphQL */ `
  query Path($fromId: ID!, $toId: ID!, $maxHops: Int) {
    path(fromId: $fromId, toId: $toId, maxHops: $maxHops) {
      length
      entities { id }
      relationships { id }
    }
  }
`;

interface PathData {
  path: { length: number; entities: Array<{ id: string }>; relationships: Array<{ id: string }> } | null;
}

describe('path', () => {
  it('finds a shortest path following relationships in either direction', async () => {
    // Prepare
    const repositories = new FakeRepositories(newsGraph());

    // Act
    const { data, errors } = await execute<PathData>(server, repositories, PATH, { fromId: ids.putin, toId: ids.beijing });

    // Assess
    expect(errors).toBeUndefined();
    expect(data?.path).toEqual({
      length: 2,
      entities: [{ id: ids.putin }, { id: ids.china }, { id: ids.beijing }],
      relationships: [{ id: 'relationship:vladimir-putin:VISITS:china' }, { id: 'relationship:beijing:CAPITAL_OF:china' }],
    });
  });

  it('finds the same path from the other end, reversed', async () => {
    // Prepare
    const repositories = new FakeRepositories(newsGraph());

    // Act
    const { data } = await execute<PathData>(server, repositories, PATH, { fromId: ids.pipeline, toId: ids.putin });

    // Assess
    expect(data?.path?.entities.map((entity) => entity.id)).toEqual([ids.pipeline, ids.gazprom, ids.russia, ids.putin]);
  });

  it('is null when the entities are further apart than maxHops, after at most maxHops waves of reads', async () => {
    // Prepare: beijing → china ← putin → russia ← gazprom → power-of-siberia-2 is 5 hops
    const repositories = new FakeRepositories(newsGraph());

    // Act
    const { data, errors } = await execute<PathData>(server, repositories, PATH, { fromId: ids.beijing, toId: ids.pipeline, maxHops: 4 });

    // Assess
    expect(errors).toBeUndefined();
    expect(data?.path).toBeNull();
    expect(repositories.waves).toBeLessThanOrEqual(4);
    expect(repositories.wavesOf('listEntityRelationships')).toHaveLength(4);
  });

  it('costs one wave of neighbour reads per hop and one batch for the path entities', async () => {
    // Prepare
    const repositories = new FakeRepositories(newsGraph());

    // Act
    const { data } = await execute<PathData>(server, repositories, PATH, { fromId: ids.xi, toId: ids.gazprom, maxHops: 4 });

    // Assess
    expect(data?.path?.length).toBe(4);
    expect(repositories.wavesOf('listEntityRelationships')).toEqual([1, 2, 3, 4]);
    expect(repositories.callsOf('getEntities')).toEqual([expect.objectContaining({ wave: 5 })]);
  });

  it('uses maxHops 3 when it is left out', async () => {
    // Prepare: xi → china ← putin → russia ← gazprom is 4 hops
    const repositories = new FakeRepositories(newsGraph());

    // Act
    const { data, errors } = await execute<PathData>(server, repositories, PATH, { fromId: ids.xi, toId: ids.gazprom });

    // Assess
    expect(errors).toBeUndefined();
    expect(data?.path).toBeNull();
    expect(repositories.wavesOf('listEntityRelationships')).toHaveLength(3);
  });

  it('returns a path of length 0 from an entity to itself', async () => {
    // Prepare
    const repositories = new FakeRepositories(newsGraph());

    // Act
    const { data } = await execute<PathData>(server, repositories, PATH, { fromId: ids.xi, toId: ids.xi });
    const missing = await execute<PathData>(server, repositories, PATH, { fromId: 'entity:nobody', toId: 'entity:nobody' });

    // Assess
    expect(data?.path).toEqual({ length: 0, entities: [{ id: ids.xi }], relationships: [] });
    expect(missing.data?.path).toBeNull();
  });

  it('is null for an entity without relationships', async () => {
    // Prepare
    const repositories = new FakeRepositories(newsGraph());

    // Act
    const { data, errors } = await execute<PathData>(server, repositories, PATH, { fromId: ids.antarctica, toId: ids.xi });

    // Assess
    expect(errors).toBeUndefined();
    expect(data?.path).toBeNull();
  });

  it.each([0, 5, null])('rejects maxHops: %p as BAD_USER_INPUT naming "maxHops"', async (maxHops) => {
    // Prepare
    const repositories = new FakeRepositories(newsGraph());

    // Act
    const { errors } = await execute(server, repositories, PATH, { fromId: ids.xi, toId: ids.putin, maxHops });

    // Assess
    expect(errors).toEqual([
      expect.objectContaining({
        message: `Argument "maxHops" must be between 1 and 4, got ${maxHops}.`,
        extensions: { code: 'BAD_USER_INPUT', argumentName: 'maxHops' },
      }),
    ]);
    expect(repositories.calls).toHaveLength(0);
  });

  it.each([
    ['fromId', { fromId: ids.summit, toId: ids.xi }],
    ['toId', { fromId: ids.xi, toId: 'relationship:vladimir-putin:VISITS:china' }],
  ])('rejects a %s that is not an entity id, naming it', async (argumentName, variables) => {
    // Prepare
    const repositories = new FakeRepositories(newsGraph());

    // Act
    const { errors } = await execute(server, repositories, PATH, variables);

    // Assess
    expect(errors).toEqual([expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', argumentName } })]);
  });
});
