import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_SEED_DIR } from '../../../seed/cli';
import { loadSeedFiles } from '../../../seed/load-seed-files';

const ROOT = join(__dirname, '../../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const run = (args: string[]) => spawnSync(TSX, [join(ROOT, 'seed/ingest/cli.ts'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });

const GOOD = 'Ferry line to reopen\n\nA ferry\nThe ferry Aurora in port - Jo Lind/Harbour Photos\n\nTalia Brennock, the Kenyan transport minister, will arrive in Peru on Monday.\n\nMs Brennock said Kenya and Peru would sign an agreement. Vladimir Putin was not mentioned.\n';
const BROKEN = 'Headline\nno blank line here\n\nBody.\n';

describe('npm run ingest (the CLI, spawned)', () => {
  it('writes valid seed files, reports a broken file by name and line, and exits 1', async () => {
    // Prepare
    const dir = await mkdtemp(join(tmpdir(), 'ingest-cli-'));
    const input = join(dir, 'in');
    const out = join(dir, 'out');
    await mkdir(input);
    await writeFile(join(input, '001_00000000000000aa.txt'), GOOD);
    await writeFile(join(input, '002_00000000000000bb.txt'), BROKEN);
    // Act
    const result = run([input, '--out', out]);
    // Assess
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('002_00000000000000bb.txt:2: expected a blank line after the headline');
    expect(await readdir(out)).toEqual(['001_00000000000000aa.json']);
    const file = JSON.parse(await readFile(join(out, '001_00000000000000aa.json'), 'utf8'));
    expect(file.entities.every((e: { proposed?: { rule: string } }) => e.proposed && e.proposed.rule)).toBe(true);
    expect(file.entities.find((e: { name: string }) => e.name === 'Vladimir Putin')).toMatchObject({ id: 'entity:vladimir-putin', wikidataId: 'Q7747', proposed: { rule: 'link-known-name' } });
    await expect(loadSeedFiles([DEFAULT_SEED_DIR, out])).resolves.toHaveLength(2);
    expect(result.stdout).toMatch(/Summary: 2 article\(s\): 1 written, 0 unchanged, 0 skipped \(curated\), 1 failed/);
  });

  it('gives byte-identical output on re-ingest and never overwrites a curated file', async () => {
    // Prepare
    const dir = await mkdtemp(join(tmpdir(), 'ingest-cli-'));
    const out = join(dir, 'out');
    const article = join(dir, '003_00000000000000cc.txt');
    await writeFile(article, GOOD);
    expect(run([article, '--out', out]).status).toBe(0);
    const first = await readFile(join(out, '003_00000000000000cc.json'), 'utf8');
    // Act
    const again = run([article, '--out', out, '--json']);
    const curated = JSON.parse(first);
    delete curated.entities[0].proposed; // a reviewer promoted one entity
    await writeFile(join(out, '003_00000000000000cc.json'), JSON.stringify(curated));
    const afterReview = run([article, '--out', out]);
    // Assess
    expect(again.status).toBe(0);
    expect(JSON.parse(again.stdout).articles[0]).toMatchObject({ status: 'unchanged', articleId: 'article:00000000000000cc' });
    expect(await readFile(join(out, '003_00000000000000cc.json'), 'utf8')).toBe(JSON.stringify(curated));
    expect(afterReview.stdout).toContain('holds curated items for article:00000000000000cc; skipped, nothing written');
    const fresh = run([article, '--out', join(dir, 'other')]);
    expect(fresh.status).toBe(0);
    expect(await readFile(join(dir, 'other', '003_00000000000000cc.json'), 'utf8')).toBe(first);
  });

  it('skips an article whose curated file is in the known set, so the two can be checked together', async () => {
    // Prepare
    const out = await mkdtemp(join(tmpdir(), 'ingest-cli-'));
    // Act
    const result = run([join(ROOT, 'seed/articles'), '--out', out]);
    // Assess
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('000_ed35ebebeaaf3e62.json holds curated items for article:ed35ebebeaaf3e62');
    expect(await readdir(out)).toEqual([]);
  });
});
