/**
 * `npm start` (src/local/start.ts) as the load test and the CDN bench run it: in a process group of
 * its own (npx, tsx, the server and its DynamoDB Local), on a free port, stopped as a whole.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const REPO_ROOT = resolve(__dirname, '..');
const START_TIMEOUT_MS = 120_000;
const STOP_GRACE_MS = 15_000;

export interface StartedServer {
  readonly child: ChildProcess;
  /** The GraphQL URL it printed, e.g. `http://127.0.0.1:41095/graphql`. */
  readonly url: string;
}

/** `npx tsx src/local/start.ts` in a process group of its own, resolved with the GraphQL URL it prints. */
export async function startLocalServer(extraEnv: Readonly<Record<string, string>> = {}, onOutput?: (chunk: string) => void): Promise<StartedServer> {
  // Its own DynamoDB Local, as a fresh `npm start` on a machine without DYNAMODB_ENDPOINT.
  const { DYNAMODB_ENDPOINT: _shared, ...inherited } = process.env;
  const env = { ...inherited, PORT: '0', ...extraEnv };
  const child = spawn('npx', ['tsx', 'src/local/start.ts'], { cwd: REPO_ROOT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const ready = new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm start did not get ready within ${START_TIMEOUT_MS / 1000} s:\n${output}`)), START_TIMEOUT_MS);
    const read = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /GraphQL:\s+(http:\/\/\S+\/graphql)/.exec(output);
      if (match) {
        clearTimeout(timer);
        // From now on its output is drained, not kept (or handed to onOutput).
        child.stdout!.off('data', read);
        child.stderr!.off('data', read);
        if (onOutput) child.stdout!.setEncoding('utf8').on('data', onOutput);
        else child.stdout!.resume();
        child.stderr!.resume();
        resolveUrl(match[1]!.replace('//localhost:', '//127.0.0.1:'));
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`npm start exited (${signal ?? code}) before it was ready:\n${output}`));
    });
  });
  try {
    return { child, url: await ready };
  } catch (error) {
    await stopGroup(child);
    throw error;
  }
}

/** Every process in a process group, from /proc. */
export function processGroup(pgid: number): Array<{ pid: number; command: string }> {
  const members: Array<{ pid: number; command: string }> = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command (which may contain spaces) start after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) !== pgid) continue;
      members.push({ pid: Number(entry), command: readFileSync(`/proc/${entry}/cmdline`, 'utf8').replaceAll('\0', ' ').trim() });
    } catch {
      // The process ended while we looked.
    }
  }
  return members;
}

/** Stops the whole group (npm start asks DynamoDB Local to stop on SIGINT), SIGKILL after a grace period. */
export async function stopGroup(child: ChildProcess): Promise<void> {
  const pgid = child.pid!;
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-pgid, name);
    } catch {
      // Already gone.
    }
  };
  signal('SIGINT');
  const deadline = Date.now() + STOP_GRACE_MS;
  while (processGroup(pgid).length > 0 && Date.now() < deadline) await sleep(100);
  if (processGroup(pgid).length > 0) signal('SIGKILL');
  while (processGroup(pgid).length > 0) await sleep(100);
}

