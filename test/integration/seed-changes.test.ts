/**
 * Re-seeding a changed article file: the article's own facts are replaced, so what the file no
 * longer states (a relationship, a mention) leaves the tables with all its derived items.
 */
import { buildGraph } from '../../seed/build-graph';
import type { LoadedSeedFile } from '../../seed/load-seed-files';
import { SeedConflictError, seedGraph } from '../../seed/seed';
import type { SeedFile } from '../../seed/schema';
import { createRepositories } from '../../src/data/create-repositories';
import { aLoadedSeedFile, aSeedArticle, aSeedFile } from '../support/factories';
import { freshTables, localClients } from './support/seeded-app';
import { tableContents } from './support/table-contents';

const aFile = (relationships: SeedFile['relationships']): LoadedSeedFile =>
  aLoadedSeedFile(aSeedFile({ entities: aSeedFile().entities.map((e) => ({ ...e, description: null })), relationships }), 'sample.json');

const visits = { source: 'entity:alpha', type: 'VISITS', target: 'entity:beta', description: null, evidence: [{ quote: 'Alpha will arrive in Beta on Thursday.', field: 'BODY' as const }] };
const meets = { source: 'entity:alpha', type: 'MEETS', target: 'entity:gamma-times', description: null, evidence: [{ quote: 'Mr Alpha met the Gamma Times.', field: 'BODY' as const }] };

describe('seeding a changed article file', () => {
  it('deletes a relationship the article no longer states, with its edge, evidence and status copy items', async () => {
    // Prepare
    const tables = await freshTables();
    const { document } = localClients();
    const repositories = createRepositories(document, tables);
    await seedGraph(buildGraph([aFile([visits, meets])]), repositories);
    // Act
    const summary = await seedGraph(buildGraph([aFile([visits])]), repositories);
    // Assess
    expect(summary.relationshipsDeleted).toBe(1);
    const contents = await tableContents(document, tables);
    expect(contents.relationships.map((item) => item.pk)).not.toContain('relationship:alpha:MEETS:gamma-times');
    expect(contents.relationships.filter((item) => item.pk === 'relationship:alpha:VISITS:beta').map((item) => item.sk).sort()).toEqual([
      'EDGE#IN',
      'EDGE#OUT',
      'EVIDENCE#article:sample',
      'RELATIONSHIP',
      'STATUS#EDGE#IN',
      'STATUS#EDGE#OUT',
      'STATUS#TYPE',
    ]);
    // A third run with the same file changes nothing.
    await seedGraph(buildGraph([aFile([visits])]), repositories);
    expect(await tableContents(document, tables)).toEqual(contents);
  });
});

describe('seeding a file that contradicts the stored data', () => {
  it('refuses an entity stored with another type, naming the file, item and field, and writes nothing', async () => {
    // Prepare
    const tables = await freshTables();
    const { document } = localClients();
    const repositories = createRepositories(document, tables);
    await seedGraph(buildGraph([aFile([visits])]), repositories);
    const before = await tableContents(document, tables);
    const second = aFile([]);
    const contradicting: LoadedSeedFile = {
      path: 'seed/data/002_second.json',
      data: {
        ...second.data,
        article: aSeedArticle({ id: 'article:second' }),
        entities: second.data.entities.map((entity) => (entity.id === 'entity:beta' ? { ...entity, type: 'REGION' } : entity)),
      },
    };

    // Act
    const seeding = seedGraph(buildGraph([contradicting]), repositories);

    // Assess
    await expect(seeding).rejects.toThrow(SeedConflictError);
    await expect(seeding).rejects.toThrow(
      '1 conflict(s) with the data already stored:\n  seed/data/002_second.json: entity "entity:beta" → type: REGION differs from COUNTRY already stored; one entity has one type\nNothing was written.',
    );
    expect(await tableContents(document, tables)).toEqual(before);
  });
});
