/**
 * Curated wins when seed files are merged into one graph (seed/build-graph.ts): the rules for an
 * entity or a relationship that curated and proposed files share.
 */
import { buildGraph } from '../../../seed/build-graph';
import type { SeedFile } from '../../../seed/schema';
import { relationshipProposal } from '../../../src/data/provenance';
import { aLoadedSeedFile, aProposal, aSeedArticle, aSeedEntity, aSeedFile, aSeedRelationship } from '../../support/factories';

/** The same text as another article: a second file stating the same facts. */
const anotherArticle = (id: string, overrides: Partial<SeedFile> = {}) => aSeedFile({ article: aSeedArticle({ id }), ...overrides });

const curated = aSeedFile();
const proposedCopy = anotherArticle('article:draft', {
  entities: [
    aSeedEntity({ aliases: [], description: 'A proposed description.', proposed: aProposal({ rule: 'link-known-name' }) }),
    aSeedEntity({ id: 'entity:beta', type: 'COUNTRY', name: 'Beta', aliases: [], description: 'A country, says the extractor.', proposed: aProposal({ rule: 'gazetteer-country' }) }),
    aSeedEntity({ id: 'entity:gamma-times', type: 'PUBLICATION', name: 'Gamma Times', aliases: ['the Times'], description: null, proposed: aProposal({ confidence: 0.9, rule: 'the-x-reported' }) }),
  ],
  relationships: [aSeedRelationship({ description: 'Proposed: Alpha travels to Beta.', proposed: aProposal({ confidence: 0.6, rule: 'arrive-in' }) })],
});

describe('merging curated and proposed seed files', () => {
  it.each([
    ['curated file first', [curated, proposedCopy]],
    ['proposed file first', [proposedCopy, curated]],
  ])('keeps an entity curated in any file curated, with its curated description (%s)', (_order, files) => {
    // Act
    const graph = buildGraph(files.map((data) => aLoadedSeedFile(data)));
    // Assess
    const beta = graph.entities.find((e) => e.id === 'entity:beta')!;
    expect(beta.proposal).toBeNull();
    expect(beta.description).toBeNull(); // the curated file says null; a proposal never fills it in
    const alpha = graph.entities.find((e) => e.id === 'entity:alpha')!;
    expect(alpha).toMatchObject({ proposal: null, name: 'Alpha', type: 'PERSON', description: 'A visitor.', wikidataId: null });
  });

  it('keeps the aliases of curated and proposed copies', () => {
    // Prepare
    const withAlias = anotherArticle('article:draft', {
      entities: [aSeedEntity({ id: 'entity:gamma-times', type: 'PUBLICATION', name: 'Gamma Times', aliases: ['the Times'], description: null, proposed: aProposal() })],
      relationships: [],
    });
    // Act
    const graph = buildGraph([aLoadedSeedFile(curated), aLoadedSeedFile(withAlias)]);
    // Assess
    expect(graph.entities.find((e) => e.id === 'entity:gamma-times')).toMatchObject({ aliases: ['the Times'], proposal: null });
    expect(graph.entities.find((e) => e.id === 'entity:alpha')!.aliases).toEqual(['Mr Alpha']);
  });

  it('keeps an entity only proposed proposed, with its most confident proposal and first description', () => {
    // Prepare
    const second = anotherArticle('article:draft-2', {
      entities: [aSeedEntity({ id: 'entity:gamma-times', type: 'PUBLICATION', name: 'Gamma Times', aliases: ['the Gamma'], description: 'A newspaper.', proposed: aProposal({ confidence: 0.95, rule: 'masthead' }) })],
      relationships: [],
    });
    // Act
    const graph = buildGraph([aLoadedSeedFile(proposedCopy), aLoadedSeedFile(second)]);
    // Assess
    expect(graph.entities.find((e) => e.id === 'entity:gamma-times')).toMatchObject({
      proposal: { confidence: 0.95, rule: 'masthead' },
      description: 'A newspaper.',
      aliases: ['the Times', 'the Gamma'],
    });
  });

  it.each([
    ['curated file first', [curated, proposedCopy]],
    ['proposed file first', [proposedCopy, curated]],
  ])('marks each article’s evidence with its file’s provenance; the relationship is curated, its description the curated one (%s)', (_order, files) => {
    // Act
    const graph = buildGraph(files.map((data) => aLoadedSeedFile(data)));
    // Assess
    expect(graph.relationships).toHaveLength(1);
    const visits = graph.relationships[0]!;
    expect(visits.id).toBe('relationship:alpha:VISITS:beta');
    expect(visits.evidence.map((e) => [e.articleId, e.proposal])).toEqual([
      ['article:draft', { confidence: 0.6, rule: 'arrive-in' }],
      ['article:sample', null],
    ]);
    expect(relationshipProposal(visits.evidence)).toBeNull();
    expect(visits.description).toBe('Alpha visits Beta.');
  });

  it('keeps a relationship only proposed proposed, with the most confident proposal', () => {
    // Prepare
    const weaker = anotherArticle('article:draft-2', {
      entities: proposedCopy.entities,
      relationships: [aSeedRelationship({ description: null, proposed: aProposal({ confidence: 0.3, rule: 'co-occurrence' }) })],
    });
    // Act
    const graph = buildGraph([aLoadedSeedFile(weaker), aLoadedSeedFile(proposedCopy)]);
    // Assess
    const visits = graph.relationships[0]!;
    expect(relationshipProposal(visits.evidence)).toEqual({ confidence: 0.6, rule: 'arrive-in' });
    expect(visits.description).toBe('Proposed: Alpha travels to Beta.');
  });

  it('gives a relationship the same id whether it is curated or proposed', () => {
    // Act
    const fromCurated = buildGraph([aLoadedSeedFile(curated)]).relationships.map((r) => r.id);
    const fromProposed = buildGraph([aLoadedSeedFile(proposedCopy)]).relationships.map((r) => r.id);
    // Assess
    expect(fromProposed).toEqual(fromCurated);
    expect(fromCurated).toEqual(['relationship:alpha:VISITS:beta']);
  });
});
