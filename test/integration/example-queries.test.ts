/**
 * What the bench's queries (bench/example-queries.ts: the README's five and the list-with-nested
 * one) cost on the seed data, in DynamoDB calls: exact counts, and never more sequential waves
 * than the query's nesting allows. The bench prints the same counts next to its naive baseline.
 */
import { BENCH_QUERIES, type ExampleQuery } from '../../bench/example-queries';
import { graphqlEvent, invoke } from '../support/lambda-events';
import { seededApp } from './support/seeded-app';

type App = Awaited<ReturnType<typeof seededApp>>;

/** Calls per command on the seed data (one article, 28 entities, 53 relationships). */
const EXPECTED_CALLS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  // the article, its mentions, their entities
  article: { BatchGetItemCommand: 2, QueryCommand: 1 },
  // the entity, its relationships, then their targets and the evidence articles side by side
  relationships: { BatchGetItemCommand: 3, QueryCommand: 1 },
  countries: { QueryCommand: 1 },
  search: { QueryCommand: 1, BatchGetItemCommand: 1 },
  // one neighbour Query from each end, then the path's entities
  path: { QueryCommand: 2, BatchGetItemCommand: 1 },
  // the article list, one mentions Query, one relationships Query per entity (28), the entities
  nested: { QueryCommand: 30, BatchGetItemCommand: 1 },
};

describe("the bench's example queries on the seed data", () => {
  let app: App;
  beforeAll(async () => {
    // The list-with-nested query is far over the production cost limit, on purpose.
    app = await seededApp({ GRAPHQL_MAX_COST: '10000000' });
  });

  it.each(BENCH_QUERIES.map((q) => [q.id, q] as [string, ExampleQuery]))('%s: exact calls, at most its minimum waves', async (id, example) => {
    // Prepare
    app.calls.reset();

    // Act
    const response = await invoke(app.handler, graphqlEvent(example.query));

    // Assess
    expect(response.json.errors).toBeUndefined();
    expect(response.statusCode).toBe(200);
    expect(app.calls.byCommand()).toEqual(EXPECTED_CALLS[id]);
    expect(app.calls.waves()).toBeLessThanOrEqual(example.minimumWaves);
  });
});
