/**
 * One structured log line and one set of metrics per GraphQL request: operation, status,
 * duration, error codes, estimated cost, DynamoDB commands and their waves.
 *
 * It reads the response at `willSendResponse`, after the status plugins have set the status
 * (they are listed before it and set it synchronously), and reads the error codes from the
 * formatted response, so it reports what the client got. Requests refused before Apollo's request
 * pipeline (a body over the size limit or not JSON, CSRF, batching) are not seen here; the
 * HTTP API's 4xx metric counts them.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from '@aws-lambda-powertools/logger';
import type { GraphQLContext } from '../context';
import {
  ANONYMOUS_OPERATION,
  MAX_NAME_LENGTH,
  UNRESOLVED_OPERATION,
  boundedErrorCodes,
  boundedOperationNames,
  type BoundedNames,
  type RequestMetrics,
  type RequestSummary,
} from '../request-telemetry';
import { estimatedCostOf } from './query-cost-limit';

export interface RequestTelemetryOptions {
  readonly logger: Logger;
  readonly metrics: RequestMetrics;
  /** @default boundedOperationNames() */
  readonly operationNames?: BoundedNames;
  /** @default boundedErrorCodes() */
  readonly errorCodes?: BoundedNames;
  /** The clock, in milliseconds. @default performance.now */
  readonly now?: () => number;
}

export function requestTelemetryPlugin(options: RequestTelemetryOptions): ApolloServerPlugin<GraphQLContext> {
  const operationNames = options.operationNames ?? boundedOperationNames();
  const errorCodes = options.errorCodes ?? boundedErrorCodes();
  const now = options.now ?? (() => performance.now());
  return {
    async requestDidStart() {
      const started = now();
      return {
        async willSendResponse({ contextValue, operation, response }) {
          const durationMs = now() - started;
          const name = operation?.name?.value ?? null;
          const operationDimension = !operation ? UNRESOLVED_OPERATION : name === null ? ANONYMOUS_OPERATION : operationNames.fold(name);
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          const codes = new Set(errors.map((error) => errorCodes.fold(String(error.extensions?.['code'] ?? 'NO_CODE'))));
          const summary: RequestSummary = {
            requestId: contextValue.requestId,
            operation: operationDimension,
            operationName: name === null ? null : name.slice(0, MAX_NAME_LENGTH),
            status: response.http.status ?? 200,
            durationMs: Math.round(durationMs * 100) / 100,
            errorCodes: [...codes].sort(),
            cost: estimatedCostOf(contextValue) ?? null,
            dynamodbRequests: contextValue.dynamodbCalls?.requests ?? 0,
            dynamodbWaves: contextValue.dynamodbCalls?.waves ?? 0,
          };
          options.metrics.record(summary);
          (contextValue.logger ?? options.logger).info({ message: 'GraphQL request', ...summary });
        },
      };
    },
  };
}
