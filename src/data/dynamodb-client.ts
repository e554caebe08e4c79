/**
 * The DynamoDB clients, created once per container (module scope of the handler) and shared
 * by the repositories. Timeouts and retries are bounded so a slow or unreachable DynamoDB
 * fails a request well inside the Lambda timeout instead of holding it.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export interface DynamoDbClientOptions {
  readonly region: string;
  /** DynamoDB Local or another endpoint; when set, static dummy credentials are used. */
  readonly endpoint?: string;
  /** Per-attempt socket timeout in ms. @default 2000 */
  readonly requestTimeoutMs?: number;
  /** Attempts per call including the first (the SDK's standard retry with backoff). @default 3 */
  readonly maxAttempts?: number;
}

export interface DynamoDbClients {
  /** The low-level client (middleware such as call counting attaches here). */
  readonly client: DynamoDBClient;
  /** The document client the repositories use; it shares the low-level client's middleware stack. */
  readonly document: DynamoDBDocumentClient;
}

export function createDynamoDbClients(options: DynamoDbClientOptions): DynamoDbClients {
  const client = new DynamoDBClient({
    region: options.region,
    maxAttempts: options.maxAttempts ?? 3,
    requestHandler: { requestTimeout: options.requestTimeoutMs ?? 2000, connectionTimeout: 1000 },
    ...(options.endpoint
      ? {
          endpoint: options.endpoint,
          // A local endpoint needs no real credentials; this also keeps the SDK from probing
          // the credential chain (instance metadata) on a machine without AWS configuration.
          credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
        }
      : {}),
  });
  const document = DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true },
  });
  return { client, document };
}
