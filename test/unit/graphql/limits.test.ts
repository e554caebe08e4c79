/**
 * The query limits: each refuses an operation over it with 400 and a message naming the limit,
 * before any repository call; the README's queries and the nested query front ends send pass.
 */
import { buildSchema, getIntrospectionQuery, getOperationAST, parse } from 'graphql';
import { DEFAULT_QUERY_LIMITS, type QueryLimits } from '../../../src/config';
import { typeDefs } from '../../../src/generated/type-defs';
import { operationCost } from '../../../src/graphql/limits';
import { FakeRepositories } from '../../support/fake-repositories';
import { createTestServer, execute } from '../../support/graphql-harness';
import { ids, newsGraph } from '../../support/news-graph';

/** The five queries of the README, and its front-end snippet. */
const README_QUERIES = {
  'the article with the entities it mentions': `{ article(id: "${ids.summit}") { title dateDescription
    mentions(first: 50) { totalCount edges { node { count entity { name type } spans { field start end text } } } } } }`,
  "an entity's relationships with their evidence": `{ entity(id: "${ids.putin}") { name aliases
    relationships(direction: OUTGOING, first: 20) { edges { node { type target { name } evidence { quote article { title } } } } } } }`,
  'all countries, five at a time': '{ entities(type: COUNTRY, first: 5) { edges { cursor node { id name } } pageInfo { hasNextPage endCursor } } }',
  search: '{ searchEntities(query: "xi") { id name type aliases } }',
  'a path': `{ path(fromId: "${ids.putin}", toId: "${ids.gazprom}") { length entities { name }
    relationships { type source { name } target { name } description } } }`,
  'the front-end snippet': `{ entity(id: "${ids.xi}") { name relationships { edges { node { type target { name } } } } } }`,
};

/** articles → mentions → entity → relationships → target: depth 12 (every field counts, leaves included). */
const NESTED = (articles: number, mentions: number, relationships: number) => `{
  articles(first: ${articles}) { edges { node { mentions(first: ${mentions}) { edges { node {
    entity { name relationships(first: ${relationships}) { edges { node { target { name } } } } } } } } } } } }`;

const schema = buildSchema(typeDefs);
const costOf = (query: string, variables: Record<string, unknown> = {}) => {
  const document = parse(query);
  return operationCost({ schema, document, operation: getOperationAST(document)!, variables });
};

