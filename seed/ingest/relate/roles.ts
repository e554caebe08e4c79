/**
 * Roles of people in countries and bodies, from the noun phrases and relative clauses journalists
 * use to introduce them (offices.ts reads the demonym appositions and titles before a name):
 * - a possessive owner: "X, Acme’s chief executive" (LEADS), "X, the UN’s relief coordinator"
 *   (WORKS_FOR), "X, Kenya’s vice-president" (HOLDS_OFFICE_IN), "X, the federation’s president"
 *   (the article's only body called a federation);
 * - a body before the title: "X, a Tolva Ministry spokesman" (WORKS_FOR the ministry, not an office
 *   in the country of a prefix "US"), "X, the Unity leader" (LEADS);
 * - a relative clause: "X, who has been Acme’s chief executive since 1991", "X, who is the head of Y";
 * - the title first: "the outgoing Kenyan prime minister, X" (HOLDS_OFFICE_IN Kenya);
 * - from the body's side: "Y, the alliance led by X", "Y, whose chair is X", "the Commission, where
 *   X is in charge of trade", "Y, a former employer of X".
 * Which relationship a title gives is decided in one place (titles.ts). A statement under a negation
 * or hedge in its own phrase gives nothing; a title that is not held yet ("the incoming chairman")
 * gives nothing; a former one is kept with "former" in the description.
 */
import type { EntityType } from '../../../src/generated/graphql';
import { HYPOTHETICAL_CUES, NEGATION_CUES } from '../cues';
import type { DocEntity, DocMention, Sentence } from '../document';
import type { RelateContext, RelationRules, SentenceScope } from './context';
import { mentionsOf } from './sentence-mentions';
import { cueWords, hasAnyRun } from './words';
import { isLocalOffice, isTitle, NOT_HELD, officeDescription, roleOf } from './titles';
import type { RelationshipType } from '../vocabulary';
import { bodyNoun } from '../noun-kinds';

/** Who may hold a title. */
const HOLDERS: readonly EntityType[] = ['COUNTRY', 'REGION', 'ORGANIZATION', 'GOVERNMENT_BODY', 'PUBLICATION', 'NEWS_AGENCY'];
/** What a kind noun may name with a name ending in it ("the federation" → "… Football Federation"). */
const NAMED_KINDS: readonly EntityType[] = ['ORGANIZATION', 'GOVERNMENT_BODY', 'PUBLICATION', 'NEWS_AGENCY', 'CITY'];
export const BODIES: readonly EntityType[] = ['ORGANIZATION', 'GOVERNMENT_BODY', 'PUBLICATION', 'NEWS_AGENCY'];
/** What a body's kind noun may name when the name itself ends in it (or is headed by it): any organisation or government body. */
const NAMED_BODY_KINDS: readonly EntityType[] = ['ORGANIZATION', 'GOVERNMENT_BODY'];

/** Words that may stand inside a title phrase besides nouns and adjectives. */
const TITLE_JOINERS = new Set(['and', 'of', '-', '&']);
/** Modifiers of a title the tagger may read as verbs ("Samoa’s lead negotiator", "the acting governor"). */
const TITLE_MODIFIERS = new Set(['lead', 'acting', 'leading', 'presiding', 'outgoing', 'serving', 'governing', 'ruling', 'managing', 'operating', 'executive']);
/** Words that end a title phrase even when the tagger calls them nouns. */
const TITLE_STOPS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'since', 'until', 'who', 'which', 'that', 'said', 'says', 'told', 'has', 'had', 'have', 'is', 'was', 'will', 'would', 'for', 'at', 'in', 'on', 'to', 'with', 'from', 'by', 'when', 'after', 'before', 'since']);

export interface Title {
  /** The title as written ("vice-chair and president"). */
  readonly text: string;
  /** Offset (in the field) where it ends. */
  readonly end: number;
}

/** A token opening with a lower-case letter (a module constant: esbuild turns a `\p{…}` literal into a `new RegExp` call where it stands). */
const OPENS_LOWER = /^\p{Ll}/u;

/**
 * The title phrase that starts at offset `from` of sentence `s`: the longest run of lower-case words
 * (nouns and adjectives, joined by "and", "of" or a hyphen) that ends in a job or office word.
 */
export function titleAt(s: Sentence, from: number): Title | null {
  const t = s.tokens;
  const first = t.findIndex((x) => x.start >= from);
  if (first === -1 || t[first]!.start - from > 1) return null;
  const start = t[first]!.start - s.start;
  let best: Title | null = null;
  for (let k = first; k < t.length && k < first + 10; k++) {
    const w = t[k]!;
    const glued = w.text === '-' || t[k - 1]?.text === '-';
    if (!OPENS_LOWER.test(w.text) && w.text !== '-') break;
    if (TITLE_STOPS.has(w.text) && !glued) break;
    if (!TITLE_JOINERS.has(w.text) && !glued && !TITLE_MODIFIERS.has(w.text) && (w.pos === 'VERB' || w.pos === 'AUX' || w.pos === 'ADV') && !isTitle(w.text)) break;
    const text = s.text.slice(start, w.end - s.start);
    if (!TITLE_JOINERS.has(w.text) && t[k + 1]?.text !== '-' && isTitle(text)) best = { text, end: w.end };
  }
  return best;
}

/** A negation or hedge inside the phrase itself takes the role away; a condition on the sentence does not reach an apposition. */
const described = (phrase: string) => !NEGATION_CUES.test(phrase) && !HYPOTHETICAL_CUES.test(phrase);

const mentionCounts = new WeakMap<RelateContext, Map<string, number>>();
/** How often each entity is named in the article. */
function countsOf(ctx: RelateContext): Map<string, number> {
  let counts = mentionCounts.get(ctx);
  if (!counts) {
    counts = new Map();
    for (const m of ctx.mentions) counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
    mentionCounts.set(ctx, counts);
  }
  return counts;
}

