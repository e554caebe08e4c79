/**
 * Builds the three Lambda bundles the bench compares (newsgraph's src/lambda/handler.ts and the two
 * baselines) with the esbuild settings of the deployed function (infra/bundling.ts), and reads from
 * esbuild's metafile what each one holds.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';
import { esbuildOptions, HANDLER_ENTRY, LAMBDA_BUNDLING, type LambdaBundling } from '../infra/bundling';

export type BundleName = 'newsgraph' | 'peer' | 'hello';

/**
 * The bundling settings before this project's own choices (main fields and alias, see
 * infra/bundling.ts): esbuild's defaults for `--platform=node`, as NodejsFunction used them. The
 * bench builds newsgraph and the peer this way too, to show what the settings change.
 */
export const ESBUILD_DEFAULTS: LambdaBundling = { ...LAMBDA_BUNDLING, mainFields: ['main', 'module'], alias: {} };

export interface BundleSpec {
  readonly name: BundleName;
  readonly label: string;
  readonly entry: string;
}

export const BUNDLES: readonly BundleSpec[] = [
  { name: 'newsgraph', label: 'newsgraph (src/lambda/handler.ts)', entry: HANDLER_ENTRY },
  { name: 'peer', label: 'minimal peer (Apollo + DocumentClient GetItem)', entry: join(__dirname, 'baselines', 'minimal-peer.ts') },
  { name: 'hello', label: 'hello-world Apollo Lambda', entry: join(__dirname, 'baselines', 'hello-world.ts') },
];

export interface BuiltBundle {
  /** The spec's name, with `-defaults` for a build with {@link ESBUILD_DEFAULTS}. */
  readonly name: string;
  readonly label: string;
  /** The bundle's index.js. */
  readonly file: string;
  readonly bytes: number;
  readonly gzipBytes: number;
  /** index.js.map, shipped beside it. */
  readonly mapBytes: number;
  /** Bytes of output per package (or per project folder), largest first. */
  readonly contents: ReadonlyArray<{ readonly source: string; readonly bytes: number }>;
  /** esbuild's metafile, written beside the bundle as index.meta.json. */
  readonly metafile: string;
}

/** Which settings a bundle is built with: the deployed function's, or {@link ESBUILD_DEFAULTS}. */
export type BundleVariant = 'deployed' | 'esbuild-defaults';

/**
 * Builds bundles of {@link BUNDLES} into `<outDir>/<name>/index.js`.
 * @param names @default all of them
 */
export async function buildBundles(
  outDir: string,
  variant: BundleVariant = 'deployed',
  names: readonly BundleName[] = BUNDLES.map((b) => b.name),
): Promise<BuiltBundle[]> {
  const built: BuiltBundle[] = [];
  const defaults = variant === 'esbuild-defaults';
  const settings = defaults ? ESBUILD_DEFAULTS : LAMBDA_BUNDLING;
  for (const spec of BUNDLES.filter((b) => names.includes(b.name))) {
    const name = defaults ? `${spec.name}-defaults` : spec.name;
    const file = join(outDir, name, 'index.js');
    const result = await build({ ...esbuildOptions(spec.entry, file, settings), metafile: true });
    const metafile = join(outDir, name, 'index.meta.json');
    writeFileSync(metafile, JSON.stringify(result.metafile));
    built.push({
      name,
      label: defaults ? `${spec.label}, esbuild defaults` : spec.label,
      file,
      bytes: statSync(file).size,
      gzipBytes: gzipSync(readFileSync(file)).length,
      mapBytes: statSync(`${file}.map`).size,
      contents: contentsOf(result.metafile, file),
      metafile,
    });
  }
  return built;
}

/** Output bytes per npm package (`node_modules/<pkg>`) or, for project files, per top folder. */
function contentsOf(metafile: Metafile, file: string): Array<{ source: string; bytes: number }> {
  const output = Object.entries(metafile.outputs).find(([path]) => file.endsWith(path) || path.endsWith('index.js'));
  if (!output) throw new Error(`esbuild's metafile has no output for ${file}`);
  const bySource = new Map<string, number>();
  for (const [input, { bytesInOutput }] of Object.entries(output[1].inputs)) {
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
    const source = pkg ? pkg[1]! : input.split('/').slice(0, -1).join('/') || input;
    bySource.set(source, (bySource.get(source) ?? 0) + bytesInOutput);
  }
  return [...bySource].map(([source, bytes]) => ({ source, bytes })).sort((a, b) => b.bytes - a.bytes);
}
