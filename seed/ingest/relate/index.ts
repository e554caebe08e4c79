/**
 * Stage `relate`: relationships between the entities of a sentence, from rules. The rules come in
 * families, one module each (RELATION_RULES below, in order); each family reads a sentence and its
 * mentions through the shared context (context.ts) and records relationships with `add`. The
 * evidence is the sentence itself, verbatim, with its field and span.
 *
 * A statement under a negation or denial ("has denied it is selling weapons to …", "did not
 * visit") or in a conditional ("If it goes ahead, …", "could") is not a fact and is skipped.
 * A capital that stands for its government in a party role ("Nairobi has offered Peru …") is
 * resolved to its country (the metonym policy of seed/README.md).
 */
import type { EntityType } from '../../../src/generated/graphql';
import { HYPOTHETICAL_CUES, NEGATION_CUES } from '../cues';
import type { DocEntity, DocMention, DocRelationship, IngestDocument, Sentence } from '../document';
import { requireLayer } from '../document';
import { loadGazetteer } from '../gazetteer';
import type { RelationshipType } from '../vocabulary';
import { lastClause, startsConditional } from './clauses';
import type { RelateContext, RelationRules, SentenceScope } from './context';
import { actions } from './actions';
import { alliances } from './alliances';
import { announcements } from './announcements';
import { appointments } from './appointments';
import { backing } from './backing';
import { belonging } from './belonging';
import { claims } from './claims';
import { courts } from './courts';
import { credit } from './credit';
import { deals } from './deals';
import { eventRoles } from './event-roles';
import { events } from './events';
import { flows } from './flows';
import { hosting } from './hosting';
import { membership } from './membership';
import { offices } from './offices';
import { pairRules } from './pair-rules';
import { pairSubject } from './pair-subject';
import { participants } from './participants';
import { projects } from './projects';
import { regions } from './regions';
import { reporting } from './reporting';
import { roles } from './roles';
import { round10Actions } from './round10-actions';
import { round10Structure } from './round10-structure';
import { round11Actions } from './round11-actions';
import { round11Structure } from './round11-structure';
import { round12Places } from './round12-places';
import { round12Jobs, round12Roles } from './round12-roles';
import { round12Events } from './round12-events';
import { round12Disasters } from './round12-disasters';
import { round12More } from './round12-more';
import { round13A, round13Buildings } from './round13-a';
import { round13Appositions, round13Competitions, round13Declarations, round13Seats } from './round13-b';
import { round14C, round14CStatements } from './round14-c';
import { round14A } from './round14-a';
import { round14B } from './round14-b';
import { round15Events } from './round15-events';
import { round15Says } from './round15-says';
import { round15Orgs, round15Products } from './round15-orgs';
import { statements } from './statements';
import { structure } from './structure';
import { structureRound9 } from './structure-round9';

/** The rule families, in the order they run. */
export const RELATION_RULES: readonly RelationRules[] = [pairRules, pairSubject, offices, roles, appointments, reporting, regions, events, eventRoles, hosting, credit, structure, belonging, flows, courts, deals, claims, backing, projects, announcements, statements, participants, alliances, membership, structureRound9, round10Structure, round11Structure, actions, round10Actions, round11Actions, round12Roles, round12Jobs, round12Places, round12More, round12Disasters, round12Events, round13A, round13Buildings, round13Competitions, round13Appositions, round13Declarations, round13Seats, round14C, round14CStatements, round14A, round14B, round15Events, round15Says, round15Products, round15Orgs];

/** The families with sentence rules, in the order of RELATION_RULES. */
const SENTENCE_RULES: readonly RelationRules[] = RELATION_RULES.filter((family) => family.perSentence);

/**
 * The families' gates (SentenceGate), compiled once so a sentence answers them all from one pass
 * over its mentions and, when a gate has words, one over its tokens: each entity type a gate names
 * has a bit, a family's `typeMask` holds its types' bits, and `GATE_WORDS` gives for each word the
 * families whose gate holds it.
 */
