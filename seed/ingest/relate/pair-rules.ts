/**
 * Pair rules: a trigger between two mentions of one sentence. Each rule names a type of the
 * vocabulary (../vocabulary.ts), the entity types its ends may have and the words that must stand
 * between them ("A will arrive in B", "A’s war against B"). For each target the nearest source
 * before it that a rule accepts wins. A demonym before a noun stands for its country as a target,
 * "he"/"she" and "the company" for the last person or organisation named, as a source.
 */
import type { EntityType } from '../../../src/generated/graphql';
import { ALLEGATION_CUES, HYPOTHETICAL_CUES, NEGATION_CUES } from '../cues';
import type { DocEntity, DocMention, Sentence } from '../document';
import type { RelationshipType } from '../vocabulary';
import { appositionOfSource, askedTo, opensInfinitive, ellipticSubject, insideApposition, insideRelativeClause, lastClause, parentheticalShortForm, possessorInApposition, reportsOtherSubject, subordinatePronoun, subordinateSubject, whereClauseAfter } from './clauses';
import type { RelateContext, RelationRules } from './context';
import { countryLedBy, GOVERNMENT_OF, personLeading } from './holders';
import { describedBodyAfter } from './round12-roles';
import { resolvedPronoun } from './subject';

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
 * Kenyan newspaper …", "the northern city of …").
 */
const FILLER = String.raw`(?:(?:the|a|an)\s+)?(?:(?:[\p{Lu}][\p{L}\-]+(?:[’']s)?|northern|southern|eastern|western|central|north-eastern|north-western|south-eastern|south-western|capital|city|town|port|state|region|province|island|country|nation|neighbouring|neighboring|newspaper|daily|weekly|magazine|broadcaster|agency|site|portal|outlet|senior|top|former|leading|prominent|several|more|than|dozen|a|an|the|\d+|of|official|first|brief|surprise|unannounced|historic|formal|working|landmark|(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)-(?:day|week|month|year|hour|nation))\s+){0,4}`;
/** The trigger words a rule's regex needs one of (`before`, `withWords`). */
type WithWords = RegExp & { words?: ReadonlySet<string>; at?: RegExp; firstWords?: ReadonlySet<string>; runs?: number };
/** A trigger word as the tail's words are read (PIECE_WORDS): the sticky search of `before` relies on it. */
const PLAIN_WORD = /^[\p{L}\-]+$/u;
/**
 * Trigger right before the target: "… will arrive in B". The regex carries the trigger's words, so a
 * sentence stretch that holds none of them is passed over without running it. A match starts at
 * the stretch's start or at a space or apostrophe right before one of the trigger's first words, so
 * `at`, the same pattern made sticky, is tried only at those places (see `triggers`). `notAfter`:
 * words that, right before the trigger, undo it ("stayed at home for the summit").
 */
const before = (trigger: string, notAfter?: string): WithWords => {
  const source = `(?:^|[\\s’'])${notAfter ? `(?<!\\b(?:${notAfter})\\s)` : ''}(?:${trigger})\\s+${FILLER}$`;
  const words = new Set(trigger.split(/[|\s]+/));
  const plain = [...words].every((w) => PLAIN_WORD.test(w));
  // The first word of each alternative: where a match can begin.
  const firstWords = new Set(trigger.split('|').map((alternative) => alternative.split(/\s+/)[0]!));
  // The most runs of white space a match can hold from where it starts: one before the trigger, one
  // between each two of its words, one after it, and one after each of FILLER's five pieces (an
  // article and four words, none holding white space). A start with more after it cannot match.
  const runs = Math.max(...trigger.split('|').map((alternative) => alternative.split(/\s+/).length)) + 6;
  return Object.assign(new RegExp(source, 'u'), { words, ...(plain ? { at: new RegExp(source, 'uy'), firstWords, runs } : {}) });
};
/** A rule regex of its own with the words one of which it needs, so stretches without them are passed over. */
const withWords = (re: RegExp, words: string): WithWords => Object.assign(re, { words: new Set(words.split('|')) });
/**
 * A rule regex that must end with `word` before the target, an optional "the" between
 * (`…\bto\s+(?:the\s+)?$`): a target whose sentence does not read so right before it is passed
 * over for the rule without running the regex (see `endsWithWord`), which otherwise scans the whole
 * stretch pair after pair. `unless`: words that undo a match when one stands before it in its part of
 * the sentence (after the last ".", ";" or ":"), as "accused … of supplying arms to" does: the same
 * as a lookbehind `(?<!\b(?:…)\b[^.;:]*)` before the pattern, tested once on the match, not at every
 * offset of the stretch. The pattern must hold no ".", ";" or ":" (a unit test holds the rules to it).
 */
const endingWith = (re: RegExp, word: string, unless?: RegExp): EndsWith => Object.assign(re, { ends: word, ...(unless ? { unless } : {}) });
type EndsWith = RegExp & { ends?: string; unless?: RegExp };
/**
 * A craft's journey, not a route's end: "crashed into the Moon", "launched from California",
 * "brought the span down into the river" (the verb or "down" right before "from"/"into"/"to").
 */
const JOURNEY_VERBS = 'crashed|crashes|crash|plunged|plunges|plunge|fell|falls|tumbled|sank|sinks|launched|launches|launch|landed|lands|flew|flies|fled|down|collapsed|slammed|smashed|dropped|departed|took off|lifted off|blasted off|lifting off|lifts off|taking off|takes off|blasting off|blasts off';
const CALLED_OFF = /\b(?:cancel(?:l?ed|s|ling)?|postpone[sd]?|postponing|called off|calls off|call off|scrapped|shelved|put off|abandoned)\b/iu;
/** The trigger sits inside a relative clause that is still open ("…, who travelled to"), not after one that closed. */
const RELATIVE_WORD = /\b(?:who|which|whose|whom)\b[^,;]*$/u;

interface Tail {
  readonly text: string;
  /** Where each word of the tail that opens a sticky rule's trigger starts in `text`, in text order. */
  readonly firstAt: readonly number[];
  /** The rules (their places in PAIR_RULES) each of those words opens a trigger of (WORD_RULES' `firsts`). */
  readonly firstRules: ReadonlyArray<readonly number[]>;
  /** Per rule of PAIR_RULES (by place), 1 when one of its trigger words is among the tail's words (WORD_RULES' `rules`). */
  readonly named: Uint8Array;
  /** Per offset of `text`, the runs of white space that open at or after it (spaceRunsFrom, made on first ask). */
  runStarts: Uint8Array | undefined;
}

/** What a trigger word names: the rules it belongs to, and those of them whose trigger it can open (`before`'s first words). */
interface WordRules {
  /** The rules' places in PAIR_RULES. */
  readonly rules: readonly number[];
  readonly firsts: readonly number[] | undefined;
}

/** A sentence's words (PIECE_WORDS) with their offsets and the rules each names: read once per sentence. */
export interface SentenceWords {
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  /** What each word names (undefined for a word of no trigger). */
  readonly named: ReadonlyArray<WordRules | undefined>;
}

/**
 * The words of `text` as PIECE_WORDS finds them, with their offsets (exported for its test). Each
 * word is walked through the trie of the trigger words (TRIE_NEXT) as its code units are read, so
 * a word is named without cutting a string out of the text or hashing it; only a word outside the
 * trie's letters whose first code unit and length are those of another trigger word
 * (OTHER_SHAPES) is cut out and looked up.
 */
export function sentenceWords(text: string): SentenceWords {
  const starts: number[] = [];
  const ends: number[] = [];
  const named: Array<WordRules | undefined> = [];
  // The runs of PIECE_WORDS, read code unit by code unit (no match object per word).
  for (let k = 0; k < text.length; ) {
    let width = wordCharWidth(text, k);
    if (width === 0) {
      k++;
      continue;
    }
    const start = k;
    // The trie node of the run read so far (-1 once it left the trie).
    let node = 0;
    while (width > 0) {
      if (node !== -1) {
        const c = text.charCodeAt(k);
        const symbol = c >= 97 && c <= 122 ? c - 97 : c === 45 ? 26 : -1;
        node = symbol === -1 || width !== 1 ? -1 : TRIE_NEXT[node * TRIE_SYMBOLS + symbol]! || -1;
      }
      k += width;
      width = k < text.length ? wordCharWidth(text, k) : 0;
    }
    starts.push(start);
    ends.push(k);
    named.push(node > 0 ? TRIE_WORDS[node] : node === -1 && OTHER_SHAPES.size > 0 && mayBeOther(text, start, k) ? WORD_RULES.get(text.slice(start, k)) : undefined);
  }
  return { starts, ends, named };
}

/**
 * Whether text[start, end) has the first code unit and length of a trigger word outside the trie
 * (OTHER_SHAPES): a necessary condition for it to be one, so a word that fails it names no rule.
 */
function mayBeOther(text: string, start: number, end: number): boolean {
  const lengths = OTHER_SHAPES.get(text.charCodeAt(start));
  return lengths !== undefined && lengths.has(end - start);
}

const LETTER = /^\p{L}$/u;
/** Whether each code point above ASCII is a letter (\p{L}), asked once per code point. */
const WIDE_LETTERS = new Map<number, boolean>();
/**
 * The UTF-16 width (1, or 2 for a surrogate pair) of the code point at `k` when it belongs to a
 * word of PIECE_WORDS (a letter or "-"), else 0: the same runs as the regex, code point by code point.
 */
function wordCharWidth(text: string, k: number): number {
  const c = text.charCodeAt(k);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 45 ? 1 : 0;
  const cp = text.codePointAt(k)!;
  let letter = WIDE_LETTERS.get(cp);
  if (letter === undefined) WIDE_LETTERS.set(cp, (letter = LETTER.test(String.fromCodePoint(cp))));
  return letter ? (cp > 0xffff ? 2 : 1) : 0;
}

/**
 * The last ~90 characters (trigger and filler never take more) of the stretch [from, to) of the
 * sentence's text, and what its words name: the sentence's words clipped to the tail. A word cut by
 * the tail's edge is read again on its own piece, so the words are exactly those a search of the
 * tail's text finds.
 */