/** A national office named without its country ("prime minister", "foreign minister"), ending its clause. */
const NATIONAL_OFFICE = /^((?:vice-|deputy\s+)?(?:prime minister|president|premier|chancellor|(?:foreign|finance|defence|defense|interior|justice|health|energy|trade|economy)\s+minister))(?=[,.;]|\s+(?:and|since|until)\b)/u;

const mainCountries = new WeakMap<RelateContext, DocEntity | null>();
/** The country the article is about: named at least twice as often as any other (else none). */
function mainCountry(ctx: RelateContext): DocEntity | undefined {
  if (!mainCountries.has(ctx)) {
    const counts = [...countsOf(ctx)].filter(([id]) => ctx.entities.get(id)!.type === 'COUNTRY').sort((a, b) => b[1] - a[1]);
    const [first, second] = counts;
    mainCountries.set(ctx, first && first[1] >= 2 && (!second || first[1] >= 2 * second[1]) ? ctx.entities.get(first[0])! : null);
  }
  return mainCountries.get(ctx) ?? undefined;
}

/** Kind nouns and the types of entity they may stand for ("the company" → an organisation). */
const KIND_TYPES: Readonly<Record<string, readonly EntityType[]>> = {
  company: ['ORGANIZATION'], firm: ['ORGANIZATION'], group: ['ORGANIZATION'], organisation: ['ORGANIZATION'], organization: ['ORGANIZATION'],
  maker: ['ORGANIZATION'], publisher: ['ORGANIZATION'], developer: ['ORGANIZATION'], giant: ['ORGANIZATION'], carrier: ['ORGANIZATION'], airline: ['ORGANIZATION'],
  bank: ['ORGANIZATION'], lender: ['ORGANIZATION'], insurer: ['ORGANIZATION'], retailer: ['ORGANIZATION'], charity: ['ORGANIZATION'], party: ['ORGANIZATION'],
  federation: ['ORGANIZATION'], association: ['ORGANIZATION'], union: ['ORGANIZATION'], alliance: ['ORGANIZATION'], league: ['ORGANIZATION'],
  ministry: ['GOVERNMENT_BODY'], department: ['GOVERNMENT_BODY'], agency: ['GOVERNMENT_BODY', 'ORGANIZATION'], commission: ['GOVERNMENT_BODY'], regulator: ['GOVERNMENT_BODY'],
  watchdog: ['GOVERNMENT_BODY'], authority: ['GOVERNMENT_BODY'], court: ['GOVERNMENT_BODY'], council: ['GOVERNMENT_BODY'], parliament: ['GOVERNMENT_BODY'],
  conglomerate: ['ORGANIZATION'], operator: ['ORGANIZATION'], manufacturer: ['ORGANIZATION'], carmaker: ['ORGANIZATION'], automaker: ['ORGANIZATION'], chipmaker: ['ORGANIZATION'],
  laboratory: ['ORGANIZATION', 'GOVERNMENT_BODY'], institute: ['ORGANIZATION', 'GOVERNMENT_BODY'], university: ['ORGANIZATION'], tribunal: ['GOVERNMENT_BODY'], committee: ['ORGANIZATION', 'GOVERNMENT_BODY'],
  // "the board’s chair" (a body named a board), "the club’s chief executive" (a sports club).
  board: ['GOVERNMENT_BODY', 'ORGANIZATION'], club: ['ORGANIZATION'],
  newspaper: ['PUBLICATION'], paper: ['PUBLICATION'], daily: ['PUBLICATION'], broadcaster: ['PUBLICATION', 'ORGANIZATION'],
  country: ['COUNTRY'], nation: ['COUNTRY'], kingdom: ['COUNTRY'], republic: ['COUNTRY'], city: ['CITY'],
};

/** Kind nouns that stand only for a body whose name says the kind: any organisation is not "the university". */
const NAME_ONLY_KINDS: ReadonlySet<string> = new Set(['laboratory', 'institute', 'university', 'tribunal', 'committee', 'party', 'board']);

/** The entity types a kind noun may stand for ("agency" → government bodies and organisations), none for other words. */
export const kindTypes = (noun: string): readonly EntityType[] | undefined => KIND_TYPES[noun];

/** Last words of a name that say its kind in other words ("Vela Airways" is an airline). */
const KIND_SYNONYMS: Readonly<Record<string, string>> = { airline: ' airways', carrier: ' airways', bank: ' bancorp', newspaper: ' times' };

/**
 * The entity a definite description ("the federation", "the software company") stands for, when
 * that is unambiguous: the only entity named before the sentence whose name ends in the noun ("the
 * Norwegian Football Federation"); else, for a kind noun, the entity of that kind named last before
 * the sentence, if it is also the kind's most-named entity of the article (the story's main company).
 */
