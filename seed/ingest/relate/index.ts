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
import type { RelateContext, RelationRules, SentenceGate } from './context';
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
import { offices } from './offices';
import { pairRules } from './pair-rules';
import { pairSubject } from './pair-subject';
import { participants } from './participants';
import { projects } from './projects';
import { regions } from './regions';
import { reporting } from './reporting';
import { roles } from './roles';
import { statements } from './statements';
import { structure } from './structure';

/** The rule families, in the order they run. */
export const RELATION_RULES: readonly RelationRules[] = [pairRules, pairSubject, offices, roles, appointments, reporting, regions, events, eventRoles, hosting, credit, structure, belonging, flows, courts, deals, claims, backing, projects, announcements, statements, participants, alliances];

/** The families with sentence rules, in the order of RELATION_RULES. */
const SENTENCE_RULES: readonly RelationRules[] = RELATION_RULES.filter((family) => family.perSentence);

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
  /** The entity that fills a role: itself, or for a capital in a party role, its country. */
  const fill = (m: DocMention, allowed: readonly EntityType[]): DocEntity | undefined => {
    const e = entities.get(m.entityId);
    if (!e) return undefined;
    if (allowed.includes(e.type)) return e;
    if (e.type === 'CITY' && allowed.includes('COUNTRY')) return capitalCountry(e);
    return undefined;
  };
  /** The country of a capital named in the text (asked for every pair and rule, so kept per city). */
  const capitals = new Map<DocEntity, DocEntity | undefined>();
  const capitalCountry = (city: DocEntity): DocEntity | undefined => {
    if (capitals.has(city)) return capitals.get(city);
    const c = g.capitalOf(city.name);
    const country = c ? byCode.get(c.code) : undefined;
    capitals.set(city, country);
    return country;
  };

  const out = new Map<string, DocRelationship>();
  const add = (source: DocEntity, type: RelationshipType, target: DocEntity, s: Sentence, confidence: number, rule: string, description: string | null = null) => {
    if (source.id === target.id) return;
    const key = `${source.id} ${type} ${target.id}`;
    const reverseKey = `${target.id} ${type} ${source.id}`;
    const existing = out.get(key) ?? (SYMMETRIC.has(type) ? out.get(reverseKey) : undefined);
    const evidence = { field: s.field, start: s.start, end: s.end, quote: s.text };
    if (existing) {
      if (!existing.evidence.some((e) => e.quote === evidence.quote && e.field === evidence.field)) existing.evidence.push(evidence);
      return;
    }
    out.set(key, { source: source.id, type, target: target.id, description, evidence: [evidence], confidence, rule });
  };

  const bySentence = new Map<number, DocMention[]>();
  for (const m of mentions) {
    const list = bySentence.get(m.sentence);
    if (list) list.push(m);
    else bySentence.set(m.sentence, [m]);
  }
  const lastOf = lastMentionOf(mentions, entities);

  const ctx: RelateContext = { sentences, entities, mentions, g, byCode, fill, add, lastOf };
  for (const s of sentences) {
    const ms = (bySentence.get(s.index) ?? []).sort((a, b) => a.start - b.start);
    if (ms.length === 0) continue;
    // The sentence's index for the families' gates: entity types of its mentions, lower-cased words (read on first ask).
    const types = new Set<EntityType>();
    for (const m of ms) {
      const e = entities.get(m.entityId);
      if (e) types.add(e.type);
    }
    let lower: ReadonlySet<string> | undefined;
    const admits = (gate: SentenceGate): boolean => {
      if (gate.types && !gate.types.some((t) => types.has(t))) return false;
      if (!gate.words) return true;
      lower ??= new Set(s.tokens.map((t) => t.text.toLowerCase()));
      return gate.words.some((w) => lower!.has(w));
    };
    const local = (from: number, to: number) => s.text.slice(from - s.start, to - s.start);
    const conditional = startsConditional(s);
    // Families ask this of the same stretches (pair by pair, rule by rule): answered once each.
    const answers = new Map<string, boolean>();
    const factual = (between: string) => {
      if (conditional) return false;
      let answer = answers.get(between);
      if (answer === undefined) {
        const clause = lastClause(between);
        answers.set(between, (answer = !NEGATION_CUES.test(clause) && !HYPOTHETICAL_CUES.test(clause)));
      }
      return answer;
    };
    const scope = { s, ms, local, conditional, factual };
    for (const family of SENTENCE_RULES) if (!family.gate || admits(family.gate)) family.perSentence!(ctx, scope);
  }
  for (const family of RELATION_RULES) family.perDocument?.(ctx);
  const relationships = [...out.values()].sort((a, b) => a.source.localeCompare(b.source) || a.type.localeCompare(b.type) || a.target.localeCompare(b.target));
  return { ...doc, relationships };
}

/**
 * `lastOf` of the context: the entity of one of `types` named last before sentence `s` in its field,
 * i.e. the last of `mentions` (in their order) in that field that starts before the sentence and
 * has one of the types. The mentions are grouped by field once and searched backwards from the
 * sentence's start (a binary search when the field's mentions are in text order, as stage
 * `cluster` leaves them), and each answer is kept per sentence and types list.
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
  const answers = new WeakMap<readonly EntityType[], Map<Sentence, string | undefined>>();
  const search = (s: Sentence, types: readonly EntityType[]): string | undefined => {
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
  };
  return (s, types) => {
    let byTypes = answers.get(types);
    if (!byTypes) answers.set(types, (byTypes = new Map()));
    if (byTypes.has(s)) return byTypes.get(s);
    const id = search(s, types);
    byTypes.set(s, id);
    return id;
  };
}
