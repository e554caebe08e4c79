/**
 * The DynamoDB clients, created once per container (module scope of the handler) and shared
 * by the repositories. Timeouts and retries are bounded so a slow or unreachable DynamoDB
 * fails a request well inside the Lambda timeout instead of holding it, and that failure
 * reaches the repositories' callers as a ServiceUnavailableError (see dynamodb-errors.ts).
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { countCallsOf } from './call-counter';
import { toServiceUnavailable } from './dynamodb-errors';

export interface DynamoDbClientOptions {
  readonly region: string;
  /** DynamoDB Local or another endpoint; when set, static dummy credentials are used. */
  readonly endpoint?: string;
  /** Per-attempt timeout in ms: an attempt without a complete response by then fails and is retried. @default 2000 */
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
    // Without throwOnRequestTimeout the SDK only logs a warning when requestTimeout passes and
    // keeps waiting (up to its 300 s socket timeout), so a hung DynamoDB would hold the request.
    requestHandler: { requestTimeout: options.requestTimeoutMs ?? 2000, throwOnRequestTimeout: true, connectionTimeout: 1000 },
    ...(options.endpoint
      ? {
          endpoint: options.endpoint,
          // A local endpoint needs no real credentials; this also keeps the SDK from probing
          // the credential chain (instance metadata) on a machine without AWS configuration.
          credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
        }
      : {}),
  });
  surfaceUnavailabilityAsServiceUnavailable(client);
  // Per-request counts for the request's log line and metrics (src/data/call-counter.ts).
  countCallsOf(client);
  const document = DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true },
  });
  return { client, document };
}

/**
 * Makes a call that failed because DynamoDB was unavailable reject with ServiceUnavailableError.
 * The outer middleware sees the call's final error, once the SDK's retries are exhausted; the inner
 * one, inside the retry loop, keeps each attempt's own error for it. The document client shares
 * this middleware stack.
 */
function surfaceUnavailabilityAsServiceUnavailable(client: DynamoDBClient): void {
  const lastAttemptErrors = new WeakMap<object, unknown>();
  client.middlewareStack.add(
    (next, context) => async (args) => {
      try {
        return await next(args);
      } catch (error) {
        throw toServiceUnavailable(error, { operation: context.commandName, lastAttemptError: lastAttemptErrors.get(context) });
      }
    },
    { step: 'initialize', priority: 'high', name: 'newsgraphServiceUnavailable' },
  );
  // The retry middleware is high priority in 'finalizeRequest', so a low one there runs once per attempt.
  client.middlewareStack.add(
    (next, context) => async (args) => {
      try {
        const output = await next(args);
        lastAttemptErrors.delete(context);
        return output;
      } catch (error) {
        lastAttemptErrors.set(context, error);
        throw error;
      }
    },
    { step: 'finalizeRequest', priority: 'low', name: 'newsgraphLastAttemptError' },
  );
}
