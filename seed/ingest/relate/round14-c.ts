/**
 * Round 14 (c): apposition offices whose country the sentence leaves out.
 *
 * - "X, the prime minister, said …", "Y, the chief cabinet secretary, …", "Z, the outgoing
 *   president": a national office named without its country is held in the article's country —
 *   the only country its headline names (by name or demonym: "Tolvan"; a capital there stands for
 *   its government), if the article names it more often than any other, demonyms counted ("the Tolvan people"). Never when the sentence names
 *   another country (“X, the foreign minister, will travel to Peru”: whose minister is unclear),
 *   never for an office not held ("the incoming president"), never under a negation or hedge.
 * - A promise about a place or a project: "He promised to fight deforestation in the Tolva Basin",
 *   "Ada Quist vowed to reopen the Orsk Canal" — the one who promises (named, or "he"/"she": the
 *   person named last) DISCUSSES the region or project the promise names. Not a denied or
 *   hedged promise ("did not promise", "may pledge").
 * - A statement that ends on a back-reference to a region: "Mr Quist said later that it was hard to
 *   reach the north of the peninsula" (the article's one region whose name ends in "Peninsula",
 *   named before) — the speaker DISCUSSES that region.
 */
import type { EntityType } from '../../../src/generated/graphql';
import { HYPOTHETICAL_CUES, NEGATION_CUES } from '../cues';
import type { DocEntity } from '../document';
import type { RelateContext, RelationRules, SentenceScope } from './context';
import { NOT_HELD, officeDescription, roleOf } from './titles';

const PEOPLE: readonly EntityType[] = ['PERSON'];

/** ", the prime minister," right after a person: a national office without its country (group 1), closing the apposition. */
const BARE_OFFICE = /^,\s+the\s+((?:former\s+|acting\s+|interim\s+|outgoing\s+)?(?:(?:vice-|deputy\s+)?(?:prime\s+minister|president|premier|chancellor)|(?:foreign|finance|defence|defense|interior|justice|health|energy|trade|economy|home|education|transport|agriculture)\s+(?:minister|secretary)|secretary\s+of\s+state|chief\s+cabinet\s+secretary))(?=\s*[,.;]|\s+(?:and|since|until|who)\b)/u;
const OFFICE_CUES = ['minister', 'president', 'premier', 'chancellor', 'secretary'];

const described = (phrase: string) => !NEGATION_CUES.test(phrase) && !HYPOTHETICAL_CUES.test(phrase);

const articleCountries = new WeakMap<RelateContext, DocEntity | null>();

/** The country a capitalised token names as its demonym ("Tolvan"), if the article names that country. */
function demonymCountry(ctx: RelateContext, token: string): DocEntity | undefined {
  const c = token.charCodeAt(0);
  if (c < 65 || c > 90 || token.length < 4) return undefined;
  const entry = ctx.g.demonym(token);
  return entry ? ctx.byCode.get(entry.code) : undefined;
}

/**
 * The article's country: named in the headline (by name or demonym), and named in the article
 * (names and demonyms counted) more often than any other country. Worked out once per article.
 */
function articleCountry(ctx: RelateContext): DocEntity | undefined {
  if (!articleCountries.has(ctx)) {
    const counts = new Map<DocEntity, number>();
    const headline = new Set<DocEntity>();
    const count = (e: DocEntity, title: boolean) => {
      counts.set(e, (counts.get(e) ?? 0) + 1);
      if (title) headline.add(e);
    };
    for (const m of ctx.mentions) {
      const e = ctx.entities.get(m.entityId);
      // A capital in the headline stands for its government ("Beijing's warnings"), not the story's setting.
      if (e?.type === 'COUNTRY') count(e, m.field === 'TITLE' && !ctx.g.capitalOf(m.text));
    }
    for (const s of ctx.sentences) {
      for (const t of s.tokens) {
        const e = demonymCountry(ctx, t.text);
        if (e) count(e, s.field === 'TITLE');
      }
    }
    let best: DocEntity | undefined;
    let most = 0;
    let tie = false;
    for (const [e, n] of counts) {
      if (n > most) [best, most, tie] = [e, n, false];
      else if (n === most) tie = true;
    }
    articleCountries.set(ctx, best && !tie && headline.size === 1 && headline.has(best) ? best : null);
  }
  return articleCountries.get(ctx) ?? undefined;
}

