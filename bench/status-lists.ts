/**
 * What a status list costs: newsgraph (the byStatus index, src/data/tables.ts) beside the way it
 * was read before round 6 (a FilterExpression over the list without status,
 * bench/baselines/filtered-status-list.ts), in the same run, on the same tables. Counted, never
 * timed: Query calls and the items DynamoDB read (ScannedCount) for the first page.
 *
 * The data: STATUS_BENCH_SIZE (default 1000) curated people and as many curated relationships of
 * one of them, and five proposed ones of each, sorting last: the review queue of a large graph.
 *
 *   npx tsx bench/status-lists.ts            # DynamoDB Local is started and stopped
 *   STATUS_BENCH_SIZE=5000 npx tsx bench/status-lists.ts
 */
import { createDynamoDbClients } from '../src/data/dynamodb-client';
import type { EntityRecord, FactStatus, RelationshipRecord } from '../src/data/model';
import { relationshipId } from '../src/data/ids';
import { deleteTables } from '../src/local/create-tables';
import { useDynamoDb } from '../src/local/dynamodb-local';
import { filteredStatusPage, type FilteredList } from './baselines/filtered-status-list';
import { createBenchTables, seedTables } from './database';
import { createBenchApp } from './newsgraph-app';

const PROPOSED_COUNT = 5;
const FIRST = 10;

function sizeFromEnv(): number {
  const raw = process.env.STATUS_BENCH_SIZE ?? '1000';
  const size = Number(raw);
  if (!Number.isInteger(size) || size < 1 || size > 100_000) throw new Error(`STATUS_BENCH_SIZE must be an integer 1–100000, got "${raw}"`);
  return size;
}

const pad = (i: number) => String(i).padStart(6, '0');
const proposal = { confidence: 0.6, rule: 'bench-proposal' };

function graphOf(size: number) {
  const person = (i: number): EntityRecord => ({
    id: `entity:person-${pad(i)}`, name: `Person ${pad(i)}`, type: 'PERSON', aliases: [], description: null, wikidataId: null, proposal: null,
  });
  const proposedPerson = (k: number): EntityRecord => ({ ...person(0), id: `entity:zed-proposed-${k}`, name: `Zed Proposed ${k}`, proposal });
  const hub = person(0).id;
  const visit = (targetId: string, proposed: boolean): RelationshipRecord => {
    const quote = 'The bench says so.';
    return {
      id: relationshipId(hub, 'VISITS', targetId),
      type: 'VISITS',
      sourceId: hub,
      targetId,
      description: null,
      evidence: [{ articleId: 'article:bench', quote, span: { field: 'BODY', start: 0, end: quote.length, text: quote }, proposal: proposed ? proposal : null }],
    };
  };
  const proposedPeople = Array.from({ length: PROPOSED_COUNT }, (_, k) => proposedPerson(k + 1));
  return {
    hub,
    graph: {
      articles: [],
      entities: [...Array.from({ length: size }, (_, i) => person(i)), ...proposedPeople],
      relationships: [
        ...Array.from({ length: size }, (_, i) => visit(person(i + 1).id, false)),
        ...proposedPeople.map((p) => visit(p.id, true)),
      ],
    },
  };
}

interface Case {
  readonly name: string;
  readonly status: FactStatus;
  readonly query: string;
  /** The page's ids in newsgraph's answer. */
  readonly ids: (data: any) => string[];
  /** The same list as the baseline reads it. */
  readonly baseline: Omit<FilteredList, 'status' | 'first'>;
}

async function main(): Promise<void> {
  const size = sizeFromEnv();
  // The app's one metrics line per request (Powertools' EMF on stdout) would bury the table.
  process.env.POWERTOOLS_METRICS_DISABLED = 'true';
  const db = await useDynamoDb(process.env);
  const { client, document } = createDynamoDbClients({ region: 'us-east-1', endpoint: db.endpoint });
  let tables: Awaited<ReturnType<typeof createBenchTables>> | undefined;
  try {
    tables = await createBenchTables(client, 'status');
    const { hub, graph } = graphOf(size);
    console.error(`Seeding ${size} curated and ${PROPOSED_COUNT} proposed people, and as many relationships of ${hub} …`);
    const seeded = await seedTables(db.endpoint, tables, graph);
    console.error(`  ${seeded.summary.itemWrites} item writes`);

    const edges = (connection: any) => connection.edges.map((e: any) => e.node.id);
    const cases = (['PROPOSED', 'CURATED'] as const).flatMap((status): Case[] => [
      {
        name: `entities(status: [${status}], first: ${FIRST})`,
        status,
        query: `{ entities(status: [${status}], first: ${FIRST}) { edges { node { id } } } }`,
        ids: (data) => edges(data.entities),
        baseline: { tableName: tables!.entities, indexName: 'byName', partitionKey: 'listPk', partition: 'ENTITY' },
      },
      {
        name: `entities(type: PERSON, status: [${status}], first: ${FIRST})`,
        status,
        query: `{ entities(type: PERSON, status: [${status}], first: ${FIRST}) { edges { node { id } } } }`,
        ids: (data) => edges(data.entities),
        baseline: { tableName: tables!.entities, indexName: 'byType', partitionKey: 'typePk', partition: 'PERSON' },
      },
      {
        name: `relationships(status: [${status}], first: ${FIRST})`,
        status,
        query: `{ relationships(status: [${status}], first: ${FIRST}) { edges { node { id } } } }`,
        ids: (data) => edges(data.relationships),
        baseline: { tableName: tables!.relationships, indexName: 'byList', partitionKey: 'listPk', partition: 'RELATIONSHIP' },
      },
      {
        name: `entity.relationships(OUTGOING, status: [${status}], first: ${FIRST})`,
        status,
        query: `{ entity(id: "${hub}") { relationships(direction: OUTGOING, status: [${status}], first: ${FIRST}) { edges { node { id } } } } }`,
        ids: (data) => edges(data.entity.relationships),
        baseline: { tableName: tables!.relationships, indexName: 'byEntityDirection', partitionKey: 'entityDirPk', partition: `${hub}#OUT` },
      },
    ]);

    const app = createBenchApp(db.endpoint, tables);
    const rows: string[] = [];
    try {
      for (const c of cases) {
        app.calls.reset();
        const { data } = await app.query(c.query);
        const queries = app.calls.calls.filter((call) => call.command === 'QueryCommand');
        const read = queries.reduce((sum, call) => sum + (call.itemsRead ?? 0), 0);
        const before = await filteredStatusPage(document, { ...c.baseline, status: c.status, first: FIRST });
        if (JSON.stringify(c.ids(data)) !== JSON.stringify(before.ids)) {
          throw new Error(`${c.name}: newsgraph answered ${JSON.stringify(c.ids(data))}, the baseline ${JSON.stringify(before.ids)}`);
        }
        rows.push(`| \`${c.name}\` | ${queries.length} | ${read} | ${before.calls} | ${before.itemsRead} |`);
      }
    } finally {
      app.destroy();
    }
    console.log(`Status lists, first page, on ${size} curated and ${PROPOSED_COUNT} proposed items per list (same answers checked):\n`);
    console.log('| list | Query calls (byStatus) | items read | Query calls (filter, before) | items read |');
    console.log('| --- | --- | --- | --- | --- |');
    console.log(rows.join('\n'));
  } finally {
    if (tables) await deleteTables(client, tables);
    client.destroy();
    await db.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
