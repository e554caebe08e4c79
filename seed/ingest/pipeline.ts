/**
 * The ingest pipeline: the order of its components, written once. Each component takes the
 * document and returns it with one more layer (seed/ingest/document.ts), like a spaCy pipeline:
 *
 *   parse → segment → link → candidates → cluster → relate
 *
 * `ingestText` runs them and `toSeedFile` turns the result into a seed file.
 */
import { candidates } from './candidates';
import { cluster } from './cluster';
import type { IngestDocument } from './document';
import { link, type KnownIndex } from './link';
import { parse } from './parse-article';
import { relate } from './relate';
import { segment } from './segment';

export interface IngestContext {
  /** The entities the graph already holds (stage `link`). */
  readonly known: KnownIndex;
}

export interface PipelineComponent {
  readonly name: string;
  readonly run: (doc: IngestDocument, context: IngestContext) => IngestDocument;
}

/** The components, in order. */
export const PIPELINE: readonly PipelineComponent[] = [
  { name: 'parse', run: (doc) => parse(doc) },
  { name: 'segment', run: (doc) => segment(doc) },
  { name: 'link', run: (doc, ctx) => link(doc, ctx.known) },
  { name: 'candidates', run: (doc) => candidates(doc) },
  { name: 'cluster', run: (doc, ctx) => cluster(doc, ctx.known) },
  { name: 'relate', run: (doc) => relate(doc) },
];

/** Runs the pipeline on one article's text. @throws ArticleParseError for a malformed article */
export function ingestText(path: string, raw: string, context: IngestContext, components: readonly PipelineComponent[] = PIPELINE): IngestDocument {
  return components.reduce<IngestDocument>((doc, component) => component.run(doc, context), { path, raw });
}
