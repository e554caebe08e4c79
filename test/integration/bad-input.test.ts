/**
 * The bad-input corpus: malformed and hostile requests, each sent through the HTTP layer of
 * `npm start` (the local API Gateway front, in process) and to the Lambda handler directly, on
 * seeded DynamoDB Local.
 *
 * Every one answers a 4xx with a GraphQL-shaped JSON body, `{ errors: [{ message, extensions: { code } }] }`,
 * whose first error has the expected code and a message that says what is wrong; never a 5xx,
 * never a stack frame, a source path or a table name; no DynamoDB call unless the row says the
 * request legitimately reads before failing; and a normal query right after still succeeds.
 *
 * Status per row, by where the request fails:
 * - HTTP and JSON (body, content type, method, batching, size): 400, 405, 406 or 413, code BAD_REQUEST
 *   (or PAYLOAD_TOO_LARGE / the local front's METHOD_NOT_ALLOWED);
 * - the GraphQL document (parse, validation, limits): 400 GRAPHQL_PARSE_FAILED / GRAPHQL_VALIDATION_FAILED,
 *   also for `application/json` where GraphQL over HTTP would allow 200 (see docs/security.md);
 * - variables that do not fit their types: 400 BAD_USER_INPUT (Apollo's variable coercion);
 * - argument values the resolvers refuse (`first: -1`, a forged cursor): 400 BAD_USER_INPUT, because
 *   nothing but argument errors came back (src/graphql/plugins/bad-user-input-status.ts).
 */
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { createApiGatewayEvent } from '../../src/local/api-gateway-v2';
import { createLocalHttpServer, listen, shutdown } from '../../src/local/http-server';
import { invoke } from '../support/lambda-events';
import { seededApp } from './support/seeded-app';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';

interface Expected {
  readonly status: number;
  readonly code: string;
  readonly message: RegExp;
}

interface BadRequest extends Expected {
  readonly name: string;
  readonly method?: Method;
  /** Path and query string. @default '/graphql' */
  readonly url?: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string | Buffer;
  /** The request fails in a resolver after reading what it could (a bad argument deep in a query). */
  readonly reads?: boolean;
  /** Where the local front answers first, as API Gateway would (its own size limit, its method check). */
  readonly viaHttp?: Expected;
}

interface Answer {
  readonly status: number;
  readonly contentType: string;
  readonly body: string;
}

const JSON_TYPE = { 'content-type': 'application/json' };
const PREFLIGHT = { 'apollo-require-preflight': 'true' };
const NORMAL_QUERY = '{ entity(id: "entity:china") { name } }';

/** A JSON POST of a GraphQL request body (any value, so malformed ones too). */
const post = (body: unknown, headers: Record<string, string> = JSON_TYPE) => ({ method: 'POST' as const, headers, body: JSON.stringify(body) });
/** A JSON POST of `query` with `variables`. */
const ask = (query: string, variables?: Record<string, unknown>) => post({ query, variables });
/** A GET with the CSRF header a client sends, and these search parameters. */
const get = (params: Record<string, string> | string, headers: Record<string, string> = PREFLIGHT) => ({
  method: 'GET' as const,
  url: `/graphql?${typeof params === 'string' ? params : new URLSearchParams(params).toString()}`,
  headers,
});

const bad = (code: string, message: RegExp, status = 400): Expected => ({ status, code, message });
const BAD_REQUEST = (message: RegExp, status = 400) => bad('BAD_REQUEST', message, status);
const PARSE = (message: RegExp) => bad('GRAPHQL_PARSE_FAILED', message);
const INVALID = (message: RegExp) => bad('GRAPHQL_VALIDATION_FAILED', message);
const USER_INPUT = (message: RegExp) => bad('BAD_USER_INPUT', message);

