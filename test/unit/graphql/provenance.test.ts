/**
 * Curated and proposed facts through the API: every entity and relationship says which it is,
 * and every list of them filters on it, with paging that stays exact under the filter.
 */
import { FakeRepositories } from '../../support/fake-repositories';
import { createTestServer, execute } from '../../support/graphql-harness';
import { ids, newsGraphWithProposals, proposals } from '../../support/news-graph';

const { server } = createTestServer();
afterAll(() => server.stop());

const edgeIds = (connection: { edges: Array<{ node: { id: string } }> }) => connection.edges.map((edge) => edge.node.id);
const PROPOSED_RELATIONSHIPS = ['relationship:gazprom:BASED_IN:russia', 'relationship:gazprom:BUILDS:power-of-siberia-2'];

describe('provenance in the API', () => {
  it('marks relationships curated or proposed, with the confidence and rule of a proposal', async () => {
    // Prepare
    const repositories = new FakeRepositories(newsGraphWithProposals());
    // Act
    const { data, errors } = await execute(server, repositories, `{ relationships(first: 100) { edges { node { id status confidence rule } } } }`);
    // Assess
    expect(errors).toBeUndefined();
    const byId = Object.fromEntries(data.relationships.edges.map((e: any) => [e.node.id, e.node]));
    expect(byId['relationship:gazprom:BASED_IN:russia']).toMatchObject({ status: 'PROPOSED', confidence: 0.5, rule: 'adjective-nationality' });
    expect(byId['relationship:gazprom:BUILDS:power-of-siberia-2']).toMatchObject({ status: 'PROPOSED', confidence: proposals.builds.confidence, rule: proposals.builds.rule });
    // Curated evidence from one article outweighs a proposal from another.
    expect(byId['relationship:vladimir-putin:VISITS:china']).toMatchObject({ status: 'CURATED', confidence: null, rule: null });
    expect(byId['relationship:xi-jinping:PRESIDENT_OF:china']).toMatchObject({ status: 'CURATED', confidence: null, rule: null });
  });

  it("marks each piece of evidence with its article's provenance", async () => {
    // Prepare
    const repositories = new FakeRepositories(newsGraphWithProposals());
    // Act
    const { data } = await execute(server, repositories, `{ relationship(id: "relationship:vladimir-putin:VISITS:china") {
      status evidence { article { id } status confidence rule } } }`);
    // Assess
    expect(data.relationship).toEqual({
      status: 'CURATED',
      evidence: [
        { article: { id: ids.summit }, status: 'CURATED', confidence: null, rule: null },
        { article: { id: ids.pipelineArticle }, status: 'PROPOSED', confidence: 0.4, rule: 'arrive-in' },
      ],
    });
  });

  it('marks entities curated or proposed', async () => {
    // Prepare
    const repositories = new FakeRepositories(newsGraphWithProposals());
    // Act
    const { data } = await execute(server, repositories, `{
      gazprom: entity(id: "${ids.gazprom}") { status confidence rule }
      putin: entity(id: "${ids.putin}") { status confidence rule }
    }`);
    // Assess
    expect(data.gazprom).toEqual({ status: 'PROPOSED', confidence: 0.8, rule: 'organisation-suffix' });
    expect(data.putin).toEqual({ status: 'CURATED', confidence: null, rule: null });
  });

  it('lists every status by default, as before provenance existed, and passes no filter to the repository', async () => {
    // Prepare
    const repositories = new FakeRepositories(newsGraphWithProposals());
    // Act
    const all = await execute(server, repositories, `{ relationships(first: 100) { edges { node { id } } } }`);
    const both = await execute(server, repositories, `{ relationships(first: 100, status: [PROPOSED, CURATED, PROPOSED]) { edges { node { id } } } }`);
    // Assess
    expect(edgeIds(all.data.relationships)).toHaveLength(6);
    expect(edgeIds(both.data.relationships)).toEqual(edgeIds(all.data.relationships));
    expect(repositories.callsOf('listRelationships').map((call) => call.args[0])).toEqual([
      { type: null, status: null },
      { type: null, status: null },
    ]);
  });

  it.each([
    ['Query.relationships', `{ list: relationships(status: $status) { edges { node { id } } } }`, (d: any) => d.list],
    ['Article.relationships', `{ article(id: "${ids.pipelineArticle}") { relationships(status: $status) { edges { node { id } } } } }`, (d: any) => d.article.relationships],
    ['Entity.relationships', `{ entity(id: "${ids.gazprom}") { relationships(status: $status) { edges { node { id } } } } }`, (d: any) => d.entity.relationships],
  ])('filters %s by status', async (_list, selection, connectionOf) => {
    // Prepare
    const repositories = new FakeRepositories(newsGraphWithProposals());
    const query = `query ($status: [FactStatus!]) ${selection}`;
    // Act
    const proposed = await execute(server, repositories, query, { status: ['PROPOSED'] });
    const curated = await execute(server, repositories, query, { status: ['CURATED'] });
    // Assess
    expect(proposed.errors).toBeUndefined();
    expect(edgeIds(connectionOf(proposed.data))).toEqual(PROPOSED_RELATIONSHIPS);
    expect(edgeIds(connectionOf(curated.data)).some((id) => PROPOSED_RELATIONSHIPS.includes(id))).toBe(false);
  });

  it('filters entities by status', async () => {
    // Prepare
    const repositories = new FakeRepositories(newsGraphWithProposals());
    // Act
    const { data } = await execute(server, repositories, `{
      proposed: entities(status: [PROPOSED]) { edges { node { id } } }
      curated: entities(status: [CURATED], first: 100) { edges { node { id } } }
    }`);
    // Assess
    expect(edgeIds(data.proposed)).toEqual([ids.gazprom]);
    expect(edgeIds(data.curated)).toHaveLength(7);
    expect(edgeIds(data.curated)).not.toContain(ids.gazprom);
  });

  it('pages through a filtered list one edge at a time, each match exactly once, with an exact hasNextPage', async () => {
    // Prepare
    const repositories = new FakeRepositories(newsGraphWithProposals());
    const page = `query ($after: String) { relationships(first: 1, after: $after, status: [PROPOSED]) {
      edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`;
    // Act
    const first = await execute(server, repositories, page);
    const second = await execute(server, repositories, page, { after: first.data.relationships.pageInfo.endCursor });
    // Assess
    expect(edgeIds(first.data.relationships)).toEqual([PROPOSED_RELATIONSHIPS[0]]);
    expect(first.data.relationships.pageInfo.hasNextPage).toBe(true);
    expect(edgeIds(second.data.relationships)).toEqual([PROPOSED_RELATIONSHIPS[1]]);
    expect(second.data.relationships.pageInfo.hasNextPage).toBe(false);
  });

  it('follows only relationships of the given statuses in a path', async () => {
    // Prepare
    const repositories = new FakeRepositories(newsGraphWithProposals());
    const path = (status: string) => `{ path(fromId: "${ids.putin}", toId: "${ids.gazprom}"${status}) { length relationships { id status } } }`;
    // Act
    const any = await execute(server, repositories, path(''));
    const curatedOnly = await execute(server, repositories, path(', status: [CURATED]'));
    // Assess
    expect(any.data.path).toEqual({
      length: 2,
      relationships: [
        { id: 'relationship:vladimir-putin:PRESIDENT_OF:russia', status: 'CURATED' },
        { id: 'relationship:gazprom:BASED_IN:russia', status: 'PROPOSED' },
      ],
    });
    expect(curatedOnly.errors).toBeUndefined();
    expect(curatedOnly.data.path).toBeNull();
  });

  it('rejects an empty status list with BAD_USER_INPUT naming the argument', async () => {
    // Prepare
    const repositories = new FakeRepositories(newsGraphWithProposals());
    // Act
    const { errors, data } = await execute(server, repositories, `{ relationships(status: []) { edges { node { id } } } }`);
    // Assess
    expect(data).toBeNull();
    expect(errors).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/"status" must name at least one status/),
        extensions: { code: 'BAD_USER_INPUT', argumentName: 'status' },
      }),
    ]);
  });
});
