/**
 * Every type, field, argument and enum value of schema.graphql has a description: it is the
 * documentation Apollo Sandbox and every schema-driven tool shows. Checked with @graphql-eslint's
 * `require-description` rule through ESLint's Node API, so `npm test` needs no ESLint config file.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ESLint } from 'eslint';
import graphqlPlugin from '@graphql-eslint/eslint-plugin';

const ROOT = path.resolve(__dirname, '../../..');

const REQUIRE_DESCRIPTION = {
  types: true,
  rootField: true,
  FieldDefinition: true,
  InputValueDefinition: true,
  EnumValueDefinition: true,
  DirectiveDefinition: true,
} as const;

/** ESLint findings of `require-description` on `files`, as `file:line:column message`. */
async function descriptionFindings(files: string[], cwd = ROOT): Promise<string[]> {
  const eslint = new ESLint({
    cwd,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*.graphql'],
        languageOptions: { parser: graphqlPlugin.parser, parserOptions: { graphQLConfig: { schema: files.map((file) => path.resolve(cwd, file)) } } },
        plugins: { '@graphql-eslint': graphqlPlugin as unknown as ESLint.Plugin },
        rules: { '@graphql-eslint/require-description': ['error', REQUIRE_DESCRIPTION] },
      },
    ],
  });
  const results = await eslint.lintFiles(files);
  return results.flatMap((result) =>
    result.messages.map((message) => `${path.relative(cwd, result.filePath)}:${message.line}:${message.column} ${message.message}`),
  );
}

describe('schema.graphql descriptions', () => {
  it('describe every type, field, argument and enum value (0 findings)', async () => {
    // Act
    const findings = await descriptionFindings(['schema.graphql']);

    // Assess
    expect(findings).toEqual([]);
  });

  it('finds each undescribed type, field, argument and enum value, so the check above can fail', async () => {
    // Prepare
    const dir = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-descriptions-'));
    writeFileSync(path.join(dir, 'bare.graphql'), [
      '"Described." type Query { "Described." entity("Described." id: ID!, first: Int): Kind bare: String }',
      'enum Kind { "Described." PERSON PLACE }',
      '',
    ].join('\n'));

    // Act
    const findings = await descriptionFindings(['bare.graphql'], dir);
    rmSync(dir, { recursive: true, force: true });

    // Assess
    expect(findings).toEqual([
      'bare.graphql:1:69 Description is required for input value "first" in field "entity"',
      'bare.graphql:1:87 Description is required for field "bare" in type "Query"',
      'bare.graphql:2:6 Description is required for enum "Kind"',
      'bare.graphql:2:33 Description is required for enum value "PLACE" in enum "Kind"',
    ]);
  });
});
