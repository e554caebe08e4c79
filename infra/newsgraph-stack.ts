import { CfnOutput, RemovalPolicy, Stack, Tags, type StackProps } from 'aws-cdk-lib';
import type { IDistribution } from 'aws-cdk-lib/aws-cloudfront';
import type { Construct } from 'constructs';
import { PERSISTED_QUERIES_TABLE, TABLES, type TableId } from '../src/data/tables';
import type { DeploymentSettings } from './context';
import { GraphqlCdn } from './graphql-cdn';
import { FUNCTION_TIMEOUT, GraphqlFunction } from './graphql-function';
import { GraphqlHttpApi } from './graphql-http-api';
import { Monitoring } from './monitoring';
import { NewsgraphTable } from './newsgraph-table';
import { ALARM_TOPIC_OUTPUT, CDN_GRAPHQL_URL_OUTPUT, DASHBOARD_OUTPUT, DISTRIBUTION_ID_OUTPUT, GRAPHQL_URL_OUTPUT, TABLE_NAME_OUTPUTS } from './outputs';

export interface NewsgraphStackProps extends StackProps {
  readonly settings: DeploymentSettings;
  /**
   * The Lambda entry. Only tests pass another one.
   * @default src/lambda/handler.ts
   */
  readonly handlerEntry?: string;
}

/**
 * What happens to a stage's data and logs when the stack, or the resource, is deleted. prod keeps
 * them, except when the stack's first create fails (CloudFormation `RetainExceptOnCreate`), which
 * would otherwise leave retained, billed resources of a stack that never existed.
 */
export function removalPolicyFor(durable: boolean): RemovalPolicy {
  return durable ? RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE : RemovalPolicy.DESTROY;
}

/**
 * One stage of newsgraph: the tables of the shared definition, the GraphQL function with read
 * access to the graph's and get/put access to the persisted-query store, the HTTP API in front of
 * it, and the CloudFront distribution in front of that.
 *
 * prod keeps its data: tables with deletion protection, retained with their logs when the stack
 * is deleted, and stack termination protection. dev is disposable: everything goes with the stack.
 */
export class NewsgraphStack extends Stack {
  readonly tables: Readonly<Record<TableId, NewsgraphTable>>;
  readonly graphqlFunction: GraphqlFunction;
  readonly httpApi: GraphqlHttpApi;
  /** CloudFront in front of the HTTP API (`cdn.distribution` for alarms and invalidations). */
  readonly cdn: GraphqlCdn;
  readonly monitoring: Monitoring;
  private readonly settings: DeploymentSettings;

  constructor(scope: Construct, id: string, props: NewsgraphStackProps) {
    const { settings, handlerEntry, ...stackProps } = props;
    const durable = settings.stage === 'prod';
    super(scope, id, {
      description: `newsgraph GraphQL API (${settings.stage})`,
      terminationProtection: durable,
      ...stackProps,
    });
    this.settings = settings;
    Tags.of(this).add('project', 'newsgraph');
    Tags.of(this).add('stage', settings.stage);
    const removalPolicy = removalPolicyFor(durable);

    const tables = TABLES.map((definition) => new NewsgraphTable(this, { definition, durable }));
    this.tables = Object.fromEntries(tables.map((t) => [t.definition.id, t])) as Record<TableId, NewsgraphTable>;

    this.graphqlFunction = new GraphqlFunction(this, 'GraphqlFunction', {
      stage: settings.stage,
      sandbox: settings.sandbox,
      corsOrigins: settings.corsOrigins,
      trustedDocumentsOnly: settings.trustedDocumentsOnly,
      logRemovalPolicy: removalPolicy,
      tracing: settings.tracing,
      entry: handlerEntry,
      cacheMaxAgeSeconds: settings.cacheMaxAgeSeconds,
    });
    // The API only reads the graph (the seed writes it with its own credentials); it gets and puts
    // registered documents in the persisted-query store, one item at a time.
    for (const table of tables) {
      this.graphqlFunction.bindTable(table, table.definition.id === PERSISTED_QUERIES_TABLE.id ? 'getPut' : 'read');
    }

    this.httpApi = new GraphqlHttpApi(this, 'HttpApi', {
      handler: this.graphqlFunction,
      corsOrigins: settings.corsOrigins,
      logRemovalPolicy: removalPolicy,
    });

    this.cdn = new GraphqlCdn(this, 'Cdn', {
      httpApi: this.httpApi,
      corsOrigins: settings.corsOrigins,
      originProtection: settings.originProtection,
    });
    if (this.cdn.originSecret) this.graphqlFunction.requireOriginSecret(this.cdn.originSecret);
    this.monitoring = this.addMonitoring(this.cdn.distribution);

    new CfnOutput(this, CDN_GRAPHQL_URL_OUTPUT, { value: this.cdn.graphqlUrl, description: 'GraphQL endpoint through the CDN (use this one)' });
    new CfnOutput(this, DISTRIBUTION_ID_OUTPUT, { value: this.cdn.distribution.distributionId, description: 'CloudFront distribution id' });
    new CfnOutput(this, GRAPHQL_URL_OUTPUT, {
      value: this.httpApi.graphqlUrl,
      description: settings.originProtection
        ? 'GraphQL endpoint of the HTTP API itself (the origin; it answers 403 to requests that do not come through the CDN)'
        : 'GraphQL endpoint of the HTTP API itself (the origin)',
    });
    
    new CfnOutput(this, ALARM_TOPIC_OUTPUT, { value: this.monitoring.topic.topicArn, description: 'SNS topic the alarms notify' });
    new CfnOutput(this, DASHBOARD_OUTPUT, { value: this.monitoring.dashboard.dashboardName, description: 'CloudWatch dashboard' });
    for (const table of tables) {
      new CfnOutput(this, TABLE_NAME_OUTPUTS[table.definition.id], {
        value: table.tableName,
        description: `Physical name of the ${table.definition.id} table (${table.definition.envVar})`,
      });
    }
  }

  /**
   * Alarms and the dashboard (infra/monitoring.ts) over every table in the stack. A CloudFront
   * distribution in front of the API, when there is one, is passed as `distribution`.
   */
  private addMonitoring(distribution?: IDistribution): Monitoring {
    return new Monitoring(this, 'Monitoring', {
      function: this.graphqlFunction,
      functionTimeout: FUNCTION_TIMEOUT,
      httpApi: this.httpApi.api,
      distribution,
      alarmEmail: this.settings.alarmEmail,
      removalPolicy: removalPolicyFor(this.settings.stage === 'prod'),
    });
  }
}