/** Whether the sentence names a country other than `country` (by a mention or a demonym). */
function namesOtherCountry(ctx: RelateContext, scope: SentenceScope, country: DocEntity): boolean {
  for (const m of scope.ms) {
    const e = ctx.entities.get(m.entityId);
    if (e?.type === 'COUNTRY' && e.id !== country.id) return true;
    if (e?.type === 'CITY' && ctx.fill(m, ['COUNTRY']) && ctx.fill(m, ['COUNTRY'])!.id !== country.id) return true;
  }
  for (const t of scope.s.tokens) {
    const e = demonymCountry(ctx, t.text);
    if (e && e.id !== country.id) return true;
  }
  return false;
}

function bareOffice(ctx: RelateContext, scope: SentenceScope) {
  const { s, ms } = scope;
  for (const m of ms) {
    const person = ctx.fill(m, PEOPLE);
    if (!person) continue;
    const office = BARE_OFFICE.exec(s.text.slice(m.end - s.start));
    if (!office || NOT_HELD.test(office[1]!) || !described(office[0]) || scope.conditional) continue;
    const country = articleCountry(ctx);
    if (!country || namesOtherCountry(ctx, scope, country)) return;
    const title = office[1]!.replace(/\s+/gu, ' ');
    const type = roleOf(title, country, true);
    if (type) ctx.add(person, type, country, s, 0.5, 'bare-office+article-country', officeDescription(type, title));
  }
}

/** A verb of promising right before "to" (group 1), after its subject. */
const PROMISE = /\b(?:promised|promises|pledged|pledges|vowed|vows)\s+to\s/u;
const PROMISE_CUES = ['promised', 'promises', 'pledged', 'pledges', 'vowed', 'vows'];
/** From the subject to the promise: an apposition, an age, auxiliaries and adverbs. */
const PROMISER_GAP = /^(?:,\s+\d{1,3},|,\s+(?:the|a|an|his|her)\s+[^,;]{1,70},)?\s+(?:(?:has|had|also|again|then|later|once|repeatedly|publicly|on\s+\p{Lu}\p{Ll}+)\s+)*$/u;
/** A pronoun subject opening the sentence or a clause. */
const PRONOUN_GAP = /(?:^|[,;]\s+|\b(?:and|but)\s+)(?:He|She|he|she)\s+(?:(?:has|had|also|again|then|later|once|repeatedly|publicly)\s+)*$/u;
const TOPICS: readonly EntityType[] = ['REGION', 'PROJECT'];

function promises(ctx: RelateContext, scope: SentenceScope) {
  const { s, ms, local } = scope;
  if (scope.conditional) return;
  const p = PROMISE.exec(s.text);
  if (!p) return;
  const at = s.start + p.index;
  // The one who promises: the person right before the verb, else "he"/"she" for the person named last.
  let speaker: DocEntity | undefined;
  for (const m of ms) {
    if (m.end > at) break;
    if (ctx.entities.get(m.entityId)?.type === 'PERSON' && PROMISER_GAP.test(local(m.end, at))) speaker = ctx.entities.get(m.entityId);
  }
  if (!speaker && PRONOUN_GAP.test(local(s.start, at))) {
    const before = ms.filter((m) => m.end <= at && ctx.entities.get(m.entityId)?.type === 'PERSON').pop()?.entityId ?? ctx.lastOf(s, ['PERSON']);
    speaker = before ? ctx.entities.get(before) : undefined;
  }
  if (!speaker || !described(local(s.start, at))) return;
  // The promise runs to the end of its clause.
  const rest = s.text.slice(at - s.start + p[0].length);
  const stop = rest.search(/[;:]|,\s+(?:but|while|whereas|although)\b/u);
  const end = at + p[0].length + (stop === -1 ? rest.length : stop);
  for (const m of ms) {
    if (m.start < at || m.end > end) continue;
    const topic = ctx.entities.get(m.entityId);
    if (topic && TOPICS.includes(topic.type) && topic.id !== speaker.id) ctx.add(speaker, 'DISCUSSES', topic, s, 0.5, 'promise-about-topic');
  }
}