const TYPE_BITS = new Map<EntityType, number>();
const GATE_WORDS = new Map<string, number[]>();
interface CompiledGate {
  /** The family has a `types` gate (an empty one admits no sentence). */
  readonly typed: boolean;
  readonly typeMask: number;
  /** The family has a `words` gate (an empty one admits no sentence). */
  readonly worded: boolean;
}
const GATES: readonly CompiledGate[] = SENTENCE_RULES.map((family, index) => {
  const gate = family.gate;
  let typeMask = 0;
  for (const type of gate?.types ?? []) {
    let bit = TYPE_BITS.get(type);
    if (bit === undefined) {
      if (TYPE_BITS.size >= 30) throw new Error(`relate: more than 30 entity types in the families' gates (at ${family.name})`);
      TYPE_BITS.set(type, (bit = 1 << TYPE_BITS.size));
    }
    typeMask |= bit;
  }
  for (const word of new Set(gate?.words ?? [])) {
    const families = GATE_WORDS.get(word);
    if (families) families.push(index);
    else GATE_WORDS.set(word, [index]);
  }
  return { typed: gate?.types !== undefined, typeMask, worded: gate?.words !== undefined };
});
/**
 * The shapes of the gate words (`mayBeGateWord`): per first code unit (ASCII) and length (up to 31),
 * a bit per last code unit (`shapeBit`). A token whose lower case is a gate word has the word's
 * length (lower-casing keeps the length of every code point but "İ", which becomes "i" and a
 * combining dot: a gate word with that dot turns the length test off) and, when its first and last
 * code units are ASCII, those code units lower-cased are the word's first and last (ASCII lower-cases
 * to ASCII, so a word whose first or last code unit is beyond ASCII matches only such a token).
 */
const GATE_SHAPES = new Uint32Array(128 * 32);
let longGateWords = false;
for (const word of GATE_WORDS.keys()) {
  const first = word.charCodeAt(0);
  if (word.length > 31) longGateWords = true;
  else if (first < 128) GATE_SHAPES[first * 32 + word.length]! |= shapeBit(word.charCodeAt(word.length - 1));
}
const GATE_LENGTHS_HOLD = ![...GATE_WORDS.keys()].some((word) => word.includes('\u0307'));
/** The bit of an ASCII code unit in a GATE_SHAPES entry: its letter, case folded (bits 0–25), or bit 26 for any other. */
function shapeBit(c: number): number {
  const folded = c | 32;
  return folded >= 97 && folded <= 122 ? 1 << (folded - 97) : 1 << 26;
}
/** Whether `token`, lower-cased, may be a gate word: a necessary condition, tested before lower-casing it (exported for its test). */
export function mayBeGateWord(token: string): boolean {
  const c = token.charCodeAt(0);
  if (c >= 128 || !GATE_LENGTHS_HOLD) return true;
  const n = token.length;
  if (n === 0) return false;
  if (n > 31) return longGateWords;
  const last = token.charCodeAt(n - 1);
  return last >= 128 || (GATE_SHAPES[(c >= 65 && c <= 90 ? c + 32 : c) * 32 + n]! & shapeBit(last)) !== 0;
}

/** Relationship types that read the same both ways: "A meets B" is "B meets A". */
const SYMMETRIC: ReadonlySet<string> = new Set(['MEETS', 'PARTNERS_WITH', 'TRADES_WITH', 'SIGNS_STATEMENT_WITH', 'SIGNS_AGREEMENT_WITH']);

