/**
 * The GraphQL layer's {@link RequestMetrics} published with Powertools Metrics in CloudWatch's
 * embedded metric format: one JSON line on stdout per request, which CloudWatch Logs turns into
 * metrics. No API call on the request path, nothing buffered across requests.
 *
 * Each request's line carries two dimension sets, `[service, operation]` and `[service]`, so the
 * per-operation figures and the service totals come from one line. Error codes get their own
 * line per code with `[service, errorCode]` only: codes × operations would multiply the metric
 * count, and the request log line has both for CloudWatch Logs Insights.
 */
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type { RequestMetrics, RequestSummary } from '../graphql/request-telemetry';
import { METRIC_DIMENSIONS, METRIC_NAMES, METRICS_NAMESPACE, SERVICE_NAME } from '../metrics';

/** The container's Metrics instance (namespace and service from src/metrics.ts). */
export function createMetrics(): Metrics {
  return new Metrics({ namespace: METRICS_NAMESPACE, serviceName: SERVICE_NAME });
}

export function powertoolsRequestMetrics(metrics: Metrics): RequestMetrics {
  return {
    record(summary: RequestSummary): void {
      metrics.addDimension(METRIC_DIMENSIONS.operation, summary.operation);
      // An empty extra set is the service-wide one: `[service]` alone.
      metrics.addDimensions({});
      metrics.addMetric(METRIC_NAMES.requests, MetricUnit.Count, 1);
      metrics.addMetric(METRIC_NAMES.duration, MetricUnit.Milliseconds, summary.durationMs);
      metrics.addMetric(METRIC_NAMES.errors, MetricUnit.Count, summary.errorCodes.length > 0 ? 1 : 0);
      metrics.addMetric(METRIC_NAMES.dynamodbRequests, MetricUnit.Count, summary.dynamodbRequests);
      metrics.addMetric(METRIC_NAMES.dynamodbWaves, MetricUnit.Count, summary.dynamodbWaves);
      metrics.publishStoredMetrics();
      for (const code of summary.errorCodes) {
        metrics.singleMetric().addDimension(METRIC_DIMENSIONS.errorCode, code).addMetric(METRIC_NAMES.errorsByCode, MetricUnit.Count, 1);
      }
    },
  };
}
