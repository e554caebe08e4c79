/**
 * The HTTP edge of the Lambda: @as-integrations/aws-lambda's request handler for API Gateway HTTP
 * API events (payload format 2.0), made to answer every request it refuses the way GraphQL errors
 * are answered, `{ "errors": [{ "message", "extensions": { "code" } }] }`:
 *
 * - a body over the size limit: 413 PAYLOAD_TOO_LARGE, refused before it is decoded or parsed;
 * - a JSON body that does not parse: 400 BAD_REQUEST (the integration would answer a plain-text 400);
 * - anything unexpected at this edge: a masked 500, logged.
 *
 * Everything else (methods, batching, CSRF, GraphQL errors) is Apollo Server's to answer, and it
 * already answers in that shape.
 */
import { handlers } from '@as-integrations/aws-lambda';
import type { Logger } from '@aws-lambda-powertools/logger';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { BAD_REQUEST, PAYLOAD_TOO_LARGE, errorResponseBody } from '../graphql/graphql-errors';

export type ApiGatewayRequestHandler = handlers.RequestHandler<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2>;

export interface HttpRequestHandlerOptions {
  /** Larger request bodies (decoded size) are refused with 413. */
  readonly maxBodyBytes: number;
  readonly logger: Logger;
}

/** A request refused at the HTTP edge, with the status and code the client gets. */
class RefusedRequest extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

export function createHttpRequestHandler(options: HttpRequestHandlerOptions): ApiGatewayRequestHandler {
  const integration = handlers.createAPIGatewayProxyEventV2RequestHandler();
  return handlers.createRequestHandler<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2>(
    (event) => {
      const size = bodyBytes(event);
      if (size > options.maxBodyBytes) {
        throw new RefusedRequest(413, PAYLOAD_TOO_LARGE, `The request body is ${size} bytes; the limit is ${options.maxBodyBytes}.`);
      }
      try {
        return integration.fromEvent(withLowerCaseJsonType(event));
      } catch (error) {
        // The integration parses application/json bodies with JSON.parse and does nothing else that throws.
        if (error instanceof SyntaxError) {
          throw new RefusedRequest(400, BAD_REQUEST, `The request body is not valid JSON: ${error.message}`);
        }
        throw error;
      }
    },
    {
      success: integration.toSuccessResult,
      error: (error) => {
        if (error instanceof RefusedRequest) return errorResult(error.status, error.code, error.message);
        options.logger.error('Unexpected error at the HTTP edge of the GraphQL handler', error instanceof Error ? error : String(error));
        return errorResult(500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
      },
    },
  );
}

/**
 * Media types are case-insensitive, but the integration only parses a body whose content type
 * starts with `application/json` exactly; `Application/JSON` would reach Apollo as no body.
 */
function withLowerCaseJsonType(event: APIGatewayProxyEventV2): APIGatewayProxyEventV2 {
  const contentType = event.headers?.['content-type'];
  if (contentType === undefined || !/^application\/json/i.test(contentType) || contentType.startsWith('application/json')) return event;
  return { ...event, headers: { ...event.headers, 'content-type': `application/json${contentType.slice('application/json'.length)}` } };
}

/** The decoded size of the body, computed without decoding it. */
function bodyBytes(event: APIGatewayProxyEventV2): number {
  const body = event.body ?? '';
  if (!event.isBase64Encoded) return Buffer.byteLength(body, 'utf8');
  const padding = body.endsWith('==') ? 2 : body.endsWith('=') ? 1 : 0;
  return Math.floor((body.length * 3) / 4) - padding;
}

function errorResult(statusCode: number, code: string, message: string): APIGatewayProxyStructuredResultV2 {
  const body = errorResponseBody(message, code);
  return {
    statusCode,
    headers: { 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(body)) },
    body,
  };
}
