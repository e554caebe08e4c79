/**
 * Curated and proposed facts on DynamoDB Local, end to end: seed files validated and written by
 * the seed's own code, read through the real Lambda handler. Curated wins in one run and across
 * runs; status filters are Queries whose pages are never short while matches remain.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildGraph } from '../../seed/build-graph';
import { loadSeedFiles } from '../../seed/load-seed-files';
import { seedGraph } from '../../seed/seed';
import type { SeedFile } from '../../seed/schema';
import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { createRepositories } from '../../src/data/create-repositories';
import { toEntityItem } from '../../src/data/entity-item';
import { toRelationshipItems } from '../../src/data/relationship-item';
import { graphqlEvent, invoke } from '../support/lambda-events';
import { aProposal, aRelationship, anEntity, anEvidence, aSeedArticle, aSeedEntity, aSeedFile, aSeedRelationship } from '../support/factories';
import { appOn, freshTables, localClients } from './support/seeded-app';

const curated = aSeedFile();

/** What the ingest pipeline would write for a second article about Alpha: every item proposed, the known entities linked. */
const draft = (overrides: Partial<SeedFile> = {}): SeedFile =>
  aSeedFile({
    article: aSeedArticle({
      id: 'article:draft',
      title: 'Envoy Alpha in Beta',
      body: 'Alpha will arrive in Beta on Thursday.\n\nThe Gamma Times reported that Envoy Alpha praised Beta.',
    }),
    entities: [
      aSeedEntity({ aliases: ['Envoy Alpha'], description: 'An envoy, says the extractor.', proposed: aProposal({ confidence: 0.95, rule: 'link-known-name' }) }),
      aSeedEntity({ id: 'entity:beta', type: 'COUNTRY', name: 'Beta', aliases: [], description: 'A proposed description of Beta.', proposed: aProposal({ confidence: 0.9, rule: 'link-known-name' }) }),
      aSeedEntity({ id: 'entity:gamma-times', type: 'PUBLICATION', name: 'Gamma Times', aliases: [], description: null, proposed: aProposal({ confidence: 0.9, rule: 'link-known-name' }) }),
    ],
    relationships: [
      aSeedRelationship({ description: 'Alpha travels to Beta, proposed.', proposed: aProposal({ confidence: 0.6, rule: 'arrive-in' }) }),
      aSeedRelationship({
        type: 'SUPPORTS',
        description: null,
        evidence: [{ quote: 'Envoy Alpha praised Beta', field: 'BODY' }],
        proposed: aProposal({ confidence: 0.55, rule: 'praise-verb' }),
      }),
      aSeedRelationship({
        source: 'entity:gamma-times',
        type: 'REPORTS_ON',
        target: 'entity:alpha',
        description: null,
        evidence: [{ quote: 'The Gamma Times reported that Envoy Alpha praised Beta.', field: 'BODY' }],
        proposed: aProposal({ confidence: 0.8, rule: 'the-x-reported' }),
      }),
    ],
    ...overrides,
  });

/** Writes seed files to a fresh directory, named so that they load in the order given. */
async function seedDir(files: readonly SeedFile[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'newsgraph-provenance-'));
  await Promise.all(files.map((file, i) => writeFile(join(dir, `${String(i).padStart(3, '0')}_${file.article.id.slice('article:'.length)}.json`), JSON.stringify(file))));
  return dir;
}

/** Validates and seeds files as `npm run seed` does; returns what the seed logged. */
async function seed(tables: Awaited<ReturnType<typeof freshTables>>, files: readonly SeedFile[]): Promise<string[]> {
  const lines: string[] = [];
  const loaded = await loadSeedFiles([await seedDir(files)]);
  await seedGraph(buildGraph(loaded), createRepositories(localClients().document, tables), (line) => lines.push(line));
  return lines;
}

const ALPHA = `entity(id: "entity:alpha") {
  name description wikidataId aliases status confidence rule
  relationships(first: 10) { edges { node { id status confidence rule description evidence { quote status rule article { id } } } } }
}`;

