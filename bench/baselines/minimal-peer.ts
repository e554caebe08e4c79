/**
 * Baseline (b): the minimal peer of newsgraph, a hand-rolled Apollo Server Lambda with one resolver
 * doing a DynamoDB GetItem through the DocumentClient. Written the way such a function usually is:
 * clients at module scope, the table name and the endpoint from the environment (`TABLE_NAME`; the
 * SDK reads `AWS_ENDPOINT_URL_DYNAMODB` and the credentials itself, as it does in Lambda).
 */
import { ApolloServer } from '@apollo/server';
import { handlers, startServerAndCreateLambdaHandler } from '@as-integrations/aws-lambda';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';

const document = DynamoDBDocumentClient.from(new DynamoDBClient({}));
const tableName = process.env.TABLE_NAME;

const server = new ApolloServer({
  typeDefs: 'type Query { article(id: ID!): Article } type Article { id: ID! title: String! }',
  resolvers: {
    Query: {
      article: async (_: unknown, { id }: { id: string }) => {
        const { Item } = await document.send(new GetCommand({ TableName: tableName, Key: { id } }));
        return Item ?? null;
      },
    },
  },
});

export const handler = startServerAndCreateLambdaHandler(server, handlers.createAPIGatewayProxyEventV2RequestHandler());
