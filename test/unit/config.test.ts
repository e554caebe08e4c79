import {
  ConfigError,
  DEFAULT_HTTP_CACHE,
  DEFAULT_MAX_REQUEST_BODY_BYTES,
  DEFAULT_PERSISTED_QUERY_SETTINGS,
  DEFAULT_QUERY_LIMITS,
  DEFAULT_TIME_LIMITS,
  loadConfig,
} from '../../src/config';

const TABLES = { ARTICLES_TABLE: 'a', ENTITIES_TABLE: 'e', RELATIONSHIPS_TABLE: 'r', PERSISTED_QUERIES_TABLE: 'p' };

describe('loadConfig limits', () => {
  it('defaults to the documented limits', () => {
    // Act
    const config = loadConfig(TABLES);

    // Assess
    expect(config.queryLimits).toEqual({ maxDepth: 12, maxCost: 1000, maxAliases: 15, maxDirectives: 20, maxTokens: 1000 });
    expect(config.queryLimits).toEqual(DEFAULT_QUERY_LIMITS);
    expect(config.timeLimits).toEqual({ requestBudgetMs: 8000, dynamodbRequestTimeoutMs: 2000, dynamodbMaxAttempts: 3 });
    expect(config.timeLimits).toEqual(DEFAULT_TIME_LIMITS);
    expect(config.maxRequestBodyBytes).toBe(65536);
    expect(DEFAULT_MAX_REQUEST_BODY_BYTES).toBe(65536);
  });

  it('keeps the SDK retries of one call inside the request budget by default', () => {
    // Act
    const { timeLimits } = loadConfig(TABLES);

    // Assess: the SDK's backoff before attempts 2 and 3 is at most 0.1 s + 0.2 s
    expect(timeLimits.dynamodbRequestTimeoutMs * timeLimits.dynamodbMaxAttempts + 300).toBeLessThan(timeLimits.requestBudgetMs);
  });

  it('reads each limit from its variable', () => {
    // Act
    const config = loadConfig({
      ...TABLES,
      GRAPHQL_MAX_DEPTH: '8',
      GRAPHQL_MAX_COST: '5000',
      GRAPHQL_MAX_ALIASES: '0',
      GRAPHQL_MAX_DIRECTIVES: '5',
      GRAPHQL_MAX_TOKENS: '400',
      MAX_REQUEST_BODY_BYTES: '2048',
      REQUEST_TIME_BUDGET_MS: '5000',
      DYNAMODB_REQUEST_TIMEOUT_MS: '1000',
      DYNAMODB_MAX_ATTEMPTS: '2',
    });

    // Assess
    expect(config.queryLimits).toEqual({ maxDepth: 8, maxCost: 5000, maxAliases: 0, maxDirectives: 5, maxTokens: 400 });
    expect(config.timeLimits).toEqual({ requestBudgetMs: 5000, dynamodbRequestTimeoutMs: 1000, dynamodbMaxAttempts: 2 });
    expect(config.maxRequestBodyBytes).toBe(2048);
  });

  it.each([
    ['GRAPHQL_MAX_DEPTH', 'deep', 'must be a whole number from 1 to 100, got "deep"'],
    ['GRAPHQL_MAX_DEPTH', '0', 'must be a whole number from 1 to 100, got "0"'],
    ['GRAPHQL_MAX_COST', '1e3', 'must be a whole number from 1 to 10000000, got "1e3"'],
    ['GRAPHQL_MAX_ALIASES', '-1', 'must be a whole number from 0 to 1000, got "-1"'],
    ['GRAPHQL_MAX_TOKENS', '5', 'must be a whole number from 10 to 100000, got "5"'],
    ['MAX_REQUEST_BODY_BYTES', '1.5', 'must be a whole number from 1024 to 10485760, got "1.5"'],
    ['REQUEST_TIME_BUDGET_MS', '8s', 'must be a whole number from 100 to 900000, got "8s"'],
    ['DYNAMODB_MAX_ATTEMPTS', '0', 'must be a whole number from 1 to 10, got "0"'],
  ])('refuses %s=%j, naming the variable', (name, value, problem) => {
    // Act
    const act = () => loadConfig({ ...TABLES, [name]: value });

    // Assess
    expect(act).toThrow(ConfigError);
    expect(act).toThrow(`Environment variable ${name} ${problem}`);
  });
});

