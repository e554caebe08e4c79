/**
 * Relay's compiler accepts schema.graphql: Relay-style documents with `@connection` pagination and
 * `@refetchable` fragments (refetched through `Query.node`) compile against it. relay-compiler
 * ships its own binary in the npm package; the test runs it on documents written to a temporary
 * project, the way a Relay front end would.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const ROOT = path.resolve(__dirname, '../../..');
const RELAY_COMPILER = path.join(ROOT, 'node_modules/relay-compiler/cli.js');

const ENTITY_VIEW = `
export const entityFragment = graphql\`
  fragment EntityView_entity on Entity
  @argumentDefinitions(count: { type: "Int", defaultValue: 20 }, cursor: { type: "String" })
  @refetchable(queryName: "EntityViewPaginationQuery") {
    id
    name
    entityType
    relationships(direction: OUTGOING, first: $count, after: $cursor) @connection(key: "EntityView_relationships") {
      edges { node { id relationshipType target { id name } } }
    }
  }
\`;

export const entityQuery = graphql\`
  query EntityViewQuery($id: ID!) {
    entity(id: $id) { ...EntityView_entity }
  }
\`;

export const nodeQuery = graphql\`
  query EntityViewNodeQuery($id: ID!) {
    node(id: $id) {
      id
      ... on Entity { entityType }
      ... on Relationship { relationshipType }
    }
  }
\`;
`;

const ARTICLE_MENTIONS = `
export const mentionsFragment = graphql\`
  fragment ArticleMentions_article on Article
  @argumentDefinitions(count: { type: "Int", defaultValue: 50 }, cursor: { type: "String" }, type: { type: "EntityType" })
  @refetchable(queryName: "ArticleMentionsPaginationQuery") {
    id
    title
    mentions(type: $type, first: $count, after: $cursor) @connection(key: "ArticleMentions_mentions", filters: ["type"]) {
      totalCount
      edges { node { count entity { id name type } spans { field start end text } } }
    }
  }
\`;

export const articlesQuery = graphql\`
  query ArticleMentionsListQuery {
    articles(first: 5) @connection(key: "ArticleMentions_articles") {
      edges { node { id ...ArticleMentions_article } }
    }
  }
\`;
`;

const CONFLICTING_TYPES = `
export const nodeQuery = graphql\`
  query ConflictQuery($id: ID!) {
    node(id: $id) {
      ... on Entity { type }
      ... on Relationship { type }
    }
  }
\`;
`;

/** A temporary Relay project with `documents` (file name → source), compiled; removed afterwards. */
async function compile(documents: Record<string, string>): Promise<{ ok: boolean; output: string; artifacts: string[] }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-relay-'));
  try {
    mkdirSync(path.join(dir, 'src/__generated__'), { recursive: true });
    for (const [name, source] of Object.entries(documents)) writeFileSync(path.join(dir, 'src', name), source);
    writeFileSync(path.join(dir, 'relay.config.json'), JSON.stringify({
      src: './src',
      schema: path.join(ROOT, 'schema.graphql'),
      language: 'javascript',
      artifactDirectory: './src/__generated__',
    }));
    const result = await promisify(execFile)(process.execPath, [RELAY_COMPILER, '--noWatchman', '--output', 'quiet-with-errors'], { cwd: dir })
      .then(({ stdout, stderr }) => ({ ok: true, output: stdout + stderr }))
      .catch((error: { stdout?: string; stderr?: string }) => ({ ok: false, output: `${error.stdout ?? ''}${error.stderr ?? ''}` }));
    const generated = path.join(dir, 'src/__generated__');
    return { ...result, artifacts: result.ok ? readdirSync(generated).sort() : [] };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("schema.graphql and Relay's compiler", () => {
  it('compiles @connection pagination and @refetchable fragments (refetched through node)', async () => {
    // Act
    const { ok, output, artifacts } = await compile({ 'EntityView.js': ENTITY_VIEW, 'ArticleMentions.js': ARTICLE_MENTIONS });

    // Assess
    expect(output).not.toMatch(/error/i);
    expect(ok).toBe(true);
    expect(artifacts).toEqual([
      'ArticleMentionsListQuery.graphql.js',
      'ArticleMentionsPaginationQuery.graphql.js',
      'ArticleMentions_article.graphql.js',
      'EntityViewNodeQuery.graphql.js',
      'EntityViewPaginationQuery.graphql.js',
      'EntityViewQuery.graphql.js',
      'EntityView_entity.graphql.js',
    ]);
  }, 60_000);

  it('refuses `type` of Entity and Relationship side by side, which is why entityType and relationshipType exist', async () => {
    // Act
    const { ok, output } = await compile({ 'Conflict.js': CONFLICTING_TYPES });

    // Assess
    expect(ok).toBe(false);
    expect(output).toMatch(/Field 'type' is ambiguous because it references fields with different types: 'type' with type 'EntityType!' and 'type' with type 'String!'/);
  }, 60_000);
});
