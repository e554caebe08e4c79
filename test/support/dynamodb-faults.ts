/**
 * Faults DynamoDB Local cannot produce, injected into a real client talking to it. Each injector is
 * a middleware at the bottom of the client's stack (below the SDK's deserializer and inside its
 * retry loop), so it sees every HTTP attempt as raw bytes: it can answer an attempt itself with a
 * DynamoDB error response, or change what is sent and what comes back. The SDK then does what it
 * would do with a real answer: deserializes it into its own exception types, retries by its own
 * rules, and hands the repositories `UnprocessedKeys` / `UnprocessedItems` to deal with.
 *
 * The request and response rewrites are pure functions of the JSON bodies, also used by the HTTP
 * proxy (dynamodb-proxy.ts) to put the same faults in front of a child process.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';

/** How often an injector has changed something; a test asserts it is > 0, so a fault that never fires fails. */
export interface Injection {
  count: number;
}

/** One HTTP attempt as the injectors see it. */
export interface Attempt {
  /** The DynamoDB operation, e.g. `BatchGetItem`. */
  readonly operation: string;
  /** 1-based number of the `send` this attempt belongs to, counted over all operations on the client. */
  readonly call: number;
  /** 1 for the first attempt of a call, 2 for its first retry, … */
  readonly attempt: number;
}

/** A DynamoDB error answer: the status and the `__type` name DynamoDB sends. */
export interface DynamoDbErrorAnswer {
  readonly statusCode: number;
  readonly type: string;
  readonly message: string;
}

export const THROTTLED: DynamoDbErrorAnswer = {
  statusCode: 400,
  type: 'ProvisionedThroughputExceededException',
  message: 'The level of configured provisioned throughput for the table was exceeded. Consider increasing your provisioning level with the UpdateTable API.',
};

export const INTERNAL_SERVER_ERROR: DynamoDbErrorAnswer = {
  statusCode: 500,
  type: 'InternalServerError',
  message: 'Internal server error',
};

interface RawRequest {
  headers: Record<string, string>;
  body?: unknown;
}

interface RawResponse {
  statusCode: number;
  headers: Record<string, string>;
  body?: unknown;
}

type Send = (request: RawRequest) => Promise<RawResponse>;

/**
 * Installs `handle` around every HTTP attempt of `client`. `send` passes the (possibly changed)
 * request on to DynamoDB and resolves with its response, body read into a Buffer.
 */
function onEveryAttempt(
  client: Pick<DynamoDBClient, 'middlewareStack'>,
  name: string,
  handle: (attempt: Attempt, request: RawRequest, send: Send) => Promise<RawResponse>,
): void {
  const calls = new WeakMap<object, { call: number; attempts: number }>();
  let callCount = 0;
  client.middlewareStack.add(
    (next, context) => async (args) => {
      // The context object is the same for every attempt of one send.
      let state = calls.get(context);
      if (!state) calls.set(context, (state = { call: ++callCount, attempts: 0 }));
      state.attempts++;
      const request = (args as { request: RawRequest }).request;
      const operation = String(request.headers['x-amz-target'] ?? '').split('.').pop() ?? '';
      const send: Send = async (changed) => {
        const { response } = (await next({ ...args, request: changed })) as { response: RawResponse };
        response.body = await readBody(response.body);
        return response;
      };
      const response = await handle({ operation, call: state.call, attempt: state.attempts }, request, send);
      return { response } as Awaited<ReturnType<typeof next>>;
    },
    { step: 'deserialize', priority: 'low', name },
  );
}

