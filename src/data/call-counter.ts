/**
 * Per-request counts of the DynamoDB commands a request sends, for its log line and metrics.
 *
 * The DynamoDB client lives for the container and is shared by every request it serves, so the
 * counting middleware on it must find out which request a command belongs to. The Lambda edge
 * runs each invocation inside {@link countDynamoDbCalls}, in one of two ways:
 *
 * - `concurrent: false`, on Lambda, which runs one invocation at a time per execution environment:
 *   the counter is simply the one of the invocation in flight. No async context tracking, which
 *   on Node 20 costs ~25 ms of CPU on a cold start's first answer (BENCHMARKS.md).
 * - `concurrent: true`, for the local server (`npm start`, the tests' HTTP front) and Lambda
 *   functions that serve several invocations at once (`AWS_LAMBDA_MAX_CONCURRENCY`): the counter
 *   travels with the request's asynchronous context (Node's AsyncLocalStorage), so everything the
 *   request starts (resolvers, DataLoader batches scheduled on the next tick, SDK middleware) sees
 *   its counter and no other. AWS's own `@aws/lambda-invoke-store` makes the same choice.
 *
 * The alternative, passing a counter through every repository call down to `send`, would put a
 * request-scoped argument in every repository method for something the repositories do not use.
 * A command sent outside {@link countDynamoDbCalls} (the seed, the bench's own calls) is not counted.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';

/** What a request has sent so far. */
export interface DynamoDbCallCounts {
  /** Commands sent (one per `send`; the SDK's retries of one command are not counted again). */
  readonly requests: number;
  /**
   * Sequential round trips: the longest chain of commands in which each was sent after an earlier
   * one had answered (a command's wave is one more than the highest wave answered when it was
   * sent). Commands sent together, e.g. by one DataLoader batch or `Promise.all`, share a wave.
   */
  readonly waves: number;
}

/** The counts of one request. Create one per request; never share one between requests. */
export class DynamoDbCallCounter implements DynamoDbCallCounts {
  private sent = 0;
  private highestAnswered = 0;
  private highestSent = 0;

  get requests(): number {
    return this.sent;
  }

  get waves(): number {
    return this.highestSent;
  }

  /** Records a command being sent; call the returned function once it has settled. */
  commandSent(): () => void {
    this.sent++;
    const wave = this.highestAnswered + 1;
    this.highestSent = Math.max(this.highestSent, wave);
    return () => {
      this.highestAnswered = Math.max(this.highestAnswered, wave);
    };
  }
}

/** Created on first concurrent use only: on Node 20, a store in use makes every promise cost more. */
let concurrentCounters: AsyncLocalStorage<DynamoDbCallCounter> | undefined;
/** The counter of the invocation in flight, when invocations run one at a time. */
let sequentialCounter: DynamoDbCallCounter | undefined;

export interface CountOptions {
  /** Whether other requests may run in this process while `work` runs (see the module comment). */
  readonly concurrent: boolean;
}

/** Runs `work` with `counter` as the counter of every DynamoDB command it sends, directly or not. */
export async function countDynamoDbCalls<T>(counter: DynamoDbCallCounter, work: () => Promise<T>, options: CountOptions): Promise<T> {
  if (options.concurrent) {
    concurrentCounters ??= new AsyncLocalStorage();
    return concurrentCounters.run(counter, work);
  }
  sequentialCounter = counter;
  try {
    return await work();
  } finally {
    if (sequentialCounter === counter) sequentialCounter = undefined;
  }
}

/** The counter of the request running now, if it runs inside {@link countDynamoDbCalls}. */
export function currentDynamoDbCallCounter(): DynamoDbCallCounter | undefined {
  return concurrentCounters?.getStore() ?? sequentialCounter;
}

/**
 * Adds the counting middleware to a client (a DynamoDBDocumentClient shares its base client's
 * stack, so its commands are counted too). It runs at 'initialize', once per `send`, before the
 * retry loop.
 */
export function countCallsOf(client: Pick<DynamoDBClient, 'middlewareStack'>): void {
  client.middlewareStack.add(
    (next) => async (args) => {
      const counter = currentDynamoDbCallCounter();
      if (!counter) return next(args);
      const settled = counter.commandSent();
      try {
        return await next(args);
      } finally {
        settled();
      }
    },
    { step: 'initialize', priority: 'high', name: 'newsgraphCallCounter' },
  );
}
