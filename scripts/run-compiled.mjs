#!/usr/bin/env node
/**
 * `node scripts/run-compiled.mjs <entry.ts> [args…]`
 *
 * Bundles a TypeScript entry with esbuild (platform node, target node20, CommonJS, packages left
 * external, inline source map) into `.cache/compiled/<name>.cjs` and runs it in a child `node
 * --enable-source-maps`, so stack traces name .ts lines. The child inherits stdio; SIGINT, SIGTERM
 * and SIGHUP are forwarded to it, and the wrapper exits with the child's exit code or re-raises
 * its signal. Faster than `tsx <entry>`: no per-module transpile on load, and no CJS-interop
 * getter on every cross-module call.
 *
 * The bundle is rebuilt on every run: it takes well under 0.5 s for the ingest entries (measured
 * in the cli11 report), so there is no cache to go stale.
 *
 * Two CommonJS habits of the sources need care once the modules share one file:
 * - `__dirname` / `__filename`: each bundled module gets its own, pointing at its .ts source, so
 *   code that reads files next to itself (seed/cli.ts's DEFAULT_SEED_DIR) keeps its path.
 * - `require.main === module`: in a bundle every module would see the bundle as `module`, so each
 *   imported CLI would run its own main. The guard is kept only in the entry; elsewhere it becomes
 *   `false`, as under tsx where only the entry is main.
 */
import { build } from 'esbuild';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = join(ROOT, '.cache', 'compiled');
const MAIN_GUARD = /\brequire\.main\s*===\s*module\b/g;
const FORWARDED = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/** esbuild plugin: per-module `__dirname`/`__filename`, and the main guard only in the entry. */
export function perModulePlugin(entry) {
  return {
    name: 'per-module-dirname',
    setup(b) {
      b.onLoad({ filter: /\.[cm]?tsx?$/ }, (args) => {
        if (args.path.includes(`${join('node_modules', '')}`)) return undefined;
        const source = readFileSync(args.path, 'utf8');
        const isEntry = args.path === entry;
        const body = isEntry ? source : source.replace(MAIN_GUARD, 'false');
        const prelude = `const __dirname = ${JSON.stringify(dirname(args.path))}, __filename = ${JSON.stringify(args.path)};`;
        // One line, so the source map's line numbers stay those of the .ts file (+0: prepended on line 1).
        return { contents: `${prelude}${body}`, loader: args.path.endsWith('x') ? 'tsx' : 'ts' };
      });
    },
  };
}

/** The bundle's path for an entry: its path under the repository, slashes as dashes. */
export function outputPath(entry) {
  const rel = relative(ROOT, entry).replace(/\.[cm]?tsx?$/, '');
  const name = rel.startsWith('..') ? basename(rel) : rel.split(/[\\/]/).join('-');
  return join(OUT_DIR, `${name}.cjs`);
}

/** Bundles `entry` and returns the output path. Written to a temporary file and renamed, so two runs at once never read half a bundle. */
export async function compile(entry) {
  const out = outputPath(entry);
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    target: 'node20',
    // Keep regular-expression literals with \p{…} as literals (node 20 has them): for this target
    // esbuild otherwise writes each as `new RegExp(…)`, built again every time its line runs.
    supported: { 'regexp-unicode-property-escapes': true },
    format: 'cjs',
    packages: 'external',
    sourcemap: 'inline',
    sourcesContent: false,
    write: false,
    outfile: out,
    logLevel: 'error',
    plugins: [perModulePlugin(entry)],
  });
  mkdirSync(OUT_DIR, { recursive: true });
  const tmp = `${out}.${process.pid}.tmp`;
  writeFileSync(tmp, result.outputFiles[0].contents);
  renameSync(tmp, out);
  return out;
}

async function run(argv) {
  const [entryArg, ...args] = argv;
  if (!entryArg) {
    console.error('run-compiled: usage: node scripts/run-compiled.mjs <entry.ts> [args…]');
    return 2;
  }
  const entry = resolve(entryArg);
  if (!existsSync(entry)) {
    console.error(`run-compiled: entry not found: ${entryArg}`);
    return 2;
  }
  let out;
  try {
    out = await compile(entry);
  } catch (e) {
    console.error(`run-compiled: esbuild failed for ${entryArg}: ${e.message.split('\n')[0]}`);
    return 1;
  }
  const child = spawn(process.execPath, ['--enable-source-maps', ...process.execArgv, out, ...args], { stdio: 'inherit' });
  const forward = (signal) => child.kill(signal);
  for (const s of FORWARDED) process.on(s, forward);
  return new Promise((done) => {
    child.on('error', (e) => {
      console.error(`run-compiled: could not start node: ${e.message}`);
      done(1);
    });
    child.on('exit', (code, signal) => {
      for (const s of FORWARDED) process.off(s, forward);
      if (signal) {
        process.kill(process.pid, signal); // re-raise: the wrapper dies of the same signal
        return;
      }
      done(code ?? 1);
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  run(process.argv.slice(2)).then((code) => { if (code !== undefined) process.exitCode = code; });
}
