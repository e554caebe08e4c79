import { GraphQLError } from 'graphql';
import { ServiceUnavailableError } from '../../../src/errors';
import { createFormatError } from '../../../src/graphql/graphql-errors';
import { FakeRepositories } from '../../support/fake-repositories';
import { aRelationship } from '../../support/factories';
import { createTestServer, execute } from '../../support/graphql-harness';
import { ids, newsGraph } from '../../support/news-graph';

const ARTICLES = '{ articles { edges { node { id } } } }';

describe('error policy', () => {
  const { server, logger } = createTestServer();
  afterAll(() => server.stop());
  beforeEach(() => {
    logger.lines.length = 0;
  });

  it('masks an unexpected error and logs the original with the request id', async () => {
    // Prepare
    const sdkError = new Error('ResourceNotFoundException: Requested resource not found: Table: newsgraph-articles-prod');
    const repositories = new FakeRepositories(newsGraph()).failWith('listArticles', sdkError);

    // Act
    const { data, errors, status } = await execute(server, repositories, ARTICLES, {}, 'request-42');

    // Assess
    expect(data).toBeNull();
    expect(errors).toEqual([
      { message: 'Internal server error', locations: [{ line: 1, column: 3 }], path: ['articles'], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
    ]);
    expect(JSON.stringify(errors)).not.toMatch(/newsgraph-articles|ResourceNotFound|stacktrace/);
    expect(status).toBe(200);
    expect(logger.at('ERROR')).toEqual([
      expect.objectContaining({
        message: 'Unexpected error in a GraphQL request',
        requestId: 'request-42',
        path: 'articles',
        error: expect.objectContaining({ name: 'Error', message: sdkError.message, stack: expect.any(String) }),
      }),
    ]);
  });

  it('masks a data integrity error (a relationship to a missing entity) and logs it', async () => {
    // Prepare
    const graph = newsGraph();
    const orphan = aRelationship({ sourceId: ids.xi, type: 'VISITS', targetId: 'entity:atlantis' });
    const repositories = new FakeRepositories({ ...graph, relationships: [...graph.relationships!, orphan] });

    // Act
    const { errors } = await execute(server, repositories, `{ relationship(id: "${orphan.id}") { target { name } } }`, {}, 'request-7');

    // Assess
    expect(errors).toEqual([expect.objectContaining({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } })]);
    expect(logger.at('ERROR')).toEqual([
      expect.objectContaining({
        requestId: 'request-7',
        error: expect.objectContaining({ name: 'DataIntegrityError', message: `${orphan.id} refers to entity:atlantis, which does not exist` }),
      }),
    ]);
  });

  it('maps ServiceUnavailableError to SERVICE_UNAVAILABLE with HTTP 503', async () => {
    // Prepare
    const repositories = new FakeRepositories(newsGraph()).failWith(
      'getEntities',
      new ServiceUnavailableError('ProvisionedThroughputExceededException on newsgraph-entities'),
    );

    // Act
    const { errors, status } = await execute(server, repositories, `{ entity(id: "${ids.xi}") { name } }`, {}, 'request-9');

    // Assess
    expect(status).toBe(503);
    expect(errors).toEqual([
      expect.objectContaining({ path: ['entity'], extensions: { code: 'SERVICE_UNAVAILABLE' } }),
    ]);
    expect(JSON.stringify(errors)).not.toContain('newsgraph-entities');
    expect(logger.at('ERROR')).toEqual([]);
    expect(logger.at('WARN')).toEqual([expect.objectContaining({ requestId: 'request-9' })]);
  });

  it('keeps Apollo\'s code and HTTP 400 for a query that does not parse, and logs nothing', async () => {
    // Act
    const { errors, status } = await execute(server, new FakeRepositories(), '{ articles { ');

    // Assess
    expect(status).toBe(400);
    expect(errors).toEqual([expect.objectContaining({ extensions: { code: 'GRAPHQL_PARSE_FAILED' } })]);
    expect(logger.lines.filter((line) => line['level'] !== 'DEBUG')).toEqual([]);
  });

  it('keeps Apollo\'s code, message and HTTP 400 for an invalid query', async () => {
    // Act
    const { errors, status } = await execute(server, new FakeRepositories(), '{ articles { edges { node { headline } } } }');

    // Assess
    expect(status).toBe(400);
    expect(errors).toEqual([
      expect.objectContaining({ message: 'Cannot query field "headline" on type "Article".', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }),
    ]);
  });

  it('keeps Apollo\'s BAD_USER_INPUT and HTTP 400 for a variable of the wrong type', async () => {
    // Act
    const { errors, status } = await execute(server, new FakeRepositories(), 'query ($first: Int) { articles(first: $first) { edges { cursor } } }', {
      first: 'ten',
    });

    // Assess
    expect(status).toBe(400);
    expect(errors).toEqual([expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT' } })]);
  });

  it('answers 400 when the only errors are bad arguments and nothing else came back', async () => {
    // Act
    const listOnly = await execute(server, new FakeRepositories(newsGraph()), '{ articles(first: 0) { edges { cursor } } }');
    const nullableOnly = await execute(server, new FakeRepositories(newsGraph()), `{ path(fromId: "${ids.xi}", toId: "${ids.putin}", maxHops: 9) { length } }`);

    // Assess
    expect(listOnly.status).toBe(400);
    expect(listOnly.data).toBeNull();
    expect(nullableOnly.status).toBe(400);
    expect(nullableOnly.data).toEqual({ path: null });
    expect(nullableOnly.errors).toEqual([expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', argumentName: 'maxHops' } })]);
  });

  it('keeps 200 when part of the answer succeeded beside a bad argument', async () => {
    // Act
    const { data, errors, status } = await execute(
      server,
      new FakeRepositories(newsGraph()),
      `{ entity(id: "${ids.xi}") { name } path(fromId: "${ids.xi}", toId: "${ids.putin}", maxHops: 9) { length } }`,
    );

    // Assess
    expect(status).toBe(200);
    expect(data).toEqual({ entity: { name: 'Xi Jinping' }, path: null });
    expect(errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) })]);
  });

  it('runs the same operation in separate requests with separate loader caches', async () => {
    // Prepare
    const repositories = new FakeRepositories(newsGraph());

    // Act
    await execute(server, repositories, `{ entity(id: "${ids.xi}") { name } }`);
    await execute(server, repositories, `{ entity(id: "${ids.xi}") { name } }`);

    // Assess
    expect(repositories.callsOf('getEntities')).toHaveLength(2);
  });
});

