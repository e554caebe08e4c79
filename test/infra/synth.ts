/**
 * Synthesizes the newsgraph stack the way `cdk synth` does: the same cdk.json context (feature
 * flags included), the same context parsing, asset metadata on, and the real src/lambda/handler.ts
 * bundled by esbuild. Not a test file.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { App, type CfnElement } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { CloudAssembly } from 'aws-cdk-lib/cx-api';
import type { IConstruct } from 'constructs';
import { readDeploymentSettings } from '../../infra/context';
import { NewsgraphStack } from '../../infra/newsgraph-stack';
import { stackNameFor } from '../../infra/outputs';

const REPO_ROOT = path.resolve(__dirname, '..', '..');

const CDK_JSON_CONTEXT: Record<string, unknown> = JSON.parse(
  fs.readFileSync(path.join(REPO_ROOT, 'cdk.json'), 'utf8'),
).context;

export interface SynthOptions {
  /** Context as given with `-c key=value`, e.g. `{ stage: 'prod', sandbox: 'true' }`. */
  readonly context?: Readonly<Record<string, string>>;
  /**
   * Run CDK's built-in CloudFormation Validate plugin. Starting its engine takes ~15 s once per
   * test file, so only the file that checks validation turns it on.
   * @default false
   */
  readonly cloudFormationValidation?: boolean;
  /** Called before synthesis, e.g. to register validation plugins. */
  readonly beforeSynth?: (app: App, stack: NewsgraphStack) => void;
}

export interface Synthesized {
  readonly app: App;
  readonly stack: NewsgraphStack;
  readonly assembly: CloudAssembly;
  readonly template: Template;
}

export function synthesize(options: SynthOptions = {}): Synthesized {
  const app = new App({
    context: { ...CDK_JSON_CONTEXT, ...options.context, 'aws:cdk:enable-asset-metadata': true },
    builtinCloudFormationValidation: options.cloudFormationValidation ?? false,
  });
  const settings = readDeploymentSettings((key) => app.node.tryGetContext(key));
  const stack = new NewsgraphStack(app, stackNameFor(settings.stage), { settings });
  options.beforeSynth?.(app, stack);
  const assembly = app.synth();
  const template = Template.fromJSON(assembly.getStackByName(stack.stackName).template);
  return { app, stack, assembly, template };
}

/** Deletes the temporary cloud assemblies (each holds a few MB of bundled code); call in `afterAll`. */
export function removeAssemblies(...synthesized: Synthesized[]): void {
  for (const s of synthesized) fs.rmSync(s.assembly.directory, { recursive: true, force: true });
}

/** The logical ID of the L1 resource behind an L2 construct. */
export function logicalIdOf(s: Synthesized, construct: IConstruct): string {
  return s.stack.getLogicalId(construct.node.defaultChild as CfnElement);
}

/**
 * The directory of the function's bundled code (index.js, index.js.map) in the cloud assembly,
 * found through the `aws:asset:path` metadata of the function resource (the CLI writes it too:
 * cdk.out/<that path>).
 */
export function functionAssetDir(s: Synthesized): string {
  const resource = s.template.toJSON().Resources[logicalIdOf(s, s.stack.graphqlFunction)];
  const assetPath: unknown = resource?.Metadata?.['aws:asset:path'];
  if (typeof assetPath !== 'string') throw new Error('The function resource has no aws:asset:path metadata');
  return path.join(s.assembly.directory, assetPath);
}
