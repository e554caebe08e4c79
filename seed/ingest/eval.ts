/**
 * The extraction quality, measured against hand-made answer keys (seed files). Each article is
 * extracted from its text alone: the entities it links against are those of the *other* keys, so
 * its own key never helps. Deterministic, so tests can assert exact floors.
 *
 * - Entities match when they share a name or alias (exact string); one key entity per prediction.
 * - Type accuracy: matched pairs with the same type.
 * - Relationship pairs: {source, target} of a prediction, mapped to key ids through the entity
 *   match, in either direction; by type: (source, type, target), symmetric types in either direction.
 * - Linking: key entities that the known set already holds, found by the extractor with the same id.
 * - Verbatim evidence: quotes that occur in their field.
 * - Invented facts: article metadata not in the key, aliases absent from the text, descriptions
 *   and evidence that are not verbatim text (descriptions may only quote the text).
 */
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fieldText, wholeWordOccurrences, MENTION_FIELDS } from '../mentions';
import type { SeedFile } from '../schema';
import { buildKnownIndex } from './link';
import { ingestText } from './pipeline';
import { toSeedFile } from './to-seed-file';
import { SYMMETRIC_TYPES, type RelationshipType } from './vocabulary';
import { readSeedDir } from './ingest-files';

export const TARGETS = {
  entityF1: 0.9,
  typeAccuracy: 0.9,
  pairPrecision: 0.8,
  pairRecall: 0.6,
  linkingAccuracy: 1,
  verbatimRate: 1,
  invented: 0,
} as const;

export interface KeyFigures {
  readonly key: string;
  readonly articleId: string;
  readonly entities: { readonly predicted: number; readonly expected: number; readonly matched: number; readonly precision: number; readonly recall: number; readonly f1: number };
  readonly typeAccuracy: number;
  readonly pairs: { readonly predicted: number; readonly expected: number; readonly correct: number; readonly precision: number; readonly recall: number };
  readonly typed: { readonly predicted: number; readonly expected: number; readonly correct: number; readonly precision: number; readonly recall: number };
  /** null when no key entity was in the known set. */
  readonly linkingAccuracy: number | null;
  readonly linkable: number;
  readonly verbatimRate: number;
  readonly invented: number;
  readonly inventedItems: readonly string[];
  readonly missedEntities: readonly string[];
  readonly spuriousEntities: readonly string[];
  /** Key relationships whose endpoint pair no prediction has, with the key's evidence. */
  readonly missedRelationships: readonly string[];
  /** Predicted relationships whose endpoint pair the key lacks, with their rule and evidence. */
  readonly spuriousRelationships: readonly string[];
  readonly wrongTypes: readonly string[];
  /** Per rule: how many of its items the key confirms (entity matched; relationship pair in the key). */
  readonly rules: Readonly<Record<string, { readonly correct: number; readonly total: number }>>;
}

export type MeanFigures = EvalReport['mean'];

/** A named subset of the keys and its mean (e.g. the held-out keys, written after the rules). */
export interface KeyGroup {
  readonly name: string;
  readonly note: string;
  readonly keys: readonly string[];
  readonly mean: MeanFigures;
}

export interface EvalReport {
  readonly keys: readonly KeyFigures[];
  /** Means over named subsets of the keys (test/fixtures/held-out.json), beside the overall mean. */
  readonly groups: readonly KeyGroup[];
  readonly mean: {
    readonly entityPrecision: number;
    readonly entityRecall: number;
    readonly entityF1: number;
    readonly typeAccuracy: number;
    readonly pairPrecision: number;
    readonly pairRecall: number;
    readonly typedPrecision: number;
    readonly typedRecall: number;
    readonly linkingAccuracy: number | null;
    readonly verbatimRate: number;
    readonly invented: number;
  };
  /** Per rule over all keys (see KeyFigures.rules). */
  readonly rules: Readonly<Record<string, { readonly correct: number; readonly total: number }>>;
}

