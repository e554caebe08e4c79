/**
 * The GraphQL function as `cdk synth` ships it: its bundled asset, run in a child `node` process
 * (./lambda-runner.js) with the environment the synthesized template gives the function. Only the
 * table names are swapped for tables on DynamoDB Local, the CDN's origin secret (a dynamic reference
 * CloudFormation resolves at deploy time) for a test value that every invocation carries as
 * CloudFront would, and the endpoint, region and credentials that Lambda or the role would provide
 * are added.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import * as path from 'node:path';
import * as readline from 'node:readline';
import type { Writable } from 'node:stream';
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { type AllTableNames, TABLES } from '../../../src/data/tables';
import type { LocalLambdaHandler } from '../../../src/local/api-gateway-v2';
import { ORIGIN_VERIFY_HEADER } from '../../../src/cdn';
import { functionAssetDir, logicalIdOf, type Synthesized } from '../../infra/synth';

const RUNNER = path.join(__dirname, 'lambda-runner.js');

/** The function's resource properties in the synthesized template. */
function functionProperties(s: Synthesized): Record<string, any> {
  return s.template.toJSON().Resources[logicalIdOf(s, s.stack.graphqlFunction)].Properties;
}

/** What the origin secret's dynamic reference resolves to here; every invocation sends it. */
export const TEST_ORIGIN_SECRET = 'bundled-asset-test-origin-secret-0123456789';

/** The value CDK gives a variable set from the origin secret: `{{resolve:secretsmanager:<secret>:SecretString:::}}`. */
function isOriginSecretReference(s: Synthesized, value: unknown): boolean {
  const secret = s.stack.cdn.originSecret;
  if (secret === undefined) return false;
  const expected = s.stack.resolve(secret.secretValue.unsafeUnwrap());
  return JSON.stringify(value) === JSON.stringify(expected);
}

/**
 * The function's `Environment.Variables` with each table `Ref` replaced by the name of the same
 * table among `tables`, and the origin secret's reference by {@link TEST_ORIGIN_SECRET}.
 * @throws Error for any value that is neither a string nor a Ref to one of the stack's tables, so a
 *   new kind of variable is noticed here instead of being passed on as `[object Object]`.
 */
export function templateEnvironment(s: Synthesized, tables: AllTableNames): Record<string, string> {
  const tableByLogicalId = new Map(TABLES.map((t) => [logicalIdOf(s, s.stack.tables[t.id]), tables[t.id]]));
  const variables: Record<string, unknown> = functionProperties(s).Environment?.Variables ?? {};
  return Object.fromEntries(
    Object.entries(variables).map(([name, value]) => {
      if (typeof value === 'string') return [name, value];
      if (isOriginSecretReference(s, value)) return [name, TEST_ORIGIN_SECRET];
      const ref = (value as { Ref?: unknown } | null)?.Ref;
      const table = typeof ref === 'string' ? tableByLogicalId.get(ref) : undefined;
      if (table === undefined) throw new Error(`Cannot run the function locally: ${name} is ${JSON.stringify(value)}`);
      return [name, table];
    }),
  );
}

export interface BundledFunctionOptions {
  /** The synthesized stack whose function is run. */
  readonly synthesized: Synthesized;
  /** Tables on DynamoDB Local to use instead of the stack's. */
  readonly tables: AllTableNames;
  /** The DynamoDB Local endpoint (the function's DYNAMODB_ENDPOINT). */
  readonly dynamodbEndpoint: string;
}

export interface BundledFunction {
  /** Invokes the child's handler; pass it to `invoke` from test/support/lambda-events. */
  readonly handler: LocalLambdaHandler;
  /** The exact environment the child was started with. */
  readonly environment: Readonly<Record<string, string>>;
  /** Everything the function wrote to stdout and stderr so far: its logs. */
  output(): string;
  /** Closes the child's stdin and waits for it to exit; kills it after 5 s. */
  stop(): Promise<void>;
}

type Reply =
  | { ready: true }
  | { initError: { message: string; stack?: string } }
  | { id: number; result?: unknown }
  | { id: number; error: { name: string; message: string; stack?: string } };

/**
 * Starts the child process and waits for its init (the module-scope code of the bundle, i.e. the
 * cold start) to finish.
 * @throws Error with the child's output when init fails or the child exits early.
 */
