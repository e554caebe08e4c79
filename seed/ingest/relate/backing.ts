/**
 * Support that is not a verb before its beneficiary:
 * - a pledge of a country's support: "pledged Peru’s continued support for Chile", "met Omar Vance,
 *   the Chilean president, to whom he pledged Peru’s support" (support pledged to a head of state
 *   is support for the state);
 * - money given to a project: "The Andean Fund contributed around €20m." (to the project named in
 *   the sentence, or the last one named shortly before: the article's subject);
 * - money committed to a party: "Harlow Group, which has committed about $13bn to Brisk Labs",
 *   "the Andean Fund lent $2bn to Peru", "Vale Holdings invested $1bn in Brisk Labs" (an investment
 *   only in an organisation or a project: money put into a country is no backing of its state);
 * - support as a noun: "Omar Vance won the backing of Talia Brennock, …, and of Ada Orr" (each
 *   coordinated backer SUPPORTS the subject of "won"; "has the support of", "secured the
 *   endorsement of" alike). Failing, losing, seeking or hoping to win it gives nothing;
 * - an ally in apposition: "China, North Korea’s main ally, …", "Peru, a close ally of Chile": A
 *   PARTNERS_WITH B (a former or would-be ally is none);
 * - a backer in a compound: "the Tolva Front, a Peru-backed group", "the Peru-backed Tolva Front":
 *   Peru SUPPORTS the Tolva Front;
 * - backers of a pair named before: "The United States and Peru carried out … . The two countries were
 *   backed by A, B and C": each backer SUPPORTS each of the two (only when the last coordinated pair
 *   of that kind is unambiguous: "A and B" in the sentence or the three before).
 */
import type { EntityType } from '../../../src/generated/graphql';
import { HYPOTHETICAL_CUES, NEGATION_CUES } from '../cues';
import type { DocEntity, DocMention, Sentence } from '../document';
import { lastClause } from './clauses';
import type { RelationRules, SentenceScope } from './context';
import { countryLedBy } from './holders';
import { PARTY } from './pair-rules';
import { cueWords, hasAnyRun } from './words';