/** The `relate` component. */
export function relate(doc: IngestDocument): IngestDocument {
  const sentences = requireLayer(doc, 'sentences', 'segment');
  const entities = requireLayer(doc, 'entities', 'cluster');
  const mentions = requireLayer(doc, 'mentions', 'cluster');
  const g = loadGazetteer();
  const byCode = new Map<string, DocEntity>();
  for (const e of entities.values()) {
    if (e.type !== 'COUNTRY') continue;
    const c = g.country(e.name);
    if (c) byCode.set(c.code, e);
  }
  /** The country of a capital named in the text (asked for every pair and rule, so kept per city). */
  const capitals = new Map<DocEntity, DocEntity | undefined>();
  // The relationships in the order first added, and each by source, type and target (no key string per call).
  const out: DocRelationship[] = [];
  const byTriple: Triples = new Map();

  const bySentence = new Map<number, DocMention[]>();
  for (const m of mentions) {
    const list = bySentence.get(m.sentence);
    if (list) list.push(m);
    else bySentence.set(m.sentence, [m]);
  }
  const lastOf = lastMentionOf(mentions, entities);

  // `fill` and `add` are methods, not named arrows: tsx (esbuild keepNames) wraps each named arrow
  // in a `__name` call (an Object.defineProperty) every time it is made, here once per article.
  const ctx: RelateContext = {
    sentences,
    entities,
    mentions,
    g,
    byCode,
    /** The entity that fills a role: itself, or for a capital in a party role, its country. */
    fill(m: DocMention, allowed: readonly EntityType[]): DocEntity | undefined {
      const e = entities.get(m.entityId);
      if (!e) return undefined;
      if (allowed.includes(e.type)) return e;
      if (e.type === 'CITY' && allowed.includes('COUNTRY')) return capitalCountry(g, byCode, capitals, e);
      return undefined;
    },
    add(source: DocEntity, type: RelationshipType, target: DocEntity, s: Sentence, confidence: number, rule: string, description: string | null = null): void {
      if (source.id === target.id) return;
      const existing = findTriple(byTriple, source.id, type, target.id) ?? (SYMMETRIC.has(type) ? findTriple(byTriple, target.id, type, source.id) : undefined);
      if (existing) {
        if (!existing.evidence.some((e) => e.quote === s.text && e.field === s.field)) existing.evidence.push({ field: s.field, start: s.start, end: s.end, quote: s.text });
        return;
      }
      const relationship: DocRelationship = { source: source.id, type, target: target.id, description, evidence: [{ field: s.field, start: s.start, end: s.end, quote: s.text }], confidence, rule };
      out.push(relationship);
      let byType = byTriple.get(source.id);
      if (!byType) byTriple.set(source.id, (byType = new Map()));
      let byTarget = byType.get(type);
      if (!byTarget) byType.set(type, (byTarget = new Map()));
      byTarget.set(target.id, relationship);
    },
    lastOf,
  };
  // Which families' gate words a sentence holds: `wordsSeen[f]` is the number of the last sentence
  // (counted from 1) whose tokens hold one of family f's words; `found`, the gate words it holds.
  const wordsSeen = new Int32Array(SENTENCE_RULES.length);
  // The gate pass of a sentence: the tokens lower-cased already, else only those that may be a gate
  // word. A method (see the scope below), made once per article; `at` is the serial of the sentence read.
  const gatePass = {
    at: 0,
    found: [] as string[],
    read(tokens: Sentence['tokens'], lowered: readonly string[] | undefined, serial: number): void {
      this.at = serial;
      const found = this.found;
      found.length = 0;
      if (lowered) {
        for (const word of lowered) {
          const families = GATE_WORDS.get(word);
          if (!families) continue;
          found.push(word);
          for (const family of families) wordsSeen[family] = serial;
        }
      } else {
        for (const t of tokens) {
          if (!mayBeGateWord(t.text)) continue;
          const word = t.text.toLowerCase();
          const families = GATE_WORDS.get(word);
          if (!families) continue;
          found.push(word);
          for (const family of families) wordsSeen[family] = serial;
        }
      }
    },
  };
  let serial = 0;
  for (const s of sentences) {
    const ms = bySentence.get(s.index);
    if (!ms) continue;
    if (!inTextOrder(ms)) ms.sort((a, b) => a.start - b.start);
    serial++;
    // The sentence's index for the families' gates: the bits of its mentions' entity types, and
    // (read on first ask) its lower-cased tokens, with the families whose gate words they are.
    let types = 0;
    for (const m of ms) {
      const e = entities.get(m.entityId);
      if (e) types |= TYPE_BITS.get(e.type) ?? 0;
    }
    let lowered: readonly string[] | undefined;
    let words: ReadonlySet<string> | undefined;
    // How many words other than gate words `hasWord` has scanned the tokens for.
    let scans = 0;
    const conditional = startsConditional(s);
    // Families ask `factual` of the same stretches (pair by pair, rule by rule): answered once each.
    let answers: Map<string, boolean> | undefined;
    // The scope's functions are method shorthands (they read no `this`, so families may destructure
    // them): tsx (esbuild keepNames) wraps every named arrow made here in a `__name` call, an
    // Object.defineProperty per sentence, but leaves methods alone.
    const scope: SentenceScope = {
      s,
      ms,
      local(from: number, to: number): string {
        return s.text.slice(from - s.start, to - s.start);
      },
      conditional,
      factual(between: string): boolean {
        if (conditional) return false;
        let answer = (answers ??= new Map()).get(between);
        if (answer === undefined) {
          const clause = lastClause(between);
          answers.set(between, (answer = !NEGATION_CUES.test(clause) && !HYPOTHETICAL_CUES.test(clause)));
        }
        return answer;
      },
      lowerTokens(): readonly string[] {
        return (lowered ??= s.tokens.map((t) => t.text.toLowerCase()));
      },
      hasWord(word: string): boolean {
        // A gate word is answered from the gate pass (the gate words its tokens hold, read once).
        if (GATE_WORDS.has(word)) {
          if (gatePass.at !== serial) gatePass.read(s.tokens, lowered, serial);
          return gatePass.found.includes(word);
        }
        // Another: a token of another length is passed over before it is lower-cased, so a sentence
        // asked few such words never builds the set (lower-casing keeps a token's length but for "İ",
        // whose lower case adds a combining dot: a word with that dot reads the set).
        if (words || word.includes('\u0307') || ++scans > 4) return (words ??= new Set(scope.lowerTokens())).has(word);
        const n = word.length;
        if (lowered) {
          for (const t of lowered) if (t.length === n && t === word) return true;
          return false;
        }
        for (const t of s.tokens) if (t.text.length === n && t.text.toLowerCase() === word) return true;
        return false;
      },
    };
    for (let f = 0; f < SENTENCE_RULES.length; f++) {
      const gate = GATES[f]!;
      if (gate.typed && (gate.typeMask & types) === 0) continue;
      if (gate.worded) {
        if (gatePass.at !== serial) gatePass.read(s.tokens, lowered, serial);
        if (wordsSeen[f] !== serial) continue;
      }
      SENTENCE_RULES[f]!.perSentence!(ctx, scope);
    }
  }
  for (const family of RELATION_RULES) family.perDocument?.(ctx);
  const relationships = out.sort((a, b) => a.source.localeCompare(b.source) || a.type.localeCompare(b.type) || a.target.localeCompare(b.target));
  return { ...doc, relationships };
}

