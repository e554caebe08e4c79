/**
 * Which AWS SDK failures mean "DynamoDB cannot answer right now": throttling that outlasted the
 * SDK's retries, a timed-out attempt, a refused or reset connection, a 5xx answer. Those become
 * {@link ServiceUnavailableError} (clients see SERVICE_UNAVAILABLE, HTTP 503, and may retry);
 * anything else (a missing table, a request DynamoDB rejects) is a defect and stays as it is.
 *
 * The test is the SDK's own, the one its standard retry strategy uses to decide what to retry,
 * so "retried and still failing" and "unavailable" cannot disagree.
 */
import { isServerError, isThrottlingError, isTransientError } from '@smithy/core/retry';
import { ServiceUnavailableError } from '../errors';

type SdkError = Parameters<typeof isTransientError>[0];

/**
 * True for an error DynamoDB (or the network to it) may not raise again a little later. Duck-typed,
 * like the SDK's own checks: a socket error can come from another realm than this module's `Error`.
 */
export function isDynamoDbUnavailable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const sdkError = error as SdkError;
  return isThrottlingError(sdkError) || isTransientError(sdkError) || isServerError(sdkError);
}

export interface FailedCall {
  /** The command that failed, e.g. `BatchGetItemCommand`; named in the message. */
  readonly operation?: string;
  /**
   * The error of the call's last HTTP attempt, when known. It decides: the SDK rethrows a failure
   * that is not an `Error` of its realm as a bare wrapper that no longer carries the error's code.
   */
  readonly lastAttemptError?: unknown;
}

/**
 * The error a failed DynamoDB call should surface as: a {@link ServiceUnavailableError} (with the
 * SDK's error as its `cause`, for the logs) when DynamoDB was unavailable, else `error` unchanged.
 */
export function toServiceUnavailable(error: unknown, call: FailedCall = {}): unknown {
  const cause = call.lastAttemptError ?? error;
  if (error instanceof ServiceUnavailableError || !isDynamoDbUnavailable(cause)) return error;
  const attempts = (error as { $metadata?: { attempts?: number } } | null)?.$metadata?.attempts;
  const { name, message } = cause as { name?: string; message?: string };
  return new ServiceUnavailableError(
    `${call.operation ?? 'DynamoDB call'} failed${attempts ? ` after ${attempts} attempt(s)` : ''}: ${name}: ${message}`,
    { cause },
  );
}
