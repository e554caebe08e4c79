/**
 * Domain errors. One place (src/graphql-errors.ts) maps them to GraphQL error codes;
 * everything else is masked as INTERNAL_SERVER_ERROR.
 */

/** A client-supplied argument is invalid; `argument` names it (e.g. "first", "after"). */
export class InvalidArgumentError extends Error {
  override readonly name = 'InvalidArgumentError';
  constructor(readonly argument: string, message: string) {
    super(message);
  }
}

/** A pagination cursor that this list did not produce. */
export class InvalidCursorError extends InvalidArgumentError {
  constructor(argument = 'after') {
    super(argument, `Argument "${argument}" is not a valid cursor for this list; pass an endCursor this list returned.`);
  }
}

/** DynamoDB could not answer in time or kept throttling after retries; the client may retry later. */
export class ServiceUnavailableError extends Error {
  override readonly name = 'ServiceUnavailableError';
}
