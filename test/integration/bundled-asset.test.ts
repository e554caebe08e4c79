/**
 * The shipped code works: the exact index.js that `cdk deploy` would upload, run in a fresh `node`
 * process with the environment the stack gives the function (see ./support/bundled-function.ts),
 * answers API Gateway v2 events from seeded tables on DynamoDB Local, and follows its stage's
 * sandbox setting.
 *
 * The bundle targets the Lambda runtime (Node.js 24) while this machine may run Node 20: that is
 * fine as long as the code uses no syntax or API newer than Node 20, and loading it here checks
 * the syntax half of that.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { TableNames } from '../../src/data/tables';
import { functionAssetDir, removeAssemblies, synthesize, type Synthesized } from '../infra/synth';
import { apiGatewayEvent, graphqlEvent, invoke } from '../support/lambda-events';
import { type BundledFunction, startBundledFunction } from './support/bundled-function';
import { integrationEndpoint } from './support/local-dynamodb';
import { seededTables } from './support/seeded-app';

const REPO_ROOT = path.resolve(__dirname, '..', '..');

const dynamodbEndpoint = integrationEndpoint();
const dev = synthesize({ context: { stage: 'dev' } });
const prod = synthesize({ context: { stage: 'prod' } });
afterAll(() => removeAssemblies(dev, prod));

const ARTICLE_QUERY = `{ article(id: "article:ed35ebebeaaf3e62") {
  title mentions(first: 100) { totalCount edges { node { count entity { id name type } } } } } }`;
const INTROSPECTION_QUERY = '{ __schema { queryType { name } } }';
const BROWSER_GET = { method: 'GET', headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } } as const;

/** What the bundle was built from, read from its source map: repository files and npm packages. */
function bundledSources(s: Synthesized): { files: string[]; packages: string[] } {
  const assetDir = functionAssetDir(s);
  const { sources } = JSON.parse(fs.readFileSync(path.join(assetDir, 'index.js.map'), 'utf8')) as { sources: string[] };
  const packages = new Set<string>();
  const files: string[] = [];
  for (const source of sources) {
    const pkg = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(source)?.[1];
    if (pkg !== undefined) packages.add(pkg);
    // esbuild writes each source relative to the bundle's directory.
    else files.push(path.relative(REPO_ROOT, path.resolve(assetDir, source)).split(path.sep).join('/'));
  }
  return { files: files.sort(), packages: [...packages].sort() };
}

describe('the bundled function asset', () => {
  it.each([
    ['dev', dev],
    ['prod', prod],
  ] as const)('%s: holds src/ runtime code and its dependencies, no local, seed or CDK code', (_stage, s) => {
    // Prepare
    const code = fs.readFileSync(path.join(functionAssetDir(s), 'index.js'), 'utf8');

    // Act
    const { files, packages } = bundledSources(s);

    // Assess
    expect(files).toContain('src/lambda/handler.ts');
    expect(packages).toEqual(expect.arrayContaining(['@apollo/server', '@aws-sdk/client-dynamodb', 'graphql']));
    expect(files.filter((f) => !f.startsWith('src/') || f.startsWith('src/local/'))).toEqual([]);
    const forbidden = ['amplify-dynamodb-simulator', 'aws-cdk-lib', 'constructs', 'cdk-nag', 'esbuild', 'tar', 'zod', '@aws-sdk/client-cloudformation'];
    expect(packages.filter((p) => forbidden.includes(p))).toEqual([]);
    expect(code).not.toContain('amplify-dynamodb-simulator');
    expect(code).not.toContain('DynamoDBLocal');
  });
});

