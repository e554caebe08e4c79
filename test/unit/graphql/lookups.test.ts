import { FakeRepositories } from '../../support/fake-repositories';
import { createTestServer, execute } from '../../support/graphql-harness';
import { ids, newsGraph } from '../../support/news-graph';

const { server } = createTestServer();
afterAll(() => server.stop());

const NODE = /* GraphQL */ `
  query Node($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Article { title }
      ... on Entity { name }
      ... on Relationship { type }
    }
  }
`;

describe('lookups by id', () => {
  it.each([
    [ids.summit, { __typename: 'Article', id: ids.summit, title: 'Leaders meet in Beijing' }],
    [ids.xi, { __typename: 'Entity', id: ids.xi, name: 'Xi Jinping' }],
    ['relationship:vladimir-putin:VISITS:china', { __typename: 'Relationship', id: 'relationship:vladimir-putin:VISITS:china', type: 'VISITS' }],
  ])('node(%p) dispatches on the id prefix', async (id, expected) => {
    // Prepare
    const repositories = new FakeRepositories(newsGraph());

    // Act
    const { data, errors } = await execute(server, repositories, NODE, { id });

    // Assess
    expect(errors).toBeUndefined();
    expect(data).toEqual({ node: expected });
  });

  it('refuses `type` of both Entity and Relationship in one selection (EntityType! vs String!), as GraphQL requires', async () => {
    // Act
    const { errors, status } = await execute(server, new FakeRepositories(newsGraph()), '{ node(id: "entity:china") { ... on Entity { type } ... on Relationship { type } } }');

    // Assess
    expect(status).toBe(400);
    expect(errors?.[0]?.message).toMatch(/^Fields "type" conflict because they return conflicting types "EntityType!" and "String!"/);
  });

  it.each([
    [ids.china, { entityType: 'COUNTRY', type: 'COUNTRY' }],
    ['relationship:vladimir-putin:VISITS:china', { relationshipType: 'VISITS' }],
  ])('answers entityType and relationshipType side by side on node(%p), equal to each type\'s `type`', async (id, expected) => {
    // Act
    const { data, errors } = await execute(server, new FakeRepositories(newsGraph()), `query ($id: ID!) {
      node(id: $id) { ... on Entity { entityType type } ... on Relationship { relationshipType } }
    }`, { id });

    // Assess
    expect(errors).toBeUndefined();
    expect(data).toEqual({ node: expected });
  });

  it.each([
    ['an unknown prefix', 'person:vladimir-putin'],
    ['no prefix', 'no-prefix'],
    ['a malformed entity slug', 'entity:Not A Slug'],
    ['a malformed relationship type', 'relationship:a:visits:b'],
    ['an overlong id', `entity:${'a'.repeat(600)}`],
  ])('node is null without a read for %s, as no record can have that id', async (_, id) => {
    // Prepare
    const repositories = new FakeRepositories(newsGraph());

    // Act
    const { data, errors } = await execute(server, repositories, NODE, { id });

    // Assess
    expect(errors).toBeUndefined();
    expect(data).toEqual({ node: null });
    expect(repositories.calls).toHaveLength(0);
  });

  it('answers null for an id of the right kind that names nothing', async () => {
    // Prepare
    const repositories = new FakeRepositories(newsGraph());

    // Act
    const { data, errors } = await execute(server, repositories, '{ node(id: "entity:nobody") { id } entity(id: "entity:nobody") { id } }');

    // Assess
    expect(errors).toBeUndefined();
    expect(data).toEqual({ node: null, entity: null });
    expect(repositories.callsOf('getEntities')).toHaveLength(1);
  });

  it('answers null when an id of another kind is passed to a typed lookup', async () => {
    // Prepare
    const repositories = new FakeRepositories(newsGraph());

    // Act
    const { data, errors } = await execute(
      server,
      repositories,
      `{ article(id: "${ids.xi}") { id } entity(id: "${ids.summit}") { id } relationship(id: "${ids.xi}") { id } }`,
    );

    // Assess
    expect(errors).toBeUndefined();
    expect(data).toEqual({ article: null, entity: null, relationship: null });
    expect(repositories.calls).toHaveLength(0);
  });

  it('resolves a relationship with its ends and its evidence in the article', async () => {
    // Prepare
    const repositories = new FakeRepositories(newsGraph());
    const query = /* GraphQL */ `{
      relationship(id: "relationship:vladimir-putin:VISITS:china") {
        source { name } target { name } description
        evidence { quote article { id } span { field start end text } }
      }
    }`;

    // Act
    const { data, errors } = await execute(server, repositories, query);

    // Assess
    expect(errors).toBeUndefined();
    expect(data).toEqual({
      relationship: {
        source: { name: 'Vladimir Putin' },
        target: { name: 'China' },
        description: null,
        evidence: [
          {
            quote: 'Vladimir Putin visited China.',
            article: { id: ids.summit },
            span: { field: 'BODY', start: 0, end: 29, text: 'Vladimir Putin visited China.' },
          },
        ],
      },
    });
  });

  it('resolves a mention to its entity and article, with its spans', async () => {
    // Prepare
    const repositories = new FakeRepositories(newsGraph());
    const query = `{ article(id: "${ids.profile}") { mentions(type: PERSON) { edges { node { count entity { name } article { title } spans { field text } } } } } }`;

    // Act
    const { data, errors } = await execute(server, repositories, query);

    // Assess
    expect(errors).toBeUndefined();
    expect(data).toEqual({
      article: {
        mentions: {
          edges: [
            { node: { count: 1, entity: { name: 'Xi Jinping' }, article: { title: 'A profile of Xi' }, spans: [{ field: 'BODY', text: 'Vladimir Putin' }] } },
          ],
        },
      },
    });
  });
});

