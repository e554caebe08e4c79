/**
 * HTTP 400 for a response that failed only because of the client's arguments (`first: 0`, a
 * forged cursor, `maxHops: 9`) and holds nothing else: every error is BAD_USER_INPUT and every
 * root field is null. GraphQL over HTTP lets a legacy `application/json` answer be 200 there;
 * a 400 tells clients, caches and API Gateway metrics that retrying the same request is pointless.
 * A response that also carries data stays 200: part of it succeeded.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLContext } from '../context';
import { classifyError } from '../graphql-errors';

export function badUserInputStatusPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ errors, response }) {
          if (!errors?.length || response.body.kind !== 'single') return;
          if (!errors.every((error) => classifyError(error).kind === 'invalid-argument')) return;
          const { data } = response.body.singleResult;
          if (data === null || data === undefined || Object.values(data).every((value) => value === null)) {
            response.http.status = 400;
          }
        },
      };
    },
  };
}
