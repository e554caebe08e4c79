/**
 * Records the DynamoDB requests a client makes, so tests can assert how many calls and how many
 * round trips ("waves") an operation costs, e.g. that DataLoader turned N lookups into one batch.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';

/** One `client.send`. */
export interface DynamoDbCall {
  /** The SDK command class that was sent, e.g. `GetItemCommand` (also for the document client's `GetCommand`). */
  readonly command: string;
  /** The command's input as given to `send` (before marshalling, for the document client). */
  readonly input: unknown;
  /** HTTP attempts made for it: 1, plus one per retry. */
  attempts: number;
  /**
   * For a Query that answered: the items DynamoDB read (its `ScannedCount`, counted before any
   * FilterExpression, so it is what the call cost, not what it returned).
   */
  itemsRead?: number;
}

/** What {@link recordDynamoDbCalls} has seen so far. */
export interface DynamoDbCallRecorder {
  /** Every call since creation or the last reset, in the order they were sent. */
  readonly calls: DynamoDbCall[];
  /**
   * How many times the number of calls in flight went from 0 to 1: calls sent together (e.g. by
   * `Promise.all`) form one wave, calls that wait for each other's results form one wave each.
   */
  waves(): number;
  /** Number of calls per command, e.g. `{ GetItemCommand: 4 }`. */
  byCommand(): Record<string, number>;
  /** Forgets the calls and waves recorded so far. */
  reset(): void;
}

/**
 * Starts recording the calls made through `client`, from now on. A DynamoDBDocumentClient shares
 * its base client's middleware stack, so recording either sees the calls of both.
 */
export function recordDynamoDbCalls(client: Pick<DynamoDBClient, 'middlewareStack'>): DynamoDbCallRecorder {
  const calls: DynamoDbCall[] = [];
  const callOf = new WeakMap<object, DynamoDbCall>();
  let inFlight = 0;
  let waves = 0;

  // 'initialize' runs once per send, before the retry loop.
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const call: DynamoDbCall = { command: context.commandName ?? 'unknown', input: args.input, attempts: 0 };
      calls.push(call);
      callOf.set(context, call);
      if (inFlight++ === 0) waves++;
      try {
        const result = await next(args);
        const scanned = (result.output as { ScannedCount?: unknown } | undefined)?.ScannedCount;
        if (typeof scanned === 'number') call.itemsRead = scanned;
        return result;
      } finally {
        inFlight--;
      }
    },
    { step: 'initialize', priority: 'high' },
  );
  // The retry middleware is high priority in 'finalizeRequest', so a low-priority one there runs
  // inside its loop, once per HTTP attempt; the context object is the same for all of one send.
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const call = callOf.get(context);
      if (call) call.attempts++;
      return next(args);
    },
    { step: 'finalizeRequest', priority: 'low' },
  );

  return {
    calls,
    waves: () => waves,
    byCommand: () => {
      const counts: Record<string, number> = {};
      for (const { command } of calls) counts[command] = (counts[command] ?? 0) + 1;
      return counts;
    },
    reset: () => {
      calls.length = 0;
      waves = 0;
    },
  };
}
