import net from 'node:net';
import {
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  GetItemCommand,
  ListTablesCommand,
  type TableDescription,
} from '@aws-sdk/client-dynamodb';
import { keyAttributes, LOCAL_TABLE_NAMES, TABLES, type AllTableNames, type TableDefinition } from '../../src/data/tables';
import { createTables, deleteTables } from '../../src/local/create-tables';
import { createLocalDynamoDbClient } from '../../src/local/local-client';
import { recordDynamoDbCalls } from '../support/dynamodb-calls';
import { integrationClient } from './support/local-dynamodb';
import { createIsolatedTables } from './support/tables';

const client = integrationClient();
afterAll(() => client.destroy());

const byName = <T>(key: (item: T) => string) => (a: T, b: T) => key(a).localeCompare(key(b));

/** What a definition implies DescribeTable must report, written out independently of createTables. */
function expectedDescription(table: TableDefinition) {
  return {
    TableStatus: 'ACTIVE',
    BillingMode: 'PAY_PER_REQUEST',
    KeySchema: [
      { AttributeName: table.partitionKey.name, KeyType: 'HASH' },
      { AttributeName: table.sortKey.name, KeyType: 'RANGE' },
    ],
    AttributeDefinitions: keyAttributes(table)
      .map((a) => ({ AttributeName: a.name, AttributeType: 'S' }))
      .sort(byName((a) => a.AttributeName)),
    GlobalSecondaryIndexes: table.indexes
      .map((index) => ({
        IndexName: index.indexName,
        IndexStatus: 'ACTIVE',
        KeySchema: [
          { AttributeName: index.partitionKey.name, KeyType: 'HASH' },
          { AttributeName: index.sortKey.name, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      }))
      .sort(byName((i) => i.IndexName)),
  };
}

function comparable(description: TableDescription) {
  return {
    TableStatus: description.TableStatus,
    BillingMode: description.BillingModeSummary?.BillingMode,
    KeySchema: description.KeySchema,
    AttributeDefinitions: [...(description.AttributeDefinitions ?? [])].sort(byName((a) => a.AttributeName ?? '')),
    GlobalSecondaryIndexes: (description.GlobalSecondaryIndexes ?? [])
      .map(({ IndexName, IndexStatus, KeySchema, Projection }) => ({ IndexName, IndexStatus, KeySchema, Projection }))
      .sort(byName((i) => i.IndexName ?? '')),
  };
}

async function describeTable(tableName: string): Promise<TableDescription> {
  const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
  if (!Table) throw new Error(`DescribeTable returned no table for ${tableName}`);
  return Table;
}

async function tableNames(): Promise<string[]> {
  const { TableNames: names = [] } = await client.send(new ListTablesCommand({}));
  return names;
}

describe('createTables', () => {
  let names: AllTableNames;
  beforeAll(async () => {
    names = await createIsolatedTables(client);
  });

  it('creates every defined table with exactly its keys, GSIs (projecting ALL) and on-demand billing', async () => {
    // Prepare: the tables from beforeAll

    // Act
    const described = await Promise.all(TABLES.map((table) => describeTable(names[table.id])));

    // Assess
    described.forEach((description, i) => {
      expect(comparable(description)).toEqual(expectedDescription(TABLES[i]));
    });
  });

  it('turns on the time to live of the tables whose definition names an attribute for it', async () => {
    // Act
    const described = await Promise.all(
      TABLES.map((table) => client.send(new DescribeTimeToLiveCommand({ TableName: names[table.id] }))),
    );

    // Assess
    expect(described.map((d) => [d.TimeToLiveDescription?.TimeToLiveStatus, d.TimeToLiveDescription?.AttributeName])).toEqual(
      TABLES.map((table) => (table.timeToLiveAttribute === undefined ? ['DISABLED', undefined] : ['ENABLED', table.timeToLiveAttribute])),
    );
    expect(TABLES.filter((table) => table.timeToLiveAttribute !== undefined).map((table) => table.id)).toEqual(['persistedQueries']);
  });

  it('leaves existing tables untouched when run again', async () => {
    // Prepare
    const before = await Promise.all(TABLES.map((table) => describeTable(names[table.id])));

    // Act
    await createTables(client, names);

    // Assess
    const after = await Promise.all(TABLES.map((table) => describeTable(names[table.id])));
    expect(after.map((t) => t.CreationDateTime)).toEqual(before.map((t) => t.CreationDateTime));
    expect(after.map(comparable)).toEqual(TABLES.map(expectedDescription));
  });

  it('tolerates two concurrent creations of the same tables', async () => {
    // Prepare
    const suffix = `race-${Date.now()}`;
    const raced: AllTableNames = {
      articles: `articles-${suffix}`,
      entities: `entities-${suffix}`,
      relationships: `relationships-${suffix}`,
      persistedQueries: `persisted-queries-${suffix}`,
    };

    // Act
    await Promise.all([createTables(client, raced), createTables(client, raced)]);

    // Assess
    const described = await Promise.all(TABLES.map((table) => describeTable(raced[table.id])));
    expect(described.map(comparable)).toEqual(TABLES.map(expectedDescription));
  });

  it('was run by the global setup for the local table names', async () => {
    // Prepare: done by test/integration/global-setup.ts

    // Act
    const existing = await tableNames();

    // Assess
    expect(existing).toEqual(expect.arrayContaining(Object.values(LOCAL_TABLE_NAMES)));
  });
});

describe('deleteTables', () => {
  it('deletes the tables, and skips them once they are gone', async () => {
    // Prepare
    const names = await createIsolatedTables(client);

    // Act
    await deleteTables(client, names);
    await deleteTables(client, names);

    // Assess
    const deleted = Object.values(names);
    expect((await tableNames()).filter((name) => deleted.includes(name))).toEqual([]);
  });
});

describe('recordDynamoDbCalls', () => {
  let names: AllTableNames;
  beforeAll(async () => {
    names = await createIsolatedTables(client);
  });

  const getArticle = (c: typeof client, id: string) =>
    c.send(new GetItemCommand({ TableName: names.articles, Key: { pk: { S: id }, sk: { S: 'ARTICLE' } } }));

  it('counts three parallel GetItem then one more as four calls in two waves', async () => {
    // Prepare
    const recorded = integrationClient();
    const calls = recordDynamoDbCalls(recorded);

    // Act
    await Promise.all([getArticle(recorded, 'a'), getArticle(recorded, 'b'), getArticle(recorded, 'c')]);
    await getArticle(recorded, 'd');
    recorded.destroy();

    // Assess
    expect(calls.byCommand()).toEqual({ GetItemCommand: 4 });
    expect(calls.waves()).toBe(2);
    expect(calls.calls.map((call) => (call.input as { Key: { pk: { S: string } } }).Key.pk.S)).toEqual(['a', 'b', 'c', 'd']);
    expect(calls.calls.map((call) => call.attempts)).toEqual([1, 1, 1, 1]);
  });

  it('forgets calls and waves on reset', async () => {
    // Prepare
    const calls = recordDynamoDbCalls(client);
    await getArticle(client, 'a');
    await getArticle(client, 'b');

    // Act
    calls.reset();
    await getArticle(client, 'c');

    // Assess
    expect(calls.calls).toHaveLength(1);
    expect(calls.waves()).toBe(1);
  });

  it('counts every HTTP attempt of a retried call', async () => {
    // Prepare: a port nobody listens on, so each attempt is refused (a retryable error)
    const server = net.createServer().listen(0);
    await new Promise((resolve) => server.once('listening', resolve));
    const { port } = server.address() as net.AddressInfo;
    await new Promise((resolve) => server.close(resolve));
    const unreachable = createLocalDynamoDbClient(`http://127.0.0.1:${port}`, { maxAttempts: 3 });
    const calls = recordDynamoDbCalls(unreachable);

    // Act
    const sent = unreachable.send(new ListTablesCommand({}));

    // Assess
    await expect(sent).rejects.toThrow(/ECONNREFUSED/);
    unreachable.destroy();
    expect(calls.byCommand()).toEqual({ ListTablesCommand: 1 });
    expect(calls.calls[0].attempts).toBe(3);
    expect(calls.waves()).toBe(1);
  });
});
