/**
 * Runs DynamoDB Local (a Java process) for `npm run db`, `npm start` and the integration tests,
 * and makes sure it never outlives us.
 *
 * Three layers stop it: `stop()`; process hooks for a normal exit, an uncaught error and a signal
 * nobody else handles; and, for a death no hook sees (SIGKILL, OOM), a watchdog process that holds
 * a pipe from us and ends Java when the pipe closes, which the kernel does when we die.
 */
import './quiet-sdk';
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { type Env, ensureEmulator } from './emulator';
import { createLocalDynamoDbClient } from './local-client';

/** A DynamoDB to talk to, and how to let go of it. */
export interface LocalDynamoDb {
  /** Base URL for the SDK's `endpoint`, e.g. `http://127.0.0.1:8000`. */
  readonly endpoint: string;
  /** True when this process started DynamoDB Local; false when it uses `DYNAMODB_ENDPOINT`. */
  readonly started: boolean;
  /** Stops DynamoDB Local if this process started it; resolves once it has exited. Idempotent. */
  stop(): Promise<void>;
}

/** How to start DynamoDB Local; every option has a working default. */
export interface StartDynamoDbLocalOptions {
  /** Port to listen on; 0 or omitted picks a free one. A taken fixed port fails instead of moving. */
  readonly port?: number;
  /** The Java executable. @default 'java' (from PATH) */
  readonly java?: string;
  /** Folder holding DynamoDBLocal.jar. @default located or fetched by {@link ensureEmulator} */
  readonly emulatorDir?: string;
  /** Passed to {@link ensureEmulator} (`DYNAMODB_LOCAL_DIR`). @default process.env */
  readonly env?: Env;
  /** How long DynamoDB Local may take to answer its first request. @default 30000 */
  readonly startTimeoutMs?: number;
  /** How long `stop()` waits after SIGTERM before SIGKILL. @default 5000 */
  readonly stopGraceMs?: number;
  /** Receives progress lines (the one-time download notice). @default a line on stderr */
  readonly log?: (line: string) => void;
}

/** DynamoDB Local could not be started or reached. */
export class DynamoDbLocalError extends Error {
  override readonly name: string = 'DynamoDbLocalError';
}

/** No usable Java. The message is one line saying what to install or set instead. */
export class JavaNotFoundError extends DynamoDbLocalError {
  override readonly name = 'JavaNotFoundError';
}

class PortInUseError extends DynamoDbLocalError {
  override readonly name = 'PortInUseError';
}

const HOST = '127.0.0.1';
const PORT_ATTEMPTS = 5;

/**
 * Starts DynamoDB Local in memory (`-inMemory -sharedDb`, so any credentials and region see the
 * same tables) and resolves once it answers a ListTables request.
 *
 * Java is checked first, so a machine without it fails at once instead of downloading the emulator.
 * @throws JavaNotFoundError when `java -version` cannot run.
 * @throws DynamoDbLocalError when the port is taken, or DynamoDB Local exits or stays silent
 *   during startup (the message ends with the tail of Java's stderr).
 */
export async function startDynamoDbLocal(options: StartDynamoDbLocalOptions = {}): Promise<LocalDynamoDb> {
  const java = options.java ?? 'java';
  await assertJavaRuns(java);
  const emulatorDir = options.emulatorDir ?? (await ensureEmulator({ env: options.env, log: options.log }));
  const fixedPort = options.port || undefined;
  if (fixedPort !== undefined && !(await isPortFree(fixedPort))) throw portTaken(fixedPort);
  for (let attempt = 1; ; attempt++) {
    const port = fixedPort ?? (await freePort());
    try {
      return await launch(java, emulatorDir, port, options);
    } catch (error) {
      // A free port can be taken between our check and Java's bind; a random one is worth retrying.
      if (!(error instanceof PortInUseError) || fixedPort !== undefined || attempt === PORT_ATTEMPTS) throw error;
    }
  }
}

/**
 * The DynamoDB for a local tool: `DYNAMODB_ENDPOINT` if set (checked to answer; `stop()` leaves it
 * running), otherwise a DynamoDB Local started by {@link startDynamoDbLocal}.
 * @throws DynamoDbLocalError when `DYNAMODB_ENDPOINT` is not a URL or does not answer.
 */
