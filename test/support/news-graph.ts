/**
 * A small hand-made news graph used by the server tests.
 *
 *   vladimir-putin ─PRESIDENT_OF→ russia ←BASED_IN─ gazprom ─BUILDS→ power-of-siberia-2
 *        │
 *      VISITS
 *        ↓
 *      china ←PRESIDENT_OF─ xi-jinping
 *        ↑
 *    CAPITAL_OF
 *        │
 *     beijing                antarctica (no relationships)
 *
 * Three articles: the summit (newest), the pipeline, and an undated profile.
 */
import type { EntityRecord } from '../../src/data/model';
import type { FakeData } from './fake-repositories';
import { aMention, aProposal, aRelationship, anArticle, anEntity, anEvidence } from './factories';

export const ids = {
  putin: 'entity:vladimir-putin',
  xi: 'entity:xi-jinping',
  russia: 'entity:russia',
  china: 'entity:china',
  beijing: 'entity:beijing',
  gazprom: 'entity:gazprom',
  pipeline: 'entity:power-of-siberia-2',
  antarctica: 'entity:antarctica',
  summit: 'article:summit-in-beijing',
  pipelineArticle: 'article:pipeline-talks',
  profile: 'article:profile-of-xi',
} as const;

const entities: EntityRecord[] = [
  anEntity({ id: ids.putin, name: 'Vladimir Putin', type: 'PERSON', aliases: ['Mr Putin'] }),
  anEntity({ id: ids.xi, name: 'Xi Jinping', type: 'PERSON', aliases: ['President Xi'] }),
  anEntity({ id: ids.russia, name: 'Russia', type: 'COUNTRY', aliases: ['Moscow'] }),
  anEntity({ id: ids.china, name: 'China', type: 'COUNTRY', aliases: ['Beijing government'] }),
  anEntity({ id: ids.beijing, name: 'Beijing', type: 'CITY' }),
  anEntity({ id: ids.gazprom, name: 'Gazprom', type: 'ORGANIZATION' }),
  anEntity({ id: ids.pipeline, name: 'Power of Siberia 2', type: 'PROJECT' }),
  anEntity({ id: ids.antarctica, name: 'Antarctica', type: 'REGION' }),
];

const evidence = (articleId: string, quote: string) => [anEvidence({ articleId, quote })];

export function newsGraph(): FakeData {
  return {
    entities,
    articles: [
      anArticle({ id: ids.summit, title: 'Leaders meet in Beijing', publishedAt: '2024-05-16T09:00:00Z', mentionCounts: { PERSON: 2, COUNTRY: 1, CITY: 1 } }),
      anArticle({ id: ids.pipelineArticle, title: 'Pipeline talks', publishedAt: '2024-03-01T12:00:00Z', mentionCounts: { PERSON: 1, COUNTRY: 1, ORGANIZATION: 1, PROJECT: 1 } }),
      anArticle({ id: ids.profile, title: 'A profile of Xi', publishedAt: null, dateDescription: 'last spring', mentionCounts: { PERSON: 1, COUNTRY: 1 } }),
    ],
    mentions: [
      aMention({ articleId: ids.summit, entityId: ids.putin, entityType: 'PERSON', count: 2 }),
      aMention({ articleId: ids.summit, entityId: ids.xi, entityType: 'PERSON' }),
      aMention({ articleId: ids.summit, entityId: ids.china, entityType: 'COUNTRY' }),
      aMention({ articleId: ids.summit, entityId: ids.beijing, entityType: 'CITY' }),
      aMention({ articleId: ids.pipelineArticle, entityId: ids.putin, entityType: 'PERSON' }),
      aMention({ articleId: ids.pipelineArticle, entityId: ids.russia, entityType: 'COUNTRY' }),
      aMention({ articleId: ids.pipelineArticle, entityId: ids.gazprom, entityType: 'ORGANIZATION' }),
      aMention({ articleId: ids.pipelineArticle, entityId: ids.pipeline, entityType: 'PROJECT' }),
      aMention({ articleId: ids.profile, entityId: ids.xi, entityType: 'PERSON' }),
      aMention({ articleId: ids.profile, entityId: ids.china, entityType: 'COUNTRY' }),
    ],
    relationships: [
      aRelationship({ sourceId: ids.putin, type: 'PRESIDENT_OF', targetId: ids.russia, evidence: evidence(ids.pipelineArticle, 'President Putin of Russia') }),
      aRelationship({ sourceId: ids.xi, type: 'PRESIDENT_OF', targetId: ids.china, evidence: evidence(ids.summit, 'Chinese President Xi Jinping') }),
      aRelationship({ sourceId: ids.putin, type: 'VISITS', targetId: ids.china, evidence: evidence(ids.summit, 'Vladimir Putin visited China.') }),
      aRelationship({ sourceId: ids.beijing, type: 'CAPITAL_OF', targetId: ids.china, evidence: evidence(ids.profile, 'Beijing, the Chinese capital') }),
      aRelationship({ sourceId: ids.gazprom, type: 'BASED_IN', targetId: ids.russia, evidence: evidence(ids.pipelineArticle, 'Russian gas giant Gazprom') }),
      aRelationship({ sourceId: ids.gazprom, type: 'BUILDS', targetId: ids.pipeline, evidence: evidence(ids.pipelineArticle, 'Gazprom is building Power of Siberia 2') }),
    ],
  };
}

/** The proposals {@link newsGraphWithProposals} adds, by what they propose. */
export const proposals = {
  gazprom: aProposal({ confidence: 0.8, rule: 'organisation-suffix' }),
  basedIn: aProposal({ confidence: 0.5, rule: 'adjective-nationality' }),
  builds: aProposal({ confidence: 0.9, rule: 'is-building' }),
  visits: aProposal({ confidence: 0.4, rule: 'arrive-in' }),
} as const;

/**
 * The same graph as the ingest pipeline would leave it after proposing facts from the pipeline
 * article: Gazprom and both its relationships are proposed (so Putin reaches Gazprom only over a
 * proposed relationship), and "Putin VISITS China" gains proposed evidence from the pipeline
 * article while the summit's curated evidence keeps it curated.
 */
export function newsGraphWithProposals(): FakeData {
  const graph = newsGraph();
  return {
    ...graph,
    entities: graph.entities!.map((e) => (e.id === ids.gazprom ? { ...e, proposal: proposals.gazprom } : e)),
    relationships: graph.relationships!.map((r) => {
      if (r.type === 'BASED_IN') return { ...r, evidence: r.evidence.map((e) => ({ ...e, proposal: proposals.basedIn })) };
      if (r.type === 'BUILDS') return { ...r, evidence: r.evidence.map((e) => ({ ...e, proposal: proposals.builds })) };
      if (r.type === 'VISITS') {
        return { ...r, evidence: [...r.evidence, anEvidence({ articleId: ids.pipelineArticle, quote: 'Putin went to China', proposal: proposals.visits })] };
      }
      return r;
    }),
  };
}
