import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../..');
const WRAPPER = join(ROOT, 'scripts/run-compiled.mjs');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const compiled = (args: string[]) => spawnSync(process.execPath, [WRAPPER, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
const viaTsx = (args: string[]) => spawnSync(TSX, args, { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
const waitFor = async (check: () => boolean, ms: number) => {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 50))) if (check()) return true;
  return check();
};

const BROKEN = 'Headline\nno blank line here\n\nBody.\n';

describe('scripts/run-compiled.mjs (the ingest CLI bundled by esbuild)', () => {
  it('writes byte-identical seed files to the tsx run for seed/articles', async () => {
    // Prepare
    const dir = await mkdtemp(join(tmpdir(), 'ingest-compiled-'));
    // Act
    const a = viaTsx(['seed/ingest/cli.ts', 'seed/articles', 'test/fixtures/articles', '--out', join(dir, 'tsx')]);
    const b = compiled(['seed/ingest/cli.ts', 'seed/articles', 'test/fixtures/articles', '--out', join(dir, 'compiled')]);
    // Assess
    expect(b.status).toBe(a.status);
    const files = await readdir(join(dir, 'tsx'));
    expect(files.length).toBeGreaterThan(0);
    expect(await readdir(join(dir, 'compiled'))).toEqual(files);
    for (const f of files) expect(await readFile(join(dir, 'compiled', f), 'utf8')).toBe(await readFile(join(dir, 'tsx', f), 'utf8'));
    expect(b.stdout.split(join(dir, 'compiled')).join('OUT')).toBe(a.stdout.split(join(dir, 'tsx')).join('OUT'));
  }, 240_000);

  it('exits 1 on a malformed article and names its file and line', async () => {
    // Prepare
    const dir = await mkdtemp(join(tmpdir(), 'ingest-compiled-'));
    await mkdir(join(dir, 'in'));
    await writeFile(join(dir, 'in', '002_00000000000000bb.txt'), BROKEN);
    // Act
    const result = compiled(['seed/ingest/cli.ts', join(dir, 'in'), '--out', join(dir, 'out')]);
    // Assess
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('002_00000000000000bb.txt:2: expected a blank line after the headline');
  }, 120_000);

  it('keeps --help and the usage error of the tsx CLI', () => {
    // Act
    const help = compiled(['seed/ingest/cli.ts', '--help']);
    const bad = compiled(['seed/ingest/cli.ts', '--no-such-flag']);
    // Assess
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: npm run ingest --');
    expect(bad.status).toBe(2);
  }, 60_000);

  it('gives a clear one-line error for a missing entry', () => {
    // Act
    const result = compiled(['no/such/entry.ts']);
    // Assess
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toEqual(['run-compiled: entry not found: no/such/entry.ts']);
  });

  it('gives each module its own __dirname/__filename, runs only the entry as main, and maps stack traces to .ts lines', async () => {
    // Prepare: an invented two-module program in a temporary directory
    const dir = await mkdtemp(join(tmpdir(), 'run-compiled-'));
    await mkdir(join(dir, 'lib'));
    await writeFile(join(dir, 'lib', 'helper.ts'), "export const helperDir = __dirname;\nexport const helperFile = __filename;\nif (require.main === module) console.log('HELPER RAN AS MAIN');\n");
    await writeFile(join(dir, 'main.ts'), "import { helperDir, helperFile } from './lib/helper';\n\nif (require.main === module) {\n  console.log(JSON.stringify({ dir: __dirname, helperDir, helperFile }));\n  if (process.argv[2] === 'throw') throw new Error('thrown on line five');\n  process.exit(Number(process.argv[2] ?? 0));\n}\n");
    // Act
    const ok = compiled([join(dir, 'main.ts'), '0']);
    const code = compiled([join(dir, 'main.ts'), '7']);
    const thrown = compiled([join(dir, 'main.ts'), 'throw']);
    // Assess
    expect(ok.status).toBe(0);
    expect(ok.stdout).not.toContain('HELPER RAN AS MAIN');
    expect(JSON.parse(ok.stdout)).toEqual({ dir, helperDir: join(dir, 'lib'), helperFile: join(dir, 'lib', 'helper.ts') });
    expect(code.status).toBe(7);
    expect(thrown.status).toBe(1);
    expect(thrown.stderr).toContain(`${join(dir, 'main.ts')}:5`);
  }, 60_000);

  it('forwards SIGTERM to the child and leaves no process behind', async () => {
    // Prepare: an invented entry that prints its pid and waits
    const dir = await mkdtemp(join(tmpdir(), 'run-compiled-'));
    await writeFile(join(dir, 'wait.ts'), "console.log(String(process.pid));\nsetInterval(() => undefined, 1000);\n");
    const wrapper = spawn(process.execPath, [WRAPPER, join(dir, 'wait.ts')], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const childPid = await new Promise<number>((resolve) => wrapper.stdout.once('data', (d: Buffer) => resolve(Number(String(d).trim()))));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => wrapper.on('exit', (code, signal) => resolve({ code, signal })));
    expect(alive(childPid)).toBe(true);
    // Act
    wrapper.kill('SIGTERM');
    // Assess
    expect(await exited).toEqual({ code: null, signal: 'SIGTERM' });
    expect(await waitFor(() => !alive(childPid), 5_000)).toBe(true);
  }, 60_000);
});
