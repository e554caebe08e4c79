/**
 * Configuration, validated once at cold start. Every problem names the variable.
 * The Lambda gets these from the CDK stack; `npm start` sets them for the local run.
 */
import { ARTICLES_TABLE, ENTITIES_TABLE, RELATIONSHIPS_TABLE, type TableNames } from './data/tables';

export type Stage = 'dev' | 'prod' | 'local';

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
 * default dev), SANDBOX (true|false), CORS_ORIGINS (comma-separated), DYNAMODB_ENDPOINT, AWS_REGION.
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
  };
}
