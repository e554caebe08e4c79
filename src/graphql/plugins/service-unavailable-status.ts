/**
 * HTTP 503 for responses that carry a SERVICE_UNAVAILABLE error, so clients, API Gateway metrics
 * and alarms see a retryable server-side failure rather than a 200.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLContext } from '../context';
import { classifyError } from '../graphql-errors';

export function serviceUnavailableStatusPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ errors, response }) {
          if (errors?.some((error) => classifyError(error).kind === 'service-unavailable')) {
            response.http.status = 503;
          }
        },
      };
    },
  };
}
