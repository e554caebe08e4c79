/**
 * One cold start, in a fresh Node process: `node probe.js <bundle.js> <invocation.json>`.
 *
 * Everything the measurement must not include (reading the event, building the Lambda context) is
 * done before the clock starts; the probe itself imports nothing, so the bundle loads into a process
 * that has only Node's own bootstrap behind it, as in Lambda. Prints one JSON line (ColdStartSample).
 * Built by the bench with esbuild (no bundling) and run with plain `node`, never through tsx.
 */
import { readFileSync } from 'node:fs';

interface Invocation {
  readonly event: unknown;
  readonly requestId: string;
  readonly functionName: string;
}

type LambdaHandler = (event: unknown, context: unknown) => Promise<{ statusCode?: number; body?: string }>;

async function main(): Promise<void> {
  const [bundle, invocationFile] = process.argv.slice(2) as [string, string];
  const invocation = JSON.parse(readFileSync(invocationFile, 'utf8')) as Invocation;
  const deadline = Date.now() + 10_000;
  const context = {
    awsRequestId: invocation.requestId,
    functionName: invocation.functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:us-east-1:000000000000:function:${invocation.functionName}`,
    memoryLimitInMB: '512',
    logGroupName: `/aws/lambda/${invocation.functionName}`,
    logStreamName: 'bench',
    callbackWaitsForEmptyEventLoop: true,
    getRemainingTimeInMillis: () => deadline - Date.now(),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };

  const startCpu = process.cpuUsage();
  const start = performance.now();
  const { handler } = require(bundle) as { handler: LambdaHandler };
  const loaded = performance.now();
  const loadedCpu = process.cpuUsage(startCpu);
  const result = await handler(invocation.event, context);
  const answered = performance.now();
  const answeredCpu = process.cpuUsage(startCpu);

  const cpuMs = ({ user, system }: NodeJS.CpuUsage) => (user + system) / 1000;
  const body = result.body ?? '';
  const sample = {
    loadMs: loaded - start,
    firstAnswerMs: answered - loaded,
    loadCpuMs: cpuMs(loadedCpu),
    firstAnswerCpuMs: cpuMs(answeredCpu) - cpuMs(loadedCpu),
    statusCode: result.statusCode ?? 200,
    // The start of the answer is enough to check it; a whole large answer would not fit the pipe before exit.
    body: body.slice(0, 4096),
    bodyBytes: Buffer.byteLength(body),
    hasErrors: body.includes('"errors":'),
    maxRssKb: process.resourceUsage().maxRSS,
  };
  await new Promise<void>((resolve) => process.stdout.write(`${JSON.stringify(sample)}\n`, () => resolve()));
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  },
);
