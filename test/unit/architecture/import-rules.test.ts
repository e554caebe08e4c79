/**
 * The layers named in the README's "Where things are" map, checked on every import of every
 * TypeScript file. Imports are read with the TypeScript compiler's own pre-processor
 * (`ts.preProcessFile`), so `import type`, re-exports and `import()` count like any other import.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import ts from 'typescript';

const ROOT = path.resolve(__dirname, '../../..');

interface SourceFile {
  /** Path from the project root, with forward slashes. */
  readonly file: string;
  readonly text: string;
}

interface ImportRule {
  /** Which files the rule is about (paths from the project root). */
  readonly appliesTo: RegExp;
  /** Why the rule exists, printed with every violation. */
  readonly reason: string;
  /** Returns true when the import (a project path without extension, or a package name) is forbidden. */
  readonly forbids: (target: string) => boolean;
}

const DYNAMODB_SDK = /^@aws-sdk\/(client-dynamodb|lib-dynamodb)$/;
const AWS_SDK = /^(@aws-sdk|@smithy)\//;
const CDK = /^(aws-cdk-lib|constructs|cdk-nag)(\/|$)/;
const under = (...folders: string[]) => (target: string) => folders.some((folder) => target === folder || target.startsWith(`${folder}/`));

export const IMPORT_RULES: readonly ImportRule[] = [
  {
    appliesTo: /^src\//,
    reason: 'runtime code never imports the CDK app, the bench, the tests or the CDK itself',
    forbids: (target) => under('infra', 'bench', 'test')(target) || CDK.test(target),
  },
  {
    appliesTo: /^src\/(graphql|lambda|data|generated)\/|^src\/[^/]+$/,
    reason: 'only the local runner (src/local) reads seed files',
    forbids: under('seed'),
  },
  {
    appliesTo: /^src\/graphql\//,
    reason: 'the GraphQL layer depends on repository interfaces, never on the AWS SDK, the Lambda edge or the local runner',
    forbids: (target) => AWS_SDK.test(target) || under('src/lambda', 'src/local')(target),
  },
  {
    appliesTo: /^src\/data\//,
    reason: 'repositories know DynamoDB, not GraphQL, Apollo, Lambda or the local runner',
    forbids: (target) =>
      target === 'graphql' || target.startsWith('@apollo/') || under('src/graphql', 'src/lambda', 'src/local')(target),
  },
  {
    appliesTo: /^src\/lambda\//,
    reason: 'the Lambda edge wires layers; DynamoDB is reached through src/data, and the local runner never ships',
    forbids: (target) => AWS_SDK.test(target) || under('src/local')(target),
  },
  {
    appliesTo: /^src\/[^/]+\.ts$/,
    reason: 'modules at the root of src/ are shared by every layer, so they depend on none of them but the table definition',
    forbids: (target) => under('src/graphql', 'src/lambda', 'src/local')(target) || (target.startsWith('src/data/') && target !== 'src/data/tables'),
  },
  {
    appliesTo: /^(src\/(?!data\/|local\/)|seed\/|bench\/|infra\/)/,
    reason: 'the DynamoDB SDK is used by repositories (src/data) and the local engine (src/local) only',
    forbids: (target) => DYNAMODB_SDK.test(target),
  },
  {
    appliesTo: /^seed\//,
    reason: 'the seed writes through the repositories; it never needs the GraphQL layer or the Lambda edge',
    forbids: under('src/graphql', 'src/lambda'),
  },
  {
    appliesTo: /^infra\//,
    reason: 'the CDK app reaches runtime code only through the entry path, the shared table definition and the shared CORS settings',
    forbids: (target) => target.startsWith('src/') && !['src/data/tables', 'src/cors'].includes(target),
  },
];

/** The rules' exceptions: files outside src/data and src/local that need the DynamoDB SDK, and why. */
const DYNAMODB_SDK_USERS = /^bench\/(baselines\/|calls|database|scale|seed-throughput)/;

/** Resolves an import specifier of `file` to a project path without extension, or keeps a package name. */
function importTarget(file: string, specifier: string): string {
  if (!specifier.startsWith('.')) return specifier;
  const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
  return resolved.replace(/\.(ts|js|json)$/, '').replace(/\/index$/, '');
}

/** Every violation of the rules in the given files, as `file → import: reason`. */
export function findViolations(files: readonly SourceFile[], rules: readonly ImportRule[] = IMPORT_RULES): string[] {
  const violations: string[] = [];
  for (const { file, text } of files) {
    const imports = ts.preProcessFile(text, true, true).importedFiles.map(({ fileName }) => fileName);
    for (const specifier of imports) {
      const target = importTarget(file, specifier);
      for (const rule of rules) {
        if (!rule.appliesTo.test(file) || !rule.forbids(target)) continue;
        if (DYNAMODB_SDK.test(target) && DYNAMODB_SDK_USERS.test(file)) continue;
        violations.push(`${file} → ${specifier}: ${rule.reason}`);
      }
    }
  }
  return violations;
}

function projectSources(): SourceFile[] {
  const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '*.ts'], { cwd: ROOT, encoding: 'utf8' });
  return listed
    .split('\n')
    .filter((file) => file !== '' && !file.startsWith('node_modules/'))
    .map((file) => ({ file, text: readFileSync(path.join(ROOT, file), 'utf8') }));
}

describe('import rules between layers', () => {
  const sources = projectSources();

  it('hold for every TypeScript file of the project', () => {
    // Act
    const violations = findViolations(sources);

    // Assess
    expect(violations).toEqual([]);
  });

  it('apply to files that exist, so that none of them holds vacuously', () => {
    // Assess
    for (const rule of IMPORT_RULES) {
      expect(sources.filter(({ file }) => rule.appliesTo.test(file)).length).toBeGreaterThan(0);
    }
  });

  it.each([
    ['src/graphql/resolvers/bad.ts', "import { DynamoDBClient } from '@aws-sdk/client-dynamodb';"],
    ['src/graphql/bad.ts', "import type { Config } from '../lambda/app';"],
    ['src/data/bad.ts', "import { GraphQLError } from 'graphql';"],
    ['src/data/bad.ts', "export { createServer } from '../graphql/server';"],
    ['src/lambda/bad.ts', "const local = import('../local/start');"],
    ['src/bad.ts', "import { createLoaders } from './graphql/loaders';"],
    ['src/graphql/bad.ts', "import { Stack } from 'aws-cdk-lib';"],
    ['src/lambda/bad.ts', "import { loadSeedFiles } from '../../seed/load-seed-files';"],
    ['infra/bad.ts', "import { createApp } from '../src/lambda/app';"],
    ['seed/bad.ts', "import { createLoaders } from '../src/graphql/loaders';"],
    ['seed/bad.ts', "import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';"],
  ])('report %s importing what its layer may not: %s', (file, text) => {
    // Act
    const violations = findViolations([{ file, text }]);

    // Assess
    expect(violations.length).toBeGreaterThan(0);
    expect(violations.every((violation) => violation.startsWith(`${file} → `))).toBe(true);
  });

  it.each([
    ['src/lambda/app.ts', "import { createServer } from '../graphql/server';"],
    ['src/graphql/loaders.ts', "import type { Repositories } from '../data/repositories';"],
    ['infra/newsgraph-stack.ts', "import { TABLES } from '../src/data/tables';"],
    ['src/local/start.ts', "import { seedGraph } from '../../seed/seed';"],
  ])('allow %s to import across layers the way the map says: %s', (file, text) => {
    // Assess
    expect(findViolations([{ file, text }])).toEqual([]);
  });
});