const NO_BODY = /^POST body missing, invalid Content-Type, or JSON object has no keys\.$/;
const NOT_JSON = /^The request body is not valid JSON: /;
const CSRF = /^This operation has been blocked as a potential Cross-Site Request Forgery \(CSRF\)/;
const NOT_STRING = /^GraphQL queries must be strings\.$/;
const NO_QUERY = /^GraphQL operations must contain a non-empty `query` or a `persistedQuery` extension\.$/;
const BATCHING = /^Operation batching disabled\.$/;
const FIRST_RANGE = /^Argument "first" must be between 1 and 100, got /;
const BAD_CURSOR = /^Argument "after" is not a valid cursor for this list/;
const HOPS_RANGE = /^Argument "maxHops" must be between 1 and 4, got /;
const ENTITY_ID = (argument: string) => new RegExp(`^Argument "${argument}" must be an entity id like "entity:vladimir-putin"\\.$`);
const PLAIN_TEXT = /^Argument "query" must be plain text: no control characters or unpaired surrogates\.$/;
const APOLLO_METHODS = BAD_REQUEST(/^Apollo Server supports only GET\/POST requests\.$/, 405);
const FRONT_METHOD = (method: Method) => bad('METHOD_NOT_ALLOWED', new RegExp(`^Method ${method} is not allowed on /graphql; use GET or POST$`), 405);

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const aliases = (count: number) => Array.from({ length: count }, (_, i) => `e${i}: entity(id: "entity:china") { name }`).join(' ');
const connectionQuery = (args: string) => `{ entities(${args}) { edges { node { name } } } }`;

