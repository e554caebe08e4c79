/**
 * Configuration, validated once at cold start. Every problem names the variable.
 * The Lambda gets these from the CDK stack; `npm start` sets them for the local run.
 */
import { MAX_CACHE_MAX_AGE_SECONDS } from './cdn';
import { type AllTableNames, ARTICLES_TABLE, ENTITIES_TABLE, PERSISTED_QUERIES_TABLE, RELATIONSHIPS_TABLE } from './data/tables';

export type Stage = 'dev' | 'prod' | 'local';

/**
 * What one GraphQL operation may ask for, checked after parsing and before any resolver runs
 * (src/graphql/limits.ts). The defaults let every query in the README through with room
 * to spare; docs/security.md shows how each is counted.
 */
export interface QueryLimits {
  /** Deepest field nesting; fragments add no level. `GRAPHQL_MAX_DEPTH`. @default 12 */
  readonly maxDepth: number;
  /** Highest estimated cost: records the answer can hold, pages multiplied by `first`. `GRAPHQL_MAX_COST`. @default 1000 */
  readonly maxCost: number;
  /** Most aliased fields in one operation. `GRAPHQL_MAX_ALIASES`. @default 15 */
  readonly maxAliases: number;
  /** Most directives (`@include`, `@skip`, …) in one operation. `GRAPHQL_MAX_DIRECTIVES`. @default 20 */
  readonly maxDirectives: number;
  /** Most lexical tokens in a document; parsing stops at the first one over. `GRAPHQL_MAX_TOKENS`. @default 1000 */
  readonly maxTokens: number;
}

/** The query limits when no variable overrides them. */
export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  maxDepth: 12,
  maxCost: 1000,
  maxAliases: 15,
  maxDirectives: 20,
  maxTokens: 1000,
};

/**
 * How long DynamoDB may keep one request waiting. Defaults: one attempt gives up after 2 s and a
 * call after 3 attempts (about 6.5 s with the SDK's backoff), inside the 8 s request budget, inside
 * the function's 10 s timeout.
 */
export interface TimeLimits {
  /** Time one request may spend; past it, reads fail with SERVICE_UNAVAILABLE (503). `REQUEST_TIME_BUDGET_MS`. @default 8000 */
  readonly requestBudgetMs: number;
  /** Per-attempt timeout of a DynamoDB call. `DYNAMODB_REQUEST_TIMEOUT_MS`. @default 2000 */
  readonly dynamodbRequestTimeoutMs: number;
  /** Attempts per DynamoDB call, the first included (the SDK's standard retry). `DYNAMODB_MAX_ATTEMPTS`. @default 3 */
  readonly dynamodbMaxAttempts: number;
}

/** The time limits when no variable overrides them. */
export const DEFAULT_TIME_LIMITS: TimeLimits = {
  requestBudgetMs: 8000,
  dynamodbRequestTimeoutMs: 2000,
  dynamodbMaxAttempts: 3,
};

/**
 * Largest request body the handler reads, by default (`MAX_REQUEST_BODY_BYTES`). A query at the
 * token limit with its variables fits many times over; API Gateway's own cap is 10 MB.
 */
export const DEFAULT_MAX_REQUEST_BODY_BYTES = 64 * 1024;

/**
 * HTTP caching of GET answers (src/graphql/plugins/http-cache.ts). Every stage caches by default;
 * `HTTP_CACHE_MAX_AGE_SECONDS=0` turns it off (every answer `no-store`, no entity tags, no data
 * version reads).
 */
export interface HttpCacheSettings {
  /** `max-age` of a successful GET answer; 0 turns HTTP caching off. `HTTP_CACHE_MAX_AGE_SECONDS`, 0–3600. @default 60 */
  readonly maxAgeSeconds: number;
  /**
   * How long one container trusts the data version it read (one read by key) before reading it again.
   * `DATA_VERSION_REFRESH_SECONDS`, 1–300. @default 5
   */
  readonly dataVersionRefreshSeconds: number;
}

/** The HTTP cache settings when no variable overrides them. */
export const DEFAULT_HTTP_CACHE: HttpCacheSettings = { maxAgeSeconds: 60, dataVersionRefreshSeconds: 5 };

