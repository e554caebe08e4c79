/**
 * Relationships read off the structure of noun phrases rather than off a verb: appositions
 * ("Marlo, the Kenyan space agency"), possessives ("Kenya’s Tolva probe", "Acme’s parent
 * company, Brix") and "of" phrases ("the Peruvian island of Tolva", "a joint project of A and B").
 * Journalists use these forms in every story to say what belongs to what and who builds what:
 *
 * - belonging (PART_OF): a government body described by its country ("X, the Kenyan space
 *   agency", "Kenya’s space agency, X"), a body of an organisation ("X, the Andean Pact’s appeals court"),
 *   a place described by its country or area ("the Kenyan island of X", "X, the largest city in
 *   Y", "X, a town in northern Y"), a company and its parent ("A and its parent company, B",
 *   "A, a subsidiary of B", "B’s subsidiary, A"), a component of a project ("the X lander of its
 *   Y mission", "Y’s rover, X"), and a state body whose name says whose it is ("Supreme Court of
 *   Kenya");
 * - building (DEVELOPS): "Kenya’s Tolva probe", "under its Tolva programme", "X, a mission of the
 *   agency", "X, the agency that ran the mission"; and "a joint project of A and B" (both develop
 *   it, and A PARTNERS_WITH B);
 * - routes and supplies from appositions: "X, the link under the Tolva Sea", "X, the bridge
 *   between A and B", "X, the pipeline … that carried Kenyan gas to Y".
 *
 * Each pattern is anchored at a mention and compiled once, at module load. A description with a
 * negation or hedge in it is skipped (`described`; a condition on the sentence does not reach an
 * apposition), a statement ("The pipeline is a joint project of …") must be a fact (`factual`), and
 * a modifier that takes the fact away ("its former parent company", "a rival probe") stops the rule.
 */
import type { EntityType } from '../../../src/generated/graphql';
import { HYPOTHETICAL_CUES, NEGATION_CUES } from '../cues';
import type { DocEntity, DocMention, Sentence } from '../document';
import type { RelateContext, RelationRules, SentenceScope } from './context';
import { kindCoreferent, kindReferent, kindTypes } from './roles';

/** One or two capitalised words: a demonym ("Kenyan", "South African") or a country's short name ("US"). */
const CAP = String.raw`\p{Lu}[\p{L}.\-]*(?:\s\p{Lu}[\p{L}\-]*)?`;
/** Up to three lower-case modifiers ("state-owned energy", "lower"). */
const MODS = String.raw`(?:\p{Ll}[\p{L}\-]*\s+){0,3}?`;
/** Head nouns of government bodies: what a country's "… agency/ministry/court" is. */
const GOV = 'space agency|agency|ministry|department|regulator|watchdog|authority|commission|court|parliament|legislature|senate|central bank|army|navy|air force|police|intelligence service|security service|cabinet|government|bureau|council|tribunal|inspectorate';
const GOV_ONLY = new RegExp(`^(?:${GOV})$`, 'u');
/** Head nouns of a body inside an organisation ("the Andean Pact’s appeals court", "Acme’s shipping unit"). */
const PART = `${GOV}|subsidiary|unit|division|arm|branch|affiliate|body`;
/** Modifiers that make an agency a business, not a state body ("a Kenyan news agency"). */
const NOT_STATE = /\b(?:news|press|photo|advertising|travel|credit|rating|ratings|talent|recruitment|employment|shipping|insurance|marketing|private|privately)\b/u;
/** Modifiers that take a belonging or ownership away ("its former parent company", "a rival probe"). */
const NOT_NOW = /\b(?:former|ex|erstwhile|one-time|onetime|previous|would-be|prospective|potential|proposed|planned|rival|competing|late)\b/u;

