/**
 * The CORS answers of the GraphQL endpoint, defined once: the HTTP API's `corsPreflight`
 * (infra/graphql-http-api.ts) and the local HTTP front of `npm start` (src/local/http-server.ts) both
 * use them, so a front end that works locally works deployed. Pure data, no imports, so infra can
 * read it as it reads the table definition.
 */

/** The methods the route serves. */
export const CORS_ALLOW_METHODS = ['GET', 'POST', 'OPTIONS'] as const;

/**
 * Request headers a browser may send: the ones Apollo clients send, the CSRF-prevention pair and
 * the client-awareness pair.
 */
export const CORS_ALLOW_HEADERS: readonly string[] = [
  'content-type',
  'authorization',
  'apollo-require-preflight',
  'x-apollo-operation-name',
  'apollographql-client-name',
  'apollographql-client-version',
];

/** How long browsers may cache a preflight answer; they cap it anyway (Chromium at 2 h). */
export const CORS_MAX_AGE_SECONDS = 7200;
