/**
 * Logs the errors a client does not get to see in full, once per error, with the request id so a
 * masked "Internal server error" can be traced to its cause.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from '@aws-lambda-powertools/logger';
import type { GraphQLContext } from '../context';
import { classifyError } from '../graphql-errors';

/** Internal errors are logged at error level with the original error; unavailability at warn. */
export function errorLoggingPlugin(logger: Logger): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, operationName }) {
          const log = contextValue.logger ?? logger;
          for (const error of errors) {
            const classified = classifyError(error);
            if (classified.kind !== 'internal' && classified.kind !== 'service-unavailable') continue;
            const attributes = {
              requestId: contextValue.requestId,
              operationName: operationName ?? null,
              path: error.path?.join('.') ?? null,
            };
            if (classified.kind === 'internal') {
              log.error({ message: 'Unexpected error in a GraphQL request', ...attributes }, asError(classified.cause));
            } else {
              log.warn({ message: 'DynamoDB unavailable for a GraphQL request', ...attributes }, classified.cause);
            }
          }
        },
      };
    },
  };
}

function asError(cause: unknown): Error {
  return cause instanceof Error ? cause : new Error(`Non-error thrown: ${String(cause)}`);
}