describe('query limits', () => {
  const { server } = createTestServer();
  afterAll(() => server.stop());

  /** Runs `query` on fresh fake repositories and returns the result with the calls it made. */
  const run = async (query: string, variables: Record<string, unknown> = {}, target = server) => {
    const repositories = new FakeRepositories(newsGraph());
    const result = await execute(target, repositories, query, variables);
    return { ...result, calls: repositories.calls.length };
  };

  it.each(Object.entries(README_QUERIES))('lets the README query "%s" through', async (_name, query) => {
    // Act
    const { errors, status } = await run(query);

    // Assess
    expect(errors).toBeUndefined();
    expect(status).toBe(200);
  });

  it('lets the nested articles → mentions → entity → relationships → target query through with modest pages', async () => {
    // Act
    const { errors } = await run(NESTED(5, 10, 5));

    // Assess
    expect(errors).toBeUndefined();
  });

  it("lets the full introspection query (Apollo Sandbox's) through", async () => {
    // Prepare
    const query = getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true });

    // Act
    const { errors, data } = await run(query);

    // Assess
    expect(errors).toBeUndefined();
    expect(data).toHaveProperty('__schema.queryType.name', 'Query');
  });

  it.each<[string, string, RegExp, string]>([
    [
      'depth',
      `{ entity(id: "${ids.putin}") { relationships(first: 1) { edges { node { target { relationships(first: 1) {
        edges { node { target { relationships(first: 1) { edges { node { id } } } } } } } } } } } } }`,
      /^Query depth limit of 12 exceeded, found 13\.$/,
      'GRAPHQL_VALIDATION_FAILED',
    ],
    [
      'aliases',
      `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: entity(id: "${ids.putin}") { name }`).join(' ')} }`,
      /^Aliases limit of 15 exceeded, found 16\.$/,
      'GRAPHQL_VALIDATION_FAILED',
    ],
    [
      'directives',
      `{ entity(id: "${ids.putin}") { ${'name @include(if: true) '.repeat(21)}} }`,
      /^Directives limit of 20 exceeded, found 21\.$/,
      'GRAPHQL_VALIDATION_FAILED',
    ],
    [
      'tokens',
      `{ ${'__typename '.repeat(1001)}}`,
      /^Syntax Error: Document contains more that 1000 tokens\. Parsing aborted\.$/,
      'GRAPHQL_PARSE_FAILED',
    ],
    [
      'cost',
      NESTED(20, 20, 20),
      /^Query cost limit of 1000 exceeded, found 17241\. .*`first`, 20 when not given/,
      'GRAPHQL_VALIDATION_FAILED',
    ],
  ])('refuses an operation over the %s limit with 400, a message naming it, and no read', async (_limit, query, message, code) => {
    // Act
    const { data, errors, status, calls } = await run(query);

    // Assess
    expect(status).toBe(400);
    expect(data).toBeUndefined();
    expect(errors).toEqual([expect.objectContaining({ message: expect.stringMatching(message), extensions: { code } })]);
    expect(calls).toBe(0);
  });

  it('costs a page size given as a variable', async () => {
    // Prepare
    const query = `query ($n: Int) { articles(first: $n) { edges { node { mentions(first: $n) { edges { node { entity { name } } } } } } } }`;

    // Act
    const small = await run(query, { n: 5 });
    const large = await run(query, { n: 100 });

    // Assess
    expect(small.errors).toBeUndefined();
    expect(large.status).toBe(400);
    expect(large.errors?.[0]?.message).toMatch(/^Query cost limit of 1000 exceeded, found 20201\./);
    expect(large.calls).toBe(0);
  });

  it('leaves an out-of-range page size to the resolver, which names the argument', async () => {
    // Act
    const { errors, status, calls } = await run('{ articles(first: 100000) { edges { cursor } } }');

    // Assess
    expect(status).toBe(400);
    expect(errors).toEqual([expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', argumentName: 'first' } })]);
    expect(calls).toBe(0);
  });

  it('lets a variable of the wrong type reach variable coercion, which explains it', async () => {
    // Act
    const { errors, status, calls } = await run('query ($n: Int) { articles(first: $n) { edges { cursor } } }', { n: 'many' });

    // Assess
    expect(status).toBe(400);
    expect(errors?.[0]?.message).toMatch(/^Variable "\$n" got invalid value "many"; Int cannot represent/);
    expect(calls).toBe(0);
  });

  it('counts no depth for fragments, and counts the aliases inside them', async () => {
    // Prepare: depth 12 written through two levels of fragments
    const deep = `{ articles(first: 1) { ...A } }
      fragment A on ArticleConnection { edges { node { mentions(first: 2) { ... on MentionConnection { edges { node { ...M } } } } } } }
      fragment M on Mention { entity { name relationships(first: 2) { edges { node { target { name } } } } } }`;
    const aliased = `{ entity(id: "${ids.putin}") { ...E } } fragment E on Entity { ${Array.from({ length: 16 }, (_, i) => `n${i}: name`).join(' ')} }`;

    // Act
    const fragments = await run(deep);
    const aliases = await run(aliased);

    // Assess
    expect(fragments.errors).toBeUndefined();
    expect(aliases.errors?.[0]?.message).toBe('Aliases limit of 15 exceeded, found 16.');
  });

  it('stops a fragment that multiplies itself before estimating it forever', async () => {
    // Prepare: F20 expands to 2^20 selections of `name`
    const fragments = Array.from({ length: 20 }, (_, i) => `fragment F${i + 1} on Entity { ...F${i} ...F${i} }`).join('\n');
    const query = `{ entity(id: "${ids.putin}") { ...F20 } } fragment F0 on Entity { name }\n${fragments}`;

    // Act
    const { errors, status, calls } = await run(query);

    // Assess
    expect(status).toBe(400);
    expect(errors?.[0]?.message).toMatch(/^The query is too large to estimate its cost: Query exceeds the maximum allowed number of nodes/);
    expect(calls).toBe(0);
  });

  it('takes its numbers from the configuration', async () => {
    // Prepare
    const limits: QueryLimits = { ...DEFAULT_QUERY_LIMITS, maxDepth: 4, maxCost: 10 };
    const strict = createTestServer({ queryLimits: limits }).server;

    // Act
    const deep = await run(`{ entity(id: "${ids.putin}") { relationships(first: 1) { edges { node { id } } } } }`, {}, strict);
    const costly = await run('{ entities(first: 10) { edges { node { id } } } }', {}, strict);
    const fine = await run('{ entities(first: 9) { edges { node { id } } } }', {}, strict);
    await strict.stop();

    // Assess
    expect(deep.errors?.[0]?.message).toBe('Query depth limit of 4 exceeded, found 5.');
    expect(costly.errors?.[0]?.message).toMatch(/^Query cost limit of 10 exceeded, found 11\./);
    expect(fine.errors).toBeUndefined();
  });
});

describe('query cost', () => {
  it.each([
    ['the article with the entities it mentions', 102],
    ["an entity's relationships with their evidence", 142],
    ['all countries, five at a time', 6],
    ['search', 21],
    ['a path', 320],
    ['the front-end snippet', 42],
  ])('of the README query "%s" is %d', (name, cost) => {
    // Act / Assess
    expect(costOf(README_QUERIES[name as keyof typeof README_QUERIES])).toBe(cost);
  });

  it('counts records, multiplying each page by its size: 1 + n × (records under one item)', () => {
    // Act / Assess
    expect(costOf('{ entities(first: 7) { edges { node { id name } } } }')).toBe(1 + 7 * 1);
    expect(costOf('{ entities(first: 7) { edges { node { id } } pageInfo { hasNextPage } } }')).toBe(1 + 7 * 1);
    expect(costOf('{ entities { edges { node { id } } } }')).toBe(1 + 20 * 1);
    expect(costOf(`{ entity(id: "${ids.xi}") { articles(first: 3) { edges { node { title } } } } }`)).toBe(1 + (1 + 3 * 1));
    expect(costOf(NESTED(20, 20, 20))).toBe(1 + 20 * (1 + 1 + 20 * (1 + 1 + 1 + 20 * 2)));
    expect(costOf(NESTED(20, 100, 100))).toBe(406_041);
  });

  it('prices a path search by the hops it may take', () => {
    // Act
    const hops = [1, 4].map((maxHops) => costOf(`{ path(fromId: "${ids.xi}", toId: "${ids.putin}", maxHops: ${maxHops}) { length } }`));

    // Assess
    expect(hops).toEqual([100, 400]);
  });

  it('costs only the operation the request runs', () => {
    // Prepare
    const document = parse('query Small { entities(first: 1) { edges { cursor } } } query Large { entities(first: 100) { edges { node { id } } } }');
    const small = document.definitions[0] as Parameters<typeof operationCost>[0]['operation'];

    // Act / Assess
    expect(operationCost({ schema, document, operation: small, variables: {} })).toBe(1);
  });
});
