/** Small helpers for the ingest stage tests: run the pipeline up to a stage on a short text. */
import type { SeedFile } from '../../../seed/schema';
import type { IngestDocument } from '../../../seed/ingest/document';
import { buildKnownIndex } from '../../../seed/ingest/link';
import { PIPELINE, ingestText } from '../../../seed/ingest/pipeline';

/** An article in the plain-text format with no image block. */
export const articleText = (title: string, ...paragraphs: string[]) => `${title}\n\n${paragraphs.join('\n\n')}\n`;

/** The document after the named stage (inclusive). */
export function runUntil(stage: string, raw: string, known: readonly SeedFile[] = [], path = '001_0123456789abcdef.txt'): IngestDocument {
  const upTo = PIPELINE.findIndex((c) => c.name === stage);
  if (upTo === -1) throw new Error(`no stage ${stage}`);
  return ingestText(path, raw, { known: buildKnownIndex(known) }, PIPELINE.slice(0, upTo + 1));
}

/** A known seed file holding the given entities (each mentioned in its own tiny body). */
export function knownFile(id: string, entities: Array<Pick<SeedFile['entities'][number], 'id' | 'type' | 'name'> & Partial<SeedFile['entities'][number]>>): SeedFile {
  return {
    article: { id, title: 'Known', body: entities.map((e) => [e.name, ...(e.aliases ?? [])].join(' ')).join('. '), publishedAt: null, dateDescription: null, publisher: null, url: null, imageAlt: null, imageCaption: null, imageCredit: null },
    entities: entities.map((e) => ({ aliases: [], description: null, wikidataId: null, ...e })),
    relationships: [],
  };
}

/** A document's relationships as "Source TYPE Target [rule]", by entity name. */
export const namedRelationships = (doc: IngestDocument): string[] => {
  const name = (id: string) => doc.entities!.get(id)!.name;
  return doc.relationships!.map((r) => `${name(r.source)} ${r.type} ${name(r.target)} [${r.rule}]`);
};

/** The named relationships of an article made of these paragraphs (title "Notes"). */
export const relationsOfParagraphs = (...paragraphs: string[]): string[] => namedRelationships(runUntil('relate', articleText('Notes', ...paragraphs)));

/** The same as relationsOfParagraphs without the rule: "Source TYPE Target". */
export const factsOfParagraphs = (...paragraphs: string[]): string[] => {
  const doc = runUntil('relate', articleText('Notes', ...paragraphs));
  const name = (id: string) => doc.entities!.get(id)!.name;
  return doc.relationships!.map((r) => `${name(r.source)} ${r.type} ${name(r.target)}`);
};

/** The named relationships of one type. */
export const ofType = (found: readonly string[], type: string): string[] => found.filter((r) => r.split(' ').includes(type));
