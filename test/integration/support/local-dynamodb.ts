/**
 * The DynamoDB of the integration tier. Test files call {@link integrationClient} at load time, so
 * without an endpoint they fail at once with an explanation instead of timing out per test.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createLocalDynamoDbClient } from '../../../src/local/local-client';

/**
 * The endpoint published by the integration global setup.
 * @throws Error explaining how to run integration tests when there is none.
 */
export function integrationEndpoint(): string {
  const endpoint = process.env.DYNAMODB_ENDPOINT?.trim();
  if (!endpoint) {
    throw new Error(
      'Integration tests need a local DynamoDB: run them with `npm run test:integration` (its global setup starts DynamoDB Local), or set DYNAMODB_ENDPOINT=http://host:port.',
    );
  }
  return endpoint;
}

/** A client for the integration DynamoDB; destroy it in `afterAll`. */
export function integrationClient(): DynamoDBClient {
  return createLocalDynamoDbClient(integrationEndpoint());
}
