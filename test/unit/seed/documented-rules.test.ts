/**
 * What the READMEs say about seed files holds in code: the relationship vocabulary table is the
 * list the validator enforces, and the sample files they show pass validation.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadSeedFiles } from '../../../seed/load-seed-files';
import { RELATIONSHIP_TYPES } from '../../../src/data/relationship-types';

const ROOT = path.resolve(__dirname, '../../..');
const read = (file: string) => readFile(path.join(ROOT, file), 'utf8');

/** The text of a Markdown section, from its heading to the next heading of the same or a higher level. */
function section(markdown: string, heading: string): string {
  const level = /^#+/.exec(heading)![0].length;
  const start = markdown.indexOf(`\n${heading}\n`);
  if (start === -1) throw new Error(`No section "${heading}"`);
  const rest = markdown.slice(start + heading.length + 2);
  const end = rest.search(new RegExp(`^#{1,${level}} `, 'm'));
  return end === -1 ? rest : rest.slice(0, end);
}

/** The first fenced ```json block of a section. */
function firstJsonBlock(text: string): string {
  const match = /```json\n([\s\S]*?)\n```/.exec(text);
  if (!match) throw new Error('No json block');
  return match[1]!;
}

async function validate(json: string): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), 'newsgraph-documented-'));
  try {
    await writeFile(path.join(dir, '001_sample.json'), json);
    await loadSeedFiles([dir]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('the relationship vocabulary', () => {
  it("is the README table's Type column, in order", async () => {
    // Prepare
    const table = section(await read('README.md'), '### Relationship vocabulary');

    // Act
    const documented = [...table.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((match) => match[1]);

    // Assess
    expect(documented).toEqual([...RELATIONSHIP_TYPES]);
  });

  it('has no type twice', () => {
    // Assess
    expect(new Set(RELATIONSHIP_TYPES).size).toBe(RELATIONSHIP_TYPES.length);
  });
});

describe('the sample seed files of the READMEs', () => {
  it.each([
    ['README.md', '## Seed data'],
    ['seed/README.md', '### A minimal file'],
  ])('%s (%s) passes validation', async (file, heading) => {
    // Prepare
    const sample = firstJsonBlock(section(await read(file), heading));

    // Act
    const validated = validate(sample);

    // Assess
    await expect(validated).resolves.toBeUndefined();
  });
});
