/**
 * `npm run smoke -- (--url <graphql-url> | --stack <StackName>) [--stage dev|prod|local]
 * [--sandbox true|false] [--origin <allowed-origin>] [--timeout <ms>]`
 *
 * Checks a deployment (or `npm start`) the way a client sees it: the README's example queries, a
 * CORS preflight, the landing page and introspection (there or not, as the stage says), and the
 * shape of a field error. Prints each check with its latency; stops at the first failure with a
 * one-line reason and exit code 1 (2 for a usage mistake).
 *
 * The stage is `--stage`, else the stack name's suffix (`newsgraph-prod` → prod), else `local` for a
 * localhost URL; otherwise it must be given. It is not guessed from the answers, since the point is
 * to notice a prod that serves the Sandbox. `--origin` defaults to https://smoke.example.com, which
 * dev and local allow (`*`); prod allows no origin unless deployed with `-c corsOrigins`, so there
 * the preflight is skipped unless `--origin` names one it allows.
 */
import { parseArgs } from 'node:util';
import { graphqlUrlFromStack } from '../seed/stack-outputs';
import { runSmoke, SmokeFailure, type SmokeStage } from './smoke-checks';

const USAGE = 'Usage: npm run smoke -- (--url <graphql-url> | --stack <StackName>) [--stage dev|prod|local] [--sandbox true|false] [--origin <origin>] [--timeout <ms>]';
const DEFAULT_ORIGIN = 'https://smoke.example.com';

/** A mistake in the command line; the message says which option. */
class UsageError extends Error {
  override readonly name = 'UsageError';
}

const STAGES: readonly SmokeStage[] = ['dev', 'prod', 'local'];

function stageOf(values: { stage?: string; stack?: string }, url: URL): SmokeStage {
  if (values.stage !== undefined) {
    if (!STAGES.includes(values.stage as SmokeStage)) throw new UsageError(`--stage must be dev, prod or local, got "${values.stage}"`);
    return values.stage as SmokeStage;
  }
  const suffix = /-(dev|prod)$/.exec(values.stack ?? '')?.[1] as SmokeStage | undefined;
  if (suffix) return suffix;
  if (['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)) return 'local';
  throw new UsageError(`cannot tell the stage of ${values.stack ?? url.href}: pass --stage dev or --stage prod`);
}

function parseUrl(value: string, from: string): URL {
  if (!URL.canParse(value) || !['http:', 'https:'].includes(new URL(value).protocol)) {
    throw new UsageError(`${from} must be an http(s) URL like http://localhost:4000/graphql, got "${value}"`);
  }
  return new URL(value);
}

/** Runs the smoke test from command-line arguments; resolves with the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  try {
    let parsed;
    try {
      parsed = parseArgs({
        args: [...argv],
        options: {
          url: { type: 'string' },
          stack: { type: 'string' },
          stage: { type: 'string' },
          sandbox: { type: 'string' },
          origin: { type: 'string' },
          timeout: { type: 'string' },
          help: { type: 'boolean', default: false },
        },
      });
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    const { values } = parsed;
    if (values.help) {
      console.log(USAGE);
      return 0;
    }
    if ((values.url === undefined) === (values.stack === undefined)) throw new UsageError('give either --url or --stack');
    if (values.sandbox !== undefined && !['true', 'false'].includes(values.sandbox)) throw new UsageError(`--sandbox must be true or false, got "${values.sandbox}"`);
    const timeoutMs = values.timeout === undefined ? 10_000 : Number(values.timeout);
    if (!Number.isInteger(timeoutMs) || timeoutMs < 1 || timeoutMs > 120_000) throw new UsageError(`--timeout must be milliseconds from 1 to 120000, got "${values.timeout}"`);
    if (values.origin !== undefined && !/^https?:\/\/[^/\s]+$/.test(values.origin)) throw new UsageError(`--origin must be like https://app.example.com, got "${values.origin}"`);

    let url: URL;
    if (values.stack !== undefined) {
      let value: string;
      try {
        value = await graphqlUrlFromStack(values.stack);
      } catch (error) {
        throw new SmokeFailure('stack outputs', `cannot read the GraphQlUrl output of stack ${values.stack}: ${(error as Error).message}`);
      }
      url = parseUrl(value, `the GraphQlUrl output of ${values.stack}`);
    } else {
      url = parseUrl(values.url!, '--url');
    }
    const stage = stageOf(values, url);
    const sandbox = values.sandbox === undefined ? undefined : values.sandbox === 'true';
    const origin = values.origin ?? (stage === 'prod' ? undefined : DEFAULT_ORIGIN);

    console.log(`smoke ${url.href} (stage ${stage}, each request bounded to ${timeoutMs} ms)`);
    const startedAt = performance.now();
    const results = await runSmoke({ url: url.href, stage, sandbox, origin, timeoutMs });
    console.log(`smoke passed: ${results.length} checks in ${(performance.now() - startedAt).toFixed(0)} ms`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`smoke: ${error.message}\n${USAGE}`);
      return 2;
    }
    // Our failures carry their reason; anything else still gets one line, never a stack.
    const reason = error instanceof SmokeFailure ? error.message : `${(error as Error).name}: ${(error as Error).message}`;
    console.error(`smoke failed: ${reason.replace(/\s+/g, ' ')}`);
    return 1;
  }
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => process.exit(code));
}
