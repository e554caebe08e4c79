import * as path from 'node:path';
import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import type { CfnTable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { HANDLER_ENTRY, LAMBDA_BUNDLING, PROJECT_ROOT } from './bundling';
import type { DeployStage } from './context';
import type { NewsgraphTable } from './newsgraph-table';

export { HANDLER_ENTRY } from './bundling';

/** How a function may use a table. */
export type TableAccess = 'read' | 'readWrite';

const READ_ACTIONS = ['dynamodb:BatchGetItem', 'dynamodb:GetItem', 'dynamodb:Query'];

/**
 * The DynamoDB actions granted per access mode. Written out instead of `table.grantReadData`,
 * which also grants Scan, ConditionCheckItem and the stream reads: the repositories only get,
 * batch-get and query, so that is all the role may do.
 */
export const TABLE_ACTIONS: Readonly<Record<TableAccess, readonly string[]>> = {
  read: READ_ACTIONS,
  readWrite: [...READ_ACTIONS, 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem'],
};

export interface GraphqlFunctionProps {
  /** The Lambda's STAGE. */
  readonly stage: DeployStage;
  /** The Lambda's SANDBOX: introspection and the Apollo Sandbox landing page. */
  readonly sandbox: boolean;
  /** The Lambda's CORS_ORIGINS; empty leaves the runtime config to its stage default. */
  readonly corsOrigins: readonly string[];
  /**
   * What happens to the function's log group when the stack is deleted.
   * @default RemovalPolicy.RETAIN
   */
  readonly logRemovalPolicy?: RemovalPolicy;
  /**
   * The TypeScript entry exporting `handler`. Only tests pass another one.
   * @default HANDLER_ENTRY (src/lambda/handler.ts)
   */
  readonly entry?: string;
}

/**
 * The newsgraph GraphQL Lambda with every function default in one place. Tables are attached with
 * `bindTable`, which sets the environment variable and the IAM permission in the same call.
 *
 * Its execution role is its own, without the AWS managed `AWSLambdaBasicExecutionRole` (which
 * allows writing to every log group): it may write to its own log group and use the bound tables, nothing else.
 */
export class GraphqlFunction extends NodejsFunction {
  private readonly executionRole: Role;

  constructor(scope: Construct, id: string, props: GraphqlFunctionProps) {
    // The role and log group must exist before `super`, so they are siblings named after the function.
    const role = new Role(scope, `${id}Role`, {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: 'newsgraph GraphQL function: its own log group and the tables bound to it, nothing else',
    });
    const logGroup = new LogGroup(scope, `${id}LogGroup`, {
      retention: RetentionDays.ONE_MONTH,
      removalPolicy: props.logRemovalPolicy ?? RemovalPolicy.RETAIN,
    });
    logGroup.grantWrite(role);

    super(scope, id, {
      entry: props.entry ?? HANDLER_ENTRY,
      handler: 'handler',
      projectRoot: PROJECT_ROOT,
      depsLockFilePath: path.join(PROJECT_ROOT, 'package-lock.json'),
      runtime: Runtime.NODEJS_24_X,
      // Graviton: 20% lower price per GB-second than x86_64; the bundle is plain JavaScript, nothing native.
      architecture: Architecture.ARM_64,
      // Lambda gives CPU in proportion to memory, and the cold start (parsing the bundle, building the
      // schema) and JSON serialisation are CPU-bound: 128 MB would make every cold start slow. 512 MB
      // is a starting point to confirm with bench/ figures, not a measured optimum.
      memorySize: 512,
      // A query is a few DynamoDB round trips of milliseconds each. 10 s stops a runaway request well
      // before API Gateway's 30 s integration limit, so the client sees the function's error.
      timeout: Duration.seconds(10),
      role,
      logGroup,
      environment: {
        STAGE: props.stage,
        SANDBOX: String(props.sandbox),
        CORS_ORIGINS: props.corsOrigins.join(','),
        POWERTOOLS_SERVICE_NAME: 'newsgraph',
        // graphql-js and Apollo Server read it: production defaults, no development-only checks.
        NODE_ENV: 'production',
        // Map minified stack traces back to the TypeScript sources (the bundle ships index.js.map).
        NODE_OPTIONS: '--enable-source-maps',
      },
      // The esbuild settings live in ./bundling.ts, which the bench builds its bundles from too.
      bundling: {
        forceDockerBundling: false,
        // OutputFormat's values are esbuild's format names, which is what the shared settings hold.
        format: LAMBDA_BUNDLING.format as OutputFormat,
        target: LAMBDA_BUNDLING.target,
        minify: LAMBDA_BUNDLING.minify,
        sourceMap: LAMBDA_BUNDLING.sourceMap,
        sourcesContent: LAMBDA_BUNDLING.sourcesContent,
        bundleAwsSDK: LAMBDA_BUNDLING.bundleAwsSDK,
        mainFields: [...LAMBDA_BUNDLING.mainFields],
        esbuildArgs: { '--alias': Object.entries(LAMBDA_BUNDLING.alias).map(([from, to]) => `${from}=${to}`) },
      },
    });
    this.executionRole = role;
  }

  /**
   * Gives the function access to a table: sets the environment variable named by the table's
   * definition to the physical table name and allows the actions of `mode` on the table and its
   * indexes. No KMS grant is needed: newsgraph tables use the AWS-managed key.
   */
  bindTable(table: NewsgraphTable, mode: TableAccess): void {
    this.addEnvironment(table.definition.envVar, table.tableName);
    this.addToRolePolicy(
      new PolicyStatement({
        actions: [...TABLE_ACTIONS[mode]],
        resources: [table.tableArn, `${table.tableArn}/index/*`],
      }),
    );
    const tableLogicalId = Stack.of(table).getLogicalId(table.node.defaultChild as CfnTable);
    Validations.of(this.executionRole).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${tableLogicalId}.Arn>/index/*]`,
      reason:
        'A Query on a global secondary index is authorized on the index ARN; `/index/*` covers the indexes of ' +
        'this one table, with the same actions as the table itself.',
    });
  }
}
