/**
 * Baseline (a): the smallest Apollo Server Lambda there is, one resolver returning a constant,
 * wired the way the @as-integrations/aws-lambda README shows. Built and timed by the bench.
 */
import { ApolloServer } from '@apollo/server';
import { handlers, startServerAndCreateLambdaHandler } from '@as-integrations/aws-lambda';

const server = new ApolloServer({
  typeDefs: 'type Query { hello: String! }',
  resolvers: { Query: { hello: () => 'world' } },
});

export const handler = startServerAndCreateLambdaHandler(server, handlers.createAPIGatewayProxyEventV2RequestHandler());
