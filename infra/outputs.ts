/**
 * Names shared by the stack and by the scripts that read a deployed stack (the seed): the stack
 * name per stage and the keys of its CloudFormation outputs. Pure, no CDK imports, so a script can
 * import it without loading aws-cdk-lib.
 */
import type { TableId } from '../src/data/tables';
import type { DeployStage } from './context';

/** The CloudFormation stack name of a stage; one stack per stage, side by side in one account. */
export function stackNameFor(stage: DeployStage): string {
  return `newsgraph-${stage}`;
}

/** Output key of the HTTP API's own GraphQL URL (`https://<api-id>.execute-api.…/graphql`), the CDN's origin. */
export const GRAPHQL_URL_OUTPUT = 'GraphQlUrl';

/** Output key of the SNS topic the alarms notify (subscribe more endpoints to it). */
export const ALARM_TOPIC_OUTPUT = 'AlarmTopicArn';

/** Output key of the CloudWatch dashboard's name. */
export const DASHBOARD_OUTPUT = 'DashboardName';
/** Output key of the GraphQL URL through CloudFront (`https://<id>.cloudfront.net/graphql`). */
export const CDN_GRAPHQL_URL_OUTPUT = 'CdnGraphQlUrl';

/** Output key of the CloudFront distribution id. */
export const DISTRIBUTION_ID_OUTPUT = 'DistributionId';

/** Output keys of the physical table names, by table. */
export const TABLE_NAME_OUTPUTS: Readonly<Record<TableId, string>> = {
  articles: 'ArticlesTableName',
  entities: 'EntitiesTableName',
  relationships: 'RelationshipsTableName',
  persistedQueries: 'PersistedQueriesTableName',
};
