/**
 * The Lambda handler end to end on DynamoDB Local with the seed data: the queries front ends
 * send, and what each costs in DynamoDB calls (counted by a client middleware, never timed).
 */
import { graphqlEvent, apiGatewayEvent, invoke } from '../support/lambda-events';
import { seededApp } from './support/seeded-app';

type App = Awaited<ReturnType<typeof seededApp>>;

describe('the GraphQL Lambda handler on seeded DynamoDB Local', () => {
  let app: App;
  const query = async (text: string, variables?: Record<string, unknown>) => {
    app.calls.reset();
    const response = await invoke(app.handler, graphqlEvent(text, variables));
    return response;
  };

  beforeAll(async () => {
    app = await seededApp();
  });

  it('serves an article with its mentions, counts and spans', async () => {
    // Act
    const { statusCode, json } = await query(`{
      article(id: "article:ed35ebebeaaf3e62") {
        id title publishedAt imageCaption imageCredit
        mentions(first: 100) { totalCount edges { node { count spans { field start end text } entity { id name type } } } }
      }
    }`);
    // Assess
    expect(statusCode).toBe(200);
    const article = json.data.article;
    expect(article.title).toBe('Vladimir Putin’s state visit to China shows deepening links');
    expect(article.publishedAt).toBeNull();
    expect(article.imageCredit).toBe('Sergei Guneev/Pool/Sputnik');
    expect(article.mentions.totalCount).toBe(28);
    const putin = article.mentions.edges.find((e: any) => e.node.entity.id === 'entity:vladimir-putin').node;
    expect(putin.entity).toEqual({ id: 'entity:vladimir-putin', name: 'Vladimir Putin', type: 'PERSON' });
    expect(putin.count).toBe(putin.spans.length);
    expect(putin.spans[0]).toEqual({ field: 'TITLE', start: 0, end: 14, text: 'Vladimir Putin' });
  });

  it('filters mentions by entity type with an exact total', async () => {
    // Act
    const { json } = await query(`{ article(id: "article:ed35ebebeaaf3e62") { mentions(type: COUNTRY, first: 3) {
      totalCount pageInfo { hasNextPage } edges { node { entity { type } } } } } }`);
    // Assess
    const mentions = json.data.article.mentions;
    expect(mentions.totalCount).toBe(9);
    expect(mentions.edges).toHaveLength(3);
    expect(mentions.pageInfo.hasNextPage).toBe(true);
    expect(mentions.edges.every((e: any) => e.node.entity.type === 'COUNTRY')).toBe(true);
  });

  it("serves an entity's relationships in each direction with their evidence", async () => {
    // Act
    const { json } = await query(`{ entity(id: "entity:vladimir-putin") {
      name aliases
      out: relationships(direction: OUTGOING, first: 100) { edges { node { type source { id } target { id name } } } }
      in: relationships(direction: INCOMING, first: 100) { edges { node { type source { id } target { id } } } }
      both: relationships(first: 100) { edges { node { id } } }
      visits: relationships(direction: OUTGOING, type: "VISITS") { edges { node { target { name } evidence { quote article { id } span { field start end } } } } }
      articles { edges { node { id } } }
    } }`);
    // Assess
    const entity = json.data.entity;
    expect(entity.aliases).toEqual(expect.arrayContaining(['Mr Putin', 'the Russian leader']));
    expect(entity.out.edges.every((e: any) => e.node.source.id === 'entity:vladimir-putin')).toBe(true);
    expect(entity.in.edges.every((e: any) => e.node.target.id === 'entity:vladimir-putin')).toBe(true);
    expect(entity.both.edges).toHaveLength(entity.out.edges.length + entity.in.edges.length);
    expect(entity.visits.edges.map((e: any) => e.node.target.name)).toEqual(['China']);
    const evidence = entity.visits.edges[0].node.evidence;
    expect(evidence.map((e: any) => e.article.id)).toEqual(['article:ed35ebebeaaf3e62', 'article:ed35ebebeaaf3e62']);
    expect(evidence.map((e: any) => e.quote)).toContain('Vladimir Putin’s state visit to China shows deepening links');
    expect(entity.articles.edges).toEqual([{ node: { id: 'article:ed35ebebeaaf3e62' } }]);
  });

  it('pages through all entities five at a time, each exactly once', async () => {
    // Prepare
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    // Act
    do {
      const { json } = await query(`query ($after: String) { entities(first: 5, after: $after) {
        edges { cursor node { id name } } pageInfo { hasNextPage endCursor hasPreviousPage } } }`, { after });
      const connection = json.data.entities;
      seen.push(...connection.edges.map((e: any) => e.node.id));
      after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
      pages++;
    } while (after && pages < 20);
    // Assess
    expect(seen).toHaveLength(28);
    expect(new Set(seen).size).toBe(28);
    expect(pages).toBe(6);
  });

  it('lists entities of one type by name', async () => {
    // Act
    const { json } = await query('{ entities(type: PERSON) { edges { node { name type } } } }');
    // Assess
    expect(json.data.entities.edges.map((e: any) => e.node.name)).toEqual([
      'Antony Blinken',
      'Li Hui',
      'Sergei Guneev',
      'Vladimir Putin',
      'Xi Jinping',
    ]);
  });

  it.each([
    ['xi', 'Xi Jinping'],
    ['jinping', 'Xi Jinping'],
    ['BLINKEN', 'Antony Blinken'],
    ['power of sib', 'Power of Siberia 2'],
    ['siberia', 'Power of Siberia 2'],
    ['Mr Pu', 'Vladimir Putin'],
    ['washington', 'United States'],
  ])('searches %j and finds %s first', async (text, expected) => {
    // Act
    const { json } = await query('query ($q: String!) { searchEntities(query: $q, first: 5) { name } }', { q: text });
    // Assess
    expect(json.data.searchEntities[0].name).toBe(expected);
  });

  it('ranks exact and name matches before alias and later-word matches', async () => {
    // Act
    const { json } = await query('{ searchEntities(query: "china") { name } }');
    // Assess
    const names = json.data.searchEntities.map((e: any) => e.name);
    expect(names[0]).toBe('China');
    expect(names).toEqual(expect.arrayContaining(['South China Morning Post', 'North China']));
  });

  it('resolves any id through node, and null for ids that do not exist', async () => {
    // Act
    const { json } = await query(`{
      a: node(id: "article:ed35ebebeaaf3e62") { __typename id }
      e: node(id: "entity:china") { __typename ... on Entity { name } }
      r: node(id: "relationship:vladimir-putin:VISITS:china") { __typename ... on Relationship { type } }
      missing: node(id: "entity:atlantis") { id }
      unknown: node(id: "planet:mars") { id }
      article(id: "article:nope") { id }
    }`);
    // Assess
    expect(json.errors).toBeUndefined();
    expect(json.data).toEqual({
      a: { __typename: 'Article', id: 'article:ed35ebebeaaf3e62' },
      e: { __typename: 'Entity', name: 'China' },
      r: { __typename: 'Relationship', type: 'VISITS' },
      missing: null,
      unknown: null,
      article: null,
    });
  });

  it('finds a shortest path from Antony Blinken to Vladimir Putin', async () => {
    // Act
    const { json } = await query(`{ path(fromId: "entity:antony-blinken", toId: "entity:vladimir-putin") {
      length entities { id } relationships { source { id } target { id } } } }`);
    // Assess
    const path = json.data.path;
    expect(path.length).toBe(2);
    expect(path.entities[0].id).toBe('entity:antony-blinken');
    expect(path.entities[2].id).toBe('entity:vladimir-putin');
    path.relationships.forEach((r: any, i: number) => {
      const ends = [r.source.id, r.target.id].sort();
      expect(ends).toEqual([path.entities[i].id, path.entities[i + 1].id].sort());
    });
  });

  it('answers null when no path exists within maxHops, and rejects maxHops above 4', async () => {
    // Act
    const near = await query('{ path(fromId: "entity:sergei-guneev", toId: "entity:egypt", maxHops: 1) { length } }');
    const tooFar = await query('{ path(fromId: "entity:sergei-guneev", toId: "entity:egypt", maxHops: 5) { length } }');
    // Assess
    expect(near.json.data.path).toBeNull();
    expect(tooFar.json.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'maxHops' });
  });

  it('rejects bad arguments with BAD_USER_INPUT naming the argument', async () => {
    // Act
    const first = await query('{ articles(first: 0) { edges { cursor } } }');
    const cursor = await query('{ entities(after: "not-a-cursor") { edges { cursor } } }');
    // Assess: field errors, answered 200 with the message for the client
    expect(first.statusCode).toBe(200);
    expect(cursor.statusCode).toBe(200);
    expect(first.json.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'first' });
    expect(cursor.json.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'after' });
    expect(first.body).not.toMatch(/stack|at .*\.ts|newsgraph-/);
  });

  it('answers malformed queries with 400 and the GraphQL error code', async () => {
    // Act
    const parse = await query('{ articles { ');
    const validation = await query('{ articles { nope } }');
    // Assess
    expect(parse.statusCode).toBe(400);
    expect(parse.json.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(validation.statusCode).toBe(400);
    expect(validation.json.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('serves the Apollo Sandbox landing page to a browser', async () => {
    // Act
    const page = await invoke(app.handler, apiGatewayEvent({ method: 'GET', headers: { accept: 'text/html' } }));
    // Assess
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<!DOCTYPE html>');
    expect(page.body).toMatch(/sandbox/i);
  });

  describe('DynamoDB calls', () => {
    it('costs one wave per nesting level for articles → mentions → entity → relationships → target', async () => {
      // Act
      // Pages sized to the data (1 article, 28 mentions) keep the query within the cost limit.
      const { json } = await query(`{ articles(first: 1) { edges { node { mentions(first: 30) { edges { node {
        entity { name relationships(first: 10) { edges { node { target { name } } } } } } } } } } } }`);
      // Assess
      expect(json.errors).toBeUndefined();
      expect(app.calls.byCommand()).toEqual({ QueryCommand: 1 + 1 + 28, BatchGetItemCommand: 1 });
      expect(app.calls.waves()).toBe(4); // the targets are all mentioned entities, already loaded
    });

    it('loads nested entities with one BatchGetItem per level, never one call per item', async () => {
      // Act
      const { json } = await query(`{ relationships(first: 50) { edges { node { source { name } target { name }
        evidence { article { title } } } } } }`);
      // Assess
      expect(json.data.relationships.edges).toHaveLength(50);
      expect(app.calls.byCommand()).toEqual({ QueryCommand: 1, BatchGetItemCommand: 2 });
      expect(app.calls.waves()).toBe(2);
    });

    it('searches with one Query and one BatchGetItem', async () => {
      // Act
      await query('{ searchEntities(query: "pu") { name } }');
      // Assess
      expect(app.calls.byCommand()).toEqual({ QueryCommand: 1, BatchGetItemCommand: 1 });
    });

    it('finds a path within maxHops waves of neighbour reads plus one entity load', async () => {
      // Act
      await query('{ path(fromId: "entity:antony-blinken", toId: "entity:vladimir-putin", maxHops: 3) { entities { name } } }');
      // Assess
      const commands = app.calls.byCommand();
      expect(Object.keys(commands).sort()).toEqual(['BatchGetItemCommand', 'QueryCommand']);
      expect(app.calls.waves()).toBeLessThanOrEqual(3 + 1);
    });

    it('never scans', async () => {
      // Act
      await query(`{ articles { edges { node { relationships { edges { node { id } } } } } }
        entities(type: COUNTRY) { edges { node { articles { edges { node { id } } } } } }
        relationships(type: "VISITS") { edges { node { id } } } }`);
      // Assess
      expect(app.calls.calls.map((c) => c.command)).not.toContain('ScanCommand');
      expect(app.calls.calls.length).toBeGreaterThan(0);
    });
  });
});