describe('server options by stage', () => {
  it('hides schema suggestions from validation errors in prod', async () => {
    // Prepare
    const { server } = createTestServer({ stage: 'prod', sandbox: false });

    // Act
    const { errors } = await execute(server, new FakeRepositories(), '{ article(id: "article:x") { titl } }');
    await server.stop();

    // Assess
    expect(errors?.[0]?.message).not.toContain('Did you mean');
  });

  it('hides the suggestion in a variable coercion error in prod too', async () => {
    // Prepare
    const { server } = createTestServer({ stage: 'prod', sandbox: false });
    const query = 'query ($type: EntityType) { entities(type: $type) { edges { cursor } } }';

    // Act
    const { errors, status } = await execute(server, new FakeRepositories(), query, { type: 'PERSN' });
    await server.stop();

    // Assess
    expect(status).toBe(400);
    expect(errors).toEqual([
      expect.objectContaining({
        message: 'Variable "$type" got invalid value "PERSN"; Value "PERSN" does not exist in "EntityType" enum.',
        extensions: { code: 'BAD_USER_INPUT' },
      }),
    ]);
  });

  it('suggests enum values in variable errors outside prod', async () => {
    // Prepare
    const { server } = createTestServer({ stage: 'dev' });

    // Act
    const { errors } = await execute(server, new FakeRepositories(), 'query ($type: EntityType) { entities(type: $type) { edges { cursor } } }', { type: 'PERSN' });
    await server.stop();

    // Assess
    expect(errors?.[0]?.message).toContain('Did you mean the enum value "PERSON"?');
  });

  it('suggests field names outside prod', async () => {
    // Prepare
    const { server } = createTestServer({ stage: 'dev' });

    // Act
    const { errors } = await execute(server, new FakeRepositories(), '{ article(id: "article:x") { titl } }');
    await server.stop();

    // Assess
    expect(errors?.[0]?.message).toContain('Did you mean "title"?');
  });

  it('refuses introspection without the sandbox and allows it with', async () => {
    // Prepare
    const closed = createTestServer({ stage: 'prod', sandbox: false }).server;
    const open = createTestServer({ stage: 'dev', sandbox: true }).server;
    const query = '{ __schema { queryType { name } } }';

    // Act
    const refused = await execute(closed, new FakeRepositories(), query);
    const allowed = await execute(open, new FakeRepositories(), query);
    await Promise.all([closed.stop(), open.stop()]);

    // Assess
    expect(refused.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'GRAPHQL_VALIDATION_FAILED' }) })]);
    expect(allowed.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });
});

describe('createFormatError', () => {
  it('shows a request error that Apollo marks 4xx without a code as BAD_REQUEST, not as an internal error', () => {
    // Prepare: e.g. Apollo's "provided sha does not match query"
    const error = new GraphQLError('provided sha does not match query', { extensions: { http: { status: 400 } } });

    // Act
    const shown = createFormatError()({ message: error.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, error);

    // Assess
    expect(shown).toEqual({ message: 'provided sha does not match query', extensions: { code: 'BAD_REQUEST' } });
  });
});
