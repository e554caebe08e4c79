/**
 * The names of newsgraph's own CloudWatch metrics, defined once: the Lambda publishes them
 * (src/lambda/powertools-metrics.ts, embedded metric format) and the stack's dashboard reads them
 * (infra/monitoring.ts). Pure data, no imports, so infra can read it as it reads the CORS settings.
 */

/** The CloudWatch namespace of every newsgraph metric. */
export const METRICS_NAMESPACE = 'Newsgraph';

/** The `service` dimension every metric carries (Powertools' default dimension). */
export const SERVICE_NAME = 'newsgraph';

/** Metric names. Each is published per operation and, in the same log line, for the service as a whole. */
export const METRIC_NAMES = {
  /** One per GraphQL request that reached Apollo's request pipeline. */
  requests: 'Requests',
  /** Milliseconds from Apollo receiving the request to the response being ready. */
  duration: 'Duration',
  /** One per request whose response has at least one error, whatever its code. */
  errors: 'Errors',
  /** One per request and error code found in its response (dimension `errorCode`, service-wide only). */
  errorsByCode: 'ErrorsByCode',
  /** DynamoDB commands the request sent (one per `send`, retries of a command not counted again). */
  dynamodbRequests: 'DynamoDbRequests',
  /** Sequential waves of DynamoDB commands: the longest chain in which each waited for an earlier one. */
  dynamodbWaves: 'DynamoDbWaves',
  /** Powertools' cold-start metric: one per new execution environment (dimension `function_name`). */
  coldStart: 'ColdStart',
} as const;

/** Dimension names. */
export const METRIC_DIMENSIONS = {
  service: 'service',
  operation: 'operation',
  errorCode: 'errorCode',
} as const;
