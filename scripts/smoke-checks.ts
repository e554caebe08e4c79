/**
 * The checks of `npm run smoke`: what a fresh deployment must answer, over HTTP only, the way a
 * client sees it. Each check is one request with a bounded time; the run stops at the first
 * failure, with a one-line reason.
 */
import { README_QUERIES } from '../bench/example-queries';

/** Which stage the deployment is, and so whether the Sandbox landing page should be there. */
export type SmokeStage = 'dev' | 'prod' | 'local';

export interface SmokeOptions {
  /** The GraphQL endpoint, e.g. `http://localhost:4000/graphql`. */
  readonly url: string;
  /** The stage: dev and local serve the Sandbox landing page and introspection, prod neither. */
  readonly stage: SmokeStage;
  /**
   * Override of what the stage implies for the landing page and introspection, for a stage
   * deployed with `-c sandbox=true|false`. @default true except for prod
   */
  readonly sandbox?: boolean;
  /**
   * An origin the deployment allows, for the CORS preflight; undefined skips that check (prod
   * allows none unless deployed with `-c corsOrigins=…`). @default none
   */
  readonly origin?: string;
  /** Bound on each request, connection included. @default 10000 */
  readonly timeoutMs?: number;
  /** Receives one line per check passed. @default a line on stdout */
  readonly log?: (line: string) => void;
}

/** One check passed, and how long its request took. */
export interface SmokeResult {
  readonly check: string;
  readonly ms: number;
}

/** A check failed; the message is the one-line reason. */
export class SmokeFailure extends Error {
  override readonly name = 'SmokeFailure';
  constructor(readonly check: string, reason: string) {
    super(`${check}: ${reason}`);
  }
}

interface Answer {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  readonly ms: number;
}

interface GraphQlError {
  readonly message?: unknown;
  readonly extensions?: { readonly code?: unknown; readonly argumentName?: unknown; readonly stacktrace?: unknown };
}

interface GraphQlBody {
  readonly data?: Record<string, unknown> | null;
  readonly errors?: readonly GraphQlError[];
}

/** Why a request got no answer, in words, from the error fetch (undici) throws. */
function unreachable(error: unknown, url: string, timeoutMs: number): string {
  const name = (error as Error).name;
  if (name === 'TimeoutError' || name === 'AbortError') return `no answer from ${url} within ${timeoutMs} ms`;
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const what: Record<string, string> = {
    ECONNREFUSED: 'connection refused (is it running? is the port right?)',
    ENOTFOUND: 'host not found',
    ECONNRESET: 'connection reset',
    EAI_AGAIN: 'host name lookup failed',
    CERT_HAS_EXPIRED: 'TLS certificate expired',
  };
  const detail = (cause?.code && what[cause.code]) ?? cause?.message ?? (error as Error).message;
  return `cannot reach ${url}: ${detail}`;
}