/** The relationships of an article by source, type and target. */
type Triples = Map<string, Map<RelationshipType, Map<string, DocRelationship>>>;

function findTriple(byTriple: Triples, source: string, type: RelationshipType, target: string): DocRelationship | undefined {
  return byTriple.get(source)?.get(type)?.get(target);
}

/** The country of a capital named in the text, kept per city in `capitals`. */
function capitalCountry(g: RelateContext['g'], byCode: ReadonlyMap<string, DocEntity>, capitals: Map<DocEntity, DocEntity | undefined>, city: DocEntity): DocEntity | undefined {
  if (capitals.has(city)) return capitals.get(city);
  const c = g.capitalOf(city.name);
  const country = c ? byCode.get(c.code) : undefined;
  capitals.set(city, country);
  return country;
}

/** Whether the mentions are in text order (stage cluster leaves them so): then they need no sort. */
function inTextOrder(ms: readonly DocMention[]): boolean {
  for (let i = 1; i < ms.length; i++) if (ms[i - 1]!.start > ms[i]!.start) return false;
  return true;
}

/**
 * `lastOf` of the context: the entity of one of `types` named last before sentence `s` in its field,
 * i.e. the last of `mentions` (in their order) in that field that starts before the sentence and
 * has one of the types. The mentions are grouped by field once and searched backwards from the
 * sentence's start (a binary search when the field's mentions are in text order, as stage
 * `cluster` leaves them), and each answer is kept per sentence and types (their names, in order).
 */
function lastMentionOf(mentions: readonly DocMention[], entities: ReadonlyMap<string, DocEntity>): (s: Sentence, types: readonly EntityType[]) => string | undefined {
  const byField = new Map<string, DocMention[]>();
  for (const m of mentions) {
    const list = byField.get(m.field);
    if (list) list.push(m);
    else byField.set(m.field, [m]);
  }
  const ordered = new Set<string>();
  for (const [field, list] of byField) if (list.every((m, i) => i === 0 || list[i - 1]!.start <= m.start)) ordered.add(field);
  // Kept by the types' content, not the list's identity: families ask with a list literal made at
  // each call (`lastOf(s, ['PERSON'])`), which an identity key would never find again.
  const answers = new Map<string, Map<Sentence, string | undefined>>();
  return (s, types) => {
    const key = types.length === 1 ? types[0]! : types.join(' ');
    let byTypes = answers.get(key);
    if (!byTypes) answers.set(key, (byTypes = new Map()));
    if (byTypes.has(s)) return byTypes.get(s);
    const id = lastBefore(byField, ordered, entities, s, types);
    byTypes.set(s, id);
    return id;
  };
}

/** `lastOf`'s search (a module function, not a closure per article: see `relate`'s context). */
function lastBefore(byField: ReadonlyMap<string, readonly DocMention[]>, ordered: ReadonlySet<string>, entities: ReadonlyMap<string, DocEntity>, s: Sentence, types: readonly EntityType[]): string | undefined {
  const list = byField.get(s.field);
  if (!list) return undefined;
  // Mentions at or after the sentence's start cannot answer: in text order they are a suffix.
  let end = list.length;
  if (ordered.has(s.field)) {
    let lo = 0;
    while (lo < end) {
      const mid = (lo + end) >>> 1;
      if (list[mid]!.start < s.start) lo = mid + 1;
      else end = mid;
    }
  }
  for (let i = end - 1; i >= 0; i--) {
    const m = list[i]!;
    if (m.start < s.start && types.includes(entities.get(m.entityId)!.type)) return m.entityId;
  }
  return undefined;
}
