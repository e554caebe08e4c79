/**
 * The read bound: at most one sequential wave of repository calls per nesting level of a query,
 * never one call per item. Waves are counted by the fake, whose calls answer on separate
 * macrotasks like network responses.
 */
import type { FakeData } from '../../support/fake-repositories';
import { FakeRepositories } from '../../support/fake-repositories';
import { aMention, aRelationship, anArticle, anEntity, anEvidence } from '../../support/factories';
import { createTestServer, execute } from '../../support/graphql-harness';

const { server } = createTestServer();
afterAll(() => server.stop());

const ARTICLE_COUNT = 20;
const entityId = (i: number) => `entity:person-${i}`;
const placeId = (i: number) => `entity:place-${i}`;
const articleId = (i: number) => `article:story-${String(i).padStart(2, '0')}`;

/**
 * 20 articles; article i mentions persons i%8 and (i+1)%8; person i visits place i, which no
 * article mentions (so the relationship targets need a read of their own).
 */
function busyGraph(): FakeData {
  return {
    entities: [
      ...Array.from({ length: 8 }, (_, i) => anEntity({ id: entityId(i), name: `Person ${i}` })),
      ...Array.from({ length: 8 }, (_, i) => anEntity({ id: placeId(i), name: `Place ${i}`, type: 'CITY' })),
    ],
    articles: Array.from({ length: ARTICLE_COUNT }, (_, i) =>
      anArticle({ id: articleId(i), title: `Story ${i}`, publishedAt: `2024-01-${String(i + 1).padStart(2, '0')}T00:00:00Z`, mentionCounts: { PERSON: 2 } }),
    ),
    mentions: Array.from({ length: ARTICLE_COUNT }, (_, i) => [
      aMention({ articleId: articleId(i), entityId: entityId(i % 8) }),
      aMention({ articleId: articleId(i), entityId: entityId((i + 1) % 8) }),
    ]).flat(),
    relationships: Array.from({ length: 8 }, (_, i) =>
      aRelationship({ sourceId: entityId(i), type: 'VISITS', targetId: placeId(i), evidence: [anEvidence({ articleId: articleId(i) })] }),
    ),
  };
}

describe('batched reads', () => {
  it('answers articles → mentions → entity → relationships → target in 5 waves', async () => {
    // Prepare
    const repositories = new FakeRepositories(busyGraph());
    const query = /* GraphQL */ `{
      articles {
        edges { node { mentions(first: 2) { edges { node { entity { relationships(first: 2) { edges { node { target { name } } } } } } } } } }
      }
    }`;

    // Act
    const { data, errors } = await execute<{ articles: { edges: unknown[] } }>(server, repositories, query);

    // Assess
    expect(errors).toBeUndefined();
    expect(data?.articles.edges).toHaveLength(ARTICLE_COUNT);
    expect(repositories.calls.map(({ method, wave }) => `${wave} ${method}`).filter((call, i, all) => all.indexOf(call) === i)).toEqual([
      '1 listArticles',
      '2 listMentions',
      '3 getEntities',
      '4 listEntityRelationships',
      '5 getEntities',
    ]);
    expect(repositories.callsOf('listMentions')).toHaveLength(ARTICLE_COUNT);
    expect(repositories.callsOf('getEntities')).toHaveLength(2);
    // Each person's relationships are read once, however many articles mention them.
    expect(repositories.callsOf('listEntityRelationships')).toHaveLength(8);
  });

  it('loads the entities of all relationships of all articles with one getEntities call, reusing listed articles', async () => {
    // Prepare
    const repositories = new FakeRepositories(busyGraph());
    const query = /* GraphQL */ `{
      articles {
        edges { node { relationships(first: 2) { edges { node { source { name } target { name } evidence { article { title } } } } } } }
      }
    }`;

    // Act
    const { errors } = await execute(server, repositories, query);

    // Assess
    expect(errors).toBeUndefined();
    expect(repositories.callsOf('listArticleRelationships')).toHaveLength(ARTICLE_COUNT);
    expect(repositories.callsOf('getEntities')).toHaveLength(1);
    expect(repositories.callsOf('getArticles')).toHaveLength(0);
    expect(repositories.waves).toBe(3);
  });

  it('loads the articles of many entities with one getArticles call', async () => {
    // Prepare
    const repositories = new FakeRepositories(busyGraph());
    const query = '{ entities(type: PERSON) { edges { node { articles(first: 3) { edges { node { title } } } } } } }';

    // Act
    const { data, errors } = await execute<{ entities: { edges: Array<{ node: { articles: { edges: unknown[] } } }> } }>(
      server,
      repositories,
      query,
    );

    // Assess
    expect(errors).toBeUndefined();
    expect(data?.entities.edges.every((edge) => edge.node.articles.edges.length === 3)).toBe(true);
    expect(repositories.callsOf('listArticleIdsMentioning').map((call) => call.wave)).toEqual(Array(8).fill(2));
    expect(repositories.callsOf('getArticles')).toEqual([expect.objectContaining({ wave: 3 })]);
  });

  it('does not read again what a list returned (Mention.article under articles)', async () => {
    // Prepare
    const repositories = new FakeRepositories(busyGraph());

    // Act
    const { errors } = await execute(server, repositories, '{ articles(first: 5) { edges { node { mentions { edges { node { article { title } } } } } } } }');

    // Assess
    expect(errors).toBeUndefined();
    expect(repositories.callsOf('getArticles')).toHaveLength(0);
    expect(repositories.waves).toBe(2);
  });
});
