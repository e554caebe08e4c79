import './quiet-sdk';
import { DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';

/**
 * A client for a local DynamoDB. DynamoDB Local accepts any credentials, but without `-sharedDb`
 * (the amazon/dynamodb-local container's default) it keeps one database per access key and region,
 * so every local tool uses this same dummy pair to see the same tables.
 * @param config extra client settings, e.g. `maxAttempts`
 */
export function createLocalDynamoDbClient(
  endpoint: string,
  config: Omit<DynamoDBClientConfig, 'endpoint' | 'region' | 'credentials'> = {},
): DynamoDBClient {
  return new DynamoDBClient({
    ...config,
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
}