export function kindCoreferent(ctx: RelateContext, s: Sentence, noun: string): DocEntity | undefined {
  const types = KIND_TYPES[noun];
  if (!types) return undefined;
  const suffix = ` ${noun}`;
  // A plural or a synonym in the name counts too: "the airline" for "Kestrel Airlines", "Vela Airways".
  const plural = `${suffix}s`;
  const synonym = KIND_SYNONYMS[noun];
  // A name whose head is the noun, before an "of" phrase ("International Court of Justice"), says the kind too.
  const headOf = `${noun} of `;
  // … or before an "on"/"for" phrase ("Emergency Committee on Tolva fever", "Commission for Human Rights").
  const headOn = `${noun} on `;
  const headFor = `${noun} for `;
  // A name that says its kind is of that kind whatever body type it was given (a court typed as an organisation).
  const namedTypes = types.some((t) => BODIES.includes(t)) ? NAMED_BODY_KINDS : types;
  const named = new Set<string>();
  for (const m of ctx.mentions) {
    if (m.field !== s.field || m.start >= s.start) continue;
    const e = ctx.entities.get(m.entityId)!;
    if (!NAMED_KINDS.includes(e.type) || !namedTypes.includes(e.type)) continue;
    const name = e.name.toLowerCase();
    if (name.endsWith(suffix) || name.endsWith(plural) || (synonym !== undefined && name.endsWith(synonym)) || name.startsWith(headOf) || name.includes(` ${headOf}`) || name.includes(` ${headOn}`) || name.includes(` ${headFor}`)) named.add(e.id);
  }
  if (named.size === 1) return ctx.entities.get([...named][0]!);
  if (NAME_ONLY_KINDS.has(noun)) return undefined;
  // Several named so: the one the sentence right before names ("Kestrel Airlines said … . The airline’s chief …"),
  // if it is also the most named of them (two named as often stay ambiguous).
  if (named.size > 1) {
    const recent = namedJustBefore(ctx, s, named);
    const counts = countsOf(ctx);
    return recent && [...named].every((id) => id === recent.id || counts.get(id)! < counts.get(recent.id)!) ? recent : undefined;
  }
  const last = ctx.lastOf(s, types);
  if (!last) return undefined;
  const counts = countsOf(ctx);
  let top: string | undefined;
  let tie = false;
  for (const [id, n] of counts) {
    if (!types.includes(ctx.entities.get(id)!.type)) continue;
    const best = top === undefined ? -1 : counts.get(top)!;
    if (n > best) [top, tie] = [id, false];
    else if (n === best) tie = true;
  }
  return top === last && !tie ? ctx.entities.get(last) : undefined;
}

/**
 * "X was elected president of Kenya after beating Y, the country’s finance minister": the one
 * entity of the kind named earlier in the same sentence (two of the kind make it ambiguous: none).
 */
function earlierInSentence(ctx: RelateContext, ms: readonly DocMention[], before: number, noun: string): DocEntity | undefined {
  const types = KIND_TYPES[noun];
  if (!types) return undefined;
  let found: DocEntity | undefined;
  for (const x of ms) {
    if (x.end > before) break;
    const e = ctx.entities.get(x.entityId);
    if (!e || !types.includes(e.type)) continue;
    if (found && found.id !== e.id) return undefined;
    found = e;
  }
  return found;
}

const headlined = new WeakMap<RelateContext, Map<string, DocEntity | null>>();
/**
 * The story's entity of a kind: the one entity of the kind's types that the headline names, if it is
 * also the kind's most-named entity of the article (no tie). "The company" in a story headlined
 * "Acme names new chief executive" is Acme even where another company was named last.
 */
function headlineOfKind(ctx: RelateContext, noun: string): DocEntity | undefined {
  const types = KIND_TYPES[noun];
  // A story moves between countries far more than between companies: "the country" after another was named stays ambiguous.
  if (!types || types.includes('COUNTRY') || NAME_ONLY_KINDS.has(noun)) return undefined;
  let byNoun = headlined.get(ctx);
  if (!byNoun) headlined.set(ctx, (byNoun = new Map()));
  if (!byNoun.has(noun)) {
    let found: DocEntity | null = null;
    let ambiguous = false;
    for (const m of ctx.mentions) {
      if (m.field !== 'TITLE') continue;
      const e = ctx.entities.get(m.entityId)!;
      if (!types.includes(e.type)) continue;
      if (found && found.id !== e.id) ambiguous = true;
      found = e;
    }
    const counts = countsOf(ctx);
    const mine = found ? counts.get(found.id)! : 0;
    const rivals = found ? [...counts].some(([id, n]) => id !== found!.id && n >= mine && types.includes(ctx.entities.get(id)!.type)) : true;
    byNoun.set(noun, found && !ambiguous && !rivals ? found : null);
  }
  return byNoun.get(noun) ?? undefined;
}

/**
 * "the service’s director", "the bureau’s chief" for a noun with no entry in KIND_TYPES but a kind
 * of organisation in WordNet (noun-kinds.ts): the one body named before the sentence whose name
 * ends in the noun ("the Tolva Climate Service"), none when two do or the noun is no body's.
 */
function namedOfBodyNoun(ctx: RelateContext, s: Sentence, noun: string): DocEntity | undefined {
  if (KIND_TYPES[noun] || !bodyNoun(noun)) return undefined;
  const suffix = ` ${noun}`;
  let found: DocEntity | undefined;
  for (const m of ctx.mentions) {
    if (m.field !== s.field || m.start >= s.start) continue;
    const e = ctx.entities.get(m.entityId)!;
    if (!NAMED_BODY_KINDS.includes(e.type) || !e.name.toLowerCase().endsWith(suffix)) continue;
    if (found && found.id !== e.id) return undefined;
    found = e;
  }
  return found;
}

/** What "the company" stands for: kindCoreferent, else the story's entity of the kind (headlineOfKind). */
export const kindReferent = (ctx: RelateContext, s: Sentence, noun: string): DocEntity | undefined => kindCoreferent(ctx, s, noun) ?? headlineOfKind(ctx, noun);

/** The one of `ids` that the sentence right before `s` (same field) names, if exactly one. */
function namedJustBefore(ctx: RelateContext, s: Sentence, ids: ReadonlySet<string>): DocEntity | undefined {
  const previous = ctx.sentences[s.index - 1];
  if (!previous || previous.index !== s.index - 1 || previous.field !== s.field) return undefined;
  let found: string | undefined;
  for (const x of mentionsOf(ctx, previous.index)) {
    if (!ids.has(x.entityId)) continue;
    if (found && found !== x.entityId) return undefined;
    found = x.entityId;
  }
  return found ? ctx.entities.get(found) : undefined;
}

