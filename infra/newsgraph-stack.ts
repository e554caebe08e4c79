import { CfnOutput, RemovalPolicy, Stack, Tags, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { TABLES, type TableId } from '../src/data/tables';
import type { DeploymentSettings } from './context';
import { GraphqlFunction } from './graphql-function';
import { GraphqlHttpApi } from './graphql-http-api';
import { NewsgraphTable } from './newsgraph-table';
import { GRAPHQL_URL_OUTPUT, TABLE_NAME_OUTPUTS } from './outputs';

export interface NewsgraphStackProps extends StackProps {
  readonly settings: DeploymentSettings;
  /**
   * The Lambda entry. Only tests pass another one.
   * @default src/lambda/handler.ts
   */
  readonly handlerEntry?: string;
}

/**
 * One stage of newsgraph: the three tables of the shared definition, the GraphQL function with
 * read access to them, and the HTTP API in front of it.
 *
 * prod keeps its data: tables with deletion protection, retained with their logs when the stack
 * is deleted, and stack termination protection. dev is disposable: everything goes with the stack.
 */
export class NewsgraphStack extends Stack {
  readonly tables: Readonly<Record<TableId, NewsgraphTable>>;
  readonly graphqlFunction: GraphqlFunction;
  readonly httpApi: GraphqlHttpApi;

  constructor(scope: Construct, id: string, props: NewsgraphStackProps) {
    const { settings, handlerEntry, ...stackProps } = props;
    const durable = settings.stage === 'prod';
    super(scope, id, {
      description: `newsgraph GraphQL API (${settings.stage})`,
      terminationProtection: durable,
      ...stackProps,
    });
    Tags.of(this).add('project', 'newsgraph');
    Tags.of(this).add('stage', settings.stage);
    const removalPolicy = durable ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;

    const tables = TABLES.map((definition) => new NewsgraphTable(this, { definition, durable }));
    this.tables = Object.fromEntries(tables.map((t) => [t.definition.id, t])) as Record<TableId, NewsgraphTable>;

    this.graphqlFunction = new GraphqlFunction(this, 'GraphqlFunction', {
      stage: settings.stage,
      sandbox: settings.sandbox,
      corsOrigins: settings.corsOrigins,
      logRemovalPolicy: removalPolicy,
      entry: handlerEntry,
    });
    // The API only reads; the seed writes with its own credentials.
    for (const table of tables) this.graphqlFunction.bindTable(table, 'read');

    this.httpApi = new GraphqlHttpApi(this, 'HttpApi', {
      handler: this.graphqlFunction,
      corsOrigins: settings.corsOrigins,
      logRemovalPolicy: removalPolicy,
    });

    new CfnOutput(this, GRAPHQL_URL_OUTPUT, { value: this.httpApi.graphqlUrl, description: 'GraphQL endpoint' });
    for (const table of tables) {
      new CfnOutput(this, TABLE_NAME_OUTPUTS[table.definition.id], {
        value: table.tableName,
        description: `Physical name of the ${table.definition.id} table (${table.definition.envVar})`,
      });
    }
  }
}
