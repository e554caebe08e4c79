import { App, Duration, Stack } from 'aws-cdk-lib';
import { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { Template } from 'aws-cdk-lib/assertions';
import { Distribution } from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { AttributeType, BillingMode, Table } from 'aws-cdk-lib/aws-dynamodb';
import { Code, Function as LambdaFunction, Runtime } from 'aws-cdk-lib/aws-lambda';
import { ALARM_THRESHOLDS, Monitoring, WATCHED_TABLE_OPERATIONS } from '../../infra/monitoring';
import { TABLES } from '../../src/data/tables';
import { METRIC_NAMES, METRICS_NAMESPACE } from '../../src/metrics';
import { ALARM_TOPIC_OUTPUT, DASHBOARD_OUTPUT } from '../../infra/outputs';
import { logicalIdOf, removeAssemblies, synthesize, type Synthesized } from './synth';

const dev = synthesize({ context: { stage: 'dev' } });
const prod = synthesize({ context: { stage: 'prod' } });
const withEmail = synthesize({ context: { stage: 'prod', alarmEmail: 'ops@example.com' } });
const traced = synthesize({ context: { stage: 'dev', tracing: 'true' } });
afterAll(() => removeAssemblies(dev, prod, withEmail, traced));

type Resource = { Type: string; Properties: Record<string, any>; DeletionPolicy?: string; UpdateReplacePolicy?: string; Metadata?: Record<string, unknown> };
const resources = (s: Synthesized): Record<string, Resource> => s.template.toJSON().Resources;
const alarms = (s: Synthesized | Template) => {
  const template = s instanceof Template ? s : s.template;
  return Object.values(template.findResources('AWS::CloudWatch::Alarm')) as Resource[];
};
/** The alarm whose id within the Monitoring construct is `id`. */
const alarmNamed = (s: Synthesized, id: string): Resource => {
  const alarm = s.stack.monitoring.alarms.find((a) => a.node.id === id);
  if (!alarm) throw new Error(`No alarm ${id}`);
  return resources(s)[logicalIdOf(s, alarm)]!;
};
/** Every metric (namespace and name) an alarm reads, single-metric or math. */
const metricsOf = (alarm: Resource): string[] =>
  alarm.Properties.MetricName
    ? [`${alarm.Properties.Namespace} ${alarm.Properties.MetricName}`]
    : alarm.Properties.Metrics.filter((m: any) => m.MetricStat).map((m: any) => `${m.MetricStat.Metric.Namespace} ${m.MetricStat.Metric.MetricName}`);

describe('alarms', () => {
  it.each([
    ['dev', dev],
    ['prod', prod],
  ] as const)('%s: one per Lambda and HTTP API signal, two per table and one for the CDN', (_stage, s) => {
    // Act
    const count = alarms(s).length;

    // Assess
    expect(count).toBe(5 + 2 * TABLES.length + 1);
    expect(JSON.stringify(alarms(s))).toContain('5xxErrorRate');
    expect(count).toBeGreaterThanOrEqual(4);
  });

  it.each([
    ['LambdaErrors', 'AWS/Lambda Errors', 'Sum', ALARM_THRESHOLDS.lambdaErrors.threshold, 'GreaterThanOrEqualToThreshold'],
    ['LambdaThrottles', 'AWS/Lambda Throttles', 'Sum', ALARM_THRESHOLDS.lambdaThrottles.threshold, 'GreaterThanOrEqualToThreshold'],
    ['DurationP99', 'AWS/Lambda Duration', 'p99', 8000, 'GreaterThanThreshold'],
  ] as const)('%s reads %s (%s) against %d', (id, metric, statistic, threshold, operator) => {
    // Act
    const alarm = alarmNamed(prod, id);

    // Assess
    expect(metricsOf(alarm)).toEqual([metric]);
    expect(alarm.Properties.Statistic ?? alarm.Properties.ExtendedStatistic).toBe(statistic);
    expect(alarm.Properties).toEqual(
      expect.objectContaining({ Threshold: threshold, ComparisonOperator: operator, Period: 300, TreatMissingData: 'notBreaching' }),
    );
    expect(alarm.Properties.Dimensions).toEqual([{ Name: 'FunctionName', Value: { Ref: logicalIdOf(prod, prod.stack.graphqlFunction) } }]);
  });

  it('puts the duration alarm at 80% of the function timeout, on two of three periods', () => {
    // Act
    const { Threshold, EvaluationPeriods, DatapointsToAlarm } = alarmNamed(prod, 'DurationP99').Properties;

    // Assess
    expect(resources(prod)[logicalIdOf(prod, prod.stack.graphqlFunction)]!.Properties.Timeout * 1000 * 0.8).toBe(Threshold);
    expect([EvaluationPeriods, DatapointsToAlarm]).toEqual([3, 2]);
  });

  it.each([
    ['Http5xxRate', 'AWS/ApiGateway 5xx', ALARM_THRESHOLDS.http5xxPercent],
    ['Http4xxRate', 'AWS/ApiGateway 4xx', ALARM_THRESHOLDS.http4xxPercent],
  ] as const)('%s is a percentage of the HTTP API requests, zero below a minimum count', (id, errorMetric, limits) => {
    // Act
    const alarm = alarmNamed(prod, id);

    // Assess
    expect(metricsOf(alarm).sort()).toEqual([errorMetric, 'AWS/ApiGateway Count'].sort());
    const expression = alarm.Properties.Metrics.find((m: any) => m.Expression);
    expect(expression.Expression).toBe(`IF(total >= ${limits.minRequests}, 100 * part / total, 0)`);
    expect(alarm.Properties.Metrics.filter((m: any) => m.MetricStat).map((m: any) => m.MetricStat.Metric.Dimensions)).toEqual([
      [{ Name: 'ApiId', Value: { Ref: logicalIdOf(prod, prod.stack.httpApi.api) } }],
      [{ Name: 'ApiId', Value: { Ref: logicalIdOf(prod, prod.stack.httpApi.api) } }],
    ]);
    expect(alarm.Properties).toEqual(
      expect.objectContaining({
        Threshold: limits.threshold,
        ComparisonOperator: 'GreaterThanThreshold',
        EvaluationPeriods: limits.evaluationPeriods,
        DatapointsToAlarm: limits.datapoints,
        TreatMissingData: 'notBreaching',
      }),
    );
  });

  it.each(TABLES.map((t) => [t.id, t] as const))('watches throttled requests and system errors of the %s table', (_id, definition) => {
    // Prepare
    const tableRef = { Ref: logicalIdOf(prod, prod.stack.tables[definition.id]) };

    // Act
    const throttles = alarmNamed(prod, `${definition.constructId}ThrottledRequests`);
    const systemErrors = alarmNamed(prod, `${definition.constructId}SystemErrors`);

    // Assess
    for (const [alarm, metric, limits] of [
      [throttles, 'ThrottledRequests', ALARM_THRESHOLDS.dynamodbThrottles],
      [systemErrors, 'SystemErrors', ALARM_THRESHOLDS.dynamodbSystemErrors],
    ] as const) {
      const stats = alarm.Properties.Metrics.filter((m: any) => m.MetricStat).map((m: any) => m.MetricStat);
      expect(stats.map((stat: any) => stat.Metric.MetricName)).toEqual(WATCHED_TABLE_OPERATIONS.map(() => metric));
      expect(stats.map((stat: any) => stat.Metric.Dimensions)).toEqual(
        WATCHED_TABLE_OPERATIONS.map((operation) => [
          { Name: 'Operation', Value: operation },
          { Name: 'TableName', Value: tableRef },
        ]),
      );
      expect(alarm.Properties).toEqual(expect.objectContaining({ Threshold: limits.threshold, TreatMissingData: 'notBreaching' }));
    }
  });

  it('notifies the topic when an alarm fires and when it clears', () => {
    // Prepare
    const topicRef = { Ref: logicalIdOf(prod, prod.stack.monitoring.topic) };

    // Act
    const actions = alarms(prod).map((a) => [a.Properties.AlarmActions, a.Properties.OKActions]);

    // Assess
    expect(actions).toEqual(alarms(prod).map(() => [[topicRef], [topicRef]]));
  });
});

describe('alarm topic', () => {
  it('is encrypted with a rotated key that CloudWatch may use, and CloudWatch may publish to it', () => {
    // Act
    const topic = resources(prod)[logicalIdOf(prod, prod.stack.monitoring.topic)]!;
    const key = resources(prod)[topic.Properties.KmsMasterKeyId['Fn::GetAtt'][0]]!;
    const topicPolicy = Object.values(prod.template.findResources('AWS::SNS::TopicPolicy'))[0]!;

    // Assess
    expect(key.Type).toBe('AWS::KMS::Key');
    expect(key.Properties.EnableKeyRotation).toBe(true);
    expect(key.Properties.KeyPolicy.Statement).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ Principal: { Service: 'cloudwatch.amazonaws.com' }, Action: ['kms:Decrypt', 'kms:GenerateDataKey*'], Effect: 'Allow' }),
      ]),
    );
    expect(topicPolicy.Properties.PolicyDocument.Statement).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ Principal: { Service: 'cloudwatch.amazonaws.com' }, Action: 'sns:Publish', Effect: 'Allow' }),
        expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
      ]),
    );
  });

  it('has an email subscription only with -c alarmEmail', () => {
    // Act
    const without = Object.values(prod.template.findResources('AWS::SNS::Subscription'));
    const withOne = Object.values(withEmail.template.findResources('AWS::SNS::Subscription')) as Resource[];

    // Assess
    expect(without).toEqual([]);
    expect(withOne.map((s) => [s.Properties.Protocol, s.Properties.Endpoint])).toEqual([['email', 'ops@example.com']]);
  });
});

