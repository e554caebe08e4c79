/**
 * Every access pattern of the data model, read through the repositories from the seeded tables:
 * what comes back, and which DynamoDB operation served it (GetItem/BatchGetItem/Query, never Scan).
 */
import { createRepositories, type DynamoDbRepositories } from '../../src/data/create-repositories';
import { recordDynamoDbCalls } from '../support/dynamodb-calls';
import { localClients, seededTables } from './support/seeded-app';

describe('access patterns on the seeded tables', () => {
  let repositories: DynamoDbRepositories;
  let calls: ReturnType<typeof recordDynamoDbCalls>;
  const ARTICLE = 'article:ed35ebebeaaf3e62';

  beforeAll(async () => {
    const tables = await seededTables();
    const clients = localClients();
    calls = recordDynamoDbCalls(clients.client);
    repositories = createRepositories(clients.document, tables);
  });
  beforeEach(() => calls.reset());
  afterEach(() => {
    expect(calls.calls.every((c) => ['QueryCommand', 'BatchGetItemCommand', 'GetItemCommand'].includes(c.command))).toBe(true);
  });

  it('gets articles by id in key order with null for misses (one BatchGetItem)', async () => {
    // Act
    const articles = await repositories.articles.getArticles(['article:missing', ARTICLE]);
    // Assess
    expect(articles.map((a) => a?.id ?? null)).toEqual([null, ARTICLE]);
    expect(articles[1]!.mentionCounts).toMatchObject({ PERSON: 5, COUNTRY: 9 });
    expect(calls.byCommand()).toEqual({ BatchGetItemCommand: 1 });
  });

  it('lists articles in a stable order, paged (Query on byList)', async () => {
    // Act
    const page = await repositories.articles.listArticles({ first: 10 });
    // Assess
    expect(page.items.map((i) => i.node.id)).toEqual([ARTICLE]);
    expect(page.hasNextPage).toBe(false);
    expect(calls.calls[0]!.input).toMatchObject({ IndexName: 'byList', ScanIndexForward: false });
  });

  it("lists an article's mentions with counts and spans, optionally of one type", async () => {
    // Act
    const all = await repositories.articles.listMentions(ARTICLE, {}, { first: 100 });
    const people = await repositories.articles.listMentions(ARTICLE, { type: 'PERSON' }, { first: 100 });
    // Assess
    expect(all.items).toHaveLength(28);
    expect(people.items.map((i) => i.node.entityId).sort()).toEqual([
      'entity:antony-blinken',
      'entity:li-hui',
      'entity:sergei-guneev',
      'entity:vladimir-putin',
      'entity:xi-jinping',
    ]);
    const xi = people.items.find((i) => i.node.entityId === 'entity:xi-jinping')!.node;
    expect(xi.count).toBe(xi.spans.length);
    expect(calls.byCommand()).toEqual({ QueryCommand: 2 });
  });

  it('lists the articles that mention an entity (Query on byEntity)', async () => {
    // Act
    const page = await repositories.articles.listArticleIdsMentioning('entity:mongolia', { first: 5 });
    // Assess
    expect(page.items.map((i) => i.node)).toEqual([ARTICLE]);
    expect(calls.calls[0]!.input).toMatchObject({ IndexName: 'byEntity' });
  });

  it('gets entities by id and lists them by type and by name, paged', async () => {
    // Act
    const [xi, missing] = await repositories.entities.getEntities(['entity:xi-jinping', 'entity:atlantis']);
    const countries = await repositories.entities.listEntities({ type: 'COUNTRY' }, { first: 4 });
    const rest = await repositories.entities.listEntities({ type: 'COUNTRY' }, { first: 10, after: countries.items.at(-1)!.cursor });
    const byName = await repositories.entities.listEntities({}, { first: 3 });
    // Assess
    expect(xi).toMatchObject({ name: 'Xi Jinping', type: 'PERSON' });
    expect(missing).toBeNull();
    expect([...countries.items, ...rest.items].map((i) => i.node.name)).toEqual([
      'China', 'Egypt', 'Mongolia', 'Russia', 'Saudi Arabia', 'Turkey', 'Ukraine', 'United Arab Emirates', 'United States',
    ]);
    expect(countries.hasNextPage).toBe(true);
    expect(rest.hasNextPage).toBe(false);
    expect(byName.items.map((i) => i.node.name)).toEqual(['Antony Blinken', 'Beijing', 'Belt and Road Forum']);
  });

  it.each([
    ['xi', 'entity:xi-jinping'],
    ['jinping', 'entity:xi-jinping'],
    ['blinken', 'entity:antony-blinken'],
    ['power of sib', 'entity:power-of-siberia-2'],
    ['Sibéria', 'entity:power-of-siberia-2'],
  ])('finds entities whose name or alias has a word starting with %j (one Query on byTerm)', async (query, expected) => {
    // Act
    const ids = await repositories.entities.searchEntityIds(query, 5);
    // Assess
    expect(ids[0]).toBe(expected);
    expect(calls.calls).toHaveLength(1);
    expect(calls.calls[0]!.input).toMatchObject({ IndexName: 'byTerm' });
  });

  it('gets relationships by id and lists them by type', async () => {
    // Act
    const [visit] = await repositories.relationships.getRelationships(['relationship:vladimir-putin:VISITS:china']);
    const visits = await repositories.relationships.listRelationships({ type: 'VISITS' }, { first: 100 });
    const all = await repositories.relationships.listRelationships({}, { first: 100 });
    // Assess
    expect(visit).toMatchObject({ type: 'VISITS', sourceId: 'entity:vladimir-putin', targetId: 'entity:china' });
    expect(visit!.evidence.length).toBe(2);
    expect(visits.items.every((i) => i.node.type === 'VISITS')).toBe(true);
    expect(visits.items.length).toBeGreaterThanOrEqual(6);
    expect(all.items).toHaveLength(53);
  });

  it("lists an entity's outgoing, incoming and all relationships, optionally of one type", async () => {
    // Act
    const out = await repositories.relationships.listEntityRelationships('entity:li-hui', { direction: 'OUTGOING' }, { first: 100 });
    const outVisits = await repositories.relationships.listEntityRelationships('entity:li-hui', { direction: 'OUTGOING', type: 'VISITS' }, { first: 100 });
    const incoming = await repositories.relationships.listEntityRelationships('entity:mongolia', { direction: 'INCOMING' }, { first: 100 });
    const both = await repositories.relationships.listEntityRelationships('entity:china', { direction: 'BOTH' }, { first: 100 });
    const bothSupports = await repositories.relationships.listEntityRelationships('entity:china', { direction: 'BOTH', type: 'SUPPORTS' }, { first: 100 });
    // Assess
    expect(out.items.every((i) => i.node.sourceId === 'entity:li-hui')).toBe(true);
    expect(outVisits.items.map((i) => i.node.targetId).sort()).toEqual(['entity:egypt', 'entity:saudi-arabia', 'entity:turkey', 'entity:united-arab-emirates']);
    expect(incoming.items.map((i) => i.node.id)).toEqual(['relationship:power-of-siberia-2:PASSES_THROUGH:mongolia']);
    expect(both.items.some((i) => i.node.sourceId === 'entity:china')).toBe(true);
    expect(both.items.some((i) => i.node.targetId === 'entity:china')).toBe(true);
    expect(bothSupports.items.map((i) => i.node.id)).toEqual(['relationship:china:SUPPORTS:russia']);
    expect(calls.calls.map((c) => (c.input as { IndexName?: string }).IndexName)).toEqual([
      'byEntityDirection', 'byEntityDirection', 'byEntityDirection', 'byEntity', 'byEntity',
    ]);
  });

  it('lists the relationships an article gives evidence for (Query on byArticle), paged', async () => {
    // Prepare
    const seen: string[] = [];
    let after: string | undefined;
    // Act
    do {
      const page = await repositories.relationships.listArticleRelationships(ARTICLE, {}, { first: 20, after });
      seen.push(...page.items.map((i) => i.node.id));
      after = page.hasNextPage ? page.items.at(-1)!.cursor : undefined;
    } while (after);
    // Assess
    expect(seen).toHaveLength(53);
    expect(new Set(seen).size).toBe(53);
    expect(calls.byCommand()).toEqual({ QueryCommand: 3 });
  });
});
