/**
 * Status lists on DynamoDB Local: every list with a `status` argument reads the byStatus index
 * (src/data/tables.ts), whose partitions hold only items of one list and one status. So a page
 * costs one Query that reads the page and one item more, however many items of the other status
 * the list holds, and it lists exactly the items of the list without status that have that
 * status, in the same order.
 */
import { seedGraph } from '../../seed/seed';
import { createRepositories, type DynamoDbRepositories } from '../../src/data/create-repositories';
import { InvalidCursorError } from '../../src/errors';
import type { EntityRecord, EntityType, FactStatus, Page, RelationshipRecord } from '../../src/data/model';
import { relationshipProposal, statusOf } from '../../src/data/provenance';
import type { StatusFilter } from '../../src/data/repositories';
import { recordDynamoDbCalls, type DynamoDbCallRecorder } from '../support/dynamodb-calls';
import { aProposal, aRelationship, anEntity, anEvidence } from '../support/factories';
import { graphqlEvent, invoke } from '../support/lambda-events';
import { appOn, freshTables, localClients } from './support/seeded-app';

const n3 = (i: number) => String(i).padStart(3, '0');

/** 120 curated people, then (by name) three proposed ones: a rare status at the end of a large partition. */
const people: EntityRecord[] = [
  ...Array.from({ length: 120 }, (_, i) => anEntity({ id: `entity:person-${n3(i)}`, name: `Person ${n3(i)}` })),
  ...['Xavi', 'Yara', 'Zora'].map((name) => anEntity({ id: `entity:${name.toLowerCase()}-ruel`, name: `${name} Ruel`, proposal: aProposal({ rule: 'apposition-title' }) })),
];
/** Countries of both statuses, the curated ones sorting before and among the people by name, the proposed ones last. */
const countries: EntityRecord[] = ['Aldavia', 'Zyrnia', 'Pentania', 'Zuvia', 'Borvia'].map((name, i) =>
  anEntity({ id: `entity:${name.toLowerCase()}`, name, type: 'COUNTRY', proposal: i % 2 === 1 ? aProposal({ rule: 'gazetteer-country' }) : null }),
);
const HUB = 'entity:person-000';
const ONE = 'article:one';
const TWO = 'article:two';

const curatedIn = (articleId: string) => anEvidence({ articleId, quote: `${articleId} says so.` });
const proposedIn = (articleId: string, confidence = 0.6) => anEvidence({ articleId, quote: `${articleId} suggests so.`, proposal: aProposal({ confidence, rule: 'said-verb' }) });

/**
 * The hub's relationships, both ways and of three types, of both statuses: curated ones stated in
 * article one; proposed ones in article two; one stated curated in one and proposed in two (curated).
 */
const relationships: RelationshipRecord[] = [
  ...Array.from({ length: 30 }, (_, i) => aRelationship({ sourceId: HUB, type: 'VISITS', targetId: `entity:person-${n3(i + 1)}`, evidence: [curatedIn(ONE)] })),
  ...[40, 41, 42].map((i) => aRelationship({ sourceId: HUB, type: 'VISITS', targetId: `entity:person-${n3(i)}`, evidence: [proposedIn(TWO)] })),
  ...countries.map((country, i) =>
    aRelationship({ sourceId: country.id, type: 'SUPPORTS', targetId: HUB, evidence: i % 2 === 0 ? [curatedIn(ONE)] : [proposedIn(TWO, 0.4)] }),
  ),
  aRelationship({ sourceId: 'entity:person-050', type: 'MEETS', targetId: HUB, evidence: [curatedIn(ONE), proposedIn(TWO)] }),
  aRelationship({ sourceId: 'entity:person-051', type: 'MEETS', targetId: HUB, evidence: [proposedIn(TWO)] }),
];

const entityStatus = new Map([...people, ...countries].map((e) => [e.id, statusOf(e.proposal)]));
const relationshipStatus = new Map(relationships.map((r) => [r.id, statusOf(relationshipProposal(r.evidence))]));

