/**
 * What a statement is about:
 * - a person's statement about a project: "Omar Vance said the Tolva Pipeline would open in May",
 *   "Ada Orr told the court that shutting the Vasko Line would make no sense" — the speaker
 *   DISCUSSES each project the reported clause names;
 * - a statement or forecast whose reported clause opens with a named event: "the Tolva Health Agency
 *   said on Friday that Covid-19 was no longer …", "Ada Orr, a researcher at …, said Tamsin’s winds
 *   had …", "the Tolva Weather Centre had expected Tamsin to …", "he said the pandemic was over" —
 *   the speaker (a person, organisation or body; "he"/"she" the person named last) DISCUSSES the
 *   event (the fixtures' convention, README of test/fixtures: statements about a named project,
 *   crossing or event). An event named later in the clause, or after "at"/"during" ("said at the
 *   summit that …"), is where or when it was said, not its topic;
 * - a project or a region that opens the reported clause, for any speaker: "the Tolva Agency says its
 *   Orsk probe has …", "Ada Orrin said Patagonia was drying out", "the agency stressed that neither
 *   Orsk nor Vask posed any threat" (a statement about them even when what it says is negative, as
 *   the fixtures' convention has it; a negated or conditional saying still gives nothing).
 * A statement that merely names a country or a person is not "about" it in this sense. A negated or
 * conditional saying gives nothing.
 */
import type { EntityType } from '../../../src/generated/graphql';
import { HYPOTHETICAL_CUES, NEGATION_CUES } from '../cues';
import type { DocEntity } from '../document';
import { lastClause } from './clauses';
import type { RelateContext, RelationRules, SentenceScope } from './context';
import { cueWords, hasAnyRun } from './words';

/** The speech verb right after the speaker (or after an apposition describing the speaker). */
const SAID_AFTER = /^(?:,\s+[^,;]{1,70},)?\s+(?:(?:has|had|have|also|later|then|publicly|repeatedly|on\s+\p{Lu}\p{Ll}+)\s+)*(?:said|says|told\s+(?:the\s+)?(?:[\p{Ll}\-]+\s+){1,2}?(?:in\s+\p{Lu}\p{Ll}+\s+)?(?=that\b)|tells\s+(?:the\s+)?(?:[\p{Ll}\-]+\s+){1,2}?(?=that\b)|argued|argues|insisted|insists|stressed|stresses)\s*(?:on\s+\p{Lu}\p{Ll}+\s+)?(?:that\s+)?/u;
const SAYS = /\b(?:said|says|told|tells|argued|argues|insisted|insists|stressed|stresses|expected|expects|forecast|forecasts|predicted|predicts|warned|warns|added|adds)\b/u;
/** SAYS's words, one of which a match is as a run of letters (words.ts): tested first. */
const SAYS_RUNS = cueWords(['said', 'says', 'told', 'tells', 'argued', 'argues', 'insisted', 'insists', 'stressed', 'stresses', 'expected', 'expects', 'forecast', 'forecasts', 'predicted', 'predicts', 'warned', 'warns', 'added', 'adds']);
/**
 * After a speaker, up to a reported clause that may open with an event: a short form in
 * parentheses, "in <Place>", an apposition, auxiliaries, the verb (a forecast verb takes the event as
 * its object: "had expected Tamsin to …"), a date, "that" and an article.
 */
