/**
 * How the Lambda bundle is built, in one place: `GraphqlFunction` hands these settings to CDK's
 * `NodejsFunction` (which runs esbuild), and the bench builds newsgraph and its baselines from the
 * same settings with {@link esbuildOptions}, so a bench figure is a figure of the deployed bundle.
 *
 * Pure data and one pure function: no CDK or AWS imports, so the bench can use it without loading
 * aws-cdk-lib.
 */
import * as path from 'node:path';
import type { BuildOptions } from 'esbuild';

/** The project root: NodejsFunction's `projectRoot`, where esbuild runs. */
export const PROJECT_ROOT = path.resolve(__dirname, '..');

/** The Lambda entry. The only link between infra/ and the runtime code besides the table definition. */
export const HANDLER_ENTRY = path.join(PROJECT_ROOT, 'src', 'lambda', 'handler.ts');

export interface LambdaBundling {
  /** esbuild `--format`. NodejsFunction takes it as `OutputFormat`, whose values are these strings. */
  readonly format: 'cjs' | 'esm';
  /** esbuild `--target`, matching the function's runtime. */
  readonly target: string;
  readonly minify: boolean;
  readonly sourceMap: boolean;
  readonly sourcesContent: boolean;
  /** Bundle `@aws-sdk/*` (and `@smithy/*`) instead of marking them external. */
  readonly bundleAwsSDK: boolean;
  /** esbuild `--main-fields`: which package.json entry wins when a package ships several. */
  readonly mainFields: readonly string[];
  /**
   * esbuild `--alias`: import paths replaced before they are resolved (a target starting with `./`
   * is resolved from the project root, where NodejsFunction and the bench run esbuild).
   */
  readonly alias: Readonly<Record<string, string>>;
}

export const LAMBDA_BUNDLING: LambdaBundling = {
  format: 'cjs',
  target: 'node24',
  minify: true,
  sourceMap: true,
  // The map needs line mappings only, not a copy of every source file.
  sourcesContent: false,
  // Bundle @aws-sdk/* instead of using the copy in the Lambda runtime: the deployed function then
  // runs the exact SDK version the tests ran against, and an AWS runtime update cannot change it.
  bundleAwsSDK: true,
  // The ES module build of a package before its CommonJS build. esbuild's default for
  // `--platform=node` is `main,module`, which takes the AWS SDK's and Smithy's CommonJS builds: one
  // prebundled file per package that esbuild cannot tree-shake, so every command and every
  // credential provider of @aws-sdk/client-dynamodb lands in the bundle. Their ES module builds
  // are per-file and free of side effects, so only what newsgraph imports is kept.
  mainFields: ['module', 'main'],
  // One copy of Apollo Server, not two. Our code imports its ES module build; the CommonJS
  // @as-integrations/aws-lambda `require`s it, which the package's exports map answers with the
  // CommonJS build, so both builds (and their own copies of @graphql-tools and lru-cache, ~230 KB)
  // were bundled and loaded at every cold start. Every public entry `@apollo/server/<path>` is
  // `dist/esm/<path>/index.js` in its exports map, so the alias keeps each import's meaning; if a
  // release moves them, the build fails to resolve rather than bundling something else.
  //
  // Apollo's hash helper, with one that always uses Node's crypto (src/lambda/node-create-hash.ts says why).
  alias: {
    '@apollo/server': './node_modules/@apollo/server/dist/esm',
    '@apollo/utils.createhash': './src/lambda/node-create-hash.ts',
  },
};

/**
 * The esbuild build options equivalent to the command line NodejsFunction runs with `settings`
 * (`esbuild --bundle <entry> --platform=node --target=… --format=… --outfile=… --minify
 * --sourcemap --sources-content=false --main-fields=… --alias:…`, run in the project root; no
 * `--external` when the SDK is bundled).
 */
export function esbuildOptions(entry: string, outfile: string, settings: LambdaBundling = LAMBDA_BUNDLING): BuildOptions {
  return {
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    target: settings.target,
    format: settings.format,
    outfile,
    minify: settings.minify,
    sourcemap: settings.sourceMap,
    sourcesContent: settings.sourcesContent,
    mainFields: [...settings.mainFields],
    alias: { ...settings.alias },
    absWorkingDir: PROJECT_ROOT,
    external: settings.bundleAwsSDK ? [] : ['@aws-sdk/*', '@smithy/*'],
    logLevel: 'warning',
  };
}