describe('dashboard', () => {
  interface Widget {
    readonly type: string;
    readonly properties: { readonly title?: string; readonly metrics?: unknown[][] };
  }
  /** The dashboard body, its references replaced by "REF" so that the JSON parses. */
  const widgetsOf = (s: Synthesized): Widget[] => {
    const dashboards = Object.values(s.template.findResources('AWS::CloudWatch::Dashboard')) as Resource[];
    const parts: unknown[] = dashboards[0]!.Properties.DashboardBody['Fn::Join'][1];
    return JSON.parse(parts.map((part) => (typeof part === 'string' ? part : 'REF')).join('')).widgets;
  };
  /** What each graph line reads: `namespace name` of a metric, or the expression. */
  const linesOf = (widgets: Widget[]): string[] =>
    widgets.flatMap((w) => w.properties.metrics ?? []).map((row) => (typeof row[0] === 'string' ? `${row[0]} ${row[1]}` : (row[0] as { expression: string }).expression));

  it.each([
    ['dev', dev],
    ['prod', prod],
  ] as const)('%s: one dashboard with the alarms, the AWS metrics the alarms read and the per-operation metrics', (_stage, s) => {
    // Act
    const widgets = widgetsOf(s);
    const lines = linesOf(widgets);

    // Assess
    expect(Object.keys(s.template.findResources('AWS::CloudWatch::Dashboard'))).toHaveLength(1);
    expect(widgets.filter((w) => w.type === 'alarm')).toHaveLength(1);
    for (const alarm of alarms(s)) {
      for (const metric of metricsOf(alarm)) expect(lines).toContain(metric);
    }
    for (const name of [METRIC_NAMES.requests, METRIC_NAMES.duration, METRIC_NAMES.errors, METRIC_NAMES.dynamodbRequests, METRIC_NAMES.dynamodbWaves]) {
      expect(lines).toContainEqual(expect.stringContaining(`SEARCH('{${METRICS_NAMESPACE},service,operation} MetricName="${name}"`));
    }
    expect(lines).toContainEqual(expect.stringContaining(`{${METRICS_NAMESPACE},service,errorCode} MetricName="${METRIC_NAMES.errorsByCode}"`));
    expect(lines).toContainEqual(expect.stringContaining(`MetricName="${METRIC_NAMES.coldStart}"`));
  });
});