const PARTY: readonly EntityType[] = ['COUNTRY', 'ORGANIZATION', 'GOVERNMENT_BODY'];
const BODY: readonly EntityType[] = ['ORGANIZATION', 'GOVERNMENT_BODY'];
/** "the agency’s " right before a body's name. */
const KIND_OWNER = /(?:^|\s)[Tt]he\s+(\p{Ll}+)[’']s\s$/u;
const COMPANY: readonly EntityType[] = ['ORGANIZATION', 'GOVERNMENT_BODY', 'PUBLICATION', 'NEWS_AGENCY'];
/** What a place phrase ("the Kenyan island of X") may describe: the phrase itself types it as a place. */
const LOCALITY: readonly EntityType[] = ['CITY', 'REGION', 'ORGANIZATION'];
const AREA: readonly EntityType[] = ['COUNTRY', 'REGION'];
const PROJECT: readonly EntityType[] = ['PROJECT'];
/** A named component may have been typed as an organisation ("the X lander" gives no type cue). */
const COMPONENT_TYPES: readonly EntityType[] = ['PROJECT', 'ORGANIZATION'];

// "X, the Kenyan space agency" / "X, the Peruvian space regulator".
const APPOSITION_NATIONAL_BODY = new RegExp(`^,\\s+the\\s+(${CAP})\\s+(${MODS})(${GOV})\\b(?!\\s+of\\b)`, 'u');
// "X, the Andean Pact’s appeals court" / "X, Kenya’s space agency": the owner is the mention after ", (the) ".
const APPOSITION_OPENING = /^,\s+(?:the\s+)?$/u;
const OPENING = /^,\s+(?:the\s+)?/u;
/** "the" right before a name. */
const THE_END = /(?:^|\s)[Tt]he\s+$/u;
const CLOSES = /^(?:[,.;]|\s*$)/u;
const POSSESSIVE_PART = new RegExp(`^[’']s\\s+(${MODS})(${PART})\\b`, 'u');
const PLURAL_POSSESSIVE_PART = new RegExp(`^[’'](?:s)?\\s+(${MODS})(${PART})\\b`, 'u');
// "the Kenyan space agency, X" / "Kenya’s space agency, X" (before the name).
const NATIONAL_BODY_BEFORE = new RegExp(`(?:^|\\s)[Tt]he\\s+(${CAP})\\s+(${MODS})(${GOV}),\\s+(?:the\\s+)?$`, 'u');
const POSSESSIVE_BODY_BEFORE = new RegExp(`[’']s\\s+(${MODS})(${PART}),\\s+(?:the\\s+)?$`, 'u');

/** Nouns of places a country or area holds. */
const PLACE = 'island|islands|province|region|state|city|port city|port|town|village|county|district|territory|enclave|archipelago|peninsula|oblast|prefecture|municipality|republic';
// "the Kenyan island of X" / "Kenya’s province of X".
const NATIONAL_PLACE_OF = new RegExp(`(?:^|\\s)[Tt]he\\s+(${CAP})\\s+(?:\\p{Ll}[\\p{L}\\-]*\\s+){0,2}?(?:${PLACE})\\s+of\\s+$`, 'u');
const POSSESSIVE_PLACE_OF = new RegExp(`[’']s\\s+(?:\\p{Ll}[\\p{L}\\-]*\\s+){0,2}?(?:${PLACE})\\s+of\\s+$`, 'u');
// "X, the largest city in Y", "X, a town in northern Y".
const RANKS = 'largest|biggest|second-largest|second-biggest|third-largest|most populous|main|chief|principal|oldest|capital';
const COMPASS_WORDS = 'north|south|east|west|central|northern|southern|eastern|western|north-eastern|north-western|south-eastern|south-western|northeastern|northwestern|southeastern|southwestern';
const APPOSITION_PLACE_IN = new RegExp(`^,\\s+(?:(?:the|a|an)\\s+)?(?:(?:${RANKS})\\s+)?(?:\\p{Ll}[\\p{L}\\-]*\\s+){0,2}?(?:city|town|port|village|capital|island|province|region|state|county|district|municipality|territory|suburb)\\s+(?:in|of)\\s+(?:the\\s+)?(?:(?:${COMPASS_WORDS})\\s+)?`, 'u');
// "X, in northern Y" / "X, in Y," (a place, then the area it lies in).
// "X, on the southern island of Y" / "X, in the coastal province of Y" (after X, before Y).
// (A demonym may stand before the kind: "on the Indonesian island of Y".)
const ON_PLACE_OF = new RegExp(`^,\\s+(?:on|in)\\s+the\\s+(?:\\p{Lu}[\\p{L}\\-]+\\s+)?(?:\\p{Ll}[\\p{L}\\-]*\\s+){0,2}?(${PLACE})\\s+of\\s+(?:the\\s+)?`, 'u');
const APPOSITION_IN = new RegExp(`^,\\s+in\\s+(?:the\\s+)?((?:far\\s+)?(?:${COMPASS_WORDS})\\s+)?`, 'u');
// "…, in Kenya’s southern state of " (after the country's mention, before the state).
const IN_OWNED_PLACE = new RegExp(`^[’']s\\s+(?:\\p{Ll}[\\p{L}\\-]*\\s+){0,2}?(?:${PLACE})\\s+of\\s+(?:the\\s+)?`, 'u');
// "the X region of Y" (between X and Y).
const REGION_OF = new RegExp(`^\\s+(?:region|province|district|state|county|oblast|prefecture|municipality|governorate)\\s+of\\s+(?:the\\s+)?(?:(?:${COMPASS_WORDS})\\s+)?$`, 'u');
// "the A and B regions of eastern Y" (between B and Y; A and B joined by "and").
const REGIONS_OF = new RegExp(`^\\s+(?:regions|provinces|districts|states|counties|oblasts|prefectures|municipalities|governorates)\\s+of\\s+(?:the\\s+)?(?:(?:${COMPASS_WORDS})\\s+)?$`, 'u');
/** "Kenya’s Tolva Hills mountains", "Kenya’s Tolva province": a possessive area, a name, then the kind of place it is (after the name). */
const NAMED_PLACE_KIND = /^\s+(?:mountains|mountain range|province|region|state|valley|peninsula|district|county|prefecture|governorate|oblast|plateau|highlands|islands|archipelago)\b/u;

// "A and its parent company, B" / "A’s parent, B".
const PARENT = String.raw`((?:\p{Ll}[\p{L}\-]*\s+)?)parent(?:\s+(?:company|group|firm|corporation|conglomerate))?,?\s+(?:the\s+)?$`;
const AND_ITS_PARENT = new RegExp(`^\\s+and\\s+its\\s+${PARENT}`, 'u');
const POSSESSIVE_PARENT = new RegExp(`^[’']s\\s+${PARENT}`, 'u');
// "A, a subsidiary of B" / "B’s shipping subsidiary, A".
const SUBSIDIARY_OF = /^,\s+(?:a|an|the)\s+((?:\p{Ll}[\p{L}\-]*\s+){0,2}?)(?:subsidiary|unit|division|arm|affiliate)\s+of\s+(?:the\s+)?$/u;
// "A and its partner, B" / "A’s partner, B" / "A, a partner of B" (a trading partner trades).
const AND_ITS_PARTNER = /^\s+and\s+(?:its|their)\s+((?:\p{Ll}[\p{L}\-]*\s+)?)partners?,?\s+(?:the\s+)?$/u;
const POSSESSIVE_PARTNER = /^[’']s\s+((?:\p{Ll}[\p{L}\-]*\s+)?)partner,?\s+(?:the\s+)?$/u;
/** A cheap test that a gap between two names may hold a parent, subsidiary or partner phrase. */
const PARENT_CUE = /parent|partner|subsidiar|unit|division|arm|affiliate|own/u;
// "A, the owner of B" / "A, which owns B" (between the two names; "B, owned by A" and "B’s owner, A" are pair rules).
const OWNER_OF = /^,\s+(?:(?:the|a|an)\s+((?:\p{Ll}[\p{L}\-]*\s+){0,2}?)owner\s+of|which\s+(?:also\s+|now\s+)?owns)\s+(?:the\s+)?$/u;
const TRADING = /\btrad(?:e|ing)\b/u;
const PARTNER_OF = /^,\s+(?:a|an|the)\s+((?:\p{Ll}[\p{L}\-]*\s+){0,2}?)partner\s+(?:of|to)\s+(?:the\s+)?$/u;
const POSSESSIVE_SUBSIDIARY = /^[’']s\s+((?:\p{Ll}[\p{L}\-]*\s+){0,2}?)(?:subsidiary|unit|division|arm|affiliate),?\s+$/u;

/** Parts of a craft or project ("the X lander of …"). */
const COMPONENT = 'lander|rover|orbiter|module|capsule|probe|stage|booster|section|segment|spur|leg|helicopter|telescope|instrument';
/** Nouns a project is called by ("its X mission"). */
const PROJECT_NOUNS = 'mission|missions|programme|program|project|probe|satellite|spacecraft|craft|rocket|pipeline|railway|line|reactor|telescope|initiative|scheme|plant|dam|bridge|tunnel';
// "Kenya’s X probe": a possessive right before a project (up to two modifiers between).
const POSSESSIVE_PROJECT = /^[’']s\s+((?:\p{Ll}[\p{L}\-]*\s+){0,2})$/u;
// "… under its X programme".
const ITS_BEFORE = /(?:^|\s)(?:its|their)\s+((?:\p{Ll}[\p{L}\-]*\s+){0,2})$/u;
// "the X lander of its Y mission" (between X and Y).
const COMPONENT_OF = new RegExp(`^\\s+(?:${COMPONENT})\\s+of\\s+(?:its|the|their)\\s+$`, 'u');
/** The same when stage cluster keeps the component noun inside the name's mention ("[Kito lander] of its …"). */
const COMPONENT_IN_MENTION = new RegExp(`\\s(?:${COMPONENT})$`, 'u');
const OF_ITS = /^\s+of\s+(?:its|the|their)\s+$/u;
// "Y’s six-wheeled rover, X" (between Y and X) / "the mission’s rover, X" (before X).
const POSSESSIVE_COMPONENT = new RegExp(`^[’']s\\s+(?:[\\p{Ll}\\d][\\p{L}\\-]*\\s+){0,2}(?:${COMPONENT}),?\\s+$`, 'u');
const ANAPHORIC_COMPONENT = new RegExp(`(?:^|\\s)the\\s+(mission|spacecraft|craft|programme|program|project)[’']s\\s+(?:[\\p{Ll}\\d][\\p{L}\\-]*\\s+){0,2}(?:${COMPONENT}),\\s+$`, 'u');

// "a joint project of A, …, and B" (before A) and what may stand between A and B.
const JOINT_BEFORE = /\b(?:joint\s+(?:project|venture|undertaking|development|effort|mission|programme|program|initiative)\s+(?:of|between|by|from)|(?:developed|built|run|operated|designed|owned)\s+jointly\s+by|jointly\s+(?:developed|built|run|operated|designed|owned)\s+by)\s+(?:the\s+)?$/u;
const JOINT_CUE = /\bjoint/u;
const JOINT_AND = /^(?:,[^,;]{1,80},)?\s+and\s+(?:the\s+)?$/u;
// "The pipeline is a joint project …", "It was built jointly by …": the subject is the last project named.
const PROJECT_SUBJECT = new RegExp(`^(?:The|This|That|It)\\s*(?:(?:\\p{Ll}[\\p{L}\\-]*\\s+){0,2}?(?:${PROJECT_NOUNS})\\s+)?(?:is|was|will be|has been|would be)\\b`, 'u');

/** A title before a person's name ("launched by Crown Prince X", "by President X"). */
const PERSON_TITLE = String.raw`(?:Crown Prince|Prince|Princess|King|Queen|Emir|Sheikh|President|Prime Minister|Chancellor|Premier|Governor|Mayor|Mr|Mrs|Ms|Dr)`;
// "X, a mission of the agency" (after X): the developer is the mention or description that follows.
const PROJECT_OF = new RegExp(`^,\\s+(?:a|an|the)\\s+(?:\\p{Ll}[\\p{L}\\-]*\\s+){0,2}?(?:${PROJECT_NOUNS})\\s+(?:of|by|run by|operated by|built by|developed by|led by|(launched|created|set up|started|devised|conceived|championed) by)\\s+(?:the\\s+)?(?:${PERSON_TITLE}\\s+)?`, 'u');
// "X, the Kenyan space agency that ran the mission" (after X).
const BODY_THAT_RAN = new RegExp(`^,\\s+(?:the|a|an)\\s+(?:[\\p{L}\\-]+\\s+){0,3}?(?:agency|company|operator|firm|organisation|organization|consortium|group|ministry|department)\\s+that\\s+(?:ran|runs|operated|operates|built|builds|developed|develops|launched|launches|designed|designs|managed|manages|owns|owned|led|leads)\\s+(?:the\\s+)?`, 'u');
const PROJECT_ANAPHOR = new RegExp(`^(${PROJECT_NOUNS})\\b`, 'u');
/** What the text calls a project right after naming it: "X mission", "X, a lunar mission". */
const CALLED = new RegExp(`^(?:\\s+|,\\s+(?:a|an|the)\\s+(?:\\p{Ll}[\\p{L}\\-]*\\s+){0,2}?)(${PROJECT_NOUNS})\\b`, 'u');
/** "the organisation", "the agency": a description standing for the body last named. */
const BODY_ANAPHOR = /^(organisation|organization|agency|company|group|firm|ministry|operator|department|commission)\b/u;

/** Nouns of infrastructure that an apposition gives a route ("X, the link under the Tolva Sea"). */
const INFRA = 'rail link|link|links|pipeline|pipelines|cable|cables|bridge|bridges|tunnel|tunnels|railway|railways|line|lines|road|highway|motorway|corridor|canal|interconnector|crossing';
// "X, the link under the Y" / "X, the two pipelines that run under the Y" / "X, the bridge between A and B".
const ROUTE_APPOSITION = new RegExp(`^,\\s+(?:the|a|an)\\s+((?:(?:two|three|twin|both|\\p{Ll}[\\p{L}\\-]*)\\s+){0,2}?(?:${INFRA}))\\s+(?:(?:that|which)\\s+(?:run|runs|ran|pass|passes|passed|cross|crosses|crossed|go|goes|went|stretch|stretches|stretched)\\s+)?(under|across|through|beneath|along|between|linking|connecting)\\s+(?:the\\s+)?`, 'u');
// "X, the pipeline under the Y that carried Kenyan gas to Z": what it delivers and where.
const SUPPLY_APPOSITION = new RegExp(`^,\\s+(?:the|a|an)\\s+(?:[^,;]{0,40}?\\s)?(?:${INFRA})\\b[^,;]{0,60}?\\s(?:that|which)\\s+(?:carried|carries|brought|brings|delivered|delivers|supplied|supplies|pumped|pumps|piped|pipes|transported|transports)\\s+(?:(${CAP})\\s+)?(?:\\p{Ll}[\\p{L}\\-]*\\s+){1,3}?(?:from\\s+[^,;]{1,30}?\\s+)?to\\s+(?:the\\s+)?`, 'u');
// "X and Y, the two pipelines …": the first of a coordinated pair shares a plural apposition.
const COORDINATED = /^\s+and\s+[^,;]{1,40}(?=,)/u;
const PLURAL_INFRA = /^(?:two|three|twin|both)\b|s$/u;
const PLURAL_APPOSITION = /^,\s+the\s+(?:two|three|twin|both)\b/u;
const ROUTE_AND = /^\s+and\s+(?:the\s+)?$/u;
const ROUTE_FROM = /^\s+from\s+(?:the\s+)?$/u;
const ROUTE_TO = /^\s+to\s+(?:the\s+)?$/u;
const PLACES: readonly EntityType[] = ['REGION', 'COUNTRY', 'CITY'];
const RECEIVERS: readonly EntityType[] = ['REGION', 'COUNTRY', 'CITY', 'ORGANIZATION'];

/**
 * An apposition or a possessive describes an entity; it is not asserted by the clause around it, so a
 * condition on the sentence ("If X, the Kenyan space agency, launches …") does not take it away. Only
 * a negation or hedge inside the phrase itself does.
 */
const described = (phrase: string) => !NEGATION_CUES.test(phrase) && !HYPOTHETICAL_CUES.test(phrase);

/** Where a description before a name ends: ", " or ", the ". */
/** After a body's name: a lower-case word, or a comma, the end or a lower-case word (module constants: esbuild turns a `\p{…}` literal into a `new RegExp` call where it stands). */
const LOWER_WORD_AFTER = /^\s+\p{Ll}/u;
const UNIT_NAME_ENDS = /^(?:,|\s*$|\s+\p{Ll})/u;
const PAUSE_END = /,\s+(?:the\s+)?$/u;

/** A sentence's mentions by start offset, and helpers on them. */
interface Scope {
  readonly ctx: RelateContext;
  readonly sc: SentenceScope;
  readonly at: ReadonlyMap<number, DocMention>;
  readonly endingAt: ReadonlyMap<number, DocMention>;
}

const entity = (ctx: RelateContext, m: DocMention | undefined, types: readonly EntityType[]): DocEntity | undefined => {
  if (!m) return undefined;
  const e = ctx.entities.get(m.entityId);
  return e && types.includes(e.type) ? e : undefined;
};

/** Names of the units a body holds ("Centre for …", "… Institute", "School of …"), not a body of its own standing. */
const INSTITUTE_NAME = /\b(?:Center|Centre|Institute|School|College|Faculty|Laboratory|Laboratories|Lab|Labs|Division|Department|Unit|Office|Bureau|Programme|Program|Foundation)\b/u;
/** A body's own council or committee ("Tolva Union’s Peace and Security Council had …"): the name ends in the word (with a verb after it: other endings are round 9's owner-possessive-named-body). */
const COUNCIL_NAME = /\b(?:Council|Committee|Board|Panel)$/u;
/** After a body's named unit: a verb (the unit is the subject: "… Council had demanded"), not a noun going on ("… Council chair"). */
const UNIT_VERB_AFTER = /^\s+(?:(?:has|had|have|is|was|were|are|will|would|said|says|met|meets|also|already)\b|\p{Ll}+ed\s)/u;

/** A short form in parentheses right after a name: "(TA)". */
const SHORT_FORM = /^\s*\([\p{Lu}\p{N}&.\-]{2,12}\)/u;

/** The article's country that a mention's text names ("Britain" → United Kingdom), whatever type stage cluster gave the mention. */
function countryNamed(ctx: RelateContext, m: DocMention): DocEntity | undefined {
  const c = ctx.g.country(m.text);
  return c ? ctx.byCode.get(c.code) : undefined;
}

/** The country of the article that a demonym or country name ("Kenyan", "US", "South African") denotes. */
function countryOf(ctx: RelateContext, words: string): DocEntity | undefined {
  const parts = words.split(/\s+/);
  for (let n = parts.length; n >= 1; n--) {
    const w = parts.slice(0, n).join(' ');
    const c = ctx.g.demonym(w) ?? ctx.g.country(w);
    if (c) return ctx.byCode.get(c.code);
  }
  return undefined;
}

/**
 * The project "the mission" stands for: the single project named earlier in the sentence or in the
 * sentence before; else the last project the text has called by that noun ("its X mission", "X, a
 * lunar mission").
 */
function previousProject(ctx: RelateContext, s: Sentence, before: readonly DocMention[], noun: string): DocEntity | undefined {
  const own = new Set(before.map((m) => ctx.entities.get(m.entityId)).filter((e) => e?.type === 'PROJECT').map((e) => e!.id));
  if (own.size === 1) return ctx.entities.get([...own][0]!);
  if (own.size > 1) return undefined;
  const prev = ctx.sentences[s.index - 1];
  const ids = prev && prev.field === s.field ? new Set(ctx.mentions.filter((m) => m.sentence === prev.index && ctx.entities.get(m.entityId)?.type === 'PROJECT').map((m) => m.entityId)) : new Set<string>();
  if (ids.size === 1) return ctx.entities.get([...ids][0]!);
  if (ids.size > 1) return undefined;
  let called: DocEntity | undefined;
  for (const m of ctx.mentions) {
    if (m.field !== s.field || m.start >= s.start) continue;
    const e = ctx.entities.get(m.entityId);
    const host = ctx.sentences[m.sentence];
    if (e?.type === 'PROJECT' && host && CALLED.exec(host.text.slice(m.end - host.start))?.[1] === noun) called = e;
  }
  return called;
}

/** "the organisation", "the agency": the last body named before `s` whose name ends with the noun, else the last body. */
function bodyAnaphor(ctx: RelateContext, s: Sentence, noun: string): DocEntity | undefined {
  let last: DocEntity | undefined;
  let named: DocEntity | undefined;
  for (const m of ctx.mentions) {
    if (m.field !== s.field || m.start >= s.start) continue;
    const e = ctx.entities.get(m.entityId);
    if (!e || !BODY.includes(e.type)) continue;
    last = e;
    if (e.name.toLowerCase().endsWith(noun)) named = e;
  }
  return named ?? last;
}

/**
 * "The WHO’s chief said … the agency’s Emergency Committee …": the one entity of the kind named
 * earlier in the same sentence (two make it ambiguous: none).
 */
function earlierOfKind(ctx: RelateContext, ms: readonly DocMention[], body: DocMention, noun: string): DocEntity | undefined {
  const types = kindTypes(noun);
  if (!types) return undefined;
  let found: DocEntity | undefined;
  for (const x of ms) {
    if (x.start >= body.start) break;
    const e = ctx.entities.get(x.entityId);
    if (!e || e.id === body.entityId || !types.includes(e.type)) continue;
    if (found && found.id !== e.id) return undefined;
    found = e;
  }
  return found;
}

/** Belonging of bodies: "X, the Kenyan space agency", "X, the Andean Pact’s appeals court", "Kenya’s space agency, X". */
function bodies({ ctx, sc, at, endingAt }: Scope): void {
  const { s, ms, local } = sc;
  for (const m of ms) {
    const body = entity(ctx, m, BODY);
    if (!body) continue;
    const after = s.text.slice(m.end - s.start);
    // "the Tolva Authority (TA), Kenya’s competition watchdog": the apposition follows the short form.
    const acronym = SHORT_FORM.exec(after);
    const end = m.end + (acronym ? acronym[0].length : 0);
    const rest = acronym ? after.slice(acronym[0].length) : after;
    const comma = rest.startsWith(',');
    const national = comma ? APPOSITION_NATIONAL_BODY.exec(rest) : null;
    if (national && !(national[3] === 'agency' && NOT_STATE.test(national[2]!)) && described(national[0])) {
      const country = countryOf(ctx, national[1]!);
      if (country) ctx.add(body, 'PART_OF', country, s, 0.75, 'apposition-national-body');
    }
    const opening = comma ? OPENING.exec(rest) : null;
    const owner = opening ? at.get(end + opening[0].length) : undefined;
    if (owner && APPOSITION_OPENING.test(local(end, owner.start))) {
      // "the United Nations’ health agency": a plural-looking owner takes a lone apostrophe.
      const part = (s.text[owner.end - s.start - 1] === 's' ? PLURAL_POSSESSIVE_PART : POSSESSIVE_PART).exec(s.text.slice(owner.end - s.start));
      const whole = part ? countryNamed(ctx, owner) ?? ctx.fill(owner, PARTY) : undefined;
      if (part && whole && (whole.type !== 'COUNTRY' || GOV_ONLY.test(part[2]!)) && !NOT_NOW.test(part[1]!) && !(part[2] === 'agency' && NOT_STATE.test(part[1]!))) {
        ctx.add(body, 'PART_OF', whole, s, 0.7, 'apposition-possessive-body');
      }
    }
    // "the agency’s Emergency Committee": a body owned by "the <kind noun>’s", the one entity of that kind.
    const kindOwner = s.text.charCodeAt(m.start - s.start - 3) === 0x2019 || s.text[m.start - s.start - 3] === "'" ? KIND_OWNER.exec(local(Math.max(s.start, m.start - 30), m.start)) : null;
    const owner2 = kindOwner ? (earlierOfKind(ctx, sc.ms, m, kindOwner[1]!) ?? kindCoreferent(ctx, s, kindOwner[1]!)) : undefined;
    if (owner2 && owner2.id !== body.id && BODY.includes(owner2.type)) ctx.add(body, 'PART_OF', owner2, s, 0.6, 'kind-possessive-body');
    // "Kenya sent soldiers from its Tolva Emergencies Unit": a state body that "its" gives the country subject.
    if (s.text.startsWith('its ', m.start - s.start - 4)) itsStateBody(ctx, sc, m, body);
    // "Tolva University’s Centre for Marine Studies": a body's named institute, centre or unit is part of it.
    const ownerBefore = s.text[m.start - s.start - 3] === '’' || s.text[m.start - s.start - 3] === "'" ? endingAt.get(m.start - 3) : undefined;
    const parent = ownerBefore && /^[’']s\s$/u.test(local(ownerBefore.end, m.start)) ? entity(ctx, ownerBefore, BODY) : undefined;
    if (parent && parent.id !== body.id && (INSTITUTE_NAME.test(body.name) ? !LOWER_WORD_AFTER.test(after) || UNIT_VERB_AFTER.test(after) : COUNCIL_NAME.test(body.name) && UNIT_VERB_AFTER.test(after))) ctx.add(body, 'PART_OF', parent, s, 0.65, 'possessive-named-unit');
    // Before the name, and followed by a pause or a verb: "Kenya’s space agency, X, said …".
    if (!UNIT_NAME_ENDS.test(after)) continue;
    // (The end-anchored patterns run only where the text before the name ends as they must.)
    const before = local(Math.max(s.start, m.start - 90), m.start);
    if (!PAUSE_END.test(before.slice(-6))) continue;
    const nb = NATIONAL_BODY_BEFORE.exec(before);
    if (nb && !(nb[3] === 'agency' && NOT_STATE.test(nb[2]!)) && described(nb[0])) {
      const country = countryOf(ctx, nb[1]!);
      if (country) ctx.add(body, 'PART_OF', country, s, 0.7, 'national-body-before-name');
    }
    const pb = POSSESSIVE_BODY_BEFORE.exec(before);
    const holder = pb ? endingAt.get(m.start - pb[0].length) : undefined;
    const whole = holder ? ctx.fill(holder, PARTY) : undefined;
    if (pb && whole && (whole.type !== 'COUNTRY' || GOV_ONLY.test(pb[2]!)) && !NOT_NOW.test(pb[1]!) && !(pb[2] === 'agency' && NOT_STATE.test(pb[1]!))) {
      ctx.add(body, 'PART_OF', whole, s, 0.7, 'possessive-body-before-name');
    }
  }
}

/** The last word of a state body's name ("… Emergencies Unit", "… Geological Survey"). */
const STATE_HEAD = /\b(?:Survey|Service|Army|Navy|Air Force|Guard|Police|Ministry|Department|Bureau|Administration|Unit|Corps|Directorate|Inspectorate|Agency|Authority|Commission)$/u;

/**
 * "Kenya flew soldiers from its Tolva Emergencies Unit": "its" is the clause's subject, the last
 * party named before it that a verb follows; a country subject holds the state body.
 */
function itsStateBody(ctx: RelateContext, { s, ms, local, factual }: SentenceScope, m: DocMention, body: DocEntity): void {
  if (body.type !== 'GOVERNMENT_BODY' && !STATE_HEAD.test(body.name)) return;
  const itsAt = m.start - 4;
  const parties = ms.filter((x) => x.end <= itsAt && ctx.fill(x, PARTY));
  const subject = parties[parties.length - 1];
  const country = subject ? ctx.fill(subject, ['COUNTRY']) : undefined;
  const next = subject ? s.tokens.find((t) => t.start >= subject.end) : undefined;
  if (!country || !next || (next.pos !== 'VERB' && next.pos !== 'AUX') || !factual(local(subject!.start, m.start))) return;
  ctx.add(body, 'PART_OF', country, s, 0.6, 'its-state-body');
}

/** "’s highest court" / "s’ health agency" after an owner: a state body's kind noun that names no body itself. */
const OWNED_KIND = /(?:[’']s|(?<=s)[’'])\s+((?:\p{Ll}[\p{L}\-]*\s+){0,2}?)(court|agency|regulator|watchdog|ministry|commission|tribunal|council|parliament)\b(?![’'\-])(?!\s+(?:of\s+)?\p{Lu})/uy;
const OWNED_TYPES: readonly EntityType[] = ['COUNTRY', 'ORGANIZATION', 'GOVERNMENT_BODY'];
/** What may follow an organisation named after another's possessive: a pause, "and"/"or" or a verb, not a noun it modifies. */
const PART_NAME_ENDS = /^(?:[,.;:)]|\s*$|\s+(?:and|or|but|which|who|has|had|have|is|was|were|are|will|would|said|says|\p{Ll}+ed)\b)/u;

/**
 * "the United Nations’ highest court", "Company B’s EE": a body the owner's possessive names.
 * - a kind noun with no name ("the Andean Pact’s highest court"): the one body of that kind the
 *   article names (kindReferent), PART_OF the owner (a country holds only a government body);
 * - an organisation's name right after another's possessive ("Brix’s Tolva Mobile"): PART_OF it.
 */
function ownedKinds({ ctx, sc }: Scope): void {
  const { s, ms } = sc;
  for (let j = 0; j < ms.length; j++) {
    const m = ms[j]!;
    const owner = entity(ctx, m, OWNED_TYPES);
    if (!owner) continue;
    const after = s.text.slice(m.end - s.start);
    if (after[0] !== '’' && after[0] !== "'" && !(after[1] === '’' || after[1] === "'")) continue;
    const next = ms[j + 1];
    // "Brix’s Tolva Mobile": two organisations, the second named right after the first's possessive.
    const part = owner.type === 'ORGANIZATION' && next && /^[’']s\s$/u.test(after.slice(0, next.start - m.end)) ? entity(ctx, next, ['ORGANIZATION']) : undefined;
    // "Norra Motors’ Kestrel Air stake": a name followed by a noun is a modifier, not the part.
    if (part && part.id !== owner.id && PART_NAME_ENDS.test(s.text.slice(next!.end - s.start))) {
      ctx.add(part, 'PART_OF', owner, s, 0.6, 'possessive-organisation');
      continue;
    }
    // (Sticky on the sentence, so the look-behind sees the owner's last letter: "the United Nations’ …".)
    OWNED_KIND.lastIndex = m.end - s.start;
    const kind = OWNED_KIND.exec(s.text);
    // A mention inside the phrase ("China’s [foreign ministry]") is a body of its own, read by the other rules.
    if (!kind || NOT_NOW.test(kind[1]!) || !described(kind[0]) || (next && next.start < m.end + kind[0].length)) continue;
    // Only a body whose name says the kind ("… Court of Justice"): the story's last-named body is too weak a guess here.
    const body = kindReferent(ctx, s, kind[2]!);
    if (!body || body.id === owner.id || !BODY.includes(body.type) || !body.name.toLowerCase().includes(kind[2]!) || (owner.type === 'COUNTRY' && body.type !== 'GOVERNMENT_BODY')) continue;
    ctx.add(body, 'PART_OF', owner, s, 0.55, 'possessive-kind-body');
  }
}

/** Belonging of places: "the Kenyan island of X", "Kenya’s province of X", "X, the largest city in Y". */
function places({ ctx, sc, at, endingAt }: Scope): void {
  const { s, ms, local } = sc;
  for (let j = 0; j < ms.length; j++) {
    const m = ms[j]!;
    const place = entity(ctx, m, LOCALITY);
    if (!place) continue;
    const before = local(Math.max(s.start, m.start - 60), m.start);
    const ofEnd = before.endsWith(' of ');
    const national = ofEnd ? NATIONAL_PLACE_OF.exec(before) : null;
    if (national && described(national[0])) {
      const country = countryOf(ctx, national[1]!);
      if (country) ctx.add(place, 'PART_OF', country, s, 0.75, 'national-place-of');
    }
    const possessive = ofEnd ? POSSESSIVE_PLACE_OF.exec(before) : null;
    const holder = possessive ? endingAt.get(m.start - possessive[0].length) : undefined;
    const whole = holder ? ctx.fill(holder, AREA) : undefined;
    if (whole && described(possessive![0])) ctx.add(place, 'PART_OF', whole, s, 0.7, 'possessive-place-of');
    const next = ms[j + 1];
    const region = next && REGION_OF.test(local(m.end, next.start)) && THE_END.test(local(Math.max(s.start, m.start - 5), m.start)) ? ctx.fill(next, AREA) : undefined;
    if (region) ctx.add(place, 'PART_OF', region, s, 0.7, 'region-of-area');
    // "the A and B regions of eastern Y": both are parts of Y.
    const third = ms[j + 2];
    const coordinated = next && third && local(m.end, next.start) === ' and ' && REGIONS_OF.test(local(next.end, third.start)) && THE_END.test(local(Math.max(s.start, m.start - 5), m.start)) ? ctx.fill(third, AREA) : undefined;
    const second = coordinated ? entity(ctx, next, LOCALITY) : undefined;
    if (coordinated && second) {
      ctx.add(place, 'PART_OF', coordinated, s, 0.7, 'regions-of-area');
      ctx.add(second, 'PART_OF', coordinated, s, 0.7, 'regions-of-area');
    }
    // "Kenya’s Tolva Hills mountains": the possessive area holds the named place.
    const owner = before.endsWith('’s ') || before.endsWith("'s ") ? endingAt.get(m.start - 3) : undefined;
    const area2 = owner && place.type !== 'ORGANIZATION' && NAMED_PLACE_KIND.test(s.text.slice(m.end - s.start)) ? ctx.fill(owner, AREA) : undefined;
    if (area2) ctx.add(place, 'PART_OF', area2, s, 0.65, 'possessive-named-place');
    const after = s.text.slice(m.end - s.start);
    if (place.type === 'ORGANIZATION' || !after.startsWith(',')) continue;
    const lying = APPOSITION_IN.exec(after);
    // The area is the mention after "in", or after "in northern" (where "northern Y" may itself be a mention).
    const lyingIn = lying ? at.get(m.end + lying[0].length) ?? (lying[1] ? at.get(m.end + lying[0].length - lying[1].length) : undefined) : undefined;
    const closes = lyingIn && CLOSES.test(s.text.slice(lyingIn.end - s.start));
    const wider = closes ? (lying![1] ? countryOf(ctx, lyingIn!.text.slice(lyingIn!.text.indexOf(' ') + 1)) : undefined) ?? ctx.fill(lyingIn!, AREA) : undefined;
    if (wider) ctx.add(place, 'PART_OF', wider, s, 0.7, 'apposition-in-area');
    // "X, in Kenya’s coastal province of Y": X lies in Y (Y PART_OF Kenya is read as possessive-place-of).
    const owned = lyingIn && !lying![1] ? IN_OWNED_PLACE.exec(s.text.slice(lyingIn.end - s.start)) : null;
    const inner = owned ? at.get(lyingIn!.end + owned[0].length) : undefined;
    const province = inner && CLOSES.test(s.text.slice(inner.end - s.start)) && described(owned![0]) ? ctx.fill(inner, ['REGION', 'CITY']) : undefined;
    if (province && ctx.fill(lyingIn!, AREA)) ctx.add(place, 'PART_OF', province, s, 0.7, 'apposition-in-owned-area');
    const inArea = APPOSITION_PLACE_IN.exec(after);
    const areaMention = inArea ? at.get(m.end + inArea[0].length) : undefined;
    const area = areaMention ? ctx.fill(areaMention, AREA) : undefined;
    if (area) ctx.add(place, 'PART_OF', area, s, 0.75, 'apposition-place-in');
    // "X, on the southern island of Y," / "X, in the coastal province of Y.": the kind of place Y is, then Y.
    const onPlace = ON_PLACE_OF.exec(after);
    const onMention = onPlace ? at.get(m.end + onPlace[0].length) : undefined;
    // An island or a peninsula the gazetteer holds as a town of the same name is the area here.
    const onArea = onMention && CLOSES.test(s.text.slice(onMention.end - s.start)) ? ctx.fill(onMention, /^(?:island|islands|archipelago|peninsula)$/u.test(onPlace![1]!) ? [...AREA, 'CITY'] : AREA) : undefined;
    if (onArea && described(onPlace![0])) ctx.add(place, 'PART_OF', onArea, s, 0.7, 'apposition-on-place-of');
  }
}

/** ", including the capital, " / "’s capital, " right after a country, before its capital's name. */
const CAPITAL_AFTER = /^(?:,\s+including\s+(?:the|its)|[’']s)\s+capital,?\s+$/u;

/** A capital named beside its country: "… Kenya, including the capital, Nairobi", "Kenya’s capital, Nairobi". */
function capitals({ ctx, sc }: Scope): void {
  const { s, ms, local } = sc;
  for (let j = 0; j + 1 < ms.length; j++) {
    const country = entity(ctx, ms[j], ['COUNTRY']);
    if (!country) continue;
    const next = ms[j + 1]!;
    const city = entity(ctx, next, ['CITY']);
    if (city && CAPITAL_AFTER.test(local(ms[j]!.end, next.start)) && CLOSES.test(s.text.slice(next.end - s.start))) ctx.add(city, 'PART_OF', country, s, 0.75, 'capital-of-country');
  }
}

/** A company and its parent: "A and its parent company, B", "A’s parent, B", "A, a subsidiary of B", "B’s subsidiary, A". */
function parents({ ctx, sc }: Scope): void {
  const { s, ms, local } = sc;
  for (let i = 0; i + 1 < ms.length; i++) {
    const [a, b] = [ms[i]!, ms[i + 1]!];
    const between = local(a.end, b.start);
    if (between.length > 60 || !PARENT_CUE.test(between) || !described(between)) continue;
    const partner = AND_ITS_PARTNER.exec(between) ?? POSSESSIVE_PARTNER.exec(between) ?? PARTNER_OF.exec(between);
    const px = partner ? ctx.fill(a, PARTY) : undefined;
    const py = partner ? ctx.fill(b, PARTY) : undefined;
    if (px && py && !NOT_NOW.test(partner![1]!)) ctx.add(px, TRADING.test(partner![1]!) ? 'TRADES_WITH' : 'PARTNERS_WITH', py, s, 0.65, 'partner-of');
    const x = entity(ctx, a, COMPANY);
    const y = entity(ctx, b, COMPANY);
    if (!x || !y) continue;
    const parent = AND_ITS_PARENT.exec(between) ?? POSSESSIVE_PARENT.exec(between);
    if (parent && !NOT_NOW.test(parent[1]!) && y.type === 'ORGANIZATION') ctx.add(x, 'PART_OF', y, s, 0.75, 'parent-company');
    const sub = SUBSIDIARY_OF.exec(between);
    if (sub && !NOT_NOW.test(sub[1]!) && y.type === 'ORGANIZATION') ctx.add(x, 'PART_OF', y, s, 0.75, 'subsidiary-of');
    const owned = POSSESSIVE_SUBSIDIARY.exec(between);
    if (owned && !NOT_NOW.test(owned[1]!) && x.type === 'ORGANIZATION') ctx.add(y, 'PART_OF', x, s, 0.7, 'subsidiary-of');
    // An owner and what it owns, both companies: the owned one is part of the owner.
    if (x.type !== 'ORGANIZATION' || y.type === 'GOVERNMENT_BODY') continue;
    const owner = OWNER_OF.exec(between);
    if (owner && !NOT_NOW.test(owner[1] ?? '')) ctx.add(y, 'PART_OF', x, s, 0.7, 'owner-of');
  }
}

/** Builders and components of projects: "Kenya’s X probe", "its X programme", "the X lander of its Y mission". */
function projects({ ctx, sc, at }: Scope): void {
  const { s, ms, local, factual } = sc;
  for (let j = 0; j < ms.length; j++) {
    const m = ms[j]!;
    const project = entity(ctx, m, PROJECT);
    if (project) {
      const prev = ms[j - 1];
      const poss = prev ? POSSESSIVE_PROJECT.exec(local(prev.end, m.start)) : null;
      const owner = poss ? ctx.fill(prev!, PARTY) : undefined;
      if (poss && owner && !NOT_NOW.test(poss[1]!)) ctx.add(owner, 'DEVELOPS', project, s, 0.65, 'possessive-project');
      // "its X programme": "its" is the subject of the clause, the last party named before it that a
      // verb follows, with no other party between.
      const near = local(Math.max(s.start, m.start - 40), m.start);
      const its = near.includes('its ') || near.includes('their ') ? ITS_BEFORE.exec(near) : null;
      if (its && !NOT_NOW.test(its[1]!)) {
        const itsAt = m.start - its[0].length;
        const parties = ms.slice(0, j).filter((x) => x.end <= itsAt && ctx.fill(x, PARTY));
        const subject = parties[parties.length - 1];
        const next = subject ? s.tokens.find((t) => t.start >= subject.end) : undefined;
        if (subject && next && (next.pos === 'VERB' || next.pos === 'AUX') && factual(local(subject.start, m.start))) {
          ctx.add(ctx.fill(subject, PARTY)!, 'DEVELOPS', project, s, 0.6, 'its-project');
        }
      }
    }
    // "The canal, which the Tolva Authority runs, …": the project the sentence's opening noun names.
    if (j === 0 && !project && s.text.startsWith('The ')) {
      const opening = OPENING_NOUN_WHICH.exec(local(s.start, m.start));
      const party = opening ? ctx.fill(m, PARTY) : undefined;
      const verb = party ? PARTY_MADE.exec(s.text.slice(m.end - s.start)) : null;
      const named = verb && /^\s*,/u.test(s.text.slice(m.end - s.start + verb[0].length)) && described(opening![0] + verb[0]) ? projectNamedBy(ctx, s, opening![1]!) : undefined;
      if (named) ctx.add(party!, 'DEVELOPS', named, s, 0.55, 'project-that-party-made+anaphora');
    }
    // Components: "the X lander of its Y mission", "Y’s rover, X", "the mission’s rover, X".
    const part = entity(ctx, m, COMPONENT_TYPES);
    const next = ms[j + 1];
    const whole = entity(ctx, next, PROJECT);
    if (part && whole && (COMPONENT_OF.test(local(m.end, next!.start)) || (COMPONENT_IN_MENTION.test(local(m.start, m.end)) && OF_ITS.test(local(m.end, next!.start)))) && THE_END.test(local(Math.max(s.start, m.start - 5), m.start))) {
      ctx.add(part, 'PART_OF', whole, s, 0.7, 'component-of-project');
    }
    const owner = entity(ctx, ms[j - 1], PROJECT);
    if (part && owner && POSSESSIVE_COMPONENT.test(local(ms[j - 1]!.end, m.start))) ctx.add(part, 'PART_OF', owner, s, 0.7, 'component-of-project');
    const lead = part ? local(Math.max(s.start, m.start - 60), m.start) : '';
    const anaphoric = lead.endsWith(', ') ? ANAPHORIC_COMPONENT.exec(lead) : null;
    if (part && anaphoric) {
      const antecedent = previousProject(ctx, s, ms.slice(0, j), anaphoric[1]!);
      if (antecedent) ctx.add(part, 'PART_OF', antecedent, s, 0.55, 'component-of-project+anaphora');
    }
    // "X, a mission of the agency" / "X, a project of Acme".
    const after = s.text.slice(m.end - s.start);
    if (!after.startsWith(',')) continue;
    if (project) {
      const of = PROJECT_OF.exec(after);
      if (of && described(of[0])) {
        const at0 = m.end + of[0].length;
        const namedMention = at.get(at0);
        const noun = namedMention ? null : BODY_ANAPHOR.exec(after.slice(of[0].length));
        // A person launches or creates a programme ("launched by President X"); only bodies run one.
        const developer = namedMention ? ctx.fill(namedMention, of[1] ? [...PARTY, 'PERSON'] : PARTY) : noun ? bodyAnaphor(ctx, s, noun[1]!) : undefined;
        if (developer) ctx.add(developer, 'DEVELOPS', project, s, noun ? 0.55 : 0.65, noun ? 'project-of-party+anaphora' : 'project-of-party');
        if (developer && namedMention && developer.type !== 'PERSON') coDevelopers(ctx, sc, at, namedMention, developer, project);
      }
      // "X, a relay satellite that Kenya put into orbit", "The canal, which the Tolva Authority runs".
      const that = THAT_PARTY.exec(after);
      const maker = that ? at.get(m.end + that[0].length) : undefined;
      const party = maker ? ctx.fill(maker, PARTY) : undefined;
      const verb = party ? PARTY_MADE.exec(s.text.slice(maker!.end - s.start)) : null;
      if (party && verb && described(that![0] + verb[0])) ctx.add(party, 'DEVELOPS', project, s, 0.65, 'project-that-party-made');
    }
    // "X, the Kenyan space agency that ran the mission".
    const body = entity(ctx, m, PARTY);
    if (body) {
      const ran = BODY_THAT_RAN.exec(after);
      if (ran && described(ran[0])) {
        const at0 = m.end + ran[0].length;
        const named = entity(ctx, at.get(at0), PROJECT);
        const noun = named ? null : PROJECT_ANAPHOR.exec(after.slice(ran[0].length));
        const target = named ?? (noun ? previousProject(ctx, s, ms.slice(0, j), noun[1]!) : undefined);
        if (target) ctx.add(body, 'DEVELOPS', target, s, named ? 0.7 : 0.55, named ? 'body-that-ran-project' : 'body-that-ran-project+anaphora');
      }
    }
  }
}

/** "The pipeline is a joint project of A and B": both develop it and they are partners. */
function jointProjects({ ctx, sc }: Scope): void {
  const { s, ms, local, factual } = sc;
  if (!JOINT_CUE.test(s.text)) return;
  for (let i = 0; i + 1 < ms.length; i++) {
    const a = ms[i]!;
    const before = local(s.start, a.start);
    const joint = JOINT_BEFORE.exec(before);
    if (!joint) continue;
    const b = ms.slice(i + 1).find((x) => JOINT_AND.test(local(a.end, x.start)));
    const x = ctx.fill(a, PARTY);
    const y = b ? ctx.fill(b, PARTY) : undefined;
    if (!x || !y || !factual(before)) continue;
    ctx.add(x, 'PARTNERS_WITH', y, s, 0.65, 'joint-project');
    const named = ms.slice(0, i).map((m) => ctx.entities.get(m.entityId)).filter((e) => e?.type === 'PROJECT');
    const subject = named.length === 1 ? named[0] : named.length === 0 && PROJECT_SUBJECT.test(s.text) ? ctx.entities.get(ctx.lastOf(s, PROJECT) ?? '') : undefined;
    if (!subject) continue;
    ctx.add(x, 'DEVELOPS', subject, s, 0.65, 'joint-project');
    ctx.add(y, 'DEVELOPS', subject, s, 0.65, 'joint-project');
  }
}

/** ", a relay satellite that " / ", which the " right after a project, before the party that made or runs it. */
const THAT_PARTY = new RegExp(`^,\\s+(?:(?:a|an|the)\\s+(?:\\p{Ll}[\\p{L}\\-]*\\s+){0,2}?(?:${PROJECT_NOUNS})\\s+(?:that|which)|which)\\s+(?:the\\s+)?`, 'u');
/** What the party did to the project, right after it: built, runs, put into orbit (not a plan or a wish). */
const PARTY_MADE = /^\s+(?:(?:also|now|first|has|had|have|jointly)\s+)*(?:built|builds|developed|develops|designed|designs|runs|ran|operates|operated|owns|owned|manages|managed|launched|launches|put\s+into\s+(?:\p{Ll}+\s+)?orbit|sent)\b/u;
/** "The canal, which the " opening a sentence, before the party: the noun of the project it stands for. */
const OPENING_NOUN_WHICH = new RegExp(`^The\\s+(${PROJECT_NOUNS}|${INFRA}),\\s+(?:which|that)\\s+(?:the\\s+)?$`, 'u');

/** The one project named before sentence `s` (same field) whose name ends in `noun` ("the canal" → "Tolva Canal"). */
function projectNamedBy(ctx: RelateContext, s: Sentence, noun: string): DocEntity | undefined {
  const suffix = ` ${noun}`;
  let found: DocEntity | undefined;
  for (const m of ctx.mentions) {
    if (m.field !== s.field || m.start >= s.start) continue;
    const e = ctx.entities.get(m.entityId);
    if (!e || e.type !== 'PROJECT' || !e.name.toLowerCase().endsWith(suffix)) continue;
    if (found && found.id !== e.id) return undefined;
    found = e;
  }
  return found;
}

/** The verbs of a country or agency sending its own craft, and the cheap test for them. */
const SEND_VERBS = 'send|sends|sent|launch|launches|launched|land|lands|landed';
const SEND_WORD = new RegExp(`\\b(?:${SEND_VERBS})\\b`, 'u');
/** "Kenya plans to send ", "the agency launched its ", "Kenya has landed " between the party and the project. */
const SENDS = new RegExp(`^\\s+(?:(?:plans|planned|intends|intended|aims|aimed|hopes|hoped|is|was|expects|expected)\\s+to\\s+|will\\s+|has\\s+|had\\s+|also\\s+|first\\s+)*(?:${SEND_VERBS})\\s+(?:its\\s+|their\\s+)?$`, 'u');
const SENDERS: readonly EntityType[] = ['COUNTRY', 'GOVERNMENT_BODY'];

/** "Kenya plans to send Tolva-7 towards the Moon", "the agency launched its Tolva-2 probe": the sender builds its craft (a plan counts, as the key conventions say). */
function sentProjects({ ctx, sc }: Scope): void {
  const { s, ms, local } = sc;
  for (let j = 0; j + 1 < ms.length; j++) {
    const sender = ctx.fill(ms[j]!, SENDERS);
    const craft = sender ? entity(ctx, ms[j + 1], PROJECT) : undefined;
    if (!craft) continue;
    const between = local(ms[j]!.end, ms[j + 1]!.start);
    // A negation before the verb ("Kenya has not sent"), or a sentence that opens with a condition, takes it away.
    if (SENDS.test(between) && !NEGATION_CUES.test(local(s.start, ms[j + 1]!.start)) && !sc.conditional) ctx.add(sender!, 'DEVELOPS', craft, s, 0.6, 'party-sends-project');
  }
}

/** "… built by A in Nairobi with B": where A is (" in <city>") and a second builder ("with B", "and B"). */
const IN_CITY_AFTER = /^\s+in\s+$/u;
const WITH_BUILDER = /^(?:,\s+|\s+)(?:with|and)\s+(?:the\s+)?$/u;
const BUILDER_CLOSES = /^(?:[,.;)]|\s*$|\s+(?:with|and|for|which|that)\b)/u;

/** "X, a satellite built by A in Nairobi with B": A is based in the city, and B builds X too. */
function coDevelopers(ctx: RelateContext, { s, ms, local }: SentenceScope, at: ReadonlyMap<number, DocMention>, first: DocMention, developer: DocEntity, project: DocEntity): void {
  let k = ms.indexOf(first) + 1;
  let last = first;
  const city = ms[k];
  if (city && ctx.entities.get(city.entityId)?.type === 'CITY' && IN_CITY_AFTER.test(local(first.end, city.start)) && BUILDER_CLOSES.test(s.text.slice(city.end - s.start))) {
    if (BODY.includes(developer.type)) ctx.add(developer, 'BASED_IN', ctx.entities.get(city.entityId)!, s, 0.6, 'builder-in-city');
    last = city;
    k++;
  }
  const second = ms[k];
  const other = second && WITH_BUILDER.test(local(last.end, second.start)) ? ctx.fill(second, PARTY) : undefined;
  if (other && other.id !== developer.id && at.get(second!.start) === second) ctx.add(other, 'DEVELOPS', project, s, 0.6, 'project-of-party+with');
}

/** Routes from appositions: "X, the link under the Tolva Sea", "X, the bridge between A and B". */
function routes({ ctx, sc, at }: Scope): void {
  const { s, ms, local } = sc;
  for (const m of ms) {
    const project = entity(ctx, m, PROJECT);
    if (!project) continue;
    const after = s.text.slice(m.end - s.start);
    const coordinated = COORDINATED.exec(after);
    const offset = coordinated ? coordinated[0].length : 0;
    const supply = SUPPLY_APPOSITION.exec(after.slice(offset));
    const receiver = supply && described(supply[0]) ? at.get(m.end + offset + supply[0].length) : undefined;
    const delivered = receiver ? ctx.fill(receiver, RECEIVERS) : undefined;
    if (delivered && (!coordinated || PLURAL_APPOSITION.test(supply![0]))) {
      ctx.add(project, 'SUPPLIES', delivered, s, 0.6, 'supply-apposition');
      // "Kenyan gas": the country of the demonym exports it there.
      const origin = supply![1] && ctx.g.demonym(supply![1]) ? countryOf(ctx, supply![1]) : undefined;
      if (origin && delivered.type === 'COUNTRY') ctx.add(origin, 'EXPORTS_TO', delivered, s, 0.55, 'supply-apposition');
    }
    const route = ROUTE_APPOSITION.exec(after.slice(offset));
    if (!route || (coordinated && !PLURAL_INFRA.test(route[1]!)) || !described(route[0])) continue;
    const first = at.get(m.end + offset + route[0].length);
    const place = first ? ctx.fill(first, PLACES) : undefined;
    if (!first || !place) continue;
    const i = ms.indexOf(first);
    const second = ms[i + 1];
    if (['between', 'linking', 'connecting'].includes(route[2]!)) {
      const other = second && ROUTE_AND.test(local(first.end, second.start)) ? ctx.fill(second, PLACES) : undefined;
      if (!other) continue;
      ctx.add(project, 'CONNECTS', place, s, 0.65, 'route-apposition');
      ctx.add(project, 'CONNECTS', other, s, 0.65, 'route-apposition');
      continue;
    }
    ctx.add(project, 'PASSES_THROUGH', place, s, 0.65, 'route-apposition');
    // "… under the Y from A to B": the ends it connects.
    const third = ms[i + 2];
    const from = second && ROUTE_FROM.test(local(first.end, second.start)) ? ctx.fill(second, PLACES) : undefined;
    const to = from && third && ROUTE_TO.test(local(second!.end, third.start)) ? ctx.fill(third, PLACES) : undefined;
    if (from && to) {
      ctx.add(project, 'CONNECTS', from, s, 0.6, 'route-apposition');
      ctx.add(project, 'CONNECTS', to, s, 0.6, 'route-apposition');
    }
  }
}

/** A state body named as "<Head> … of <Y>" ("Supreme Court of Kenya", "Court of Appeal of the Andean Pact"). */
const BODY_OF_NAME = /^(?:\p{Lu}[\p{L}\-]*\s+){0,3}?(?:Court|Ministry|Parliament|Commission|Council|Assembly|Senate|Agency|Department|Army|Navy|Police|Cabinet|Government|Tribunal|Bureau|Secretariat)\b.*\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}\s\-]*)$/u;
const OWNERS: readonly EntityType[] = ['COUNTRY', 'ORGANIZATION', 'GOVERNMENT_BODY'];

/** "Supreme Court of Kenya": the name itself says whose body it is; the evidence is the sentence that first names it in full. */
function namedBodies(ctx: RelateContext): void {
  const byName = new Map<string, DocEntity>();
  for (const e of ctx.entities.values()) if (OWNERS.includes(e.type)) for (const n of [e.name, ...e.aliases]) if (!byName.has(n)) byName.set(n, e);
  for (const e of ctx.entities.values()) {
    if (!BODY.includes(e.type)) continue;
    const owner = byName.get(BODY_OF_NAME.exec(e.name)?.[1] ?? '');
    const first = owner && owner.id !== e.id ? ctx.mentions.find((m) => m.entityId === e.id && m.text === e.name) : undefined;
    const s = first ? ctx.sentences[first.sentence] : undefined;
    if (owner && s) ctx.add(e, 'PART_OF', owner, s, 0.7, 'body-of-name');
    // "US Geological Survey", "British Army": a country word opening the name of a state body.
    const national = owner ? undefined : NATIONAL_NAME.exec(e.name);
    const country = national ? countryOf(ctx, national[1]!) : undefined;
    const named = country ? ctx.mentions.find((m) => m.entityId === e.id && m.text === e.name) : undefined;
    const at = named ? ctx.sentences[named.sentence] : undefined;
    if (country && at && national![1]!.split(/\s+/u).length <= 2) ctx.add(e, 'PART_OF', country, at, 0.65, 'country-in-body-name');
  }
}

/** A state body's name opened by a country word ("US Geological Survey", "Kenyan Coast Guard"): the country word, and a state head noun last. */
const NATIONAL_NAME = /^(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)\s+(?:\p{Lu}[\p{L}\-]*\s+){0,3}?(?:Survey|Service|Army|Navy|Air Force|Guard|Police|Ministry|Department|Bureau|Administration|Reserve|Treasury|Unit|Corps|Directorate|Inspectorate)$/u;

/** Whether the document has a project entity, asked once per document (its context). */
const HAS_PROJECT = new WeakMap<RelateContext, boolean>();
/** Whether a project is named before sentence `s` in its field (`lastOf`, asked only when the document has one). */
function projectBefore(ctx: RelateContext, s: Sentence): boolean {
  let has = HAS_PROJECT.get(ctx);
  if (has === undefined) {
    has = false;
    for (const e of ctx.entities.values()) if (e.type === 'PROJECT') has = true;
    HAS_PROJECT.set(ctx, has);
  }
  return has && ctx.lastOf(s, PROJECT) !== undefined;
}

export const structure: RelationRules = {
  name: 'structure',
  // Every rule reads a mention of one of these (a body, a place, a company, a party or a project; a capital fills a party).
  gate: { types: [...new Set<EntityType>([...BODY, ...LOCALITY, ...COMPANY, ...PARTY, ...AREA, ...PROJECT, ...COMPONENT_TYPES, ...PLACES, 'CITY'])] },
  perSentence: (ctx, sc) => {
    const at = new Map<number, DocMention>();
    const endingAt = new Map<number, DocMention>();
    for (const m of sc.ms) {
      at.set(m.start, m);
      endingAt.set(m.end, m);
    }
    const scope: Scope = { ctx, sc, at, endingAt };
    bodies(scope);
    if (sc.s.text.includes('’') || sc.s.text.includes("'")) ownedKinds(scope);
    places(scope);
    if (sc.s.text.includes(' capital')) capitals(scope);
    parents(scope);
    // Every relationship of `projects`, `sentProjects` and `routes` has a project at one end: one
    // named in the sentence, or for `projects` one named before it in its field (what
    // `previousProject` and `projectNamedBy` read). Without one they are passed over.
    const projectHere = sc.ms.some((m) => ctx.entities.get(m.entityId)?.type === 'PROJECT');
    if (projectHere || projectBefore(ctx, sc.s)) projects(scope);
    jointProjects(scope);
    if (projectHere && SEND_WORD.test(sc.s.text)) sentProjects(scope);
    if (projectHere) routes(scope);
  },
  perDocument: namedBodies,
};
