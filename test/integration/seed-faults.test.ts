/**
 * The seed on DynamoDB Local when things go wrong: writes DynamoDB leaves unprocessed, a run killed
 * half-way, a run repeated, a broken file, and an entity shared by two article files. Every run is
 * judged by the full contents of the tables (a Scan) against an uninterrupted, fault-free run.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildGraph } from '../../seed/build-graph';
import { DEFAULT_SEED_DIR, main } from '../../seed/cli';
import { loadSeedFiles } from '../../seed/load-seed-files';
import { seedGraph } from '../../seed/seed';
import { createApp } from '../../src/lambda/app';
import { loadConfig } from '../../src/config';
import { DEFAULT_RETRY_POLICY } from '../../src/data/batch';
import { createRepositories } from '../../src/data/create-repositories';
import type { DynamoDbClients } from '../../src/data/dynamodb-client';
import type { TableNames } from '../../src/data/tables';
import { ServiceUnavailableError } from '../../src/errors';
import { recordDynamoDbCalls } from '../support/dynamodb-calls';
import { bounceBatchWrites, dieAfter, everyItemAlways, halfOfEachBatchOnce, partialBatchWrites, reportUnprocessedItems } from '../support/dynamodb-faults';
import { startDynamoDbProxy } from '../support/dynamodb-proxy';
import { graphqlEvent, invoke } from '../support/lambda-events';
import { integrationEndpoint } from './support/local-dynamodb';
import { freshTables, localClients } from './support/seeded-app';
import { itemCount, tableContents, type TableContents } from './support/table-contents';

const REPO_ROOT = resolve(__dirname, '../..');
const FIRST_ARTICLE = 'article:ed35ebebeaaf3e62';
const SECOND_ARTICLE = 'article:putin-meets-blinken';
const PUTIN = 'entity:vladimir-putin';
const PUTIN_VISITS_CHINA = 'relationship:vladimir-putin:VISITS:china';

/**
 * A second, valid article file: it shares Vladimir Putin, Antony Blinken and China with the
 * committed article (same name, type and Wikidata id), gives Putin an alias of its own, and adds
 * evidence to a relationship the first article already states.
 */
const SECOND_ARTICLE_FILE = {
  article: {
    id: SECOND_ARTICLE,
    title: 'Vladimir Putin and Antony Blinken meet in Geneva',
    body: 'Mr Putin met Antony Blinken in Geneva on Friday. The Kremlin leader will visit China again in the autumn, officials said.',
    publishedAt: '2024-06-07T09:00:00Z',
    dateDescription: null,
    publisher: 'Example Wire',
    url: 'https://news.example.com/geneva',
    imageAlt: null,
    imageCaption: null,
    imageCredit: null,
  },
  entities: [
    { id: PUTIN, type: 'PERSON', name: 'Vladimir Putin', aliases: ['Mr Putin', 'The Kremlin leader'], description: null, wikidataId: 'Q7747' },
    { id: 'entity:antony-blinken', type: 'PERSON', name: 'Antony Blinken', aliases: [], description: null, wikidataId: null },
    { id: 'entity:china', type: 'COUNTRY', name: 'China', aliases: [], description: null, wikidataId: 'Q148' },
    { id: 'entity:geneva', type: 'CITY', name: 'Geneva', aliases: [], description: null, wikidataId: null },
  ],
  relationships: [
    { source: PUTIN, type: 'MEETS', target: 'entity:antony-blinken', description: null, evidence: [{ quote: 'Mr Putin met Antony Blinken in Geneva' }] },
    { source: PUTIN, type: 'VISITS', target: 'entity:china', description: null, evidence: [{ quote: 'The Kremlin leader will visit China again' }] },
  ],
};

