/**
 * Writes a validated seed graph through the repositories the API reads through.
 *
 * Merging with what the tables already hold makes loading a new article later a matter of
 * seeding its file alone: an entity shared with earlier articles keeps their aliases, and a
 * relationship keeps the evidence of other articles. The articles being seeded are
 * authoritative for their own facts: their old mentions and evidence are replaced, and a
 * relationship left with no evidence at all is deleted. Running the same files twice
 * leaves exactly the same items.
 */
import type { DynamoDbRepositories } from '../src/data/create-repositories';
import { newDataVersion } from '../src/data/data-version-item';
import type { EntityRecord, RelationshipRecord } from '../src/data/model';
import { mergeAliases, sortEvidence, type SeedGraph } from './build-graph';

export interface SeedSummary {
  readonly articles: number;
  readonly entities: number;
  readonly relationships: number;
  readonly relationshipsDeleted: number;
  /** Items of the graph put or deleted across the three tables (the data version item not counted). */
  readonly itemWrites: number;
  /** The data version written after the last item (src/data/data-version-item.ts). */
  readonly dataVersion: string;
}

export type SeedLog = (line: string) => void;

export class SeedConflictError extends Error {
  override readonly name = 'SeedConflictError';
}

function mergeEntity(incoming: EntityRecord, stored: EntityRecord | null): EntityRecord {
  if (!stored) return incoming;
  if (stored.type !== incoming.type) {
    throw new SeedConflictError(`entity "${incoming.id}": type ${incoming.type} differs from ${stored.type} already stored; one entity has one type`);
  }
  return { ...incoming, aliases: mergeAliases(incoming.aliases, stored.aliases), description: incoming.description ?? stored.description };
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
  const entities = graph.entities.map((entity, i) => mergeEntity(entity, storedEntities[i] ?? null));
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
    const otherEvidence = (stored?.evidence ?? []).filter((e) => !articleIds.has(e.articleId));
    const evidence = sortEvidence([...otherEvidence, ...(fresh?.evidence ?? [])]);
    if (evidence.length === 0) {
      if (stored) toDelete.push(id);
      return;
    }
    const base = fresh ?? stored!;
    toWrite.push({ ...base, description: fresh?.description ?? stored?.description ?? null, evidence });
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
  // Last of all: a new version tells HTTP caches (through the entity tags) that answers may have changed.
  const dataVersion = newDataVersion();
  await repositories.dataVersion.writeDataVersion(dataVersion);
  log(`  data version:  ${dataVersion}`);

  return {
    articles: graph.articles.length,
    entities: entities.length,
    relationships: toWrite.length,
    relationshipsDeleted: toDelete.length,
    itemWrites,
    dataVersion,
  };
}