const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const strings = (e: SeedFile['entities'][number]) => new Set([e.name, ...e.aliases]);

/** Compares one extracted file with its key. `knownIds` are the ids the known set held. */
export function compare(keyName: string, predicted: SeedFile, key: SeedFile, knownIds: ReadonlySet<string>): KeyFigures {
  // Entity match: same id first, then a shared name or alias, one to one.
  const matchOf = new Map<string, string>(); // predicted id → key id
  const taken = new Set<string>();
  const tryMatch = (accept: (p: SeedFile['entities'][number], k: SeedFile['entities'][number]) => boolean) => {
    for (const k of key.entities) {
      if (taken.has(k.id)) continue;
      const p = predicted.entities.find((x) => !matchOf.has(x.id) && accept(x, k));
      if (p) {
        matchOf.set(p.id, k.id);
        taken.add(k.id);
      }
    }
  };
  tryMatch((p, k) => p.id === k.id && [...strings(p)].some((s) => strings(k).has(s)));
  tryMatch((p, k) => p.name === k.name);
  tryMatch((p, k) => [...strings(p)].some((s) => strings(k).has(s)));
  const keyById = new Map(key.entities.map((e) => [e.id, e]));
  const matched = matchOf.size;
  const precision = ratio(matched, predicted.entities.length);
  const recall = ratio(matched, key.entities.length);
  const wrongTypes = predicted.entities.filter((p) => matchOf.has(p.id) && keyById.get(matchOf.get(p.id)!)!.type !== p.type).map((p) => `${p.name}: ${p.type}, key ${keyById.get(matchOf.get(p.id)!)!.type}`);

  const pairKey = (a: string, b: string) => [a, b].sort().join(' ');
  const keyPairs = new Set(key.relationships.map((r) => pairKey(r.source, r.target)));
  const predPairs = new Set(predicted.relationships.map((r) => pairKey(matchOf.get(r.source) ?? `?${r.source}`, matchOf.get(r.target) ?? `?${r.target}`)));
  const correctPairs = [...predPairs].filter((p) => keyPairs.has(p)).length;
  const tripleKey = (s: string, t: string, o: string) => (SYMMETRIC_TYPES.has(t as RelationshipType) ? `${[s, o].sort().join(' ')} ${t}` : `${s} ${t} ${o}`);
  const keyTriples = new Set(key.relationships.map((r) => tripleKey(r.source, r.type, r.target)));
  const predTriples = new Set(predicted.relationships.map((r) => tripleKey(matchOf.get(r.source) ?? `?${r.source}`, r.type, matchOf.get(r.target) ?? `?${r.target}`)));
  const correctTriples = [...predTriples].filter((t) => keyTriples.has(t)).length;

  const linkable = key.entities.filter((k) => knownIds.has(k.id) && taken.has(k.id));
  const linkedRight = linkable.filter((k) => predicted.entities.some((p) => matchOf.get(p.id) === k.id && p.id === k.id));

  const article = predicted.article;
  const allText = MENTION_FIELDS.map(({ field }) => fieldText(article, field)).join('\n');
  const evidence = predicted.relationships.flatMap((r) => r.evidence);
  const verbatim = evidence.filter((e) => fieldText(article, e.field).includes(e.quote)).length;
  const invented: string[] = [];
  for (const field of ['publishedAt', 'url', 'publisher', 'dateDescription'] as const) {
    if (article[field] !== null && article[field] !== key.article[field]) invented.push(`article.${field} "${article[field]}"`);
  }
  for (const e of predicted.entities) {
    for (const a of e.aliases) if (wholeWordOccurrences(allText, a).length === 0) invented.push(`${e.id} alias "${a}" not in the text`);
    if (e.description !== null && !allText.includes(e.description)) invented.push(`${e.id} description not from the text`);
  }
  for (const r of predicted.relationships) {
    const quoted = r.description?.match(/“([^”]+)”/)?.[1];
    if (r.description !== null && (!quoted || !allText.includes(quoted))) invented.push(`${r.source} ${r.type} ${r.target} description not from the text`);
  }
  invented.push(...evidence.filter((e) => !fieldText(article, e.field).includes(e.quote)).map((e) => `evidence not verbatim: "${e.quote.slice(0, 40)}"`));

  const rules: Record<string, { correct: number; total: number }> = {};
  const count = (rule: string, ok: boolean) => {
    const r = (rules[rule] ??= { correct: 0, total: 0 });
    r.total++;
    if (ok) r.correct++;
  };
  for (const p of predicted.entities) count(`entity:${p.proposed?.rule}`, matchOf.has(p.id));
  for (const r of predicted.relationships) count(`relationship:${r.proposed?.rule}`, keyPairs.has(pairKey(matchOf.get(r.source) ?? `?${r.source}`, matchOf.get(r.target) ?? `?${r.target}`)));

  return {
    rules,
    key: keyName,
    articleId: key.article.id,
    entities: { predicted: predicted.entities.length, expected: key.entities.length, matched, precision, recall, f1: f1(precision, recall) },
    typeAccuracy: ratio(matched - wrongTypes.length, matched),
    pairs: { predicted: predPairs.size, expected: keyPairs.size, correct: correctPairs, precision: ratio(correctPairs, predPairs.size), recall: ratio(correctPairs, keyPairs.size) },
    typed: { predicted: predTriples.size, expected: keyTriples.size, correct: correctTriples, precision: ratio(correctTriples, predTriples.size), recall: ratio(correctTriples, keyTriples.size) },
    linkingAccuracy: linkable.length === 0 ? null : linkedRight.length / linkable.length,
    linkable: linkable.length,
    verbatimRate: ratio(verbatim, evidence.length),
    invented: invented.length,
    inventedItems: invented,
    missedEntities: key.entities.filter((k) => !taken.has(k.id)).map((k) => `${k.name} (${k.type})`),
    spuriousEntities: predicted.entities.filter((p) => !matchOf.has(p.id)).map((p) => `${p.name} (${p.type})`),
    wrongTypes,
    missedRelationships: key.relationships
      .filter((r) => !predPairs.has(pairKey(r.source, r.target)))
      .map((r) => `${r.source} ${r.type} ${r.target}: "${(r.evidence[0]?.quote ?? '').slice(0, 160)}"`),
    spuriousRelationships: predicted.relationships
      .filter((r) => !keyPairs.has(pairKey(matchOf.get(r.source) ?? `?${r.source}`, matchOf.get(r.target) ?? `?${r.target}`)))
      .map((r) => `${r.source} ${r.type} ${r.target} [${r.proposed?.rule}]: "${(r.evidence[0]?.quote ?? '').slice(0, 160)}"`),
  };
}

