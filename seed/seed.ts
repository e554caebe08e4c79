/**
 * Writes a validated seed graph through the repositories the API reads through.
 *
 * Merging with what the tables already hold makes loading a new article later a matter of
 * seeding its file alone: an entity shared with earlier articles keeps their aliases, and a
 * relationship keeps the evidence of other articles. The articles being seeded are
 * authoritative for their own facts: their old mentions and evidence are replaced, and a
 * relationship left with no evidence at all is deleted. Running the same files twice
 * leaves exactly the same items.
 *
 * Curated wins here too, against what earlier runs stored: a proposed copy never replaces a
 * curated entity's name, type, description or Wikidata id (it adds its aliases), never replaces a
 * curated relationship's description, and never replaces the curated evidence an article already
 * gave a relationship (a proposed draft of that article seeded later keeps it). Each such case is
 * logged, so nothing a proposal said is dropped without a word.
 */
import type { DynamoDbRepositories } from '../src/data/create-repositories';
import type { EntityRecord, EvidenceRecord, RelationshipRecord } from '../src/data/model';
import { mergeEntityCopies, mergeRelationshipDescription, sortEvidence, type SeedGraph } from './build-graph';

export interface SeedSummary {
  readonly articles: number;
  readonly entities: number;
  readonly relationships: number;
  readonly relationshipsDeleted: number;
  /** Items put or deleted across the three tables. */
  readonly itemWrites: number;
}

export type SeedLog = (line: string) => void;

export class SeedConflictError extends Error {
  override readonly name = 'SeedConflictError';
}

function mergeEntity(incoming: EntityRecord, stored: EntityRecord | null, log: SeedLog): EntityRecord {
  if (!stored) return incoming;
  if (stored.type !== incoming.type) {
    throw new SeedConflictError(`entity "${incoming.id}": type ${incoming.type} differs from ${stored.type} already stored; one entity has one type`);
  }
  if (stored.proposal === null && incoming.proposal !== null) {
    for (const field of ['name', 'description', 'wikidataId'] as const) {
      if (incoming[field] !== null && incoming[field] !== stored[field]) {
        log(`  note: entity "${incoming.id}" is curated; kept its ${field} ${JSON.stringify(stored[field])}, not the proposed ${JSON.stringify(incoming[field])}`);
      }
    }
  }
  // The copy being seeded first (it is the newer word), unless curated wins.
  return mergeEntityCopies(incoming, stored);
}

const isCurated = (evidence: EvidenceRecord) => evidence.proposal === null;

/**
 * The evidence a relationship keeps: that of articles not being seeded, and that of the articles
 * being seeded as their files now give it, except where a file now proposes what the tables hold
 * as curated for that article: curated evidence is never replaced by a proposal.
 */
function mergeEvidence(
  stored: RelationshipRecord | null,
  fresh: RelationshipRecord | undefined,
  articleIds: ReadonlySet<string>,
): { kept: EvidenceRecord[]; fresh: EvidenceRecord[]; protectedArticles: string[] } {
  const storedEvidence = stored?.evidence ?? [];
  const freshEvidence = fresh?.evidence ?? [];
  const protectedArticles = [...articleIds].filter(
    (articleId) =>
      storedEvidence.some((e) => e.articleId === articleId && isCurated(e)) &&
      freshEvidence.some((e) => e.articleId === articleId) &&
      !freshEvidence.some((e) => e.articleId === articleId && isCurated(e)),
  );
  const kept = storedEvidence.filter((e) => !articleIds.has(e.articleId) || protectedArticles.includes(e.articleId));
  return { kept, fresh: freshEvidence.filter((e) => !protectedArticles.includes(e.articleId)), protectedArticles };
}

/**
 * Articles whose earlier evidence is looked up at once. One Query per article, and a corpus has
 * thousands: sent all together they would queue for the client's connections until the
 * connection timeout failed them (1,000 articles did), so they go out a bounded batch at a time.
 */