/** Head nouns of a region's name that a back-reference repeats ("the peninsula", "the strait"). */
const REGION_HEADS = ['peninsula', 'strait', 'island', 'islands', 'gulf', 'bay', 'basin', 'valley', 'delta', 'plateau', 'archipelago', 'coast', 'desert'];
/** A speaker and the speech verb after it (the verb's end is the match's end). */
const SAID_GAP = /^(?:,\s+(?:the|a|an|his|her)\s+[^,;]{1,70},)?\s+(?:(?:has|had|also|later|then|on\s+\p{Lu}\p{Ll}+)\s+)*(?:said|says|told\s+(?:the\s+)?[\p{Ll}\-]+(?:\s+[\p{Ll}\-]+)?)(?:\s+(?:later|on\s+\p{Lu}\p{Ll}+))?\s+(?:that\s+)?/u;
const backRegions = new WeakMap<RelateContext, Map<string, DocEntity | null>>();

/** The article's one region whose name ends in `head` ("Tolva Peninsula"), else none. */
function regionOfHead(ctx: RelateContext, head: string): DocEntity | undefined {
  let byHead = backRegions.get(ctx);
  if (!byHead) {
    byHead = new Map();
    for (const e of ctx.entities.values()) {
      if (e.type !== 'REGION') continue;
      const words = e.name.toLowerCase().split(/\s+/u);
      const last = words[words.length - 1]!;
      if (words.length < 2 || !REGION_HEADS.includes(last)) continue;
      byHead.set(last, byHead.has(last) ? null : e);
    }
    backRegions.set(ctx, byHead);
  }
  return byHead.get(head) ?? undefined;
}

function saidOfBackReference(ctx: RelateContext, scope: SentenceScope) {
  const { s, ms, local } = scope;
  if (scope.conditional) return;
  for (const m of ms) {
    const speaker = ctx.entities.get(m.entityId);
    if (speaker?.type !== 'PERSON') continue;
    const said = SAID_GAP.exec(s.text.slice(m.end - s.start));
    if (!said) continue;
    const from = m.end + said[0].length;
    if (!described(local(s.start, from))) return;
    const rest = s.text.slice(from - s.start);
    const stop = rest.search(/[;:]/u);
    const clause = stop === -1 ? rest : rest.slice(0, stop);
    for (const r of clause.matchAll(/\bthe\s+(\p{Ll}+)\b(?![’'\-]|\s+(?:of|\p{Lu}))/gu)) {
      if (!REGION_HEADS.includes(r[1]!)) continue;
      const region = regionOfHead(ctx, r[1]!);
      // Named before this sentence (a back-reference), and not by name in it.
      if (!region || ms.some((x) => x.entityId === region.id)) continue;
      const first = ctx.mentions.find((x) => x.entityId === region.id);
      if (!first || first.sentence >= s.index) continue;
      ctx.add(speaker, 'DISCUSSES', region, s, 0.45, 'said-of-back-referred-region');
    }
    return;
  }
}

export const round14C: RelationRules = {
  name: 'round14-c',
  gate: { types: ['PERSON'], words: OFFICE_CUES },
  perSentence: (ctx, scope) => {
    bareOffice(ctx, scope);
  },
};

/** The statements of round 14 (c): promises about places and projects, and sayings that refer back to a region. */
export const round14CStatements: RelationRules = {
  name: 'round14-c-statements',
  gate: { words: [...PROMISE_CUES, ...REGION_HEADS] },
  perSentence: (ctx, scope) => {
    if (PROMISE_CUES.some((w) => scope.hasWord(w))) promises(ctx, scope);
    if (REGION_HEADS.some((w) => scope.hasWord(w)) && (scope.hasWord('said') || scope.hasWord('says') || scope.hasWord('told'))) saidOfBackReference(ctx, scope);
  },
};
