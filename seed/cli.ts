/**
 * `npm run seed [-- [--check] [--stack <StackName>] [<file-or-directory> ...]]`
 *
 * Validates every seed file (default seed/data/) before writing anything, then writes them to:
 * - the tables of a deployed stack with `--stack <StackName>` (names from its outputs);
 * - else the tables named by ARTICLES_TABLE, ENTITIES_TABLE, RELATIONSHIPS_TABLE when all are set
 *   (on AWS, or on DYNAMODB_ENDPOINT if set);
 * - else DynamoDB Local at DYNAMODB_ENDPOINT (default http://127.0.0.1:8000, where `npm run db`
 *   listens) with the local table names.
 * `--check` validates and prints the summary without writing.
 */
import '../src/local/quiet-sdk';

import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { createDynamoDbClients } from '../src/data/dynamodb-client';
import { createRepositories } from '../src/data/create-repositories';
import type { ProposalRecord } from '../src/data/model';
import { relationshipProposal } from '../src/data/provenance';
import { ARTICLES_TABLE, ENTITIES_TABLE, LOCAL_TABLE_NAMES, RELATIONSHIPS_TABLE, type TableNames } from '../src/data/tables';
import { ServiceUnavailableError } from '../src/errors';
import { buildGraph } from './build-graph';
import { loadSeedFiles, SeedValidationError } from './load-seed-files';
import { seedGraph } from './seed';
import { tableNamesFromStack } from './stack-outputs';

export const DEFAULT_SEED_DIR = join(__dirname, 'data');
export const DEFAULT_LOCAL_ENDPOINT = 'http://127.0.0.1:8000';

interface Target {
  readonly description: string;
  readonly tables: TableNames;
  readonly endpoint?: string;
  readonly region: string;
}

async function resolveTarget(stack: string | undefined, env: NodeJS.ProcessEnv): Promise<Target> {
  if (stack) {
    // The tables are in the stack's region: the one the CloudFormation client resolved from the
    // usual AWS configuration (AWS_REGION, or the profile's region in ~/.aws/config).
    const cloudFormation = new CloudFormationClient({});
    const region = await cloudFormation.config.region();
    return { description: `stack ${stack} in ${region}`, tables: await tableNamesFromStack(stack, cloudFormation), region };
  }
  const region = env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? 'us-east-1';
  const named = [ARTICLES_TABLE.envVar, ENTITIES_TABLE.envVar, RELATIONSHIPS_TABLE.envVar].map((name) => env[name]);
  if (named.every(Boolean)) {
    const [articles, entities, relationships] = named as string[];
    const endpoint = env.DYNAMODB_ENDPOINT || undefined;
    return { description: `tables ${articles}, ${entities}, ${relationships}${endpoint ? ` at ${endpoint}` : ''}`, tables: { articles, entities, relationships }, endpoint, region };
  }
  if (named.some(Boolean)) {
    throw new Error(`Set all of ${ARTICLES_TABLE.envVar}, ${ENTITIES_TABLE.envVar}, ${RELATIONSHIPS_TABLE.envVar}, or none of them`);
  }
  const endpoint = env.DYNAMODB_ENDPOINT || DEFAULT_LOCAL_ENDPOINT;
  return { description: `DynamoDB Local at ${endpoint}`, tables: LOCAL_TABLE_NAMES, endpoint, region };
}

function explain(error: unknown, target: Target | undefined): string {
  if (error instanceof SeedValidationError) return `${error.message}\nNothing was written.`;
  // An unreachable DynamoDB arrives as a ServiceUnavailableError whose cause is the SDK's error.
  const sdkError = error instanceof ServiceUnavailableError && error.cause !== undefined ? error.cause : error;
  const name = (sdkError as { name?: string }).name;
  const code = (sdkError as { code?: string }).code ?? (sdkError as { cause?: { code?: string } }).cause?.code;
  if (code === 'ECONNREFUSED' || name === 'TimeoutError') {
    return `Cannot reach DynamoDB (${target?.description}). Start it with \`npm run db\` in another terminal, or set DYNAMODB_ENDPOINT.`;
  }
  if (name === 'ResourceNotFoundException') return `A table is missing (${target?.description}). \`npm run db\` creates the local tables.`;
  return (error as Error).message ?? String(error);
}

/** " (n proposed)" after a count, when any of the items are proposed (after curated wins). */
function proposedCount(proposals: ReadonlyArray<ProposalRecord | null>): string {
  const proposed = proposals.filter((p) => p !== null).length;
  return proposed > 0 ? ` (${proposed} proposed)` : '';
}

export async function main(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: { check: { type: 'boolean', default: false }, stack: { type: 'string' }, help: { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  if (values.help) {
    console.log('Usage: npm run seed -- [--check] [--stack <StackName>] [<file-or-directory> ...]');
    return 0;
  }
  let target: Target | undefined;
  try {
    const paths = positionals.length > 0 ? positionals : [DEFAULT_SEED_DIR];
    const files = await loadSeedFiles(paths);
    const graph = buildGraph(files);
    const counts = `${files.length} file(s): ${graph.articles.length} article(s), ${graph.entities.length} entities${proposedCount(graph.entities.map((e) => e.proposal))}, ${graph.relationships.length} relationships${proposedCount(graph.relationships.map((r) => relationshipProposal(r.evidence)))}, ${graph.articles.reduce((n, a) => n + a.mentions.length, 0)} mentions`;
    console.log(`Validated ${counts}.`);
    if (values.check) return 0;

    target = await resolveTarget(values.stack, env);
    console.log(`Seeding ${target.description} …`);
    const { document } = createDynamoDbClients({ region: target.region, endpoint: target.endpoint, requestTimeoutMs: 5000 });
    const summary = await seedGraph(graph, createRepositories(document, target.tables), (line) => console.log(line));
    console.log(
      `Done: ${summary.articles} article(s), ${summary.entities} entities, ${summary.relationships} relationships` +
        `${summary.relationshipsDeleted ? `, ${summary.relationshipsDeleted} deleted` : ''}; ${summary.itemWrites} item writes.`,
    );
    return 0;
  } catch (error) {
    console.error(`Seed failed: ${explain(error, target)}`);
    return 1;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