export async function useDynamoDb(env: Env = process.env, options: StartDynamoDbLocalOptions = {}): Promise<LocalDynamoDb> {
  const endpoint = env.DYNAMODB_ENDPOINT?.trim();
  if (!endpoint) return startDynamoDbLocal({ env, ...options });
  if (!URL.canParse(endpoint) || !['http:', 'https:'].includes(new URL(endpoint).protocol)) {
    throw new DynamoDbLocalError(`DYNAMODB_ENDPOINT must be an http(s) URL like http://127.0.0.1:8000, got "${endpoint}"`);
  }
  try {
    await listTablesOnce(endpoint, 5000);
  } catch (error) {
    throw new DynamoDbLocalError(
      `DYNAMODB_ENDPOINT=${endpoint} does not answer DynamoDB requests (${(error as Error).message}); start it, or unset DYNAMODB_ENDPOINT to start DynamoDB Local here`,
    );
  }
  return { endpoint, started: false, stop: async () => undefined };
}

/**
 * Reads `DYNAMODB_PORT`: a port number, 0 for any free port, undefined when unset.
 * @throws DynamoDbLocalError naming the variable when it is not a port.
 */
export function portFromEnv(env: Env = process.env): number | undefined {
  const value = env.DYNAMODB_PORT?.trim();
  if (!value) return undefined;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) {
    throw new DynamoDbLocalError(`DYNAMODB_PORT must be a port number (0 for any free port), got "${value}"`);
  }
  return port;
}

async function assertJavaRuns(java: string): Promise<void> {
  const failure = await new Promise<string | undefined>((resolve) => {
    execFile(java, ['-version'], { timeout: 30_000 }, (error) => {
      const code = (error as NodeJS.ErrnoException | null)?.code;
      resolve(error ? (code === 'ENOENT' ? `${java} not found` : `\`${java} -version\` failed`) : undefined);
    });
  });
  if (failure) {
    throw new JavaNotFoundError(
      `DynamoDB Local needs Java 17+ (${failure}): install it, e.g. \`apt-get install openjdk-17-jre-headless\`, or set DYNAMODB_ENDPOINT=http://host:port to use an already-running DynamoDB (e.g. the amazon/dynamodb-local container).`,
    );
  }
}

function portTaken(port: number): PortInUseError {
  return new PortInUseError(
    `Port ${port} is in use (DynamoDB Local already running?): use it with DYNAMODB_ENDPOINT=http://${HOST}:${port}, or pick another port with DYNAMODB_PORT (0 = any free port)`,
  );
}

async function launch(java: string, emulatorDir: string, port: number, options: StartDynamoDbLocalOptions): Promise<LocalDynamoDb> {
  const endpoint = `http://${HOST}:${port}`;
  const stopGraceMs = options.stopGraceMs ?? 5000;
  // DynamoDB Local writes a metadata file into its working directory; keep it out of the project.
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-dynamodb-local-'));
  const child = spawn(
    java,
    [
      `-Djava.library.path=${path.join(emulatorDir, 'DynamoDBLocal_lib')}`,
      '-jar',
      path.join(emulatorDir, 'DynamoDBLocal.jar'),
      '-inMemory',
      '-sharedDb',
      '-disableTelemetry',
      '-port',
      String(port),
    ],
    { cwd: workDir, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const watchdog = child.pid === undefined ? undefined : spawnWatchdog(child.pid, workDir, stopGraceMs);
  // Listen now: once Java is gone the watchdog may exit on its own, long before stop() is called.
  const watchdogClosed = new Promise<void>((resolve) => (watchdog ? watchdog.once('close', () => resolve()) : resolve()));

  let stderr = '';
  child.stdout?.resume();
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-8192);
  });
  let exit: string | undefined;
  const exited = new Promise<void>((resolve) => {
    child.once('exit', (code, signal) => {
      exit = signal ? `signal ${signal}` : `code ${code}`;
      resolve();
    });
    child.once('error', (error) => {
      exit = error.message;
      resolve();
    });
  });

  let stopping: Promise<void> | undefined;
  const instance = {
    killNow(): void {
      child.kill('SIGKILL');
      rmSync(workDir, { recursive: true, force: true });
    },
  };
  const stop = (): Promise<void> =>
    (stopping ??= (async () => {
      if (exit === undefined) {
        child.kill('SIGTERM');
        const escalation = setTimeout(() => child.kill('SIGKILL'), stopGraceMs);
        await exited;
        clearTimeout(escalation);
      }
      untrack(instance);
      watchdog?.stdin?.end();
      await watchdogClosed;
      rmSync(workDir, { recursive: true, force: true });
    })());
  track(instance);

  const tail = (): string => {
    const lines = stderr.trim().split('\n').slice(-15).join('\n');
    return lines ? `\nJava stderr (last lines):\n${lines}` : '';
  };
  const deadline = Date.now() + (options.startTimeoutMs ?? 30_000);
  try {
    for (;;) {
      // DynamoDB Local does not exit when its port is taken: it logs the BindException and idles.
      if (stderr.includes('BindException') || stderr.includes('Address already in use')) throw portTaken(port);
      if (exit !== undefined) throw new DynamoDbLocalError(`DynamoDB Local exited (${exit}) before answering on ${endpoint}.${tail()}`);
      if (Date.now() > deadline) throw new DynamoDbLocalError(`DynamoDB Local did not answer on ${endpoint} within ${options.startTimeoutMs ?? 30_000} ms.${tail()}`);
      try {
        // The first answer can take seconds while the JVM warms up; a timeout just means ask again.
        await listTablesOnce(endpoint, 5000);
        return { endpoint, started: true, stop };
      } catch {
        await sleep(100);
      }
    }
  } catch (error) {
    await stop();
    throw error;
  }
}

