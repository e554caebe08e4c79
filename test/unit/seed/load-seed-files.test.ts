import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSeedFiles, SeedValidationError } from '../../../seed/load-seed-files';
import { aProposal, aSeedFile } from '../../support/factories';

async function writeSeed(content: unknown, name = '001_sample.json'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'newsgraph-seed-'));
  await writeFile(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
  return dir;
}

async function problemsOf(content: unknown): Promise<string[]> {
  const dir = await writeSeed(content);
  try {
    await loadSeedFiles([dir]);
  } catch (error) {
    if (error instanceof SeedValidationError) return error.problems.map((p) => `${p.item} | ${p.field} | ${p.message}`);
    throw error;
  }
  return [];
}

describe('seed file validation', () => {
  it('accepts a valid file and defaults evidence fields to the body', async () => {
    // Prepare
    const raw: any = aSeedFile();
    delete raw.relationships[0].evidence[0].field;
    const dir = await writeSeed(raw);
    // Act
    const [file] = await loadSeedFiles([dir]);
    // Assess
    expect(file!.data.relationships[0]!.evidence[0]!.field).toBe('BODY');
  });

  it('reports invalid JSON naming the file', async () => {
    // Prepare
    const dir = await writeSeed('{ "article": ');
    // Act / Assess
    await expect(loadSeedFiles([dir])).rejects.toThrow(/001_sample\.json: file: not valid JSON/);
  });

  it.each([
    ['a missing field', (f: any) => delete f.article.title, /article \| title \|/],
    ['an unknown entity type', (f: any) => (f.entities[1].type = 'PLANET'), /entity "entity:beta" \| type \|/],
    ['a malformed entity id', (f: any) => (f.entities[1].id = 'Beta'), /\| id \| must look like entity:/],
    ['an undefined endpoint', (f: any) => (f.relationships[0].target = 'entity:delta'), /relationship entity:alpha VISITS entity:delta \| target \| entity:delta is not defined/],
    ['a quote not in the body', (f: any) => (f.relationships[0].evidence[0].quote = 'Alpha flies.'), /evidence\[0\]\.quote \| not found verbatim in the article's BODY/],
    ['a lower-case relationship type', (f: any) => (f.relationships[0].type = 'visits'), /\| type \| must be UPPER_SNAKE_CASE/],
    ['an entity defined twice differently', (f: any) => f.entities.push({ ...f.entities[1], name: 'Beta Land' }), /entity "entity:beta" \| id \| defined twice with different content/],
    ['an alias shared by two entities', (f: any) => f.entities[1].aliases.push('Alpha'), /"Alpha" is also a name or alias of entity:alpha/],
    ['an entity the text never names', (f: any) => (f.entities[2].name = 'Delta Post'), /entity "entity:gamma-times" \| name \| neither the name nor any alias occurs/],
    ['a self-relationship', (f: any) => (f.relationships[0].target = 'entity:alpha'), /\| target \| a relationship needs two different entities/],
    ['an unknown field', (f: any) => (f.article.author = 'X'), /article \|  \| Unrecognized key/],
    ['a proposed confidence above 1', (f: any) => (f.entities[1].proposed = aProposal({ confidence: 1.5 })), /entity "entity:beta" \| proposed\.confidence \| Too big/],
    ['a negative proposed confidence', (f: any) => (f.relationships[0].proposed = aProposal({ confidence: -0.1 })), /relationship entity:alpha VISITS entity:beta \| proposed\.confidence \| Too small/],
    ['a proposed confidence that is not a number', (f: any) => (f.entities[0].proposed = { confidence: 'high', rule: 'x' }), /entity "entity:alpha" \| proposed\.confidence \| Invalid input: expected number/],
    ['an empty proposed rule', (f: any) => (f.relationships[0].proposed = aProposal({ rule: '  ' })), /relationship entity:alpha VISITS entity:beta \| proposed\.rule \| Too small/],
    ['a proposal without a rule', (f: any) => (f.entities[2].proposed = { confidence: 0.5 }), /entity "entity:gamma-times" \| proposed\.rule \| Invalid input/],
    ['an unknown key in a proposal', (f: any) => (f.entities[1].proposed = { ...aProposal(), source: 'nlp' }), /entity "entity:beta" \| proposed \| Unrecognized key: "source"/],
    ['a null proposal (leave the key out for curated)', (f: any) => (f.relationships[0].proposed = null), /relationship entity:alpha VISITS entity:beta \| proposed \| Invalid input: expected object, received null/],
  ])('rejects %s, naming the item and field', async (_label, breakIt, expected) => {
    // Prepare
    const file = aSeedFile();
    breakIt(file);
    // Act
    const problems = await problemsOf(file);
    // Assess
    expect(problems.join('\n')).toMatch(expected);
  });

  it('accepts proposed items and a proposed copy linking an entity of another file', async () => {
    // Prepare
    const dir = await writeSeed(aSeedFile());
    const second: any = aSeedFile();
    second.article.id = 'article:second';
    second.entities[0].proposed = aProposal({ rule: 'link-known-name' });
    second.entities[0].description = null;
    second.relationships[0].proposed = aProposal({ confidence: 0.4, rule: 'arrive-in' });
    await writeFile(join(dir, '002_second.json'), JSON.stringify(second));
    // Act
    const files = await loadSeedFiles([dir]);
    // Assess
    expect(files[1]!.data.entities[0]!.proposed).toEqual({ confidence: 0.7, rule: 'link-known-name' });
    expect(files[1]!.data.relationships[0]!.proposed).toEqual({ confidence: 0.4, rule: 'arrive-in' });
    expect(files[0]!.data.entities[0]!.proposed).toBeUndefined();
  });

  it('rejects a proposed copy whose type differs from the curated one, naming the proposed file even when it comes first', async () => {
    // Prepare
    const proposed: any = aSeedFile();
    proposed.article.id = 'article:draft';
    proposed.entities[1] = { ...proposed.entities[1], type: 'CITY', proposed: aProposal() };
    const dir = await writeSeed(proposed, '000_draft.json');
    await writeFile(join(dir, '001_sample.json'), JSON.stringify(aSeedFile()));
    // Act
    const problems = await loadSeedFiles([dir]).catch((error: SeedValidationError) => error.problems);
    // Assess
    expect(problems).toEqual([
      expect.objectContaining({ file: expect.stringMatching(/000_draft\.json$/), item: 'entity "entity:beta"', field: 'type', message: expect.stringMatching(/^"CITY" differs from "COUNTRY" in .*001_sample\.json/) }),
    ]);
  });

  it('rejects an entity whose name differs between two files', async () => {
    // Prepare
    const dir = await writeSeed(aSeedFile());
    const second = aSeedFile();
    second.article.id = 'article:second';
    second.entities[1]!.type = 'REGION';
    await writeFile(join(dir, '002_second.json'), JSON.stringify(second));
    // Act / Assess
    await expect(loadSeedFiles([dir])).rejects.toThrow(/002_second\.json: entity "entity:beta" → type: "REGION" differs from "COUNTRY"/);
  });
});
