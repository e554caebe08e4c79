/**
 * The one place where errors become what clients see. Domain errors map to codes; request errors
 * raised by Apollo and graphql-js (parse, validation, variable coercion) keep Apollo's codes;
 * everything else is masked, because its message may carry table names or AWS SDK text.
 */
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { InvalidArgumentError, ServiceUnavailableError } from './errors';

/** `extensions.code` of errors a client may retry later (HTTP 503). */
export const SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE';

export type ClassifiedError =
  | { readonly kind: 'invalid-argument'; readonly cause: InvalidArgumentError }
  | { readonly kind: 'service-unavailable'; readonly cause: ServiceUnavailableError }
  /** Raised by Apollo or graphql-js about the request itself; its message is meant for the client. */
  | { readonly kind: 'request' }
  /** Anything else: a bug, a data problem or an AWS failure. Logged, never shown. */
  | { readonly kind: 'internal'; readonly cause: unknown };

/**
 * What an error that reached Apollo is. Errors thrown in resolvers arrive wrapped in a
 * GraphQLError (with `originalError`), possibly more than once; the innermost cause decides.
 */
export function classifyError(error: unknown): ClassifiedError {
  const cause = innermostCause(error);
  if (cause instanceof InvalidArgumentError) return { kind: 'invalid-argument', cause };
  if (cause instanceof ServiceUnavailableError) return { kind: 'service-unavailable', cause };
  // Request errors come before execution, so they have no path; a GraphQLError with a path is an
  // execution failure (e.g. null for a non-null field) and Apollo gives those no client code.
  if (
    cause instanceof GraphQLError &&
    error instanceof GraphQLError &&
    error.path === undefined &&
    error.extensions['code'] !== undefined &&
    error.extensions['code'] !== ApolloServerErrorCode.INTERNAL_SERVER_ERROR
  ) {
    return { kind: 'request' };
  }
  return { kind: 'internal', cause };
}

function innermostCause(error: unknown): unknown {
  let cause = error;
  while (cause instanceof GraphQLError && cause.originalError !== undefined) cause = cause.originalError;
  return cause;
}

/**
 * Apollo's `formatError`: the response form of each error. Keeps `locations` and `path`, which
 * only describe the client's own operation.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const classified = classifyError(error);
  const where = {
    ...(formatted.locations && { locations: formatted.locations }),
    ...(formatted.path && { path: formatted.path }),
  };
  switch (classified.kind) {
    case 'request':
      return formatted;
    case 'invalid-argument':
      return {
        message: classified.cause.message,
        ...where,
        extensions: { code: ApolloServerErrorCode.BAD_USER_INPUT, argumentName: classified.cause.argument },
      };
    case 'service-unavailable':
      return {
        message: 'The service is temporarily unavailable; please retry shortly.',
        ...where,
        extensions: { code: SERVICE_UNAVAILABLE },
      };
    case 'internal':
      return { message: 'Internal server error', ...where, extensions: { code: ApolloServerErrorCode.INTERNAL_SERVER_ERROR } };
  }
}