describe('loadConfig persisted queries', () => {
  it('requires the persisted-queries table, naming its variable', () => {
    // Prepare
    const { PERSISTED_QUERIES_TABLE: _omitted, ...withoutStore } = TABLES;

    // Act
    const act = () => loadConfig(withoutStore);

    // Assess
    expect(act).toThrow('Missing environment variable PERSISTED_QUERIES_TABLE');
  });

  it('defaults to a 7-day TTL, 16 KiB documents and APQ open to every client', () => {
    // Act
    const config = loadConfig(TABLES);

    // Assess
    expect(config.tables.persistedQueries).toBe('p');
    expect(config.persistedQueries).toEqual({ ttlSeconds: 604800, maxDocumentBytes: 16384, trustedDocumentsOnly: false });
    expect(config.persistedQueries).toEqual(DEFAULT_PERSISTED_QUERY_SETTINGS);
  });

  it('reads each setting from its variable', () => {
    // Act
    const config = loadConfig({
      ...TABLES,
      PERSISTED_QUERY_TTL_SECONDS: '3600',
      PERSISTED_QUERY_MAX_BYTES: '4096',
      TRUSTED_DOCUMENTS_ONLY: 'true',
    });

    // Assess
    expect(config.persistedQueries).toEqual({ ttlSeconds: 3600, maxDocumentBytes: 4096, trustedDocumentsOnly: true });
  });

  it.each([
    ['PERSISTED_QUERY_TTL_SECONDS', '59', 'must be a whole number from 60 to 31622400, got "59"'],
    ['PERSISTED_QUERY_TTL_SECONDS', '1d', 'must be a whole number from 60 to 31622400, got "1d"'],
    ['PERSISTED_QUERY_MAX_BYTES', '65537', 'must be a whole number from 256 to 65536, got "65537"'],
    ['TRUSTED_DOCUMENTS_ONLY', 'yes', 'must be "true" or "false", got "yes"'],
  ])('refuses %s=%j, naming the variable', (name, value, problem) => {
    // Act
    const act = () => loadConfig({ ...TABLES, [name]: value });

    // Assess
    expect(act).toThrow(ConfigError);
    expect(act).toThrow(`Environment variable ${name} ${problem}`);
  });
});

describe('loadConfig concurrentRequests', () => {
  it.each([
    ['outside Lambda (npm start)', {}, true],
    ['on Lambda, one invocation at a time', { AWS_LAMBDA_FUNCTION_NAME: 'newsgraph-prod-GraphqlFunction' }, false],
    ['on Lambda with several invocations per environment', { AWS_LAMBDA_FUNCTION_NAME: 'fn', AWS_LAMBDA_MAX_CONCURRENCY: '8' }, true],
  ])('%s: %j gives %s', (_where, env, expected) => {
    // Act
    const config = loadConfig({ ...TABLES, ...env });

    // Assess
    expect(config.concurrentRequests).toBe(expected);
  });
});

describe('loadConfig HTTP caching and origin protection', () => {
  it('caches GET answers for 60 s and trusts a data version for 5 s by default, with no origin check', () => {
    // Act
    const config = loadConfig(TABLES);

    // Assess
    expect(config.httpCache).toEqual({ maxAgeSeconds: 60, dataVersionRefreshSeconds: 5 });
    expect(config.httpCache).toEqual(DEFAULT_HTTP_CACHE);
    expect(config).not.toHaveProperty('originVerifySecret');
  });

  it('reads the cache settings and the origin secret from their variables', () => {
    // Act
    const config = loadConfig({
      ...TABLES,
      HTTP_CACHE_MAX_AGE_SECONDS: '0',
      DATA_VERSION_REFRESH_SECONDS: '30',
      ORIGIN_VERIFY_SECRET: 'Abc-123_abc-123_abc',
    });

    // Assess
    expect(config.httpCache).toEqual({ maxAgeSeconds: 0, dataVersionRefreshSeconds: 30 });
    expect(config.originVerifySecret).toBe('Abc-123_abc-123_abc');
  });

  it.each([
    ['HTTP_CACHE_MAX_AGE_SECONDS', '3601', 'Environment variable HTTP_CACHE_MAX_AGE_SECONDS must be a whole number from 0 to 3600, got "3601"'],
    ['HTTP_CACHE_MAX_AGE_SECONDS', '1m', 'Environment variable HTTP_CACHE_MAX_AGE_SECONDS must be a whole number from 0 to 3600, got "1m"'],
    ['DATA_VERSION_REFRESH_SECONDS', '0', 'Environment variable DATA_VERSION_REFRESH_SECONDS must be a whole number from 1 to 300, got "0"'],
    ['ORIGIN_VERIFY_SECRET', 'short', 'Environment variable ORIGIN_VERIFY_SECRET must be at least 16 printable ASCII characters without spaces (its value is not shown)'],
    ['ORIGIN_VERIFY_SECRET', 'sixteen chars but spaces', 'Environment variable ORIGIN_VERIFY_SECRET must be at least 16 printable ASCII characters without spaces (its value is not shown)'],
  ])('refuses %s=%s naming the variable', (name, value, message) => {
    // Act
    const load = () => loadConfig({ ...TABLES, [name]: value });

    // Assess
    expect(load).toThrow(new ConfigError(message));
  });
});