async function readBody(body: unknown): Promise<Buffer> {
  if (body === undefined || body === null) return Buffer.alloc(0);
  if (typeof body === 'string' || body instanceof Uint8Array) return Buffer.from(body);
  const chunks: Buffer[] = [];
  for await (const chunk of body as AsyncIterable<Uint8Array>) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

function jsonOf(body: unknown): any {
  // The SDK's request body is a byte array that also acts as a string, and warns when used as one.
  return JSON.parse(typeof body === 'string' ? body : new TextDecoder().decode(body as Uint8Array));
}

function withJsonBody<T extends RawRequest | RawResponse>(message: T, json: unknown): T {
  const body = Buffer.from(JSON.stringify(json), 'utf8');
  const headers: Record<string, string> = { ...message.headers, 'content-length': String(body.length) };
  // The checksum DynamoDB sent no longer matches the rewritten body.
  delete headers['x-amz-crc32'];
  return { ...message, headers, body };
}

/** The bytes DynamoDB answers an error with. */
export function errorResponseBody(answer: DynamoDbErrorAnswer): Buffer {
  return Buffer.from(JSON.stringify({ __type: `com.amazonaws.dynamodb.v20120810#${answer.type}`, message: answer.message }), 'utf8');
}

/**
 * Answers the chosen attempts with a DynamoDB error instead of sending them (a throttled request
 * is not executed).
 * @param fails which attempts fail, e.g. every third call's first attempt, or every attempt.
 */
export function failAttempts(
  client: Pick<DynamoDBClient, 'middlewareStack'>,
  answer: DynamoDbErrorAnswer,
  fails: (attempt: Attempt) => boolean,
): Injection {
  const injection: Injection = { count: 0 };
  onEveryAttempt(client, `fault-${answer.type}`, async (attempt, request, send) => {
    if (!fails(attempt)) return send(request);
    injection.count++;
    const body = errorResponseBody(answer);
    return {
      statusCode: answer.statusCode,
      headers: { 'content-type': 'application/x-amz-json-1.0', 'content-length': String(body.length), 'x-amzn-requestid': `injected-${injection.count}` },
      body,
    };
  });
  return injection;
}

/** Decides whether a returned item goes back to `UnprocessedKeys`; `key` names the item across retries. */
export type WithholdPolicy = (key: string, index: number) => boolean;

/** Items at even positions are withheld the first time they are returned, so every batch is partial once, then complete. */
export function halfOfEachBatchOnce(): WithholdPolicy {
  const withheld = new Set<string>();
  return (key, index) => {
    if (index % 2 !== 0 || withheld.has(key)) return false;
    withheld.add(key);
    return true;
  };
}

/** Every item is withheld, every time: the keys never get processed. */
export const everyItemAlways: WithholdPolicy = () => true;

/**
 * BatchGetItem's partial answer: the items DynamoDB returned that `withhold` picks are moved to
 * `UnprocessedKeys`, as DynamoDB does when a batch exceeds its capacity or response size.
 * @returns the rewritten response and how many items were withheld.
 */
export function withholdBatchGetItems(request: any, response: any, withhold: WithholdPolicy): { response: any; count: number } {
  let count = 0;
  const responses: Record<string, unknown[]> = {};
  const unprocessed: Record<string, { Keys: unknown[] }> = { ...response.UnprocessedKeys };
  for (const [table, items] of Object.entries(response.Responses ?? {}) as Array<[string, Array<Record<string, unknown>>]>) {
    const keyNames = Object.keys(request.RequestItems[table].Keys[0]);
    const keyOf = (item: Record<string, unknown>) => Object.fromEntries(keyNames.map((name) => [name, item[name]]));
    responses[table] = [];
    const keys: unknown[] = [];
    items.forEach((item, index) => {
      if (withhold(`${table} ${JSON.stringify(keyOf(item))}`, index)) keys.push(keyOf(item));
      else responses[table]!.push(item);
    });
    if (keys.length === 0) continue;
    unprocessed[table] = { ...request.RequestItems[table], Keys: [...(unprocessed[table]?.Keys ?? []), ...keys] };
    count += keys.length;
  }
  return { response: { ...response, Responses: responses, UnprocessedKeys: unprocessed }, count };
}

/**
 * BatchWriteItem's partial answer, first half: the writes `withhold` picks are taken out of the
 * request, so DynamoDB never sees them. A table left with no writes is dropped from the request;
 * `request` is null when nothing is left to send.
 */
export function bounceBatchWrites(request: any, withhold: WithholdPolicy): { request: any | null; bounced: Record<string, unknown[]>; count: number } {
  const requestItems: Record<string, unknown[]> = {};
  const bounced: Record<string, unknown[]> = {};
  let count = 0;
  for (const [table, writes] of Object.entries(request.RequestItems as Record<string, unknown[]>)) {
    const kept: unknown[] = [];
    writes.forEach((write, index) => {
      if (withhold(`${table} ${JSON.stringify(write)}`, index)) (bounced[table] ??= []).push(write);
      else kept.push(write);
    });
    if (kept.length > 0) requestItems[table] = kept;
    count += writes.length - kept.length;
  }
  return { request: Object.keys(requestItems).length > 0 ? { ...request, RequestItems: requestItems } : null, bounced, count };
}

/** BatchWriteItem's partial answer, second half: the bounced writes reported as `UnprocessedItems`. */
export function reportUnprocessedItems(response: any, bounced: Record<string, unknown[]>): any {
  const unprocessed: Record<string, unknown[]> = { ...response.UnprocessedItems };
  for (const [table, writes] of Object.entries(bounced)) unprocessed[table] = [...(unprocessed[table] ?? []), ...writes];
  return { ...response, UnprocessedItems: unprocessed };
}

/** Makes BatchGetItem answers partial with {@link withholdBatchGetItems}. */
export function partialBatchGets(client: Pick<DynamoDBClient, 'middlewareStack'>, withhold: WithholdPolicy): Injection {
  const injection: Injection = { count: 0 };
  onEveryAttempt(client, 'fault-unprocessed-keys', async ({ operation }, request, send) => {
    const response = await send(request);
    if (operation !== 'BatchGetItem' || response.statusCode !== 200) return response;
    const rewritten = withholdBatchGetItems(jsonOf(request.body), jsonOf(response.body), withhold);
    injection.count += rewritten.count;
    return withJsonBody(response, rewritten.response);
  });
  return injection;
}

/**
 * Makes BatchWriteItem answers partial: the writes `withhold` picks are not written and come back
 * as `UnprocessedItems`, as DynamoDB does under load. When every write is withheld, nothing is sent.
 */
export function partialBatchWrites(client: Pick<DynamoDBClient, 'middlewareStack'>, withhold: WithholdPolicy): Injection {
  const injection: Injection = { count: 0 };
  onEveryAttempt(client, 'fault-unprocessed-items', async ({ operation }, request, send) => {
    if (operation !== 'BatchWriteItem') return send(request);
    const split = bounceBatchWrites(jsonOf(request.body), withhold);
    const response: RawResponse = split.request
      ? await send(withJsonBody(request, split.request))
      : withJsonBody({ statusCode: 200, headers: { 'content-type': 'application/x-amz-json-1.0' } }, { UnprocessedItems: {} });
    if (response.statusCode !== 200) return response;
    injection.count += split.count;
    return withJsonBody(response, reportUnprocessedItems(jsonOf(response.body), split.bounced));
  });
  return injection;
}

/**
 * Lets the first `allowed` attempts of `operation` through, then fails that one and every later
 * attempt of any operation with a fatal (non-retryable) error before it is sent: a process dying
 * at that point, as seen from DynamoDB.
 */
export function dieAfter(client: Pick<DynamoDBClient, 'middlewareStack'>, operation: string, allowed: number): Injection {
  const injection: Injection = { count: 0 };
  let seen = 0;
  onEveryAttempt(client, 'fault-die', async (attempt, request, send) => {
    if (injection.count > 0 || (attempt.operation === operation && ++seen > allowed)) {
      injection.count++;
      throw new Error(`Killed after ${allowed} ${operation} call(s)`);
    }
    return send(request);
  });
  return injection;
}
