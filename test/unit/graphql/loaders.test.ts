import { InvalidCursorError } from '../../../src/errors';
import { createLoaders, loadReferenced } from '../../../src/graphql/loaders';
import { FakeRepositories } from '../../support/fake-repositories';
import { ids, newsGraph } from '../../support/news-graph';

const firstPage = { first: 20, after: null };

describe('createLoaders', () => {
  it('loads entities asked for in the same tick with one getEntities call, in key order with null for misses', async () => {
    // Prepare
    const repositories = new FakeRepositories(newsGraph());
    const loaders = createLoaders(repositories);

    // Act
    const entities = await Promise.all([ids.xi, 'entity:nobody', ids.putin].map((id) => loaders.entityById.load(id)));

    // Assess
    expect(entities.map((entity) => entity?.id ?? null)).toEqual([ids.xi, null, ids.putin]);
    expect(repositories.callsOf('getEntities')).toHaveLength(1);
    expect(repositories.callsOf('getEntities')[0]!.args[0]).toEqual([ids.xi, 'entity:nobody', ids.putin]);
  });

  it('makes the list calls of one batch in parallel, and their children share one batch', async () => {
    // Prepare
    const repositories = new FakeRepositories(newsGraph());
    const loaders = createLoaders(repositories);
    const articleIds = [ids.summit, ids.pipelineArticle, ids.profile];

    // Act: what graphql-js does for articles { mentions { entity } }
    const names = await Promise.all(
      articleIds.map(async (articleId) => {
        const page = await loaders.mentionsOfArticle.load({ articleId, type: null, page: firstPage });
        const entities = await Promise.all(page.items.map(({ node }) => loaders.entityById.load(node.entityId)));
        return entities.map((entity) => entity?.name);
      }),
    );

    // Assess
    expect(names[0]).toEqual(['Beijing', 'China', 'Vladimir Putin', 'Xi Jinping']);
    expect(repositories.callsOf('listMentions').map((call) => call.wave)).toEqual([1, 1, 1]);
    expect(repositories.callsOf('getEntities')).toEqual([expect.objectContaining({ wave: 2 })]);
    expect(repositories.waves).toBe(2);
  });

  it('makes one call for the same list asked for twice', async () => {
    // Prepare
    const repositories = new FakeRepositories(newsGraph());
    const loaders = createLoaders(repositories);
    const key = { entityId: ids.china, direction: 'BOTH' as const, type: null, status: null, page: firstPage };

    // Act
    await Promise.all([loaders.relationshipsOfEntity.load(key), loaders.relationshipsOfEntity.load({ ...key, page: { ...firstPage } })]);

    // Assess
    expect(repositories.callsOf('listEntityRelationships')).toHaveLength(1);
  });

  it('fails only the key whose list call failed', async () => {
    // Prepare
    const repositories = new FakeRepositories(newsGraph());
    const loaders = createLoaders(repositories);

    // Act
    const [good, bad] = await Promise.allSettled([
      loaders.articleIdsMentioningEntity.load({ entityId: ids.xi, page: firstPage }),
      loaders.articleIdsMentioningEntity.load({ entityId: ids.putin, page: { first: 20, after: 'not-a-cursor' } }),
    ]);

    // Assess
    expect(good).toMatchObject({ status: 'fulfilled', value: { items: [{ node: ids.summit }, { node: ids.profile }] } });
    expect(bad).toMatchObject({ status: 'rejected', reason: expect.any(InvalidCursorError) });
  });

  it('gives each call of createLoaders its own cache', async () => {
    // Prepare
    const repositories = new FakeRepositories(newsGraph());

    // Act
    await createLoaders(repositories).articleById.load(ids.summit);
    await createLoaders(repositories).articleById.load(ids.summit);

    // Assess
    expect(repositories.callsOf('getArticles')).toHaveLength(2);
  });
});

describe('loadReferenced', () => {
  it('fails with a data integrity error naming the referrer when the record is missing', async () => {
    // Prepare
    const loaders = createLoaders(new FakeRepositories(newsGraph()));

    // Act
    const load = loadReferenced(loaders.entityById, 'entity:ghost', 'relationship:a:R:ghost');

    // Assess
    await expect(load).rejects.toThrow('relationship:a:R:ghost refers to entity:ghost, which does not exist');
    await expect(load).rejects.toMatchObject({ name: 'DataIntegrityError' });
  });
});