const PLEDGED = /\b(?:pledged|pledges|pledge|pledging|promised|promises|reaffirmed|reaffirms|reiterated|reiterates|offered|offers|expressed|expresses|assured\s+(?:him|her|them)\s+of)\s+$/u;
const SUPPORT_NOUN = /^[’']s\s+(?:(?:continued|continuing|full|unwavering|strong|steadfast|firm|total|unconditional|ongoing|military|financial|political|diplomatic|economic)\s+(?:and\s+)?){0,3}(?:support|backing|solidarity)\b/u;
const FOR_RECIPIENT = /^\s+(?:for|to|with)\s+(?:the\s+)?$/u;
const TO_WHOM = /,\s+to\s+whom\s+(?:he|she|they|it)?\s*$/u;
const CONTRIBUTED = /\b(?:contributed|contributes|granted|grants|lent|lends|invested|invests|committed|commits|allocated|allocates|provided|provides)\s+(?:(?:around|about|some|nearly|almost|more than|over|up to|roughly|an estimated|a further|another)\s+)?[€$£¥]\s?\d[\d.,]*\s*(?:m|bn|million|billion|tn|trillion)?\b/u;
const DONORS: readonly EntityType[] = ['COUNTRY', 'ORGANIZATION', 'GOVERNMENT_BODY'];
/** Money committed, lent or invested, up to the preposition before its recipient: "has committed about $13bn to ". */
const COMMITTED_TO = /\b(?:committed|commits|pledged|pledges|lent|lends|loaned|granted|grants|gave|gives|given|provided|provides|invested|invests|injected|injects|poured|pours)\s+(?:(?:around|about|some|nearly|almost|more than|over|up to|roughly|an estimated|a further|another|a total of)\s+)?[€$£¥]\s?\d[\d.,]*\s*(?:m|bn|million|billion|tn|trillion)?\s+(?:(?:[\p{Ll}\-]+\s+){0,3}?)?(to|in|into)\s+(?:the\s+)?$/u;
/** From the donor to the verb: a relative pronoun and auxiliaries ("Harlow Group, which has already "). */
const DONOR_TO_VERB = /^(?:,\s+(?:which|who|that)\s+|\s+)(?:(?:has|had|have|also|already|so far|since|reportedly|together)\s+)*$/u;
/** Recipients of committed money by preposition: an investment goes into a company or a project only. */
const INVESTED_IN: readonly EntityType[] = ['ORGANIZATION', 'PROJECT'];
const GIVEN_TO: readonly EntityType[] = ['ORGANIZATION', 'PROJECT', 'COUNTRY', 'GOVERNMENT_BODY'];
/** "won the backing of ", "has the full support of ": support as a noun, right before its first backer. */
const WON_BACKING = /(?:^|\s)(won|wins|winning|secured|secures|securing|gained|gains|received|receives|got|gets|has|had|enjoys|enjoyed|obtained|earned|earns)\s+(?:the\s+)?(?:(?:full|public|formal|strong|crucial|key|vital|unanimous|continued|official|backing|qualified)\s+(?:and\s+)?){0,2}(?:backing|support|endorsement)\s+of\s+(?:the\s+)?$/u;
/** From the beneficiary to the verb: an apposition, auxiliaries and adverbs only ("Omar Vance, the X minister, has also "). */
const SUBJECT_TO_WON = /^(?:,\s+(?:the|a|an|its|his|her|their|\p{Lu}[\p{L}\-]*[’']s)\s+[^,;]{1,80},)?\s+(?:(?:has|had|have|also|already|now|then|later|quickly|since|swiftly|on\s+\p{Lu}\p{Ll}+)\s+)*$/u;
/** Words that undo the support in the clause before it: it was not won, or only sought. */
const NOT_WON = /\b(?:failed|fails|failing|lost|loses|losing|sought|seeks|seeking|courted|courting|lacks|lacked|lacking|would|might|needs|needed|without)\b/u;
/** Between one backer and the next: ", and of ", " and ", ", ", after at most an apposition of the first. */
const NEXT_BACKER = /^(?:,\s+(?:(?:the|a|an|its|his|her|their)\s+|\p{Lu}[\p{L}\-]*[’']s\s+)[^;]{1,110}?)?(?:,\s*(?:and\s+|as well as\s+)?|\s+(?:and|as well as)\s+)(?:of\s+)?(?:the\s+)?$/u;
/**
 * Still inside the apposition of a backer: a name in it is no backer ("A, a former minister of Peru,
 * and of B"). A lower-case word after the article tells it from a list ("A, the Tolva Union and B").
 */
const IN_APPOSITION = /^,\s+(?:the|a|an|its|his|her|their)\s+[^,;]*\p{Ll}[^,;]*$/u;
const POSSESSIVE_AFTER = /^[’']s\s/u;
/** "A, B’s main ally": the apposition after A, from A to B … */
const ALLY_APPOSITION = /^,\s+$/u;
/** … and the ally noun after B (its modifiers; a former or would-be ally is none). */
const ALLY_AFTER = /^[’']s\s+(?:(?:main|closest|close|key|oldest|traditional|staunchest|biggest|strongest|most\s+important|principal|chief|long-standing|longstanding|only|strategic|regional|military)\s+){0,2}(?:ally|allies|partner)\b/u;
/** "A, a close ally of B": the ally noun before B. */
const ALLY_OF = /^,\s+(?:a|an|the)\s+(?:(?:main|closest|close|key|oldest|traditional|staunchest|biggest|strongest|most\s+important|principal|chief|long-standing|longstanding|only|strategic|regional|military)\s+){0,2}(?:ally|partner)\s+of\s+(?:the\s+)?$/u;
const ALLIES: readonly EntityType[] = ['COUNTRY', 'ORGANIZATION', 'GOVERNMENT_BODY'];
/** The nouns the ally and backing patterns need, each after a space and before a boundary: letter runs (words.ts). */
const ALLY_RUNS = cueWords(['ally', 'allies', 'partner']);
const BACKING_RUNS = cueWords(['backing', 'support', 'endorsement']);
/** "Peru-backed": the backer's name, then the compound's participle. */
const BACKED_COMPOUND = /^-(?:backed|funded|financed|sponsored|supported|armed)\b/u;
/** "the Tolva Front, a Peru-": the backed party, then its apposition up to the backer. */
const APPOSITION_TO_BACKER = /^,\s+(?:a|an|the)\s+(?:[\p{Ll}\-]+\s+)?$/u;
/** "the Peru-backed (rebel) Tolva Front": from the participle to the backed party. */
const BACKED_TO_PARTY = /^-(?:backed|funded|financed|sponsored|supported|armed)\s+(?:[\p{Ll}\-]+\s+){0,2}$/u;
/** "The two countries were backed by ": a plural anaphor of a pair, backed by the list that follows. */
const PAIR_BACKED_BY = /(?:^|[.;]\s+|,\s+)[Tt]he\s+two\s+(countries|nations|states|governments|allies|companies|firms|groups|sides|parties)\s+(?:(?:were|are|was|have\s+been|had\s+been|has\s+been|are\s+being|were\s+being)\s+)(?:(?:also|openly|publicly|strongly|jointly)\s+)?(?:backed|supported|assisted)\s+by\s+(?:the\s+)?$/u;
const PAIR_KINDS: Readonly<Record<string, readonly EntityType[]>> = {
  countries: ['COUNTRY'], nations: ['COUNTRY'], states: ['COUNTRY'], governments: ['COUNTRY'], allies: ['COUNTRY', 'ORGANIZATION'],
  companies: ['ORGANIZATION'], firms: ['ORGANIZATION'], groups: ['ORGANIZATION'], sides: PARTY, parties: PARTY,
};
/** Between two backers of a list: ", ", " and ", ", and ". */
const BACKER_LIST_GAP = /^\s*(?:,|and|, and)\s*(?:the\s+)?$/u;

/** How many sentences back a project may be named for "contributed €20m" without naming it. */
const PROJECT_WINDOW = 3;

/**
 * The clause up to `until` states a fact (no negation or hedge in it). A module function, not a
 * closure made per sentence: the tsx loader names every such closure (esbuild's keepNames), an
 * `Object.defineProperty` per call that the profile showed at a fifth of the family.
 */
function stated(scope: SentenceScope, until: number): boolean {
  const clause = lastClause(scope.local(scope.s.start, until));
  return !NEGATION_CUES.test(clause) && !HYPOTHETICAL_CUES.test(clause);
}

export const backing: RelationRules = {
  name: 'backing',
  perSentence: (ctx, scope) => {
    const { s, ms, local, conditional } = scope;
    if (conditional) return;
    // "China, North Korea’s main ally, …", "Peru, a close ally of Chile, …"
    if (ms.length > 1 && hasAnyRun(s, ALLY_RUNS)) {
      for (let j = 0; j + 1 < ms.length; j++) {
        const between = local(ms[j]!.end, ms[j + 1]!.start);
        const possessive = ALLY_APPOSITION.test(between) && ALLY_AFTER.test(s.text.slice(ms[j + 1]!.end - s.start));
        if (!possessive && !ALLY_OF.test(between)) continue;
        const [a, b] = [ctx.fill(ms[j]!, ALLIES), ctx.fill(ms[j + 1]!, ALLIES)];
        if (a && b && a.id !== b.id && stated(scope, ms[j]!.start)) ctx.add(a, 'PARTNERS_WITH', b, s, 0.6, 'ally-apposition');
      }
    }
    // "the Tolva Front, a Peru-backed group", "the Peru-backed Tolva Front"
    if (s.text.includes('-')) {
      for (let j = 0; j < ms.length; j++) {
        const after = s.text.slice(ms[j]!.end - s.start, ms[j]!.end - s.start + 12);
        if (!BACKED_COMPOUND.test(after)) continue;
        const backer = ctx.fill(ms[j]!, PARTY);
        const prev = ms[j - 1];
        const next = ms[j + 1];
        const backed = prev && APPOSITION_TO_BACKER.test(local(prev.end, ms[j]!.start)) ? prev : next && BACKED_TO_PARTY.test(local(ms[j]!.end, next.start)) ? next : undefined;
        const party = backed ? ctx.fill(backed, PARTY) : undefined;
        if (backer && party && backer.id !== party.id && stated(scope, ms[j]!.start)) ctx.add(backer, 'SUPPORTS', party, s, 0.6, 'backed-compound');
      }
    }
    // "The two countries were backed by A, B and C"
    const pairBacked = s.text.includes('two ') && s.text.includes(' by ') ? PAIR_BACKED_BY : undefined;
    for (let j = 0; pairBacked && j < ms.length; j++) {
      const head = local(Math.max(s.start, ms[j]!.start - 80), ms[j]!.start);
      const by = pairBacked.exec(head);
      if (!by || !stated(scope, ms[j]!.start)) continue;
      const kinds = PAIR_KINDS[by[1]!]!;
      const pair = pairNamedBefore(ctx, s, ms[j]!.start, kinds);
      if (!pair) break;
      for (let k = j; k < ms.length; k++) {
        if (k > j && !BACKER_LIST_GAP.test(local(ms[k - 1]!.end, ms[k]!.start))) break;
        const backer = ctx.fill(ms[k]!, PARTY);
        if (!backer) break;
        for (const p of pair) if (p.id !== backer.id) ctx.add(backer, 'SUPPORTS', p, s, 0.55, 'pair-backed-by');
      }
      break;
    }
    // "pledged Peru’s continued support for Chile"
    for (let j = 0; j < ms.length; j++) {
      // The anchored noun first ("’s support" right after the name), then the verb before it (a scan of the whole head).
      const apostrophe = s.text.charCodeAt(ms[j]!.end - s.start);
      if (apostrophe !== 0x2019 && apostrophe !== 0x27) continue;
      const before = local(s.start, ms[j]!.start);
      const after = s.text.slice(ms[j]!.end - s.start);
      const noun = SUPPORT_NOUN.exec(after);
      if (!noun || !PLEDGED.test(before)) continue;
      const supporter = ctx.fill(ms[j]!, DONORS);
      if (!supporter || !stated(scope, ms[j]!.start)) continue;
      const next = ms[j + 1];
      let recipientMention: DocMention | undefined = next && FOR_RECIPIENT.test(local(ms[j]!.end + noun[0].length, next.start)) ? next : undefined;
      const toWhom = TO_WHOM.exec(before.replace(PLEDGED, ''));
      if (!recipientMention && toWhom) recipientMention = ms.slice(0, j).filter((x) => x.end <= s.start + toWhom.index).pop();
      if (!recipientMention) continue;
      const r = ctx.entities.get(recipientMention.entityId);
      const recipient = r?.type === 'PERSON' && supporter.type === 'COUNTRY' ? (countryLedBy(ctx, r) ?? r) : ctx.fill(recipientMention, PARTY);
      if (recipient && recipient.id !== supporter.id) ctx.add(supporter, 'SUPPORTS', recipient, s, 0.6, 'pledged-support');
    }
    // "The Andean Fund contributed around €20m (to the Tolva Bridge)."
    // Both money rules read a sum with its currency sign: tested once.
    const sum = /[€$£¥]\s?\d/u.test(s.text);
    const money = sum ? CONTRIBUTED.exec(s.text) : null;
    if (money && stated(scope, s.start + money.index)) {
      const at = s.start + money.index;
      const donorMention = ms.filter((x) => x.end <= at && /^\s+(?:(?:has|had|have|also|already)\s+)?$/u.test(local(x.end, at))).pop();
      const donor = donorMention ? ctx.fill(donorMention, DONORS) : undefined;
      const named = ms.find((x) => x.start > at && ctx.entities.get(x.entityId)?.type === 'PROJECT');
      const project = named ? ctx.entities.get(named.entityId) : recentProject(ctx, s.index, s.field);
      if (donor && project) ctx.add(donor, 'SUPPORTS', project, s, 0.55, 'contributed-money');
    }
    // "Harlow Group, which has committed about $13bn to Brisk Labs"
    if (sum) {
      for (let j = 1; j < ms.length; j++) {
        const head = local(Math.max(s.start, ms[j]!.start - 120), ms[j]!.start);
        const given = COMMITTED_TO.exec(head);
        if (!given) continue;
        const verbAt = ms[j]!.start - head.length + given.index;
        const donorMention = ms.slice(0, j).filter((x) => x.end <= verbAt && DONOR_TO_VERB.test(local(x.end, verbAt))).pop();
        const donor = donorMention ? ctx.fill(donorMention, DONORS) : undefined;
        const recipient = ctx.fill(ms[j]!, given[1] === 'to' ? GIVEN_TO : INVESTED_IN);
        if (donor && recipient && recipient.id !== donor.id && stated(scope, verbAt)) ctx.add(donor, 'SUPPORTS', recipient, s, 0.55, 'committed-money-to');
      }
    }
    // "Omar Vance won the backing of Talia Brennock, …, and of Ada Orr"
    if (hasAnyRun(s, BACKING_RUNS)) {
      for (let j = 0; j < ms.length; j++) {
        const head = local(Math.max(s.start, ms[j]!.start - 80), ms[j]!.start);
        const won = WON_BACKING.exec(head);
        if (!won) continue;
        const verbAt = ms[j]!.start - head.length + won.index + (won[0].length - won[0].trimStart().length);
        const clause = lastClause(local(s.start, verbAt));
        if (NOT_WON.test(clause) || !stated(scope, verbAt)) continue;
        const subjectMention = ms.slice(0, j).filter((x) => SUBJECT_TO_WON.test(local(x.end, verbAt))).pop();
        const pronoun = subjectMention ? undefined : /(?:^|[,;]\s+)(?:[Hh]e|[Ss]he)\s+(?:(?:has|had|also|already|then|later)\s+)*$/u.test(local(s.start, verbAt));
        const id = subjectMention?.entityId ?? (pronoun ? ctx.lastOf(s, ['PERSON']) : undefined);
        const beneficiary = subjectMention ? ctx.fill(subjectMention, PARTY) : id ? ctx.entities.get(id) : undefined;
        if (!beneficiary) continue;
        // "the backing of Peru’s president": the backer is the office's holder, not read here.
        if (POSSESSIVE_AFTER.test(s.text.slice(ms[j]!.end - s.start, ms[j]!.end - s.start + 3))) continue;
        let last = ms[j]!;
        for (let k = j; k < ms.length; k++) {
          if (k > j) {
            const gap = local(last.end, ms[k]!.start);
            // "…, Peru’s president, …": a possessive owner opens an apposition, it backs nothing.
            if (IN_APPOSITION.test(gap) || POSSESSIVE_AFTER.test(s.text.slice(ms[k]!.end - s.start, ms[k]!.end - s.start + 3))) continue;
            if (!NEXT_BACKER.test(gap)) break;
          }
          const backer = ctx.fill(ms[k]!, PARTY);
          if (!backer) break;
          if (backer.id !== beneficiary.id) ctx.add(backer, 'SUPPORTS', beneficiary, s, k === j ? 0.6 : 0.55, 'won-backing-of');
          last = ms[k]!;
        }
      }
    }
  },
};

/**
 * The pair "A and B" (of `kinds`) named last before offset `at` of sentence `s`: in the sentence, or in
 * the three before it in its field; none when the nearest such stretch is not one clear pair.
 */
function pairNamedBefore(ctx: Parameters<NonNullable<RelationRules['perSentence']>>[0], s: Sentence, at: number, kinds: readonly EntityType[]): readonly DocEntity[] | undefined {
  for (let i = s.index; i >= Math.max(0, s.index - 3); i--) {
    const sentence = ctx.sentences[i]!;
    if (sentence.field !== s.field) return undefined;
    const ms = ctx.mentions.filter((m) => m.sentence === i && m.field === s.field && (i < s.index || m.end <= at)).sort((a, b) => a.start - b.start);
    for (let k = ms.length - 1; k > 0; k--) {
      const [a, b] = [ctx.fill(ms[k - 1]!, kinds), ctx.fill(ms[k]!, kinds)];
      if (a && b && a.id !== b.id && /^\s+and\s+(?:the\s+)?$/u.test(sentence.text.slice(ms[k - 1]!.end - sentence.start, ms[k]!.start - sentence.start))) return [a, b];
    }
  }
  return undefined;
}

/** The project named last in the few sentences before sentence `index` of `field`. */
function recentProject(ctx: Parameters<NonNullable<RelationRules['perSentence']>>[0], index: number, field: string) {
  let found: string | undefined;
  for (const m of ctx.mentions) {
    if (m.field !== field || m.sentence >= index || m.sentence < index - PROJECT_WINDOW) continue;
    if (ctx.entities.get(m.entityId)?.type === 'PROJECT') found = m.entityId;
  }
  return found ? ctx.entities.get(found) : undefined;
}
