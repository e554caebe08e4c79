/**
 * Startup failures of DynamoDB Local, played by a fake `java` shell script: no JVM, no network.
 */
import { once } from 'node:events';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { DynamoDbLocalError, portFromEnv, startDynamoDbLocal, useDynamoDb } from '../../../src/local/dynamodb-local';

let scratch: string;
let emulatorDir: string;
beforeEach(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'newsgraph-dynamodb-local-test-'));
  emulatorDir = path.join(scratch, 'emulator');
  await mkdir(emulatorDir);
});
afterEach(async () => {
  await rm(scratch, { recursive: true, force: true });
});

/** A `java` that passes `java -version` and then runs `script` instead of DynamoDB Local. */
async function fakeJava(script: string): Promise<string> {
  const file = path.join(scratch, 'java');
  await writeFile(file, `#!/bin/sh\n[ "$1" = "-version" ] && exit 0\n${script}\n`);
  await chmod(file, 0o755);
  return file;
}

const failure = (started: Promise<unknown>): Promise<Error> =>
  started.then(
    () => {
      throw new Error('expected startup to fail');
    },
    (error: Error) => error,
  );

async function freePort(): Promise<number> {
  const server = net.createServer().listen(0);
  await once(server, 'listening');
  const { port } = server.address() as net.AddressInfo;
  server.close();
  await once(server, 'close');
  return port;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('startDynamoDbLocal', () => {
  it('reports the exit and the tail of Java stderr when DynamoDB Local dies during startup', async () => {
    // Prepare
    const java = await fakeJava('echo "Error: Unable to access jarfile DynamoDBLocal.jar" >&2\nexit 3');

    // Act
    const error = await failure(startDynamoDbLocal({ java, emulatorDir }));

    // Assess
    expect(error).toBeInstanceOf(DynamoDbLocalError);
    expect(error.message).toMatch(/^DynamoDB Local exited \(code 3\) before answering on http:\/\/127\.0\.0\.1:\d+\./);
    expect(error.message).toContain('Error: Unable to access jarfile DynamoDBLocal.jar');
  });

  it('gives up after the start timeout, with Java stderr, and kills the silent process', async () => {
    // Prepare
    const pidFile = path.join(scratch, 'pid');
    const java = await fakeJava(`echo $$ > ${pidFile}\necho "warming up" >&2\nexec sleep 30`);

    // Act
    const error = await failure(startDynamoDbLocal({ java, emulatorDir, startTimeoutMs: 500 }));

    // Assess
    expect(error.message).toMatch(/did not answer on http:\/\/127\.0\.0\.1:\d+ within 500 ms/);
    expect(error.message).toContain('warming up');
    expect(isRunning(Number(await readFile(pidFile, 'utf8')))).toBe(false);
  });

  it('tries other ports when Java cannot bind a chosen one, then reports the port in use', async () => {
    // Prepare: DynamoDB Local logs a BindException and idles instead of exiting
    const attempts = path.join(scratch, 'attempts');
    const java = await fakeJava(`echo "$@" >> ${attempts}\necho "java.net.BindException: Address already in use" >&2\nexec sleep 30`);

    // Act
    const error = await failure(startDynamoDbLocal({ java, emulatorDir }));

    // Assess
    expect(error.message).toMatch(/^Port \d+ is in use/);
    expect((await readFile(attempts, 'utf8')).trim().split('\n')).toHaveLength(5);
  });

  it('does not move a fixed port that Java cannot bind', async () => {
    // Prepare
    const attempts = path.join(scratch, 'attempts');
    const java = await fakeJava(`echo "$@" >> ${attempts}\necho "java.net.BindException: Address already in use" >&2\nexec sleep 30`);

    const port = await freePort();

    // Act
    const error = await failure(startDynamoDbLocal({ java, emulatorDir, port }));

    // Assess
    expect(error.message).toContain(`Port ${port} is in use`);
    expect(error.message).toContain(`DYNAMODB_ENDPOINT=http://127.0.0.1:${port}`);
    expect((await readFile(attempts, 'utf8')).trim().split('\n')).toEqual([expect.stringContaining(`-port ${port}`)]);
  });
});

describe('useDynamoDb', () => {
  it('refuses a DYNAMODB_ENDPOINT that is not an http URL', async () => {
    // Prepare
    const env = { DYNAMODB_ENDPOINT: 'localhost:8000' };

    // Act
    const error = await failure(useDynamoDb(env));

    // Assess
    expect(error.message).toBe('DYNAMODB_ENDPOINT must be an http(s) URL like http://127.0.0.1:8000, got "localhost:8000"');
  });
});

describe('portFromEnv', () => {
  it('reads DYNAMODB_PORT, with 0 meaning any free port', () => {
    // Act & Assess
    expect(portFromEnv({ DYNAMODB_PORT: '8001' })).toBe(8001);
    expect(portFromEnv({ DYNAMODB_PORT: '0' })).toBe(0);
    expect(portFromEnv({})).toBeUndefined();
  });

  it('names DYNAMODB_PORT when it is not a port', () => {
    // Act & Assess
    expect(() => portFromEnv({ DYNAMODB_PORT: '80a' })).toThrow('DYNAMODB_PORT must be a port number (0 for any free port), got "80a"');
    expect(() => portFromEnv({ DYNAMODB_PORT: '70000' })).toThrow('DYNAMODB_PORT');
  });
});