function tailIn(text: string, sw: SentenceWords, from: number, to: number): Tail {
  const tf = to - from > 90 ? to - 90 : from;
  const tail = text.slice(tf, to);
  const firstAt: number[] = [];
  const firstRules: Array<readonly number[]> = [];
  const named = new Uint8Array(PAIR_RULES.length);
  // The first word that ends after the tail's start.
  let lo = 0;
  let hi = sw.ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sw.ends[mid]! <= tf) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < sw.starts.length && sw.starts[k]! < to; k++) {
    const ws = sw.starts[k]!;
    const we = sw.ends[k]!;
    if (ws >= tf && we <= to) {
      noteWord(named, firstAt, firstRules, sw.named[k], ws - tf);
      continue;
    }
    const at = Math.max(ws, tf);
    const piece = text.slice(at, Math.min(we, to));
    PIECE_WORDS.lastIndex = 0;
    for (let m = PIECE_WORDS.exec(piece); m !== null; m = PIECE_WORDS.exec(piece)) noteWord(named, firstAt, firstRules, WORD_RULES.get(m[0]), at - tf + m.index);
  }
  return { text: tail, firstAt, firstRules, named, runStarts: undefined };
}

/**
 * Records what a word of the tail at `at` names (for tailIn): a module function rather than a
 * closure made per tail, as tsx (esbuild keepNames) wraps every named closure in a `__name` call
 * (an Object.defineProperty) each time it is made.
 */