describe.each([
  ['dev', dev],
  ['prod', prod],
] as const)('the bundled %s function, run with its stack environment', (stage, s) => {
  let tables: TableNames;
  let fn: BundledFunction;
  /** The function's log output is shown when an assertion fails, since the child's is otherwise lost. */
  const withLogs = async <T>(act: () => Promise<T>): Promise<T> => {
    try {
      return await act();
    } catch (error) {
      throw new Error(`${String(error)}\n--- function output ---\n${fn.output()}`);
    }
  };

  beforeAll(async () => {
    tables = await seededTables();
    fn = await startBundledFunction({ synthesized: s, tables, dynamodbEndpoint });
  });
  afterAll(async () => {
    await fn?.stop();
  });

  it('gets the template environment, with only the table names pointed at DynamoDB Local', () => {
    // Assess
    expect(fn.environment).toMatchObject({
      STAGE: stage,
      SANDBOX: String(stage === 'dev'),
      POWERTOOLS_SERVICE_NAME: 'newsgraph',
      NODE_ENV: 'production',
      NODE_OPTIONS: '--enable-source-maps',
      ARTICLES_TABLE: tables.articles,
      ENTITIES_TABLE: tables.entities,
      RELATIONSHIPS_TABLE: tables.relationships,
      _HANDLER: 'index.handler',
    });
  });

  it('answers an article with its mentions from the seeded tables', async () => {
    // Act
    const { statusCode, json } = await withLogs(() => invoke(fn.handler, graphqlEvent(ARTICLE_QUERY)));

    // Assess
    expect(statusCode).toBe(200);
    expect(json.errors).toBeUndefined();
    const { article } = json.data;
    expect(article.title).toBe('Vladimir Putin’s state visit to China shows deepening links');
    expect(article.mentions.totalCount).toBe(28);
    expect(article.mentions.edges).toHaveLength(28);
    expect(article.mentions.edges.map((e: any) => e.node.entity)).toContainEqual({
      id: 'entity:vladimir-putin',
      name: 'Vladimir Putin',
      type: 'PERSON',
    });
  });

  it("answers an entity's relationships with their evidence", async () => {
    // Act
    const { statusCode, json } = await withLogs(() =>
      invoke(
        fn.handler,
        graphqlEvent(`query ($id: ID!) { entity(id: $id) {
          name visits: relationships(direction: OUTGOING, type: "VISITS") { edges { node {
            source { id } target { name } evidence { article { id } } } } } } }`, { id: 'entity:vladimir-putin' }),
      ),
    );

    // Assess
    expect(statusCode).toBe(200);
    expect(json.errors).toBeUndefined();
    expect(json.data.entity.name).toBe('Vladimir Putin');
    const visits = json.data.entity.visits.edges.map((e: any) => e.node);
    expect(visits.map((v: any) => [v.source.id, v.target.name])).toEqual([['entity:vladimir-putin', 'China']]);
    expect(visits[0].evidence.map((e: any) => e.article.id)).toContain('article:ed35ebebeaaf3e62');
  });

  if (stage === 'dev') {
    it('serves the Apollo Sandbox landing page to a browser', async () => {
      // Act
      const page = await withLogs(() => invoke(fn.handler, apiGatewayEvent(BROWSER_GET)));

      // Assess
      expect(page.statusCode).toBe(200);
      expect(page.headers['content-type']).toMatch(/^text\/html/);
      expect(page.body).toMatch(/<!DOCTYPE html>/i);
      expect(page.body).toMatch(/sandbox/i);
    });

    it('answers introspection', async () => {
      // Act
      const { json } = await withLogs(() => invoke(fn.handler, graphqlEvent(INTROSPECTION_QUERY)));

      // Assess
      expect(json).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
    });
  } else {
    it('serves no landing page to a browser', async () => {
      // Act
      const page = await withLogs(() => invoke(fn.handler, apiGatewayEvent(BROWSER_GET)));

      // Assess: with no landing page, Apollo takes the GET for an operation, which CSRF prevention refuses.
      expect(page.statusCode).toBe(400);
      expect(page.headers['content-type']).not.toMatch(/html/);
      expect(page.body).not.toMatch(/<!DOCTYPE html>|sandbox/i);
    });

    it('refuses introspection', async () => {
      // Act
      const { statusCode, json } = await withLogs(() => invoke(fn.handler, graphqlEvent(INTROSPECTION_QUERY)));

      // Assess
      expect(statusCode).toBe(400);
      expect(json.data).toBeUndefined();
      expect(json.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(json.errors[0].message).toMatch(/introspection/i);
    });
  }
});
