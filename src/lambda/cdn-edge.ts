/**
 * What the function does at its HTTP edge for the CDN in front of it, as middleware of
 * @as-integrations/aws-lambda (run in order, before Apollo; one that returns a result answers the
 * request with it):
 *
 * 1. {@link originVerification}: with a configured secret, a request without CloudFront's
 *    `x-origin-verify` header (src/cdn.ts) is refused with a GraphQL-shaped 403, so the API Gateway
 *    URL cannot be used to bypass the CDN and its cache.
 * 2. {@link conditionalGet}: a GET whose `If-None-Match` names the current tag of its request
 *    (src/graphql/http-cache.ts) is answered 304 with no body, without parsing or reading DynamoDB.
 */
import { timingSafeEqual } from 'node:crypto';
import type { middleware } from '@as-integrations/aws-lambda';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { ORIGIN_VERIFY_HEADER } from '../cdn';
import { entityTag, ifNoneMatchMatches, publicCacheControl } from '../graphql/http-cache';
import type { DataVersionCache } from './data-version-cache';
import { errorResult, type ApiGatewayRequestHandler } from './http-request-handler';

export type EdgeMiddleware = middleware.MiddlewareFn<ApiGatewayRequestHandler>;

/** `extensions.code` of a request that did not come through the CDN (HTTP 403). */
export const FORBIDDEN = 'FORBIDDEN';

export const ORIGIN_REFUSED_MESSAGE =
  'This API answers only through its CDN: send the request to the CdnGraphQlUrl of the stack, not to the API Gateway URL.';

/** Refuses requests whose `x-origin-verify` is missing or differs from `secret` (compared in constant time). */
export function originVerification(secret: string): EdgeMiddleware {
  const expected = Buffer.from(secret, 'utf8');
  return async (event) => {
    const given = Buffer.from(event.headers?.[ORIGIN_VERIFY_HEADER] ?? '', 'utf8');
    if (given.length === expected.length && timingSafeEqual(given, expected)) return undefined;
    return errorResult(403, FORBIDDEN, ORIGIN_REFUSED_MESSAGE);
  };
}

export interface ConditionalGetOptions {
  readonly dataVersion: DataVersionCache;
  /** Sent again with the 304, which refreshes the cache's stored copy for as long. */
  readonly maxAgeSeconds: number;
}

/** Answers 304 to a GET whose `If-None-Match` holds the current tag of its query string. */
export function conditionalGet(options: ConditionalGetOptions): EdgeMiddleware {
  return async (event): Promise<APIGatewayProxyStructuredResultV2 | undefined> => {
    const ifNoneMatch = event.headers?.['if-none-match'];
    if (event.requestContext.http.method !== 'GET' || !ifNoneMatch) return undefined;
    const version = await options.dataVersion.current();
    if (version === undefined) return undefined;
    const tag = entityTag(version, event.rawQueryString ?? '');
    if (!ifNoneMatchMatches(ifNoneMatch, tag)) return undefined;
    return { statusCode: 304, headers: { etag: tag, 'cache-control': publicCacheControl(options.maxAgeSeconds) } };
  };
}