const PARALLEL_ARTICLE_READS = 16;

export async function seedGraph(graph: SeedGraph, repositories: DynamoDbRepositories, log: SeedLog = () => {}): Promise<SeedSummary> {
  const articleIds = new Set(graph.articles.map(({ article }) => article.id));

  // Read what is stored, and decide everything, before the first write.
  const storedArticles = await repositories.articles.getArticles([...articleIds]);
  const existingArticleIds = new Set(storedArticles.filter((a) => a !== null).map((a) => a!.id));

  const storedEntities = await repositories.entities.getEntities(graph.entities.map((e) => e.id));
  const entities = graph.entities.map((entity, i) => mergeEntity(entity, storedEntities[i] ?? null, log));
  const existingEntityIds = new Set(storedEntities.filter((e) => e !== null).map((e) => e!.id));

  const previouslyEvidenced: string[] = [];
  const ids = [...articleIds];
  for (let i = 0; i < ids.length; i += PARALLEL_ARTICLE_READS) {
    const pages = await Promise.all(ids.slice(i, i + PARALLEL_ARTICLE_READS).map((id) => repositories.relationships.listRelationshipIdsOfArticle(id)));
    previouslyEvidenced.push(...pages.flat());
  }
  const incoming = new Map(graph.relationships.map((r) => [r.id, r]));
  const relationshipIds = [...new Set([...incoming.keys(), ...previouslyEvidenced])];
  const storedRelationships = await repositories.relationships.getRelationships(relationshipIds);
  const toWrite: RelationshipRecord[] = [];
  const toDelete: string[] = [];
  relationshipIds.forEach((id, i) => {
    const stored = storedRelationships[i] ?? null;
    const fresh = incoming.get(id);
    const merged = mergeEvidence(stored, fresh, articleIds);
    for (const articleId of merged.protectedArticles) {
      log(`  note: ${id} is curated in ${articleId} as stored; kept that evidence, not the proposed one`);
    }
    const evidence = sortEvidence([...merged.kept, ...merged.fresh]);
    if (evidence.length === 0) {
      if (stored) toDelete.push(id);
      return;
    }
    const base = fresh ?? stored!;
    // The articles being seeded speak first for their own relationships, unless curated wins.
    const description =
      merged.fresh.length === 0
        ? (stored?.description ?? null)
        : mergeRelationshipDescription(
            { description: fresh!.description, curated: merged.fresh.some(isCurated) },
            { description: stored?.description ?? null, curated: merged.kept.some(isCurated) },
          );
    if (fresh && merged.fresh.length > 0 && fresh.description !== null && description !== fresh.description) {
      log(`  note: ${id} is curated; kept its description ${JSON.stringify(description)}, not the proposed ${JSON.stringify(fresh.description)}`);
    }
    toWrite.push({ ...base, description, evidence });
  });
  const existingRelationshipIds = new Set(storedRelationships.filter((r) => r !== null).map((r) => r!.id));

  let itemWrites = 0;
  itemWrites += await repositories.entities.writeEntities(entities, existingEntityIds);
  log(`  entities:      ${entities.length} written`);
  itemWrites += await repositories.relationships.writeRelationships(toWrite, existingRelationshipIds);
  if (toDelete.length > 0) itemWrites += await repositories.relationships.deleteRelationships(toDelete);
  log(`  relationships: ${toWrite.length} written${toDelete.length ? `, ${toDelete.length} without evidence deleted` : ''}`);
  // Articles last: an article is visible only once everything it refers to is in place.
  itemWrites += await repositories.articles.writeArticles(graph.articles, existingArticleIds);
  log(`  articles:      ${graph.articles.length} written`);

  return {
    articles: graph.articles.length,
    entities: entities.length,
    relationships: toWrite.length,
    relationshipsDeleted: toDelete.length,
    itemWrites,
  };
}