describe('the seed under faults', () => {
  let reference: TableContents;
  /** BatchWriteItem calls an uninterrupted seed of the committed data makes. */
  let batchWrites: number;
  let workDir: string;
  let secondArticlePath: string;
  const opened: DynamoDbClients[] = [];

  const clients = () => {
    const created = localClients();
    opened.push(created);
    return created;
  };
  const contentsOf = (tables: TableNames) => tableContents(clients().document, tables);
  const seed = async (tables: TableNames, using: DynamoDbClients, paths: readonly string[] = [DEFAULT_SEED_DIR]) =>
    seedGraph(buildGraph(await loadSeedFiles(paths)), createRepositories(using.document, tables));
  const envFor = (tables: TableNames, endpoint = integrationEndpoint()) => ({
    ...process.env,
    ARTICLES_TABLE: tables.articles,
    ENTITIES_TABLE: tables.entities,
    RELATIONSHIPS_TABLE: tables.relationships,
    DYNAMODB_ENDPOINT: endpoint,
  });
  /** Runs the CLI's `main` in this process; returns its exit code and what it printed. */
  const runCli = async (argv: readonly string[], env: NodeJS.ProcessEnv) => {
    const out: string[] = [];
    const err: string[] = [];
    const log = jest.spyOn(console, 'log').mockImplementation((...args) => void out.push(args.join(' ')));
    const error = jest.spyOn(console, 'error').mockImplementation((...args) => void err.push(args.join(' ')));
    try {
      return { code: await main(argv, env), stdout: out.join('\n'), stderr: err.join('\n') };
    } finally {
      log.mockRestore();
      error.mockRestore();
    }
  };
  /** GraphQL against the given tables through the app's own wiring. */
  const queryOn = async (tables: TableNames, query: string) => {
    const config = loadConfig({ STAGE: 'dev', ...envFor(tables) });
    const { handler } = createApp(config, { clients: clients() });
    const response = await invoke(handler, graphqlEvent(query));
    expect(response.json.errors).toBeUndefined();
    return response.json.data;
  };

  beforeAll(async () => {
    const tables = await freshTables();
    const using = clients();
    const calls = recordDynamoDbCalls(using.client);
    await seed(tables, using);
    batchWrites = calls.byCommand()['BatchWriteItemCommand'] ?? 0;
    reference = await contentsOf(tables);
    workDir = await mkdtemp(join(tmpdir(), 'newsgraph-seed-'));
    secondArticlePath = join(workDir, '001_putin-meets-blinken.json');
    await writeFile(secondArticlePath, JSON.stringify(SECOND_ARTICLE_FILE, null, 2));
  });

  afterAll(async () => {
    for (const { client } of opened) client.destroy();
    await rm(workDir, { recursive: true, force: true });
  });

  it('writes the committed data in several batches (so an interruption can fall between them)', () => {
    // Assess
    expect(batchWrites).toBeGreaterThanOrEqual(4);
    expect(itemCount(reference)).toBeGreaterThan(25 * 3);
  });

  describe('UnprocessedItems', () => {
    it('retries the writes DynamoDB bounced and ends with the same items as a fault-free run', async () => {
      // Prepare
      const tables = await freshTables();
      const using = clients();
      const bounced = partialBatchWrites(using.client, halfOfEachBatchOnce());

      // Act
      await seed(tables, using);

      // Assess
      expect(bounced.count).toBeGreaterThan(0);
      expect(await contentsOf(tables)).toEqual(reference);
    });

    it('fails, naming the table and the count, when writes stay unprocessed', async () => {
      // Prepare
      const tables = await freshTables();
      const using = clients();
      partialBatchWrites(using.client, everyItemAlways);

      // Act
      const run = seed(tables, using);

      // Assess: the entities are written first, 25 to a batch
      await expect(run).rejects.toThrow(ServiceUnavailableError);
      await expect(run).rejects.toThrow(
        `DynamoDB left 25 writes to ${tables.entities} unprocessed after ${DEFAULT_RETRY_POLICY.maxRetries} retries`,
      );
      expect(itemCount(await contentsOf(tables))).toBe(0);
    });

    it('makes `npm run seed` exit 1 with that message', async () => {
      // Prepare: DynamoDB (behind a proxy) answers every BatchWriteItem with all of it unprocessed
      const tables = await freshTables();
      const proxy = await startDynamoDbProxy(integrationEndpoint(), async (request, forward) => {
        if (request.operation !== 'BatchWriteItem') return forward();
        const { bounced } = bounceBatchWrites(JSON.parse(request.body.toString('utf8')), everyItemAlways);
        const body = Buffer.from(JSON.stringify(reportUnprocessedItems({}, bounced)));
        return { statusCode: 200, headers: { 'content-type': 'application/x-amz-json-1.0' }, body };
      });

      // Act
      const result = await runCli([], envFor(tables, proxy.endpoint)).finally(() => proxy.close());

      // Assess
      expect(result.code).toBe(1);
      expect(result.stderr).toBe(
        `Seed failed: DynamoDB left 25 writes to ${tables.entities} unprocessed after ${DEFAULT_RETRY_POLICY.maxRetries} retries`,
      );
      expect(result.stdout).not.toContain('Done');
    });
  });

  describe('a seed killed mid-way', () => {
    it('run again, ends with exactly the items of an uninterrupted run (process killed with SIGKILL)', async () => {
      // Prepare: the CLI as a child process, its DynamoDB behind a proxy that holds the write after
      // half of them, so the kill lands with some batches written and the rest never sent
      const tables = await freshTables();
      const allowed = Math.floor(batchWrites / 2);
      let writes = 0;
      let onHeld!: () => void;
      const held = new Promise<void>((resolve) => (onHeld = resolve));
      const proxy = await startDynamoDbProxy(integrationEndpoint(), async (request, forward) => {
        if (request.operation === 'BatchWriteItem' && ++writes > allowed) {
          onHeld();
          return new Promise(() => undefined);
        }
        return forward();
      });
      const child = spawn('npx', ['tsx', 'seed/cli.ts'], { cwd: REPO_ROOT, env: envFor(tables, proxy.endpoint), detached: true, stdio: 'ignore' });
      const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, signal) => resolve(signal)));

      // Act
      await held;
      process.kill(-child.pid!, 'SIGKILL');
      const signal = await exited;
      await proxy.close();
      const interrupted = await contentsOf(tables);
      const rerun = await runCli([], envFor(tables));

      // Assess
      expect(signal).toBe('SIGKILL');
      expect(itemCount(interrupted)).toBeGreaterThan(0);
      expect(itemCount(interrupted)).toBeLessThan(itemCount(reference));
      expect(rerun.code).toBe(0);
      expect(await contentsOf(tables)).toEqual(reference);
    }, 60_000);

    it('run again, ends with exactly the items of an uninterrupted run, wherever the interruption falls', async () => {
      // After the first write, a third and two thirds of the way (the entities are written first,
      // then the relationships, then the articles), and before the very last write.
      const interruptions = [...new Set([1, Math.floor(batchWrites / 3), Math.floor((2 * batchWrites) / 3), batchWrites - 1])];
      for (const allowed of interruptions) {
        // Prepare: a seed whose client dies before its (allowed + 1)th BatchWriteItem
        const tables = await freshTables();
        const dying = clients();
        dieAfter(dying.client, 'BatchWriteItem', allowed);
        await expect(seed(tables, dying)).rejects.toThrow(`Killed after ${allowed} BatchWriteItem call(s)`);

        // Act
        await seed(tables, clients());

        // Assess
        expect({ allowed, contents: await contentsOf(tables) }).toEqual({ allowed, contents: reference });
      }
    });
  });

  it('leaves exactly the same items when run twice', async () => {
    // Prepare
    const tables = await freshTables();
    await runCli([], envFor(tables));

    // Act
    const second = await runCli([], envFor(tables));

    // Assess
    expect(second.code).toBe(0);
    expect(await contentsOf(tables)).toEqual(reference);
  });

  it('refuses a broken file with exit 1, naming the file, item and field, and writes nothing', async () => {
    // Prepare: the second article with an entity type that does not exist, next to the valid data
    const tables = await freshTables();
    const broken = structuredClone(SECOND_ARTICLE_FILE);
    broken.entities[3]!.type = 'PLANET';
    await mkdir(join(workDir, 'broken'));
    const brokenPath = join(workDir, 'broken', '002_broken.json');
    await writeFile(brokenPath, JSON.stringify(broken, null, 2));

    // Act
    const result = await runCli([DEFAULT_SEED_DIR, brokenPath], envFor(tables));

    // Assess
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('002_broken.json: entity "entity:geneva" → type:');
    expect(result.stderr).toContain('Nothing was written.');
    expect(itemCount(await contentsOf(tables))).toBe(0);
  });

  describe('an entity shared by two article files', () => {
    const ENTITY_QUERY = `{ entity(id: "${PUTIN}") {
      aliases
      articles(first: 10) { edges { node { id } } }
      relationships(direction: OUTGOING, type: "VISITS") { edges { node { id evidence { quote article { id } } } } }
    } }`;
    const MENTIONS_OF_PUTIN = (articleId: string) =>
      `{ article(id: "${articleId}") { mentions(type: PERSON, first: 50) { edges { node { entity { id } count } } } } }`;

    it('is one entity, mentioned by both articles, when both files are seeded together', async () => {
      // Prepare
      const tables = await freshTables();

      // Act
      const result = await runCli([DEFAULT_SEED_DIR, secondArticlePath], envFor(tables));

      // Assess
      expect(result.code).toBe(0);
      const { entities } = await queryOn(tables, '{ entities(type: PERSON, first: 50) { edges { node { id } } } }');
      expect(entities.edges.filter((e: any) => e.node.id === PUTIN)).toHaveLength(1);
      const { entity } = await queryOn(tables, ENTITY_QUERY);
      expect(entity.articles.edges.map((e: any) => e.node.id)).toEqual([SECOND_ARTICLE, FIRST_ARTICLE]);
      for (const articleId of [FIRST_ARTICLE, SECOND_ARTICLE]) {
        const { article } = await queryOn(tables, MENTIONS_OF_PUTIN(articleId));
        expect(article.mentions.edges.map((e: any) => e.node.entity.id)).toContain(PUTIN);
      }
      const visits = entity.relationships.edges.find((e: any) => e.node.id === PUTIN_VISITS_CHINA).node;
      expect(new Set(visits.evidence.map((e: any) => e.article.id))).toEqual(new Set([FIRST_ARTICLE, SECOND_ARTICLE]));
      expect(entity.aliases).toEqual(expect.arrayContaining(['Putin', 'Mr Putin', 'the Russian leader', 'The Kremlin leader']));
    });

    it("keeps the first article's evidence and aliases when the second file is seeded alone later", async () => {
      // Prepare
      const tables = await freshTables();
      await runCli([DEFAULT_SEED_DIR], envFor(tables));
      const before = await queryOn(tables, `{ article(id: "${FIRST_ARTICLE}") { relationships(first: 100) { edges { node { id } } } } }`);

      // Act
      const result = await runCli([secondArticlePath], envFor(tables));

      // Assess
      expect(result.code).toBe(0);
      const { entity } = await queryOn(tables, ENTITY_QUERY);
      expect(entity.aliases).toEqual(expect.arrayContaining(['Putin', 'Mr Putin', 'the Russian leader', 'The Kremlin leader']));
      expect(entity.articles.edges.map((e: any) => e.node.id)).toEqual([SECOND_ARTICLE, FIRST_ARTICLE]);
      const visits = entity.relationships.edges.find((e: any) => e.node.id === PUTIN_VISITS_CHINA).node;
      expect(visits.evidence).toEqual(
        expect.arrayContaining([
          { quote: 'Vladimir Putin’s state visit to China shows deepening links', article: { id: FIRST_ARTICLE } },
          { quote: 'The Kremlin leader will visit China again', article: { id: SECOND_ARTICLE } },
        ]),
      );
      const after = await queryOn(tables, `{ article(id: "${FIRST_ARTICLE}") { relationships(first: 100) { edges { node { id } } } } }`);
      expect(after).toEqual(before);
      const { article } = await queryOn(tables, MENTIONS_OF_PUTIN(FIRST_ARTICLE));
      expect(article.mentions.edges.map((e: any) => e.node.entity.id)).toContain(PUTIN);
    });
  });
});