describe('outputs', () => {
  it('name the alarm topic and the dashboard', () => {
    // Act
    const outputs = prod.template.toJSON().Outputs;

    // Assess
    expect(outputs[ALARM_TOPIC_OUTPUT].Value).toEqual({ Ref: logicalIdOf(prod, prod.stack.monitoring.topic) });
    expect(outputs[DASHBOARD_OUTPUT].Value).toEqual({ Ref: logicalIdOf(prod, prod.stack.monitoring.dashboard) });
  });
});

describe('removal policies', () => {
  it.each([
    ['dev', 'Delete', dev],
    ['prod', 'RetainExceptOnCreate', prod],
  ] as const)('%s: every table and log group has DeletionPolicy %s', (_stage, policy, s) => {
    // Act
    const kept = Object.values(resources(s))
      .filter((r) => r.Type === 'AWS::DynamoDB::Table' || r.Type === 'AWS::Logs::LogGroup')
      .map((r) => [r.Type, r.DeletionPolicy]);

    // Assess
    expect(kept).toHaveLength(TABLES.length + 2);
    expect(kept.every(([, deletion]) => deletion === policy)).toBe(true);
  });
});

describe('tracing', () => {
  const fnOf = (s: Synthesized) => resources(s)[logicalIdOf(s, s.stack.graphqlFunction)]!;

  it('is off by default: no TracingConfig, no tracer settings, no X-Ray permissions', () => {
    // Act
    const fn = fnOf(dev);
    const statements = JSON.stringify(Object.values(dev.template.findResources('AWS::IAM::Policy')));

    // Assess
    expect(fn.Properties.TracingConfig).toBeUndefined();
    expect(fn.Properties.Environment.Variables.POWERTOOLS_TRACE_ENABLED).toBeUndefined();
    expect(statements).not.toContain('xray:');
  });

  it('with -c tracing=true: active tracing, the tracer enabled, X-Ray permissions and the traced bundle', () => {
    // Act
    const fn = fnOf(traced);
    const statements = JSON.stringify(Object.values(traced.template.findResources('AWS::IAM::Policy')));

    // Assess
    expect(fn.Properties.TracingConfig).toEqual({ Mode: 'Active' });
    expect(fn.Properties.Environment.Variables).toEqual(
      expect.objectContaining({ POWERTOOLS_TRACE_ENABLED: 'true', POWERTOOLS_TRACER_CAPTURE_RESPONSE: 'false' }),
    );
    expect(statements).toContain('xray:PutTraceSegments');
    expect(fn.Metadata?.['aws:asset:path']).not.toEqual(fnOf(dev).Metadata?.['aws:asset:path']);
  });
});

