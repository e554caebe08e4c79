import { FakeRepositories } from '../../support/fake-repositories';
import { createTestServer, execute, type Result } from '../../support/graphql-harness';
import { ids, newsGraph } from '../../support/news-graph';

const { server } = createTestServer();
afterAll(() => server.stop());

interface PageOf<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

const ARTICLES = /* GraphQL */ `
  query Articles($first: Int, $after: String) {
    articles(first: $first, after: $after) {
      edges { cursor node { id } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }
`;

describe('connections', () => {
  it('lists articles newest first with undated ones last', async () => {
    // Prepare
    const repositories = new FakeRepositories(newsGraph());

    // Act
    const { data, errors } = await execute<{ articles: PageOf<{ id: string }> }>(server, repositories, ARTICLES);

    // Assess
    expect(errors).toBeUndefined();
    expect(data?.articles.edges.map((edge) => edge.node.id)).toEqual([ids.summit, ids.pipelineArticle, ids.profile]);
    expect(data?.articles.pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: false,
      startCursor: data?.articles.edges[0]?.cursor,
      endCursor: data?.articles.edges[2]?.cursor,
    });
  });

  it('visits every entity exactly once when paging with first: 2', async () => {
    // Prepare
    const repositories = new FakeRepositories(newsGraph());
    const query = /* GraphQL */ `
      query Entities($after: String) {
        entities(first: 2, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } }
      }
    `;
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;

    // Act
    do {
      const { data, errors }: Result<{ entities: PageOf<{ id: string }> }> = await execute(server, repositories, query, { after });
      expect(errors).toBeUndefined();
      seen.push(...data!.entities.edges.map((edge) => edge.node.id));
      after = data!.entities.pageInfo.hasNextPage ? data!.entities.pageInfo.endCursor : null;
      pages += 1;
    } while (after !== null && pages < 10);

    // Assess
    const all = newsGraph().entities!.map((entity) => entity.id);
    expect(pages).toBe(4);
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort()).toEqual([...all].sort());
  });

  it('orders entities by name and filters them by type', async () => {
    // Prepare
    const repositories = new FakeRepositories(newsGraph());
    const query = '{ all: entities(first: 3) { edges { node { name } } } people: entities(type: PERSON) { edges { node { name } } } }';

    // Act
    const { data } = await execute(server, repositories, query);

    // Assess
    expect(data).toEqual({
      all: { edges: [{ node: { name: 'Antarctica' } }, { node: { name: 'Beijing' } }, { node: { name: 'China' } }] },
      people: { edges: [{ node: { name: 'Vladimir Putin' } }, { node: { name: 'Xi Jinping' } }] },
    });
  });

  it('filters relationships by type', async () => {
    // Prepare
    const repositories = new FakeRepositories(newsGraph());

    // Act
    const { data } = await execute(server, repositories, '{ relationships(type: "PRESIDENT_OF") { edges { node { id } } } }');

    // Assess
    expect(data).toEqual({
      relationships: {
        edges: [
          { node: { id: 'relationship:vladimir-putin:PRESIDENT_OF:russia' } },
          { node: { id: 'relationship:xi-jinping:PRESIDENT_OF:china' } },
        ],
      },
    });
  });

  it('gives an article its mentions by type then entity, with the stored total count', async () => {
    // Prepare
    const repositories = new FakeRepositories(newsGraph());
    const query = /* GraphQL */ `
      query Mentions($id: ID!) {
        article(id: $id) {
          all: mentions(first: 2) { totalCount edges { node { count entity { id } } } pageInfo { hasNextPage } }
          people: mentions(type: PERSON) { totalCount edges { node { entity { id } } } }
          regions: mentions(type: REGION) { totalCount edges { node { entity { id } } } }
        }
      }
    `;

    // Act
    const { data, errors } = await execute(server, repositories, query, { id: ids.summit });

    // Assess
    expect(errors).toBeUndefined();
    expect(data).toEqual({
      article: {
        all: {
          totalCount: 4,
          edges: [{ node: { count: 1, entity: { id: ids.beijing } } }, { node: { count: 1, entity: { id: ids.china } } }],
          pageInfo: { hasNextPage: true },
        },
        people: { totalCount: 2, edges: [{ node: { entity: { id: ids.putin } } }, { node: { entity: { id: ids.xi } } }] },
        regions: { totalCount: 0, edges: [] },
      },
    });
  });

  it('gives an entity its relationships in the asked direction and the articles that mention it', async () => {
    // Prepare
    const repositories = new FakeRepositories(newsGraph());
    const query = /* GraphQL */ `
      query Entity($id: ID!) {
        entity(id: $id) {
          both: relationships { edges { node { type source { id } target { id } } } }
          incoming: relationships(direction: INCOMING, type: "PRESIDENT_OF") { edges { node { source { id } } } }
          outgoing: relationships(direction: OUTGOING) { edges { node { id } } }
          articles { edges { node { id } } }
        }
      }
    `;

    // Act
    const { data, errors } = await execute(server, repositories, query, { id: ids.china });

    // Assess
    expect(errors).toBeUndefined();
    expect(data).toEqual({
      entity: {
        both: {
          edges: [
            { node: { type: 'CAPITAL_OF', source: { id: ids.beijing }, target: { id: ids.china } } },
            { node: { type: 'PRESIDENT_OF', source: { id: ids.xi }, target: { id: ids.china } } },
            { node: { type: 'VISITS', source: { id: ids.putin }, target: { id: ids.china } } },
          ],
        },
        incoming: { edges: [{ node: { source: { id: ids.xi } } }] },
        outgoing: { edges: [] },
        articles: { edges: [{ node: { id: ids.summit } }, { node: { id: ids.profile } }] },
      },
    });
  });

  it.each([0, 101, -5])('rejects first: %p as BAD_USER_INPUT naming "first" and the range', async (first) => {
    // Prepare
    const repositories = new FakeRepositories(newsGraph());

    // Act
    const { errors } = await execute(server, repositories, ARTICLES, { first });

    // Assess
    expect(errors).toEqual([
      expect.objectContaining({
        message: `Argument "first" must be between 1 and 100, got ${first}.`,
        path: ['articles'],
        extensions: { code: 'BAD_USER_INPUT', argumentName: 'first' },
      }),
    ]);
    expect(repositories.calls).toHaveLength(0);
  });

  it('rejects first out of range on a nested list too', async () => {
    // Prepare
    const repositories = new FakeRepositories(newsGraph());

    // Act
    const { errors } = await execute(server, repositories, '{ article(id: "article:summit-in-beijing") { relationships(first: 500) { edges { cursor } } } }');

    // Assess
    expect(errors).toEqual([
      expect.objectContaining({ path: ['article', 'relationships'], extensions: { code: 'BAD_USER_INPUT', argumentName: 'first' } }),
    ]);
  });

  it.each([
    ['garbage', 'not a cursor!'],
    ['a cursor of another list', Buffer.from(JSON.stringify({ list: 'entities:*', key: 'entity:china' })).toString('base64url')],
  ])('rejects %s as after with BAD_USER_INPUT naming "after"', async (_, after) => {
    // Prepare
    const repositories = new FakeRepositories(newsGraph());

    // Act
    const { errors } = await execute(server, repositories, ARTICLES, { after });

    // Assess
    expect(errors).toEqual([
      expect.objectContaining({ path: ['articles'], extensions: { code: 'BAD_USER_INPUT', argumentName: 'after' } }),
    ]);
  });

  it('rejects a relationship type that is not UPPER_SNAKE_CASE, naming "type"', async () => {
    // Prepare
    const repositories = new FakeRepositories(newsGraph());

    // Act
    const { errors } = await execute(server, repositories, '{ relationships(type: "visits") { edges { cursor } } }');

    // Assess
    expect(errors).toEqual([expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', argumentName: 'type' } })]);
    expect(repositories.calls).toHaveLength(0);
  });
});
