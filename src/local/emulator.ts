/**
 * Finds DynamoDB Local's files, fetching them once into a cache.
 *
 * AWS's DynamoDB Local (v1.25.1) is published on npm inside `amplify-dynamodb-simulator`, whose
 * ~280 dependencies we do not want. So we fetch only that package's tarball with `npm pack` (npm
 * checks the registry's integrity; we check it again against a pinned hash, so a changed package
 * can never run here) and extract only its `package/emulator/` folder.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, mkdtemp, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { extract } from 'tar';

/** Environment variables, as `process.env` holds them. */
export type Env = Readonly<Record<string, string | undefined>>;

/** The npm package that carries DynamoDB Local, pinned to one version and one tarball hash. */
export const EMULATOR_PACKAGE = {
  name: 'amplify-dynamodb-simulator',
  version: '2.9.30',
  integrity: 'sha512-xTeeRLvzEfqyd5lh3bH4c0kHvSHHmmhD5ZDsHFKAQ5g2Zl6JqlFdutaQhCLHzxEp6Ry1o7TB6niIoXuQAnSewQ==',
} as const;

/** Where the emulator folder is cached, inside the project's `node_modules/.cache`. */
const DEFAULT_EMULATOR_CACHE_DIR = path.resolve(
  __dirname,
  '../../node_modules/.cache/newsgraph',
  `dynamodb-local-${EMULATOR_PACKAGE.version}`,
);

const JAR = 'DynamoDBLocal.jar';
const NATIVE_LIBS = 'DynamoDBLocal_lib';

/** The emulator folder is missing, malformed, or could not be fetched. */
export class EmulatorError extends Error {
  override readonly name = 'EmulatorError';
}

/** Where to look for the emulator and how to fetch it; the defaults are for real use, the rest for tests. */
export interface EnsureEmulatorOptions {
  /** Read for `DYNAMODB_LOCAL_DIR`, an existing emulator folder to use instead of the cache. @default process.env */
  readonly env?: Env;
  /** @default `node_modules/.cache/newsgraph/dynamodb-local-<version>` in the project */
  readonly cacheDir?: string;
  /** Downloads the package tarball into `destDir` and returns its path. @default `npm pack` from the registry */
  readonly fetchTarball?: (destDir: string) => Promise<string>;
  /** Receives the one line printed before the first download. @default a line on stderr */
  readonly log?: (line: string) => void;
}

/**
 * Returns the folder holding `DynamoDBLocal.jar` and `DynamoDBLocal_lib/`: `DYNAMODB_LOCAL_DIR`
 * when set, else the cache, which is filled on first use.
 *
 * Safe to call from several processes at once (jest workers, two terminals): each downloads into
 * its own temporary folder and the first to rename it into place wins.
 * @throws EmulatorError when `DYNAMODB_LOCAL_DIR` holds no emulator, the download fails or its
 *   integrity differs from {@link EMULATOR_PACKAGE}.
 */
export async function ensureEmulator(options: EnsureEmulatorOptions = {}): Promise<string> {
  const {
    env = process.env,
    cacheDir = DEFAULT_EMULATOR_CACHE_DIR,
    fetchTarball = npmPack,
    log = (line: string) => process.stderr.write(`${line}\n`),
  } = options;

  const override = env.DYNAMODB_LOCAL_DIR?.trim();
  if (override) {
    const dir = path.resolve(override);
    if (!(await isEmulatorDir(dir))) {
      throw new EmulatorError(`DYNAMODB_LOCAL_DIR=${override} does not hold DynamoDB Local (expected ${JAR} and ${NATIVE_LIBS}/ in it)`);
    }
    return dir;
  }
  if (await isEmulatorDir(cacheDir)) return cacheDir;

  log(`Downloading DynamoDB Local (npm ${EMULATOR_PACKAGE.name}@${EMULATOR_PACKAGE.version}, ~57 MB) into ${cacheDir}, once.`);
  const downloadDir = await createPartialDir(cacheDir);
  try {
    const tarball = await fetchTarball(downloadDir);
    await installEmulator(tarball, cacheDir, EMULATOR_PACKAGE.integrity);
  } finally {
    await rm(downloadDir, { recursive: true, force: true });
  }
  return cacheDir;
}