/** Shortest origin secret accepted: the stack generates 32 characters. */
export const MIN_ORIGIN_SECRET_LENGTH = 16;

/**
 * Persisted queries: Apollo's automatic persisted queries (APQ) stored in the persisted-queries
 * table, and the trusted documents of documents/ (their manifest is preloaded).
 */
export interface PersistedQuerySettings {
  /**
   * How long a registered document stays in the shared store after its last registration, in
   * seconds. `PERSISTED_QUERY_TTL_SECONDS`. @default 604800 (7 days)
   */
  readonly ttlSeconds: number;
  /**
   * Largest document, in UTF-8 bytes, a client may register; a larger one is refused with 400
   * PERSISTED_QUERY_TOO_LARGE. Bounds the store's item size (and so its read and write units).
   * `PERSISTED_QUERY_MAX_BYTES`. @default 16384 (16 KiB)
   */
  readonly maxDocumentBytes: number;
  /**
   * Only the trusted documents (the manifest) are served: every other operation, hash or text, is
   * refused with 403 OPERATION_NOT_TRUSTED and nothing is registered. `TRUSTED_DOCUMENTS_ONLY`.
   * @default false
   */
  readonly trustedDocumentsOnly: boolean;
}

/** The persisted-query settings when no variable overrides them. */
export const DEFAULT_PERSISTED_QUERY_SETTINGS: PersistedQuerySettings = {
  ttlSeconds: 7 * 24 * 60 * 60,
  maxDocumentBytes: 16 * 1024,
  trustedDocumentsOnly: false,
};

