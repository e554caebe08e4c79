/**
 * Configuration, validated once at cold start. Every problem names the variable.
 * The Lambda gets these from the CDK stack; `npm start` sets them for the local run.
 */
import { ARTICLES_TABLE, ENTITIES_TABLE, RELATIONSHIPS_TABLE, type TableNames } from './data/tables';

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

export interface Config {
  readonly stage: Stage;
  readonly tables: TableNames;
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
 * Variables: ARTICLES_TABLE, ENTITIES_TABLE, RELATIONSHIPS_TABLE (required), STAGE (dev|prod|local,
 * default dev), SANDBOX (true|false), CORS_ORIGINS (comma-separated), DYNAMODB_ENDPOINT, AWS_REGION;
 * the limits GRAPHQL_MAX_DEPTH, GRAPHQL_MAX_COST, GRAPHQL_MAX_ALIASES, GRAPHQL_MAX_DIRECTIVES,
 * GRAPHQL_MAX_TOKENS, MAX_REQUEST_BODY_BYTES, REQUEST_TIME_BUDGET_MS, DYNAMODB_REQUEST_TIMEOUT_MS and
 * DYNAMODB_MAX_ATTEMPTS (see {@link QueryLimits} and {@link TimeLimits} for their defaults).
 * @throws ConfigError naming the first variable that is missing or malformed.
 */
export function loadConfig(env: Env = process.env): Config {
  const stage = parseStage(env);
  const tables: TableNames = {
    articles: required(env, ARTICLES_TABLE.envVar),
    entities: required(env, ENTITIES_TABLE.envVar),
    relationships: required(env, RELATIONSHIPS_TABLE.envVar),
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
  };
}