/**
 * Checks the tarball's integrity, then extracts its `package/emulator/` folder as `targetDir`.
 *
 * `targetDir` appears whole or not at all: extraction goes to a sibling temporary folder that is
 * renamed into place. If another process installed it first, its copy is kept.
 * @param integrity the expected Subresource Integrity string, `sha512-<base64>`
 * @throws EmulatorError when the integrity differs or the tarball has no emulator in it.
 */
export async function installEmulator(tarball: string, targetDir: string, integrity: string): Promise<void> {
  const actual = await fileIntegrity(tarball);
  if (actual !== integrity) {
    throw new EmulatorError(`Integrity check failed for ${tarball}: expected ${integrity}, got ${actual}. Nothing was installed.`);
  }
  const partial = await createPartialDir(targetDir);
  try {
    await extract({ file: tarball, cwd: partial, strip: 2, filter: (entry) => entry.startsWith('package/emulator/') });
    if (!(await isEmulatorDir(partial))) {
      throw new EmulatorError(`${tarball} has no package/emulator/${JAR}`);
    }
    await renameUnlessInstalled(partial, targetDir);
  } finally {
    await rm(partial, { recursive: true, force: true });
  }
}

async function renameUnlessInstalled(from: string, to: string): Promise<void> {
  try {
    await rename(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // A concurrent install renamed its copy first; both copies came from the same verified tarball.
    const lostTheRace = (code === 'ENOTEMPTY' || code === 'EEXIST') && (await isEmulatorDir(to));
    if (!lostTheRace) throw error;
  }
}

async function isEmulatorDir(dir: string): Promise<boolean> {
  const [jar, libs] = await Promise.all([
    stat(path.join(dir, JAR)).catch(() => undefined),
    stat(path.join(dir, NATIVE_LIBS)).catch(() => undefined),
  ]);
  return Boolean(jar?.isFile() && libs?.isDirectory());
}

/**
 * Creates a temporary folder beside `targetDir` (same file system, so `rename` is atomic) named
 * after this process, and first removes those whose process is gone: a download killed midway
 * must not leave 57 MB behind for good.
 */
async function createPartialDir(targetDir: string): Promise<string> {
  const parent = path.dirname(targetDir);
  const prefix = `.${path.basename(targetDir)}.partial-`;
  await mkdir(parent, { recursive: true });
  for (const name of await readdir(parent)) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(name.slice(prefix.length).split('-')[0]);
    if (pid > 0 && !isAlive(pid)) await rm(path.join(parent, name), { recursive: true, force: true });
  }
  return mkdtemp(path.join(parent, `${prefix}${process.pid}-`));
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function fileIntegrity(file: string): Promise<string> {
  const hash = createHash('sha512');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return `sha512-${hash.digest('base64')}`;
}

function npmPack(destDir: string): Promise<string> {
  const spec = `${EMULATOR_PACKAGE.name}@${EMULATOR_PACKAGE.version}`;
  return new Promise((resolve, reject) => {
    execFile(
      'npm',
      ['pack', spec, '--pack-destination', destDir, '--json'],
      { maxBuffer: 16 * 1024 * 1024, timeout: 10 * 60_000 },
      (error, stdout, stderr) => {
        if (error) {
          const detail = (stderr.trim() || error.message).split('\n').slice(-5).join(' | ');
          reject(new EmulatorError(`Could not fetch ${spec} with npm pack: ${detail}. Set DYNAMODB_LOCAL_DIR to an emulator folder, or DYNAMODB_ENDPOINT to a running DynamoDB.`));
          return;
        }
        const [packed] = JSON.parse(stdout) as Array<{ filename: string }>;
        resolve(path.join(destDir, packed.filename));
      },
    );
  });
}