const CORPUS: BadRequest[] = [
  // --- The body: JSON, shape, size --------------------------------------------------------------
  { name: 'invalid JSON: cut short', method: 'POST', headers: JSON_TYPE, body: '{"query": ', ...BAD_REQUEST(NOT_JSON) },
  { name: 'invalid JSON: a trailing comma', method: 'POST', headers: JSON_TYPE, body: '{"query": "{ __typename }",}', ...BAD_REQUEST(NOT_JSON) },
  { name: 'invalid JSON: single quotes', method: 'POST', headers: JSON_TYPE, body: "{'query': '{ __typename }'}", ...BAD_REQUEST(NOT_JSON) },
  { name: 'invalid JSON: a GraphQL document sent as is', method: 'POST', headers: JSON_TYPE, body: NORMAL_QUERY, ...BAD_REQUEST(NOT_JSON) },
  { name: 'invalid JSON: bytes that are not UTF-8', method: 'POST', headers: JSON_TYPE, body: Buffer.from([0xff, 0xfe, 0x7b, 0x00, 0xc3]), ...BAD_REQUEST(NOT_JSON) },
  { name: 'JSON null', ...post(null), ...BAD_REQUEST(NO_BODY) },
  { name: 'a JSON string', ...post(NORMAL_QUERY), ...BAD_REQUEST(NO_BODY) },
  { name: 'a JSON number', ...post(42), ...BAD_REQUEST(NO_BODY) },
  { name: 'an empty JSON object', ...post({}), ...BAD_REQUEST(NO_BODY) },
  { name: 'an empty body', method: 'POST', headers: JSON_TYPE, body: '', ...BAD_REQUEST(NO_BODY) },
  { name: 'no content type', method: 'POST', headers: {}, body: JSON.stringify({ query: NORMAL_QUERY }), ...BAD_REQUEST(CSRF) },
  { name: 'content type text/plain', ...post({ query: NORMAL_QUERY }, { 'content-type': 'text/plain' }), ...BAD_REQUEST(CSRF) },
  {
    name: 'content type application/x-www-form-urlencoded',
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: `query=${encodeURIComponent(NORMAL_QUERY)}`,
    ...BAD_REQUEST(CSRF),
  },
  { name: 'content type multipart/form-data', ...post({ query: NORMAL_QUERY }, { 'content-type': 'multipart/form-data; boundary=x' }), ...BAD_REQUEST(CSRF) },
  { name: 'content type application/xml, preflighted', method: 'POST', headers: { 'content-type': 'application/xml', ...PREFLIGHT }, body: '<query/>', ...BAD_REQUEST(NO_BODY) },
  { name: 'content type application/graphql, preflighted', method: 'POST', headers: { 'content-type': 'application/graphql', ...PREFLIGHT }, body: NORMAL_QUERY, ...BAD_REQUEST(NO_BODY) },
  { name: 'text/plain, preflighted', ...post({ query: NORMAL_QUERY }, { 'content-type': 'text/plain', ...PREFLIGHT }), ...BAD_REQUEST(NO_BODY) },
  { name: '`query` a number', ...post({ query: 42 }), ...BAD_REQUEST(NOT_STRING) },
  { name: '`query` an object', ...post({ query: { selection: 'entity' } }), ...BAD_REQUEST(NOT_STRING) },
  { name: '`query` an array', ...post({ query: [NORMAL_QUERY] }), ...BAD_REQUEST(NOT_STRING) },
  { name: '`query` true', ...post({ query: true }), ...BAD_REQUEST(NOT_STRING) },
  { name: '`query` null', ...post({ query: null }), ...BAD_REQUEST(NO_QUERY) },
  { name: '`query` empty', ...post({ query: '' }), ...BAD_REQUEST(NO_QUERY) },
  { name: '`query` only a comment', ...post({ query: '# nothing here\n' }), ...PARSE(/^Syntax Error: Unexpected <EOF>\.$/) },
  { name: '`variables` a JSON-encoded string', ...post({ query: NORMAL_QUERY, variables: '{"id":"entity:china"}' }), ...BAD_REQUEST(/^`variables` in a POST body should be provided as an object/) },
  { name: '`variables` an array', ...post({ query: NORMAL_QUERY, variables: ['entity:china'] }), ...BAD_REQUEST(/^`variables` in a POST body must be an object if provided\.$/) },
  { name: '`operationName` a number', ...post({ query: NORMAL_QUERY, operationName: 1 }), ...BAD_REQUEST(/^`operationName` in a POST body must be a string if provided\.$/) },
  { name: '`extensions` a string', ...post({ query: NORMAL_QUERY, extensions: 'x' }), ...BAD_REQUEST(/^`extensions` in a POST body should be provided as an object/) },
  { name: 'a batch of two operations', ...post([{ query: NORMAL_QUERY }, { query: '{ articles { edges { cursor } } }' }]), ...BAD_REQUEST(BATCHING) },
  { name: 'a batch of one operation', ...post([{ query: NORMAL_QUERY }]), ...BAD_REQUEST(BATCHING) },
  { name: 'an empty batch', ...post([]), ...BAD_REQUEST(BATCHING) },
  {
    name: 'a body of 100 KB (over the handler limit)',
    ...post({ query: NORMAL_QUERY, variables: { padding: 'x'.repeat(100_000) } }),
    ...bad('PAYLOAD_TOO_LARGE', /^The request body is 100\d{3} bytes; the limit is 65536\.$/, 413),
  },
  {
    name: 'a body of 2 MB (over the API Gateway front limit too)',
    ...post({ query: NORMAL_QUERY, variables: { padding: 'x'.repeat(2_000_000) } }),
    ...bad('PAYLOAD_TOO_LARGE', /^The request body is 2000\d{3} bytes; the limit is 65536\.$/, 413),
    viaHttp: bad('PAYLOAD_TOO_LARGE', /^Request body is larger than 1048576 bytes$/, 413),
  },

  // --- The GraphQL document ---------------------------------------------------------------------
  { name: 'a syntax error', ...ask('{ entity(id: "entity:china") { name '), ...PARSE(/^Syntax Error: Expected Name, found <EOF>\.$/) },
  { name: 'an unknown field', ...ask('{ entity(id: "entity:china") { population } }'), ...INVALID(/^Cannot query field "population" on type "Entity"\./) },
  { name: 'an object field without a selection', ...ask('{ entity(id: "entity:china") }'), ...INVALID(/^Field "entity" of type "Entity" must have a selection of subfields/) },
  { name: 'an unknown argument', ...ask('{ entity(id: "entity:china", lang: "fr") { name } }'), ...INVALID(/^Unknown argument "lang" on field "Query\.entity"\./) },
  { name: 'a mutation', ...ask('mutation { deleteEverything }'), ...INVALID(/^This API serves queries only; mutation operations are not supported\.$/) },
  { name: 'a subscription', ...ask('subscription { articles { edges { cursor } } }'), ...INVALID(/^This API serves queries only; subscription operations are not supported\.$/) },
  { name: 'an unknown operation name', ...post({ query: `query China ${NORMAL_QUERY}`, operationName: 'Russia' }), ...bad('OPERATION_RESOLUTION_FAILURE', /^Unknown operation named "Russia"\.$/) },
  { name: 'two operations and no operation name', ...ask(`query A ${NORMAL_QUERY} query B ${NORMAL_QUERY}`), ...bad('OPERATION_RESOLUTION_FAILURE', /^Must provide operation name if query contains multiple operations\.$/) },
  { name: 'a variable of the wrong type', ...ask('query ($n: Int) { entities(first: $n) { edges { cursor } } }', { n: 'ten' }), ...USER_INPUT(/^Variable "\$n" got invalid value "ten"; Int cannot represent non-integer value: "ten"$/) },
  { name: 'a required variable missing', ...ask('query ($id: ID!) { entity(id: $id) { name } }'), ...USER_INPUT(/^Variable "\$id" of required type "ID!" was not provided\.$/) },
  { name: 'an object for an ID variable', ...ask('query ($id: ID!) { entity(id: $id) { name } }', { id: { $ne: null } }), ...USER_INPUT(/^Variable "\$id" got invalid value \{ \$ne: null \}; ID cannot represent value/) },
  { name: 'an enum variable outside the enum', ...ask('query ($t: EntityType) { entities(type: $t) { edges { cursor } } }', { t: 'ALIEN' }), ...USER_INPUT(/^Variable "\$t" got invalid value "ALIEN"; Value "ALIEN" does not exist in "EntityType" enum\./) },
  { name: 'an undeclared variable', ...ask('{ entity(id: $id) { name } }'), ...INVALID(/^Variable "\$id" is not defined\.$/) },
  { name: 'a declared variable never used', ...ask('query ($id: ID) { articles { edges { cursor } } }'), ...INVALID(/^Variable "\$id" is never used\.$/) },
  { name: 'a float literal as an id', ...ask('{ entity(id: 1.5) { name } }'), ...INVALID(/^ID cannot represent a non-string and non-integer value: 1\.5$/) },
  { name: 'null for a required id', ...ask('{ entity(id: null) { name } }'), ...INVALID(/^Expected value of type "ID!", found null\.$/) },
  {
    name: 'nesting past the depth limit',
    ...ask(`{ entity(id: "entity:china") { relationships(first: 1) { edges { node { target { relationships(first: 1) {
      edges { node { target { relationships(first: 1) { edges { node { id } } } } } } } } } } } } }`),
    ...INVALID(/^Query depth limit of 12 exceeded, found 13\.$/),
  },
  { name: 'nesting 100 levels deep', ...ask(`{ ${'entity { '.repeat(100)}name${' }'.repeat(100)} }`), ...INVALID(/^Query depth limit of 12 exceeded, found 101\.$/) },
  { name: 'an alias bomb of 16 aliases', ...ask(`{ ${aliases(16)} }`), ...INVALID(/^Aliases limit of 15 exceeded, found 16\.$/) },
  { name: 'an alias bomb of 1,000 aliases', ...ask(`{ ${aliases(1000)} }`), ...PARSE(/^Syntax Error: Document contains more that 1000 tokens\. Parsing aborted\.$/) },
  { name: 'a flood of tokens', ...ask(`{ ${'__typename '.repeat(2000)}}`), ...PARSE(/^Syntax Error: Document contains more that 1000 tokens\. Parsing aborted\.$/) },
  {
    name: 'a query over the cost limit',
    ...ask('{ articles { edges { node { mentions(first: 100) { edges { node { entity { name } } } } } } } }'),
    ...INVALID(/^Query cost limit of 1000 exceeded, found 4041\./),
  },
  {
    name: 'a query over the cost limit through a page-size variable',
    ...ask('query ($n: Int) { articles(first: $n) { edges { node { mentions(first: $n) { edges { node { entity { name } } } } } } } }', { n: 100 }),
    ...INVALID(/^Query cost limit of 1000 exceeded, found 20201\./),
  },
  {
    name: 'a fragment cycle',
    ...ask('{ entity(id: "entity:china") { ...A } } fragment A on Entity { name ...B } fragment B on Entity { aliases ...A }'),
    ...INVALID(/^Cannot spread fragment "A" within itself via "B"\.$/),
  },
  { name: 'a fragment spreading itself', ...ask('{ entity(id: "entity:china") { ...A } } fragment A on Entity { name ...A }'), ...INVALID(/^Cannot spread fragment "A" within itself\.$/) },
  {
    name: 'fragments doubling 20 times (a million fields)',
    ...ask(`{ entity(id: "entity:china") { ...F20 } } fragment F0 on Entity { name }
      ${Array.from({ length: 20 }, (_, i) => `fragment F${i + 1} on Entity { ...F${i} ...F${i} }`).join(' ')}`),
    ...INVALID(/^The query is too large to estimate its cost: Query exceeds the maximum allowed number of nodes\.$/),
  },
  { name: 'an unknown fragment', ...ask('{ entity(id: "entity:china") { ...Nope } }'), ...INVALID(/^Unknown fragment "Nope"\.$/) },
  { name: 'a directive bomb of 21 directives', ...ask(`{ entity(id: "entity:china") { ${'name @include(if: true) '.repeat(21)}} }`), ...INVALID(/^Directives limit of 20 exceeded, found 21\.$/) },
  { name: 'a directive repeated at one location', ...ask('{ entity(id: "entity:china") { name @skip(if: false) @skip(if: false) } }'), ...INVALID(/^The directive "@skip" can only be used once at this location\.$/) },
  { name: 'an unknown directive', ...ask('{ entity(id: "entity:china") { name @cached(ttl: 60) } }'), ...INVALID(/^Unknown directive "@cached"\.$/) },

  // --- Argument values --------------------------------------------------------------------------
  { name: 'first negative', ...ask(connectionQuery('first: -1')), ...USER_INPUT(FIRST_RANGE) },
  { name: 'first zero', ...ask(connectionQuery('first: 0')), ...USER_INPUT(FIRST_RANGE) },
  { name: 'first 101', ...ask(connectionQuery('first: 101')), ...USER_INPUT(FIRST_RANGE) },
  { name: 'first enormous (2^31 - 1)', ...ask(connectionQuery('first: 2147483647')), ...USER_INPUT(/^Argument "first" must be between 1 and 100, got 2147483647\.$/) },
  { name: 'first beyond 32 bits', ...ask(connectionQuery('first: 99999999999')), ...INVALID(/^Int cannot represent non 32-bit signed integer value: 99999999999$/) },
  { name: 'first a float', ...ask(connectionQuery('first: 2.5')), ...INVALID(/^Int cannot represent non-integer value: 2\.5$/) },
  { name: 'first a string', ...ask(connectionQuery('first: "10"')), ...INVALID(/^Int cannot represent non-integer value: "10"$/) },
  {
    name: 'first negative in a nested list, through a variable',
    ...ask('query ($n: Int) { article(id: "article:ed35ebebeaaf3e62") { title mentions(first: $n) { totalCount } } }', { n: -5 }),
    ...USER_INPUT(/^Argument "first" must be between 1 and 100, got -5\.$/),
    reads: true,
  },
  { name: 'a cursor that is not one', ...ask(connectionQuery('after: "not-a-cursor"')), ...USER_INPUT(BAD_CURSOR) },
  { name: 'a forged cursor (well-formed, for another list)', ...ask(connectionQuery(`after: "${base64url({ v: 1, k: { pk: 'ARTICLE#x', sk: 'ARTICLE' } })}"`)), ...USER_INPUT(BAD_CURSOR) },
  { name: 'a cursor of 20 KB', ...ask(connectionQuery(`after: "${'A'.repeat(20_000)}"`)), ...USER_INPUT(BAD_CURSOR) },
  { name: 'a cursor with a NUL', ...ask('query ($c: String) { entities(after: $c) { edges { cursor } } }', { c: 'eyJ2Ijox\u0000' }), ...USER_INPUT(BAD_CURSOR) },
  { name: 'maxHops 0', ...ask('{ path(fromId: "entity:china", toId: "entity:russia", maxHops: 0) { length } }'), ...USER_INPUT(HOPS_RANGE) },
  { name: 'maxHops 99', ...ask('{ path(fromId: "entity:china", toId: "entity:russia", maxHops: 99) { length } }'), ...USER_INPUT(HOPS_RANGE) },
  { name: 'maxHops null', ...ask('{ path(fromId: "entity:china", toId: "entity:russia", maxHops: null) { length } }'), ...USER_INPUT(HOPS_RANGE) },
  { name: 'a path from a malformed id', ...ask('{ path(fromId: "china; DROP TABLE", toId: "entity:russia") { length } }'), ...USER_INPUT(ENTITY_ID('fromId')) },
  { name: 'a path to an article id', ...ask('{ path(fromId: "entity:china", toId: "article:ed35ebebeaaf3e62") { length } }'), ...USER_INPUT(ENTITY_ID('toId')) },
  { name: 'a path from an id of 20 KB', ...ask('query ($id: ID!) { path(fromId: $id, toId: "entity:russia") { length } }', { id: `entity:${'a'.repeat(20_000)}` }), ...USER_INPUT(ENTITY_ID('fromId')) },
  { name: 'a relationship type in lower case', ...ask('{ relationships(type: "visits") { edges { cursor } } }'), ...USER_INPUT(/^Argument "type" must be an UPPER_SNAKE_CASE relationship type like "VISITS"\.$/) },
  { name: 'a blank search', ...ask('{ searchEntities(query: "   ") { name } }'), ...USER_INPUT(/^Argument "query" must be between 1 and 100 characters long/) },
  { name: 'a search of 50 KB', ...ask('query ($q: String!) { searchEntities(query: $q) { name } }', { q: 'putin '.repeat(8_000) }), ...USER_INPUT(/^Argument "query" must be between 1 and 100 characters long/) },

  // --- Odd Unicode -------------------------------------------------------------------------------
  { name: 'a lone surrogate in a string literal', ...ask('{ searchEntities(query: "\ud800") { name } }'), ...PARSE(/^Syntax Error: Invalid character within String: U\+D800\.$/) },
  { name: 'a lone surrogate in a variable', ...ask('query ($q: String!) { searchEntities(query: $q) { name } }', { q: 'pu\udc00tin' }), ...USER_INPUT(PLAIN_TEXT) },
  { name: 'a NUL in the document', ...ask('{ entity(id: "entity:china") { name\u0000 } }'), ...PARSE(/^Syntax Error: Unexpected character: U\+0000\.$/) },
  { name: 'a NUL in a variable', ...ask('query ($q: String!) { searchEntities(query: $q) { name } }', { q: 'xi\u0000' }), ...USER_INPUT(PLAIN_TEXT) },
  { name: 'a right-to-left override in the document', ...ask('{ \u202Eentity(id: "entity:china") { name } }'), ...PARSE(/^Syntax Error: Unexpected character: U\+202E\.$/) },
  { name: 'a right-to-left override in an id', ...ask('{ path(fromId: "entity:\u202Enitup-rimidalv", toId: "entity:china") { length } }'), ...USER_INPUT(ENTITY_ID('fromId')) },
  { name: 'a zero-width space in a field name', ...ask('{ enti\u200Bty(id: "entity:china") { name } }'), ...PARSE(/^Syntax Error: Unexpected character: U\+200B\.$/) },

  // --- GET ----------------------------------------------------------------------------------------
  { name: 'a mutation through GET', ...get({ query: 'mutation { deleteEverything }' }), ...INVALID(/^This API serves queries only; mutation operations are not supported\.$/) },
  { name: 'a subscription through GET', ...get({ query: 'subscription { articles { edges { cursor } } }' }), ...INVALID(/^This API serves queries only; subscription operations are not supported\.$/) },
  { name: 'a GET without a query', ...get({ operationName: 'China' }), ...BAD_REQUEST(NO_QUERY) },
  { name: 'a GET with variables that are not JSON', ...get({ query: NORMAL_QUERY, variables: '{id:' }), ...BAD_REQUEST(/^The variables search parameter contains invalid JSON\.$/) },
  { name: 'a GET with the query twice', ...get(`query=${encodeURIComponent(NORMAL_QUERY)}&query=${encodeURIComponent(NORMAL_QUERY)}`), ...BAD_REQUEST(/^The 'query' search parameter may only be specified once\.$/) },
  { name: 'a GET without the CSRF header', ...get({ query: NORMAL_QUERY }, {}), ...BAD_REQUEST(CSRF) },

  // --- Methods and content negotiation -------------------------------------------------------------
  { name: 'PUT', method: 'PUT', headers: JSON_TYPE, body: JSON.stringify({ query: NORMAL_QUERY }), ...APOLLO_METHODS, viaHttp: FRONT_METHOD('PUT') },
  { name: 'DELETE', method: 'DELETE', headers: JSON_TYPE, ...APOLLO_METHODS, viaHttp: FRONT_METHOD('DELETE') },
  { name: 'PATCH', method: 'PATCH', headers: JSON_TYPE, body: JSON.stringify({ query: NORMAL_QUERY }), ...APOLLO_METHODS, viaHttp: FRONT_METHOD('PATCH') },
  {
    name: 'an Accept header that allows no JSON',
    ...post({ query: NORMAL_QUERY }, { ...JSON_TYPE, accept: 'text/csv' }),
    ...BAD_REQUEST(/^An 'accept' header was provided for this request which does not accept application\/json/, 406),
    // Apollo chooses the response's media type once the result exists, so the query has run.
    reads: true,
  },
];