export interface Config {
  readonly stage: Stage;
  /** The graph's tables and the persisted-query store. */
  readonly tables: AllTableNames;
  /** DynamoDB endpoint override (DynamoDB Local); undefined means the AWS regional endpoint. */
  readonly dynamodbEndpoint?: string;
  /** AWS region; locally any value works against DynamoDB Local. */
  readonly region: string;
  /** Introspection and the Apollo Sandbox landing page. @default true for dev/local, false for prod */
  readonly sandbox: boolean;
  /** Origins allowed by CORS; `*` allows any. @default ['*'] for dev/local, [] for prod */
  readonly corsOrigins: readonly string[];
  /** What one GraphQL operation may ask for. @default DEFAULT_QUERY_LIMITS */
  readonly queryLimits: QueryLimits;
  /** How long a request and each DynamoDB call may take. @default DEFAULT_TIME_LIMITS */
  readonly timeLimits: TimeLimits;
  /** Largest request body the Lambda reads; larger ones get a 413. @default DEFAULT_MAX_REQUEST_BODY_BYTES (64 KiB) */
  readonly maxRequestBodyBytes: number;
  /** Cache-Control, entity tags and the data version. @default DEFAULT_HTTP_CACHE */
  readonly httpCache: HttpCacheSettings;
  /**
   * The secret CloudFront sends in `x-origin-verify` (src/cdn.ts); when set, any request without it
   * is refused with 403. Unset (`npm start`, tests, a stack deployed without the CDN check) means no check.
   * `ORIGIN_VERIFY_SECRET`.
   */
  readonly originVerifySecret?: string;
  /** APQ and trusted documents. @default DEFAULT_PERSISTED_QUERY_SETTINGS */
  readonly persistedQueries: PersistedQuerySettings;
  /**
   * Whether this process may serve several requests at once: false on Lambda (AWS_LAMBDA_FUNCTION_NAME
   * set), which runs one invocation at a time per execution environment, unless AWS_LAMBDA_MAX_CONCURRENCY
   * says otherwise; true elsewhere (`npm start`). Decides how DynamoDB calls are counted per request
   * (src/data/call-counter.ts).
   */
  readonly concurrentRequests: boolean;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

type Env = Readonly<Record<string, string | undefined>>;

function required(env: Env, name: string): string {
  const value = env[name];
  if (value === undefined || value.trim() === '') throw new ConfigError(`Missing environment variable ${name}`);
  return value.trim();
}

function optional(env: Env, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

function parseBoolean(env: Env, name: string, fallback: boolean): boolean {
  const value = optional(env, name);
  if (value === undefined) return fallback;
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new ConfigError(`Environment variable ${name} must be "true" or "false", got "${value}"`);
}

/** A whole number from `min` to `max`, or `fallback` when the variable is unset. */
function parseInteger(env: Env, name: string, fallback: number, min: number, max: number): number {
  const value = optional(env, name);
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!/^\d+$/.test(value) || number < min || number > max) {
    throw new ConfigError(`Environment variable ${name} must be a whole number from ${min} to ${max}, got "${value}"`);
  }
  return number;
}

function parseOriginSecret(env: Env): string | undefined {
  const value = optional(env, 'ORIGIN_VERIFY_SECRET');
  if (value === undefined) return undefined;
  // A header value: printable ASCII without spaces, so it reaches the function exactly as sent.
  if (value.length < MIN_ORIGIN_SECRET_LENGTH || !/^[\x21-\x7e]+$/.test(value)) {
    throw new ConfigError(
      `Environment variable ORIGIN_VERIFY_SECRET must be at least ${MIN_ORIGIN_SECRET_LENGTH} printable ASCII characters without spaces (its value is not shown)`,
    );
  }
  return value;
}

function parseStage(env: Env): Stage {
  const value = optional(env, 'STAGE') ?? 'dev';
  if (value === 'dev' || value === 'prod' || value === 'local') return value;
  throw new ConfigError(`Environment variable STAGE must be dev, prod or local, got "${value}"`);
}

function parseEndpoint(env: Env): string | undefined {
  const value = optional(env, 'DYNAMODB_ENDPOINT');
  if (value === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(`Environment variable DYNAMODB_ENDPOINT must be a URL like http://localhost:8000, got "${value}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigError(`Environment variable DYNAMODB_ENDPOINT must use http or https, got "${value}"`);
  }
  return value;
}

/**
 * Reads and validates the configuration.
 *
 * Variables: ARTICLES_TABLE, ENTITIES_TABLE, RELATIONSHIPS_TABLE, PERSISTED_QUERIES_TABLE (required),
 * STAGE (dev|prod|local, default dev), SANDBOX (true|false), CORS_ORIGINS (comma-separated),
 * DYNAMODB_ENDPOINT, AWS_REGION; the limits GRAPHQL_MAX_DEPTH, GRAPHQL_MAX_COST, GRAPHQL_MAX_ALIASES,
 * GRAPHQL_MAX_DIRECTIVES, GRAPHQL_MAX_TOKENS, MAX_REQUEST_BODY_BYTES, REQUEST_TIME_BUDGET_MS,
 * DYNAMODB_REQUEST_TIMEOUT_MS and DYNAMODB_MAX_ATTEMPTS; the persisted-query settings
 * PERSISTED_QUERY_TTL_SECONDS, PERSISTED_QUERY_MAX_BYTES and TRUSTED_DOCUMENTS_ONLY (see
 * {@link QueryLimits}, {@link TimeLimits} and {@link PersistedQuerySettings} for their defaults); HTTP
 * caching HTTP_CACHE_MAX_AGE_SECONDS and DATA_VERSION_REFRESH_SECONDS ({@link HttpCacheSettings});
 * ORIGIN_VERIFY_SECRET.
 * @throws ConfigError naming the first variable that is missing or malformed.
 */
export function loadConfig(env: Env = process.env): Config {
  const stage = parseStage(env);
  const tables: AllTableNames = {
    articles: required(env, ARTICLES_TABLE.envVar),
    entities: required(env, ENTITIES_TABLE.envVar),
    relationships: required(env, RELATIONSHIPS_TABLE.envVar),
    persistedQueries: required(env, PERSISTED_QUERIES_TABLE.envVar),
  };
  const corsValue = optional(env, 'CORS_ORIGINS');
  const corsOrigins = corsValue === undefined
    ? (stage === 'prod' ? [] : ['*'])
    : corsValue.split(',').map((o) => o.trim()).filter(Boolean);
  for (const origin of corsOrigins) {
    if (origin !== '*' && !/^https?:\/\/[^/\s]+$/.test(origin)) {
      throw new ConfigError(`Environment variable CORS_ORIGINS has an invalid origin "${origin}" (expected like https://app.example.com or *)`);
    }
  }
  const originVerifySecret = parseOriginSecret(env);
  return {
    stage,
    tables,
    dynamodbEndpoint: parseEndpoint(env),
    region: optional(env, 'AWS_REGION') ?? optional(env, 'AWS_DEFAULT_REGION') ?? 'us-east-1',
    sandbox: parseBoolean(env, 'SANDBOX', stage !== 'prod'),
    corsOrigins,
    queryLimits: {
      maxDepth: parseInteger(env, 'GRAPHQL_MAX_DEPTH', DEFAULT_QUERY_LIMITS.maxDepth, 1, 100),
      maxCost: parseInteger(env, 'GRAPHQL_MAX_COST', DEFAULT_QUERY_LIMITS.maxCost, 1, 10_000_000),
      maxAliases: parseInteger(env, 'GRAPHQL_MAX_ALIASES', DEFAULT_QUERY_LIMITS.maxAliases, 0, 1000),
      maxDirectives: parseInteger(env, 'GRAPHQL_MAX_DIRECTIVES', DEFAULT_QUERY_LIMITS.maxDirectives, 0, 1000),
      maxTokens: parseInteger(env, 'GRAPHQL_MAX_TOKENS', DEFAULT_QUERY_LIMITS.maxTokens, 10, 100_000),
    },
    timeLimits: {
      requestBudgetMs: parseInteger(env, 'REQUEST_TIME_BUDGET_MS', DEFAULT_TIME_LIMITS.requestBudgetMs, 100, 900_000),
      dynamodbRequestTimeoutMs: parseInteger(env, 'DYNAMODB_REQUEST_TIMEOUT_MS', DEFAULT_TIME_LIMITS.dynamodbRequestTimeoutMs, 10, 900_000),
      dynamodbMaxAttempts: parseInteger(env, 'DYNAMODB_MAX_ATTEMPTS', DEFAULT_TIME_LIMITS.dynamodbMaxAttempts, 1, 10),
    },
    maxRequestBodyBytes: parseInteger(env, 'MAX_REQUEST_BODY_BYTES', DEFAULT_MAX_REQUEST_BODY_BYTES, 1024, 10 * 1024 * 1024),
    httpCache: {
      maxAgeSeconds: parseInteger(env, 'HTTP_CACHE_MAX_AGE_SECONDS', DEFAULT_HTTP_CACHE.maxAgeSeconds, 0, MAX_CACHE_MAX_AGE_SECONDS),
      dataVersionRefreshSeconds: parseInteger(env, 'DATA_VERSION_REFRESH_SECONDS', DEFAULT_HTTP_CACHE.dataVersionRefreshSeconds, 1, 300),
    },
    ...(originVerifySecret !== undefined && { originVerifySecret }),
    persistedQueries: {
      // One minute to one year: DynamoDB deletes expired items within days, so shorter TTLs buy nothing.
      ttlSeconds: parseInteger(env, 'PERSISTED_QUERY_TTL_SECONDS', DEFAULT_PERSISTED_QUERY_SETTINGS.ttlSeconds, 60, 366 * 24 * 60 * 60),
      // A registered document arrives in a request body, so it can never need more than the 64 KiB body cap.
      maxDocumentBytes: parseInteger(env, 'PERSISTED_QUERY_MAX_BYTES', DEFAULT_PERSISTED_QUERY_SETTINGS.maxDocumentBytes, 256, 64 * 1024),
      trustedDocumentsOnly: parseBoolean(env, 'TRUSTED_DOCUMENTS_ONLY', DEFAULT_PERSISTED_QUERY_SETTINGS.trustedDocumentsOnly),
    },
    concurrentRequests: optional(env, 'AWS_LAMBDA_FUNCTION_NAME') === undefined || optional(env, 'AWS_LAMBDA_MAX_CONCURRENCY') !== undefined,
  };
}