describe('provenance on DynamoDB Local through the handler', () => {
  it('serves curated and proposed facts seeded together, curated winning where they meet, and filters on status', async () => {
    // Prepare
    const tables = await freshTables();
    await seed(tables, [curated, draft()]);
    const app = appOn(tables);
    // Act
    const { json } = await invoke(app.handler, graphqlEvent(`{
      alpha: ${ALPHA}
      gamma: entity(id: "entity:gamma-times") { status confidence rule }
      proposed: relationships(status: [PROPOSED]) { edges { node { id } } }
      curated: relationships(status: [CURATED]) { edges { node { id } } }
      article(id: "article:draft") { relationships(status: [PROPOSED]) { edges { node { id } } } }
    }`));
    // Assess
    expect(json.errors).toBeUndefined();
    const { alpha } = json.data;
    expect(alpha).toMatchObject({ name: 'Alpha', description: 'A visitor.', wikidataId: null, aliases: ['Mr Alpha', 'Envoy Alpha'], status: 'CURATED', confidence: null, rule: null });
    const relationships = Object.fromEntries(alpha.relationships.edges.map((e: any) => [e.node.id, e.node]));
    expect(relationships['relationship:alpha:VISITS:beta']).toMatchObject({ status: 'CURATED', confidence: null, rule: null, description: 'Alpha visits Beta.' });
    expect(relationships['relationship:alpha:VISITS:beta'].evidence.map((e: any) => [e.article.id, e.status, e.rule])).toEqual([
      ['article:draft', 'PROPOSED', 'arrive-in'],
      ['article:sample', 'CURATED', null],
    ]);
    expect(relationships['relationship:alpha:SUPPORTS:beta']).toMatchObject({ status: 'PROPOSED', confidence: 0.55, rule: 'praise-verb' });
    expect(json.data.gamma).toEqual({ status: 'CURATED', confidence: null, rule: null });
    const edgeIds = (connection: any) => connection.edges.map((e: any) => e.node.id);
    expect(edgeIds(json.data.proposed)).toEqual(['relationship:alpha:SUPPORTS:beta', 'relationship:gamma-times:REPORTS_ON:alpha']);
    expect(edgeIds(json.data.curated)).toEqual(['relationship:alpha:VISITS:beta']);
    expect(edgeIds(json.data.article.relationships)).toEqual(['relationship:alpha:SUPPORTS:beta', 'relationship:gamma-times:REPORTS_ON:alpha']);
  });

  it('never lets a proposed copy seeded in a later run replace curated data, and says so', async () => {
    // Prepare
    const tables = await freshTables();
    await seed(tables, [curated]);
    const before = await invoke(appOn(tables).handler, graphqlEvent(`{ alpha: ${ALPHA} }`));
    // A draft alone passes validation with a Wikidata id the curated file does not give.
    const later = draft();
    later.entities[0] = { ...later.entities[0]!, wikidataId: 'Q42' };
    // Act
    const log = await seed(tables, [later]);
    const after = await invoke(appOn(tables).handler, graphqlEvent(`{ alpha: ${ALPHA} beta: entity(id: "entity:beta") { description status } }`));
    // Assess
    const was = before.json.data.alpha;
    const is = after.json.data.alpha;
    expect(is).toMatchObject({ name: was.name, description: 'A visitor.', wikidataId: null, status: 'CURATED', confidence: null, rule: null });
    expect(is.aliases).toEqual(['Envoy Alpha', 'Mr Alpha']);
    expect(after.json.data.beta).toEqual({ description: null, status: 'CURATED' });
    const visits = is.relationships.edges.find((e: any) => e.node.id === 'relationship:alpha:VISITS:beta').node;
    expect(visits).toMatchObject({ status: 'CURATED', description: 'Alpha visits Beta.' });
    expect(visits.evidence.find((e: any) => e.article.id === 'article:sample')).toEqual(
      was.relationships.edges[0].node.evidence.find((e: any) => e.article.id === 'article:sample'),
    );
    expect(log).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/note: entity "entity:alpha" is curated; kept its wikidataId null, not the proposed "Q42"/),
        expect.stringMatching(/note: entity "entity:alpha" is curated; kept its description "A visitor\.", not the proposed "An envoy/),
        '  note: relationship:alpha:VISITS:beta is curated; kept its description "Alpha visits Beta.", not the proposed "Alpha travels to Beta, proposed."',
      ]),
    );
  });

  it('keeps the curated evidence an article gave when a proposed draft of the same article is seeded later', async () => {
    // Prepare
    const tables = await freshTables();
    await seed(tables, [curated]);
    const sameArticleDraft = aSeedFile({
      entities: curated.entities.map((e) => ({ ...e, proposed: aProposal() })),
      relationships: [aSeedRelationship({ description: 'A machine reading.', proposed: aProposal({ confidence: 0.3, rule: 'arrive-in' }) })],
    });
    // Act
    const log = await seed(tables, [sameArticleDraft]);
    const { json } = await invoke(appOn(tables).handler, graphqlEvent(`{ relationship(id: "relationship:alpha:VISITS:beta") {
      status confidence description evidence { quote article { id } } } }`));
    // Assess
    expect(json.data.relationship).toEqual({
      status: 'CURATED',
      confidence: null,
      description: 'Alpha visits Beta.',
      evidence: [{ quote: 'Alpha will arrive in Beta on Thursday.', article: { id: 'article:sample' } }],
    });
    expect(log).toContain('  note: relationship:alpha:VISITS:beta is curated in article:sample as stored; kept that evidence, not the proposed one');
  });

  it('promotes a proposed relationship when its file is re-seeded without `proposed`', async () => {
    // Prepare
    const tables = await freshTables();
    await seed(tables, [curated, draft()]);
    const reviewed = draft();
    const { proposed: _removed, ...supports } = reviewed.relationships[1]!;
    reviewed.relationships[1] = { ...supports, description: 'Envoy Alpha praised Beta.' };
    // Act
    await seed(tables, [reviewed]);
    const { json } = await invoke(appOn(tables).handler, graphqlEvent(`{ relationship(id: "relationship:alpha:SUPPORTS:beta") { status confidence rule description } }`));
    // Assess
    expect(json.data.relationship).toEqual({ status: 'CURATED', confidence: null, rule: null, description: 'Envoy Alpha praised Beta.' });
  });

  it('lists items written before the status index existed without status at once, and in the status lists once re-seeded', async () => {
    // Prepare: the items as a seed before the status index wrote them (no status keys, no status
    // copies), and before provenance (no status, no proposals): curated.
    const tables = await freshTables();
    const { document } = localClients();
    const beforeStatusIndex = ({ status: _s, statusPk: _pk, statusSk: _sk, proposal: _proposal, ...item }: Record<string, unknown>) => ({
      ...item,
      ...(Array.isArray(item.evidence) ? { evidence: item.evidence.map(({ proposal: _p, ...e }: Record<string, unknown>) => e) } : {}),
    });
    const alpha = anEntity({ id: 'entity:alpha', name: 'Alpha' });
    const visits = aRelationship({ sourceId: 'entity:alpha', targetId: 'entity:beta' });
    const { main, edges, evidence } = toRelationshipItems(visits);
    await document.send(
      new BatchWriteCommand({
        RequestItems: {
          [tables.relationships]: [main, ...edges, ...evidence].map((item) => ({ PutRequest: { Item: beforeStatusIndex(item as never) } })),
          [tables.entities]: [toEntityItem(alpha)].map((item) => ({ PutRequest: { Item: beforeStatusIndex(item as never) } })),
        },
      }),
    );
    const app = appOn(tables);
    const QUERY = `{
      all: relationships { edges { node { id status confidence rule } } }
      curated: relationships(status: [CURATED]) { edges { node { id } } }
      proposed: relationships(status: [PROPOSED]) { edges { node { id } } }
      out: entity(id: "entity:alpha") { status relationships(direction: OUTGOING, status: [CURATED]) { edges { node { id } } } }
      entities(status: [CURATED]) { edges { node { id } } }
    }`;
    // Act
    const before = await invoke(app.handler, graphqlEvent(QUERY));
    await seedGraph({ articles: [], entities: [alpha], relationships: [visits] }, createRepositories(document, tables));
    const after = await invoke(app.handler, graphqlEvent(QUERY));
    // Assess: the lists without status serve them at once; the status lists only once the seed
    // has written their status keys (README, "Seed the deployed tables").
    expect(before.json.errors).toBeUndefined();
    expect(before.json.data.all.edges).toEqual([{ node: { id: 'relationship:alpha:VISITS:beta', status: 'CURATED', confidence: null, rule: null } }]);
    expect(before.json.data.curated.edges).toEqual([]);
    expect(before.json.data.entities.edges).toEqual([]);
    expect(after.json.errors).toBeUndefined();
    expect(after.json.data.all).toEqual(before.json.data.all);
    expect(after.json.data.curated.edges).toEqual([{ node: { id: 'relationship:alpha:VISITS:beta' } }]);
    expect(after.json.data.proposed.edges).toEqual([]);
    expect(after.json.data.out).toEqual({ status: 'CURATED', relationships: { edges: [{ node: { id: 'relationship:alpha:VISITS:beta' } }] } });
    expect(after.json.data.entities.edges).toEqual([{ node: { id: 'entity:alpha' } }]);
  });

  describe('a rare status', () => {
    /** 60 relationships; every twentieth (ids 19, 39, 59 in id order) proposed. */
    const relationships = Array.from({ length: 60 }, (_, i) => {
      const n = String(i).padStart(2, '0');
      return aRelationship({
        sourceId: `entity:source-${n}`,
        targetId: 'entity:target',
        evidence: [anEvidence({ articleId: 'article:sample', proposal: i % 20 === 19 ? aProposal({ rule: `rule-${n}` }) : null })],
      });
    });
    const PROPOSED = ['relationship:source-19:VISITS:target', 'relationship:source-39:VISITS:target', 'relationship:source-59:VISITS:target'];
    let app: ReturnType<typeof appOn>;

    beforeAll(async () => {
      const tables = await freshTables();
      await seedGraph({ articles: [], entities: [], relationships }, createRepositories(localClients().document, tables));
      app = appOn(tables);
    });

    const PAGE = `query ($after: String) { relationships(first: 2, after: $after, status: [PROPOSED]) {
      edges { node { id status } } pageInfo { hasNextPage endCursor } } }`;

    it('fills every page with one Query that reads the page and one item more, and ends exactly', async () => {
      // Act
      app.calls.reset();
      const first = await invoke(app.handler, graphqlEvent(PAGE));
      const firstCalls = [...app.calls.calls];
      app.calls.reset();
      const second = await invoke(app.handler, graphqlEvent(PAGE, { after: first.json.data.relationships.pageInfo.endCursor }));
      const secondCalls = [...app.calls.calls];
      // Assess
      expect(first.json.data.relationships.edges.map((e: any) => e.node.id)).toEqual(PROPOSED.slice(0, 2));
      expect(first.json.data.relationships.pageInfo.hasNextPage).toBe(true);
      expect(second.json.data.relationships.edges.map((e: any) => e.node.id)).toEqual(PROPOSED.slice(2));
      expect(second.json.data.relationships.pageInfo.hasNextPage).toBe(false);
      // Under a FilterExpression the first page read 60 items in 5 calls; now the page is its own partition.
      expect(firstCalls.map((c) => [c.command, (c.input as any).IndexName, (c.input as any).FilterExpression, c.itemsRead])).toEqual([
        ['QueryCommand', 'byStatus', undefined, 3],
      ]);
      expect(secondCalls.map((c) => [c.command, c.itemsRead])).toEqual([['QueryCommand', 1]]);
    });

    it('refuses the cursor of the list without status (as every status cursor made before the index) with BAD_USER_INPUT', async () => {
      // Prepare
      const unfiltered = await invoke(app.handler, graphqlEvent(`{ relationships(first: 25) { pageInfo { endCursor } } }`));
      // Act
      const { statusCode, json } = await invoke(app.handler, graphqlEvent(PAGE, { after: unfiltered.json.data.relationships.pageInfo.endCursor }));
      // Assess
      expect(statusCode).toBe(200);
      expect(json.data).toBeNull();
      expect(json.errors).toEqual([expect.objectContaining({ path: ['relationships'], extensions: { code: 'BAD_USER_INPUT', argumentName: 'after' } })]);
    });
  });
});