describe('searchEntities', () => {
  const SEARCH = 'query Search($query: String!, $first: Int) { searchEntities(query: $query, first: $first) { id } }';

  it('returns the entities the repository finds, best first, trimming the query', async () => {
    // Prepare
    const repositories = new FakeRepositories(newsGraph());

    // Act
    const { data, errors } = await execute(server, repositories, SEARCH, { query: '  power of sib ' });

    // Assess
    expect(errors).toBeUndefined();
    expect(data).toEqual({ searchEntities: [{ id: ids.pipeline }] });
    expect(repositories.callsOf('searchEntityIds')[0]!.args).toEqual(['power of sib', 20]);
  });

  it('passes first as the limit and loads the found entities in one batch', async () => {
    // Prepare
    const repositories = new FakeRepositories(newsGraph());

    // Act
    const { data } = await execute<{ searchEntities: Array<{ id: string }> }>(server, repositories, SEARCH, { query: 'Beijing', first: 2 });

    // Assess
    expect(data?.searchEntities.map((entity) => entity.id)).toEqual([ids.beijing, ids.china]);
    expect(repositories.callsOf('searchEntityIds')[0]!.args).toEqual(['Beijing', 2]);
    expect(repositories.callsOf('getEntities')).toHaveLength(1);
  });

  it.each([
    ['blank', '   '],
    ['longer than 100 characters', 'x'.repeat(101)],
  ])('rejects a %s query as BAD_USER_INPUT naming "query"', async (_, query) => {
    // Prepare
    const repositories = new FakeRepositories(newsGraph());

    // Act
    const { data, errors } = await execute(server, repositories, SEARCH, { query });

    // Assess
    expect(data).toBeNull();
    expect(errors).toEqual([expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', argumentName: 'query' } })]);
    expect(repositories.calls).toHaveLength(0);
  });

  it('rejects first out of range, naming "first"', async () => {
    // Prepare
    const repositories = new FakeRepositories(newsGraph());

    // Act
    const { errors } = await execute(server, repositories, SEARCH, { query: 'xi', first: 1000 });

    // Assess
    expect(errors).toEqual([expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', argumentName: 'first' } })]);
  });
});
