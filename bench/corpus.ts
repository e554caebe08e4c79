/**
 * A deterministic synthetic news corpus in the seed file format (seed/schema.ts), for measuring
 * newsgraph at 1,000× its seed data. Every file passes the seed's validation: quotes are verbatim
 * sentences of the body, every alias occurs in the text, every entity is mentioned, no name or
 * alias is shared by two entities of one file, ids are well formed.
 *
 * Shape, chosen to be like news:
 * - entities are shared across articles with a Zipf (s = 1) distribution over a pool of twice as
 *   many entities as articles: a few entities appear in most articles (as "United States" does),
 *   most in one or two;
 * - each article mentions 5–30 entities and states 3–20 relationships between them.
 *
 * Synthetic names are made of syllables without the letter x, so they never answer the README's
 * search for "xi", and no synthetic entity is connected to a real one: the seed data's queries
 * return exactly the same results in a corpus of any size, and any change in their cost is the
 * cost of the table's size alone.
 */
import type { EntityType } from '../src/generated/graphql';
import type { SeedFile } from '../seed/schema';

export interface CorpusOptions {
  readonly articles: number;
  /** PRNG seed; the same options always give the same files. @default 1 */
  readonly seed?: number;
}

export interface CorpusFile {
  /** File name, e.g. `synthetic_000042.json` (sorted names keep article order). */
  readonly name: string;
  readonly content: SeedFile;
}

const MIN_MENTIONS = 5;
const MAX_MENTIONS = 30;
const MIN_RELATIONSHIPS = 3;
const MAX_RELATIONSHIPS = 20;
/** Entities in the pool per article. */
const POOL_PER_ARTICLE = 2;
const ZIPF_EXPONENT = 1;

/** Types by share of the pool, roughly as in the seed article. */
const TYPE_CYCLE: readonly EntityType[] = [
  'PERSON', 'PERSON', 'PERSON', 'COUNTRY', 'ORGANIZATION', 'GOVERNMENT_BODY', 'CITY', 'EVENT', 'PERSON', 'REGION',
  'PROJECT', 'PUBLICATION', 'PERSON', 'ORGANIZATION', 'NEWS_AGENCY', 'COUNTRY',
];

/** A name suffix per type, so a name reads as what it is ("Kamo Ritu Ministry"). */
const TYPE_SUFFIX: Readonly<Record<EntityType, string>> = {
  PERSON: '',
  ORGANIZATION: ' Group',
  GOVERNMENT_BODY: ' Ministry',
  COUNTRY: 'land',
  CITY: ' City',
  REGION: ' Region',
  EVENT: ' Summit',
  PROJECT: ' Pipeline',
  PUBLICATION: ' Herald',
  NEWS_AGENCY: ' Agency',
};

/** Relationship types of the seed vocabulary (seed/README.md) and how a sentence states them. */
const RELATIONS: ReadonlyArray<readonly [type: string, verb: string]> = [
  ['MEETS', 'met'],
  ['VISITS', 'visited'],
  ['SUPPORTS', 'backed'],
  ['OPPOSES', 'moved to counter'],
  ['PARTNERS_WITH', 'announced a partnership with'],
  ['DISCUSSES', 'discussed'],
  ['REPORTS_ON', 'reported on'],
  ['TRADES_WITH', 'expanded trade with'],
  ['WARNS', 'warned'],
  ['ACCUSES', 'accused'],
  ['SANCTIONS', 'imposed sanctions on'],
  ['INVITES', 'invited'],
  ['ATTENDS', 'attended an event hosted by'],
  ['CONCERNED_ABOUT', 'voiced concern about'],
  ['OBSERVES', 'closely watched'],
];

const CONSONANTS = 'bdfgklmnprstvz';
const VOWELS = 'aeiou';
const SYLLABLES = [...CONSONANTS].flatMap((c) => [...VOWELS].map((v) => c + v));
const WORDS = SYLLABLES.length * SYLLABLES.length;

/** mulberry32: small, fast and good enough for test data. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const between = (next: () => number, min: number, max: number) => min + Math.floor(next() * (max - min + 1));
const capitalize = (word: string) => word[0]!.toUpperCase() + word.slice(1);
const word = (n: number) => capitalize(SYLLABLES[Math.floor(n / SYLLABLES.length) % SYLLABLES.length]! + SYLLABLES[n % SYLLABLES.length]!);

interface PoolEntity {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  /** A shorter name the text may use, e.g. "Dr Ritu"; several entities may share one. Never a whole name. */
  readonly shortName: string;
}

/**
 * The entity of rank `rank` (0 = most frequent). Its two name words are a pair no other rank
 * has (the second word's offset `101 * q` is distinct for every block `q`, 101 being prime to
 * the number of words), so no name is a whole-word part of another.
 */
