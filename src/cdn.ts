/**
 * The contract between the CDN in front of the API and the function behind it, defined once: the
 * CloudFront cache policy (infra/graphql-cdn.ts), the function's entity tags
 * (src/graphql/http-cache.ts), the origin check (src/lambda/cdn-edge.ts) and the nginx stand-in of
 * the CDN bench (bench/cdn.ts) all read it, so the cache key and the tag cannot disagree. Pure data,
 * no imports, so infra can read it as it reads the table definition.
 */

/**
 * The query-string parameters of a GraphQL GET (GraphQL over HTTP, plus Apollo's `extensions` for
 * persisted queries): the whole cache key at the CDN, and the request part of an entity tag.
 * Nothing else of a request changes a cacheable answer.
 */
export const CACHE_KEY_QUERY_STRINGS = ['query', 'variables', 'operationName', 'extensions'] as const;

/**
 * The header CloudFront adds to every request it sends to the origin, carrying a secret only the
 * distribution and the function know; the function refuses requests without it (403), so the
 * API Gateway URL cannot be used to bypass the CDN.
 */
export const ORIGIN_VERIFY_HEADER = 'x-origin-verify';

/** The longest `max-age` the function may send, and the CDN's maximum TTL: a bad setting cannot pin answers for days. */
export const MAX_CACHE_MAX_AGE_SECONDS = 3600;
