import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  GetItemCommand,
  ListTablesCommand,
  paginateListTables,
  type TableDescription,
} from '@aws-sdk/client-dynamodb';
import { keyAttributes, LOCAL_TABLE_NAMES, TABLES, type AllTableNames, type TableDefinition } from '../../src/data/tables';
import { createTables, deleteTables } from '../../src/local/create-tables';
import { createLocalDynamoDbClient } from '../../src/local/local-client';
import { recordDynamoDbCalls } from '../support/dynamodb-calls';
import { runToExit } from '../support/run-to-exit';
import { integrationClient } from './support/local-dynamodb';
import { processTree, survivors } from './support/process-tree';
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

/** Every table of the engine: ListTables answers 100 at most a page, and the suites make more. */
async function tableNames(): Promise<string[]> {
  const names: string[] = [];
  for await (const page of paginateListTables({ client }, {})) names.push(...(page.TableNames ?? []));
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

const REPO_ROOT = path.resolve(__dirname, '../..');

/** The environment `npm start` gets: this one without the tier's DynamoDB, so it starts its own Java. */
function npmStartEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', ...extra };
  delete env.DYNAMODB_ENDPOINT;
  return env;
}

interface Started {
  readonly child: ChildProcess;
  readonly port: number;
  output(): string;
  readonly exited: Promise<void>;
}

/** Process groups started by {@link startNpm}, killed after each test whatever its outcome. */
const groups: number[] = [];
afterEach(() => {
  for (const pgid of groups.splice(0)) {
    try {
      process.kill(-pgid, 'SIGKILL');
    } catch {
      // stopped, as it should have
    }
  }
});

/** `npm start` in a process group of its own (as `setsid npm start &` does), once it prints its URL. */
async function startNpm(): Promise<Started> {
  const child = spawn('npm', ['start'], { cwd: REPO_ROOT, env: npmStartEnv({}), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  groups.push(child.pid!);
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = once(child, 'exit').then(() => undefined);
  const deadline = Date.now() + 170_000;
  for (;;) {
    const match = /GraphQL:\s+http:\/\/\S+:(\d+)\/graphql/.exec(output);
    if (match) return { child, port: Number(match[1]), output: () => output, exited };
    if (child.exitCode !== null || Date.now() > deadline) {
      throw new Error(`npm start did not get ready. Its output:\n${output}`);
    }
    await sleep(100);
  }
}

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Polls until nothing of `pids` or the group is left, or `boundMs` passes; returns what is left. */
async function leftAfter(pids: readonly number[], pgid: number, boundMs: number) {
  const deadline = Date.now() + boundMs;
  let left = survivors(pids, pgid);
  while (left.length > 0 && Date.now() < deadline) {
    await sleep(200);
    left = survivors(pids, pgid);
  }
  return left;
}

describe('stopping npm start', () => {
  // "Within a few seconds" is the promise; this bound only says "stopped", on a loaded machine.
  const STOPPED_WITHIN_MS = 15_000;

  it.each<[NodeJS.Signals, 'npm' | 'group']>([
    ['SIGTERM', 'npm'],
    ['SIGHUP', 'npm'],
    ['SIGINT', 'npm'],
    ['SIGTERM', 'group'],
    ['SIGHUP', 'group'],
    ['SIGINT', 'group'],
  ])('%s to %s leaves no process and no listening port, DynamoDB Local included', async (signal, target) => {
    // Prepare
    const started = await startNpm();
    const pgid = started.child.pid!;
    const tree = processTree(pgid);
    expect(tree.some((p) => /^java .*DynamoDBLocal\.jar/.test(p.args))).toBe(true);
    expect(await portAnswers(started.port)).toBe(true);

    // Act
    process.kill(target === 'npm' ? pgid : -pgid, signal);

    // Assess
    const left = await leftAfter(tree.map((p) => p.pid), pgid, STOPPED_WITHIN_MS);
    expect(left.map((p) => p.args)).toEqual([]);
    expect(await portAnswers(started.port)).toBe(false);
    await started.exited;
  }, 240_000);
});

describe('npm start with a configuration mistake', () => {
  let scratch: string;
  let marker: string;
  let fakeBin: string;
  beforeAll(async () => {
    // A `java` that only records that it was run: the proof that nothing was started.
    scratch = await mkdtemp(path.join(os.tmpdir(), 'newsgraph-start-config-'));
    marker = path.join(scratch, 'java-was-run');
    fakeBin = path.join(scratch, 'bin');
    await mkdir(fakeBin);
    await writeFile(path.join(fakeBin, 'java'), `#!/bin/sh\ntouch '${marker}'\nexit 1\n`);
    await chmod(path.join(fakeBin, 'java'), 0o755);
  });
  afterAll(() => rm(scratch, { recursive: true, force: true }));

  function runNpmStart(extra: Record<string, string>) {
    return runToExit('npm', ['start'], {
      cwd: REPO_ROOT,
      env: npmStartEnv({ PATH: `${fakeBin}${path.delimiter}${process.env.PATH}`, DYNAMODB_LOCAL_DIR: scratch, ...extra }),
    });
  }

  it.each([
    ['STAGE', { STAGE: 'nonsense' }, /^npm start failed: Environment variable STAGE must be dev, prod or local, got "nonsense"$/],
    ['GRAPHQL_MAX_COST', { GRAPHQL_MAX_COST: 'lots' }, /^npm start failed: Environment variable GRAPHQL_MAX_COST must be a whole number/],
    ['CORS_ORIGINS', { CORS_ORIGINS: 'app.example.com' }, /^npm start failed: Environment variable CORS_ORIGINS has an invalid origin "app\.example\.com"/],
    ['PORT', { PORT: 'http' }, /^npm start failed: PORT must be a port number, got "http"$/],
  ])('a bad %s: one line naming it, exit 1, no Java started and no seed run', async (_name, env, expected) => {
    // Act
    const { code, stdout, stderr } = await runNpmStart(env);

    // Assess
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(expected)]);
    expect(stdout).not.toMatch(/DynamoDB|Seeded/);
    expect(existsSync(marker)).toBe(false);
  }, 60_000);

  it('a busy port: one line naming it, exit 1, no Java started', async () => {
    // Prepare
    const busy = net.createServer().listen(0, '127.0.0.1');
    await once(busy, 'listening');
    const { port } = busy.address() as net.AddressInfo;

    // Act
    const { code, stdout, stderr } = await runNpmStart({ PORT: String(port) });
    busy.close();

    // Assess
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([`npm start failed: Port ${port} is in use; start with another, e.g. PORT=${port + 1} npm start`]);
    expect(stdout).not.toMatch(/DynamoDB|Seeded/);
    expect(existsSync(marker)).toBe(false);
  }, 60_000);
});
