/**
 * Test-data factories: a valid record with every field filled, and overrides for what a test is
 * about. Ids follow src/data/ids.ts so the server's id checks accept them.
 */
import type { LoadedSeedFile } from '../../seed/load-seed-files';
import type { SeedArticle, SeedEntity, SeedFile, SeedProposal, SeedRelationship } from '../../seed/schema';
import { relationshipId } from '../../src/data/ids';
import type {
  ArticleRecord,
  EntityRecord,
  EvidenceRecord,
  MentionRecord,
  ProposalRecord,
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

/** What the ingest pipeline says of a fact it proposes (on a record: `proposal`; in a seed file: `proposed`). */
export function aProposal(overrides: Partial<ProposalRecord> = {}): ProposalRecord & SeedProposal {
  return { confidence: 0.7, rule: 'apposition-title', ...overrides };
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

/** A seed file entity (as validated: defaults applied), curated unless `proposed` is given. */
export function aSeedEntity(overrides: Partial<SeedEntity> = {}): SeedEntity {
  return { id: 'entity:alpha', type: 'PERSON', name: 'Alpha', aliases: ['Mr Alpha'], description: 'A visitor.', wikidataId: null, ...overrides };
}

/** A seed file relationship (as validated), curated unless `proposed` is given. */
export function aSeedRelationship(overrides: Partial<SeedRelationship> = {}): SeedRelationship {
  return {
    source: 'entity:alpha',
    type: 'VISITS',
    target: 'entity:beta',
    description: 'Alpha visits Beta.',
    evidence: [{ quote: 'Alpha will arrive in Beta on Thursday.', field: 'BODY' }],
    ...overrides,
  };
}

/**
 * A small valid seed file about {@link aSeedArticle}: Alpha (a person), Beta (a country) and the
 * Gamma Times, with Alpha VISITS Beta. Everything curated.
 */
export function aSeedFile(overrides: Partial<SeedFile> = {}): SeedFile {
  return {
    article: aSeedArticle(),
    entities: [
      aSeedEntity(),
      aSeedEntity({ id: 'entity:beta', type: 'COUNTRY', name: 'Beta', aliases: [], description: null }),
      aSeedEntity({ id: 'entity:gamma-times', type: 'PUBLICATION', name: 'Gamma Times', aliases: [], description: null }),
    ],
    relationships: [aSeedRelationship()],
    ...overrides,
  };
}

/** A seed file as `loadSeedFiles` returns it, for buildGraph. */
export function aLoadedSeedFile(data: SeedFile = aSeedFile(), path = `${data.article.id.replace('article:', '')}.json`): LoadedSeedFile {
  return { path, data };
}