/** Frames, source paths, table names, SDK and JavaScript error names: nothing from inside the server. */
const INTERNALS = /\n\s+at |\bat \S+ \(|\.(ts|js):\d+|\/work\/|node_modules|newsgraph-(articles|entities|relationships)|stacktrace|Exception|TypeError|ReferenceError/;

type App = Awaited<ReturnType<typeof seededApp>>;

/** One way to reach the handler: through the local HTTP front or directly. */
interface Transport {
  readonly name: string;
  send(request: BadRequest): Promise<Answer>;
  expected(request: BadRequest): Expected;
}

let app: App;
let front: http.Server;
let origin: string;
beforeAll(async () => {
  app = await seededApp();
  front = createLocalHttpServer({ handler: app.handler, corsOrigins: ['*'], log: () => undefined });
  const address = await listen(front, 0);
  origin = `http://127.0.0.1:${(address as AddressInfo).port}`;
});
afterAll(async () => {
  await shutdown(front);
});

const TRANSPORTS: Transport[] = [
  {
    name: 'through the HTTP layer of npm start',
    send: (request) => sendHttp(new URL(request.url ?? '/graphql', origin), request),
    expected: (request) => request.viaHttp ?? request,
  },
  {
    name: 'to the Lambda handler directly',
    send: async (request) => {
      const method = request.method ?? 'POST';
      const url = request.url ?? '/graphql';
      const body = typeof request.body === 'string' ? Buffer.from(request.body, 'utf8') : (request.body ?? Buffer.alloc(0));
      const event = createApiGatewayEvent(
        {
          method,
          url,
          rawHeaders: Object.entries({ host: 'localhost', ...request.headers }).flat(),
          httpVersion: '1.1',
          sourceIp: '127.0.0.1',
          localPort: 443,
          body,
        },
        { routeKey: `${method} /graphql`, requestId: randomUUID(), receivedAt: new Date() },
      );
      const response = await invoke(app.handler, event);
      return { status: response.statusCode, contentType: response.headers['content-type'] ?? '', body: response.body };
    },
    expected: (request) => request,
  },
];

/** Sends a request with Node's http client: exact headers (no content type added), any method, raw bytes. */
function sendHttp(url: URL, request: BadRequest): Promise<Answer> {
  return new Promise((resolve, reject) => {
    let answered = false;
    const outgoing = http.request(url, { method: request.method ?? 'POST', headers: request.headers ?? {} }, (response) => {
      answered = true;
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, contentType: String(response.headers['content-type'] ?? ''), body: Buffer.concat(chunks).toString('utf8') }),
      );
    });
    // A front that refuses an oversized body closes the connection while the body is still being sent.
    outgoing.on('error', (error) => {
      if (!answered) reject(error);
    });
    outgoing.end(request.body);
  });
}

