/**
 * Round 15: stances, charges, threats and rulings whose party the sentence names only by a
 * back-reference, or in a relative clause.
 *
 * - Support given, in a relative clause: "the subsidies that Tolva gave to Orsk Aero", "over the
 *   support that Chile, Peru and Bolivia had given to Vela Air" — each giver SUPPORTS the receiver.
 *   Not support refused or hedged ("the aid that Tolva refused to give", "could give").
 * - A charge whose accuser is a back-reference: "It accused Acme of …", "the junta accused Peru,
 *   its neighbour, of …", "the 74-year-old … accused Mr Vance of …", "The entrepreneur had walked
 *   away, accusing Acme of …" — "it" or a noun of a group is the organisation or body named last,
 *   a noun of a person (WordNet, noun-kinds.ts) or "the N-year-old" the person named last (the
 *   accused excepted). Not a denied or hedged charge ("did not accuse", "may accuse").
 * - A ruling against a person named by a pronoun: "Judge Ada Orr revoked his bail", "The court
 *   accepted the plea deal and sentenced him to …", "the judge convicted her" — the judge or the
 *   court RULES_AGAINST the person named last (not the judge). "The court" is the article's one
 *   court named before. Not a ruling refused or hedged ("declined to revoke his bail").
 * - A threat of a response: "Any tariffs that Tolva imposed would face a response, Ada Orr said",
 *   "Mr Vance said any move by Peru would meet swift retaliation" — the speaker WARNS each party
 *   the threatened clause names as its agent (not one named after "from", whose response it is).
 */
import type { EntityType } from '../../../src/generated/graphql';
import { HYPOTHETICAL_CUES, NEGATION_CUES } from '../cues';
import type { DocEntity, DocMention, Sentence } from '../document';
import { groupNoun, personNoun } from '../noun-kinds';
import { lastClause } from './clauses';
import type { RelateContext, RelationRules, SentenceScope } from './context';

const PARTY: readonly EntityType[] = ['PERSON', 'ORGANIZATION', 'GOVERNMENT_BODY', 'COUNTRY'];
const GIVERS: readonly EntityType[] = ['ORGANIZATION', 'GOVERNMENT_BODY', 'COUNTRY', 'REGION', 'PERSON'];
const RECEIVERS: readonly EntityType[] = ['ORGANIZATION', 'GOVERNMENT_BODY', 'COUNTRY', 'PERSON'];
const GROUP_TYPES: readonly EntityType[] = ['ORGANIZATION', 'GOVERNMENT_BODY'];

const negatedOrHedged = (clause: string) => NEGATION_CUES.test(clause) || HYPOTHETICAL_CUES.test(clause);

// ---- support given in a relative clause ----
/** "the subsidies that ", "support which ": a noun of support opening a relative clause. */
const SUPPORT_THAT = /\b(?:support|subsidies|subsidy|aid|loans?|assistance|backing|funding|grants?|bail-?outs?)\s+(?:that|which)\s+(?:the\s+)?$/u;
/** Between two givers of a list: ", ", " and ", ", and ". */
const LIST_GAP = /^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?$/u;
/** After the givers, up to the receiver: the verb of giving. */
const GAVE_TO = /^\s+(?:(?:had|has|have|also|then)\s+)*(?:given|gave|provided|provides|provide|granted|grants|extended|extends|offered|offers|paid|pays|lent|lends)\s+(?:to\s+)?(?:the\s+)?$/u;

function supportGiven(ctx: RelateContext, { s, ms, local }: SentenceScope): void {
  for (let j = 0; j < ms.length; j++) {
    if (!SUPPORT_THAT.test(local(Math.max(s.start, ms[j]!.start - 40), ms[j]!.start))) continue;
    // The givers: a list of mentions from j on.
    let k = j;
    while (k + 1 < ms.length && LIST_GAP.test(local(ms[k]!.end, ms[k + 1]!.start))) k++;
    const receiver = ms[k + 1];
    if (!receiver || !GAVE_TO.test(local(ms[k]!.end, receiver.start))) continue;
    const to = ctx.fill(receiver, RECEIVERS);
    if (!to || negatedOrHedged(lastClause(local(s.start, ms[j]!.start)))) continue;
    for (let g = j; g <= k; g++) {
      const giver = ctx.fill(ms[g]!, GIVERS);
      if (giver && giver.id !== to.id) ctx.add(giver, 'SUPPORTS', to, s, 0.6, 'support-given-to');
    }
    j = k;
  }
}