/** ", the " / ", " / ", a " at the start of an apposition, and the article it has. */
const APPOSITION_START = /^,\s+(?:(the|a|an)\s+)?/u;
/** "the federation’s " / "its " before a title: the owner is a description. */
const KIND_POSSESSIVE = /^the\s+(\p{Ll}+)[’']s\s+/u;
/** "’s " after a name, or a lone apostrophe after a plural-looking one ("Norra Motors’ "). */
const POSSESSIVE = /(?:[’']s|(?<=s)[’'])\s+/uy;
/** The possessive marker at offset `i` of `text` (a sticky match, so the look-behind sees the name's last letter). */
const possessiveAt = (text: string, i: number) => {
  POSSESSIVE.lastIndex = i;
  return POSSESSIVE.exec(text);
};
/** A country word before a body ("a US Tolva Agency spokesman"): the body is the holder, the prefix its country. */
const COUNTRY_PREFIX = /^(?:\p{Lu}[\p{L}.]*\s+)?/u;
/** "who has been", "who is also", "who became", "who served as" before a role. */
const RELATIVE_ROLE = /^,\s+who\s+(?:(?:is|was|has been|had been|became|has become|remains|remained|serves as|served as|has served as|is now|was then)\s+)(?:also\s+|now\s+|currently\s+|still\s+)?/u;
/** "X is", "X has been", "X became" before a role. */
const COPULA = /^\s+(?:is|was|has been|had been|became|has become|remains|remained|serves as|served as|has served as)\s+(?:also\s+|now\s+|currently\s+|still\s+)?/u;
/** After the title: "of the Tolva Group", "at Acme", "for the bank". */
const TITLE_OF_BODY = /^\s+(?:of|at|for|with)\s+(?:the\s+)?/u;
/**
 * "the outgoing Kenyan prime minister, X": the title phrase ends right before ", X". After a comma
 * it is the apposition of an earlier name ("A, the Kenyan president, B, …"), not a title of X.
 */
const TITLE_FIRST = /(?:^|[^,]\s)(?:[Tt]he|[Aa]n?)\s+((?:\p{Ll}[\p{L}\-]*\s+){0,2}?)(\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+)?)\s+((?:\p{Ll}[\p{L}\-]*\s+){0,2}\p{Ll}[\p{L}\-]*),\s+$/u;
/** The words one of which a body-side phrase needs ("led by", "whose", "where", "employer"). */
const BODY_SIDE_WORDS = /\b(?:(?:led|chaired|headed|run) by|whose|where|employer)\b/u;
/** The first word of each alternative of BODY_SIDE_WORDS, which a match has as a run of letters (words.ts): tested first. */
const BODY_SIDE_RUNS = cueWords(['led', 'chaired', 'headed', 'run', 'whose', 'where', 'employer']);
/** What may follow the name of a title-first apposition ("…, X, fell", "… said the Kenyan president, X."): not a verb of its own. */
const APPOSITION_END = /^(?:[,.;:)]|\s+and\b|\s*$)/u;
/** "the head of the " before a body (not after a comma: then it is an earlier name's apposition). */
const TITLE_OF_BEFORE = /(?:^|[^,]\s)([Tt]he|[Aa]n?)\s+((?:\p{Ll}[\p{L}\-]*\s+){0,3}?\p{Ll}[\p{L}\-]*)\s+(?:of|at|for)\s+(?:the\s+)?$/u;
/** "Y, the Green alliance led by X" / "Y, led by X" / "Y, a panel chaired (headed, run) by X": the body's head. */
const LED_BY = /^,\s+(?:(?:(?:the|a|an)\s+|\p{Lu}[^,;()]{0,40}?(?:[’']s|s[’'])\s+)(?:[\p{L}\-’']+\s+){0,6}?)?(?:led|chaired|headed|run)\s+by\s+$/u;
/** "Y, whose chair is X". */
const WHOSE = /^,\s+whose\s+((?:\p{Ll}[\p{L}\-]*\s+){0,3}?)(?:is|was|has been|had been)\s+$/u;
/** "the Commission, where X is in charge of …" (between the body and X), and what X does there (after X). */
const WHERE = /^,\s+where\s+$/u;
const WHERE_ROLE = /^\s+(?:(?:is|was|has been|had been|is now)\s+(?:(?:also|now|currently)\s+)?(?:in charge of|responsible for|the commissioner for|commissioner for|a commissioner|a minister|an official|a director|employed)|(?:works|worked|has worked|had worked|serves|served|has served)\b)/u;
/** "Y, a former employer of X" / "X’s former employer, Y". */
const EMPLOYER_OF = /^,\s+(?:(?:a|an|the|his|her|their)\s+)?((?:former|previous|one-time|onetime|current|new|longtime|long-time)\s+)?employer\s+of\s+(?:the\s+)?(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:(?:van|von|de|der|den|du|da|di|la|le|al|el|bin|ibn)\s+){0,3}$/u;
const EMPLOYER_POSSESSIVE = /^[’']s\s+((?:former|previous|one-time|onetime|current|new|longtime|long-time)\s+)?employer,\s+(?:the\s+)?$/u;

/** The roles family. */
export const roles: RelationRules = {
  name: 'roles',
  // Every rule of the family starts from a person's or a body's mention.
  gate: { types: ['PERSON', ...BODIES] },
  perSentence: (ctx, scope) => {
    const { ms, s } = scope;
    // The body-side phrases need one of their words; most sentences have none.
    const bodySide = hasAnyRun(s, BODY_SIDE_RUNS) && BODY_SIDE_WORDS.test(s.text);
    const at = new Map<number, DocMention>();
    for (const m of ms) at.set(m.start, m);
    for (let j = 0; j < ms.length; j++) {
      const m = ms[j]!;
      const e = ctx.entities.get(m.entityId);
      if (!e) continue;
      if (e.type === 'PERSON') {
        // "Speaking outside 10 Tolva Street, the party leader said": a place phrase, whose apposition is the next subject.
        if (afterLocative(s, m)) continue;
        personRoles(ctx, scope, at, m, e);
        titleFirst(ctx, scope, m, e);
        kindTitleFirst(ctx, scope, m, e);
        if (j > 0) bodyTitleFirst(ctx, scope, j, e);
      } else if (bodySide && BODIES.includes(e.type)) bodyRoles(ctx, scope, j, e);
    }
  },
};

/** A locative preposition (and a house number) right before a name: "outside 10 Tolva Street", "at Tolva House". */
const LOCATIVE_BEFORE = /(?:^|\s)(?:outside|inside|near|opposite|beside|outside\s+of)\s+(?:\d+\s+)?$/iu;
/** Whether the mention follows a locative preposition: a place (or a building) stage cluster took for a person. */
function afterLocative(s: Sentence, m: DocMention): boolean {
  const from = m.start - s.start;
  return from > 0 && LOCATIVE_BEFORE.test(s.text.slice(Math.max(0, from - 16), from));
}

/** Records the role a title gives, unless the title is not held yet. */
function addRole(ctx: RelateContext, s: Sentence, person: DocEntity, title: string, holder: DocEntity, definite: boolean, rule: string, confidence: number): void {
  if (NOT_HELD.test(title)) return;
  const type: RelationshipType | null = roleOf(title, holder, definite);
  if (type) ctx.add(person, type, holder, s, confidence, rule, officeDescription(type, title));
}

/**
 * The owner and title that start at offset `from`: "Acme’s chief executive", "the federation’s
 * president", "the Tolva Ministry spokesman", "chief executive of the Tolva Group".
 */
function ownedTitle(ctx: RelateContext, { s, ms }: SentenceScope, at: ReadonlyMap<number, DocMention>, from: number, article: string | undefined): { holder: DocEntity; title: Title; definite: boolean; form: string } | null {
  const rest = s.text.slice(from - s.start);
  // "the federation’s president".
  const kind = article === 'the' ? KIND_POSSESSIVE.exec(`the ${rest}`) : null;
  if (kind) {
    const holder = earlierInSentence(ctx, ms, from, kind[1]!) ?? kindReferent(ctx, s, kind[1]!) ?? namedOfBodyNoun(ctx, s, kind[1]!);
    const title = holder ? titleAt(s, from + kind[0].length - 4) : null;
    if (holder && title) return { holder, title, definite: true, form: 'kind-possessive-title' };
    return null;
  }
  // "Acme’s chief executive" / "the UN’s relief coordinator".
  const owner = at.get(from);
  const possessive = owner ? possessiveAt(s.text, owner.end - s.start) : null;
  if (owner && possessive) {
    const holder = ctx.fill(owner, HOLDERS);
    const title = titleAt(s, owner.end + possessive[0].length);
    if (holder) return title ? { holder, title, definite: true, form: 'possessive-title' } : null;
    // "Tolva City’s mayor", "New Jersey’s attorney general" (a state stage cluster took for a city): the place's own office.
    const place = ctx.entities.get(owner.entityId);
    return place?.type === 'CITY' && title && isLocalOffice(title.text) ? { holder: place, title, definite: true, form: 'possessive-title' } : null;
  }
  // "a US Tolva Ministry spokesman" / "the Unity leader": a body right before the title.
  if (article) {
    const prefix = COUNTRY_PREFIX.exec(rest)![0];
    // The country word may itself be a mention ("US"): the body is the name after it.
    const first = at.get(from);
    const body = first && ctx.fill(first, BODIES) ? first : prefix ? at.get(from + prefix.length) : undefined;
    const holder = body ? ctx.fill(body, BODIES) : undefined;
    const gap = body ? /^\s+/u.exec(s.text.slice(body.end - s.start)) : null;
    const title = holder && gap ? titleAt(s, body!.end + gap[0].length) : null;
    if (holder && title) {
      // "the Vela mayor of Orsk": the body word is the holder's party; the title is of the place after "of".
      const of = TITLE_OF_BODY.exec(s.text.slice(title.end - s.start));
      const place = of && of[0].trimStart().startsWith('of') ? at.get(title.end + of[0].length) : undefined;
      if (!place) return { holder, title, definite: article === 'the', form: 'body-word-title' };
      const placeHolder = ctx.fill(place, HOLDERS);
      return placeHolder ? { holder: placeHolder, title, definite: article === 'the', form: 'party-title-of-body' } : null;
    }
  }
  // "the chief executive of the Tolva Group".
  const title = titleAt(s, from);
  const of = title ? TITLE_OF_BODY.exec(s.text.slice(title.end - s.start)) : null;
  const body = of ? at.get(title!.end + of[0].length) : undefined;
  const holder = body && !/^(?:[\-–—]\p{Lu}|\s+\p{Lu}[\p{Ll}])/u.test(s.text.slice(body.end - s.start)) ? ctx.fill(body, HOLDERS) : undefined;
  return holder ? { holder, title: title!, definite: article !== 'a' && article !== 'an', form: 'title-of-body' } : null;
}

/** "X, Acme’s chief executive", "X, a Tolva Ministry spokesman", "X, who has been Acme’s chief executive since 1991". */
function personRoles(ctx: RelateContext, scope: SentenceScope, at: ReadonlyMap<number, DocMention>, m: DocMention, person: DocEntity): void {
  const { s } = scope;
  const after = s.text.slice(m.end - s.start);
  // "X is Acme’s chief executive", "X became the head of the Tolva Trust": a statement, so it must be a fact.
  const copula = COPULA.exec(after);
  if (copula && scope.factual(scope.local(s.start, m.end) + copula[0])) {
    const article = /^(the|a|an)\s+/u.exec(after.slice(copula[0].length));
    const found = ownedTitle(ctx, scope, at, m.end + copula[0].length + (article ? article[0].length : 0), article?.[1]);
    if (found) {
      addRole(ctx, s, person, found.title.text, found.holder, found.definite, 'copula-title', 0.65);
      secondRole(ctx, scope, at, person, found);
    }
    return;
  }
  if (!after.startsWith(',')) return;
  // "X, who chaired Acme’s independent review panel": heading a part of a body is a job in the body.
  const led = after.includes(' who ') ? RELATIVE_LED_PART.exec(after) : null;
  const owner = led ? at.get(m.end + led[0].length) : undefined;
  if (owner && described(led![0])) {
    POSSESSIVE.lastIndex = owner.end - s.start;
    const possessive = POSSESSIVE.exec(s.text);
    const part = possessive ? PART_NOUN_AFTER.exec(s.text.slice(owner.end - s.start + possessive[0].length)) : null;
    const holder = part ? ctx.fill(owner, BODIES) : undefined;
    if (holder) ctx.add(person, 'WORKS_FOR', holder, s, 0.6, 'who-led-part-of-body', `Led its “${part![0].trim()}”.`);
    if (holder) return;
  }
  const who = RELATIVE_ROLE.exec(after);
  if (who) {
    const article = /^(the|a|an)\s+/u.exec(after.slice(who[0].length));
    const from = m.end + who[0].length + (article ? article[0].length : 0);
    const found = ownedTitle(ctx, scope, at, from, article?.[1]);
    if (found && described(after.slice(0, who[0].length))) addRole(ctx, s, person, found.title.text, found.holder, found.definite, 'who-is-title', 0.65);
    // "X, who is also prime minister": a national office with no owner is held in the country the story is about.
    const bare = found || article ? null : NATIONAL_OFFICE.exec(after.slice(who[0].length));
    const country = bare && described(after.slice(0, who[0].length)) ? mainCountry(ctx) : undefined;
    if (country) addRole(ctx, s, person, bare![1]!, country, true, 'who-is-office+main-country', 0.5);
    return;
  }
  // "X, its chair": the body "its" refers to, when only one can be meant.
  const its = ITS_TITLE.exec(after);
  if (its) {
    const holder = itsBody(ctx, scope, m);
    const title = holder ? titleAt(s, m.end + its[0].length) : null;
    if (holder && title && described(s.text.slice(m.end - s.start, title.end - s.start))) addRole(ctx, s, person, title.text, holder, true, 'its-title', 0.6);
    return;
  }
  // "X, his predecessor as Acme chief executive": a role X held before the one named in the sentence.
  const predecessor = PREDECESSOR_AS.exec(after);
  if (predecessor) {
    const was = ownedTitle(ctx, scope, at, m.end + predecessor[0].length, predecessor[1] ?? 'the');
    const type = was && !NOT_HELD.test(was.title.text) && described(s.text.slice(m.end - s.start, was.title.end - s.start)) ? roleOf(`former ${was.title.text}`, was.holder, true) : null;
    // The description quotes the title as written (a former role: the successor is the one the sentence names).
    if (type) ctx.add(person, type, was!.holder, s, 0.6, `predecessor-as-${was!.form}`, type === 'PRESIDENT_OF' ? null : `A former holder of the office “${was!.title.text}”.`);
    return;
  }
  const opening = APPOSITION_START.exec(after)!;
  const found = ownedTitle(ctx, scope, at, m.end + opening[0].length, opening[1]);
  // "the chief executive of Y" is read by offices.ts; here only the owner-first forms.
  if (!found || found.form === 'title-of-body') return;
  if (!described(s.text.slice(m.end - s.start, found.title.end - s.start))) return;
  addRole(ctx, s, person, found.title.text, found.holder, found.definite, found.form, 0.7);
  // "X, Kenya’s prime minister and the Unity Party’s leader": a second title of the same apposition.
  const second = AND_SECOND_TITLE.exec(s.text.slice(found.title.end - s.start));
  const also = second ? ownedTitle(ctx, scope, at, found.title.end + second[0].length, second[1]) : null;
  // "X, Kenya’s president and Peru’s foreign minister, Lena Park": a name after the second title makes it that person's.
  if (also && also.form !== 'title-of-body' && !NAME_AFTER.test(s.text.slice(also.title.end - s.start)) && described(second![0] + also.title.text)) addRole(ctx, s, person, also.title.text, also.holder, also.definite, `${also.form}+coordinated-title`, 0.65);
}

/** ", who chaired the " before the owner of the part the person led. */
const RELATIVE_LED_PART = /^,\s+who\s+(?:also\s+|now\s+)?(?:chairs|chaired|has chaired|leads|led|has led|heads|headed|has headed|runs|ran|directs|directed)\s+(?:the\s+)?/u;
/** After the owner's possessive: lower-case modifiers and the noun of a part of a body ("independent inquiry group"). */
const PART_NOUN_AFTER = /^(?:\p{Ll}[\p{L}\-]*\s+){0,3}?(?:group|panel|committee|board|inquiry|review|team|unit|division|department|taskforce|task force|commission|investigation|delegation)\b(?![’'])/u;
/** ", his predecessor as " / ", her predecessor as the " after a person (the role he or she held before). */
const PREDECESSOR_AS = /^,\s+(?:his|her|their)\s+(?:immediate\s+)?predecessor\s+as\s+(?:(the|a|an)\s+)?/u;
/** " and the " / " and " right after a first title of an apposition, before the second owner ("… and the Unity Party’s leader"). */
const NAME_AFTER = /^,?\s+\p{Lu}/u;
const AND_SECOND_TITLE = /^\s+and\s+(?:(the)\s+)?(?=\p{Lu})/u;

/** A mention glued to a word by a hyphen on either side ("-Labour ", " Kenya-"). */
const HYPHEN_GLUED = /^-|-$/u;

/** ", its " at the start of an apposition ("X, its chair,"). */
const ITS_TITLE = /^,\s+its\s+/u;


/** The one body among `ms` (several mentions of one body count once), if exactly one. */
export function onlyBody(ctx: RelateContext, ms: readonly DocMention[]): DocEntity | undefined {
  let found: DocEntity | undefined;
  for (const x of ms) {
    const e = ctx.entities.get(x.entityId);
    if (!e || !BODIES.includes(e.type)) continue;
    if (found && found.id !== e.id) return undefined;
    found = e;
  }
  return found;
}

/** Right after a body: the opening of its apposition or relative clause ("Acme, a rival that …", "Acme, which is …"). */
const CLAUSE_OPENS = /^,\s+(?:a|an|the|which|that)\s/u;

/**
 * What "its" stands for in "X, its chair": the one body named before X in the sentence; if none is,
 * the one body named in the sentence before (same field). Two bodies make it ambiguous, unless only
 * one of them opens an apposition or a relative clause: the others are named inside it ("against
 * Acme, a rival that bid for Vela; X, its chief executive" — "its" is Acme's).
 */
function itsBody(ctx: RelateContext, { s, ms }: SentenceScope, person: DocMention): DocEntity | undefined {
  const before = ms.filter((x) => x.end <= person.start);
  if (before.some((x) => BODIES.includes(ctx.entities.get(x.entityId)?.type ?? 'PERSON'))) {
    const only = onlyBody(ctx, before);
    if (only) return only;
    return onlyBody(ctx, before.filter((x) => CLAUSE_OPENS.test(s.text.slice(x.end - s.start))));
  }
  const previous = ctx.sentences[s.index - 1];
  if (!previous || previous.index !== s.index - 1 || previous.field !== s.field) return undefined;
  const earlier = mentionsOf(ctx, previous.index);
  const subject = previousSubject(ctx, previous, earlier);
  return subject === NO_BODY_SUBJECT ? undefined : subject ?? onlyBody(ctx, earlier);
}

/** The sentence before opens with a subject that is no body of the article ("The court accepted …" with no court named, "Brint set …"). */
const NO_BODY_SUBJECT: unique symbol = Symbol('no body subject');
/** "The court accepted …": a definite kind noun opening the sentence, and its verb (group 1 the noun). */
const KIND_SUBJECT = /^The\s+(\p{Ll}+)\s+(?:has\s+|had\s+|have\s+|also\s+|then\s+)*\p{Ll}+(?:ed|s)\b/u;
/** A capitalised word opening a sentence and a lower-case word after it ("Brint set …"), not a name the article has. */
const BARE_SUBJECT = /^(\p{Lu}\p{Ll}+)\s+\p{Ll}/u;
/** Opening words that are no subject's name. */
const OPENING_WORDS: ReadonlySet<string> = new Set(['The', 'A', 'An', 'In', 'On', 'At', 'By', 'For', 'From', 'With', 'After', 'Before', 'When', 'While', 'As', 'But', 'And', 'Yet', 'So', 'Since', 'Until', 'Under', 'Over', 'Last', 'This', 'That', 'These', 'Those', 'It', 'Its', 'He', 'She', 'They', 'We', 'His', 'Her', 'Their', 'Our', 'There', 'Then', 'Now', 'Still', 'Also', 'However', 'Meanwhile', 'Earlier', 'Later', 'Both', 'Some', 'Many', 'Most', 'Other', 'Such', 'If', 'Although', 'Though', 'Because', 'Despite', 'According', 'Among', 'During', 'Without', 'Only', 'Even', 'Each', 'Every', 'One', 'Two', 'Several', 'Officials', 'Analysts', 'Critics', 'Investors', 'Shares']);

/**
 * Who "its" in "X, its chair," stands for when the sentence before is the antecedent's: that
 * sentence's subject. A body named first, at its opening, is it ("Acme, a group whose members include
 * Vela, said …"); "The court accepted …" is the article's court (kindReferent; none: no body); a
 * capitalised word that is no name of the article ("Brint set Vela’s price …") leaves no body. Else
 * undefined: any one body of that sentence may be meant.
 */
function previousSubject(ctx: RelateContext, previous: Sentence, earlier: readonly DocMention[]): DocEntity | typeof NO_BODY_SUBJECT | undefined {
  const first = earlier[0];
  if (first && first.start === previous.start) {
    const e = ctx.entities.get(first.entityId);
    return e && BODIES.includes(e.type) ? e : undefined;
  }
  const kind = KIND_SUBJECT.exec(previous.text);
  const types = kind ? KIND_TYPES[kind[1]!] : undefined;
  if (kind && types?.some((t) => BODIES.includes(t))) {
    if (first && first.start < previous.start + kind[0].length) return undefined;
    return kindReferent(ctx, previous, kind[1]!) ?? NO_BODY_SUBJECT;
  }
  const bare = BARE_SUBJECT.exec(previous.text);
  if (bare && !OPENING_WORDS.has(bare[1]!) && !bare[1]!.endsWith('s') && !(first && first.start < previous.start + bare[1]!.length)) return NO_BODY_SUBJECT;
  return undefined;
}

/** After a first role: an apposition of its holder, then ", and the <title> …" (a second role of the same person). */
const SECOND_ROLE = /^(?:\s*\([^)]{1,20}\))?(?:,\s+(?:the|a|an)\s+[^,;()]{1,40}?)?,?\s+and\s+(?:also\s+)?(the|a|an)\s+/u;

/**
 * "X is the trade minister of Kenya, the host country, and the chief executive of the Tolva Oil
 * Company": the coordinated second title of a copula, read like the first.
 */
function secondRole(ctx: RelateContext, scope: SentenceScope, at: ReadonlyMap<number, DocMention>, person: DocEntity, first: { holder: DocEntity; title: Title; form: string }): void {
  const { s, ms } = scope;
  // Where the first role ends: its holder's mention when the holder comes after the title, else the title.
  const holderAfter = first.form === 'title-of-body' ? ms.find((x) => x.start >= first.title.end && x.entityId === first.holder.id) : undefined;
  const end = holderAfter ? holderAfter.end : first.title.end;
  const second = SECOND_ROLE.exec(s.text.slice(end - s.start));
  if (!second || !described(second[0])) return;
  const found = ownedTitle(ctx, scope, at, end + second[0].length, second[1]);
  if (found) addRole(ctx, s, person, found.title.text, found.holder, found.definite, 'copula-second-title', 0.6);
}

/** "the outgoing Kenyan prime minister, X": a title with a demonym or country name right before the name. */
function titleFirst(ctx: RelateContext, { s, local }: SentenceScope, m: DocMention, person: DocEntity): void {
  const before = local(Math.max(s.start, m.start - 80), m.start);
  // "In a letter to the Kenyan president, X said …": X is the subject after an opening phrase, not the president.
  if (!before.endsWith(', ') || !APPOSITION_END.test(s.text.slice(m.end - s.start))) return;
  const t = TITLE_FIRST.exec(before);
  if (!t || !isTitle(t[3]!) || NOT_HELD.test(t[1]!) || !described(t[0])) return;
  const c = ctx.g.demonym(t[2]!) ?? ctx.g.country(t[2]!);
  const country = c ? ctx.byCode.get(c.code) : undefined;
  if (!country) return;
  const title = `${t[1]}${t[2]} ${t[3]}`;
  const type = roleOf(title, country, true);
  if (type) ctx.add(person, type, country, s, 0.7, 'title-first-apposition', officeDescription(type, title));
}

/** "the company’s chief executive, X": a kind noun's possessive title right before ", X" (not after a comma: an earlier name's apposition). */
const KIND_TITLE_FIRST = /(?:^|[^,]\s)[Tt]he\s+(\p{Ll}+)[’']s\s+((?:\p{Ll}[\p{L}\-]*\s+){0,3}?\p{Ll}[\p{L}\-]*),\s+$/u;

/** "The company’s chief executive, X, said …": the title's owner is what the kind noun stands for. */
function kindTitleFirst(ctx: RelateContext, { s, ms, local }: SentenceScope, m: DocMention, person: DocEntity): void {
  const before = local(Math.max(s.start, m.start - 80), m.start);
  if (!before.endsWith(', ') || !before.includes('’s ') && !before.includes("'s ") || !APPOSITION_END.test(s.text.slice(m.end - s.start))) return;
  const t = KIND_TITLE_FIRST.exec(before);
  if (!t || !KIND_TYPES[t[1]!] || !isTitle(t[2]!) || !described(t[0])) return;
  const holder = earlierInSentence(ctx, ms, m.start - t[0].length, t[1]!) ?? kindReferent(ctx, s, t[1]!);
  if (holder) addRole(ctx, s, person, t[2]!, holder, true, 'kind-title-first', 0.6);
}

/**
 * "the head of the Tolva Agency, X": a body's title before the name
 * (`j` is the person's index; the body is the name right before ", X").
 */
function bodyTitleFirst(ctx: RelateContext, scope: SentenceScope, j: number, person: DocEntity): void {
  const { s, ms, local } = scope;
  const m = ms[j]!;
  const prev = ms[j - 1]!;
  const body = ctx.fill(prev, BODIES);
  if (!body || !APPOSITION_END.test(s.text.slice(m.end - s.start))) return;
  const gap = local(prev.end, m.start);
  // ("the Tolva Agency chief, X" is read by offices.ts, office-before-name.)
  if (gap !== ', ') return;
  const t = TITLE_OF_BEFORE.exec(local(Math.max(s.start, prev.start - 60), prev.start));
  if (t && isTitle(t[2]!) && !NOT_HELD.test(t[2]!) && described(t[0])) addRole(ctx, s, person, t[2]!, body, t[1]!.toLowerCase() === 'the', 'title-of-body-first', 0.65);
}

/** "Y, the alliance led by X", "Y, whose chair is X", "the Commission, where X is in charge of …", "Y, a former employer of X". */
function bodyRoles(ctx: RelateContext, { s, ms, local }: SentenceScope, j: number, body: DocEntity): void {
  const m = ms[j]!;
  const next = ms[j + 1];
  const prev = ms[j - 1];
  // "X’s former employer, Y".
  if (prev && ctx.entities.get(prev.entityId)?.type === 'PERSON') {
    const owned = EMPLOYER_POSSESSIVE.exec(local(prev.end, m.start));
    if (owned) ctx.add(ctx.entities.get(prev.entityId)!, 'WORKS_FOR', body, s, 0.65, 'employer-of', owned[1] ? `The “${owned[1].trim()} employer”.` : null);
  }
  if (!s.text.startsWith(',', m.end - s.start)) return;
  // The person the phrase names: the next person mention (possessive owners inside the phrase are passed over).
  let k = j + 1;
  while (k < ms.length && ctx.entities.get(ms[k]!.entityId)?.type !== 'PERSON') k++;
  const p = ms[k];
  if (!p) return;
  const person = ctx.entities.get(p.entityId)!;
  const between = local(m.end, p.start);
  if (between.length > 90 || !described(between)) return;
  // Only possessive owners may stand between ("Y, Acme’s games division led by X"); any other name ends the phrase.
  // (A name glued inside a hyphenated modifier, "the Green-Labour alliance", is a word of the phrase.)
  if (ms.slice(j + 1, k).some((x) => !possessiveAt(s.text, x.end - s.start) && !HYPHEN_GLUED.test(s.text.slice(x.start - s.start - 1, x.end - s.start + 1)))) return;
  if (LED_BY.test(between) && !/[’']s$/u.test(s.text.slice(p.end - s.start, p.end - s.start + 2))) {
    ctx.add(person, 'LEADS', body, s, 0.7, 'led-by');
    return;
  }
  const whose = WHOSE.exec(between);
  if (whose && isTitle(whose[1]!.trim())) {
    addRole(ctx, s, person, whose[1]!.trim(), body, true, 'whose-title', 0.7);
    return;
  }
  if (WHERE.test(between) && WHERE_ROLE.test(s.text.slice(p.end - s.start))) {
    ctx.add(person, body.type === 'GOVERNMENT_BODY' ? 'HOLDS_OFFICE_IN' : 'WORKS_FOR', body, s, 0.6, 'where-role');
    return;
  }
  const employer = EMPLOYER_OF.exec(between);
  if (employer && next === p) ctx.add(person, 'WORKS_FOR', body, s, 0.65, 'employer-of', employer[1] ? `The “${employer[1].trim()} employer”.` : null);
}