export async function startBundledFunction(options: BundledFunctionOptions): Promise<BundledFunction> {
  const { synthesized: s } = options;
  const properties = functionProperties(s);
  const taskRoot = functionAssetDir(s);
  const environment: Record<string, string> = {
    ...templateEnvironment(s, options.tables),
    // Set by Lambda in every execution environment; the runner finds the handler through the last two.
    AWS_LAMBDA_FUNCTION_NAME: `${s.stack.stackName}-GraphqlFunction`,
    AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
    AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(properties.MemorySize),
    AWS_EXECUTION_ENV: `AWS_Lambda_${properties.Runtime}`,
    TZ: ':UTC',
    LAMBDA_TASK_ROOT: taskRoot,
    _HANDLER: properties.Handler,
    // The region and the role's credentials, which Lambda provides; the credentials are dummies,
    // as DynamoDB Local accepts any. us-east-1 is the region the seed used, for a DynamoDB Local
    // that keeps one database per region.
    AWS_REGION: 'us-east-1',
    AWS_DEFAULT_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'bundled-asset-test',
    AWS_SECRET_ACCESS_KEY: 'bundled-asset-test',
    AWS_SESSION_TOKEN: 'bundled-asset-test',
    // The one variable a deployed function does not have.
    DYNAMODB_ENDPOINT: options.dynamodbEndpoint,
  };

  // Not process.env: the function must not see anything the stack does not give it. `node` is
  // this process's own executable, so no PATH is needed either.
  const child = spawn(process.execPath, [RUNNER], { cwd: taskRoot, env: environment, stdio: ['pipe', 'pipe', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const stdin = child.stdin!;
  const exited = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));

  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let init: { resolve: () => void; reject: (error: Error) => void } | undefined;
  const ready = new Promise<void>((resolve, reject) => (init = { resolve, reject }));
  const failure = (what: string) => new Error(`${what}\n--- function output ---\n${output}`);

  readline.createInterface({ input: child.stdio[3] as NodeJS.ReadableStream }).on('line', (line) => {
    const message = JSON.parse(line) as Reply;
    if ('ready' in message) init?.resolve();
    else if ('initError' in message) init?.reject(failure(`Init failed: ${message.initError.stack ?? message.initError.message}`));
    else {
      const call = pending.get(message.id);
      pending.delete(message.id);
      if ('error' in message) call?.reject(Object.assign(new Error(message.error.message), { name: message.error.name }));
      else call?.resolve(message.result);
    }
  });
  child.once('error', (error) => init?.reject(failure(`The function process failed: ${error.message}`)));
  void exited.then((code) => {
    const error = failure(`The function process exited with code ${code}`);
    init?.reject(error);
    for (const call of pending.values()) call.reject(error);
    pending.clear();
  });

  try {
    await ready;
  } catch (error) {
    await stopChild(child, stdin, exited);
    throw error;
  }

  let nextId = 0;
  // Events arrive as CloudFront forwards them: with the origin header, when the stack sets one.
  const originHeader = environment.ORIGIN_VERIFY_SECRET === undefined ? {} : { [ORIGIN_VERIFY_HEADER]: environment.ORIGIN_VERIFY_SECRET };
  const handler: LocalLambdaHandler = (event: APIGatewayProxyEventV2, context: Context) =>
    new Promise((resolve, reject) => {
      const id = ++nextId;
      pending.set(id, { resolve, reject });
      const forwarded = { ...event, headers: { ...event.headers, ...originHeader } };
      stdin.write(`${JSON.stringify({ id, event: forwarded, context: contextFields(context) })}\n`);
    });

  return {
    handler,
    environment,
    output: () => output,
    stop: () => stopChild(child, stdin, exited),
  };
}

/** The serializable part of a Lambda context; the runner rebuilds `getRemainingTimeInMillis`. */
function contextFields(context: Context) {
  return {
    functionName: context.functionName,
    functionVersion: context.functionVersion,
    invokedFunctionArn: context.invokedFunctionArn,
    memoryLimitInMB: context.memoryLimitInMB,
    awsRequestId: context.awsRequestId,
    logGroupName: context.logGroupName,
    logStreamName: context.logStreamName,
    remainingTimeInMillis: context.getRemainingTimeInMillis(),
  };
}

async function stopChild(child: ChildProcess, stdin: Writable, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  stdin.end();
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}
