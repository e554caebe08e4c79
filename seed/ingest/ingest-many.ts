/**
 * Ingesting many articles, the way spaCy's `nlp.pipe` runs a pipeline over a stream of texts: the
 * text-only stages (`parse`, `segment`: the NLP library's parse) run for a bounded batch of
 * articles, then the other stages (`link` … `relate`) run per article, in order. The output is the
 * one `ingestText` gives for each article alone; only the order of the work changes. Why: wink-nlp
 * parses faster when its calls follow one another than when the other stages' working set sits
 * between them (its automata and lexicon caches stay warm), so the same pipeline costs less CPU.
 * The batch is bounded, so memory stays streamed: at most `BATCH_SIZE` segmented articles are held.
 */
import type { IngestDocument } from './document';
import { ArticleParseError } from './parse-article';
import { PIPELINE, type IngestContext, type PipelineComponent } from './pipeline';

/** Articles parsed and segmented ahead of the other stages (16 beat 8 and 32 in one round-8 run; seed/README.md). */
export const BATCH_SIZE = 16;

/** The last stage that reads only the article's text (never the context): the batch runs up to it. */
const LAST_TEXT_STAGE = 'segment';

export interface ArticleText {
  readonly path: string;
  readonly raw: string;
}

/** One article's result, in input order: its document, or the parse error that stopped it. */
export type Ingested<T extends ArticleText> = { readonly item: T; readonly doc: IngestDocument; readonly error?: undefined } | { readonly item: T; readonly doc?: undefined; readonly error: ArticleParseError };

/** The context the text-only stages get: reading it is a bug (the known set may still be growing). */
const TEXT_ONLY: IngestContext = {
  get known(): never {
    throw new Error(`ingest: a stage up to "${LAST_TEXT_STAGE}" read the known set, which ingestMany gives only to the stages after it`);
  },
};

interface Prepared {
  readonly doc?: IngestDocument;
  readonly error?: unknown;
}

/**
 * Runs `components` over each article of `items`, in order, yielding one result per article.
 * `contextFor` is called for an article after its text-only stages, just before the others, so
 * the known set may depend on the articles yielded before it (ingest-files.ts adds each draft).
 * A malformed article yields its `ArticleParseError` in its turn and the others go on; any other
 * error is thrown in the turn of the article that raised it, as the per-article loop would.
 */
export function* ingestMany<T extends ArticleText>(
  items: Iterable<T>,
  contextFor: (doc: IngestDocument, item: T) => IngestContext,
  options: { readonly batchSize?: number; readonly components?: readonly PipelineComponent[] } = {},
): Generator<Ingested<T>> {
  const components = options.components ?? PIPELINE;
  const batchSize = Math.max(1, options.batchSize ?? BATCH_SIZE);
  const cut = components.findIndex((c) => c.name === LAST_TEXT_STAGE) + 1;
  const front = components.slice(0, cut);
  const rest = components.slice(cut);
  const prepare = (item: T): Prepared => {
    try {
      return { doc: front.reduce<IngestDocument>((doc, c) => c.run(doc, TEXT_ONLY), { path: item.path, raw: item.raw }) };
    } catch (error) {
      return { error };
    }
  };
  let batch: T[] = [];
  const flush = function* (): Generator<Ingested<T>> {
    const prepared: Array<Prepared | undefined> = batch.map(prepare);
    for (let i = 0; i < batch.length; i++) {
      const item = batch[i]!;
      const { doc, error } = prepared[i]!;
      prepared[i] = undefined; // held no longer than its turn
      if (doc === undefined) {
        if (error instanceof ArticleParseError) {
          yield { item, error };
          continue;
        }
        throw error;
      }
      const context = contextFor(doc, item);
      yield { item, doc: rest.reduce((d, c) => c.run(d, context), doc) };
    }
    batch = [];
  };
  for (const item of items) {
    batch.push(item);
    if (batch.length >= batchSize) yield* flush();
  }
  if (batch.length > 0) yield* flush();
}
