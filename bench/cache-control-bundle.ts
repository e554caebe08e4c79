/**
 * newsgraph's bundle with Apollo's cache-control plugin in place of its static HTTP cache policy
 * (./baselines/apollo-cache-control.ts), built with the deployed function's esbuild settings plus
 * one alias: the measured difference is the plugin alone.
 */
import { join } from 'node:path';
import { statSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { esbuildOptions, HANDLER_ENTRY, LAMBDA_BUNDLING } from '../infra/bundling';
import type { BuiltBundle } from './bundles';

export const APOLLO_CACHE_CONTROL_BUNDLE = 'newsgraph-apollo-cache-control';

export async function buildApolloCacheControlBundle(outDir: string): Promise<BuiltBundle> {
  const file = join(outDir, APOLLO_CACHE_CONTROL_BUNDLE, 'index.js');
  const settings = {
    ...LAMBDA_BUNDLING,
    alias: { '@apollo/server/plugin/disabled': './bench/baselines/apollo-cache-control.ts', ...LAMBDA_BUNDLING.alias },
  };
  await build(esbuildOptions(HANDLER_ENTRY, file, settings));
  const code = readFileSync(file, 'utf8');
  // A build that silently kept the static policy alone would measure nothing.
  if (!/defaultMaxAge:\s*60,\s*calculateHttpHeaders/.test(code)) throw new Error(`${file} does not contain Apollo's cache-control plugin`);
  return {
    name: APOLLO_CACHE_CONTROL_BUNDLE,
    label: "newsgraph with Apollo's cache-control plugin (defaultMaxAge 60) instead of the static policy",
    file,
    bytes: statSync(file).size,
    gzipBytes: gzipSync(code).length,
    mapBytes: statSync(`${file}.map`).size,
    contents: [],
    metafile: '',
  };
}
