/**
 * The deployment settings of one stack, read from CDK context (`-c key=value` or cdk.json) and
 * validated before anything is built, so a typo fails `cdk synth` instead of a deployed Lambda's
 * cold start. Pure: no CDK imports; the caller passes a context getter.
 */
import { MAX_CACHE_MAX_AGE_SECONDS } from '../src/cdn';

/** The stages that can be deployed. `local` exists only in the runtime config, never in AWS. */
export type DeployStage = 'dev' | 'prod';

export interface DeploymentSettings {
  readonly stage: DeployStage;
  /** Introspection and the Apollo Sandbox landing page (the Lambda's SANDBOX). */
  readonly sandbox: boolean;
  /** Origins allowed by CORS; `['*']` allows any, `[]` disables CORS (the Lambda's CORS_ORIGINS). */
  readonly corsOrigins: readonly string[];
  /** `max-age` of successful GET answers (the Lambda's HTTP_CACHE_MAX_AGE_SECONDS); 0 turns HTTP caching off. */
  readonly cacheMaxAgeSeconds: number;
  /**
   * The function refuses requests that did not come through the CloudFront distribution (the
   * Lambda's ORIGIN_VERIFY_SECRET, from a generated secret). Off only to call the API Gateway URL directly.
   */
  readonly originProtection: boolean;
  /** Serve only the trusted documents' operations (the Lambda's TRUSTED_DOCUMENTS_ONLY). Off unless set. */
  readonly trustedDocumentsOnly: boolean;
  /**
   * X-Ray tracing through Powertools Tracer: the function's active tracing and the traced entry
   * (src/lambda/traced-handler.ts). Off unless asked for (its cold-start cost is in BENCHMARKS.md).
   */
  readonly tracing: boolean;
  /** Where the alarm topic sends email; none when not given. */
  readonly alarmEmail?: string;
}

/** `max-age` per stage: dev sees a re-seed within seconds, prod lets the CDN absorb a minute of repeats. */
export const DEFAULT_CACHE_MAX_AGE_SECONDS: Readonly<Record<DeployStage, number>> = { dev: 10, prod: 60 };

/** Reads one context value, as `node.tryGetContext` does. */
export type ContextGetter = (key: string) => unknown;

export class ContextError extends Error {
  override readonly name = 'ContextError';
}

/** The same origin rule as the Lambda's config (src/config.ts), checked at synth time. */
const ORIGIN_PATTERN = /^https?:\/\/[^/\s]+$/;

function parseBoolean(key: string, value: unknown, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  // `-c key=true` arrives as a string; cdk.json may hold a JSON boolean.
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  throw new ContextError(`Context "${key}" must be "true" or "false", got ${JSON.stringify(value)}`);
}

function parseCacheMaxAge(value: unknown, stage: DeployStage): number {
  if (value === undefined) return DEFAULT_CACHE_MAX_AGE_SECONDS[stage];
  const text = String(value);
  const seconds = Number(text);
  if (!/^\d+$/.test(text) || seconds > MAX_CACHE_MAX_AGE_SECONDS) {
    throw new ContextError(`Context "cacheMaxAge" must be a whole number of seconds from 0 to ${MAX_CACHE_MAX_AGE_SECONDS}, got ${JSON.stringify(value)}`);
  }
  return seconds;
}

function parseStage(value: unknown): DeployStage {
  if (value === undefined) return 'dev';
  if (value === 'dev' || value === 'prod') return value;
  throw new ContextError(`Context "stage" must be "dev" or "prod" (-c stage=prod), got ${JSON.stringify(value)}`);
}

/**
 * One address, in the shape SNS accepts for an email subscription: no spaces, one `@`, a dot in
 * the domain. SNS sends a confirmation mail; a typo would only show as a subscription that never
 * confirms, so the obvious ones fail here.
 */
const EMAIL_PATTERN = /^[^@\s,;]+@[^@\s,;]+\.[^@\s,;.]+$/;

function parseAlarmEmail(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !EMAIL_PATTERN.test(value.trim())) {
    throw new ContextError(`Context "alarmEmail" must be one email address like ops@example.com, got ${JSON.stringify(value)}`);
  }
  return value.trim();
}

function parseTrustedDocumentsOnly(value: unknown): boolean {
  if (value === undefined) return false;
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  throw new ContextError(`Context "trustedDocumentsOnly" must be "true" or "false", got ${JSON.stringify(value)}`);
}

function parseCorsOrigins(value: unknown, stage: DeployStage): string[] {
  if (value !== undefined && typeof value !== 'string') {
    throw new ContextError(`Context "corsOrigins" must be a comma-separated string, got ${JSON.stringify(value)}`);
  }
  const origins = (value ?? '').split(',').map((o) => o.trim()).filter(Boolean);
  // Blank means unset, as in the Lambda's config: the stage default applies.
  if (origins.length === 0) return stage === 'prod' ? [] : ['*'];
  for (const origin of origins) {
    if (origin !== '*' && !ORIGIN_PATTERN.test(origin)) {
      throw new ContextError(`Context "corsOrigins" has an invalid origin "${origin}" (expected like https://app.example.com or *)`);
    }
  }
  if (origins.includes('*') && origins.length > 1) {
    throw new ContextError('Context "corsOrigins" cannot combine "*" with other origins');
  }
  return origins;
}

/**
 * Reads `stage` (dev|prod, default dev), `sandbox` (default true for dev, false for prod),
 * `corsOrigins` (comma-separated; default `*` for dev, none for prod), `trustedDocumentsOnly`
 * (true|false, default false in both stages), `cacheMaxAge` (seconds, default 10 for dev, 60 for
 * prod), `originProtection` (default true), `tracing` (default false) and `alarmEmail` (optional).
 * @throws ContextError naming the context key that is malformed.
 */
export function readDeploymentSettings(get: ContextGetter): DeploymentSettings {
  const stage = parseStage(get('stage'));
  const alarmEmail = parseAlarmEmail(get('alarmEmail'));
  return {
    stage,
    sandbox: parseBoolean('sandbox', get('sandbox'), stage !== 'prod'),
    corsOrigins: parseCorsOrigins(get('corsOrigins'), stage),
    cacheMaxAgeSeconds: parseCacheMaxAge(get('cacheMaxAge'), stage),
    originProtection: parseBoolean('originProtection', get('originProtection'), true),
    trustedDocumentsOnly: parseTrustedDocumentsOnly(get('trustedDocumentsOnly')),
    tracing: parseBoolean('tracing', get('tracing'), false),
    ...(alarmEmail !== undefined && { alarmEmail }),
  };
}
