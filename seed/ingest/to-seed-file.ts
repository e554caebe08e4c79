/**
 * The ingested document as a seed file (seed/schema.ts), every entity and relationship marked
 * `proposed` with its confidence and rule. Keys and arrays are in a fixed order, so the same
 * article and known set give byte-identical output.
 */
import type { SeedEntity, SeedFile, SeedRelationship } from '../schema';
import type { IngestDocument } from './document';
import { requireLayer } from './document';

const round = (n: number) => Math.round(n * 100) / 100;

export function toSeedFile(doc: IngestDocument): SeedFile {
  const article = requireLayer(doc, 'article', 'parse');
  const entities = [...requireLayer(doc, 'entities', 'cluster').values()]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map(
      (e): SeedEntity => ({
        id: e.id,
        type: e.type,
        name: e.name,
        aliases: [...e.aliases].sort(),
        description: e.description,
        wikidataId: e.wikidataId,
        proposed: { confidence: round(e.confidence), rule: e.rule },
      }),
    );
  const relationships = requireLayer(doc, 'relationships', 'relate').map(
    (r): SeedRelationship => ({
      source: r.source,
      type: r.type,
      target: r.target,
      description: r.description,
      evidence: r.evidence.map((e) => ({ quote: e.quote, field: e.field })),
      proposed: { confidence: round(r.confidence), rule: r.rule },
    }),
  );
  return { article, entities, relationships };
}

/** The file's text: two-space JSON and a final newline, like the curated files. */
export const serializeSeedFile = (file: SeedFile) => `${JSON.stringify(file, null, 2)}\n`;
