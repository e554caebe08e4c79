/**
 * Cold starts: each sample is a fresh `node` process that loads one bundle and answers one
 * API Gateway v2 event (bench/cold-start-probe.ts). Bundles take turns run by run, so a slow
 * moment of the machine hits all of them alike rather than one bundle's whole series.
 */
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { build } from 'esbuild';
import type { BuiltBundle } from './bundles';
import { summarize, type Summary } from './stats';

const run = promisify(execFile);

export interface ColdStartSample {
  readonly loadMs: number;
  readonly firstAnswerMs: number;
  /** CPU time (user + system) of the process during the load and the first answer. */
  readonly loadCpuMs: number;
  readonly firstAnswerCpuMs: number;
  readonly statusCode: number;
  /** The first 4 KB of the answer. */
  readonly body: string;
  readonly bodyBytes: number;
  /** The answer has a GraphQL `errors` entry. */
  readonly hasErrors: boolean;
  readonly maxRssKb: number;
}

export interface ColdStartTarget {
  readonly bundle: BuiltBundle;
  /** The result's name and label when a bundle is measured with more than one query. @default the bundle's */
  readonly name?: string;
  readonly label?: string;
  /** The function's whole environment (the probe inherits nothing else). */
  readonly environment: Readonly<Record<string, string>>;
  readonly event: APIGatewayProxyEventV2;
  /** Throws when the answer is not the expected one (a failed query must not pass for a fast one). */
  readonly check: (sample: ColdStartSample) => void;
}

export interface ColdStartResult {
  readonly name: string;
  readonly label: string;
  readonly runs: number;
  readonly loadMs: Summary;
  readonly firstAnswerMs: Summary;
  readonly totalMs: Summary;
  readonly loadCpuMs: Summary;
  readonly firstAnswerCpuMs: Summary;
  readonly maxRssMb: Summary;
}

export interface ColdStartOptions {
  /** Measured runs per bundle. */
  readonly runs: number;
  /** Node flags of the function (NODE_OPTIONS in the stack, e.g. --enable-source-maps). */
  readonly nodeOptions: readonly string[];
  /** Where the probe and the invocation files are written. */
  readonly workDir: string;
}

/** Compiles the probe to plain JavaScript, so no TypeScript loader runs inside a measured process. */
export async function buildProbe(workDir: string): Promise<string> {
  const outfile = join(workDir, 'cold-start-probe.js');
  await build({
    entryPoints: [join(__dirname, 'cold-start-probe.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'warning',
  });
  return outfile;
}

export async function measureColdStarts(targets: readonly ColdStartTarget[], options: ColdStartOptions): Promise<ColdStartResult[]> {
  const probe = await buildProbe(options.workDir);
  const samples = targets.map(() => [] as ColdStartSample[]);
  // Run 0 warms the file cache and DynamoDB Local for every bundle and is not counted.
  for (let round = 0; round <= options.runs; round++) {
    for (const [i, target] of targets.entries()) {
      const sample = await coldStart(probe, target, options, round);
      target.check(sample);
      if (round > 0) samples[i]!.push(sample);
    }
  }
  return targets.map((target, i) => {
    const list = samples[i]!;
    return {
      name: target.name ?? target.bundle.name,
      label: target.label ?? target.bundle.label,
      runs: list.length,
      loadMs: summarize(list.map((s) => s.loadMs)),
      firstAnswerMs: summarize(list.map((s) => s.firstAnswerMs)),
      totalMs: summarize(list.map((s) => s.loadMs + s.firstAnswerMs)),
      loadCpuMs: summarize(list.map((s) => s.loadCpuMs)),
      firstAnswerCpuMs: summarize(list.map((s) => s.firstAnswerCpuMs)),
      maxRssMb: summarize(list.map((s) => s.maxRssKb / 1024)),
    };
  });
}

async function coldStart(probe: string, target: ColdStartTarget, options: ColdStartOptions, round: number): Promise<ColdStartSample> {
  const name = target.name ?? target.bundle.name;
  const invocation = join(options.workDir, `invocation-${name}.json`);
  writeFileSync(
    invocation,
    JSON.stringify({ event: target.event, requestId: `bench-${name}-${round}`, functionName: `bench-${target.bundle.name}` }),
  );
  const { stdout } = await run(process.execPath, [...options.nodeOptions, probe, target.bundle.file, invocation], {
    env: { ...target.environment },
    timeout: 60_000,
    maxBuffer: 16 * 1024 * 1024,
  }).catch((error: { stderr?: string; message: string }) => {
    throw new Error(`The cold start of ${name} failed: ${error.stderr || error.message}`);
  });
  return JSON.parse(stdout.trim().split('\n').pop()!) as ColdStartSample;
}
