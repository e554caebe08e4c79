/**
 * Figures the README states about the deployed stack, kept true by the synthesized stack itself:
 * the size of the bundled function and its source map, the size of its code zipped, and how long
 * the log groups keep entries.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { functionAssetDir, removeAssemblies, synthesize, type Synthesized } from './synth';

const README = fs.readFileSync(path.join(__dirname, '../../README.md'), 'utf8');

/** The number in the first match of `pattern` (its first group), or a failure naming the pattern. */
function stated(pattern: RegExp): number {
  const match = pattern.exec(README);
  if (!match) throw new Error(`README.md does not state ${pattern}`);
  return Number(match[1]);
}

const MB = 1_000_000;

describe("the README's figures for the deployed stack", () => {
  let synthesized: Synthesized;
  let assetDir: string;
  beforeAll(() => {
    synthesized = synthesize();
    assetDir = functionAssetDir(synthesized);
  });
  afterAll(() => removeAssemblies(synthesized));

  it('give the size of index.js and its source map within 10%', () => {
    // Prepare
    const bundle = stated(/`cdk\.out\/asset\.<hash>\/index\.js` \(about ([\d.]+) MB\)/);
    const map = stated(/`index\.js\.map` \(about ([\d.]+) MB\)/);

    // Act
    const actual = {
      bundle: fs.statSync(path.join(assetDir, 'index.js')).size / MB,
      map: fs.statSync(path.join(assetDir, 'index.js.map')).size / MB,
    };

    // Assess
    expect(Math.abs(actual.bundle - bundle) / actual.bundle).toBeLessThan(0.1);
    expect(Math.abs(actual.map - map) / actual.map).toBeLessThan(0.1);
  });

  it("give the size of the function's code zipped within 15% (deflate of each file, as in a zip)", () => {
    // Prepare
    const zipped = stated(/the Lambda's code, about ([\d.]+) MB\s+zipped per version/);

    // Act
    const files = fs.readdirSync(assetDir).filter((name) => fs.statSync(path.join(assetDir, name)).isFile());
    const actual = files.reduce((sum, name) => sum + deflateRawSync(fs.readFileSync(path.join(assetDir, name))).length, 0) / MB;

    // Assess
    expect(Math.abs(actual - zipped) / actual).toBeLessThan(0.15);
  });

  it('give the retention of every log group in days, as the template sets it', () => {
    // Prepare
    const logs = stated(/\| Logs \| The function's log group and the access log group keep entries for \*\*(\d+) days\*\*/);
    const cost = stated(/storage of up to (\d+) days of function and access logs/);

    // Act
    const groups = Object.values(synthesized.template.findResources('AWS::Logs::LogGroup')) as Array<{ Properties: { RetentionInDays?: number } }>;
    const retention = [...new Set(groups.map((group) => group.Properties.RetentionInDays))];

    // Assess
    expect(groups.length).toBeGreaterThanOrEqual(2);
    expect(retention).toEqual([logs]);
    expect(cost).toBe(logs);
  });
});