function poolEntity(rank: number): PoolEntity {
  const first = rank % WORDS;
  const block = Math.floor(rank / WORDS);
  const second = (first * 37 + block * 101 + 1) % WORDS;
  const type = TYPE_CYCLE[rank % TYPE_CYCLE.length]!;
  const given = word(first);
  const family = word(second);
  const name = `${given} ${family}${TYPE_SUFFIX[type]}`;
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const shortName = type === 'PERSON' ? `Dr ${family}` : type === 'COUNTRY' ? `${family}land` : `The ${family}${TYPE_SUFFIX[type]}`;
  return { id: `entity:${slug}`, name, type, shortName };
}

/** Samples ranks 0..size-1 with probability proportional to 1 / (rank + 1)^s. */
function zipfSampler(size: number, next: () => number): () => number {
  const cumulative = new Float64Array(size);
  let total = 0;
  for (let rank = 0; rank < size; rank++) {
    total += 1 / (rank + 1) ** ZIPF_EXPONENT;
    cumulative[rank] = total;
  }
  return () => {
    const target = next() * total;
    let low = 0;
    let high = size - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (cumulative[mid]! < target) low = mid + 1;
      else high = mid;
    }
    return low;
  };
}

/** Every file of the corpus, in article order. */
export function* generateCorpus(options: CorpusOptions): Generator<CorpusFile> {
  const next = random(options.seed ?? 1);
  const poolSize = Math.max(100, options.articles * POOL_PER_ARTICLE);
  const sampleRank = zipfSampler(poolSize, next);
  const digits = String(options.articles).length;
  // Newest first is the article list's order; synthetic articles are dated, one per hour.
  const start = Date.UTC(2024, 0, 1);

  for (let index = 0; index < options.articles; index++) {
    const want = between(next, MIN_MENTIONS, MAX_MENTIONS);
    const ranks = new Set<number>();
    for (let tries = 0; ranks.size < want && tries < want * 50; tries++) ranks.add(sampleRank());
    const entities = [...ranks].map(poolEntity);
    yield { name: `synthetic_${String(index).padStart(digits, '0')}.json`, content: article(index, new Date(start + index * 3_600_000), entities, next) };
  }
}

function article(index: number, publishedAt: Date, entities: readonly PoolEntity[], next: () => number): SeedFile {
  const relationships = new Map<string, { source: PoolEntity; target: PoolEntity; type: string; verb: string }>();
  const wanted = Math.min(between(next, MIN_RELATIONSHIPS, MAX_RELATIONSHIPS), entities.length * (entities.length - 1));
  while (relationships.size < wanted) {
    const source = entities[Math.floor(next() * entities.length)]!;
    const target = entities[Math.floor(next() * entities.length)]!;
    if (source === target) continue;
    const [type, verb] = RELATIONS[Math.floor(next() * RELATIONS.length)]!;
    relationships.set(`${source.id} ${type} ${target.id}`, { source, target, type, verb });
  }

  // A short name is an alias only where no other entity of this article shares it.
  const shortNameCount = new Map<string, number>();
  for (const entity of entities) shortNameCount.set(entity.shortName, (shortNameCount.get(entity.shortName) ?? 0) + 1);
  const aliased = entities.filter((entity) => shortNameCount.get(entity.shortName) === 1 && next() < 0.5);

  const statements = [...relationships.values()].map((r) => ({ ...r, sentence: `${r.source.name} ${r.verb} ${r.target.name}.` }));
  const stated = new Set(statements.flatMap((s) => [s.source.id, s.target.id]));
  const paragraphs = [
    `Talks involving ${entities[0]!.name} continued on day ${index + 1} of the synthetic news cycle.`,
    ...statements.map((s) => s.sentence),
    ...entities.filter((e) => !stated.has(e.id)).map((e) => `Observers also mentioned ${e.name}.`),
    ...aliased.map((e) => `${e.shortName} declined to comment further.`),
  ];
  const body = paragraphs.join('\n\n');

  return {
    article: {
      id: `article:synthetic-${index}`,
      title: `Synthetic report ${index + 1}: ${entities[0]!.name} in the news`,
      body,
      publishedAt: publishedAt.toISOString().replace('.000Z', 'Z'),
      dateDescription: null,
      publisher: null,
      url: null,
      imageAlt: null,
      imageCaption: null,
      imageCredit: null,
    },
    entities: entities.map((e) => ({
      id: e.id,
      type: e.type,
      name: e.name,
      aliases: aliased.includes(e) ? [e.shortName] : [],
      description: null,
      wikidataId: null,
    })),
    relationships: statements.map((s) => ({
      source: s.source.id,
      type: s.type,
      target: s.target.id,
      description: null,
      evidence: [{ quote: s.sentence, field: 'BODY' as const }],
    })),
  };
}