function noteWord(named: Uint8Array, firstAt: number[], firstRules: Array<readonly number[]>, info: WordRules | undefined, at: number): void {
  if (!info) return;
  for (const rule of info.rules) named[rule] = 1;
  if (info.firsts) {
    firstAt.push(at);
    firstRules.push(info.firsts);
  }
}
const PIECE_WORDS = /[\p{L}\-]+/gu;
/** The code units that may stand right before a sticky trigger (besides the tail's start). */
const BEFORE_TRIGGER = /[\s’']/u;

/**
 * Where `between` (the text from source to target) states the rule's trigger: the text before the
 * trigger, or null when it does not state it. For a `before` rule the leftmost match is found by
 * trying the sticky pattern at each place a match can start (a word of the tail that opens one of
 * the rule's alternatives), in text order: the same match the unanchored search finds, without
 * running the pattern at every other offset.
 */
function triggers(rule: PairRule, index: number, between: string, tail: Tail | undefined): string | null {
  const re = rule.between as WithWords & EndsWith;
  const words = re.words;
  if (!words) {
    const unless = re.unless;
    if (!unless) return re.test(between) ? '' : null;
    const m = re.exec(between);
    if (!m) return null;
    // The words that undo it, between the last ".", ";" or ":" before the match and the match.
    let cut = m.index;
    while (cut > 0 && !STOPS.has(between.charCodeAt(cut - 1))) cut--;
    return unless.test(between.slice(cut, m.index)) ? null : '';
  }
  // The caller reads the tail for every rule with trigger words.
  if (!tail || tail.named[index] !== 1) return null;
  const at = re.at;
  if (!at) {
    const m = rule.between.exec(tail.text);
    return m ? tail.text.slice(0, m.index) : null;
  }
  const text = tail.text;
  // A match ends with white space (the trigger's `\s+`, or FILLER's after its last piece) at the tail's end.
  if (text.length === 0 || !isSpaceCode(text.charCodeAt(text.length - 1))) return null;
  const runs = re.runs!;
  for (let q = 0; q < tail.firstAt.length; q++) {
    if (!tail.firstRules[q]!.includes(index)) continue;
    const start = tail.firstAt[q]!;
    const from = start === 0 ? 0 : start - 1;
    // Only "^" or one of [\s’'] may stand right before the trigger.
    if (from !== start && !BEFORE_TRIGGER.test(text[from]!)) continue;
    // More runs of white space from here to the end than a match holds: no match here.
    if (spaceRunsFrom(tail, from) > runs) continue;
    at.lastIndex = from;
    if (at.test(text)) return text.slice(0, from);
  }
  return null;
}

/**
 * The runs of white space (`\s+`, maximal) in the tail's text from offset `from` to its end, a run
 * that opens before `from` counted from there: read from the tail's suffix counts, made on first ask.
 */
function spaceRunsFrom(tail: Tail, from: number): number {
  let counts = tail.runStarts;
  const text = tail.text;
  if (counts === undefined) {
    // counts[i]: the runs that start at an offset ≥ i (a white space code unit after one that is not, or at 0).
    counts = tail.runStarts = new Uint8Array(text.length + 1);
    let after = 0;
    for (let i = text.length - 1; i >= 0; i--) {
      if (isSpaceCode(text.charCodeAt(i)) && (i === 0 || !isSpaceCode(text.charCodeAt(i - 1)))) after++;
      counts[i] = after;
    }
  }
  const space = isSpaceCode(text.charCodeAt(from));
  // A run that holds `from` but opens before it is one more from here.
  return counts[from]! + (space && from > 0 && isSpaceCode(text.charCodeAt(from - 1)) ? 1 : 0);
}

/** ".", ";" and ":", which end the stretch an `unless` guard reads (`endingWith`). */
const STOPS: ReadonlySet<number> = new Set([46, 59, 58]);

/**
 * Whether the code unit is one `\s` matches (ECMAScript white space and line terminators), read
 * without a regex.
 */
export function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * The `endingWith` words (their bits in ENDS_BITS) that `text` reads right before offset `to`: the
 * word, white space, and optionally "the" and white space ("… to ", "… to the "). A necessary
 * condition of every rule regex ending so, asked once per target instead of per pair and rule.
 */
function endWordsBefore(text: string, to: number): number {
  let e = to;
  while (e > 0 && isSpaceCode(text.charCodeAt(e - 1))) e--;
  if (e === to) return 0;
  let mask = endWordAt(text, e);
  if (e >= 3 && text.startsWith('the', e - 3)) {
    let f = e - 3;
    while (f > 0 && isSpaceCode(text.charCodeAt(f - 1))) f--;
    if (f < e - 3) mask |= endWordAt(text, f);
  }
  return mask;
}
/** The bits of the `endingWith` words that end at offset `e` of `text`. */
function endWordAt(text: string, e: number): number {
  let mask = 0;
  for (const [word, bit] of END_WORDS) if (e >= word.length && text.startsWith(word, e - word.length)) mask |= bit;
  return mask;
}

export const PAIR_RULES: readonly PairRule[] = [
  { rule: 'visit-verb', type: 'VISITS', source: ['PERSON'], target: PLACE, between: before('visit|visits|visited|visiting|arrive in|arrives in|arrived in|arriving in|travel to|travels to|travelled to|traveled to|travelling to|trip to|visit to|tour|toured|touring|flew to|flew into|flew on to|flies to|flies on to|fly to|flying to|flown to|landed in|lands in|went to|headed to|stopped in|arrived at|arrive at|en route to', String.raw`(?:before|after|while|when|until|once)\s+(?:\p{L}+\s+){0,2}\p{L}+`), confidence: 0.8 },
  { rule: 'arrived-at-venue-in', type: 'VISITS', source: ['PERSON'], target: PLACE, between: withWords(/\b(?:arrived|arrives|arriving|arrive)\s+(?:at|outside)\s+(?:the|a|an)\s+(?:[\p{Ll}\-]+\s+){0,3}?(?:court|courthouse|headquarters|embassy|parliament|palace|airport|hotel|hospital|building|offices?|ministry|station|venue|stadium|summit|talks|meeting|conference)\s+(?:in|of)\s+(?:the\s+)?$/u, 'arrived|arrives|arriving|arrive'), confidence: 0.7 },
  // "visited a hospital in P", "toured a factory near P": the venue's place is where the visitor went.
  { rule: 'visited-venue-in', type: 'VISITS', source: ['PERSON'], target: PLACE, between: withWords(/\b(?:visited|visits|visiting|toured|tours|touring)\s+(?:a|an|the)\s+(?:[\p{Ll}\-]+\s+){0,2}?(?:hospital|hospitals|school|schools|factory|plant|camp|camps|site|village|villages|base|mosque|church|temple|market|shelter|shelters|port|mine|farm|university|museum|clinic|refinery|shipyard|embassy|headquarters|memorial|cemetery|border crossing|front line)\s+(?:in|near|outside)\s+(?:the\s+)?$/u, 'visited|visits|visiting|toured|tours|touring'), confidence: 0.7 },
  // A telephone call is no meeting (the keys' convention: "telephoned X to congratulate him" gives no MEETS).
  { rule: 'meet-verb', type: 'MEETS', source: ['PERSON'], target: ['PERSON'], between: before('met|meet|meets|meeting|met with|meet with|meets with|held talks with|holds talks with|talks with|sat down with|spoke with|speaks with|talked with'), confidence: 0.75 },
  { rule: 'raise-with', type: 'MEETS', source: ['PERSON'], target: ['PERSON'], between: withWords(/\braised\s+(?:the\s+|it\s+|this\s+|his\s+|her\s+|their\s+)?(?:[\p{Ll}\-]+\s+){0,3}(?:personally\s+|directly\s+|privately\s+)?with\s+$/u, 'raised'), confidence: 0.6 },
  // Winning a prize or an election is no attending (the keys: 140, 141 and the election articles).
  { rule: 'attend-event', type: 'ATTENDS', source: ['PERSON', 'ORGANIZATION'], target: ['EVENT'], between: before('attend|attends|attended|attending|met at|meet at|spoke at|speak at|speaks at|address|addressed|addresses|joined|join|joins|took part in|takes part in|take part in|participated in|competed in|competes in'), confidence: 0.75 },
  { rule: 'event-visit', type: 'ATTENDS', source: ['PERSON'], target: ['EVENT'], between: before('for|on|during|make|makes|made|making|begin|begins|began|start|starts|started|pay|pays|paid|paying', 'home|away|behind|absent|support|backing|sympathy|condolences|praise|blame|responsibility|appetite|enthusiasm'), confidence: 0.55 },
  { rule: 'event-at', type: 'ATTENDS', source: ['PERSON'], target: ['EVENT'], between: before('at'), confidence: 0.5 },
  // "the Tolva Summit in P", "the Tolva28 climate summit in P" (the event's name, then its kind noun).
  { rule: 'event-in-place', type: 'HELD_IN', source: ['EVENT'], target: PLACE, between: /^(?:\s+(?:[\p{Ll}\-]+\s+){0,2}?(?:summit|conference|talks|forum|meeting|congress|convention|festival|ceremony|games|tournament|championship|championships|exhibition|expo|fair))?,?\s+(?:in|held in|taking place in|took place in|will be held in|was held in|is held in|hosted in|hosted by|staged in|opened in|opens in|(?:is|was|are|were|has\s+been|remains)\s+(?:largely\s+|mainly\s+|mostly\s+)?(?:centred|centered)\s+(?:on|in))\s+(?:the\s+)?(?:(?:neighbouring|neighboring|nearby)\s+)?$/u, confidence: 0.8, adjacent: true },
  { rule: 'accuse-verb', type: 'ACCUSES', source: PARTY, target: PARTY, between: before('accused|accuses|accuse|accusing|blamed|blames|blame|charged'), confidence: 0.8 },
  { rule: 'sanction-verb', type: 'SANCTIONS', source: PARTY, target: PARTY, between: before('sanctioned|sanctions|sanction|sanctions against|sanctions on|imposed sanctions on|imposes sanctions on|penalties on|tariffs on|blacklisted|blacklists|embargo on|embargo against|froze the assets of|freezes the assets of'), confidence: 0.75 },
  { rule: 'support-verb', type: 'SUPPORTS', source: PARTY, target: PARTY, between: before('backed|backs|back|supported|supports|support for|endorsed|endorses|has offered|offered|aid to|aided|help|helped|helps|defended|defends|sided with|sides with|siding with|stood by|stands by|in support of|funded|funds|financed|finances|bankrolled|bankrolls|sponsored|sponsors'), confidence: 0.7 },
  { rule: 'fight-alongside', type: 'SUPPORTS', source: PARTY, target: PARTY, between: withWords(/\b(?:fought|fights|fight|fighting|campaigned|campaigns|battled|battles|lobbied|argued|stood|stands)\b[^.;:]{0,30}\balongside\s+(?:the\s+)?$/u, 'alongside'), confidence: 0.6 },
  { rule: 'oppose-verb', type: 'OPPOSES', source: PARTY, target: PARTY, between: before('opposed|opposes|oppose|criticised|criticized|criticises|criticizes|condemned|condemns|to counter|countering|rejected|rejects|campaign against|campaigns against|campaigned against|campaigning against|sued|sues|suing|filed a lawsuit against|filed suit against|filed a complaint against|took legal action against|takes legal action against|launched legal action against|brought a case against|brought a lawsuit against|intervened against|intervenes against|intervening against'), confidence: 0.65 },
  { rule: 'warn-verb', type: 'WARNS', source: PARTY, target: PARTY, between: before('warned|warns|warn|cautioned'), confidence: 0.75 },
  { rule: 'export-to', type: 'EXPORTS_TO', source: ['COUNTRY', 'ORGANIZATION', 'CITY', 'REGION'], target: ['COUNTRY', 'REGION', 'CITY', 'ORGANIZATION'], between: endingWith(/\b(?:export|exports|exported|exporting|sells|sell|sold|selling|ships|shipped|shipping)\b(?![^.;:]{0,60}\b(?:rights|licen[cs]es?|stakes?|shares|holdings?|business|businesses|unit|division|subsidiary|assets|company|brand|franchise)\b)[^.;:]{0,60}\bto\s+(?:the\s+)?$/u, 'to'), confidence: 0.7 },
  { rule: 'import-from', type: 'EXPORTS_TO', source: ['COUNTRY', 'ORGANIZATION', 'CITY', 'REGION'], target: ['COUNTRY', 'REGION', 'CITY', 'ORGANIZATION'], between: endingWith(/\b(?:import|imports|imported|importing|buys|buy|bought|buying|purchases|purchased)\b(?![^.;:]{0,60}\b(?:rights|licen[cs]es?|stakes?|shares|holdings?|business|businesses|unit|division|subsidiary|assets|company|brand|franchise)\b)[^.;:]{0,60}\bfrom\s+(?:the\s+)?$/u, 'from'), confidence: 0.7, reverse: true },
  { rule: 'supply-to', type: 'SUPPLIES', source: ['PROJECT', 'ORGANIZATION', 'COUNTRY'], target: ['COUNTRY', 'REGION', 'CITY', 'ORGANIZATION'], between: endingWith(/\b(?:supply|supplies|supplying|deliver|delivers|delivering|divert|diverts|carry|carries|carrying|bring|brings|bringing|pipe|pipes|piping|send|sends|sending|provide|provides|providing|power|powers|(?<!\b(?:ever|been|being|was|were|is|are)\s)(?:supplied|delivered|carried|brought|piped|sent|provided)(?!\s+from\b))\b[^.;:]{0,70}\bto\s+(?:the\s+)?$/u, 'to', /\b(?:accused|accuses|accuse|accusing|alleged|alleges|alleging|allegedly|claimed|claims|claiming|suspected|suspects|suspecting|stop|stops|stopped|stopping|halt|halts|halted|cease|ceases|ceased|suspend|suspends|suspended|consider|considers|considered|considering|reconsider|reconsiders|reconsidered|reconsidering|question|possibility|prospect|whether)\b/u), confidence: 0.65 },
  { rule: 'infrastructure-connects', type: 'CONNECTS', source: ['PROJECT'], target: PLACE, between: before('connect|connects|connecting|connected|link|links|linking|linked|join|joins|joining|between|from', JOURNEY_VERBS), confidence: 0.75 },
  { rule: 'infrastructure-connects-with', type: 'CONNECTS', source: ['PROJECT'], target: PLACE, between: withWords(/\b(?:connect|connects|connecting|connected|link|links|linking|linked)\b[^.;:]{0,40}\swith\s+(?:the\s+)?$/u, 'with'), confidence: 0.65 },
  { rule: 'infrastructure-under', type: 'PASSES_THROUGH', source: ['PROJECT'], target: ['REGION'], between: before('under|beneath|runs under|run under|running under|ran under|runs along|run along|along'), confidence: 0.7 },
  { rule: 'infrastructure-via', type: 'PASSES_THROUGH', source: ['PROJECT'], target: PLACE, between: before('via|through|across|crossing|crosses|traverses|traversing'), confidence: 0.75 },
  { rule: 'war-on', type: 'WAGES_WAR_ON', source: ['COUNTRY', 'ORGANIZATION'], target: ['COUNTRY', 'CITY', 'REGION', 'ORGANIZATION'], between: before('war against|war on|war with|invasion of|invaded|invades|invade|offensive against|strikes on|bombed|bombing of|shelled|shells|shelling of|fired missiles at|fired rockets at|air strikes on|airstrikes on|drone strikes on|missile strikes on|drone attacks on|at war with'), confidence: 0.75 },
  // "struck", "attacked": also said of a spacecraft, a storm or hackers, so a war only with a state on one side.
  { rule: 'war-strike', type: 'WAGES_WAR_ON', source: ['COUNTRY'], target: ['COUNTRY', 'CITY', 'REGION'], between: before('assault on|attack on|attacks on|attacked|attacks|struck', 'of|after|following|amid|despite'), confidence: 0.7 },
  // "A and B strike Tolva Front targets", "Peru bombed the Tolva Front": a state's strikes on a group act against it (WAGES_WAR_ON is between states).
  { rule: 'strike-group', type: 'OPPOSES', source: ['COUNTRY'], target: ['ORGANIZATION'], between: before('strike|strikes|struck|attacked|attacks|bombed|bombs|bomb|hit|hits|launched strikes on|launched strikes against|carried out strikes on|carried out strikes against|launched air strikes on|launched air strikes against', 'of|after|following|amid|despite|to'), confidence: 0.6 },
  { rule: 'war-strike-on-state', type: 'WAGES_WAR_ON', source: ['ORGANIZATION'], target: ['COUNTRY'], between: before('assault on|attack on|attacks on|attacked|attacks|struck'), confidence: 0.65 },
  // "Russia’s war in Ukraine", "Peru’s full-scale invasion in …": the possessor wages the war on the place.
  { rule: 'possessive-war-in', type: 'WAGES_WAR_ON', source: ['COUNTRY'], target: ['COUNTRY'], between: withWords(/^[’']s\s+(?:(?:full-scale|ongoing|brutal|illegal|unprovoked|continuing|military)\s+)?(?:war|invasion|offensive)\s+in\s+(?:the\s+)?$/u, 'war|invasion|offensive'), confidence: 0.7 },
  { rule: 'discuss-topic', type: 'DISCUSSES', source: ['PERSON', 'COUNTRY', 'GOVERNMENT_BODY', 'ORGANIZATION'], target: ['PROJECT', 'EVENT', 'ORGANIZATION'], between: before('discuss|discusses|discussed|discussing|broach the issue of|broach|raise the issue of|raised the issue of|raise|raised|talk about|talked about'), confidence: 0.65 },
  { rule: 'announce-event', type: 'ANNOUNCES', source: ['PERSON', 'GOVERNMENT_BODY', 'ORGANIZATION', 'COUNTRY'], target: ['EVENT'], between: before('announced|announces|announce|unveiled|unveils'), confidence: 0.7 },
  // "announced what he called a “special operation”": the event named by its own quoted name.
  { rule: 'announce-what-called', type: 'ANNOUNCES', source: ['PERSON', 'GOVERNMENT_BODY', 'ORGANIZATION', 'COUNTRY'], target: ['EVENT'], between: withWords(/\b(?:announced|announces|launched|launches|declared|declares|ordered|orders)\s+what\s+(?:he|she|it|they)\s+(?:called|calls|termed|terms|dubbed|dubs)\s+(?:a|an|the)\s+[“"‘']?$/u, 'what'), confidence: 0.6 },
  { rule: 'develop-verb', type: 'DEVELOPS', source: ['ORGANIZATION', 'GOVERNMENT_BODY', 'COUNTRY', 'PERSON'], target: ['PROJECT'], between: before('developed|develops|develop|developing|built|builds|build|building|designed|designs|design|operates|operated|operate|runs|ran|sent|sends|launched|launches|launch|constructed|constructs|construct|financed|finances|funded|funds', String.raw`which|which\s[^,;.]*\band`), confidence: 0.65 },
  // "P, which was built by X", "P was built for the agency by X", "P, directed by X" (a passive maker; "is owned by" is round10-structure's).
  { rule: 'developed-by', type: 'DEVELOPS', source: ['ORGANIZATION', 'GOVERNMENT_BODY', 'COUNTRY', 'PERSON'], target: ['PROJECT'], between: /^,?\s+(?:(?:(?:which|that)\s+(?:was|is|has been)\s+)?(?:developed|built|designed|operated|run|launched|constructed|financed|funded|owned|directed|produced|made|manufactured|created)|(?:was|is|were|are|has been|had been|have been)\s+(?:developed|built|designed|launched|constructed|financed|funded|directed|produced|made|manufactured|created))(?:\s+for\s+(?:the|its|their)\s+\p{Ll}+)?\s+by\s+(?:the\s+)?$/u, confidence: 0.7, reverse: true },
  // "Vale Labs, the company behind P", "Orrin, the start-up that built P": the apposition names the maker.
  { rule: 'company-behind', type: 'DEVELOPS', source: ['ORGANIZATION', 'GOVERNMENT_BODY'], target: ['PROJECT'], between: withWords(/^,\s+(?:the|a|an)\s+(?:[\p{Ll}\-]+\s+){0,2}?(?:company|firm|group|start-up|startup|developer|maker|lab|laboratory|agency|team|studio|manufacturer)\s+(?:behind|that\s+(?:makes|made|built|builds|developed|develops|created|creates|designed|designs))\s+(?:the\s+)?$/u, 'behind|makes|made|built|builds|developed|develops|created|creates|designed|designs'), confidence: 0.65, adjacent: true },
  { rule: 'land-on', type: 'LANDS_ON', source: ['PROJECT', 'COUNTRY', 'ORGANIZATION'], target: [...PLACE, 'PROJECT'], between: before('landed on|landed near|landed at|lands on|land on|landing on|touched down on|touched down near|touched down at|touches down on|touch down on', 'failed to|fails to|trying to|tried to|attempt to|attempting to|bid to'), confidence: 0.7 },
  // "The capsule of the Orsk-6 probe came down in P", "Orsk-6 touched down on 2 June in P", "has landed in the grasslands of P".
  { rule: 'land-in', type: 'LANDS_ON', source: ['PROJECT', 'COUNTRY', 'ORGANIZATION'], target: [...PLACE, 'PROJECT'], between: withWords(/(?<!\b(?:failed|fails|trying|tried|attempt|attempting|bid)\s+to\s+)\b(?:landed|lands|land|touched\s+down|touches\s+down|came\s+down|comes\s+down|splashed\s+down)\s+(?:on\s+(?:\d{1,2}\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+(?:\s+\d{1,2})?)\s+)?(?:in|on|at|near)\s+(?:the\s+)?(?:(?:[\p{Ll}\-]+\s+){1,2}of\s+(?:the\s+)?)?$/u, 'landed|lands|land|down'), confidence: 0.65 },
  { rule: 'expel-verb', type: 'EXPELS', source: ['COUNTRY', 'GOVERNMENT_BODY'], target: ['COUNTRY', 'PERSON'], between: before('expelled|expels|expel|expelling|ordered out|ordered the expulsion of'), confidence: 0.7 },
  // Writing only: a person who "told the Tolva News that …" or spoke "in an interview with the X Review" is a source of the publication, not its writer.
  { rule: 'write-for', type: 'WRITES_FOR', source: ['PERSON'], target: ['PUBLICATION', 'NEWS_AGENCY'], between: before('article for|articles for|op-ed for|column for|wrote for|writes for|writing for|wrote in|writes in|writing in|article in|an article for'), confidence: 0.6 },
  { rule: 'partner-verb', type: 'PARTNERS_WITH', source: PARTY, target: PARTY, between: before('cooperating with|cooperated with|cooperates with|co-operating with|co-operated with|coordinating closely with|coordinated closely with|coordinating with|coordinated with|coordinates with|working closely with|worked closely with|works closely with|partnered with|partners with|partnering with|teamed up with|joined forces with|allied with'), confidence: 0.6 },
  // "China worked with Peru, Chile and the Andean Agency on the mission", "Acme said it was working with Vale to …".
  { rule: 'work-with', type: 'PARTNERS_WITH', source: ['COUNTRY', 'GOVERNMENT_BODY', 'ORGANIZATION'], target: ['COUNTRY', 'GOVERNMENT_BODY', 'ORGANIZATION'], between: before('worked with|works with|working with|work with|worked together with|working together with|collaborated with|collaborates with|collaborating with|collaborate with|cooperate with|co-operate with|partner with'), confidence: 0.6 },
  { rule: 'trade-with', type: 'TRADES_WITH', source: PARTY, target: PARTY, between: before('trade with|trades with|trading with|trading partner of|trade ties with'), confidence: 0.65 },
  { rule: 'observe-event', type: 'OBSERVES', source: PARTY, target: ['EVENT'], between: before('observe|observes|observed|observing|closely observe|closely observed|closely watch|closely watched|watch|watches|watched|watching|monitor|monitors|monitored|monitoring|closely monitor|closely monitored|keep a close eye on|kept a close eye on'), confidence: 0.6 },
  { rule: 'concern-about', type: 'CONCERNED_ABOUT', source: PARTY, target: [...PARTY, 'EVENT', 'PROJECT'], between: before('concern about|concern over|concerns about|concerns over|concerned about|concerned over|worried about|worries about|alarmed at|alarmed by|alarm over|fears about|fears over|concerned by|troubled by|disturbed by|worried by'), confidence: 0.6 },
  { rule: 'concern-that', type: 'CONCERNED_ABOUT', source: PARTY, target: [...PARTY, 'EVENT', 'PROJECT'], between: withWords(/\b(?:raised|raises|raising|voiced|voices|voicing|expressed|expresses|expressing)\s+(?:(?:serious|grave|deep|growing|strong|particular|repeated|its|his|her|their|some)\s+)*concerns?\s+(?:that|about|over|regarding|at)\s+(?:(?:the|a|an|some|many|several|one|all|most|of)\s+)*(?:(?:its|his|her|their)\s+)?$/u, 'concern|concerns'), confidence: 0.6 },
  { rule: 'mediate-verb', type: 'MEDIATES', source: PARTY, target: [...PARTY, 'EVENT'], between: before('mediated|mediates|mediate|mediating|brokered|brokers|broker|brokering|mediator in|mediator between|peace talks on'), confidence: 0.6 },
  { rule: 'invite-verb', type: 'INVITES', source: PARTY, target: ['PERSON', 'COUNTRY', 'ORGANIZATION'], between: before('invited|invites|invite|inviting'), confidence: 0.65 },
  { rule: 'supply-with', type: 'SUPPLIES', source: PARTY, target: PARTY, between: before('supplying|supplies|supplied|supply|providing|provides|provided|provide|arming|armed|arms'), confidence: 0.55 },
  { rule: 'fine-verb', type: 'FINES', source: ['GOVERNMENT_BODY', 'ORGANIZATION', 'COUNTRY', 'CITY'], target: PARTY, between: before('fined|fines|fine|imposed a fine on|imposes a fine on|fine on|fine against|penalised|penalized'), confidence: 0.65 },
  { rule: 'rule-against', type: 'RULES_AGAINST', source: ['GOVERNMENT_BODY', 'ORGANIZATION'], target: PARTY, between: before('ruled against|rules against|ruling against|decided against|found against|dismissed the appeal of|rejected the appeal of|annulled|struck down'), confidence: 0.65 },
  { rule: 'city-in-area', type: 'PART_OF', source: ['CITY'], target: ['COUNTRY', 'REGION'], between: /^,\s+$/u, confidence: 0.7, adjacent: true },
  { rule: 'city-apposition-in', type: 'PART_OF', source: ['CITY'], target: ['COUNTRY', 'REGION'], between: /^,\s+(?:the|a|an)\s+(?:[\p{Ll}\-]+\s+){0,3}(?:city|town|port|capital|village|municipality|suburb)\s+(?:in|of)\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|central|north-eastern|north-western|south-eastern|south-western)\s+)?$/u, confidence: 0.65, adjacent: true },
  { rule: 'parent-company', type: 'PART_OF', source: ['ORGANIZATION', 'PUBLICATION', 'NEWS_AGENCY'], target: ['ORGANIZATION'], between: /^(?:\s+and\s+its|[’']s)\s+(?!(?:former|ex|erstwhile|one-time|previous)\b)(?:[\p{Ll}\-]+\s+)?(?:parent|owner|holding company)(?:\s+(?:company|group|firm|corporation))?,?\s+(?:the\s+)?$/u, confidence: 0.7, adjacent: true },
  { rule: 'subsidiary-of', type: 'PART_OF', source: ['ORGANIZATION', 'PUBLICATION', 'NEWS_AGENCY'], target: ['ORGANIZATION'], between: /^,\s+(?:(?:a|an|the)\s+(?:[\p{Ll}\-]+\s+){0,2}(?:subsidiary|unit|division|arm|affiliate)\s+of|(?:which\s+is\s+|which\s+was\s+)?(?:owned|controlled)\s+by)\s+(?:the\s+)?$/u, confidence: 0.65, adjacent: true },
  { rule: 'sign-agreement-with', type: 'SIGNS_AGREEMENT_WITH', source: PARTY, target: PARTY, between: withWords(/\b(?:signed|signs|sign|reached|reach|struck|strike|concluded|agreed)\b[^.;:]{0,50}\b(?:agreement|deal|accord|treaty|pact|contract|memorandum)\s+with\s+(?:the\s+)?(?:\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*)?[’']s\s+(?:the\s+)?)?$/u, 'agreement|deal|accord|treaty|pact|contract|memorandum'), confidence: 0.75 },
  { rule: 'agreed-to-buy', type: 'SIGNS_AGREEMENT_WITH', source: ['ORGANIZATION', 'COUNTRY', 'GOVERNMENT_BODY'], target: ['ORGANIZATION'], between: withWords(/\b(?:agreed|agrees|(?:reached|struck|signed|agreed)\s+(?:a|an)\s+(?:[\p{Ll}\-$\d.,]+\s+){0,2}?(?:deal|agreement))\s+(?:in\s+\p{Lu}\p{Ll}+(?:\s+\d{4})?\s+|on\s+\p{Lu}\p{Ll}+\s+|last\s+\p{Ll}+\s+)?to\s+(?:buy|acquire|purchase|take\s+over|merge\s+with)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}\-]+[’']s\s+)?$/u, 'buy|acquire|purchase|over|merge|with'), confidence: 0.7 },
  { rule: 'based-in', type: 'BASED_IN', source: ['ORGANIZATION', 'PUBLICATION', 'NEWS_AGENCY', 'GOVERNMENT_BODY'], target: PLACE, between: before('based in|headquartered in|head office in|offices in'), confidence: 0.75 },
  // "at the Acme Group’s headquarters in P", "Acme’s European headquarters are in P": a body's headquarters (not a former one) are where it is based.
  { rule: 'headquarters-in', type: 'BASED_IN', source: ['ORGANIZATION', 'PUBLICATION', 'NEWS_AGENCY', 'GOVERNMENT_BODY'], target: PLACE, between: withWords(/^(?:[’']s|[’'])\s+(?:(?:main|global|world|regional|european|national|\p{Lu}\p{Ll}+)\s+)?(?:headquarters|head\s+office|main\s+office)\s+(?:(?:are|is|were|was|remain|remains)\s+)?in\s+(?:the\s+)?$/u, 'headquarters|office'), confidence: 0.7, adjacent: true },
  { rule: 'possessive-body', type: 'PART_OF', source: ['GOVERNMENT_BODY'], target: PLACE, between: /^[’']s\s+$/u, confidence: 0.8, reverse: true, adjacent: true },
  { rule: 'partnership-between', type: 'PARTNERS_WITH', source: PARTY, target: PARTY, between: /^\s+and\s+$/u, confidence: 0.7, adjacent: true },
  { rule: 'agreement-between', type: 'SIGNS_AGREEMENT_WITH', source: PARTY, target: PARTY, between: /^\s+and\s+$/u, confidence: 0.65, adjacent: true },
  { rule: 'talks-between', type: 'MEETS', source: ['PERSON'], target: ['PERSON'], between: /^\s+and\s+$/u, confidence: 0.6, adjacent: true },
  { rule: 'trade-between', type: 'TRADES_WITH', source: PARTY, target: PARTY, between: /^\s+and\s+$/u, confidence: 0.6, adjacent: true },
  { rule: 'host-verb', type: 'MEETS', source: ['PERSON'], target: ['PERSON'], between: before('hosted|hosts|host|welcomed|welcomes|welcome|received|receives|greeted|greets|hugged|hugs|embraced|embraces'), confidence: 0.6 },
  { rule: 'infrastructure-ends', type: 'CONNECTS', source: ['PROJECT'], target: PLACE, between: before('from|to|into|reach|reaches|reaching', JOURNEY_VERBS), confidence: 0.55 },
];

/** The adjacent rules (their places in PAIR_RULES). */
const ADJACENT_RULES: readonly number[] = PAIR_RULES.flatMap((rule, index) => (rule.adjacent ? [index] : []));
/** The settled rules of the target at hand (see the pair loop): one buffer, the loop is never re-entered. */
const SETTLED = new Uint8Array(PAIR_RULES.length);
/** Each `endingWith` word and its bit (`endWordsBefore`). */
const END_WORDS = new Map<string, number>();
/** Per rule of PAIR_RULES, the bit of the word its regex must end with (`endingWith`), else 0. */
const ENDS_BITS = Int32Array.from(PAIR_RULES, (rule) => {
  const word = (rule.between as EndsWith).ends;
  if (word === undefined) return 0;
  let bit = END_WORDS.get(word);
  if (bit === undefined) {
    if (END_WORDS.size >= 30) throw new Error(`pair rules: more than 30 words in endingWith (at ${rule.rule})`);
    END_WORDS.set(word, (bit = 1 << END_WORDS.size));
  }
  return bit;
});
/** Per rule of PAIR_RULES, 1 when its regex carries trigger words (`before`, `withWords`). */
const WORDED = Uint8Array.from(PAIR_RULES, (rule) => ((rule.between as WithWords).words ? 1 : 0));
/** The types a rule may still fire for inside an allegation. */
const ALLEGATION_TYPES: ReadonlySet<RelationshipType> = new Set<RelationshipType>(['ACCUSES', 'WARNS']);

const COUNTRY_ONLY: readonly EntityType[] = ['COUNTRY'];
/**
 * The rules, in the order of PAIR_RULES, whose source and target a pair's ends can fill, by the
 * ends' kinds (`endKind`: the entity's type, "CITY+" for a city that stands for its country, "
 * virtual" for a demonym or pronoun; '' for no entity) and whether the target is a person whose
 * government stands for its country: exactly the rules for which `fill` finds both ends (and a
 * reverse rule only between two mentions), computed once per combination.
 */
const RULES_BY_KINDS: Array<Array<readonly number[] | undefined>> = [];
/** Each end kind's number, its place in KIND_NAMES (so a pair's rules are found by two array reads). */
const KIND_IDS = new Map<string, number>();
const KIND_NAMES: string[] = [];
function kindId(kind: string): number {
  let id = KIND_IDS.get(kind);
  if (id === undefined) {
    KIND_IDS.set(kind, (id = KIND_NAMES.length));
    KIND_NAMES.push(kind);
  }
  return id;
}
function rulesForKinds(sourceKind: number, targetKind: number, government: boolean): readonly number[] {
  const row = (RULES_BY_KINDS[sourceKind] ??= []);
  const slot = targetKind * 2 + (government ? 1 : 0);
  const known = row[slot];
  if (known) return known;
  const [source, target] = [KIND_NAMES[sourceKind]!, KIND_NAMES[targetKind]!];
  const parse = (kind: string) => ({ type: kind.split(' ')[0]!.replace('+', ''), capital: kind.startsWith('CITY+'), virtual: kind.endsWith(' virtual'), none: kind === '' });
  const [a, b] = [parse(source), parse(target)];
  const fills = (end: typeof a, allowed: readonly string[]) => !end.none && (allowed.includes(end.type) || (end.capital && allowed.includes('COUNTRY')));
  const rules = PAIR_RULES.flatMap((rule, index) => {
    if (rule.reverse) return !a.virtual && !b.virtual && fills(b, rule.source) && fills(a, rule.target) ? [index] : [];
    return fills(a, rule.source) && ((government && rule.target.includes('COUNTRY')) || fills(b, rule.target)) ? [index] : [];
  });
  row[slot] = rules;
  return rules;
}

/**
 * Each trigger word, the rules it names and those whose trigger it can open (in the order of
 * PAIR_RULES): a stretch's words are looked up once, not per rule. A sticky rule (`at`) is named
 * only by the first words of its alternatives: its match opens at one of them (see `triggers`), so
 * a stretch without one cannot state it, whatever its other words ("on" of "sanctions on" names
 * no rule by itself).
 */
const WORD_RULES = new Map<string, { rules: number[]; firsts: number[] | undefined }>();
PAIR_RULES.forEach((rule, index) => {
  const re = rule.between as WithWords;
  for (const w of re.words ?? []) {
    const opens = re.at !== undefined && re.firstWords!.has(w);
    if (re.at && !opens) continue;
    let info = WORD_RULES.get(w);
    if (!info) WORD_RULES.set(w, (info = { rules: [], firsts: undefined }));
    info.rules.push(index);
    if (opens) (info.firsts ??= []).push(index);
  }
});
/**
 * Whether the rule named `name` reads its trigger in `between`, the whole stretch from source to
 * target, as the pair loop decides it (its word and end tests, then its pattern): for the engine's
 * test, which holds the compiled tests to the patterns they stand for.
 */
export function statesTrigger(name: string, between: string): boolean {
  const index = PAIR_RULES.findIndex((rule) => rule.rule === name);
  if (index === -1) throw new Error(`pair rules: no rule ${name}`);
  const tail = WORDED[index] === 1 ? tailIn(between, sentenceWords(between), 0, between.length) : undefined;
  if (tail && tail.named[index] !== 1) return false;
  if (ENDS_BITS[index] !== 0 && (endWordsBefore(between, between.length) & ENDS_BITS[index]!) === 0) return false;
  return triggers(PAIR_RULES[index]!, index, between, tail) !== null;
}
/** Every trigger word of the pair rules (for the engine's test). */
export const pairTriggerWords = (): readonly string[] => [...WORD_RULES.keys()];
/** The trie's symbols: "a"–"z", then "-". */
const TRIE_SYMBOLS = 27;
/**
 * The trie of the trigger words made of "a"–"z" and "-" (`sentenceWords`): node 0 is the root,
 * TRIE_NEXT[node × 27 + symbol] the node after it (0 for none), TRIE_WORDS[node] what the word
 * ending there names.
 */
const { TRIE_NEXT, TRIE_WORDS, OTHER_SHAPES } = (() => {
  const next: number[] = new Array<number>(TRIE_SYMBOLS).fill(0);
  const words: Array<WordRules | undefined> = [undefined];
  /** The first code unit of each other trigger word, and the lengths of those that start with it (`mayBeOther`). */
  const others = new Map<number, Set<number>>();
  for (const [w, info] of WORD_RULES) {
    if (!/^[a-z-]+$/u.test(w)) {
      const lengths = others.get(w.charCodeAt(0));
      if (lengths) lengths.add(w.length);
      else others.set(w.charCodeAt(0), new Set([w.length]));
      continue;
    }
    let node = 0;
    for (let k = 0; k < w.length; k++) {
      const c = w.charCodeAt(k);
      const slot = node * TRIE_SYMBOLS + (c === 45 ? 26 : c - 97);
      if (next[slot] === 0) {
        next[slot] = words.length;
        words.push(undefined);
        for (let q = 0; q < TRIE_SYMBOLS; q++) next.push(0);
      }
      node = next[slot]!;
    }
    words[node] = info;
  }
  return { TRIE_NEXT: Int32Array.from(next), TRIE_WORDS: words, OTHER_SHAPES: others };
})();

/** A verb that takes "back" as its particle, right before it ("hands back", "was sent back", "hold back"). */
const PARTICLE_VERB_BEFORE = /\b(?:hands?|handed|handing|gave|give|gives|giving|sent|send|sends|sending|brought|bring|brings|bringing|came|come|comes|coming|paid|pay|pays|paying|fought|fight|fights|fighting|pushed|push|pushes|pushing|went|go|goes|going|got|get|gets|getting|won|win|wins|winning|flew|fly|flies|flying|turned|turn|turns|turning|looked|look|looks|stepped|step|steps|scaled|scale|scales|scaling|cut|cuts|cutting|rolled|roll|rolls|rolling|held|hold|holds|holding|pulled|pull|pulls|pulling|set|sets|put|puts|took|take|takes|taking|called|call|calls|calling|hit|hits|struck|strike|strikes|bounced|bounce|bounces|drew|draw|draws|drawing|wound|clawed|claw|claws|fell|fall|falls|falling|sat|sit|sits|stood|stand|stands|moved|move|moves|written|wrote|write|writes|given|taken)\s*$/u;

/** "<noun> between A and B", "talks in Lima on Monday between A and B": the noun that makes each "between" rule, compiled once. */
const BETWEEN_HEADS: Readonly<Record<string, RegExp>> = Object.fromEntries(
  Object.entries({
    'partnership-between': 'partnership|alliance|cooperation|ties|relations|partnerships|alliances',
    'agreement-between': 'agreement|agreements|deal|deals|treaty|treaties|accord|accords|contract|contracts|pact|pacts|memorandum|arrangement|arrangements',
    'talks-between': 'talks|meeting|summit|meetings|conversation',
    'trade-between': 'trade|commerce|trading',
  }).map(([rule, head]) => [rule, new RegExp(`\\b(?:${head})\\s+(?:(?:in|at|on|held\\s+in|last|this|earlier|later)\\s+[^,;:.]{1,40}?\\s+between|between|of)\\s+(?:the\\s+)?$`, 'u')]),
);

/**
 * "Peru ended the alliance between A and B", "the former partnership between A and B", "the end of
 * the ties between A and B": a partnership ended, past or only proposed is none. Tested on the
 * stretch before "between" only once `partnership-between`'s head noun has matched there.
 */
const PARTNERSHIP_UNDONE = /\b(?:(?:end|ends|ended|ending|break|breaks|broke|breaking|sever|severs|severed|severing|cut|cuts|cutting|scrap|scraps|scrapped|scrapping|abandon|abandons|abandoned|abandoning|dissolve|dissolves|dissolved|dissolving|suspend|suspends|suspended|suspending|quit|quits|quitting)\s+(?:off\s+)?(?:(?:the|its|their|a|an)\s+)?|(?:end|collapse|breakdown|break-up|breakup|dissolution|suspension)\s+of\s+(?:the\s+)?|(?:former|ex|erstwhile|one-time|onetime|previous|estranged|would-be|proposed|prospective|potential|possible)\s+)(?:[\p{Ll}\-]+\s+){0,2}?(?:partnership|partnerships|alliance|alliances|cooperation|ties|relations)\b[^,;:.]{0,60}$/u;

/** "a possible deal between A and B", "talks on an agreement between A and B": an agreement not (yet) made. */
const AGREEMENT_UNMADE = /\b(?:(?:would-be|proposed|prospective|potential|possible|planned|draft|mooted|rumoured|rumored|hypothetical|failed|collapsed|rejected)\s+(?:[\p{Ll}\-]+\s+){0,2}?|(?:talks|negotiations|negotiating|hopes|plans?)\s+(?:on|over|for|of|towards?)\s+(?:a|an|the|any)\s+(?:[\p{Ll}\-]+\s+){0,2}?)(?:agreement|agreements|deal|deals|treaty|treaties|accord|accords|contract|contracts|pact|pacts|memorandum|arrangement|arrangements)\s+(?:[^,;:.]{1,40}?\s+)?between\s+(?:the\s+)?$/iu;

/** Nouns for an event that, after "the", refer back to the last event named (as a target). */
const EVENT_NOUNS: ReadonlySet<string> = new Set(['trip', 'visit', 'summit', 'ceremony', 'tour', 'forum', 'conference', 'opening', 'gala']);
/** "links the city with …": the city last named (not "the city of X", which names it). */
const PLACE_NOUNS: ReadonlySet<string> = new Set(['city', 'town']);
/** "the agency that ran the mission": the project last named. */
const PROJECT_NOUNS: ReadonlySet<string> = new Set(['mission', 'pipeline', 'project', 'probe', 'spacecraft', 'bridge', 'railway', 'tunnel', 'dam', 'programme', 'program', 'telescope', 'reactor']);

/** The kind of entity "the <noun>" refers back to as a target, unless "of" follows and names it. */
function targetKindOf(noun: string, next: string | undefined): 'EVENT' | 'CITY' | 'PROJECT' | undefined {
  if (next === 'of') return undefined;
  if (EVENT_NOUNS.has(noun)) return 'EVENT';
  if (PLACE_NOUNS.has(noun)) return 'CITY';
  return PROJECT_NOUNS.has(noun) ? 'PROJECT' : undefined;
}
const LEADER_OFFICES: ReadonlySet<string> = new Set(['president', 'premier', 'chancellor', 'leader', 'king', 'queen', 'emir']);
/**
 * A token opening with a capital or with a lower-case letter (the token scan of pairRules). Module
 * constants: esbuild (scripts/run-compiled.mjs) turns a `\p{…}` regex literal into a `new RegExp`
 * call where it stands, so one inside a function is built again on every call.
 */
const OPENS_UPPER = /^\p{Lu}/u;
const OPENS_LOWER = /^\p{Ll}/u;
/** The tokens after which "he"/"she" opens a clause (besides "and" and the sentence's start). */
const PRONOUN_OPENERS: ReadonlySet<string> = new Set([',', '“', '"']);
/**
 * The types lists the token scan asks `lastOf` with, one array each: `lastOf` keeps its answers per
 * sentence and list (by identity), so a list made anew at each ask would never find its answer.
 */
const LAST_OF_KIND: Readonly<Record<'EVENT' | 'CITY' | 'PROJECT', readonly EntityType[]>> = { EVENT: ['EVENT'], CITY: ['CITY'], PROJECT: ['PROJECT'] };
const PERSON_ONLY: readonly EntityType[] = ['PERSON'];

/** "Kenyan president", "Kenyan prime minister" from token `k` (the demonym): the office and where it ends. */
function leaderPhrase(tokens: Sentence['tokens'], k: number): { office: string; end: number } | undefined {
  const a = tokens[k + 1];
  const b = tokens[k + 2];
  if (!tokens[k] || !OPENS_UPPER.test(tokens[k]!.text) || !a) return undefined;
  if (LEADER_OFFICES.has(a.text)) return { office: a.text, end: a.end };
  if (a.text === 'prime' && b?.text === 'minister') return { office: 'prime minister', end: b.end };
  return undefined;
}

/**
 * Whether a token may be a demonym of the gazetteer: every demonym there starts with a capital
 * (A–Z, or a letter beyond ASCII such as "Å"; a unit test holds the data package to it), so a
 * token that opens with another ASCII character is passed over without a lookup.
 */
export function mayBeDemonym(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c >= 65 && c <= 90) || c > 127;
}

/** Adverbs that may open a sentence before its "he"/"she" ("There he met …", "Later she flew …"). */
const OPENING_ADVERBS: ReadonlySet<string> = new Set(['There', 'Then', 'Later', 'Earlier', 'Afterwards', 'Also', 'Meanwhile']);

/** Kinds "It" may stand for at the start of a sentence (never a person; places take "there"). */
const IT_KINDS: ReadonlySet<EntityType> = new Set(['PROJECT', 'ORGANIZATION', 'GOVERNMENT_BODY']);

/**
 * The entity the sentence before `s` opens with ("The Tolva Pipeline, …, is designed … It runs …"),
 * when it is a project or an organisation: the subject that "It" continues.
 */
function previousSubject(ctx: RelateContext, s: Sentence): string | undefined {
  const prev = ctx.sentences[s.index - 1];
  if (!prev || prev.index !== s.index - 1 || prev.field !== s.field) return undefined;
  const opening = /^(?:(?:The|the)\s+)?/u.exec(prev.text)![0].length + prev.start;
  const first = ctx.mentions.find((m) => m.sentence === prev.index && m.field === prev.field && m.start === opening);
  return first && IT_KINDS.has(ctx.entities.get(first.entityId)!.type) ? first.entityId : undefined;
}

/** Nouns that, after "the", refer back to the last entity of their kind. */
export const ANAPHORA: Readonly<Record<string, readonly EntityType[]>> = {
  company: ['ORGANIZATION'], firm: ['ORGANIZATION'], group: ['ORGANIZATION'], organisation: ['ORGANIZATION'], organization: ['ORGANIZATION'],
  ministry: ['GOVERNMENT_BODY'], department: ['GOVERNMENT_BODY'], agency: ['GOVERNMENT_BODY', 'NEWS_AGENCY'], commission: ['GOVERNMENT_BODY'],
  pipeline: ['PROJECT'], project: ['PROJECT'], mission: ['PROJECT'], spacecraft: ['PROJECT'], railway: ['PROJECT'], bridge: ['PROJECT'],
  newspaper: ['PUBLICATION'], paper: ['PUBLICATION'], court: ['GOVERNMENT_BODY'],
  // Bodies a report names once and then calls by their kind: "The bloc imposed sanctions on …", "the regulator fined …".
  bloc: ['ORGANIZATION'], regulator: ['GOVERNMENT_BODY'], watchdog: ['GOVERNMENT_BODY'],
};
/**
 * ANAPHORA as a map, for the token scan of pairRules: a token's text looked up in an object is a
 * keyed load with a string V8 has not internalised (a string-table probe on every "the"), a map
 * lookup only hashes it. Own keys only ("the constructor" names no kind).
 */
const ANAPHORA_KINDS: ReadonlyMap<string, readonly EntityType[]> = new Map(Object.entries(ANAPHORA));

/*
 * The helpers of pairRules below are module functions that take what they read, not closures made
 * per sentence or per pair: tsx (esbuild keepNames) wraps every named closure in a `__name` call
 * (an Object.defineProperty) each time it is made, which cost ~4% of the pipeline's CPU here.
 */

/**
 * A pointer over a sentence's mentions for `inMention`: they are in text order and, placed without
 * overlaps (stage cluster), also end in order, so one pointer walks them beside the tokens.
 */
interface MentionWalk {
  readonly ms: readonly DocMention[];
  readonly disjoint: boolean;
  p: number;
}

/** Whether token `t` lies in one of the walk's mentions (the tokens are asked in text order). */
function inMention(walk: MentionWalk, t: Sentence['tokens'][number]): boolean {
  const ms = walk.ms;
  if (!walk.disjoint) return ms.some((m) => t.start < m.end && m.start < t.end);
  while (walk.p < ms.length && ms[walk.p]!.end <= t.start) walk.p++;
  return walk.p < ms.length && ms[walk.p]!.start < t.end;
}

/**
 * What mention `m` can fill as an end of a pair (rulesForKinds): its entity's type, whether a city
 * stands for its country, and whether it is a virtual mention; read once per mention (`kinds`).
 */
function endKind(kinds: Map<DocMention, number>, ctx: RelateContext, m: DocMention & { role?: 'target' | 'source' }): number {
  let kind = kinds.get(m);
  if (kind === undefined) {
    const e = ctx.entities.get(m.entityId);
    kind = kindId(!e ? '' : `${e.type === 'CITY' && ctx.fill(m, COUNTRY_ONLY) ? 'CITY+' : e.type}${m.role ? ' virtual' : ''}`);
    kinds.set(m, kind);
  }
  return kind;
}

/**
 * The clause of sentence `s` that ends at source `a` (the pair mentions' i-th), split once per
 * mention (`clauseBefore`) and only when a test reads it.
 */
function sourceClause(clauseBefore: Array<string | undefined>, i: number, s: Sentence, a: DocMention): string {
  return (clauseBefore[i] ??= lastClause(s.text.slice(0, a.start - s.start)));
}

/** What the clauses say of a pair (clausesOfPair). */
interface PairClauses {
  readonly displaced: boolean;
  readonly reported: boolean;
  readonly betweenClause: string;
  readonly alleged: boolean;
}

/** What the clauses of sentence `s` say of the pair of source `a` (pm's i-th) and the target `between` leads to. */
function clausesOfPair(clauseBefore: Array<string | undefined>, i: number, s: Sentence, pm: ReadonlyArray<DocMention & { role?: 'target' | 'source' }>, a: DocMention, between: string): PairClauses {
  const before = s.text.slice(0, a.start - s.start);
  // A source inside a relative clause or an apposition, or the place a "where" clause opens on, is not the subject of the verb after it.
  const displaced = insideRelativeClause(sourceClause(clauseBefore, i, s, a), between) || whereClauseAfter(between) || possessorInApposition(between) || insideApposition(before, sourceClause(clauseBefore, i, s, a), between, (k) => pm.some((m) => !m.role && m.end === s.start + k)) || parentheticalShortForm(before, between);
  // The clause of the stretch that ends at the target, split once per pair.
  const betweenClause = lastClause(between);
  return { displaced, reported: reportsOtherSubject(between), betweenClause, alleged: ALLEGATION_CUES.test(sourceClause(clauseBefore, i, s, a)) || ALLEGATION_CUES.test(betweenClause) };
}

/** The last word of a craft's or a building's name or kind ("the Tolva probe", "Vela Palace"): no route between places. */
const NOT_ROUTE_NOUN = /^(?:probe|probes|spacecraft|mission|rocket|satellite|lander|rover|explorer|telescope|capsule|palace|residence|castle|stadium|museum|cathedral|abbey|church|temple|hotel|mansion)$/u;
const notRoutes = new WeakMap<RelateContext, Map<string, boolean>>();
/** Whether project `e` is a craft or a building: its name or an alias ends in such a noun, or a mention of it stands before one ("the Tolva probe"). */
function notRoute(ctx: RelateContext, e: DocEntity): boolean {
  let byId = notRoutes.get(ctx);
  if (!byId) notRoutes.set(ctx, (byId = new Map()));
  let answer = byId.get(e.id);
  if (answer === undefined) {
    const last = (name: string) => /([\p{L}]+)\W*$/u.exec(name)?.[1]?.toLowerCase() ?? '';
    answer = [e.name, ...e.aliases].some((name) => NOT_ROUTE_NOUN.test(last(name)));
    for (const m of ctx.mentions) {
      if (answer) break;
      if (m.entityId !== e.id) continue;
      const s = ctx.sentences[m.sentence];
      const after = s ? s.text.slice(m.end - s.start) : '';
      const next = /^\s+(\p{Ll}+)/u.exec(after);
      if (next && NOT_ROUTE_NOUN.test(next[1]!)) answer = true;
      // An apposition that names its kind: "Vela, the most powerful rocket ever built, …", "Vela, a reusable spacecraft".
      const kind = /^,\s+(?:the|a|an)\s+((?:[\p{Ll}\-]+\s+){0,4}\p{Ll}+)/u.exec(after);
      if (kind && kind[1]!.split(/\s+/u).some((w) => NOT_ROUTE_NOUN.test(w))) answer = true;
    }
    byId.set(e.id, answer);
  }
  return answer;
}

/** Whether target `pm[j]` is a possessor right before a body or a person the rule's target may be ("Peru’s National Museum Board"). */
function possessorOfNext(ctx: RelateContext, s: Sentence, pm: ReadonlyArray<DocMention & { role?: 'target' | 'source' }>, j: number, target: readonly EntityType[]): boolean {
  const b = pm[j]!;
  const next = pm[j + 1];
  if (!next || next.role || !/^[’']s\s+$/u.test(s.text.slice(b.end - s.start, next.start - s.start))) return false;
  const e = ctx.entities.get(next.entityId);
  return e !== undefined && POSSESSED_PARTIES.includes(e.type) && target.includes(e.type);
}
const POSSESSED_PARTIES: readonly EntityType[] = ['GOVERNMENT_BODY', 'ORGANIZATION', 'PERSON'];

/** A war's name or alias ("Russian invasion of Ukraine", "war"): "the war in P" is fought there, not held there (no key has a war HELD_IN). */
const WAR_NAME = /\b(?:war|wars|invasion|conflict|offensive|fighting|insurgency)\b/iu;
function isWar(e: DocEntity): boolean {
  return e.type === 'EVENT' && (WAR_NAME.test(e.name) || e.aliases.some((a) => WAR_NAME.test(a)));
}

/**
 * Whether mention `m` of sentence `s` is a common noun after "at a"/"at an" ("signed them at a
 * ceremony", "at a ceremony in Stockholm"): the setting of a moment, not an event the article names
 * (the keys' convention: 138, 140, 142); "the start of a state visit" is not read so.
 */
function settingNoun(s: Sentence, m: DocMention): boolean {
  const c = m.text.charCodeAt(0);
  if (!(c >= 97 && c <= 122)) return false;
  const at = m.start - s.start;
  return /(?:^|\s)at\s+an?\s+$/u.test(s.text.slice(Math.max(0, at - 7), at));
}

/** A sentence's pair tails (tailOfPair), by stretch, and its words, read on the first tail. */
interface SentenceTails {
  readonly byKey: Map<number, Tail>;
  words: SentenceWords | undefined;
}

/**
 * The tail of the pair of source `a` and target `b` in sentence `s`: once the stretch passes 90
 * characters its tail no longer changes as the source moves back, so it is kept per stretch.
 */
function tailOfPair(tails: SentenceTails, s: Sentence, a: DocMention, b: DocMention): Tail {
  const to = Math.min(Math.max(b.start - s.start, 0), s.text.length);
  const from = Math.min(Math.max(a.end - s.start, 0), to);
  const tailKey = (to - from > 90 ? to - 90 : from) * 100_000 + to;
  let found = tails.byKey.get(tailKey);
  if (!found) tails.byKey.set(tailKey, (found = tailIn(s.text, (tails.words ??= sentenceWords(s.text)), from, to)));
  return found;
}

export const pairRules: RelationRules = {
  name: 'pair-rules',
  perSentence: (ctx, scope) => {
    const { s, ms, local, factual, conditional } = scope;
    const { add, fill, g, byCode, lastOf, entities } = ctx;
    // Pair rules: for each target, the nearest source before it that the rule accepts. Besides the
    // mentions: a demonym before a noun stands for its country as a target ("expelled a senior
    // Kenyan diplomat", "sanctions against … Chilean firms"), and "he"/"she" at the start of a clause
    // for the person last named before the sentence, as a source.
    const virtual: Array<DocMention & { role: 'target' | 'source' }> = [];
    let inPhrase = -1;
    // Whether a token lies in a mention (inMention): one pointer walks the mentions beside the tokens.
    const walk: MentionWalk = { ms, disjoint: ms.every((m, i) => i === 0 || ms[i - 1]!.end <= m.start), p: 0 };
    const tokens = s.tokens;
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      const text = t.text;
      // A token opening with a lower-case letter other than "t", "h", "s" ("the", "he", "she") or with
      // an ASCII code unit that is no capital opens none (the test below, answered from one code unit).
      const first = text.charCodeAt(0);
      if (!(first >= 65 && first <= 90) && !(first > 127) && first !== 116 && first !== 104 && first !== 115) continue;
      const the = text === 'the' || text === 'The';
      const pronoun = text === 'He' || text === 'She' || text === 'he' || text === 'she';
      // Only these tokens can open a virtual mention (the others are passed over before any lookup).
      if (!the && !pronoun && !(k === 0 && text === 'It') && !mayBeDemonym(text)) continue;
      if (inMention(walk, t)) continue;
      // "the Kenyan president" (not an apposition): the person the article makes Kenya's president.
      const office = the && s.tokens[k - 1]?.text !== ',' ? leaderPhrase(s.tokens, k + 1) : undefined;
      const ledC = office ? g.demonym(s.tokens[k + 1]!.text) : undefined;
      const led = ledC ? byCode.get(ledC.code) : undefined;
      const leader = office && led ? personLeading(ctx, led, office.office) : undefined;
      if (leader && office) {
        virtual.push({ field: s.field, start: t.start, end: office.end, text: local(t.start, office.end), entityId: leader.id, sentence: s.index, role: 'source' });
        inPhrase = office.end;
      }
      // "attended the ceremony", "announced the trip", "links the city with": the event or city last named.
      const eventNoun = the ? s.tokens[k + 1] : undefined;
      const targetKind = eventNoun ? targetKindOf(eventNoun.text, s.tokens[k + 2]?.text) : undefined;
      if (eventNoun && targetKind && !ms.some((m) => m.start === eventNoun.start)) {
        const last = lastOf(s, LAST_OF_KIND[targetKind]);
        if (last) virtual.push({ field: s.field, start: t.start, end: eventNoun.end, text: `${t.text} ${eventNoun.text}`, entityId: last, sentence: s.index, role: 'target' });
      }
      const c = t.start < inPhrase ? undefined : g.demonym(t.text);
      const country = c ? byCode.get(c.code) : undefined;
      if (country && OPENS_LOWER.test(s.tokens[k + 1]?.text ?? '')) virtual.push({ field: s.field, start: t.start, end: t.end, text: t.text, entityId: country.id, sentence: s.index, role: 'target' });
      if (pronoun && (k === 0 || PRONOUN_OPENERS.has(s.tokens[k - 1]!.text) || s.tokens[k - 1]!.text === 'and' || (k === 1 && OPENING_ADVERBS.has(s.tokens[0]!.text)))) {
        // The sentence's own "He …" is the subject of the sentence before it (subject.ts) when that one names it; else the person named last.
        const last = resolvedPronoun(ctx, s, ms, t.end) ?? lastOf(s, PERSON_ONLY);
        if (last) virtual.push({ field: s.field, start: t.start, end: t.end, text: t.text, entityId: last, sentence: s.index, role: 'source' });
      }
      // "It" opening a sentence: the project or organisation that opened the sentence before.
      if (k === 0 && t.text === 'It') {
        const subjectBefore = previousSubject(ctx, s);
        if (subjectBefore) virtual.push({ field: s.field, start: t.start, end: t.end, text: t.text, entityId: subjectBefore, sentence: s.index, role: 'source' });
      }
      // "The company said …", "the pipeline will …": a definite description of the kind last named.
      const kind = the ? ANAPHORA_KINDS.get(s.tokens[k + 1]?.text ?? '') : undefined;
      if (kind && !ms.some((m) => m.start === s.tokens[k + 2]?.start)) {
        const last = lastOf(s, kind);
        const noun = s.tokens[k + 1]!;
        if (last) virtual.push({ field: s.field, start: t.start, end: noun.end, text: `${t.text} ${noun.text}`, entityId: last, sentence: s.index, role: 'source' });
      }
    }
    // The mentions are in text order already: without a virtual one there is nothing to merge.
    const pm: ReadonlyArray<DocMention & { role?: 'target' | 'source' }> = virtual.length === 0 ? ms : [...ms, ...virtual].sort((x, y) => x.start - y.start);
    // One mention, no pair: nothing more to read.
    if (pm.length < 2) return;
    // The subject of the sentence: the first name that can be a source.
    const subject = pm.findIndex((m) => m.role !== 'target');
    // The clause that ends at each mention, computed once per mention.
    const clauseBefore: Array<string | undefined> = [];
    // What each end can fill (endKind), read once per mention.
    const kinds = new Map<DocMention, number>();
    // The pairs' tails by stretch, and the sentence's words (read on the first pair that needs a tail).
    const tails: SentenceTails = { byKey: new Map(), words: undefined };
    // The first mention has no source before it: the targets start at the second.
    for (let j = 1; j < pm.length; j++) {
      if (pm[j]!.role === 'source') continue;
      // The rules (by place in PAIR_RULES) settled for this target, and how many (one buffer, cleared per target).
      const settled = SETTLED.fill(0);
      let settledCount = 0;
      // An adjacent rule is settled at the first source that is not right before the target.
      let adjacentSettled = false;
      // "accused Omar Vance’s government of …": the government of a country is the country.
      const person = pm[j]!.role ? undefined : entities.get(pm[j]!.entityId);
      const government = person?.type === 'PERSON' && GOVERNMENT_OF.test(s.text.slice(pm[j]!.end - s.start, pm[j]!.end - s.start + 20)) ? countryLedBy(ctx, person) : undefined;
      const b = pm[j]!;
      const targetKind = endKind(kinds, ctx, b);
      // The words the text reads right before the target, for the rules that must end with one (read on first ask).
      let endWords = -1;
      for (let i = j - 1; i >= 0 && settledCount < PAIR_RULES.length; i--) {
        const a = pm[i]!;
        const between = local(a.end, b.start);
        if (between.length > 140) break;
        if (a.role === 'target') continue;
        // "invited Omar Vance to visit Peru": what follows is what was asked for, for every source.
        if (opensInfinitive(between) && askedTo(sourceClause(clauseBefore, i, s, a), between)) break;
        if (i !== j - 1 && !adjacentSettled) {
          for (const rule of ADJACENT_RULES) {
            if (settled[rule] === 1) continue;
            settled[rule] = 1;
            settledCount++;
          }
          adjacentSettled = true;
        }
        // What the clauses say of the pair (read once, on the first rule whose types and trigger fit).
        let clauses: PairClauses | undefined;
        // The pair's tail (read on the first rule with trigger words, tailOfPair).
        let tail: Tail | undefined;
        // Cheapest tests first: only the rules whose ends the pair's entities can fill are tried,
        // and a rule whose trigger words are not in the stretch is passed over before its regex runs.
        for (const index of rulesForKinds(endKind(kinds, ctx, a), targetKind, government !== undefined)) {
          if (settled[index] === 1) continue;
          if (WORDED[index] === 1 && (tail ??= tailOfPair(tails, s, a, b)).named[index] !== 1) continue;
          const endsBit = ENDS_BITS[index]!;
          if (endsBit !== 0 && ((endWords === -1 ? (endWords = endWordsBefore(s.text, Math.min(Math.max(b.start - s.start, 0), s.text.length))) : endWords) & endsBit) === 0) continue;
          const rule = PAIR_RULES[index]!;
          const beforeTrigger = triggers(rule, index, between, tail);
          if (beforeTrigger === null) continue;
          const { displaced, reported, betweenClause, alleged } = (clauses ??= clausesOfPair(clauseBefore, i, s, pm, a, between));
          if (displaced && !rule.adjacent && !rule.reverse) continue;
          if (alleged && !ALLEGATION_TYPES.has(rule.type)) continue;
          const srcM = rule.reverse ? b : a;
          const tgtM = rule.reverse ? a : b;
          const source = fill(srcM, rule.source)!;
          const target = !rule.reverse && government && rule.target.includes('COUNTRY') ? government : fill(tgtM, rule.target)!;
          // "…, and accused Peru": a verb without its own subject belongs to the sentence's subject.
          const elliptic = !rule.reverse && !rule.adjacent && ellipticSubject(beforeTrigger);
          if (elliptic && i !== subject) continue;
          // "hands back the X to P", "sent back to the Court", "hold back start-ups": "back" is the verb's particle, not "to back".
          if (rule.rule === 'support-verb' && tail && /^\s*back\b/u.test(tail.text.slice(beforeTrigger.length)) && PARTICLE_VERB_BEFORE.test(beforeTrigger)) continue;
          // "A signed the pact as Ada Quist visited P": the subordinate clause's verb has its own subject.
          if (!rule.adjacent && !rule.reverse && beforeTrigger !== '' && (subordinateSubject(beforeTrigger) || (i !== subject && subordinatePronoun(beforeTrigger)))) continue;
          // "Omar Vance said the project would help Peru": not Omar's help (unless "…, and helped Peru").
          if (reported && !rule.adjacent && !rule.reverse && !elliptic) continue;
          settled[index] = 1;
          settledCount++;
          const head = BETWEEN_HEADS[rule.rule];
          if (head && !head.test(local(Math.max(s.start, a.start - 80), a.start))) continue;
          if (rule.rule === 'partnership-between' && PARTNERSHIP_UNDONE.test(local(Math.max(s.start, a.start - 80), a.start))) continue;
          if (rule.rule === 'agreement-between' && AGREEMENT_UNMADE.test(local(Math.max(s.start, a.start - 80), a.start))) continue;
          const clause = betweenClause;
          const stated = factual(between) || (conditional && appositionOfSource(between) && !NEGATION_CUES.test(clause) && !HYPOTHETICAL_CUES.test(clause));
          if (!stated) continue;
          // "The opening in Cusco was postponed": a called-off event is held nowhere.
          if (rule.type === 'HELD_IN' && (CALLED_OFF.test(s.text) || isWar(source))) continue;
          // "signed an agreement with Peru’s National Museum Board": the possessor only names whose the body is; the body is the party.
          if (!rule.reverse && !rule.adjacent && !tgtM.role && possessorOfNext(ctx, s, pm, j, rule.target)) continue;
          // "the Tolva probe sets off for Mars", "the Vela Palace, the residence in P": a craft or a building links no places.
          if ((rule.type === 'CONNECTS' || rule.rule === 'supply-to') && source.type === 'PROJECT' && notRoute(ctx, source)) continue;
          // "Tolva’s data protection regulator fined Acme": the body the description names fines, not its country (round12-roles.ts).
          if (rule.type === 'FINES' && !srcM.role && describedBodyAfter(ctx, s, srcM)) continue;
          // "signed them at a ceremony", "at a ceremony in Stockholm": an unnamed setting is none of the article's events.
          if ((rule.type === 'ATTENDS' || rule.type === 'HELD_IN') && settingNoun(s, rule.type === 'ATTENDS' ? tgtM : srcM)) continue;
          // "had not raised it with B at the forum": "at" has no verb of its own, so the clause up to B decides.
          if (rule.rule === 'event-at' && !factual(local(s.start, a.start))) continue;
          let distance = 0;
          for (let q = i + 1; q < j; q++) if (!pm[q]!.role) distance++;
          const anaphora = (rule.reverse ? tgtM : srcM).role === 'source';
          add(source, rule.type, target, s, Math.max(0.3, rule.confidence - 0.1 * distance - (anaphora ? 0.15 : 0)), anaphora ? `${rule.rule}+anaphora` : rule.rule);
          // "A and B visited …": a partner joined to the source by "and" shares the relationship.
          const prev = pm[i - 1];
          // "… between A and B, the X, who travelled to C": a relative clause after B is B's alone
          // ("A and B, who are ministers, visited C" closes it first: both visited).
          if (prev && !prev.role && !rule.reverse && !rule.adjacent && /^\s*(?:and|,)\s*$/u.test(local(prev.end, a.start)) && !RELATIVE_WORD.test(beforeTrigger)) {
            const partner = fill(prev, rule.source);
            if (partner && partner.type === source.type) add(partner, rule.type, target, s, Math.max(0.3, rule.confidence - 0.15), `${rule.rule}+coordinated-source`);
          }
          // "… visiting B, C and D": the targets listed after the first share it too.
          let k = j;
          // ("accused A, B’s neighbour, of …": a possessor after a comma opens an apposition of A, no list.)
          while (!rule.adjacent && pm[k + 1] && !pm[k + 1]!.role && /^\s*(?:,|and|, and|or|, or)\s*(?:the\s+)?$/u.test(local(pm[k]!.end, pm[k + 1]!.start)) && !(/^\s*,\s*(?:the\s+)?$/u.test(local(pm[k]!.end, pm[k + 1]!.start)) && /^[’']s\s+\p{Ll}/u.test(s.text.slice(pm[k + 1]!.end - s.start)))) {
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
