/**
 * What each stage shows clients, through the Lambda handler on seeded DynamoDB Local: never a stack
 * trace; in prod no schema suggestions, no introspection and no landing page; CSRF prevention in
 * every stage; internal errors masked and logged with the request id.
 */
import { apiGatewayEvent, graphqlEvent, invoke, type InvokeResult } from '../support/lambda-events';
import { seededApp } from './support/seeded-app';

type App = Awaited<ReturnType<typeof seededApp>>;

/** Nothing from inside the server: stack frames, source paths, table names, SDK error names. */
function expectNothingInternal(response: InvokeResult): void {
  expect(response.body).not.toMatch(/\n\s+at |\bat .*\.(ts|js):\d+|\/work\/|node_modules|src\/|newsgraph-|stacktrace|ResourceNotFound|Exception/);
}

describe.each(['dev', 'prod'] as const)('the %s stage', (stage) => {
  const prod = stage === 'prod';
  let app: App;
  beforeAll(async () => {
    // Articles come from a table that does not exist: any read of it is an internal error.
    app = await seededApp({ STAGE: stage, ARTICLES_TABLE: `newsgraph-articles-missing-${stage}` });
  });

  it('masks an internal error as INTERNAL_SERVER_ERROR and logs the cause with the request id', async () => {
    // Prepare
    const event = graphqlEvent('{ articles { edges { node { title } } } }');

    // Act
    const response = await invoke(app.handler, event);

    // Assess
    expect(response.json).toEqual({
      data: null,
      errors: [{ message: 'Internal server error', locations: [{ line: 1, column: 3 }], path: ['articles'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
    });
    expectNothingInternal(response);
    expect(app.logger.at('ERROR')).toEqual([
      expect.objectContaining({
        message: 'Unexpected error in a GraphQL request',
        requestId: event.requestContext.requestId,
        error: expect.objectContaining({ name: 'ResourceNotFoundException', stack: expect.any(String) }),
      }),
    ]);
  });

  it.each([
    ['a query that does not parse', '{ entity(id: "entity:china") { name ', 400],
    ['an unknown field', '{ entity(id: "entity:china") { nam } }', 400],
    // a field error: answered 200 with `data`, so clients read its message
    ['a bad argument', '{ entities(first: -1) { edges { cursor } } }', 200],
  ])('shows no stack trace for %s', async (_case, query, status) => {
    // Act
    const response = await invoke(app.handler, graphqlEvent(query));

    // Assess
    expect(response.statusCode).toBe(status);
    expect(response.json.errors[0].extensions).not.toHaveProperty('stacktrace');
    expectNothingInternal(response);
  });

  it(`${prod ? 'hides' : 'shows'} field and enum suggestions`, async () => {
    // Act
    const field = await invoke(app.handler, graphqlEvent('{ entity(id: "entity:china") { nam } }'));
    const literal = await invoke(app.handler, graphqlEvent('{ entities(type: PERSN) { edges { cursor } } }'));
    const variable = await invoke(app.handler, graphqlEvent('query ($t: EntityType) { entities(type: $t) { edges { cursor } } }', { t: 'PERSN' }));

    // Assess
    const messages = [field, literal, variable].map((response) => response.json.errors[0].message as string);
    expect(messages[0]).toMatch(/^Cannot query field "nam" on type "Entity"\./);
    if (prod) {
      for (const message of messages) expect(message).not.toMatch(/Did you mean|"name"|"PERSON"/);
    } else {
      expect(messages[0]).toContain('Did you mean "name"?');
      expect(messages[1]).toContain('Did you mean the enum value "PERSON"?');
      expect(messages[2]).toContain('Did you mean the enum value "PERSON"?');
    }
  });

  it(`${prod ? 'refuses' : 'answers'} introspection`, async () => {
    // Act
    const response = await invoke(app.handler, graphqlEvent('{ __schema { queryType { name } } }'));

    // Assess
    if (prod) {
      expect(response.statusCode).toBe(400);
      expect(response.json.errors[0]).toEqual(expect.objectContaining({
        message: expect.stringMatching(/^GraphQL introspection is not allowed/),
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED', validationErrorCode: 'INTROSPECTION_DISABLED' },
      }));
    } else {
      expect(response.json).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
    }
  });

  it(`${prod ? 'serves no' : 'serves the Apollo Sandbox'} landing page to a browser`, async () => {
    // Act
    const page = await invoke(app.handler, apiGatewayEvent({ method: 'GET', headers: { accept: 'text/html' } }));

    // Assess
    if (prod) {
      expect(page.statusCode).toBe(400);
      expect(page.body).not.toMatch(/<html|sandbox/i);
      expect(page.json.errors[0].extensions.code).toBe('BAD_REQUEST');
    } else {
      expect(page.statusCode).toBe(200);
      expect(page.headers['content-type']).toMatch(/^text\/html/);
      expect(page.body).toMatch(/sandbox/i);
    }
  });

  describe('CSRF prevention', () => {
    const query = '{ entity(id: "entity:china") { name } }';
    const get = (headers: Record<string, string> = {}) =>
      invoke(app.handler, apiGatewayEvent({ method: 'GET', url: `/graphql?query=${encodeURIComponent(query)}`, headers }));
    const post = (contentType: string, headers: Record<string, string> = {}) =>
      invoke(app.handler, apiGatewayEvent({ headers: { 'content-type': contentType, ...headers }, body: JSON.stringify({ query }) }));

    it.each([
      ['a GET without a preflight header', () => get()],
      ['a POST as text/plain', () => post('text/plain')],
      ['a POST as a form', () => post('application/x-www-form-urlencoded')],
    ])('blocks %s, which a browser sends cross-site without asking', async (_case, send) => {
      // Act
      const response = await send();

      // Assess
      expect(response.statusCode).toBe(400);
      expect(response.json.errors[0]).toEqual({
        message: expect.stringMatching(/^This operation has been blocked as a potential Cross-Site Request Forgery \(CSRF\)/),
        extensions: { code: 'BAD_REQUEST' },
      });
    });

    it.each([
      ['a POST as application/json', () => post('application/json')],
      ['a GET with apollo-require-preflight', () => get({ 'apollo-require-preflight': 'true' })],
      ['a GET with x-apollo-operation-name', () => get({ 'x-apollo-operation-name': 'China' })],
    ])('lets %s through', async (_case, send) => {
      // Act
      const response = await send();

      // Assess
      expect(response.statusCode).toBe(200);
      expect(response.json).toEqual({ data: { entity: { name: 'China' } } });
    });
  });
});
