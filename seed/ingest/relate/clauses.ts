/** Clause helpers the relation rules share: where a clause starts, and whether it states a fact. */
import type { Sentence } from '../document';

/** Where a clause ends: a comma, semicolon, colon or dash, or "and"/"but"/"while"/"whereas" between spaces. */
const CLAUSE_BREAK = /[,;:–—]|\s(?:and|but|while|whereas)\s/g;
/**
 * The clause of `text` that ends at its end (split at commas, semicolons, dashes and "and"/"but"):
 * the text after the last break, the breaks found left to right as `split` finds them, without
 * building the other pieces.
 */
export const lastClause = (text: string) => {
  CLAUSE_BREAK.lastIndex = 0;
  let end = 0;
  for (let m = CLAUSE_BREAK.exec(text); m !== null; m = CLAUSE_BREAK.exec(text)) end = CLAUSE_BREAK.lastIndex;
  return end === 0 ? text : text.slice(end);
};
export const startsConditional = (s: Sentence) => /^[“"‘']?\s*(?:If|Unless|Should|Were)\b/u.test(s.text);

const RELATIVE_START = /^\s*(?:which|that|who|whose|whom|where)\b/u;
const CLOSES_AT_COMMA = /,\s+\S/u;
/**
 * The source sits inside a relative clause that closes before the target, so it is not the subject
 * of the verb after it: in "The Zeta Line, which runs through Peru, would help Chile" and "The Zeta
 * Dam, which Peru says is unsafe, will send power to Chile" Peru neither helps nor supplies Chile. `sourceClause` is the clause that ends at the source (`lastClause` of the sentence
 * up to it), `between` the text from source to target.
 */
export const insideRelativeClause = (sourceClause: string, between: string) => CLOSES_AT_COMMA.test(between) && RELATIVE_START.test(sourceClause);

const WHERE_CLAUSE = /^(?:\s+(?:on|in|at|late|early|last|this)\s[^,;]{1,30})?,\s+where\s[^,;]*$/u;
/**
 * The source is the place a "where" clause opens on and the target is inside that clause ("travelled
 * to Tolva Base (on Monday), where they greeted Ada Vance"): the clause's verb has its own subject after "where",
 * never the place.
 */
export const whereClauseAfter = (between: string) => WHERE_CLAUSE.test(between);

const POSSESSOR_IN_APPOSITION = /^[’']s\s+(?:[\p{Ll}\-]+\s+){0,4}[\p{Ll}\-]+(?:\s+(?:to|in|at|of|for)\s+(?:the\s+)?\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*){0,3})?,/u;
/**
 * The source is the possessor inside an apposition ("the Tolva Court, Peru’s lower court, which
 * annulled …", "Ada Orr, Tolva’s envoy to Peru, then warned …"): the verb after the apposition
 * belongs to the head it describes, not to it.
 */
export const possessorInApposition = (between: string) => POSSESSOR_IN_APPOSITION.test(between);

const ASKED_BEFORE = /\b(?:invited|invites|invite|inviting|urged|urges|urge|urging|asked|asks|ask|asking|called on|calls on|encouraged|encourages|pressed|presses|pressured|pressures|persuaded|challenged|allowed|permitted|told|tells|expected|expects|wants|wanted|needs|needed)\s+$/u;
const INFINITIVE_START = /^\s+to\s/u;
/**
 * The source is the object of a request ("invited Omar Vance to visit Peru", "urged Chile to
 * sanction …"): what follows "to" is what was asked for, not what happened.
 */
export const askedTo = (sourceClause: string, between: string) => INFINITIVE_START.test(between) && ASKED_BEFORE.test(sourceClause);
/**
 * `between` opens with "to" (the half of `askedTo` that needs no source clause, to test first):
 * INFINITIVE_START read code unit by code unit, as the pair rules ask it of every pair.
 */
export function opensInfinitive(between: string): boolean {
  let k = 0;
  while (k < between.length && isSpace(between.charCodeAt(k))) k++;
  return k > 0 && between.charCodeAt(k) === 116 && between.charCodeAt(k + 1) === 111 && k + 2 < between.length && isSpace(between.charCodeAt(k + 2));
}
/** Whether the code unit is one `\s` matches (ECMAScript white space and line terminators). */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const ELLIPTIC_SUBJECT = /(?:^|[\s,])and(?:\s+(?:also|then|later|has|had|have|twice|again|\p{Ll}+ly)){0,2}\s*$/u;
/**
 * The trigger is a verb coordinated without its own subject ("…, and accused Peru of …"): its
 * subject is the subject of the sentence, not the nearest name before it. `beforeTrigger` is the
 * text from the candidate source up to the trigger.
 */
export const ellipticSubject = (beforeTrigger: string) => ELLIPTIC_SUBJECT.test(beforeTrigger);

const APPOSITION_OF_SOURCE = /^,\s+(?:the|a|an)\s+[^,;]*$/u;
const MODAL = /\b(?:would|could|will|might|may|should)\b/u;
/**
 * The stretch from source to target is an apposition describing the source ("Nord Line 1, the link
 * under the sea that carried gas to Peru"): it states what the source is or did even inside a
 * conditional sentence, as long as it has no modal of its own.
 */
export const appositionOfSource = (between: string) => APPOSITION_OF_SOURCE.test(between) && !MODAL.test(between);

const SAID_NOUN_SUBJECT = /\b(?:said|says|say|added|announced|stated|noted|insisted|argued|believes|believed|thinks|thought|told\s+[\p{Ll}]+)\s+(?:that\s+)?(?:the|a|an|this|these|those|its|his|her|their)\s+(?!leaders?\b|two\b|men\b|sides\b|countries\b|pair\b|both\b)[\p{Ll}\-]+/u;
/**
 * Between source and trigger the source says something whose subject is another noun ("Omar Vance
 * said the project would help Peru"): the speaker is not the subject of the reported verb. A plural
 * that includes the speaker ("said the two leaders had discussed …") does not count.
 */
export const reportsOtherSubject = (between: string) => SAID_NOUN_SUBJECT.test(between);

const APPOSITION_START = /^\s*(?:the|a|an|(?:the\s+)?\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*){0,3}[’']s)\s/u;
const CLOSES_HERE = /^(?:\s*(?!and\b|or\b)\p{Ll}[\p{L}\-]*){0,2}\s*[,(]/u;
/**
 * The source is a name inside an apposition that describes the name before it ("Ada Orr, the leader
 * of the Tolva Party, has accused …", "Ada Orr, the TWP leader, said …"): the clause that ends at the
 * source follows a comma, opens with an article or a named possessor ("Ada Orr, Tolva’s envoy to
 * Peru, then warned …") and closes right after the source (a head noun at
 * most between), so the verb after it belongs to the head of the apposition, the name before the
 * comma. `beforeSource` is the sentence up to the source, `sourceClause` its last clause, and
 * `nameEndsAt(k)` whether a name ends at offset k of `beforeSource` ("On Monday, the Tolva Council,
 * which …, said": no name before the comma, so no apposition).
 */
export const insideApposition = (beforeSource: string, sourceClause: string, between: string, nameEndsAt: (offset: number) => boolean) => {
  const cut = beforeSource.length - sourceClause.length;
  return cut > 0 && beforeSource[cut - 1] === ',' && APPOSITION_START.test(sourceClause) && CLOSES_HERE.test(between) && nameEndsAt(cut - 1);
};

/** The source is a short form in parentheses after a name ("the Tolva Party (TP), which …"): never a subject. */
export const parentheticalShortForm = (beforeSource: string, between: string) => /\(\s*$/u.test(beforeSource) && /^\s*\)/u.test(between);

/** A subordinator that opens a clause ("as", "while", "after" …), not "such as" or "as well as". */
const SUBORDINATOR = String.raw`(?:(?<!\bsuch\s)(?<!\bwell\s)as|while|whilst|when|whereas|although|though|because|since|after|before|until|once)`;
/** The subject of that clause: a capitalised name ("Ada Quist", "the Tolvan Navy") or a noun phrase ("the delegation", "its foreign minister"). */
const CLAUSE_SUBJECT = String.raw`(?:(?:the|a|an|his|her|its|their)\s+(?:(?!(?:to|of|in|for|with|from|at|on|by|and|or)\s)[\p{Ll}\-]+\s+){1,3}|(?:(?:the|The)\s+)?(?:\p{Lu}[\p{L}’'.\-]*\s+){1,4})`;
/** Auxiliaries and adverbs between that subject and its verb ("has", "was also"). */
const CLAUSE_AUX = String.raw`(?:(?:has|have|had|was|were|is|are|also|then|later|will|would|itself|himself|herself|themselves)\s+){0,2}`;
const SUBORDINATE_SUBJECT = new RegExp(String.raw`(?:^|[\s,])${SUBORDINATOR}\s+${CLAUSE_SUBJECT}${CLAUSE_AUX}$`, 'u');
/**
 * The trigger is the verb of a subordinate clause with a subject of its own, between the candidate
 * source and the trigger: in "A and B signed a pact in Quito as Ada Quist visits Lima" or "A
 * signed the accord while the delegation toured Lima" the visitor is the clause's subject, never A.
 * `beforeTrigger` is the text from the candidate source up to the trigger (with or without the
 * space before it). A pronoun subject ("as
 * he visited") is not one: it most often stands for the sentence's own subject.
 */
export const subordinateSubject = (beforeTrigger: string) => SUBORDINATE_SUBJECT.test(`${beforeTrigger.trimEnd()} `);

const SUBORDINATE_PRONOUN = new RegExp(String.raw`(?:^|[\s,])${SUBORDINATOR}\s+(?:he|she|it|they)\s+${CLAUSE_AUX}$`, 'u');
/**
 * The trigger is the verb of a subordinate clause whose subject is a pronoun ("…, then gathered
 * strength before it struck P", "A met B before he flew to P"): the pronoun stands for the
 * sentence's subject, so only the subject may be the source, never a name between.
 */
export const subordinatePronoun = (beforeTrigger: string) => SUBORDINATE_PRONOUN.test(`${beforeTrigger.trimEnd()} `);

