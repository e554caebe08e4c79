/**
 * `npm start` as a developer runs it (`node --import tsx src/local/start.ts`), on the integration tier's DynamoDB
 * (so it starts no DynamoDB Local of its own) and any free port. It seeds the local table names,
 * which no other test reads.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { integrationEndpoint } from './local-dynamodb';

const REPO_ROOT = path.resolve(__dirname, '../../..');
const READY = /GraphQL:\s+(http:\/\/\S+)/;

export interface NpmStart {
  /** The GraphQL endpoint it printed, e.g. `http://localhost:41095/graphql`. */
  readonly url: string;
  /** Everything it printed so far, stdout and stderr. */
  output(): string;
  /** Ctrl-C for its whole process group, then waits for it to exit. */
  stop(): Promise<void>;
}

/** `npm start` launched, before it is ready. */
export interface LaunchedNpmStart {
  /** Everything it printed so far, stdout and stderr. */
  output(): string;
  /** Resolves once it prints its URL; rejects (and stops it) when it exits or stays silent for `timeoutMs` first. */
  readonly ready: Promise<NpmStart>;
  /** Ctrl-C for its whole process group, then waits for it to exit. */
  stop(): Promise<void>;
}

/** Launches `npm start` and returns at once, so a test can talk to it while it starts. */
export function launchNpmStart(env: Record<string, string> = {}, timeoutMs = 90_000): LaunchedNpmStart {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/local/start.ts'], {
    cwd: REPO_ROOT,
    env: { ...process.env, DYNAMODB_ENDPOINT: integrationEndpoint(), PORT: '0', ...env },
    // Its own process group, so one signal reaches it and anything it starts.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const started: NpmStart = { url: '', output: () => output, stop: () => stop(child, exited) };
  const ready = new Promise<NpmStart>((resolve, reject) => {
    const fail = (why: string) => {
      clearTimeout(timer);
      void stop(child, exited).then(() => reject(new Error(`npm start ${why}. Its output:\n${output}`)));
    };
    const timer = setTimeout(() => fail(`printed no URL within ${timeoutMs} ms`), timeoutMs);
    child.stdout!.on('data', () => {
      const match = READY.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ ...started, url: match[1]! });
      }
    });
    child.once('exit', (code) => fail(`exited with code ${code} before it was ready`));
  });
  // A caller that stops it before it is ready does not await `ready`: its rejection is expected.
  ready.catch(() => undefined);
  return { output: () => output, ready, stop: started.stop };
}

/**
 * Starts `npm start` and resolves once it prints its URL.
 * @throws Error with its output when it exits or stays silent for `timeoutMs` first.
 */
export function startNpmStart(env: Record<string, string> = {}, timeoutMs = 90_000): Promise<NpmStart> {
  return launchNpmStart(env, timeoutMs).ready;
}

async function stop(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid!, 'SIGINT');
  } catch {
    return; // already gone
  }
  const killed = setTimeout(() => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // gone meanwhile
    }
  }, 10_000);
  await exited;
  clearTimeout(killed);
}