const mean = (xs: readonly number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);

export interface EvalSources {
  /** Answer keys (seed files) and the directory of article texts holding `<same name>.txt`. */
  readonly keys: ReadonlyArray<{ readonly keyPath: string; readonly articlePath: string }>;
  /** Named subsets of the keys, by key file name; the keys in none form the group "development". */
  readonly groups?: ReadonlyArray<{ readonly name: string; readonly note: string; readonly keys: readonly string[] }>;
}

/** The default evaluation set: the curated seed file and the fixtures' answer keys. */
export async function defaultSources(root: string): Promise<EvalSources> {
  const curated = (await readSeedDir(join(root, 'seed/data'))).filter((f) => !f.data.entities.some((e) => e.proposed));
  const fixtures = await readSeedDir(join(root, 'test/fixtures/answer-keys'));
  const heldOut = JSON.parse(await readFile(join(root, 'test/fixtures/held-out.json'), 'utf8').catch(() => '{"groups": []}')) as { groups: NonNullable<EvalSources['groups']> };
  return {
    keys: [
      ...curated.map((f) => ({ keyPath: f.path, articlePath: join(root, 'seed/articles', basename(f.path).replace(/\.json$/, '.txt')) })),
      ...fixtures.map((f) => ({ keyPath: f.path, articlePath: join(root, 'test/fixtures/articles', basename(f.path).replace(/\.json$/, '.txt')) })),
    ],
    groups: heldOut.groups,
  };
}