const SPEAKS_OF = /^(?:\s*\([^()]{1,20}\)|\))?(?:\s+in\s+\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+)?)?(?:,\s+[^;]{1,90}?,)?\s+(?:(?:has|had|have|also|later|then|publicly|repeatedly|first|once|on\s+\p{Lu}\p{Ll}+)\s+)*(?:(?:said|says|stressed|stresses|insisted|insists|argued|argues|added|adds|warned|warns|announced|announces|declared|declares|(?:told|tells)\s+(?:the\s+)?[\p{Ll}\-]+(?:\s+[\p{Ll}\-]+)?)(?:\s+(?:on|in)\s+\p{Lu}\p{Ll}+(?:\s+\d{4})?)?(?:\s+that)?|expected|expects|forecast|forecasts|predicted|predicts)\s+(?:the\s+)?$/u;
/** The same for a project or a region: no forecast verb, and the clause may open with "its" or "neither". */
const SPEAKS_OF_SUBJECT = /^(?:\s*\([^()]{1,20}\)|\))?(?:\s+in\s+\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+)?)?(?:,\s+[^;]{1,90}?,)?\s+(?:(?:has|had|have|also|later|then|publicly|repeatedly|first|once|on\s+\p{Lu}\p{Ll}+)\s+)*(?:said|says|stressed|stresses|insisted|insists|argued|argues|added|adds|warned|warns|declared|declares|(?:told|tells)\s+(?:the\s+)?[\p{Ll}\-]+(?:\s+[\p{Ll}\-]+)?)(?:\s+(?:on|in)\s+\p{Lu}\p{Ll}+(?:\s+\d{4})?)?(?:\s+that)?\s+(?:the\s+|its\s+|their\s+|neither\s+)?$/u;
/** After the project or region: a verb, so it is the clause's subject ("said Orsk was …", not "said Orsk’s rival"). */
const SUBJECT_VERB_AFTER = /^(?:\s+(?:spacecraft|probe|mission|satellite|pipeline|project|programme|program|telescope|rover|region|province|state))?\s+(?:(?:nor|and|or)\s+[^,;]{1,40}?\s+)?(?:was|is|were|are|had|has|have|might|may|could|would|will|posed|poses|remained|remains|faced|faces|needed|needs|showed|shows|knocked|struck|reached|became|lay|lies|took|takes)\b/u;
/** "neither A nor B": the second one of the pair. */
const NOR_NEXT = /^\s+(?:nor|and|or)\s+(?:the\s+)?$/u;
/** "He said …", "…, he stressed that …": a pronoun speaker, up to where the reported clause opens. */
const PRONOUN_SPEAKS_OF = /(?:^|[,;]\s+|\bbut\s+)(?:[Hh]e|[Ss]he)\s+(?:(?:has|had|also|later|then|once)\s+)*(?:said|says|stressed|stresses|insisted|insists|argued|argues|added|adds|warned|warns)(?:\s+(?:on|in)\s+\p{Lu}\p{Ll}+(?:\s+\d{4})?)?(?:\s+that)?\s+(?:the\s+)?$/u;
/** A possibility or a condition in the reported clause before a project: "could be moved to P if …". */
const POSSIBILITY = /\b(?:could|might|may|if|unless|whether)\b/u;
const SPEAKERS: readonly EntityType[] = ['PERSON', 'ORGANIZATION', 'GOVERNMENT_BODY'];
/** Nouns that stand for the article's one event of their kind when a reported clause opens with them ("said the storm had …"). */
const EVENT_NOUN_HEADS: Readonly<Record<string, RegExp>> = {
  storm: /\b(?:storm|hurricane|typhoon|cyclone)\b/iu, hurricane: /\bhurricane\b/iu, typhoon: /\btyphoon\b/iu, cyclone: /\bcyclone\b/iu,
  earthquake: /\b(?:earthquake|quake)\b/iu, quake: /\b(?:earthquake|quake)\b/iu, flood: /\bflood/iu, floods: /\bflood/iu, wildfire: /\bwildfire/iu, wildfires: /\bwildfire/iu, eruption: /\beruption\b/iu,
  pandemic: /\bpandemic\b/iu, epidemic: /\bepidemic\b/iu, outbreak: /\boutbreak\b/iu,
  // A walkout, a protest or a failure of a system is as often spoken of by its noun: "Acme said the strike had cost it $1bn".
  strike: /\bstrike\b/iu, walkout: /\b(?:walkout|strike)\b/iu, protest: /\bprotests?\b/iu, protests: /\bprotests?\b/iu, outage: /\boutage\b/iu, blackout: /\b(?:blackout|outage)\b/iu, shutdown: /\bshutdown\b/iu,
};
/**
 * "He said the government had …, but that the storm had …": a speaker (group 1 a pronoun) and the
 * event noun that is the subject of a reported clause (a verb or a possessive after it: "the
 * hurricane season" is no hurricane).
 */
const SAID_THE_NOUN = new RegExp(String.raw`(?:(?:^|[,;]\s+|\bbut\s+)(He|She|he|she)\s+|(?:^|\s))(?:(?:has|had|also|later|then|once)\s+)*(?:said|says|stressed|stresses|insisted|insists|argued|argues|added|adds|warned|warns)(?:\s+(?:on|in)\s+\p{Lu}\p{Ll}+(?:\s+\d{4})?)?(?:\s+that|[^.;]{0,80}?,\s+(?:but|and)\s+that)?\s+the\s+(${Object.keys(EVENT_NOUN_HEADS).join('|')})(?=\s+(?:had|has|have|was|were|is|are|would|will|did|caused|killed|struck|hit|left|brought|destroyed|became|remained|grew|intensified|weakened)\b|[’']s\b|\s*[,.;])`, 'gu');
const infos = new WeakMap<object, ReadonlyMap<string, readonly DocEntity[]>>();

