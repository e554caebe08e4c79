/**
 * Test-data factories: a valid record with every field filled, and overrides for what a test is
 * about. Ids follow src/data/ids.ts so the server's id checks accept them.
 */
import type { SeedArticle } from '../../seed/schema';
import { relationshipId } from '../../src/data/ids';
import type {
  ArticleRecord,
  EntityRecord,
  EvidenceRecord,
  MentionRecord,
  RelationshipRecord,
  TextSpanRecord,
} from '../../src/data/model';

export function anArticle(overrides: Partial<ArticleRecord> = {}): ArticleRecord {
  return {
    id: 'article:summit-in-beijing',
    title: 'Leaders meet in Beijing',
    body: 'Vladimir Putin visited China.\n\nHe met Xi Jinping in Beijing.',
    publishedAt: '2024-05-16T09:00:00Z',
    dateDescription: null,
    publisher: 'Example News',
    url: 'https://news.example.com/summit',
    imageAlt: null,
    imageCaption: null,
    imageCredit: null,
    mentionCounts: {},
    ...overrides,
  };
}

export function anEntity(overrides: Partial<EntityRecord> = {}): EntityRecord {
  return {
    id: 'entity:vladimir-putin',
    name: 'Vladimir Putin',
    type: 'PERSON',
    aliases: [],
    description: null,
    wikidataId: null,
    proposal: null,
    ...overrides,
  };
}

export function aSpan(overrides: Partial<TextSpanRecord> = {}): TextSpanRecord {
  return { field: 'BODY', start: 0, end: 14, text: 'Vladimir Putin', ...overrides };
}

export function anEvidence(overrides: Partial<EvidenceRecord> = {}): EvidenceRecord {
  const quote = overrides.quote ?? 'Vladimir Putin visited China.';
  return {
    articleId: 'article:summit-in-beijing',
    quote,
    span: aSpan({ start: 0, end: quote.length, text: quote }),
    proposal: null,
    ...overrides,
  };
}

/** A relationship whose id is derived from its ends and type unless given. */
export function aRelationship(overrides: Partial<RelationshipRecord> = {}): RelationshipRecord {
  const sourceId = overrides.sourceId ?? 'entity:vladimir-putin';
  const type = overrides.type ?? 'VISITS';
  const targetId = overrides.targetId ?? 'entity:china';
  return {
    id: relationshipId(sourceId, type, targetId),
    type,
    sourceId,
    targetId,
    description: null,
    evidence: [anEvidence()],
    ...overrides,
  };
}

export function aMention(overrides: Partial<MentionRecord> = {}): MentionRecord {
  return {
    articleId: 'article:summit-in-beijing',
    entityId: 'entity:vladimir-putin',
    entityType: 'PERSON',
    count: 1,
    spans: [aSpan()],
    ...overrides,
  };
}

/** The `article` of a seed file (what `npm run seed` reads), with no optional text filled in. */
export function aSeedArticle(overrides: Partial<SeedArticle> = {}): SeedArticle {
  return {
    id: 'article:sample',
    title: 'Alpha visits Beta',
    body: 'Alpha will arrive in Beta on Thursday.\n\nMr Alpha met the Gamma Times.',
    publishedAt: null,
    dateDescription: null,
    publisher: null,
    url: null,
    imageAlt: null,
    imageCaption: null,
    imageCredit: null,
    ...overrides,
  };
}
