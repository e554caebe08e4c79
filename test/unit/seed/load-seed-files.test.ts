import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSeedFiles, SeedValidationError } from '../../../seed/load-seed-files';
import { aSeedArticle } from '../../support/factories';

/** A small valid seed file; tests break one thing at a time. */
export const aSeedFile = (overrides: Record<string, unknown> = {}) => ({
  article: aSeedArticle(),
  entities: [
    { id: 'entity:alpha', type: 'PERSON', name: 'Alpha', aliases: ['Mr Alpha'], description: 'A visitor.', wikidataId: null },
    { id: 'entity:beta', type: 'COUNTRY', name: 'Beta', aliases: [], description: null, wikidataId: null },
    { id: 'entity:gamma-times', type: 'PUBLICATION', name: 'Gamma Times', aliases: [], description: null, wikidataId: null },
  ],
  relationships: [
    { source: 'entity:alpha', type: 'VISITS', target: 'entity:beta', description: 'Alpha visits Beta.', evidence: [{ quote: 'Alpha will arrive in Beta on Thursday.' }] },
  ],
  ...overrides,
});

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
    const dir = await writeSeed(aSeedFile());
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
    ['an alias the text never uses', (f: any) => f.entities[0].aliases.push('Lord Alpha'), /entity "entity:alpha" \| aliases\[1\] \| "Lord Alpha" never occurs as a whole word in the article/],
    ['an alias found only inside a longer word', (f: any) => f.entities[0].aliases.push('Alph'), /entity "entity:alpha" \| aliases\[1\] \| "Alph" never occurs as a whole word/],
    ['a relationship type not in the vocabulary', (f: any) => (f.relationships[0].type = 'VISITED'), /relationship entity:alpha VISITED entity:beta \| type \| VISITED is not in the relationship vocabulary \(README\.md, "Relationship vocabulary"\)/],
    ['a publishedAt in another format', (f: any) => (f.article.publishedAt = '16 May 2024'), /article \| publishedAt \| must be an ISO 8601 date like 2024-05-16, a date-time with offset like 2024-05-16T09:00:00Z, or null; got "16 May 2024"/],
    ['a publishedAt without an offset', (f: any) => (f.article.publishedAt = '2024-05-16T09:00:00'), /article \| publishedAt \| must be an ISO 8601 date/],
  ])('rejects %s, naming the item and field', async (_label, breakIt, expected) => {
    // Prepare
    const file = aSeedFile();
    breakIt(file);
    // Act
    const problems = await problemsOf(file);
    // Assess
    expect(problems.join('\n')).toMatch(expected);
  });

  it('accepts an alias that occurs in the image caption only, and a publishedAt date or date-time', async () => {
    // Prepare
    const file = aSeedFile();
    file.article = { ...file.article, imageCaption: 'Alpha the Traveller in Beta', publishedAt: '2024-05-16T09:00:00+02:00' };
    (file.entities[0]!.aliases as string[]).push('Alpha the Traveller');
    const dateOnly = aSeedFile();
    dateOnly.article = { ...dateOnly.article, publishedAt: '2024-05-16' };

    // Act
    const problems = [...(await problemsOf(file)), ...(await problemsOf(dateOnly))];

    // Assess
    expect(problems).toEqual([]);
  });

  it('names the file, the item and the field in the message', async () => {
    // Prepare
    const file = aSeedFile();
    file.article.publishedAt = 'yesterday';
    const dir = await writeSeed(file);

    // Act
    const failure = loadSeedFiles([dir]);

    // Assess
    await expect(failure).rejects.toThrow(/001_sample\.json: article → publishedAt: must be an ISO 8601 date like 2024-05-16/);
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
