/**
 * Stage `relate`: relationships between the entities of a sentence, from trigger patterns. Each
 * rule names a type of the vocabulary (vocabulary.ts), the entity types its ends may have and the
 * words that must stand between them ("A will arrive in B", "A’s war against B"). The evidence is
 * the sentence itself, verbatim, with its field and span.
 *
 * A statement under a negation or denial ("has denied it is selling weapons to …", "did not
 * visit") or in a conditional ("If it goes ahead, …", "could") is not a fact and is skipped.
 * A capital that stands for its government in a party role ("Beijing has offered Russia …") is
 * resolved to its country (the metonym policy of seed/README.md).
 */
import type { EntityType } from '../../src/generated/graphql';
import { ALLEGATION_CUES, HYPOTHETICAL_CUES, NEGATION_CUES, OFFICE_NOUNS } from './cues';
import type { DocEntity, DocMention, DocRelationship, IngestDocument, Sentence } from './document';
import { requireLayer } from './document';
import { loadGazetteer } from './gazetteer';
import { appositionAfter } from './cluster';
import type { RelationshipType } from './vocabulary';

const PARTY: readonly EntityType[] = ['PERSON', 'COUNTRY', 'GOVERNMENT_BODY', 'ORGANIZATION'];
const PLACE: readonly EntityType[] = ['COUNTRY', 'CITY', 'REGION'];

interface PairRule {
  readonly rule: string;
  readonly type: RelationshipType;
  readonly source: readonly EntityType[];
  readonly target: readonly EntityType[];
  /** Must match the text between source and target (anchored where the pattern says). */
  readonly between: RegExp;
  readonly confidence: number;
  /** The relationship runs from the later mention to the earlier one. */
  readonly reverse?: boolean;
  /** Only for adjacent mentions (no other entity between them). */
  readonly adjacent?: boolean;
}

/** Trigger right before the target: "… will arrive in B". */
/**
 * Words that may stand between a trigger and its target without changing what the target is: an
 * article and up to three capitalised words (a demonym, a title) or place and outlet nouns ("the
 * Russian newspaper …", "the northern city of …").
 */
const FILLER = String.raw`(?:(?:the|a|an)\s+)?(?:(?:[\p{Lu}][\p{L}\-]+|northern|southern|eastern|western|central|north-eastern|north-western|south-eastern|south-western|capital|city|town|port|state|region|province|island|country|nation|neighbouring|neighboring|newspaper|daily|weekly|magazine|broadcaster|agency|site|portal|outlet|senior|top|former|leading|prominent|several|more|than|dozen|a|an|the|\d+|of)\s+){0,4}`;
/**
 * Trigger right before the target: "… will arrive in B". The regex carries the trigger's words, so a
 * sentence stretch that holds none of them is passed over without running it.
 */
const before = (trigger: string): RegExp & { words?: ReadonlySet<string> } =>
  Object.assign(new RegExp(`(?:^|[\\s’'])(?:${trigger})\\s+${FILLER}$`, 'u'), { words: new Set(trigger.split(/[|\s]+/)) });
const WORDS = /[\p{L}\-]+/gu;

/** The last ~90 characters of `between` (trigger and filler never take more) and their words. */
function tailOf(between: string): { text: string; words: readonly string[] } {
  const text = between.length > 90 ? between.slice(-90) : between;
  return { text, words: text.match(WORDS) ?? [] };
}

/** Whether `between` (the text from source to target) states the rule's trigger. */
function triggers(rule: PairRule, between: string, tail: { text: string; words: readonly string[] }): boolean {
  const words = (rule.between as { words?: ReadonlySet<string> }).words;
  if (!words) return rule.between.test(between);
  return tail.words.some((w) => words.has(w)) && rule.between.test(tail.text);
}