/** The named groups and "development" (every key in none), each with its mean; empty groups are left out. */
function groupsOf(defined: NonNullable<EvalSources['groups']>, figures: readonly KeyFigures[]): KeyGroup[] {
  const named = new Set(defined.flatMap((g) => g.keys));
  const all = [{ name: 'development', note: 'the keys the rules were developed against', keys: figures.filter((f) => !named.has(f.key)).map((f) => f.key) }, ...defined];
  return all
    .map((g) => ({ ...g, keys: g.keys.filter((k) => figures.some((f) => f.key === k)) }))
    .filter((g) => g.keys.length > 0)
    .map((g) => ({ ...g, mean: meanOf(figures.filter((f) => g.keys.includes(f.key))) }));
}

function meanOf(figures: readonly KeyFigures[]): MeanFigures {
  const linking = figures.map((f) => f.linkingAccuracy).filter((x): x is number => x !== null);
  return {
    entityPrecision: mean(figures.map((f) => f.entities.precision)),
    entityRecall: mean(figures.map((f) => f.entities.recall)),
    entityF1: mean(figures.map((f) => f.entities.f1)),
    typeAccuracy: mean(figures.map((f) => f.typeAccuracy)),
    pairPrecision: mean(figures.map((f) => f.pairs.precision)),
    pairRecall: mean(figures.map((f) => f.pairs.recall)),
    typedPrecision: mean(figures.map((f) => f.typed.precision)),
    typedRecall: mean(figures.map((f) => f.typed.recall)),
    linkingAccuracy: linking.length === 0 ? null : mean(linking),
    verbatimRate: mean(figures.map((f) => f.verbatimRate)),
    invented: figures.reduce((n, f) => n + f.invented, 0),
  };
}

/** What extracts one article: its file name, its text and the known set it may link against. */
export type Extractor = (sourceName: string, text: string, known: ReturnType<typeof buildKnownIndex>) => SeedFile;

/** The ingest pipeline, as the eval runs it. */
export const pipelineExtractor: Extractor = (sourceName, text, known) => toSeedFile(ingestText(sourceName, text, { known }));

/**
 * Runs the evaluation: each article against the known set of all the other keys. `extract` is
 * the pipeline unless another extractor (the naive baseline, seed/ingest/baseline.ts) is measured.
 */
export async function runEval(sources: EvalSources, extract: Extractor = pipelineExtractor): Promise<EvalReport> {
  const keys = await Promise.all(sources.keys.map(async (s) => ({ ...s, data: JSON.parse(await readFile(s.keyPath, 'utf8')) as SeedFile })));
  const figures: KeyFigures[] = [];
  for (const k of keys) {
    const others = keys.filter((o) => o.data.article.id !== k.data.article.id).map((o) => o.data);
    const known = buildKnownIndex(others);
    const predicted = extract(k.articlePath, await readFile(k.articlePath, 'utf8'), known);
    figures.push(compare(basename(k.keyPath), predicted, k.data, new Set(known.byId.keys())));
  }
  const rules: Record<string, { correct: number; total: number }> = {};
  for (const f of figures) {
    for (const [rule, { correct, total }] of Object.entries(f.rules)) {
      const r = (rules[rule] ??= { correct: 0, total: 0 });
      r.correct += correct;
      r.total += total;
    }
  }
  return {
    rules: Object.fromEntries(Object.entries(rules).sort(([a], [b]) => a.localeCompare(b))),
    keys: figures,
    groups: groupsOf(sources.groups ?? [], figures),
    mean: meanOf(figures),
  };
}