// ---- a charge whose accuser is a back-reference ----
/** Right before the accused: "it accused ", "the junta has accused ", ", accusing " (group 1 the back-reference, absent for a participle). */
const ACCUSER_BEFORE = /(?:(?:^|[,;:]\s+|\b(?:and|but|then|when)\s+|\b(?:On|In|Last|This)\s+[\p{L}\d ]{1,25}?\s+)(It|it|[Tt]he\s+(?:[\p{Ll}\d][\p{Ll}\d\-]*\s+)?[\p{Ll}\d][\p{Ll}\d\-]*)\s+(?:[^,;.]{1,80}?\s+and\s+)?(?:(?:has|had|have|also|then|later|repeatedly|publicly|again|formally)\s+)*(?:accused|accuses|accuse)|,\s+(accusing))\s+(?:the\s+)?$/u;
/** After the accused (and an apposition describing it): what it is accused of. */
const OF_AFTER = /^(?:\s*\([^()]{1,20}\))?(?:,\s+[^,;]{1,80},)?\s+(?:of|over)\s+\p{Ll}/u;
/** A sentence that opens with a back-reference to its subject: "The entrepreneur had …", "It has …". */
const OPENING_REFERENCE = /^(?:[“"‘']\s*)?(It|(?:The)\s+(?:[\p{Ll}\d][\p{Ll}\d\-]*\s+)?[\p{Ll}\d][\p{Ll}\d\-]*)(?=\s+(?:(?:has|had|have|was|is|were|are|also|then|later)\b|\p{Ll}+ed\b))/u;

/**
 * A person known by a lone word that ends another entity's name ("Vance" beside "Omar Vance" of
 * another type): a split of that entity, not safe to stand for "him", "her" or "the 58-year-old".
 */
function splitSurname(ctx: RelateContext, e: DocEntity): boolean {
  if (e.type !== 'PERSON' || /\s/u.test(e.name)) return false;
  for (const other of ctx.entities.values()) if (other.id !== e.id && other.name.endsWith(` ${e.name}`)) return true;
  return false;
}

const sentenceIndex = new WeakMap<RelateContext, Map<string, Sentence>>();

/** The sentence a mention lies in (by its field and number; the map made once per article). */
function sentenceOf(ctx: RelateContext, m: DocMention): Sentence | undefined {
  let byKey = sentenceIndex.get(ctx);
  if (!byKey) {
    byKey = new Map();
    for (const s of ctx.sentences) byKey.set(`${s.field} ${s.index}`, s);
    sentenceIndex.set(ctx, byKey);
  }
  return byKey.get(`${m.field} ${m.sentence}`);
}

/**
 * The entity of `types` that an earlier sentence ties to `noun`, named last: its name or description
 * holds the noun ("the ministry" → "Tolva Ministry of Trade"), or a definition links them ("the
 * junta, which calls itself the Orsk Council", "the Orsk Council, the junta that …", "the junta (OC)").
 */
function nounAntecedent(ctx: RelateContext, s: Sentence, noun: string, types: readonly EntityType[], not: DocEntity): DocEntity | undefined {
  // "organisation" and "Organization" are one word.
  noun = noun.replace(/i[sz](?=e|a|ing)/gu, "i[sz]");
  const word = new RegExp(String.raw`\b${noun}\b`, 'iu');
  const before = new RegExp(String.raw`\bthe\s+(?:[\p{L}\-]+\s+){0,2}${noun}\s*(?:,\s*(?:which|that|who)\s+(?:calls|called|named|names)\s+(?:itself|themselves)|,|\()\s*(?:the\s+)?$`, 'iu');
  const after = new RegExp(String.raw`^\s*(?:\([^()]{1,20}\))?,\s+(?:the|a|an|its|their|\p{Lu}[\p{L}\-]+[’']s)\s+(?:[\p{L}\-]+\s+){0,3}?${noun}\b`, 'u');
  let found: DocEntity | undefined;
  for (const m of ctx.mentions) {
    if (m.field !== s.field || m.end > s.start) continue;
    const e = ctx.entities.get(m.entityId);
    if (!e || e.id === not.id || !types.includes(e.type)) continue;
    if ([e.name, ...e.aliases, e.description ?? ''].some((f) => word.test(f))) {
      found = e;
      continue;
    }
    const at = sentenceOf(ctx, m);
    if (!at) continue;
    const rel = (x: number) => x - at.start;
    if (before.test(at.text.slice(Math.max(0, rel(m.start) - 80), rel(m.start))) || after.test(at.text.slice(rel(m.end), rel(m.end) + 80))) found = e;
  }
  return found;
}

/** The entity a back-reference stands for ("it", "the junta", "the 74-year-old"), other than `not`. */
function backReference(ctx: RelateContext, s: Sentence, phrase: string, ms: readonly DocMention[], before: number, not: DocEntity): DocEntity | undefined {
  // "the 58-year-old called … and accused": the pattern may take a verb for the head; the word before it is the noun then.
  const words = phrase.toLowerCase().split(/\s+/u);
  const it = words.length === 1 && words[0] === 'it';
  let types: readonly EntityType[] | undefined;
  let head = '';
  let age = false;
  for (const w of it ? [] : words.slice(1).reverse()) {
    age = /^\d+-year-old$/u.test(w);
    if (age || personNoun(w)) types = ['PERSON'];
    else if (groupNoun(w)) types = GROUP_TYPES;
    if (types) {
      head = w;
      break;
    }
  }
  if (it) types = GROUP_TYPES;
  if (!types) return undefined;
  // Named in this sentence before the reference? Then the reference is no subject of its own ("Acme said the company …" is read elsewhere).
  if (ms.some((m) => m.end <= before && types!.includes(ctx.entities.get(m.entityId)?.type as EntityType))) return undefined;
  // A noun of a group stands for the body an earlier sentence ties to it; "it", an age or a noun of a person for the one named last.
  if (!it && !age && types === GROUP_TYPES) return nounAntecedent(ctx, s, head, types, not);
  const id = ctx.lastOf(s, types);
  const e = id ? ctx.entities.get(id) : undefined;
  return e && e.id !== not.id && !splitSurname(ctx, e) ? e : undefined;
}

function accuserByReference(ctx: RelateContext, { s, ms, local }: SentenceScope): void {
  for (let k = 0; k < ms.length; k++) {
    const before = local(Math.max(s.start, ms[k]!.start - 120), ms[k]!.start);
    const v = ACCUSER_BEFORE.exec(before);
    if (!v || !OF_AFTER.test(s.text.slice(ms[k]!.end - s.start))) continue;
    const accused = ctx.fill(ms[k]!, PARTY);
    if (!accused) continue;
    const verbAt = ms[k]!.start - before.length + v.index;
    const clause = lastClause(local(s.start, ms[k]!.start));
    if (negatedOrHedged(clause)) continue;
    let accuser: DocEntity | undefined;
    if (v[1]) accuser = backReference(ctx, s, v[1], ms, verbAt, accused);
    else {
      // ", accusing X of": the sentence's subject, a back-reference opening it.
      const open = OPENING_REFERENCE.exec(s.text);
      if (!open || negatedOrHedged(local(s.start, verbAt))) continue;
      accuser = backReference(ctx, s, open[1]!, ms, s.start, accused);
    }
    if (accuser) ctx.add(accuser, 'ACCUSES', accused, s, 0.55, 'accuse-back-reference');
  }
}

// ---- a ruling against a person named by a pronoun ----
/** The ruling, its object a pronoun: "revoked his bail", "sentenced him", "convicted her". */
const RULED_PRONOUN = /\b(?:revoked\s+(?:his|her)\s+bail|sentenced\s+(?:him|her)|convicted\s+(?:him|her)|jailed\s+(?:him|her)|found\s+(?:him|her)\s+guilty|ordered\s+(?:him|her)\s+(?:to\s+be\s+)?(?:jailed|detained|held\s+in\s+custody|extradited|to\s+pay))\b/gu;
/** RULED_PRONOUN without the global flag, for a test that keeps no lastIndex. */
const RULED_PRONOUN_TEST = new RegExp(RULED_PRONOUN.source, 'u');
/** Right before the verb, after the judge or court: a plain subject ("Judge Ada Orr ", "The court accepted the plea deal and "). */
const JUDGE_TO_VERB = /^\s+(?:(?:has|had|then|also|later|on\s+\p{Lu}\p{Ll}+)\s+)*(?:[^,;.]{0,60}?\s+and\s+)?$/u;
const COURT_NAME = /\b(?:Court|Tribunal)\b/u;
/** "The court …", "the judge …" opening the clause of the verb. */
const COURT_REFERENCE = /(?:^|[,;]\s+)(?:[Tt]he\s+(court|tribunal|judge))\s+(?:(?:has|had|then|also|later)\s+)*(?:[^,;.]{0,60}?\s+and\s+)?$/u;

function rulingOnPronoun(ctx: RelateContext, s: Sentence, ms: readonly DocMention[]): void {
  const local = (from: number, to: number) => s.text.slice(from - s.start, to - s.start);
  for (const r of s.text.matchAll(RULED_PRONOUN)) {
    const at = s.start + r.index;
    if (negatedOrHedged(lastClause(local(s.start, at)))) continue;
    let judge: DocEntity | undefined;
    const before = ms.filter((m) => m.end <= at);
    const last = before[before.length - 1];
    if (last && JUDGE_TO_VERB.test(local(last.end, at))) {
      const e = ctx.entities.get(last.entityId);
      const judgeTitled = e?.type === 'PERSON' && /\bJudge\s+$/u.test(local(Math.max(s.start, last.start - 6), last.start));
      const court = (e?.type === 'GOVERNMENT_BODY' || e?.type === 'ORGANIZATION') && COURT_NAME.test(e.name);
      if (judgeTitled || court) judge = e;
    }
    if (!judge) {
      const ref = COURT_REFERENCE.exec(local(Math.max(s.start, at - 120), at));
      if (!ref || ref[1] === 'judge') continue;
      // The article's one court named before this sentence.
      const courts = new Set<DocEntity>();
      for (const m of ctx.mentions) {
        if (m.field !== s.field || m.sentence >= s.index) continue;
        const e = ctx.entities.get(m.entityId);
        if ((e?.type === 'GOVERNMENT_BODY' || e?.type === 'ORGANIZATION') && COURT_NAME.test(e.name)) courts.add(e);
      }
      if (courts.size !== 1) continue;
      judge = [...courts][0];
    }
    if (!judge) continue;
    // The person: named last before the verb in this sentence (not the judge), else before the sentence.
    const inSentence = [...before].reverse().find((m) => m.entityId !== judge!.id && ctx.entities.get(m.entityId)?.type === 'PERSON');
    let person = inSentence ? ctx.entities.get(inSentence.entityId) : undefined;
    if (!person) {
      for (let i = ctx.mentions.length - 1; i >= 0 && !person; i--) {
        const m = ctx.mentions[i]!;
        if (m.field !== s.field || m.sentence >= s.index || m.entityId === judge.id) continue;
        const e = ctx.entities.get(m.entityId);
        if (e?.type === 'PERSON') person = e;
      }
    }
    if (person && person.id !== judge.id && !splitSurname(ctx, person)) ctx.add(judge, 'RULES_AGAINST', person, s, 0.55, 'ruling-on-pronoun');
  }
}

// ---- a threat of a response ----
/** The threat: "would face a response", "will meet swift retaliation", "would trigger countermeasures". */
const THREAT = /\b(?:would|will)\s+(?:face|meet|trigger|prompt|provoke|draw|invite)\s+(?:a\s+|an\s+)?(?:(?:swift|firm|strong|robust|proportionate|immediate|forceful|tough|severe|serious)\s+)?(?:response|retaliation|reprisals?|countermeasures|consequences|counter-measures)\b/u;
/** After the threat's sentence: ", Ada Orr said." (the speaker named after the clause). */
const SAID_AFTER_QUOTE = /^[^;]*?,\s+(?:the\s+)?$/u;
const SAID_VERB_AFTER = /^\s+(?:(?:has|had)\s+)?(?:said|says|warned|warns|added|told)\b/u;
const SPEAKERS: readonly EntityType[] = ['PERSON', 'ORGANIZATION', 'GOVERNMENT_BODY', 'COUNTRY'];
/** "X said (that) " before the threatened clause. */
const SAID_BEFORE = /^(?:,\s+[^,;]{1,80},)?\s+(?:(?:has|had|also|then|later)\s+)*(?:said|says|warned|warns|told\s+[\p{L} ]{1,30}?)(?:\s+(?:on|in)\s+\p{Lu}\p{Ll}+)?(?:\s+that)?\s+/u;

function threatOfResponse(ctx: RelateContext, { s, ms, local, conditional }: SentenceScope): void {
  if (conditional) return;
  const t = THREAT.exec(s.text);
  if (!t) return;
  const at = s.start + t.index;
  const end = at + t[0].length;
  // The speaker: named after the threat (", X said"), else before it ("X said any …").
  let speaker: DocEntity | undefined;
  let clauseFrom = s.start;
  for (const m of ms) {
    if (m.start >= end && SAID_AFTER_QUOTE.test(local(end, m.start)) && SAID_VERB_AFTER.test(s.text.slice(m.end - s.start))) {
      speaker = ctx.fill(m, SPEAKERS);
      break;
    }
  }
  if (!speaker) {
    for (const m of ms) {
      if (m.end > at) break;
      const said = SAID_BEFORE.exec(s.text.slice(m.end - s.start));
      if (said && m.end + said[0].length <= at) {
        speaker = ctx.fill(m, SPEAKERS);
        clauseFrom = m.end + said[0].length;
      }
    }
  }
  if (!speaker) return;
  const threatened = local(clauseFrom, at);
  // A threat that is denied or hedged ("would not face", "might face") gives nothing.
  if (negatedOrHedged(threatened) || negatedOrHedged(local(at, end))) return;
  for (const m of ms) {
    if (m.start < clauseFrom || m.end > at) continue;
    // "a response from X" is X's response, and "by X" after the noun its agent only when the agent is a party.
    if (/\bfrom\s+(?:the\s+)?$/u.test(local(Math.max(clauseFrom, m.start - 12), m.start))) continue;
    const target = ctx.fill(m, PARTY);
    if (target && target.id !== speaker.id) ctx.add(speaker, 'WARNS', target, s, 0.5, 'threat-of-response');
  }
}


// ---- a ruling that authorises retaliation ----
/** Before the party authorised: "cleared ", "allowed the ". */
const AUTHORISED_BEFORE = /\b(?:cleared|allowed|authorised|authorized|permitted|entitled)\s+(?:the\s+)?$/u;
/** After it: "to impose tariffs on", "on Tuesday to put retaliatory duties on". */
const TO_RETALIATE = /^\s+(?:(?:on|in)\s+\p{Lu}\p{Ll}+\s+)?to\s+(?:impose|put|levy|slap|apply)\s+(?:retaliatory\s+|punitive\s+)?(?:tariffs|duties|sanctions|countermeasures)\s+on\s+([^;]{0,80}?)\s+(?:goods|products|imports|exports)\b/u;
/** The judge before "cleared": a plain subject, or "the same organisation" (a back-reference). */
const JUDGE_SUBJECT = /^\s+(?:(?:has|had|also|then|later|on\s+\p{Lu}\p{Ll}+)\s+)*$/u;
const REFERENCE_SUBJECT = /(?:^|[,;]\s+|\b(?:and|but|when|after|before|since|as|while|later|earlier|then)\s+)[Tt]he\s+(?:same\s+)?([\p{Ll}]+)\s+(?:(?:has|had|also|then|later)\s+)*$/u;
const BODY_TYPES: readonly EntityType[] = ['ORGANIZATION', 'GOVERNMENT_BODY'];

function authorisedRetaliation(ctx: RelateContext, { s, ms, local }: SentenceScope): void {
  for (let k = 0; k < ms.length; k++) {
    const before = local(Math.max(s.start, ms[k]!.start - 100), ms[k]!.start);
    const v = AUTHORISED_BEFORE.exec(before);
    if (!v) continue;
    const r = TO_RETALIATE.exec(s.text.slice(ms[k]!.end - s.start));
    if (!r) continue;
    const verbAt = ms[k]!.start - before.length + v.index;
    if (negatedOrHedged(lastClause(local(s.start, verbAt)))) continue;
    // The body that rules.
    let judge: DocEntity | undefined;
    const last = ms.slice(0, k).pop();
    if (last && JUDGE_SUBJECT.test(local(last.end, verbAt))) judge = ctx.fill(last, BODY_TYPES);
    if (!judge) {
      const ref = REFERENCE_SUBJECT.exec(local(s.start, verbAt));
      if (ref && groupNoun(ref[1]!)) judge = nounAntecedent(ctx, s, ref[1]!, BODY_TYPES, ctx.entities.get(ms[k]!.entityId)!);
    }
    if (!judge) continue;
    const allowed = ctx.entities.get(ms[k]!.entityId);
    const targets = new Set<DocEntity>();
    // Whose goods: a country named there ("on Tolva’s goods"), or a demonym ("on $4bn of Tolvan goods").
    const goodsFrom = ms[k]!.end + r[0].indexOf(r[1]!);
    for (const m of ms) if (m.start >= goodsFrom && m.end <= goodsFrom + r[1]!.length) { const e = ctx.fill(m, ['COUNTRY']); if (e) targets.add(e); }
    for (const w of r[1]!.split(/[^\p{L}]+/u)) {
      const entry = w.length > 3 && /^\p{Lu}/u.test(w) ? ctx.g.demonym(w) : undefined;
      const e = entry ? ctx.byCode.get(entry.code) : undefined;
      if (e) targets.add(e);
    }
    // "over the support that A and B had given to C": the givers, whose support the ruling condemns.
    const after = ms[k]!.end + r[0].length;
    for (let j = k + 1; j < ms.length; j++) {
      if (ms[j]!.start < after || !SUPPORT_THAT.test(local(Math.max(after, ms[j]!.start - 40), ms[j]!.start))) continue;
      let g = j;
      while (g + 1 < ms.length && LIST_GAP.test(local(ms[g]!.end, ms[g + 1]!.start))) g++;
      if (!ms[g + 1] || !GAVE_TO.test(local(ms[g]!.end, ms[g + 1]!.start))) continue;
      for (let i = j; i <= g; i++) { const e = ctx.fill(ms[i]!, PARTY); if (e) targets.add(e); }
      break;
    }
    for (const e of targets) if (e.id !== judge.id && e.id !== allowed?.id) ctx.add(judge, 'RULES_AGAINST', e, s, 0.5, 'authorised-retaliation');
  }
}

const GATE_WORDS = [
  // support given
  'support', 'subsidies', 'subsidy', 'aid', 'loan', 'loans', 'assistance', 'backing', 'funding', 'grant', 'grants', 'bailout', 'bailouts', 'bail-out', 'bail-outs',
  // charges
  'accused', 'accuses', 'accuse', 'accusing',
  // rulings
  'revoked', 'sentenced', 'convicted', 'jailed', 'found', 'ordered',
  // authorised retaliation
  'cleared', 'allowed', 'authorised', 'authorized', 'permitted', 'entitled',
  // threats
  'response', 'retaliation', 'reprisal', 'reprisals', 'countermeasures', 'counter-measures', 'consequences',
];
const SUPPORT_WORDS = new Set(GATE_WORDS.slice(0, 15));

export const round15Says: RelationRules = {
  name: 'round15-says',
  gate: { words: GATE_WORDS },
  perSentence: (ctx, scope) => {
    const { s, hasWord, conditional } = scope;
    if (conditional) return;
    if ([...SUPPORT_WORDS].some(hasWord) && (s.text.includes(' that ') || s.text.includes(' which '))) supportGiven(ctx, scope);
    if (hasWord('accused') || hasWord('accuses') || hasWord('accuse') || hasWord('accusing')) accuserByReference(ctx, scope);
    if (hasWord('revoked') || hasWord('sentenced') || hasWord('convicted') || hasWord('jailed') || hasWord('found') || hasWord('ordered')) rulingOnPronoun(ctx, s, scope.ms);
    if (hasWord('would') || hasWord('will')) threatOfResponse(ctx, scope);
    if (hasWord('cleared') || hasWord('allowed') || hasWord('authorised') || hasWord('authorized') || hasWord('permitted') || hasWord('entitled')) authorisedRetaliation(ctx, scope);
  },
  // "The court accepted the plea deal and sentenced him …" names no one: the sentences without a
  // mention, which the sentence rules never see, are read here (one regex test each).
  perDocument: (ctx) => {
    let withMentions: Set<string> | undefined;
    for (const s of ctx.sentences) {
      if (s.field !== 'BODY' || !RULED_PRONOUN_TEST.test(s.text)) continue;
      withMentions ??= new Set(ctx.mentions.map((m) => `${m.field} ${m.sentence}`));
      if (!withMentions.has(`${s.field} ${s.index}`) && !/^[“"‘']?\s*(?:If|Unless|Should|Were)\b/u.test(s.text)) rulingOnPronoun(ctx, s, []);
    }
  },
};
