import * as fs from 'node:fs';
import * as path from 'node:path';
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { CfnTable } from 'aws-cdk-lib/aws-dynamodb';
import { GraphqlFunction, HANDLER_ENTRY, TABLE_ACTIONS } from '../../infra/graphql-function';
import { NewsgraphTable } from '../../infra/newsgraph-table';
import { ARTICLES_TABLE } from '../../src/data/tables';

// The stack test covers bindTable(table, 'read'); this covers the construct's other mode on its own.
const app = new App({ builtinCloudFormationValidation: false });
const stack = new Stack(app, 'Test');
const table = new NewsgraphTable(stack, { definition: ARTICLES_TABLE, durable: false });
const fn = new GraphqlFunction(stack, 'Fn', {
  stage: 'dev',
  sandbox: true,
  corsOrigins: ['*'],
});
fn.bindTable(table, 'readWrite');
const template = Template.fromStack(stack);
const tableId = stack.getLogicalId(table.node.defaultChild as CfnTable);
afterAll(() => fs.rmSync(app.outdir, { recursive: true, force: true }));

describe('GraphqlFunction', () => {
  it('uses src/lambda/handler.ts unless told otherwise', () => {
    // Prepare
    const repoRoot = path.resolve(__dirname, '..', '..');

    // Act
    const relative = path.relative(repoRoot, HANDLER_ENTRY);

    // Assess
    expect(relative).toBe(path.join('src', 'lambda', 'handler.ts'));
  });

  it('bindTable sets the environment variable named by the table definition', () => {
    // Prepare
    const functions = template.findResources('AWS::Lambda::Function');

    // Act
    const [variables] = Object.values(functions).map((f) => f.Properties.Environment.Variables);

    // Assess
    expect(variables[ARTICLES_TABLE.envVar]).toEqual({ Ref: tableId });
  });

  it("bindTable(table, 'readWrite') adds the write actions, still without Scan, on the table and its indexes", () => {
    // Prepare
    const tableArn = { 'Fn::GetAtt': [tableId, 'Arn'] };

    // Act
    const statements = Object.values(template.findResources('AWS::IAM::Policy'))
      .flatMap((p) => p.Properties.PolicyDocument.Statement)
      .filter((st: { Action: string[] }) => [st.Action].flat().some((a) => a.startsWith('dynamodb:')));

    // Assess
    expect(statements).toEqual([
      {
        Effect: 'Allow',
        Action: expect.arrayContaining([...TABLE_ACTIONS.readWrite]),
        Resource: [tableArn, { 'Fn::Join': ['', [tableArn, '/index/*']] }],
      },
    ]);
    expect(statements[0].Action).toHaveLength(TABLE_ACTIONS.readWrite.length);
    expect(TABLE_ACTIONS.readWrite).toEqual(
      expect.arrayContaining(['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem']),
    );
    expect(TABLE_ACTIONS.readWrite).not.toContain('dynamodb:Scan');
  });
});
