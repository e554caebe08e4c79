/**
 * Round 13 (b): who takes part in a competition, for any sport or contest. A competition is an
 * event whose name ends in a contest noun of WordNet (contest-nouns.ts: a race, a tournament, a
 * final, an Open, a Cup, a song contest, a regatta…), never an election, a prize or an award (the
 * keys: winning those is no attending). Its results report who took part:
 *
 * - a result verb before the competition's name: "X won the 68th Tolva Song Contest", "X, who had
 *   also won this year's Tolva Open", "X finished third in the Tolva Marathon", "X lost the final",
 *   "X reached the semi-finals of the Tolva Cup", "X competed at the Tolva Games";
 * - the one beaten, in a sentence that names the competition: "X won the Tolva Open, beating Y",
 *   "X beat Y in the final of the Tolva Cup", "since the 2031 final, when X beat Y" (both);
 * - a placing with no event named, for the article's competition (the one its headline or first
 *   sentence names): "Y of Peru came second with 547", "A and B were third", "Z finished 18th";
 * - an entrant: "X, Peru's entrant, …", "X, the Kenyan contestant, …", "Peru's entrant, X".
 *
 * Never under a negation, condition or hedge ("did not win", "hopes to win", "if she wins"), never
 * for a person the sentence merely names, and never for a placing in another event the clause names.
 */
import type { EntityType } from '../../../src/generated/graphql';
import { HYPOTHETICAL_CUES, NEGATION_CUES } from '../cues';
import { bodyNoun, contestNoun } from '../noun-kinds';
import type { DocEntity, DocMention } from '../document';
import type { RelateContext, RelationRules, SentenceScope } from './context';

/** Who takes part: a person, a band, a team or a club. */
const PARTAKERS: readonly EntityType[] = ['PERSON', 'ORGANIZATION'];
/** Contest nouns of WordNet that name other events far more often in news ("a rally" of supporters). */
const NOT_CONTEST: ReadonlySet<string> = new Set(['rally', 'rallies']);
/** A name of a vote or a political contest ("the presidential race", "the leadership contest"), whose winner attends nothing. */
const POLITICAL = /\b(?:election|elections|primary|primaries|referendum|plebiscite|run-off|runoff|ballot|caucus|caucuses|vote|poll|presidential|leadership|mayoral|senate|gubernatorial|congressional|parliamentary|arms)\b/iu;
const ORDINAL = String.raw`(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|last|\d{1,3}(?:st|nd|rd|th)|runner-up|runners-up)`;
/** A result verb (and its object's lead words) right before the competition's name. */
const RESULT_BEFORE_EVENT = new RegExp(
  String.raw`(?:^|\s)((?:won|wins|win|winning|clinched|clinches|retained|retains|lost|loses|losing|(?:finished|finishes|came|comes|placed|ended|ends|were|was)\s+(?:joint\s+|equal\s+)?${ORDINAL}\s+(?:place\s+|overall\s+)?(?:in|at)|(?:reached|reaches|made)\s+the\s+(?:semi-?finals?|quarter-?finals?|finals?|last\s+\w+)\s+(?:of|at|in)|(?:competed|competes|competing|played|plays|raced|races|ran|swam|sang|performed|performs|rode|took\s+part|takes\s+part)\s+(?:in|at)|(?:entered|enters|qualified\s+for|qualifies\s+for)|(?:eliminated|knocked\s+out)\s+(?:of|from)))\s+(?:the\s+|this\s+year[’']s\s+|last\s+year[’']s\s+)?(?:(?!(?:a|an|his|her|their|its)\s)[\p{Ll}\d][\p{L}\d’'\-]*\s+){0,3}$`,
  'u',
);
/** A placing with no event after it: "came second with 547", "finished 18th.", "were third". */
const PLACING = new RegExp(String.raw`^(?:finished|came|placed|ended\s+up|were|was)\s+(?:joint\s+|equal\s+)?${ORDINAL}(?:\s+place)?(?=[,.;]|\s+(?:with|behind|on|overall|after|ahead)\b|\s*$)`, 'u');
/** Before a competition's name, what puts a match in it: "in the final of the", "at the". */
const IN_EVENT = /\b(?:in|at|of)\s+(?:the\s+|this\s+year[’']s\s+)?(?:[\p{Ll}\d][\p{L}\d’'\-]*\s+){0,3}$/u;
/** "… for a record-extending 15th time", "… for the third year running": a count of titles, not one edition. */
const TIMES_AFTER = /^\s+for\s+(?:a|the)\s+(?:[\p{L}\d\-]+\s+){0,2}?(?:time|year|season)\b/u;
/** "the 2031 final, when X beat Y": the clause after the name tells what happened in it. */
const WHEN_AFTER = /^,\s+when\s/u;
/** A verb of beating, losing or meeting right before the other side (both take part). */
const BEAT_BEFORE = /(?:^|\s)(beat|beats|beating|defeated|defeats|defeating|overcame|overcoming|edged|edging|outlasted|thrashed|trounced|routed|upset|stunned|eliminated|eliminating|lost\s+to|loses\s+to|losing\s+to|fell\s+to|drew\s+with|drawing\s+with|faced|facing)\s+$/u;
/**
 * From the subject to its verb: "of Peru", an age, an apposition or a "who" clause (its own
 * commas), then adverbs; "who" itself right before the verb.
 */
