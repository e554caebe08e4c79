/**
 * Refuses an operation whose estimated cost (src/graphql/limits.ts) is over the limit, before any resolver
 * runs: HTTP 400, `GRAPHQL_VALIDATION_FAILED`, and no DynamoDB call.
 *
 * It runs at `didResolveOperation` rather than as a validation rule because the cost depends on
 * the variables (`first: $n`), which validation rules never see.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { GraphQLError, getVariableValues } from 'graphql';
import type { GraphQLContext } from '../context';
import { operationCost } from '../limits';

export function queryCostLimitPlugin(maxCost: number): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          // No operation to run, or variables that do not fit: execution refuses the request with
          // its own precise error, before any resolver runs.
          if (!operation) return;
          const variables = request.variables ?? {};
          if (getVariableValues(schema, operation.variableDefinitions ?? [], variables).errors) return;

          let cost: number;
          try {
            cost = operationCost({ schema, document, operation, variables });
          } catch (error) {
            throw limitError(`The query is too large to estimate its cost: ${(error as Error).message}`);
          }
          if (cost > maxCost) {
            throw limitError(
              `Query cost limit of ${maxCost} exceeded, found ${cost}. Each record the answer can hold counts 1 ` +
                'and a list counts its page size (`first`, 20 when not given): ask for smaller pages or fewer levels.',
            );
          }
        },
      };
    },
  };
}

function limitError(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED, http: { status: 400 } },
  });
}
