/**
 * Pair rules: a trigger between two mentions of one sentence. Each rule names a type of the
 * vocabulary (../vocabulary.ts), the entity types its ends may have and the words that must stand
 * between them ("A will arrive in B", "A’s war against B"). For each target the nearest source
 * before it that a rule accepts wins. A demonym before a noun stands for its country as a target,
 * "he"/"she" and "the company" for the last person or organisation named, as a source.
 */
import type { EntityType } from '../../../src/generated/graphql';
import { ALLEGATION_CUES } from '../cues';
import type { DocMention } from '../document';
import type { RelationshipType } from '../vocabulary';
import { lastClause } from './clauses';
import type { RelationRules } from './context';

export const PARTY: readonly EntityType[] = ['PERSON', 'COUNTRY', 'GOVERNMENT_BODY', 'ORGANIZATION'];
export const PLACE: readonly EntityType[] = ['COUNTRY', 'CITY', 'REGION'];

export interface PairRule {
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

interface Tail {
  readonly text: string;
  readonly words: readonly string[];
  /** The rules with one of their trigger words among `words` (RULES_BY_WORD). */
  readonly named: ReadonlySet<PairRule>;
}

/** The last ~90 characters of `between` (trigger and filler never take more) and their words. */
function tailOf(between: string): Tail {
  const text = between.length > 90 ? between.slice(-90) : between;
  const words = text.match(WORDS) ?? [];
  const named = new Set<PairRule>();
  for (const w of words) for (const rule of RULES_BY_WORD.get(w) ?? []) named.add(rule);
  return { text, words, named };
}

/** Whether the rule's trigger can be in the tail at all: a rule with trigger words needs one of them. */
function mayTrigger(rule: PairRule, tail: Tail): boolean {
  return !(rule.between as { words?: ReadonlySet<string> }).words || tail.named.has(rule);
}

/** Whether `between` (the text from source to target) states the rule's trigger. */
function triggers(rule: PairRule, between: string, tail: Tail): boolean {
  const words = (rule.between as { words?: ReadonlySet<string> }).words;
  if (!words) return rule.between.test(between);
  return tail.named.has(rule) && rule.between.test(tail.text);
}

export const PAIR_RULES: readonly PairRule[] = [
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

/** Each trigger word and the rules it belongs to: a stretch's words are looked up once, not per rule. */
const RULES_BY_WORD = new Map<string, PairRule[]>();
for (const rule of PAIR_RULES) {
  for (const w of (rule.between as { words?: ReadonlySet<string> }).words ?? []) {
    const rules = RULES_BY_WORD.get(w);
    if (rules) rules.push(rule);
    else RULES_BY_WORD.set(w, [rule]);
  }
}

/** "<noun> between A and B": the noun that makes each "between" rule. */
const BETWEEN_HEADS: Readonly<Record<string, string>> = {
  'partnership-between': 'partnership|alliance|cooperation|ties|relations|partnerships|alliances',
  'agreement-between': 'agreement|agreements|deal|deals|treaty|accord|contract|pact|memorandum',
  'talks-between': 'talks|meeting|summit|meetings|call|phone call|conversation',
  'trade-between': 'trade|commerce|trading',
};
/** The "between" rules' patterns, compiled once: "… <noun> between|of [the]" right before the source. */
const BETWEEN_HEAD_PATTERNS: ReadonlyMap<string, RegExp> = new Map(Object.entries(BETWEEN_HEADS).map(([rule, head]) => [rule, new RegExp(`\\b(?:${head})\\s+(?:between|of)\\s+(?:the\\s+)?$`, 'u')]));

/** Nouns that, after "the", refer back to the last entity of their kind. */
export const ANAPHORA: Readonly<Record<string, readonly EntityType[]>> = {
  company: ['ORGANIZATION'], firm: ['ORGANIZATION'], group: ['ORGANIZATION'], organisation: ['ORGANIZATION'], organization: ['ORGANIZATION'],
  ministry: ['GOVERNMENT_BODY'], department: ['GOVERNMENT_BODY'], agency: ['GOVERNMENT_BODY', 'NEWS_AGENCY'], commission: ['GOVERNMENT_BODY'],
  pipeline: ['PROJECT'], project: ['PROJECT'], mission: ['PROJECT'], spacecraft: ['PROJECT'], railway: ['PROJECT'], bridge: ['PROJECT'],
  newspaper: ['PUBLICATION'], paper: ['PUBLICATION'], court: ['GOVERNMENT_BODY'],
};

export const pairRules: RelationRules = {
  name: 'pair-rules',
  perSentence: (ctx, scope) => {
    const { s, ms, local, factual } = scope;
    const { add, fill, g, byCode, lastOf } = ctx;
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
    // Whether the clause before a source states an allegation: the same for every target after it.
    const allegedBefore = new Map<number, boolean>();
    for (let j = 0; j < pm.length; j++) {
      if (pm[j]!.role === 'source') continue;
      const settled = new Set<PairRule>();
      for (let i = j - 1; i >= 0 && settled.size < PAIR_RULES.length; i--) {
        const [a, b] = [pm[i]!, pm[j]!];
        const between = local(a.end, b.start);
        if (between.length > 140) break;
        if (a.role === 'target') continue;
        let allegedClause = allegedBefore.get(a.start);
        if (allegedClause === undefined) allegedBefore.set(a.start, (allegedClause = ALLEGATION_CUES.test(lastClause(local(s.start, a.start)))));
        const alleged = allegedClause || ALLEGATION_CUES.test(between);
        const tail = tailOf(between);
        for (const rule of PAIR_RULES) {
          if (settled.has(rule)) continue;
          if (rule.adjacent && i !== j - 1) {
            settled.add(rule);
            continue;
          }
          if (rule.reverse && (a.role || b.role)) continue;
          if (alleged && !['ACCUSES', 'WARNS'].includes(rule.type)) continue;
          if (!mayTrigger(rule, tail)) continue;
          const [srcM, tgtM] = rule.reverse ? [b, a] : [a, b];
          const source = fill(srcM, rule.source);
          const target = fill(tgtM, rule.target);
          if (!source || !target || !triggers(rule, between, tail)) continue;
          settled.add(rule);
          const head = BETWEEN_HEAD_PATTERNS.get(rule.rule);
          if (head && !head.test(local(Math.max(s.start, a.start - 80), a.start))) continue;
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
  },
};
