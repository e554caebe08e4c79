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
import type { RelateContext, RelationRules } from './context';
import { announcements } from './announcements';
import { backing } from './backing';
import { claims } from './claims';
import { courts } from './courts';
import { credit } from './credit';
import { events } from './events';
import { flows } from './flows';
import { offices } from './offices';
import { pairRules } from './pair-rules';
import { pairSubject } from './pair-subject';
import { projects } from './projects';
import { regions } from './regions';
import { reporting } from './reporting';
import { structure } from './structure';

/** The rule families, in the order they run. */
export const RELATION_RULES: readonly RelationRules[] = [pairRules, pairSubject, offices, reporting, regions, events, credit, structure, flows, courts, claims, backing, projects, announcements];

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
    if (allowed.includes(e.type)) {
      if (e.type === 'CITY' && !allowed.includes('CITY')) return undefined;
      return e;
    }
    if (e.type === 'CITY' && allowed.includes('COUNTRY')) {
      const c = g.capitalOf(e.name);
      return c ? byCode.get(c.code) : undefined;
    }
    return undefined;
  };

  const out = new Map<string, DocRelationship>();
  const add = (source: DocEntity, type: RelationshipType, target: DocEntity, s: Sentence, confidence: number, rule: string, description: string | null = null) => {
    if (source.id === target.id) return;
    const key = `${source.id} ${type} ${target.id}`;
    const reverseKey = `${target.id} ${type} ${source.id}`;
    const existing = out.get(key) ?? (['MEETS', 'PARTNERS_WITH', 'TRADES_WITH', 'SIGNS_STATEMENT_WITH', 'SIGNS_AGREEMENT_WITH'].includes(type) ? out.get(reverseKey) : undefined);
    const evidence = { field: s.field, start: s.start, end: s.end, quote: s.text };
    if (existing) {
      if (!existing.evidence.some((e) => e.quote === evidence.quote && e.field === evidence.field)) existing.evidence.push(evidence);
      return;
    }
    out.set(key, { source: source.id, type, target: target.id, description, evidence: [evidence], confidence, rule });
  };

  const bySentence = new Map<number, DocMention[]>();
  for (const m of mentions) bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), m]);

  /** The entity of one of `types` named last before sentence `s` in its field (for "he", "the company"). */
  const lastOf = (s: Sentence, types: readonly EntityType[]): string | undefined =>
    mentions.filter((m) => m.field === s.field && m.start < s.start && types.includes(entities.get(m.entityId)!.type)).pop()?.entityId;

  const ctx: RelateContext = { sentences, entities, mentions, g, byCode, fill, add, lastOf };
  for (const s of sentences) {
    const ms = (bySentence.get(s.index) ?? []).sort((a, b) => a.start - b.start);
    if (ms.length === 0) continue;
    const local = (from: number, to: number) => s.text.slice(from - s.start, to - s.start);
    const conditional = startsConditional(s);
    const factual = (between: string) => {
      const clause = lastClause(between);
      return !conditional && !NEGATION_CUES.test(clause) && !HYPOTHETICAL_CUES.test(clause);
    };
    const scope = { s, ms, local, conditional, factual };
    for (const family of RELATION_RULES) family.perSentence?.(ctx, scope);
  }
  for (const family of RELATION_RULES) family.perDocument?.(ctx);
  const relationships = [...out.values()].sort((a, b) => a.source.localeCompare(b.source) || a.type.localeCompare(b.type) || a.target.localeCompare(b.target));
  return { ...doc, relationships };
}
