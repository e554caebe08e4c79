import * as fs from 'node:fs';
import * as path from 'node:path';
import { Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { removeAssemblies, synthesize, type Synthesized } from './synth';

/**
 * cdk-nag 3 runs as a CDK policy-validation plugin: a finding that is not acknowledged with
 * `Validations.of(construct).acknowledge({ id, reason })` fails synthesis (errors) or is printed
 * (warnings). These tests run the AwsSolutions pack and CDK's own CloudFormation Validate plugin the
 * way `cdk synth` does, then check that nothing was reported, warnings included.
 */
const synthesizeChecked = (context: Record<string, string>): Synthesized =>
  synthesize({
    context,
    cloudFormationValidation: true,
    beforeSynth: (app) => Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true })),
  });

// Synthesis throws on any unacknowledged cdk-nag error, which fails this file with the report.
const checked = [
  ['dev', synthesizeChecked({ stage: 'dev' })],
  ['prod', synthesizeChecked({ stage: 'prod' })],
  ['prod with tracing and an alarm email', synthesizeChecked({ stage: 'prod', tracing: 'true', alarmEmail: 'ops@example.com' })],
] as const;
afterAll(() => removeAssemblies(...checked.map(([, s]) => s)));

type Metadata = { type: string; data: Record<string, string> };

describe('cdk-nag AwsSolutions and CloudFormation Validate', () => {
  it.each(checked)('%s: the AwsSolutions pack finds nothing unacknowledged, warnings included', (_stage, s) => {
    // Prepare
    const pack = new AwsSolutionsChecks(undefined, { verbose: true });

    // Act
    const report = pack.validateScope(s.stack);

    // Assess
    expect(report.violations).toEqual([]);
  });

  it.each(checked)('%s: the validation report of the synthesis is empty', (_stage, s) => {
    // Prepare
    const reportFile = path.join(s.assembly.directory, 'validation-report.json');

    // Act
    const report = JSON.parse(fs.readFileSync(reportFile, 'utf8'));

    // Assess
    expect(report.pluginReports).toEqual([]);
  });

  it.each(checked)('%s: every acknowledged rule gives a reason', (stage, s) => {
    // Prepare
    const entries = s.stack.node
      .findAll()
      .flatMap((c) => c.node.metadata as Metadata[])
      .filter((m) => m.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((m) => Object.entries(m.data));

    // Act
    const ids = entries.map(([id]) => id.replace(/^annotation::/i, '')).sort();
    const unexplained = entries.filter(([, reason]) => reason.trim().length < 40);

    // Assess
    expect(ids).toEqual([
      'AwsSolutions-APIG4',
      'AwsSolutions-CFR1',
      'AwsSolutions-CFR2',
      'AwsSolutions-CFR3',
      'AwsSolutions-CFR4',
      // X-Ray's actions have no resource-level permissions (infra/graphql-function.ts)
      ...(stage.includes('tracing') ? ['AwsSolutions-IAM5[Resource::*]'] : []),
      ...['Articles', 'Entities', 'Relationships'].map((t) =>
        expect.stringMatching(new RegExp(`^AwsSolutions-IAM5\\[Resource::<${t}Table\\w+\\.Arn>/index/\\*\\]$`)),
      ),
      'AwsSolutions-SMG4',
    ]);
    expect(unexplained).toEqual([]);
  });
});