describe.each(TRANSPORTS)('a malformed or hostile request $name', (transport) => {
  it('the corpus holds at least 50 requests', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(50);
  });

  it.each(CORPUS.map((request) => [request.name, request] as const))('%s', async (_name, request) => {
    // Prepare
    const expected = transport.expected(request);
    app.calls.reset();

    // Act
    const answer = await transport.send(request);
    const calls = app.calls.calls.length;
    const after = await transport.send({ name: 'normal', ...ask(NORMAL_QUERY), status: 200, code: '', message: /.*/ });

    // Assess
    expect(answer.status).toBe(expected.status);
    expect(answer.contentType).toMatch(/^application\/json/);
    const body = JSON.parse(answer.body) as { errors?: Array<{ message?: unknown; extensions?: { code?: unknown } }> };
    expect(body.errors?.length).toBeGreaterThan(0);
    for (const error of body.errors ?? []) {
      expect(typeof error.message).toBe('string');
      expect(typeof error.extensions?.code).toBe('string');
    }
    expect(body.errors![0]).toEqual(expect.objectContaining({
      message: expect.stringMatching(expected.message),
      extensions: expect.objectContaining({ code: expected.code }),
    }));
    expect(answer.body).not.toMatch(INTERNALS);
    if (!request.reads) expect(calls).toBe(0);
    expect(after.status).toBe(200);
    expect(JSON.parse(after.body)).toEqual({ data: { entity: { name: 'China' } } });
  });
});

describe('hostile ids in lookups', () => {
  // A lookup answers null for an id that names nothing, whatever its shape (the README's contract);
  // an id of the wrong shape cannot name a stored record, so it costs no read.
  it.each([
    ['SQL', `' OR '1'='1`],
    ['NoSQL operators', '{"$ne": null}'],
    ['markup', '<script>alert(1)</script>'],
    ['a path', '../../etc/passwd'],
    ['20 KB', `entity:${'a'.repeat(20_000)}`],
    ['a lone surrogate', 'entity:\ud800'],
    ['a right-to-left override', 'entity:\u202Eanihc'],
  ])('answers null, with no read, for an id that is %s', async (_case, id) => {
    // Prepare
    app.calls.reset();

    // Act
    const answer = await TRANSPORTS[1]!.send({
      name: 'lookup',
      ...ask('query ($id: ID!) { node(id: $id) { id } entity(id: $id) { name } article(id: $id) { title } relationship(id: $id) { type } }', { id }),
      status: 200,
      code: '',
      message: /.*/,
    });

    // Assess
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ data: { node: null, entity: null, article: null, relationship: null } });
    expect(app.calls.calls).toEqual([]);
  });
});
