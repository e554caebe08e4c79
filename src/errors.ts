/**
 * Domain errors. One place (src/graphql/graphql-errors.ts) maps them to GraphQL error codes;
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

/**
 * A path search would visit more entities than its budget allows. It names `maxHops` because
 * lowering it is what the client can do about it.
 */
export class PathSearchBudgetError extends InvalidArgumentError {
  constructor(readonly budget: number) {
    super('maxHops', `The path search would visit more than ${budget} entities; try a smaller "maxHops".`);
  }
}

/** Stored data contradicts itself (e.g. a relationship whose entity does not exist); a bug, never the client's fault. */
export class DataIntegrityError extends Error {
  override readonly name = 'DataIntegrityError';
}