/** One line of at most `max` characters, for quoting an answer in a reason. */
function excerpt(text: string, max = 160): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max)}…` : line;
}

function parseBody(check: string, answer: Answer): GraphQlBody {
  if (!/^application\/(graphql-response\+)?json/.test(answer.headers.get('content-type') ?? '')) {
    throw new SmokeFailure(check, `HTTP ${answer.status} with content-type ${answer.headers.get('content-type') ?? 'none'}, not JSON: ${excerpt(answer.text)}`);
  }
  try {
    return JSON.parse(answer.text) as GraphQlBody;
  } catch {
    throw new SmokeFailure(check, `HTTP ${answer.status} with a body that is not JSON: ${excerpt(answer.text)}`);
  }
}

function firstError(body: GraphQlBody): string {
  const [error] = body.errors ?? [];
  return `${String(error?.extensions?.code ?? 'no code')} "${excerpt(String(error?.message ?? ''), 120)}"`;
}

/**
 * Runs every check against `options.url`, in order, and stops at the first failure.
 * @returns the checks passed with their latency.
 * @throws SmokeFailure naming the check and why it failed.
 */
export async function runSmoke(options: SmokeOptions): Promise<SmokeResult[]> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const sandbox = options.sandbox ?? options.stage !== 'prod';
  const log = options.log ?? ((line: string) => console.log(line));
  const results: SmokeResult[] = [];

  const request = async (check: string, init: RequestInit): Promise<Answer> => {
    const startedAt = performance.now();
    try {
      const response = await fetch(options.url, { ...init, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
      const text = await response.text();
      return { status: response.status, headers: response.headers, text, ms: performance.now() - startedAt };
    } catch (error) {
      throw new SmokeFailure(check, unreachable(error, options.url, timeoutMs));
    }
  };
  const post = (check: string, query: string) =>
    request(check, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify({ query }) });
  const passed = (check: string, answer: Answer, detail = '') => {
    results.push({ check, ms: answer.ms });
    log(`  ok  ${check.padEnd(40)} ${answer.ms.toFixed(0).padStart(6)} ms${detail ? `  ${detail}` : ''}`);
  };

  for (const example of README_QUERIES) {
    const check = `README query ${example.id}`;
    const answer = await post(check, example.query);
    const body = parseBody(check, answer);
    if (answer.status !== 200 || body.errors?.length) throw new SmokeFailure(check, `HTTP ${answer.status}, ${firstError(body)}`);
    const empty = Object.entries(body.data ?? {}).filter(([, value]) => value === null || (Array.isArray(value) && value.length === 0));
    if (body.data == null || empty.length > 0) {
      throw new SmokeFailure(check, `${empty.map(([field]) => field).join(', ') || 'data'} came back empty: is the deployment seeded? (npm run seed -- --stack <name>)`);
    }
    passed(check, answer, example.title);
  }

  if (options.origin === undefined) {
    log(`  --  ${'CORS preflight'.padEnd(40)} skipped: no --origin (${options.stage === 'prod' ? 'prod allows none unless deployed with -c corsOrigins' : 'pass an allowed origin'})`);
  } else {
    const check = `CORS preflight from ${options.origin}`;
    const answer = await request(check, {
      method: 'OPTIONS',
      headers: { origin: options.origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    const allowOrigin = answer.headers.get('access-control-allow-origin');
    const allowMethods = (answer.headers.get('access-control-allow-methods') ?? '').toUpperCase();
    const allowHeaders = (answer.headers.get('access-control-allow-headers') ?? '').toLowerCase();
    if (answer.status < 200 || answer.status > 299) throw new SmokeFailure(check, `HTTP ${answer.status}, expected 2xx`);
    if (allowOrigin !== options.origin && allowOrigin !== '*') {
      throw new SmokeFailure(check, `access-control-allow-origin is ${allowOrigin ?? 'missing'}: the origin is not allowed (CORS_ORIGINS / -c corsOrigins)`);
    }
    if (!allowMethods.split(/\s*,\s*/).includes('POST')) throw new SmokeFailure(check, `access-control-allow-methods "${allowMethods}" lacks POST`);
    if (!allowHeaders.split(/\s*,\s*/).includes('content-type') && allowHeaders !== '*') {
      throw new SmokeFailure(check, `access-control-allow-headers "${allowHeaders}" lacks content-type`);
    }
    passed(check, answer);
  }

  {
    const check = `landing page ${sandbox ? 'served' : 'absent'} (stage ${options.stage}${options.sandbox === undefined ? '' : `, sandbox ${sandbox}`})`;
    const answer = await request(check, { method: 'GET', headers: { accept: 'text/html' } });
    const isPage = answer.status === 200 && /^text\/html/.test(answer.headers.get('content-type') ?? '') && /sandbox/i.test(answer.text);
    if (sandbox && !isPage) throw new SmokeFailure(check, `expected the Apollo Sandbox page, got HTTP ${answer.status} ${answer.headers.get('content-type') ?? ''}`.trim());
    if (!sandbox && isPage) throw new SmokeFailure(check, `the Apollo Sandbox page is served, which stage ${options.stage} must not do`);
    passed(check, answer);
  }

  {
    const check = `introspection ${sandbox ? 'allowed' : 'refused'}`;
    const answer = await post(check, '{ __schema { queryType { name } } }');
    const body = parseBody(check, answer);
    const allowed = (body.data?.__schema as { queryType?: { name?: string } } | undefined)?.queryType?.name === 'Query';
    const refused = body.errors?.[0]?.extensions?.code === 'GRAPHQL_VALIDATION_FAILED';
    if (sandbox && !allowed) throw new SmokeFailure(check, `expected the schema, got HTTP ${answer.status}, ${firstError(body)}`);
    if (!sandbox && !refused) throw new SmokeFailure(check, allowed ? `the schema is served, which stage ${options.stage} must not do` : `HTTP ${answer.status}, ${firstError(body)}`);
    passed(check, answer);
  }

  {
    // The shape only: the status of an argument error (400 or 200) is the API's choice to make.
    const check = 'field error shape (articles(first: 0))';
    const answer = await post(check, '{ articles(first: 0) { edges { cursor } } }');
    const body = parseBody(check, answer);
    const error = body.errors?.[0];
    if (answer.status >= 500) throw new SmokeFailure(check, `HTTP ${answer.status}, ${firstError(body)}`);
    if (!error || typeof error.message !== 'string') throw new SmokeFailure(check, `no GraphQL error in the answer: ${excerpt(answer.text)}`);
    if (error.extensions?.code !== 'BAD_USER_INPUT' || error.extensions.argumentName !== 'first') {
      throw new SmokeFailure(check, `expected BAD_USER_INPUT with argumentName "first", got ${firstError(body)} argumentName ${String(error.extensions?.argumentName)}`);
    }
    if (error.extensions.stacktrace !== undefined) throw new SmokeFailure(check, 'the error carries a stack trace');
    passed(check, answer, `HTTP ${answer.status} BAD_USER_INPUT, argumentName first`);
  }

  return results;
}