async function listTablesOnce(endpoint: string, timeoutMs: number): Promise<void> {
  const client = createLocalDynamoDbClient(endpoint, {
    maxAttempts: 1,
    requestHandler: { connectionTimeout: timeoutMs, requestTimeout: timeoutMs, throwOnRequestTimeout: true },
  });
  try {
    await client.send(new ListTablesCommand({ Limit: 1 }));
  } finally {
    client.destroy();
  }
}

/**
 * The watchdog: a tiny Node process holding the read end of a pipe whose write end only we hold.
 * When the pipe closes (we called stop(), or we died in any way) it ends Java unless Java is already
 * gone: SIGTERM, then SIGKILL after the grace period. It ignores SIGINT and SIGHUP (Ctrl-C reaches
 * Java directly; whether to stop is our call) and exits by itself once Java has exited. It also
 * removes Java's working directory, which we cannot do after a SIGKILL.
 */
const WATCHDOG_SOURCE = `
const { rmSync } = require('node:fs');
const [pid, graceMs, workDir] = [Number(process.argv[1]), Number(process.argv[2]), process.argv[3]];
const alive = () => { try { process.kill(pid, 0); return true; } catch (error) { return error.code === 'EPERM'; } };
const done = () => { rmSync(workDir, { recursive: true, force: true }); process.exit(0); };
let ending = false;
const end = () => {
  if (ending) return;
  ending = true;
  if (!alive()) done();
  try { process.kill(pid, 'SIGTERM'); } catch {}
  const deadline = Date.now() + graceMs;
  setInterval(() => {
    if (!alive()) done();
    if (Date.now() > deadline) { try { process.kill(pid, 'SIGKILL'); } catch {} done(); }
  }, 100);
};
process.on('SIGINT', () => {});
process.on('SIGHUP', () => {});
process.on('SIGTERM', end);
process.stdin.on('end', end).on('error', end).resume();
setInterval(() => { if (!ending && !alive()) done(); }, 1000);
`;

function spawnWatchdog(javaPid: number, workDir: string, graceMs: number): ChildProcess {
  const env = { ...process.env };
  // Loaders meant for us (tsx, coverage) would only slow the watchdog down.
  delete env.NODE_OPTIONS;
  return spawn(process.execPath, ['-e', WATCHDOG_SOURCE, String(javaPid), String(graceMs), workDir], {
    stdio: ['pipe', 'ignore', 'ignore'],
    env,
  });
}

/*
 * Process hooks, installed while at least one DynamoDB Local runs. 'exit' also fires after an
 * uncaught exception or unhandled rejection, so one hook covers those without changing how the
 * process reacts to them. A signal is handled only when no one else listens for it: then the
 * default was to die, so we kill Java and re-raise. An application with its own handler (npm run db)
 * decides itself when to call stop(). The signal hook is prepended so that it counts the other
 * listeners before a `process.once` one removes itself.
 */
interface Tracked {
  killNow(): void;
}
const running = new Set<Tracked>();
const SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

const killAll = (): void => {
  for (const instance of running) instance.killNow();
};

const onSignal = (signal: NodeJS.Signals): void => {
  if (process.listenerCount(signal) > 1) return;
  killAll();
  running.clear();
  uninstallHooks();
  process.kill(process.pid, signal);
};

function track(instance: Tracked): void {
  if (running.size === 0) {
    process.on('exit', killAll);
    for (const signal of SIGNALS) process.prependListener(signal, onSignal);
  }
  running.add(instance);
}

function untrack(instance: Tracked): void {
  if (running.delete(instance) && running.size === 0) uninstallHooks();
}

function uninstallHooks(): void {
  process.off('exit', killAll);
  for (const signal of SIGNALS) process.off(signal, onSignal);
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function isPortFree(port: number): Promise<boolean> {
  // Listening on all interfaces, as DynamoDB Local does, so a listener on any of them counts.
  const server = net.createServer();
  return new Promise((resolve) => {
    server.once('error', () => resolve(false));
    server.listen(port, () => server.close(() => resolve(true)));
  });
}