describe('Monitoring with a CloudFront distribution', () => {
  /** A stack of its own: a function, an HTTP API, one table and a distribution in front of the API. */
  function monitoredStack(withDistribution: boolean): { template: Template; monitoring: Monitoring; stack: Stack; distribution?: Distribution } {
    const app = new App();
    const stack = new Stack(app, 'CdnStack');
    const fn = new LambdaFunction(stack, 'Fn', { runtime: Runtime.NODEJS_24_X, handler: 'index.handler', code: Code.fromInline('exports.handler = async () => ({})') });
    const api = new HttpApi(stack, 'Api');
    new Table(stack, 'OnlyTable', { partitionKey: { name: 'pk', type: AttributeType.STRING }, billingMode: BillingMode.PAY_PER_REQUEST });
    const distribution = withDistribution
      ? new Distribution(stack, 'Cdn', { defaultBehavior: { origin: new HttpOrigin('api.example.com') } })
      : undefined;
    const monitoring = new Monitoring(stack, 'Monitoring', { function: fn, functionTimeout: Duration.seconds(10), httpApi: api, distribution });
    return { template: Template.fromStack(stack), monitoring, stack, distribution };
  }

  it('adds a CloudFront 5xx rate alarm on the distribution', () => {
    // Act
    const { template, stack, distribution } = monitoredStack(true);

    // Assess
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/CloudFront',
      MetricName: '5xxErrorRate',
      Statistic: 'Average',
      Dimensions: [
        { Name: 'DistributionId', Value: { Ref: stack.getLogicalId(distribution!.node.defaultChild as never) } },
        { Name: 'Region', Value: 'Global' },
      ],
      Threshold: ALARM_THRESHOLDS.cloudFront5xxPercent.threshold,
      ComparisonOperator: 'GreaterThanThreshold',
      TreatMissingData: 'notBreaching',
    });
    expect(JSON.stringify(template.findResources('AWS::CloudWatch::Dashboard'))).toContain('5xxErrorRate');
  });

  it('finds the tables of its stack itself, and adds no CloudFront alarm without a distribution', () => {
    // Act
    const { template } = monitoredStack(false);

    // Assess
    expect(alarms(template)).toHaveLength(5 + 2);
    expect(JSON.stringify(template.toJSON())).not.toContain('AWS/CloudFront');
  });
});