/** After the person who opens a sentence: an apposition that describes him or her (", a scientist at the "). */
const PERSON_APPOSITION = /^,\s+(?:a|an|the)\s+[^,;:“”"]{1,60}?\s+(?:at|of|for|with|from|in)\s+(?:the\s+)?$/u;
/** Before the speech verb: the apposition closes with a comma ("…, which runs the mission for NASA, said"). */
const APPOSITION_CLOSES_BEFORE_VERB = /,\s+(?:(?:has|had|have|also|later|then|on\s+\p{Lu}\p{Ll}+)\s+)*(?:said|says|stressed|stresses|insisted|insists|argued|argues|added|adds|warned|warns|declared|declares|announced|announces|told|tells)\b[^,;]*$/u;

/**
 * "Ada Orr, a scientist at the Tolva Laboratory (TL) in Lima, which built the probe, said …": the
 * body a long apposition names is no speaker; the person it describes, opening the sentence, is. The
 * person when mention j (no person) lies in such an apposition of the sentence's first mention.
 */
function appositionHead(ctx: RelateContext, { s, ms, local }: SentenceScope, j: number, k: number): DocEntity | undefined {
  if (j === 0 || ctx.entities.get(ms[j]!.entityId)?.type === 'PERSON') return undefined;
  const first = ms[0]!;
  const person = ctx.entities.get(first.entityId);
  if (person?.type !== 'PERSON' || first.start !== s.start) return undefined;
  // The first body after the person opens the apposition, and the stretch up to the topic closes it before the verb.
  if (!PERSON_APPOSITION.test(local(first.end, ms[1]!.start))) return undefined;
  if (!APPOSITION_CLOSES_BEFORE_VERB.test(local(ms[j]!.end, ms[k]!.start))) return undefined;
  return person;
}

export const statements: RelationRules = {
  name: 'statements',
  // Every rule of the family needs such a mention.
  gate: { types: ['PROJECT', 'EVENT', 'REGION'] },
  perSentence: (ctx, scope) => {
    const { s, ms, local, conditional } = scope;
    if (conditional || !hasAnyRun(s, SAYS_RUNS) || !SAYS.test(s.text)) return;
    // A project named in what a person says.
    for (let j = 0; j < ms.length; j++) {
      const speaker = ctx.entities.get(ms[j]!.entityId);
      if (speaker?.type !== 'PERSON') continue;
      const said = SAID_AFTER.exec(s.text.slice(ms[j]!.end - s.start));
      if (!said) continue;
      const from = ms[j]!.end + said[0].length;
      if (NEGATION_CUES.test(lastClause(local(s.start, from))) || HYPOTHETICAL_CUES.test(lastClause(local(s.start, from)))) continue;
      const topics = new Set<DocEntity>();
      for (const m of ms) {
        const e = m.start >= from ? ctx.entities.get(m.entityId) : undefined;
        // "said the ceremony could be moved to the X Stadium if …": a possibility names no topic of the statement.
        // (An intention, "hopes to send astronauts under its X programme", still speaks of X.)
        if (e?.type === 'PROJECT' && !POSSIBILITY.test(local(from, m.start))) topics.add(e);
      }
      for (const t of topics) ctx.add(speaker, 'DISCUSSES', t, s, 0.5, 'said-about-project');
      break;
    }
    // An event that opens the reported clause.
    for (let k = 0; k < ms.length; k++) {
      const event = ctx.entities.get(ms[k]!.entityId);
      if (event?.type !== 'EVENT') continue;
      const head = local(Math.max(s.start, ms[k]!.start - 200), ms[k]!.start);
      let speaker: DocEntity | undefined;
      for (let j = k - 1; j >= 0 && !speaker; j--) {
        if (ms[j]!.start < ms[k]!.start - 200) break;
        if (SPEAKS_OF.test(local(ms[j]!.end, ms[k]!.start))) speaker = appositionHead(ctx, scope, j, k) ?? ctx.fill(ms[j]!, SPEAKERS);
      }
      let verbFrom = speaker ? -1 : head.search(PRONOUN_SPEAKS_OF);
      if (!speaker && verbFrom >= 0) {
        const at = ms[k]!.start - head.length + verbFrom;
        const id = ms.filter((m) => m.end <= at && ctx.entities.get(m.entityId)?.type === 'PERSON').pop()?.entityId ?? ctx.lastOf(s, ['PERSON']);
        speaker = id ? ctx.entities.get(id) : undefined;
        verbFrom = at;
      }
      if (!speaker || speaker.id === event.id) continue;
      const clause = lastClause(local(s.start, ms[k]!.start));
      if (NEGATION_CUES.test(clause) || HYPOTHETICAL_CUES.test(clause)) continue;
      ctx.add(speaker, 'DISCUSSES', event, s, 0.5, 'said-about-event');
    }
    // A project or a region that opens the reported clause ("the agency says its Orsk probe has …").
    for (let k = 1; k < ms.length; k++) {
      const topic = ctx.entities.get(ms[k]!.entityId);
      if (topic?.type !== 'PROJECT' && topic?.type !== 'REGION') continue;
      if (!SUBJECT_VERB_AFTER.test(s.text.slice(ms[k]!.end - s.start))) continue;
      let speaker: DocEntity | undefined;
      for (let j = k - 1; j >= 0 && !speaker && ms[j]!.start >= ms[k]!.start - 200; j--) {
        if (SPEAKS_OF_SUBJECT.test(local(ms[j]!.end, ms[k]!.start))) speaker = appositionHead(ctx, scope, j, k) ?? ctx.fill(ms[j]!, SPEAKERS);
      }
      // "neither" belongs to what is said, not to the saying.
      const clause = lastClause(local(s.start, ms[k]!.start)).replace(/\bneither\s*$/u, '');
      if (!speaker || speaker.id === topic.id || NEGATION_CUES.test(clause) || HYPOTHETICAL_CUES.test(clause)) continue;
      const rule = topic.type === 'PROJECT' ? 'said-about-project-subject' : 'said-about-region';
      ctx.add(speaker, 'DISCUSSES', topic, s, 0.5, rule);
      const next = ms[k + 1];
      const other = next && NOR_NEXT.test(local(ms[k]!.end, next.start)) ? ctx.entities.get(next.entityId) : undefined;
      if (other && other.type === topic.type && other.id !== speaker.id) ctx.add(speaker, 'DISCUSSES', other, s, 0.45, rule);
    }
  },
  // "He said … that the storm had been exceptional": the sentence may name no one (a pronoun
  // speaker), so this runs over the document, once per sentence that holds such a noun.
  perDocument: (ctx) => {
    const events = [...ctx.entities.values()].filter((e) => e.type === 'EVENT');
    if (events.length === 0) return;
    // The events each noun may stand for.
    let byNoun = infos.get(ctx);
    if (!byNoun) {
      const map = new Map<string, readonly DocEntity[]>();
      for (const [noun, head] of Object.entries(EVENT_NOUN_HEADS)) map.set(noun, events.filter((e) => [e.name, ...e.aliases].some((f) => head.test(f))));
      infos.set(ctx, (byNoun = map));
    }
    if (![...byNoun.values()].some((list) => list.length > 0)) return;
    // Where each event is first named in the body (-1: in the title or caption, before the body).
    const firstNamed = new Map<string, number>();
    for (const m of ctx.mentions) {
      const at = m.field === 'BODY' ? m.sentence : -1;
      if (!firstNamed.has(m.entityId) || firstNamed.get(m.entityId)! > at) firstNamed.set(m.entityId, at);
    }
    // "the storm" in sentence k: the one event of that noun named before it (none when two are).
    const eventFor = (noun: string, k: number) => {
      const named = (byNoun!.get(noun) ?? []).filter((e) => (firstNamed.get(e.id) ?? Infinity) < k);
      return named.length === 1 ? named[0] : undefined;
    };
    for (const s of ctx.sentences) {
      if (s.field !== 'BODY' || !SAYS.test(s.text) || !s.text.includes(' the ')) continue;
      for (const said of s.text.matchAll(SAID_THE_NOUN)) {
        const event = eventFor(said[2]!, s.index);
        if (!event || /^[“"‘']?\s*(?:If|Unless|Should|Were)\b/u.test(s.text)) continue;
        const at = s.start + said.index + (said[0].length - said[0].trimStart().length);
        const clause = lastClause(s.text.slice(0, at - s.start));
        if (NEGATION_CUES.test(clause) || HYPOTHETICAL_CUES.test(clause)) continue;
        const ms = ctx.mentions.filter((m) => m.sentence === s.index && m.field === s.field && m.end <= at);
        let speaker: DocEntity | undefined;
        if (said[1]) {
          const id = ms.filter((m) => ctx.entities.get(m.entityId)?.type === 'PERSON').pop()?.entityId ?? ctx.lastOf(s, ['PERSON']);
          speaker = id ? ctx.entities.get(id) : undefined;
        } else {
          const last = ms[ms.length - 1];
          if (last && /^(?:,\s+[^;]{1,90}?,)?\s+(?:(?:has|had|have|also|later|then)\s+)*$/u.test(s.text.slice(last.end - s.start, at - s.start))) speaker = ctx.entities.get(last.entityId);
          if (speaker && !SPEAKERS.includes(speaker.type)) speaker = undefined;
        }
        if (speaker && speaker.id !== event.id) ctx.add(speaker, 'DISCUSSES', event, s, 0.45, 'said-about-event-noun');
      }
    }
  },
};