const PAIR_RULES: readonly PairRule[] = [
  { rule: 'visit-verb', type: 'VISITS', source: ['PERSON'], target: PLACE, between: before('visit|visits|visited|visiting|arrive in|arrives in|arrived in|arriving in|travel to|travels to|travelled to|traveled to|travelling to|trip to|visit to|tour|toured|touring|flew to|landed in|went to'), confidence: 0.8 },
  { rule: 'meet-verb', type: 'MEETS', source: ['PERSON'], target: ['PERSON'], between: before('met|meet|meets|meeting|met with|meet with|meets with|held talks with|holds talks with|talks with|sat down with'), confidence: 0.75 },
  { rule: 'attend-event', type: 'ATTENDS', source: ['PERSON', 'ORGANIZATION'], target: ['EVENT'], between: before('attend|attends|attended|attending|met at|meet at|spoke at|speak at|speaks at|address|addressed|addresses|joined|join|joins|took part in|takes part in|take part in|participated in|competed in|competes in|won'), confidence: 0.75 },
  { rule: 'event-visit', type: 'ATTENDS', source: ['PERSON'], target: ['EVENT'], between: before('for|on|during|make|makes|made|making|begin|begins|began|start|starts|started|pay|pays|paid|paying'), confidence: 0.55 },
  { rule: 'event-in-place', type: 'HELD_IN', source: ['EVENT'], target: PLACE, between: /^,?\s+(?:in|held in|taking place in|took place in|will be held in|was held in|is held in|hosted in|hosted by|staged in|opened in|opens in)\s+(?:the\s+)?$/u, confidence: 0.8, adjacent: true },
  { rule: 'accuse-verb', type: 'ACCUSES', source: PARTY, target: PARTY, between: before('accused|accuses|accuse|accusing|blamed|blames|blame|charged'), confidence: 0.8 },
  { rule: 'sanction-verb', type: 'SANCTIONS', source: PARTY, target: PARTY, between: before('sanctioned|sanctions|sanction|sanctions against|sanctions on|imposed sanctions on|imposes sanctions on|penalties on|tariffs on'), confidence: 0.75 },
  { rule: 'support-verb', type: 'SUPPORTS', source: PARTY, target: PARTY, between: before('backed|backs|back|supported|supports|support for|endorsed|endorses|has offered|offered|aid to|aided|help|helped|helps|defended|defends'), confidence: 0.7 },
  { rule: 'oppose-verb', type: 'OPPOSES', source: PARTY, target: PARTY, between: before('opposed|opposes|oppose|criticised|criticized|criticises|criticizes|condemned|condemns|to counter|countering|rejected|rejects'), confidence: 0.65 },
  { rule: 'warn-verb', type: 'WARNS', source: PARTY, target: PARTY, between: before('warned|warns|warn|cautioned'), confidence: 0.75 },
  { rule: 'export-to', type: 'EXPORTS_TO', source: ['COUNTRY', 'ORGANIZATION', 'CITY', 'REGION'], target: ['COUNTRY', 'REGION', 'CITY', 'ORGANIZATION'], between: /\b(?:export|exports|exported|exporting|sells|sell|sold|selling|ships|shipped|shipping)\b[^.;:]{0,60}\bto\s+(?:the\s+)?$/u, confidence: 0.7 },
  { rule: 'import-from', type: 'EXPORTS_TO', source: ['COUNTRY', 'ORGANIZATION', 'CITY', 'REGION'], target: ['COUNTRY', 'REGION', 'CITY', 'ORGANIZATION'], between: /\b(?:import|imports|imported|importing|buys|buy|bought|buying|purchases|purchased)\b[^.;:]{0,60}\bfrom\s+(?:the\s+)?$/u, confidence: 0.7, reverse: true },
  { rule: 'supply-to', type: 'SUPPLIES', source: ['PROJECT', 'ORGANIZATION', 'COUNTRY'], target: ['COUNTRY', 'REGION', 'CITY', 'ORGANIZATION'], between: /\b(?:supply|supplies|supplied|supplying|deliver|delivers|delivered|delivering|divert|diverts|carry|carries|provide|provides|provided|providing|power|powers)\b[^.;:]{0,60}\bto\s+(?:the\s+)?$/u, confidence: 0.65 },
  { rule: 'infrastructure-connects', type: 'CONNECTS', source: ['PROJECT'], target: PLACE, between: before('connect|connects|connecting|connected|link|links|linking|linked|join|joins|joining|between|from'), confidence: 0.75 },
  { rule: 'infrastructure-via', type: 'PASSES_THROUGH', source: ['PROJECT'], target: PLACE, between: before('via|through|across|crossing|crosses|traverses|traversing'), confidence: 0.75 },
  { rule: 'war-on', type: 'WAGES_WAR_ON', source: ['COUNTRY', 'ORGANIZATION'], target: ['COUNTRY', 'CITY', 'REGION', 'ORGANIZATION'], between: before('war against|war on|war with|invasion of|invaded|invades|invade|assault on|attack on|attacks on|attacked|attacks|offensive against|strikes on|struck|bombed|bombing of'), confidence: 0.75 },
  { rule: 'discuss-topic', type: 'DISCUSSES', source: ['PERSON', 'COUNTRY', 'GOVERNMENT_BODY', 'ORGANIZATION'], target: ['PROJECT', 'EVENT', 'ORGANIZATION'], between: before('discuss|discusses|discussed|discussing|broach the issue of|broach|raise the issue of|raised the issue of|raise|raised|talk about|talked about'), confidence: 0.65 },
  { rule: 'announce-event', type: 'ANNOUNCES', source: ['PERSON', 'GOVERNMENT_BODY', 'ORGANIZATION', 'COUNTRY'], target: ['EVENT'], between: before('announced|announces|announce|unveiled|unveils'), confidence: 0.7 },
  { rule: 'develop-verb', type: 'DEVELOPS', source: ['ORGANIZATION', 'GOVERNMENT_BODY', 'COUNTRY', 'PERSON'], target: ['PROJECT'], between: before('developed|develops|develop|developing|built|builds|build|building|designed|designs|design|operates|operated|operate|runs|launched|launches|launch|constructed|constructs|construct|financed|finances|funded|funds'), confidence: 0.65 },
  { rule: 'developed-by', type: 'DEVELOPS', source: ['ORGANIZATION', 'GOVERNMENT_BODY', 'COUNTRY', 'PERSON'], target: ['PROJECT'], between: /^,?\s+(?:(?:which|that)\s+(?:was|is|has been)\s+)?(?:developed|built|designed|operated|run|launched|constructed|financed|funded|owned)\s+by\s+(?:the\s+)?$/u, confidence: 0.7, reverse: true },
  { rule: 'land-on', type: 'LANDS_ON', source: ['PROJECT', 'COUNTRY', 'ORGANIZATION'], target: [...PLACE, 'PROJECT'], between: before('landed on|landed near|landed at|lands on|land on|landing on|touched down on|touched down near|touched down at|touches down on|touch down on'), confidence: 0.7 },
  { rule: 'expel-verb', type: 'EXPELS', source: ['COUNTRY', 'GOVERNMENT_BODY'], target: ['COUNTRY', 'PERSON'], between: before('expelled|expels|expel|expelling|ordered out|ordered the expulsion of'), confidence: 0.7 },
  { rule: 'write-for', type: 'WRITES_FOR', source: ['PERSON'], target: ['PUBLICATION', 'NEWS_AGENCY'], between: before('article for|articles for|op-ed for|column for|wrote for|writes for|writing for|wrote in|writes in|writing in|article in|an article for|told|interview with|an interview with'), confidence: 0.6 },
  { rule: 'trade-with', type: 'TRADES_WITH', source: PARTY, target: PARTY, between: before('trade with|trades with|trading with|trading partner of|trade ties with'), confidence: 0.65 },
  { rule: 'concern-about', type: 'CONCERNED_ABOUT', source: PARTY, target: [...PARTY, 'EVENT', 'PROJECT'], between: before('concern about|concern over|concerns about|concerns over|concerned about|concerned over|worried about|worries about|alarmed at|alarmed by|alarm over|fears about|fears over'), confidence: 0.6 },
  { rule: 'mediate-verb', type: 'MEDIATES', source: PARTY, target: [...PARTY, 'EVENT'], between: before('mediated|mediates|mediate|mediating|brokered|brokers|broker|brokering|mediator in|mediator between|peace talks on'), confidence: 0.6 },
  { rule: 'invite-verb', type: 'INVITES', source: PARTY, target: ['PERSON', 'COUNTRY', 'ORGANIZATION'], between: before('invited|invites|invite|inviting'), confidence: 0.65 },
  { rule: 'supply-with', type: 'SUPPLIES', source: PARTY, target: PARTY, between: before('supplying|supplies|supplied|supply|providing|provides|provided|provide|arming|armed|arms'), confidence: 0.55 },
  { rule: 'fine-verb', type: 'FINES', source: ['GOVERNMENT_BODY', 'ORGANIZATION', 'COUNTRY', 'CITY'], target: PARTY, between: before('fined|fines|fine|imposed a fine on|imposes a fine on|fine on|fine against|penalised|penalized'), confidence: 0.65 },
  { rule: 'rule-against', type: 'RULES_AGAINST', source: ['GOVERNMENT_BODY', 'ORGANIZATION'], target: PARTY, between: before('ruled against|rules against|ruling against|decided against|found against|dismissed the appeal of|rejected the appeal of|annulled|struck down'), confidence: 0.65 },
  { rule: 'city-in-area', type: 'PART_OF', source: ['CITY'], target: ['COUNTRY', 'REGION'], between: /^,\s+$/u, confidence: 0.7, adjacent: true },
  { rule: 'sign-agreement-with', type: 'SIGNS_AGREEMENT_WITH', source: PARTY, target: PARTY, between: /\b(?:signed|signs|sign|reached|reach|struck|strike|concluded|agreed)\b[^.;:]{0,50}\b(?:agreement|deal|accord|treaty|pact|contract|memorandum)\s+with\s+(?:the\s+)?$/u, confidence: 0.75 },
  { rule: 'based-in', type: 'BASED_IN', source: ['ORGANIZATION', 'PUBLICATION', 'NEWS_AGENCY', 'GOVERNMENT_BODY'], target: PLACE, between: before('based in|headquartered in|head office in|offices in'), confidence: 0.75 },
  { rule: 'possessive-body', type: 'PART_OF', source: ['GOVERNMENT_BODY'], target: PLACE, between: /^[’']s\s+$/u, confidence: 0.8, reverse: true, adjacent: true },
  { rule: 'partnership-between', type: 'PARTNERS_WITH', source: PARTY, target: PARTY, between: /^\s+and\s+$/u, confidence: 0.7, adjacent: true },
  { rule: 'agreement-between', type: 'SIGNS_AGREEMENT_WITH', source: PARTY, target: PARTY, between: /^\s+and\s+$/u, confidence: 0.65, adjacent: true },
  { rule: 'talks-between', type: 'MEETS', source: ['PERSON'], target: ['PERSON'], between: /^\s+and\s+$/u, confidence: 0.6, adjacent: true },
  { rule: 'trade-between', type: 'TRADES_WITH', source: PARTY, target: PARTY, between: /^\s+and\s+$/u, confidence: 0.6, adjacent: true },
  { rule: 'host-verb', type: 'MEETS', source: ['PERSON'], target: ['PERSON'], between: before('hosted|hosts|host|welcomed|welcomes|welcome|received|receives|greeted|greets'), confidence: 0.6 },
  { rule: 'infrastructure-ends', type: 'CONNECTS', source: ['PROJECT'], target: PLACE, between: before('from|to|into|reach|reaches|reaching'), confidence: 0.55 },
];

/** "<noun> between A and B": the noun that makes each "between" rule. */
const BETWEEN_HEADS: Readonly<Record<string, string>> = {
  'partnership-between': 'partnership|alliance|cooperation|ties|relations|partnerships|alliances',
  'agreement-between': 'agreement|agreements|deal|deals|treaty|accord|contract|pact|memorandum',
  'talks-between': 'talks|meeting|summit|meetings|call|phone call|conversation',
  'trade-between': 'trade|commerce|trading',
};

/** Nouns that, after "the", refer back to the last entity of their kind. */
const ANAPHORA: Readonly<Record<string, readonly EntityType[]>> = {
  company: ['ORGANIZATION'], firm: ['ORGANIZATION'], group: ['ORGANIZATION'], organisation: ['ORGANIZATION'], organization: ['ORGANIZATION'],
  ministry: ['GOVERNMENT_BODY'], department: ['GOVERNMENT_BODY'], agency: ['GOVERNMENT_BODY', 'NEWS_AGENCY'], commission: ['GOVERNMENT_BODY'],
  pipeline: ['PROJECT'], project: ['PROJECT'], mission: ['PROJECT'], spacecraft: ['PROJECT'], railway: ['PROJECT'], bridge: ['PROJECT'],
  newspaper: ['PUBLICATION'], paper: ['PUBLICATION'], court: ['GOVERNMENT_BODY'],
};

const OFFICE_LEADS = /\b(?:chief executive|chief|head|chairman|chairwoman|chair|president|founder|co-founder|director|leader|ceo|boss)\b/i;

/** The clause of `text` that ends at its end (split at commas, semicolons, dashes and "and"/"but"). */
const lastClause = (text: string) => text.split(/[,;:–—]|\s(?:and|but|while|whereas)\s/).pop() ?? text;
const startsConditional = (s: Sentence) => /^[“"‘']?\s*(?:If|Unless|Should|Were)\b/u.test(s.text);

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

  for (const s of sentences) {
    const ms = (bySentence.get(s.index) ?? []).sort((a, b) => a.start - b.start);
    if (ms.length === 0) continue;
    const local = (from: number, to: number) => s.text.slice(from - s.start, to - s.start);
    const conditional = startsConditional(s);
    const factual = (between: string) => {
      const clause = lastClause(between);
      return !conditional && !NEGATION_CUES.test(clause) && !HYPOTHETICAL_CUES.test(clause);
    };
    // Pair rules: for each target, the nearest source before it that the rule accepts. Besides the
    // mentions: a demonym before a noun stands for its country as a target ("expelled a senior
    // Kenyan diplomat", "sanctions against … Chilean firms"), and "he"/"she" at the start of a clause
    // for the person last named before the sentence, as a source.
    const virtual: Array<DocMention & { role: 'target' | 'source' }> = [];
    s.tokens.forEach((t, k) => {
      if (ms.some((m) => t.start < m.end && m.start < t.end)) return;
      const c = g.demonym(t.text);
      const country = c ? byCode.get(c.code) : undefined;
      if (country && /^\p{Ll}/u.test(s.tokens[k + 1]?.text ?? '')) virtual.push({ field: s.field, start: t.start, end: t.end, text: t.text, entityId: country.id, sentence: s.index, role: 'target' });
      if (/^(?:He|She|he|she)$/.test(t.text) && (k === 0 || [',', '“', '"'].includes(s.tokens[k - 1]!.text) || s.tokens[k - 1]!.text === 'and')) {
        const last = lastOf(s, ['PERSON']);
        if (last) virtual.push({ field: s.field, start: t.start, end: t.end, text: t.text, entityId: last, sentence: s.index, role: 'source' });
      }
      // "The company said …", "the pipeline will …": a definite description of the kind last named.
      const kind = /^(?:the|The)$/.test(t.text) ? ANAPHORA[s.tokens[k + 1]?.text ?? ''] : undefined;
      if (kind && !ms.some((m) => m.start === s.tokens[k + 2]?.start)) {
        const last = lastOf(s, kind);
        const noun = s.tokens[k + 1]!;
        if (last) virtual.push({ field: s.field, start: t.start, end: noun.end, text: `${t.text} ${noun.text}`, entityId: last, sentence: s.index, role: 'source' });
      }
    });
    const pm: Array<DocMention & { role?: 'target' | 'source' }> = [...ms, ...virtual].sort((x, y) => x.start - y.start);
    for (let j = 0; j < pm.length; j++) {
      if (pm[j]!.role === 'source') continue;
      const settled = new Set<PairRule>();
      for (let i = j - 1; i >= 0 && settled.size < PAIR_RULES.length; i--) {
        const [a, b] = [pm[i]!, pm[j]!];
        const between = local(a.end, b.start);
        if (between.length > 140) break;
        if (a.role === 'target') continue;
        const alleged = ALLEGATION_CUES.test(lastClause(local(s.start, a.start))) || ALLEGATION_CUES.test(between);
        const tail = tailOf(between);
        for (const rule of PAIR_RULES) {
          if (settled.has(rule)) continue;
          if (rule.adjacent && i !== j - 1) {
            settled.add(rule);
            continue;
          }
          if (rule.reverse && (a.role || b.role)) continue;
          if (alleged && !['ACCUSES', 'WARNS'].includes(rule.type)) continue;
          const [srcM, tgtM] = rule.reverse ? [b, a] : [a, b];
          const source = fill(srcM, rule.source);
          const target = fill(tgtM, rule.target);
          if (!source || !target || !triggers(rule, between, tail)) continue;
          settled.add(rule);
          const head = BETWEEN_HEADS[rule.rule];
          if (head && !new RegExp(`\\b(?:${head})\\s+(?:between|of)\\s+(?:the\\s+)?$`, 'u').test(local(Math.max(s.start, a.start - 80), a.start))) continue;
          if (!factual(between)) continue;
          const distance = pm.slice(i + 1, j).filter((m) => !m.role).length;
          const anaphora = (rule.reverse ? tgtM : srcM).role === 'source';
          add(source, rule.type, target, s, Math.max(0.3, rule.confidence - 0.1 * distance - (anaphora ? 0.15 : 0)), anaphora ? `${rule.rule}+anaphora` : rule.rule);
          // "A and B visited …": a partner joined to the source by "and" shares the relationship.
          const prev = pm[i - 1];
          if (prev && !prev.role && !rule.reverse && /^\s*(?:and|,)\s*$/u.test(local(prev.end, a.start))) {
            const partner = fill(prev, rule.source);
            if (partner && partner.type === source.type) add(partner, rule.type, target, s, Math.max(0.3, rule.confidence - 0.15), `${rule.rule}+coordinated-source`);
          }
          // "… visiting B, C and D": the targets listed after the first share it too.
          let k = j;
          while (!rule.adjacent && pm[k + 1] && !pm[k + 1]!.role && /^\s*(?:,|and|, and|or|, or)\s*(?:the\s+)?$/u.test(local(pm[k]!.end, pm[k + 1]!.start))) {
            const next = fill(pm[k + 1]!, rule.target);
            if (!next || next.type !== target.type) break;
            add(rule.reverse ? next : source, rule.type, rule.reverse ? source : next, s, Math.max(0.3, rule.confidence - 0.1), `${rule.rule}+listed-target`);
            k++;
          }
        }
      }
    }
    // "A and B met …", "A and B will sign a joint statement …": the pair is the subject.
    for (let i = 0; i + 1 < ms.length; i++) {
      const [a, b] = [ms[i]!, ms[i + 1]!];
      if (!/^\s+and\s+$/u.test(local(a.end, b.start))) continue;
      const rest = s.text.slice(b.end - s.start);
      const x = fill(a, PARTY);
      const y = fill(b, PARTY);
      if (!x || !y) continue;
      const verb = /^\s+(?:(?:have|has|had|will|would|are to|were to|agreed to|plan to|did)\s+)?(met|meet|sign(?:ed)?(?: a)? joint statement|signed|sign)\b/u.exec(rest);
      if (!verb || !factual(rest.slice(0, verb.index + verb[0].length))) continue;
      if (verb[1]!.startsWith('me') && x.type === 'PERSON' && y.type === 'PERSON') add(x, 'MEETS', y, s, 0.75, 'pair-subject-met');
      if (/joint statement/.test(verb[1]!)) add(x, 'SIGNS_STATEMENT_WITH', y, s, 0.75, 'pair-subject-joint-statement');
      else if (verb[1]!.startsWith('sign') && /\b(?:agreement|deal|accord|treaty|pact)\b/.test(rest)) add(x, 'SIGNS_AGREEMENT_WITH', y, s, 0.7, 'pair-subject-agreement');
    }
    // Offices from appositions and titles: "X, the Chinese president", "US Secretary of State X".
    for (const m of ms) {
      const person = entities.get(m.entityId);
      if (!person || person.type !== 'PERSON') continue;
      const first = s.tokens.findIndex((t) => t.start === m.start);
      const last = s.tokens.findIndex((t) => t.end === m.end);
      if (first === -1 || last === -1) continue;
      const apposition = appositionAfter({ cand: { ...m, honorific: null, definite: false, initial: false }, sentence: s, first, last });
      const titleBefore = /(?:^|\s)([\p{Lu}][\p{L}.]+(?:\s[\p{Lu}][\p{L}]+)?)\s((?:[\p{Lu}][\p{L}]+\s?){1,4})$/u.exec(local(Math.max(s.start, m.start - 60), m.start).trimEnd() + ' ');
      const phrase = apposition && apposition.kind === 'office' ? apposition.text : titleBefore ? `${titleBefore[1]} ${titleBefore[2]!.trim()}` : null;
      if (!phrase || !OFFICE_NOUNS.some((n) => phrase.toLowerCase().includes(n))) continue;
      const officeOf = officeHolder(phrase, ms, entities, g, s, m);
      if (!officeOf) continue;
      const office = phrase.replace(/^(?:the|a|an)\s+/i, '');
      const president = /\bpresident\b/i.test(office) && !/\bvice\b/i.test(office);
      if (officeOf.type === 'COUNTRY') add(person, president ? 'PRESIDENT_OF' : 'HOLDS_OFFICE_IN', officeOf, s, 0.8, apposition ? 'apposition-office' : 'title-before-name', president ? null : `Holds the office “${office}”.`);
      else if (['ORGANIZATION', 'GOVERNMENT_BODY', 'PUBLICATION', 'NEWS_AGENCY'].includes(officeOf.type)) add(person, OFFICE_LEADS.test(office) ? 'LEADS' : 'WORKS_FOR', officeOf, s, 0.7, apposition ? 'apposition-office' : 'title-before-name', `Holds the office “${office}”.`);
    }
    // An office before the name: "China’s foreign minister, Wang Yi", "Acme chief executive Jo Bloggs".
    for (let j = 1; j < ms.length; j++) {
      const person = entities.get(ms[j]!.entityId);
      if (!person || person.type !== 'PERSON') continue;
      const gap = local(ms[j - 1]!.end, ms[j]!.start);
      const office = /^(?:[’']s)?\s+((?:[a-z\-]+\s){0,3}?(?:president|prime minister|minister|secretary of state|secretary|chancellor|envoy|ambassador|governor|mayor|spokesman|spokeswoman|spokesperson|chief executive|chief|head|chairman|chairwoman|chair|director|founder|co-founder|editor|leader|commissioner|general))(?:,\s+|\s+)$/u.exec(gap);
      if (!office || !factual(gap)) continue;
      const holder = fill(ms[j - 1]!, ['COUNTRY', 'ORGANIZATION', 'GOVERNMENT_BODY', 'PUBLICATION', 'NEWS_AGENCY']);
      if (!holder) continue;
      const title = office[1]!;
      const president = /\bpresident\b/.test(title) && !/\bvice\b/.test(title);
      if (holder.type === 'COUNTRY') add(person, president ? 'PRESIDENT_OF' : 'HOLDS_OFFICE_IN', holder, s, 0.7, 'office-before-name', president ? null : `Holds the office “${title}”.`);
      else add(person, OFFICE_LEADS.test(title) ? 'LEADS' : 'WORKS_FOR', holder, s, 0.65, 'office-before-name', `Holds the office “${title}”.`);
    }
    // "as Russia’s president": an office named by the country's possessive after the person.
    for (let j = 0; j < ms.length; j++) {
      const c = fill(ms[j]!, ['COUNTRY']);
      if (!c) continue;
      const after = s.text.slice(ms[j]!.end - s.start);
      const office = /^[’']s\s+(president|prime minister|foreign minister|minister of [a-z]+|[a-z]+ minister|leader|ambassador|envoy)\b/u.exec(after);
      if (!office || !/\bas\s+$/u.test(local(s.start, ms[j]!.start))) continue;
      const person = ms.slice(0, j).reverse().map((m) => entities.get(m.entityId)).find((e) => e?.type === 'PERSON');
      if (person) add(person, office[1] === 'president' ? 'PRESIDENT_OF' : 'HOLDS_OFFICE_IN', c, s, 0.7, 'as-possessive-office', office[1] === 'president' ? null : `Holds the office “${office[1]}”.`);
    }
    // Reporting: a publication that reports or says, on the events and projects of the sentence.
    for (const m of ms) {
      const pub = entities.get(m.entityId);
      if (!pub || (pub.type !== 'PUBLICATION' && pub.type !== 'NEWS_AGENCY')) continue;
      const after = s.text.slice(m.end - s.start);
      const beforeText = local(s.start, m.start);
      if (!/^(?:\s*,[^,]{0,40},)?\s+(?:has\s+|had\s+)?(?:reported|reports|said|says|wrote|revealed|published)\b/u.test(after) && !/\b(?:according to|reported by|told)\s+(?:the\s+)?$/u.test(beforeText)) continue;
      for (const other of ms) {
        const t = entities.get(other.entityId);
        if (t && t.id !== pub.id && (t.type === 'EVENT' || t.type === 'PROJECT')) add(pub, 'REPORTS_ON', t, s, 0.6, 'publication-reports');
      }
    }
    // Region parts: "north China" is part of China.
    for (const m of ms) {
      const region = entities.get(m.entityId);
      if (!region || region.type !== 'REGION') continue;
      const country = [...byCode.values()].find((c) => [c.name, ...c.aliases].some((n) => region.name.endsWith(` ${n}`)));
      if (country) add(region, 'PART_OF', country, s, 0.8, 'compass-region-part');
    }
  }
  // The photographer of the credit photographs the events of the caption.
  const credit = sentences.filter((s) => s.field === 'IMAGE_CREDIT');
  const photographers = mentions.filter((m) => m.field === 'IMAGE_CREDIT' && entities.get(m.entityId)?.type === 'PERSON' && entities.get(m.entityId)?.rule === 'credit-photographer');
  const captionEvents = mentions.filter((m) => m.field === 'IMAGE_CAPTION' && entities.get(m.entityId)?.type === 'EVENT');
  for (const p of photographers) {
    for (const ev of captionEvents) add(entities.get(p.entityId)!, 'PHOTOGRAPHS', entities.get(ev.entityId)!, credit[0]!, 0.7, 'credit-photographer-caption-event');
  }
  const relationships = [...out.values()].sort((a, b) => a.source.localeCompare(b.source) || a.type.localeCompare(b.type) || a.target.localeCompare(b.target));
  return { ...doc, relationships };
}

/** The country or body an office phrase belongs to: a possessive or demonym in it, or a mention in it. */
function officeHolder(phrase: string, ms: readonly DocMention[], entities: ReadonlyMap<string, DocEntity>, g: ReturnType<typeof loadGazetteer>, s: Sentence, person: DocMention): DocEntity | undefined {
  for (const word of phrase.split(/[\s’']+/)) {
    const c = g.demonym(word) ?? g.country(word);
    if (!c) continue;
    const e = [...entities.values()].find((x) => x.type === 'COUNTRY' && g.country(x.name)?.code === c.code);
    if (e) return e;
  }
  // A mention inside the apposition right after the person: "X, a spokesman for the Acme Group".
  const near = ms.find((m) => m.start > person.end && m.start - person.end < phrase.length + 6 && s.text.slice(person.end - s.start, m.start - s.start).includes(phrase.split(' ')[0]!));
  return near ? entities.get(near.entityId) : undefined;
}
