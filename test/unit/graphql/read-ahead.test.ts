/**
 * Read-ahead (src/graphql/resolvers/read-ahead.ts): the lists of an article or entity asked for by id are
 * read in the same wave as the root itself, with the keys their own resolvers use, so nothing is
 * read twice and bad arguments are still reported by the list field.
 */
import { FakeRepositories } from '../../support/fake-repositories';
import { createTestServer, execute } from '../../support/graphql-harness';
import { ids, newsGraph } from '../../support/news-graph';

const { server } = createTestServer();
afterAll(() => server.stop());

describe('read-ahead of a by-id root', () => {
  it("reads an article's mentions in the same wave as the article: two waves, not three", async () => {
    // Prepare
    const repositories = new FakeRepositories(newsGraph());

    // Act
    const { data, errors } = await execute(server, repositories, `{ article(id: "${ids.summit}") {
      title mentions(first: 10) { totalCount edges { node { entity { name } } } } } }`);

    // Assess
    expect(errors).toBeUndefined();
    expect(data.article.mentions.edges.map((e: any) => e.node.entity.name)).toEqual(['Beijing', 'China', 'Vladimir Putin', 'Xi Jinping']);
    expect(repositories.calls.map(({ method, wave }) => `${wave} ${method}`)).toEqual(['1 listMentions', '1 getArticles', '2 getEntities']);
  });

  it("reads an entity's relationships and articles in the entity's wave, with arguments given as variables", async () => {
    // Prepare
    const repositories = new FakeRepositories(newsGraph());

    // Act
    const { data, errors } = await execute(
      server,
      repositories,
      `query ($n: Int) { entity(id: "${ids.putin}") {
        name relationships(direction: OUTGOING, first: $n) { edges { node { target { name } } } } articles { edges { node { title } } } } }`,
      { n: 5 },
    );

    // Assess
    expect(errors).toBeUndefined();
    expect(data.entity.relationships.edges.map((e: any) => e.node.target.name)).toEqual(['Russia', 'China']);
    expect(repositories.wavesOf('listEntityRelationships')).toEqual([1]);
    expect(repositories.wavesOf('listArticleIdsMentioning')).toEqual([1]);
    expect(repositories.callsOf('listEntityRelationships')).toHaveLength(1);
    expect(repositories.waves).toBe(2);
  });

  it('leaves bad list arguments to the list field, which reports them without a read', async () => {
    // Prepare
    const repositories = new FakeRepositories(newsGraph());

    // Act
    const { errors } = await execute(server, repositories, `{ article(id: "${ids.summit}") { mentions(first: 0) { totalCount } } }`);

    // Assess
    expect(errors?.map((e) => e.extensions?.['argumentName'])).toEqual(['first']);
    expect(repositories.callsOf('listMentions')).toHaveLength(0);
  });

  it('reads lists selected through a fragment when their field resolves, one wave later', async () => {
    // Prepare
    const repositories = new FakeRepositories(newsGraph());

    // Act
    const { errors } = await execute(server, repositories, `{ article(id: "${ids.summit}") { ...M } }
      fragment M on Article { mentions { edges { node { count } } } }`);

    // Assess
    expect(errors).toBeUndefined();
    expect(repositories.calls.map(({ method, wave }) => `${wave} ${method}`)).toEqual(['1 getArticles', '2 listMentions']);
  });
});