const STATUS_FILTERS: ReadonlyArray<StatusFilter> = [null, ['CURATED'], ['PROPOSED'], ['CURATED', 'PROPOSED']];
const keeps = (filter: StatusFilter, status: FactStatus) => filter === null || filter.includes(status);
const PAGE_SIZE = 5;

type Reader<T> = (filter: StatusFilter, first: number, after?: string) => Promise<Page<T>>;

describe('status lists on DynamoDB Local', () => {
  let repositories: DynamoDbRepositories;
  let calls: DynamoDbCallRecorder;
  let app: ReturnType<typeof appOn>;

  beforeAll(async () => {
    const tables = await freshTables();
    await seedGraph({ articles: [], entities: [...people, ...countries], relationships }, createRepositories(localClients().document, tables));
    const clients = localClients();
    calls = recordDynamoDbCalls(clients.client);
    repositories = createRepositories(clients.document, tables);
    app = appOn(tables);
  });

  /** Every page of a list, first to last; with `checkCost`, asserts each page was one Query reading at most first + 1 items. */
  async function allPages<T extends { id: string }>(read: Reader<T>, filter: StatusFilter, first: number, checkCost: boolean): Promise<string[]> {
    const ids: string[] = [];
    let after: string | undefined;
    for (;;) {
      calls.reset();
      const page = await read(filter, first, after);
      if (checkCost) {
        expect(calls.calls.map((c) => [c.command, (c.input as { Limit?: number }).Limit])).toEqual([['QueryCommand', first + 1]]);
        expect(calls.calls[0]!.itemsRead).toBeLessThanOrEqual(first + 1);
      }
      ids.push(...page.items.map((item) => item.node.id));
      if (!page.hasNextPage) return ids;
      after = page.items.at(-1)!.cursor;
    }
  }

  const entityLists: Array<[string, EntityType | null]> = [
    ['entities', null],
    ['entities(type: PERSON)', 'PERSON'],
    ['entities(type: COUNTRY)', 'COUNTRY'],
  ];
  it.each(entityLists)('%s: each status filter lists exactly the items of that status, in the order of the list without status, page by page', async (_name, type) => {
    // Prepare
    const read: Reader<EntityRecord> = (status, first, after) => repositories.entities.listEntities({ type, status }, { first, after });
    const everything = await allPages(read, null, 100, false);
    // Act / Assess
    for (const filter of STATUS_FILTERS) {
      const expected = everything.filter((id) => keeps(filter, entityStatus.get(id)!));
      expect(await allPages(read, filter, PAGE_SIZE, true)).toEqual(expected);
    }
    expect(everything).toHaveLength(type === 'COUNTRY' ? 5 : type === 'PERSON' ? 123 : 128);
  });

  const relationshipLists: Array<[string, Reader<RelationshipRecord>]> = [
    ['relationships', (status, first, after) => repositories.relationships.listRelationships({ status }, { first, after })],
    ['relationships(type: VISITS)', (status, first, after) => repositories.relationships.listRelationships({ type: 'VISITS', status }, { first, after })],
    ['relationships(type: SUPPORTS)', (status, first, after) => repositories.relationships.listRelationships({ type: 'SUPPORTS', status }, { first, after })],
    ['hub.relationships(BOTH)', (status, first, after) => repositories.relationships.listEntityRelationships(HUB, { direction: 'BOTH', status }, { first, after })],
    ['hub.relationships(OUTGOING)', (status, first, after) => repositories.relationships.listEntityRelationships(HUB, { direction: 'OUTGOING', status }, { first, after })],
    ['hub.relationships(INCOMING)', (status, first, after) => repositories.relationships.listEntityRelationships(HUB, { direction: 'INCOMING', status }, { first, after })],
    ['hub.relationships(BOTH, type: MEETS)', (status, first, after) => repositories.relationships.listEntityRelationships(HUB, { direction: 'BOTH', type: 'MEETS', status }, { first, after })],
    ['hub.relationships(INCOMING, type: SUPPORTS)', (status, first, after) => repositories.relationships.listEntityRelationships(HUB, { direction: 'INCOMING', type: 'SUPPORTS', status }, { first, after })],
    ['person-001.relationships(INCOMING)', (status, first, after) => repositories.relationships.listEntityRelationships('entity:person-001', { direction: 'INCOMING', status }, { first, after })],
    ['article one.relationships', (status, first, after) => repositories.relationships.listArticleRelationships(ONE, { status }, { first, after })],
    ['article two.relationships', (status, first, after) => repositories.relationships.listArticleRelationships(TWO, { status }, { first, after })],
  ];
  it.each(relationshipLists)('%s: each status filter lists exactly the items of that status, in the order of the list without status, page by page', async (_name, read) => {
    // Prepare
    const everything = await allPages(read, null, 100, false);
    // Act / Assess
    expect(everything.length).toBeGreaterThan(0);
    for (const filter of STATUS_FILTERS) {
      const expected = everything.filter((id) => keeps(filter, relationshipStatus.get(id)!));
      expect(await allPages(read, filter, PAGE_SIZE, true)).toEqual(expected);
    }
  });

  it('lists a relationship curated in one article and proposed in another as curated in both articles\' lists', async () => {
    // Act
    const meets = 'relationship:person-050:MEETS:person-000';
    const inTwo = await repositories.relationships.listArticleRelationships(TWO, { status: ['CURATED'] }, { first: 100 });
    const proposedInTwo = await repositories.relationships.listArticleRelationships(TWO, { status: ['PROPOSED'] }, { first: 100 });
    // Assess
    expect(inTwo.items.map((i) => i.node.id)).toEqual([meets]);
    expect(proposedInTwo.items.map((i) => i.node.id)).not.toContain(meets);
    expect(proposedInTwo.items).toHaveLength(6);
  });

  it('moves a relationship from every PROPOSED list to every CURATED one when it is promoted, and a cursor on it still reads on', async () => {
    // Prepare
    const tables = await freshTables();
    const seeded = createRepositories(localClients().document, tables);
    const proposed = [1, 2, 3].map((i) => aRelationship({ sourceId: HUB, type: 'VISITS', targetId: `entity:person-${n3(i)}`, evidence: [proposedIn(TWO)] }));
    await seedGraph({ articles: [], entities: [], relationships: proposed }, seeded);
    const firstPage = await seeded.relationships.listEntityRelationships(HUB, { direction: 'OUTGOING', status: ['PROPOSED'] }, { first: 1 });
    const promoted = { ...proposed[0]!, evidence: [curatedIn(TWO)] };
    // Act
    await seedGraph({ articles: [], entities: [], relationships: [promoted] }, seeded);
    const lists = async (status: FactStatus) => [
      (await seeded.relationships.listRelationships({ status: [status] }, { first: 10 })).items.map((i) => i.node.id),
      (await seeded.relationships.listRelationships({ type: 'VISITS', status: [status] }, { first: 10 })).items.map((i) => i.node.id),
      (await seeded.relationships.listEntityRelationships(HUB, { direction: 'BOTH', status: [status] }, { first: 10 })).items.map((i) => i.node.id),
      (await seeded.relationships.listEntityRelationships(HUB, { direction: 'OUTGOING', status: [status] }, { first: 10 })).items.map((i) => i.node.id),
      (await seeded.relationships.listEntityRelationships(promoted.targetId, { direction: 'INCOMING', status: [status] }, { first: 10 })).items.map((i) => i.node.id),
      (await seeded.relationships.listArticleRelationships(TWO, { status: [status] }, { first: 10 })).items.map((i) => i.node.id),
    ];
    const afterPromoted = await seeded.relationships.listEntityRelationships(HUB, { direction: 'OUTGOING', status: ['PROPOSED'] }, { first: 10, after: firstPage.items[0]!.cursor });
    // Assess
    expect(firstPage.items.map((i) => i.node.id)).toEqual([promoted.id]);
    const curatedLists = await lists('CURATED');
    const proposedLists = await lists('PROPOSED');
    expect(curatedLists).toEqual([[promoted.id], [promoted.id], [promoted.id], [promoted.id], [promoted.id], [promoted.id]]);
    expect(proposedLists.map((ids) => ids.filter((id) => id !== promoted.id))).toEqual(proposedLists);
    expect(proposedLists[3]).toEqual([proposed[1]!.id, proposed[2]!.id]);
    expect(afterPromoted.items.map((i) => i.node.id)).toEqual([proposed[1]!.id, proposed[2]!.id]);
  });

  describe('through the handler', () => {
    const cost = async (query: string) => {
      app.calls.reset();
      const { json } = await invoke(app.handler, graphqlEvent(query));
      expect(json.errors).toBeUndefined();
      return { json, queries: app.calls.calls.filter((c) => c.command === 'QueryCommand').map((c) => [(c.input as any).IndexName, c.itemsRead]) };
    };

    it('serves entities(status: [PROPOSED], first: 2), 5 proposed after 123 curated by name, with one Query reading 3 items', async () => {
      // Act
      const { json, queries } = await cost(`{ entities(status: [PROPOSED], first: 2) { edges { node { id status } } pageInfo { hasNextPage } } }`);
      // Assess
      expect(json.data.entities).toEqual({
        edges: [{ node: { id: 'entity:xavi-ruel', status: 'PROPOSED' } }, { node: { id: 'entity:yara-ruel', status: 'PROPOSED' } }],
        pageInfo: { hasNextPage: true },
      });
      expect(queries).toEqual([['byStatus', 3]]);
    });

    it('serves entities(type:, status:) and relationships(type:, status:) with one Query each, reading first + 1 items at most', async () => {
      // Act
      const { json, queries } = await cost(`{
        people: entities(type: PERSON, status: [PROPOSED], first: 2) { edges { node { id } } }
        countries: entities(type: COUNTRY, status: [CURATED], first: 2) { edges { node { id } } }
        visits: relationships(type: "VISITS", status: [PROPOSED], first: 2) { edges { node { id } } pageInfo { hasNextPage } }
      }`);
      // Assess
      expect(json.data.people.edges.map((e: any) => e.node.id)).toEqual(['entity:xavi-ruel', 'entity:yara-ruel']);
      expect(json.data.countries.edges.map((e: any) => e.node.id)).toEqual(['entity:aldavia', 'entity:borvia']);
      expect(json.data.visits).toEqual({
        edges: [{ node: { id: 'relationship:person-000:VISITS:person-040' } }, { node: { id: 'relationship:person-000:VISITS:person-041' } }],
        pageInfo: { hasNextPage: true },
      });
      expect(queries).toEqual([
        ['byStatus', 3],
        ['byStatus', 3],
        ['byStatus', 3],
      ]);
    });

    it("serves an entity's proposed relationships, 3 among 33, with one Query reading 3 items", async () => {
      // Act
      const { json, queries } = await cost(`{ entity(id: "${HUB}") {
        relationships(direction: OUTGOING, status: [PROPOSED], first: 2) { edges { node { id status } } pageInfo { hasNextPage } } } }`);
      // Assess
      expect(json.data.entity.relationships.edges.map((e: any) => [e.node.id, e.node.status])).toEqual([
        ['relationship:person-000:VISITS:person-040', 'PROPOSED'],
        ['relationship:person-000:VISITS:person-041', 'PROPOSED'],
      ]);
      expect(json.data.entity.relationships.pageInfo.hasNextPage).toBe(true);
      expect(queries).toEqual([['byStatus', 3]]);
    });

    it('follows only relationships of the statuses asked for in path(status:), each neighbour read a byStatus Query', async () => {
      // Prepare: person-040 ←(proposed VISITS)– hub –(curated VISITS)→ person-001, and no other way.
      const path = (status: string) => `{ path(fromId: "entity:person-040", toId: "entity:person-001", maxHops: 2${status}) { length } }`;
      // Act
      const any = await cost(path(''));
      const curated = await cost(path(', status: [CURATED]'));
      const proposed = await cost(path(', status: [PROPOSED]'));
      // Assess
      expect(any.json.data.path).toEqual({ length: 2 });
      expect(curated.json.data.path).toBeNull();
      expect(proposed.json.data.path).toBeNull();
      expect(any.queries.every(([index]) => index === 'byEntity')).toBe(true);
      for (const { queries } of [curated, proposed]) {
        expect(queries.length).toBeGreaterThan(0);
        expect(queries.every(([index]) => index === 'byStatus')).toBe(true);
      }
    });

    it('makes the very Query it made before for a list without status, or with every status', async () => {
      // Act
      const { queries } = await cost(`{
        a: entities(first: 2) { edges { node { id } } }
        b: entities(first: 2, status: [CURATED, PROPOSED]) { edges { node { id } } }
        c: relationships(type: "VISITS", first: 2) { edges { node { id } } }
        d: entity(id: "${HUB}") { relationships(direction: INCOMING, first: 2) { edges { node { id } } } }
      }`);
      // Assess: the index the list reads without status, and no filter
      expect(queries).toEqual([
        ['byName', 3],
        ['byName', 3],
        ['byType', 3],
        ['byEntityDirection', 3],
      ]);
      expect(app.calls.calls.every((c) => (c.input as any).FilterExpression === undefined)).toBe(true);
    });
  });

  describe('cursors', () => {
    const cursorOf = async <T>(page: Promise<Page<T>>) => (await page).items.at(-1)!.cursor;

    it('refuses a cursor of another status, of another list or of the list without status', async () => {
      // Prepare
      const proposedPeople = await cursorOf(repositories.entities.listEntities({ status: ['PROPOSED'] }, { first: 1 }));
      const curatedPeople = await cursorOf(repositories.entities.listEntities({ status: ['CURATED'] }, { first: 1 }));
      const allPeople = await cursorOf(repositories.entities.listEntities({}, { first: 1 }));
      const curatedRelationships = await cursorOf(repositories.relationships.listRelationships({ status: ['CURATED'] }, { first: 1 }));
      const hubMeets = await cursorOf(repositories.relationships.listEntityRelationships(HUB, { direction: 'BOTH', type: 'MEETS', status: ['CURATED'] }, { first: 1 }));
      const hubOut = await cursorOf(repositories.relationships.listEntityRelationships(HUB, { direction: 'OUTGOING', status: ['CURATED'] }, { first: 1 }));
      // Act / Assess
      const refused = (page: Promise<unknown>) => expect(page).rejects.toBeInstanceOf(InvalidCursorError);
      await refused(repositories.entities.listEntities({ status: ['CURATED'] }, { first: 1, after: proposedPeople }));
      await refused(repositories.entities.listEntities({ type: 'PERSON', status: ['CURATED'] }, { first: 1, after: curatedPeople }));
      await refused(repositories.entities.listEntities({ status: ['CURATED'] }, { first: 1, after: allPeople }));
      await refused(repositories.entities.listEntities({}, { first: 1, after: curatedPeople }));
      await refused(repositories.relationships.listRelationships({ status: ['CURATED'] }, { first: 1, after: curatedPeople }));
      await refused(repositories.entities.listEntities({ status: ['CURATED'] }, { first: 1, after: curatedRelationships }));
      await refused(repositories.relationships.listEntityRelationships(HUB, { direction: 'BOTH', type: 'VISITS', status: ['CURATED'] }, { first: 1, after: hubMeets }));
      await refused(repositories.relationships.listEntityRelationships(HUB, { direction: 'INCOMING', status: ['CURATED'] }, { first: 1, after: hubOut }));
      await refused(repositories.relationships.listEntityRelationships('entity:person-001', { direction: 'OUTGOING', status: ['CURATED'] }, { first: 1, after: hubOut }));
    });

    it('answers a foreign cursor through the API with BAD_USER_INPUT naming `after`, never a 5xx', async () => {
      // Prepare
      const proposed = await cursorOf(repositories.relationships.listRelationships({ status: ['PROPOSED'] }, { first: 1 }));
      // Act
      const { statusCode, json } = await invoke(
        app.handler,
        graphqlEvent(`query ($after: String) { relationships(status: [CURATED], after: $after) { edges { node { id } } } }`, { after: proposed }),
      );
      // Assess
      expect(statusCode).toBe(200);
      expect(json.errors).toEqual([expect.objectContaining({ path: ['relationships'], extensions: { code: 'BAD_USER_INPUT', argumentName: 'after' } })]);
    });
  });
});
