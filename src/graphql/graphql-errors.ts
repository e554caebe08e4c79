/**
 * The one place where errors become what clients see. Domain errors map to codes; request errors
 * raised by Apollo and graphql-js (parse, validation, variable coercion) keep Apollo's codes;
 * everything else is masked, because its message may carry table names or AWS SDK text.
 */
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { InvalidArgumentError, ServiceUnavailableError } from '../errors';

/** `extensions.code` of errors a client may retry later (HTTP 503). */
export const SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE';
/** `extensions.code` of a request refused before GraphQL could read it (HTTP 400), e.g. a body that is not JSON. */
export const BAD_REQUEST = ApolloServerErrorCode.BAD_REQUEST;
/** `extensions.code` of a request whose body is over the size limit (HTTP 413). */
export const PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE';

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
  if (cause instanceof GraphQLError && error instanceof GraphQLError && error.path === undefined) {
    const code = error.extensions['code'];
    if ((code !== undefined && code !== ApolloServerErrorCode.INTERNAL_SERVER_ERROR) || hasClientErrorStatus(error)) {
      return { kind: 'request' };
    }
  }
  return { kind: 'internal', cause };
}

/** Apollo marks a few request errors (e.g. a persisted query hash that does not match) with a 4xx status but no code. */
function hasClientErrorStatus(error: GraphQLError): boolean {
  const status = (error.extensions['http'] as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
}

function innermostCause(error: unknown): unknown {
  let cause = error;
  while (cause instanceof GraphQLError && cause.originalError !== undefined) cause = cause.originalError;
  return cause;
}

export interface FormatErrorOptions {
  /**
   * Drops the "Did you mean …?" that graphql-js appends to errors about unknown fields, types,
   * arguments and enum values, so clients cannot read the schema through typos. Apollo's
   * `hideSchemaDetailsFromClientErrors` does this for validation errors only; an enum value passed
   * in a variable is rejected later, with the suggestion still in it.
   * @default false
   */
  readonly hideSuggestions?: boolean;
}

/** A graphql-js suggestion at the end of a message: ` Did you mean "title"?`, ` Did you mean the enum value "PERSON"?`. */
const SUGGESTION = / ?Did you mean .+\?$/s;

/**
 * Apollo's `formatError`: the response form of each error. Keeps `locations` and `path`, which
 * only describe the client's own operation.
 */
export function createFormatError(options: FormatErrorOptions = {}) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const shown = formatError(formatted, error);
    return options.hideSuggestions ? { ...shown, message: shown.message.replace(SUGGESTION, '') } : shown;
  };
}

function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const classified = classifyError(error);
  const where = {
    ...(formatted.locations && { locations: formatted.locations }),
    ...(formatted.path && { path: formatted.path }),
  };
  switch (classified.kind) {
    case 'request':
      // Apollo fills in INTERNAL_SERVER_ERROR where a request error has no code of its own.
      return formatted.extensions?.['code'] === ApolloServerErrorCode.INTERNAL_SERVER_ERROR
        ? { ...formatted, extensions: { ...formatted.extensions, code: BAD_REQUEST } }
        : formatted;
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

/**
 * The body of an HTTP error answered outside GraphQL execution (a body that is not JSON, one too
 * large): the same `{ errors: [{ message, extensions: { code } }] }` shape, so clients handle every
 * failure one way.
 */
export function errorResponseBody(message: string, code: string): string {
  return JSON.stringify({ errors: [{ message, extensions: { code } }] });
}
