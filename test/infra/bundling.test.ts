/**
 * The bench (bench/bundles.ts) builds its bundles from infra/bundling.ts with esbuild's API; the
 * stack hands the same settings to NodejsFunction, which runs esbuild's CLI. This proves the two
 * produce the same file, so a bench figure is a figure of the deployed function.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { build } from 'esbuild';
import { esbuildOptions, HANDLER_ENTRY } from '../../infra/bundling';
import { functionAssetDir, removeAssemblies, synthesize, type Synthesized } from './synth';

describe('the shared bundling settings', () => {
  let synthesized: Synthesized;
  let outDir: string;
  beforeAll(() => {
    synthesized = synthesize();
    outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-bundle-'));
  });
  afterAll(() => {
    removeAssemblies(synthesized);
    fs.rmSync(outDir, { recursive: true, force: true });
  });

  it("give the bench's esbuild build of src/lambda/handler.ts byte for byte the function's asset", async () => {
    // Prepare
    const outfile = path.join(outDir, 'index.js');

    // Act
    await build(esbuildOptions(HANDLER_ENTRY, outfile));

    // Assess
    const deployed = fs.readFileSync(path.join(functionAssetDir(synthesized), 'index.js'));
    expect(fs.readFileSync(outfile).equals(deployed)).toBe(true);
  });

  it('bundle one copy of Apollo Server, its ES module build', async () => {
    // Prepare
    const outfile = path.join(outDir, 'meta', 'index.js');

    // Act
    const { metafile } = await build({ ...esbuildOptions(HANDLER_ENTRY, outfile), metafile: true, write: false });

    // Assess
    const apollo = Object.keys(metafile.inputs).filter((input) => input.includes('node_modules/@apollo/server/'));
    expect(apollo.length).toBeGreaterThan(0);
    expect(apollo.every((input) => input.includes('/dist/esm/'))).toBe(true);
  });

  it("replace Apollo's hash helper with Node's crypto, so no JavaScript SHA-256 is bundled", async () => {
    // Prepare
    const outfile = path.join(outDir, 'hash', 'index.js');

    // Act
    const { metafile } = await build({ ...esbuildOptions(HANDLER_ENTRY, outfile), metafile: true, write: false });

    // Assess
    const inputs = Object.keys(metafile.inputs);
    expect(inputs).toContain('src/lambda/node-create-hash.ts');
    expect(inputs.filter((input) => /node_modules\/(sha\.js|@apollo\/utils\.createhash)\//.test(input))).toEqual([]);
  });
});
