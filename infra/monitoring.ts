import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import type { IHttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import type { IDistribution } from 'aws-cdk-lib/aws-cloudfront';
import {
  Alarm,
  AlarmStatusWidget,
  ComparisonOperator,
  Dashboard,
  GraphWidget,
  MathExpression,
  Metric,
  TextWidget,
  TreatMissingData,
  type IMetric,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { Operation, Table, type ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import { METRIC_DIMENSIONS, METRIC_NAMES, METRICS_NAMESPACE, SERVICE_NAME } from '../src/metrics';

/** Every alarm evaluates 5-minute periods: the finest standard resolution for Lambda, API Gateway and DynamoDB at no extra cost. */
export const ALARM_PERIOD = Duration.minutes(5);

/**
 * The alarm thresholds, with the reasoning the README's "Monitoring" section gives in full. A
 * count alarm fires at `threshold` or more in `datapoints` of `evaluationPeriods` periods.
 */
export const ALARM_THRESHOLDS = {
  /** Invocations that failed outright (an uncaught error or a timeout): the handler answers every GraphQL error itself, so one is a bug. */
  lambdaErrors: { threshold: 1, evaluationPeriods: 1, datapoints: 1 },
  /** Every throttled invocation is a 5xx to a client; no reserved concurrency is set, so it means the account's limit. */
  lambdaThrottles: { threshold: 1, evaluationPeriods: 1, datapoints: 1 },
  /** p99 duration at 80% of the function timeout: the request budget (8 s) is running out; two of three periods so one slow burst does not page. */
  durationP99OfTimeout: { fraction: 0.8, evaluationPeriods: 3, datapoints: 2 },
  /** 5xx as % of requests, when there are at least `minRequests`: twice in a row above 1%. */
  http5xxPercent: { threshold: 1, minRequests: 20, evaluationPeriods: 2, datapoints: 2 },
  /** 4xx as % of requests, when there are at least `minRequests`: 20% for three periods (a broken client release, a flood of refused queries, stage throttling). */
  http4xxPercent: { threshold: 20, minRequests: 50, evaluationPeriods: 3, datapoints: 3 },
  /** Throttled DynamoDB requests per table in a period: the SDK retries a few; more means 503s. */
  dynamodbThrottles: { threshold: 5, evaluationPeriods: 1, datapoints: 1 },
  /** DynamoDB 5xx per table in a period: AWS-side errors, retried by the SDK; five or more is an incident. */
  dynamodbSystemErrors: { threshold: 5, evaluationPeriods: 1, datapoints: 1 },
  /** CloudFront 5xx error rate (%, average over the period), twice in a row. */
  cloudFront5xxPercent: { threshold: 1, evaluationPeriods: 2, datapoints: 2 },
} as const;

/**
 * The DynamoDB operations whose throttles and system errors are watched: what the function
 * (reads) and the seed (writes) send. An alarm's math may hold at most 10 metrics, and CDK's
 * default list is every DynamoDB operation.
 */
export const WATCHED_TABLE_OPERATIONS: readonly Operation[] = [
  Operation.GET_ITEM,
  Operation.BATCH_GET_ITEM,
  Operation.QUERY,
  Operation.BATCH_WRITE_ITEM,
  Operation.PUT_ITEM,
  Operation.DELETE_ITEM,
];

export interface MonitoringProps {
  /** The GraphQL function. */
  readonly function: IFunction;
  /** Its timeout; the duration alarm fires near it. */
  readonly functionTimeout: Duration;
  readonly httpApi: IHttpApi;
  /**
   * The tables to watch.
   * @default every DynamoDB `Table` in the stack at the time this construct is created, so a new table gets its alarms without an edit here
   */
  readonly tables?: readonly ITable[];
  /** A CloudFront distribution in front of the API; its 5xx rate gets an alarm and a graph. */
  readonly distribution?: IDistribution;
  /** Sent every alarm and its recovery; the topic has no subscription without it. */
  readonly alarmEmail?: string;
  /**
   * What happens to the topic's KMS key when the stack is deleted.
   * @default RemovalPolicy.RETAIN
   */
  readonly removalPolicy?: RemovalPolicy;
}

/**
 * Alarms on the function, the HTTP API, every table and the CDN, all notifying one SNS topic, and
 * a dashboard of the same metrics with the per-operation ones the function publishes
 * (src/lambda/powertools-metrics.ts).
 *
 * Missing data never breaches: a metric without data means no traffic (or no failures), not an
 * outage; the HTTP API's request count is the place to see a stage that went quiet.
 */
export class Monitoring extends Construct {
  readonly topic: Topic;
  readonly alarms: Alarm[] = [];
  readonly dashboard: Dashboard;

  constructor(scope: Construct, id: string, props: MonitoringProps) {
    super(scope, id);
    const tables = props.tables ?? Stack.of(this).node.findAll().filter((c): c is Table => c instanceof Table);

    // CloudWatch publishes to an encrypted topic only with a customer managed key whose policy lets
    // it use the key: the AWS managed aws/sns key allows no service principal.
    const key = new Key(this, 'AlarmTopicKey', {
      description: 'Encrypts the newsgraph alarm topic',
      enableKeyRotation: true,
      removalPolicy: props.removalPolicy ?? RemovalPolicy.RETAIN,
    });
    key.grant(new ServicePrincipal('cloudwatch.amazonaws.com'), 'kms:Decrypt', 'kms:GenerateDataKey*');
    this.topic = new Topic(this, 'AlarmTopic', { displayName: `${Stack.of(this).stackName} alarms`, masterKey: key, enforceSSL: true });
    // enforceSSL gives the topic a policy of its own, which replaces the default one: allow CloudWatch explicitly.
    this.topic.addToResourcePolicy(
      new PolicyStatement({
        actions: ['sns:Publish'],
        principals: [new ServicePrincipal('cloudwatch.amazonaws.com')],
        resources: [this.topic.topicArn],
        conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(this).account } },
      }),
    );
    if (props.alarmEmail !== undefined) this.topic.addSubscription(new EmailSubscription(props.alarmEmail));

    const t = ALARM_THRESHOLDS;
    const fn = props.function;
    const lambdaErrors = fn.metricErrors({ period: ALARM_PERIOD, statistic: 'Sum' });
    const lambdaThrottles = fn.metricThrottles({ period: ALARM_PERIOD, statistic: 'Sum' });
    const durationP99 = fn.metricDuration({ period: ALARM_PERIOD, statistic: 'p99' });
    const requests = props.httpApi.metricCount({ period: ALARM_PERIOD, statistic: 'Sum' });
    const http5xx = props.httpApi.metricServerError({ period: ALARM_PERIOD, statistic: 'Sum' });
    const http4xx = props.httpApi.metricClientError({ period: ALARM_PERIOD, statistic: 'Sum' });

    this.alarm('LambdaErrors', lambdaErrors, t.lambdaErrors, 'The GraphQL function failed invocations (uncaught error or timeout).');
    this.alarm('LambdaThrottles', lambdaThrottles, t.lambdaThrottles, 'The GraphQL function was throttled: clients got 5xx.');
    const durationThreshold = Math.round(props.functionTimeout.toMilliseconds() * t.durationP99OfTimeout.fraction);
    this.alarm(
      'DurationP99',
      durationP99,
      { ...t.durationP99OfTimeout, threshold: durationThreshold },
      `p99 duration of the GraphQL function is at ${t.durationP99OfTimeout.fraction * 100}% of its ${props.functionTimeout.toSeconds()} s timeout.`,
      ComparisonOperator.GREATER_THAN_THRESHOLD,
    );
    this.alarm(
      'Http5xxRate',
      percentOf(http5xx, requests, t.http5xxPercent.minRequests, '5xx % of requests'),
      t.http5xxPercent,
      `More than ${t.http5xxPercent.threshold}% of HTTP API requests answered 5xx.`,
      ComparisonOperator.GREATER_THAN_THRESHOLD,
    );
    this.alarm(
      'Http4xxRate',
      percentOf(http4xx, requests, t.http4xxPercent.minRequests, '4xx % of requests'),
      t.http4xxPercent,
      `More than ${t.http4xxPercent.threshold}% of HTTP API requests answered 4xx.`,
      ComparisonOperator.GREATER_THAN_THRESHOLD,
    );

    const tableMetrics = tables.map((table, index) => {
      const name = table.node.id;
      const throttled = sumOverOperations(table, 'ThrottledRequests', `t${index}throttled`, `${name} throttled requests`);
      const systemErrors = sumOverOperations(table, 'SystemErrors', `t${index}errors`, `${name} system errors`);
      this.alarm(`${name}ThrottledRequests`, throttled, t.dynamodbThrottles, `DynamoDB throttled requests on the ${name} table.`);
      this.alarm(`${name}SystemErrors`, systemErrors, t.dynamodbSystemErrors, `DynamoDB system errors on the ${name} table.`);
      return { name, throttled, systemErrors };
    });

    let cdn5xx: IMetric | undefined;
    if (props.distribution) {
      // CloudFront publishes its metrics in us-east-1 only, with Region=Global.
      cdn5xx = new Metric({
        namespace: 'AWS/CloudFront',
        metricName: '5xxErrorRate',
        dimensionsMap: { DistributionId: props.distribution.distributionId, Region: 'Global' },
        statistic: 'Average',
        period: ALARM_PERIOD,
        region: 'us-east-1',
      });
      this.alarm(
        'CloudFront5xxRate',
        cdn5xx,
        t.cloudFront5xxPercent,
        `More than ${t.cloudFront5xxPercent.threshold}% of CloudFront requests answered 5xx.`,
        ComparisonOperator.GREATER_THAN_THRESHOLD,
      );
    }

    this.dashboard = new Dashboard(this, 'Dashboard', { defaultInterval: Duration.hours(6) });
    const wide = { width: 12, height: 6 };
    this.dashboard.addWidgets(
      new TextWidget({
        markdown: `# ${Stack.of(this).stackName}\nAlarms notify the SNS topic; thresholds and their reasons are in the README ("Monitoring").`,
        width: 24,
        height: 2,
      }),
    );
    this.dashboard.addWidgets(new AlarmStatusWidget({ alarms: this.alarms, width: 24, height: 3 }));
    this.dashboard.addWidgets(
      new GraphWidget({ title: 'HTTP API requests, 4xx, 5xx', left: [requests, http4xx, http5xx], ...wide }),
      new GraphWidget({
        title: 'HTTP API latency (p50, p99)',
        left: [
          props.httpApi.metricLatency({ period: ALARM_PERIOD, statistic: 'p50' }),
          props.httpApi.metricLatency({ period: ALARM_PERIOD, statistic: 'p99' }),
        ],
        ...wide,
      }),
    );
    this.dashboard.addWidgets(
      new GraphWidget({ title: 'Lambda invocations, errors, throttles', left: [fn.metricInvocations({ period: ALARM_PERIOD }), lambdaErrors, lambdaThrottles], ...wide }),
      new GraphWidget({
        title: 'Lambda duration (p50, p99)',
        left: [fn.metricDuration({ period: ALARM_PERIOD, statistic: 'p50' }), durationP99],
        leftAnnotations: [{ value: durationThreshold, label: 'alarm' }],
        ...wide,
      }),
    );
    this.dashboard.addWidgets(
      new GraphWidget({ title: 'Requests per operation', left: [perOperation(METRIC_NAMES.requests, 'Sum')], ...wide }),
      new GraphWidget({ title: 'Duration p99 per operation (ms)', left: [perOperation(METRIC_NAMES.duration, 'p99')], ...wide }),
    );
    this.dashboard.addWidgets(
      new GraphWidget({ title: 'Requests with errors per operation', left: [perOperation(METRIC_NAMES.errors, 'Sum')], ...wide }),
      new GraphWidget({ title: 'Errors by code', left: [byErrorCode()], ...wide }),
    );
    this.dashboard.addWidgets(
      new GraphWidget({ title: 'DynamoDB requests per request, per operation (average)', left: [perOperation(METRIC_NAMES.dynamodbRequests, 'Average')], ...wide }),
      new GraphWidget({ title: 'DynamoDB waves per request, per operation (max)', left: [perOperation(METRIC_NAMES.dynamodbWaves, 'Maximum')], ...wide }),
    );
    this.dashboard.addWidgets(
      new GraphWidget({ title: 'DynamoDB throttled requests per table', left: tableMetrics.map((m) => m.throttled), ...wide }),
      new GraphWidget({ title: 'DynamoDB system errors per table', left: tableMetrics.map((m) => m.systemErrors), ...wide }),
    );
    this.dashboard.addWidgets(
      new GraphWidget({
        title: 'Cold starts',
        left: [
          new MathExpression({
            expression: `SEARCH('{${METRICS_NAMESPACE},${METRIC_DIMENSIONS.service},function_name} MetricName="${METRIC_NAMES.coldStart}"', 'Sum', ${ALARM_PERIOD.toSeconds()})`,
            label: '',
            period: ALARM_PERIOD,
          }),
        ],
        ...wide,
      }),
      ...(cdn5xx ? [new GraphWidget({ title: 'CloudFront 5xx error rate (%)', left: [cdn5xx], ...wide })] : []),
    );
  }

  private alarm(
    id: string,
    metric: IMetric,
    limits: { readonly threshold: number; readonly evaluationPeriods: number; readonly datapoints: number },
    description: string,
    comparisonOperator = ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
  ): Alarm {
    const alarm = new Alarm(this, id, {
      metric,
      threshold: limits.threshold,
      evaluationPeriods: limits.evaluationPeriods,
      datapointsToAlarm: limits.datapoints,
      comparisonOperator,
      treatMissingData: TreatMissingData.NOT_BREACHING,
      alarmDescription: `${description} Thresholds: README, "Monitoring".`,
    });
    const action = new SnsAction(this.topic);
    alarm.addAlarmAction(action);
    alarm.addOkAction(action);
    this.alarms.push(alarm);
    return alarm;
  }
}

/** `part` as a percentage of `whole`, and 0 while `whole` is below `minWhole` (a few requests make a noisy rate). */
function percentOf(part: IMetric, whole: IMetric, minWhole: number, label: string): MathExpression {
  return new MathExpression({
    expression: `IF(total >= ${minWhole}, 100 * part / total, 0)`,
    usingMetrics: { part, total: whole },
    period: ALARM_PERIOD,
    label,
  });
}

/**
 * A DynamoDB per-operation metric of one table, summed over {@link WATCHED_TABLE_OPERATIONS}.
 * Not CDK's `metricThrottledRequestsForOperations`: its `a + b + …` has no value wherever one
 * operation has no data (which, with missing data not breaching, would hide throttles on the others),
 * and its metric ids repeat from table to table, so two tables cannot share a graph.
 */
function sumOverOperations(table: ITable, metricName: string, idPrefix: string, label: string): MathExpression {
  const usingMetrics = Object.fromEntries(
    WATCHED_TABLE_OPERATIONS.map((operation, i) => [
      `${idPrefix}${i}`,
      table.metric(metricName, { dimensionsMap: { TableName: table.tableName, Operation: operation }, statistic: 'Sum', period: ALARM_PERIOD }),
    ]),
  );
  return new MathExpression({
    expression: `SUM([${Object.keys(usingMetrics).map((id) => `FILL(${id}, 0)`).join(', ')}])`,
    usingMetrics,
    period: ALARM_PERIOD,
    label,
  });
}

/** One line per operation of a newsgraph metric (the `[service, operation]` dimension set). */
function perOperation(metricName: string, statistic: string): MathExpression {
  const { service, operation } = METRIC_DIMENSIONS;
  return new MathExpression({
    expression: `SEARCH('{${METRICS_NAMESPACE},${service},${operation}} MetricName="${metricName}" ${service}="${SERVICE_NAME}"', '${statistic}', ${ALARM_PERIOD.toSeconds()})`,
    label: '',
    period: ALARM_PERIOD,
  });
}

function byErrorCode(): MathExpression {
  const { service, errorCode } = METRIC_DIMENSIONS;
  return new MathExpression({
    expression: `SEARCH('{${METRICS_NAMESPACE},${service},${errorCode}} MetricName="${METRIC_NAMES.errorsByCode}" ${service}="${SERVICE_NAME}"', 'Sum', ${ALARM_PERIOD.toSeconds()})`,
    label: '',
    period: ALARM_PERIOD,
  });
}