const SUBJECT_GAP = /^(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*){0,2})?(?:,\s+\d{1,3},)?(?:,\s+(?:(?:the|a|an|his|her|their|\p{Lu}[\p{L}\-]*[’']s)\s+[^;,]{1,90}?|who\s+[^;]{1,90}?),)?(?:,\s+who)?\s+(?:(?:had|has|have|then|also|later|eventually|again|once|previously|already|finally|narrowly|comfortably)\s+)*$/u;
/** Between two coordinated subjects: "A and B", "A, B and C". */
const COORDINATED = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)$/u;
/** "X, Peru's entrant", "X, the Kenyan contestant" (after the name), and "Peru's entrant, X" (before it). */
const ENTRANT_NOUNS = String.raw`(?:entrant|entry|contestant|competitor|finalist|representative)`;
const ENTRANT_AFTER = new RegExp(String.raw`^,\s+(?:(?:the|this\s+year[’']s)\s+(?:\p{Lu}[\p{L}\-]*\s+)?|(?:the\s+)?\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*)?(?:[’']s|(?<=s)[’'])\s+)${ENTRANT_NOUNS}(?=[,.;]|\s+(?:who|and)\b)`, 'u');
const ENTRANT_BEFORE = new RegExp(String.raw`(?:[’']s|(?<=s)[’'])\s+${ENTRANT_NOUNS},\s+$`, 'u');
/** Words whose presence before the verb in its clause says it did not (or may not) happen. */
const UNDONE = /\b(?:to|would|could|might|will|shall|if|unless|whether|hopes?|hoped|bid|chance|favourite|favorite|failed|fails)\s+$/u;

/** A stage act of a competition: presenting or hosting the show, appearing on stage, performing. */
const ON_STAGE = /(?:^|\s)(?:(?:presented|hosted|compered|fronted)\s+the\s+(?:show|contest|final|broadcast|evening|night|event)\b|(?:appeared|appears)\s+on\s+(?:the\s+)?stage\b|(?:took|takes)\s+(?:to\s+)?the\s+stage\b|(?:performed|performs)\b)/gu;
const ON_STAGE_STEMS = /\b(?:presented|hosted|compered|fronted|appear|stage|perform)/u;
/** A verb of saying before the act: what is said is not the act. */
const SAYING = /\b(?:said|says|told|tells|added|insisted|argued)\b/u;
/** A year in the sentence that is no part of the reported competition's name: another edition's sentence. */
function otherYear(text: string, reported: DocEntity): boolean {
  for (const y of text.matchAll(/\b(?:1[89]|20)\d\d\b/gu)) if (!reported.name.includes(y[0])) return true;
  return false;
}

interface Competitions {
  /** The competition events by id. */
  readonly ids: ReadonlySet<string>;
  /** The article's competition: the one its headline or first body sentence names (one only). */
  readonly reported: DocEntity | undefined;
}
const byDoc = new WeakMap<readonly DocMention[], Competitions>();

/** The last word of an event's name, past a year or number and quotes ("Tolva Song Contest 2031" → "contest"). */
function headWord(name: string): string {
  const words = name.replace(/[’'“”"]/gu, '').split(/[\s\-–]+/u).filter((w) => !/^\d+$/u.test(w));
  return (words[words.length - 1] ?? '').toLowerCase();
}

function isCompetition(e: DocEntity): boolean {
  if (e.type !== 'EVENT') return false;
  return [e.name, ...e.aliases].some((name) => {
    const head = headWord(name);
    return head.length > 2 && !NOT_CONTEST.has(head) && !POLITICAL.test(name) && contestNoun(head);
  });
}

function competitionsOf(ctx: RelateContext): Competitions {
  let c = byDoc.get(ctx.mentions);
  if (!c) {
    const ids = new Set<string>();
    for (const e of ctx.entities.values()) if (isCompetition(e)) ids.add(e.id);
    byDoc.set(ctx.mentions, (c = { ids, reported: leadOf(ctx, ids) }));
  }
  return c;
}

/** The one of `ids` that the headline or the first body sentence names (else, of one only, it): the event the article reports. */
function leadOf(ctx: RelateContext, ids: ReadonlySet<string>): DocEntity | undefined {
  const firstBody = ctx.sentences.find((s) => s.field === 'BODY');
  const lead = new Set<string>();
  for (const m of ctx.mentions) if (ids.has(m.entityId) && (m.field === 'TITLE' || (firstBody && m.sentence === firstBody.index && m.field === 'BODY'))) lead.add(m.entityId);
  return lead.size === 1 ? ctx.entities.get([...lead][0]!) : lead.size === 0 && ids.size === 1 ? ctx.entities.get([...ids][0]!) : undefined;
}

/** Whether the stretch states a fact: no negation or hedge in it, no "to"/"would" right before the verb. */
function stated(scope: SentenceScope, gap: string, before: string): boolean {
  return !scope.conditional && !NEGATION_CUES.test(gap) && !HYPOTHETICAL_CUES.test(gap) && !UNDONE.test(before);
}

/** The subjects of a verb at offset `verbAt`: the partaker whose gap to it is a subject's, and those coordinated with it. */
function subjectsOf(ctx: RelateContext, scope: SentenceScope, verbAt: number): DocEntity[] {
  const { ms, local } = scope;
  for (let j = ms.length - 1; j >= 0; j--) {
    const m = ms[j]!;
    if (m.end > verbAt) continue;
    const e = ctx.entities.get(m.entityId);
    if (!e || !PARTAKERS.includes(e.type)) continue;
    const gap = local(m.end, verbAt);
    if (!SUBJECT_GAP.test(gap)) return [];
    if (!stated(scope, gap, local(Math.max(scope.s.start, verbAt - 20), verbAt))) return [];
    const found = [e];
    for (let k = j - 1; k >= 0; k--) {
      const before = ctx.entities.get(ms[k]!.entityId);
      if (!before || before.type !== e.type || !COORDINATED.test(local(ms[k]!.end, ms[k + 1]!.start))) break;
      found.push(before);
    }
    return found;
  }
  return [];
}

/** An earlier round (not one "of" the competition itself) or a meeting still to come, between a beaten side and the competition. */
const OTHER_ROUND = /\b(?:(?:semi-?finals?|quarter-?finals?|qualif\w*|heats?|preliminary)\b(?!\s+of\b)|(?:will|shall|to reach)\b)/i;

/** The round-13 (b) family: competitions' participants. */
export const round13Competitions: RelationRules = {
  name: 'round13-competitions',
  // Every rule needs a partaker's mention and one of its verbs or nouns.
  gate: {
    types: PARTAKERS,
    words: ['won', 'wins', 'win', 'winning', 'clinched', 'clinches', 'retained', 'retains', 'lost', 'loses', 'losing', 'finished', 'finishes', 'came', 'comes', 'placed', 'ended', 'ends', 'were', 'was', 'reached', 'reaches', 'made', 'competed', 'competes', 'competing', 'played', 'plays', 'raced', 'races', 'ran', 'swam', 'sang', 'performed', 'performs', 'rode', 'took', 'takes', 'entered', 'enters', 'qualified', 'qualifies', 'eliminated', 'knocked', 'beat', 'beats', 'beating', 'defeated', 'defeats', 'defeating', 'overcame', 'overcoming', 'edged', 'edging', 'outlasted', 'thrashed', 'trounced', 'routed', 'upset', 'stunned', 'eliminating', 'fell', 'drew', 'drawing', 'faced', 'facing', 'entrant', 'entry', 'contestant', 'competitor', 'finalist', 'representative', 'presented', 'hosted', 'compered', 'fronted', 'appeared', 'appears', 'performed', 'performs'],
  },
  perSentence: (ctx, scope) => {
    const competitions = competitionsOf(ctx);
    if (competitions.ids.size === 0) return;
    const { s, ms, local } = scope;
    const named = ms.filter((m) => competitions.ids.has(m.entityId));
    // A result verb before a competition's name.
    for (const ev of named) {
      const event = ctx.entities.get(ev.entityId)!;
      const before = local(Math.max(s.start, ev.start - 120), ev.start);
      const r = RESULT_BEFORE_EVENT.exec(before);
      // "won the Tolva Cup for a record 15th time": the series' title counted, not this edition.
      if (!r || TIMES_AFTER.test(s.text.slice(ev.end - s.start))) continue;
      const verbAt = ev.start - before.length + r.index + (r[0].length - r[0].trimStart().length);
      for (const p of subjectsOf(ctx, scope, verbAt)) ctx.add(p, 'ATTENDS', event, s, 0.6, 'competition-result');
    }
    // The one beaten, in a sentence that names one competition as where it was played (or who won it), and who beat them.
    const events = new Set(named.map((m) => m.entityId));
    const played = named.some((ev) => IN_EVENT.test(local(Math.max(s.start, ev.start - 60), ev.start)) || WHEN_AFTER.test(s.text.slice(ev.end - s.start)) || RESULT_BEFORE_EVENT.test(local(Math.max(s.start, ev.start - 120), ev.start)));
    if (events.size === 1 && played) {
      const event = ctx.entities.get([...events][0]!)!;
      for (const m of ms) {
        const y = ctx.entities.get(m.entityId);
        if (!y || !PARTAKERS.includes(y.type)) continue;
        const before = local(Math.max(s.start, m.start - 40), m.start);
        const b = BEAT_BEFORE.exec(before);
        if (!b) continue;
        const verbAt = m.start - before.length + b.index + (b[0].length - b[0].trimStart().length);
        const clause = local(s.start, verbAt);
        if (!stated(scope, clause.slice(Math.max(clause.lastIndexOf(','), clause.lastIndexOf(';')) + 1), clause)) continue;
        // A win in an earlier round, or a meeting still to come, between the beaten and the
        // competition is not a part in it ("beat Y in the semi-final to reach the final, where they will face …").
        const ev = named.find((n) => n.entityId === event.id)!;
        if (OTHER_ROUND.test(local(Math.min(m.end, ev.end), Math.max(m.start, ev.start)))) continue;
        ctx.add(y, 'ATTENDS', event, s, 0.55, 'competition-beaten');
        // "X beat Y": X too (a participle's subject is the main clause's, read by the result verb).
        if (!b[1]!.endsWith('ing')) for (const x of subjectsOf(ctx, scope, verbAt)) if (x.id !== y.id) ctx.add(x, 'ATTENDS', event, s, 0.55, 'competition-beaten');
      }
    }
    // A placing, an entrant, a presenter or a performance with no competition named: the article's competition,
    // unless the sentence dates itself to another year ("when X sang for Peru in 1988").
    const reported = competitions.reported;
    if (!reported || named.length > 0 || otherYear(s.text, reported)) return;
    for (let j = 0; j < ms.length; j++) {
      const m = ms[j]!;
      const e = ctx.entities.get(m.entityId);
      if (!e || !PARTAKERS.includes(e.type)) continue;
      const after = s.text.slice(m.end - s.start);
      if (ENTRANT_AFTER.test(after) || (e.type === 'PERSON' && j > 0 && ENTRANT_BEFORE.test(local(ms[j - 1]!.end - 1, m.start)))) {
        if (stated(scope, after.slice(0, 40), local(s.start, m.start))) ctx.add(e, 'ATTENDS', reported, s, 0.55, 'competition-entrant');
        continue;
      }
    }
    for (let at = s.text.search(/\s(?:finished|came|placed|ended|were|was)\s/u); at !== -1; ) {
      const verbAt = s.start + at + 1;
      if (PLACING.test(s.text.slice(at + 1))) for (const p of subjectsOf(ctx, scope, verbAt)) ctx.add(p, 'ATTENDS', reported, s, 0.55, 'competition-placing');
      const next = s.text.slice(at + 2).search(/\s(?:finished|came|placed|ended|were|was)\s/u);
      at = next === -1 ? -1 : at + 2 + next;
    }
    // "A and B presented the show", "X appeared on stage", "X performed": what only those on the competition's stage do.
    if (ON_STAGE_STEMS.test(s.text)) {
      for (const act of s.text.matchAll(ON_STAGE)) {
        const verbAt = s.start + act.index + (act[0].length - act[0].trimStart().length);
        if (!SAYING.test(local(s.start, verbAt))) for (const p of subjectsOf(ctx, scope, verbAt)) ctx.add(p, 'ATTENDS', reported, s, 0.5, 'competition-stage');
      }
    }
  },
};

/** Who may back, or be backed: a state, a body, a person. */
const PARTIES: readonly EntityType[] = ['COUNTRY', 'ORGANIZATION', 'GOVERNMENT_BODY', 'PERSON'];
const PLACES: readonly EntityType[] = ['COUNTRY', 'REGION', 'CITY'];
/** Modifiers of a role noun after the possessive ("most important", "113-seat", "main"); a former one is none. */
const ROLE_MODS = String.raw`(?:(?!(?:former|ex|one-time|onetime|erstwhile|would-be|potential|possible|new)\b)[\p{Ll}\d][\p{L}\d\-]*\s+){0,3}`;
/** "A, B's most important backer": A SUPPORTS B. */
const BACKER_AFTER = new RegExp(String.raw`^[’']s\s+${ROLE_MODS}(backer|backers|supporter|supporters|sponsor|sponsors|patron|benefactor|protector|guarantor|donor|(?:supplier|provider)(?:\s+of\s+[\p{Ll}\-]+)?)\b`, 'u');
/** "… and its main supplier of weapons" after the backer noun, before the clause ends. */
const AND_SUPPLIER = new RegExp(String.raw`^[^;.,]{0,20}?\s+and\s+(?:its|their|his|her)\s+${ROLE_MODS}(?:supplier|provider)\b`, 'u');
/** "the Storting, Norway's 169-seat parliament": a body noun ending the apposition. */
const BODY_AFTER = new RegExp(String.raw`^[’']s\s+${ROLE_MODS}?(\p{Ll}[\p{L}\-]*)(?=[,.;)]|\s+(?:and|which|that|since|until|said|says|has|had|was|is|voted|votes|passed|approved)\b|\s*$)`, 'u');
/** Body nouns of WordNet that are no body of a place in an apposition ("Peru, Chile's ally", "its capital"). */
const NOT_PLACE_BODY: ReadonlySet<string> = new Set(['ally', 'allies', 'capital', 'partner', 'partners', 'state', 'team', 'club', 'company', 'party', 'firm', 'side']);

/** The round-13 (b) appositions: "A, B's <role noun>", for any role noun of backing, supplying or a state's body. */
export const round13Appositions: RelationRules = {
  name: 'round13-appositions',
  // A party's mention starts every rule.
  gate: { types: ['COUNTRY', 'ORGANIZATION', 'GOVERNMENT_BODY', 'PERSON'] },
  perSentence: (ctx, scope) => {
    const { s, ms, local } = scope;
    if (ms.length < 2 || (!s.text.includes('’s ') && !s.text.includes("'s "))) return;
    for (let j = 0; j + 1 < ms.length; j++) {
      const a = ms[j]!;
      const b = ms[j + 1]!;
      if (!/^,\s+$/u.test(local(a.end, b.start))) continue;
      const after = s.text.slice(b.end - s.start);
      const clause = local(s.start, a.start);
      if (scope.conditional || NEGATION_CUES.test(after.slice(0, 40)) || HYPOTHETICAL_CUES.test(clause.slice(Math.max(clause.lastIndexOf(','), 0)))) continue;
      const backer = BACKER_AFTER.exec(after);
      if (backer) {
        const x = ctx.fill(a, PARTIES);
        const y = ctx.fill(b, PARTIES);
        if (!x || !y || x.id === y.id) continue;
        const supplier = /^(?:supplier|provider)/u.test(backer[1]!);
        ctx.add(x, supplier ? 'SUPPLIES' : 'SUPPORTS', y, s, 0.6, supplier ? 'possessive-supplier-apposition' : 'possessive-backer-apposition');
        if (!supplier && AND_SUPPLIER.test(after.slice(backer[0].length))) ctx.add(x, 'SUPPLIES', y, s, 0.55, 'possessive-supplier-apposition');
        continue;
      }
      const body = ctx.entities.get(a.entityId);
      if (body?.type !== 'GOVERNMENT_BODY') continue;
      const place = ctx.entities.get(b.entityId);
      if (!place || !PLACES.includes(place.type)) continue;
      const noun = BODY_AFTER.exec(after);
      if (noun && !NOT_PLACE_BODY.has(noun[1]!) && bodyNoun(noun[1]!)) ctx.add(body, 'PART_OF', place, s, 0.6, 'possessive-body-apposition');
    }
  },
};

/** "The Tolva Commission declared X the winner": the verb of declaring a result after the body. */
const DECLARED = /^\s+(?:(?:has|have|had|formally|officially|also|later|then|duly)\s+)*(?:declared|proclaimed|certified|confirmed)\s+$/u;
/** "… X the winner (of the …)", "… X as the victor": what the body declared X. */
const WINNER_AFTER = /^\s+(?:as\s+)?(?:the\s+)?(?:(?:outright|official|overall|clear|provisional)\s+)?(?:winner|victor)\b(\s+of\s+(?:the\s+)?)?/u;

const votes = new WeakMap<readonly DocMention[], DocEntity | null>();
/** The vote or competition the article reports (leadOf): an election, a referendum, a contest. */
function reportedVote(ctx: RelateContext): DocEntity | undefined {
  let e = votes.get(ctx.mentions);
  if (e === undefined) {
    const ids = new Set([...ctx.entities.values()].filter((x) => x.type === 'EVENT' && (POLITICAL.test(x.name) || isCompetition(x))).map((x) => x.id));
    votes.set(ctx.mentions, (e = leadOf(ctx, ids) ?? null));
  }
  return e ?? undefined;
}

/** The round-13 (b) declarations: a body that declares the winner makes the result known (ANNOUNCES the vote or contest). */
export const round13Declarations: RelationRules = {
  name: 'round13-declarations',
  gate: { types: ['GOVERNMENT_BODY', 'ORGANIZATION'], words: ['declared', 'proclaimed', 'certified', 'confirmed'] },
  perSentence: (ctx, scope) => {
    const { s, ms, local } = scope;
    if (scope.conditional) return;
    for (let j = 0; j + 1 < ms.length; j++) {
      const body = ctx.entities.get(ms[j]!.entityId);
      if (!body || (body.type !== 'GOVERNMENT_BODY' && body.type !== 'ORGANIZATION')) continue;
      const winner = ms[j + 1]!;
      const w = ctx.entities.get(winner.entityId);
      if (!w || (w.type !== 'PERSON' && w.type !== 'ORGANIZATION') || !DECLARED.test(local(ms[j]!.end, winner.start))) continue;
      const title = WINNER_AFTER.exec(s.text.slice(winner.end - s.start));
      const clause = local(s.start, ms[j]!.start);
      if (!title || NEGATION_CUES.test(clause.slice(clause.lastIndexOf(',') + 1)) || HYPOTHETICAL_CUES.test(clause)) continue;
      // "the winner of the Tolva election" / "of Peru's presidential election": the event named next, within the phrase.
      const tail = winner.end + title[0].length;
      const named = title[1] ? ms.find((x) => x.start >= tail && x.start <= tail + 40 && ctx.entities.get(x.entityId)?.type === 'EVENT') : undefined;
      const event = named ? ctx.entities.get(named.entityId) : title[1] ? undefined : reportedVote(ctx);
      if (event) ctx.add(body, 'ANNOUNCES', event, s, 0.6, 'declared-winner');
    }
  },
};

/** "at the Tolva Club in " / "at Vela Institutet in ": a locative "at" before the body, "in" after it. */
const AT_BEFORE = /(?:^|\s)at\s+(?:the\s+)?$/u;
const IN_BETWEEN = /^\s+in\s+$/u;
const SEATED: readonly EntityType[] = ['ORGANIZATION', 'GOVERNMENT_BODY'];

/** The round-13 (b) seats: "at the Tolva Club in Lima", "a professor at Vela Institutet in Oslo": the body BASED_IN the city. */
export const round13Seats: RelationRules = {
  name: 'round13-seats',
  gate: { types: ['CITY'], words: ['at'] },
  perSentence: (ctx, scope) => {
    const { s, ms, local } = scope;
    for (let j = 1; j < ms.length; j++) {
      const city = ctx.entities.get(ms[j]!.entityId);
      const body = ctx.entities.get(ms[j - 1]!.entityId);
      if (city?.type !== 'CITY' || !body || !SEATED.includes(body.type) || !IN_BETWEEN.test(local(ms[j - 1]!.end, ms[j]!.start))) continue;
      const before = local(Math.max(s.start, ms[j - 1]!.start - 8), ms[j - 1]!.start);
      // Where a body is holds whatever the clause says of it ("did not play at the Tolva Club in Lima"); a name that
      // says it is a body (WordNet: a club, an institute, a bank) keeps out venues typed as bodies ("the Olympiastadion").
      if (AT_BEFORE.test(before) && bodyNoun(headWord(body.name))) ctx.add(body, 'BASED_IN', city, s, 0.55, 'at-body-in-city');
    }
  },
};
