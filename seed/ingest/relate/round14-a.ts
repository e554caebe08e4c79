/**
 * Round 14 (a): constructions of English news the older families read only in one wording.
 * - A joint statement by a list: "In a joint statement, A, the …, B, the …, and C, the …, said" → each
 *   pair of the list SIGNS_STATEMENT_WITH (pair-subject.ts reads only the first and last); "X issued
 *   a joint statement with A and B" → X with each of A and B.
 * - An agreement signed in a relative clause: "Under the deal, which A and B signed, …" → A
 *   SIGNS_AGREEMENT_WITH B.
 * - A regulator closing a body: "Z was closed by the <body>", "the <body> closed Z" / "closed the
 *   bank" (a definite noun naming an earlier body) → the body RULES_AGAINST Z.
 * - A head told by a definite back-reference: "X, the head of the council" → X LEADS the body named
 *   last whose name holds the noun ("… Election Council").
 * - A party's leader in a relative clause: "who leads the anti-immigrant Vela Party" (adjectives
 *   between the article and the name); "the Vela Party (VP), which he co-founded in 2001 and still
 *   chairs" → the person before LEADS the party.
 * - War by a coalition: "a coalition led by A has fought B" → A OPPOSES B.
 * - Support of a movement named before: "A backs the movement" → A SUPPORTS the group named last.
 * - A seat on "its" board: "X, a former senator who sits on its board" → X WORKS_FOR the body that
 *   is the subject of the sentence before.
 * - An arm of a body: "Acme UK, the lender's British arm" → PART_OF the body whose name it extends.
 * - An appointment to a body: "X was appointed to the Tolva Monetary Council" → X WORKS_FOR it.
 * Every rule reads one sentence and is gated by its cue words; a negation, denial or hedge in the
 * stretch read gives nothing.
 */
import type { EntityType } from '../../../src/generated/graphql';
import { HYPOTHETICAL_CUES, NEGATION_CUES } from '../cues';
import type { DocEntity, DocMention, Sentence } from '../document';
import type { RelateContext, RelationRules, SentenceScope } from './context';
import { namedSubject, subjectOf } from './subject';
import { escapeRegExp } from '../reg-exp';

const PEOPLE: readonly EntityType[] = ['PERSON'];
const BODIES: readonly EntityType[] = ['ORGANIZATION', 'GOVERNMENT_BODY'];
const PARTIES: readonly EntityType[] = ['PERSON', 'COUNTRY', 'ORGANIZATION', 'GOVERNMENT_BODY'];
const STATES: readonly EntityType[] = ['COUNTRY', 'ORGANIZATION', 'GOVERNMENT_BODY'];

const described = (phrase: string) => !NEGATION_CUES.test(phrase) && !HYPOTHETICAL_CUES.test(phrase);
const entityOf = (ctx: RelateContext, m: DocMention | undefined): DocEntity | undefined => (m ? ctx.entities.get(m.entityId) : undefined);
const HONORIFIC = String.raw`(?:(?:Mr|Ms|Mrs|Dr|Sheikh|Prince|Gen|General)\.?\s+)?`;

/** The sentence's index among ctx.sentences (the number its mentions carry). */
const indexOf = (_ctx: RelateContext, s: Sentence): number => s.index;

/**
 * The body a definite noun stands for ("the council", "the bank"): the one of `types` named last
 * before field offset `before` (in this sentence or the three before it) whose name holds the noun
 * as a whole word. Undefined when none does.
 */
function backReference(ctx: RelateContext, s: Sentence, before: number, noun: string, types: readonly EntityType[]): DocEntity | undefined {
  const at = indexOf(ctx, s);
  if (at === -1) return undefined;
  const word = new RegExp(`(?:^|[\\s\\-])${escapeRegExp(noun)}(?:$|[\\s\\-])`, 'iu');
  const ms = ctx.mentions;
  for (let i = ms.length - 1; i >= 0; i--) {
    const m = ms[i]!;
    if (m.sentence > at || (m.sentence === at && m.end > before)) continue;
    if (m.sentence < at - 3) break;
    const e = entityOf(ctx, m);
    if (e && types.includes(e.type) && word.test(e.name)) return e;
  }
  return undefined;
}

// --- joint statements ------------------------------------------------------------------------------
/** Between two signers of a list: an optional apposition of the first, then ", ", ", and " or " and ". */
const LIST_GAP = new RegExp(String.raw`^(?:,\s+(?:the|a|an|his|her|its|their|\p{Lu}[\p{L}.\-]*[’']s)\s+[^,;:()]{1,90}?(?:\s+\([^()]{1,12}\))?)?(?:,\s+and|,|\s+and)\s+(?:the\s+)?${HONORIFIC}$`, 'u');
/** Between the cue and the first signer: "joint statement (on Sunday evening), ". */
const JOINT_HEAD = /\bjoint\s+statement(?:\s+(?:on|late|early|last|this|issued|released)\b[^,;:]{0,40})?,\s+(?:the\s+)?$/u;
const LIST_VERB = /\b(?:said|says|who|which|that|whom)\b/u;

function jointList(ctx: RelateContext, scope: SentenceScope): void {
  const { s, ms, local, factual } = scope;
  for (let k = 0; k + 2 < ms.length; k++) {
    const head = local(Math.max(s.start, ms[k]!.start - 80), ms[k]!.start);
    if (!JOINT_HEAD.test(head.replace(/(?:Mr|Ms|Mrs|Dr)\.?\s+$/u, '')) || !factual(head)) continue;
    const first = ctx.fill(ms[k]!, PARTIES);
    if (!first) continue;
    const person = first.type === 'PERSON';
    const list = [first];
    let last = ms[k]!;
    for (let j = k + 1; j < ms.length; j++) {
      const e = ctx.fill(ms[j]!, PARTIES);
      if (!e || (e.type === 'PERSON') !== person) continue;
      const gap = local(last.end, ms[j]!.start);
      if (!LIST_GAP.test(gap) || LIST_VERB.test(gap)) break;
      list.push(e);
      last = ms[j]!;
    }
    if (list.length < 3) return;
    for (let a = 0; a < list.length; a++) for (let b = a + 1; b < list.length; b++) ctx.add(list[a]!, 'SIGNS_STATEMENT_WITH', list[b]!, s, 0.65, 'joint-statement-list');
    return;
  }
}

/** Right before the first co-signer: "issued a joint statement with ". */
const JOINT_WITH = /\b(?:issued|released|signed|published|put\s+out|made)\s+a\s+joint\s+(?:statement|declaration|communiqué|communique)\s+with\s+(?:the\s+)?$/u;

function jointWith(ctx: RelateContext, scope: SentenceScope): void {
  const { s, ms, local, factual } = scope;
  for (let k = 1; k < ms.length; k++) {
    const head = local(Math.max(s.start, ms[k]!.start - 60), ms[k]!.start);
    const w = JOINT_WITH.exec(head);
    if (!w) continue;
    const subject = subjectOf(ctx, s, ms, PARTIES);
    const verbAt = ms[k]!.start - head.length + w.index;
    if (!subject || subject.end > verbAt || !factual(local(subject.end, verbAt))) return;
    // What stands between the subject and its verb: its relative clause or apposition, no other verb of its own.
    const between = local(subject.end, verbAt);
    if (between.length > 90 || /[;:]|\b(?:said|says|but|while|after|before)\b/u.test(between)) return;
    const others: DocEntity[] = [];
    for (let j = k; j < ms.length; j++) {
      const e = ctx.fill(ms[j]!, PARTIES);
      if (!e) break;
      if (j > k && !/^(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?$/u.test(local(ms[j - 1]!.end, ms[j]!.start))) break;
      others.push(e);
    }
    for (const x of subject.entities) for (const y of others) ctx.add(x, 'SIGNS_STATEMENT_WITH', y, s, 0.65, 'joint-statement-with');
    return;
  }
}

// --- "Under the deal, which A and B signed" --------------------------------------------------------
const WHICH_SIGNED = new RegExp(String.raw`\b(?:deal|agreement|accord|treaty|pact|memorandum|declaration|ceasefire|truce),?\s+which\s+(?:the\s+)?${HONORIFIC}$`, 'u');
const AND_SIGNED = new RegExp(String.raw`^\s+and\s+(?:the\s+)?${HONORIFIC}$`, 'u');

function whichSigned(ctx: RelateContext, scope: SentenceScope): void {
  const { s, ms, local } = scope;
  for (let k = 0; k + 1 < ms.length; k++) {
    const head = local(Math.max(s.start, ms[k]!.start - 50), ms[k]!.start);
    if (!WHICH_SIGNED.test(head) || !AND_SIGNED.test(local(ms[k]!.end, ms[k + 1]!.start))) continue;
    const tail = s.text.slice(ms[k + 1]!.end - s.start, ms[k + 1]!.end - s.start + 40);
    const signed = /^\s+(?:(?:had|have|has|jointly|formally)\s+)?signed\b/u.exec(tail);
    const a = ctx.fill(ms[k]!, PARTIES);
    const b = ctx.fill(ms[k + 1]!, PARTIES);
    if (!signed || !a || !b || a.type !== b.type || !described(head + tail.slice(0, signed[0].length))) continue;
    ctx.add(a, 'SIGNS_AGREEMENT_WITH', b, s, 0.65, 'which-signed');
  }
}

// --- "Z was closed by the regulator", "the regulator closed the bank" --------------------------------
const CLOSED_BY = /^(?:,\s+[^;:]{1,160}?,)?\s+(?:was|were|has\s+been|had\s+been)\s+(?:(?:also|then|later|finally)\s+)?(?:closed|shut|shut\s+down|seized|taken\s+over)\s+by\s+(?:the\s+)?$/u;
const CLOSES = /^\s+(?:(?:also|then|later|finally|swiftly)\s+)?(?:closed|shut|shut\s+down|seized)\s+(?:the\s+)?$/u;
const CLOSES_DEFINITE = /^\s+(?:(?:also|then|later|finally|swiftly)\s+)?(?:closed|shut|shut\s+down|seized)\s+the\s+(bank|lender|company|firm|group|exchange|fund|insurer)\b/u;

function closedBy(ctx: RelateContext, scope: SentenceScope): void {
  const { s, ms, local, factual } = scope;
  for (let k = 0; k < ms.length; k++) {
    const regulator = entityOf(ctx, ms[k]);
    if (regulator?.type !== 'GOVERNMENT_BODY') continue;
    // "Z, …, was closed by the regulator": Z is the first mention of a body before, the sentence's subject.
    if (k > 0) {
      const target = entityOf(ctx, ms[0]);
      const gap = local(ms[0]!.end, ms[k]!.start);
      if (target?.type === 'ORGANIZATION' && CLOSED_BY.test(gap) && factual(gap) && ms.slice(1, k).every((m) => entityOf(ctx, m)?.type !== 'ORGANIZATION')) ctx.add(regulator, 'RULES_AGAINST', target, s, 0.6, 'closed-by-regulator');
    }
    const after = s.text.slice(ms[k]!.end - s.start, ms[k]!.end - s.start + 50);
    if (!factual(local(s.start, ms[k]!.end) + after.slice(0, 20))) continue;
    const next = ms[k + 1];
    if (next && entityOf(ctx, next)?.type === 'ORGANIZATION' && CLOSES.test(local(ms[k]!.end, next.start))) {
      ctx.add(regulator, 'RULES_AGAINST', entityOf(ctx, next)!, s, 0.6, 'regulator-closed');
      continue;
    }
    const definite = CLOSES_DEFINITE.exec(after);
    if (!definite) continue;
    const target = backReference(ctx, s, ms[k]!.start, definite[1]!, ['ORGANIZATION']);
    if (target) ctx.add(regulator, 'RULES_AGAINST', target, s, 0.55, 'regulator-closed-definite');
  }
}

// --- "X, the head of the council" --------------------------------------------------------------------
const HEAD_OF_THE = /^,\s+the\s+(?:head|chair|chairman|chairwoman|chairperson|president|leader|chief|director|governor)\s+of\s+the\s+(\p{Ll}[\p{L}\-]*)\b(?!\s+(?:of|for|in|on|at|\p{Lu}))/u;

function headOfDefinite(ctx: RelateContext, scope: SentenceScope): void {
  const { s, ms } = scope;
  for (let k = 0; k < ms.length; k++) {
    const person = ctx.fill(ms[k]!, PEOPLE);
    if (!person) continue;
    const tail = s.text.slice(ms[k]!.end - s.start, ms[k]!.end - s.start + 60);
    const h = HEAD_OF_THE.exec(tail);
    if (!h || !described(h[0])) continue;
    // The noun must be that of a body named before ("council", "commission", "bank"), not a group of people ("the opposition").
    if (h[1]!.length < 4) continue;
    const body = backReference(ctx, s, ms[k]!.start, h[1]!, BODIES);
    if (body) ctx.add(person, 'LEADS', body, s, 0.55, 'head-of-definite');
  }
}

// --- "who leads the anti-immigrant Vela Party"; "the Vela Party, which he co-founded and still chairs" ---
const RELATIVE_LEADS_ADJECTIVE = /^,\s+who\s+(?:also\s+|now\s+|still\s+)?(?:leads|heads|chairs)\s+the\s+(?:\p{Ll}[\p{L}\-]*\s+){1,3}$/u;
const WHICH_HE_LEADS = /^(?:\s+\([^()]{1,12}\))?,\s+which\s+(?:he|she)\s+(?:(?:co-founded|founded|set\s+up|built)\b[^,;:.]{0,40}?\s+and\s+)?(?:still\s+|now\s+)?(?:chairs|leads|heads|runs)\b/u;

function partyLeaders(ctx: RelateContext, scope: SentenceScope): void {
  const { s, ms, local } = scope;
  for (let k = 0; k + 1 < ms.length; k++) {
    const person = ctx.fill(ms[k]!, PEOPLE);
    if (!person) continue;
    const w = RELATIVE_LEADS_ADJECTIVE.exec(local(ms[k]!.end, ms[k + 1]!.start));
    const body = w ? ctx.fill(ms[k + 1]!, BODIES) : undefined;
    if (body && described(w![0])) ctx.add(person, 'LEADS', body, s, 0.6, 'who-leads-adjective');
  }
  for (let k = 0; k < ms.length; k++) {
    const body = ctx.fill(ms[k]!, BODIES);
    if (!body) continue;
    let end = ms[k]!.end;
    // "the Vela Party (VP)": the short form's own mention.
    if (ms[k + 1] && ms[k + 1]!.entityId === ms[k]!.entityId && /^\s+\($/u.test(local(end, ms[k + 1]!.start))) end = ms[k + 1]!.end + 1;
    const tail = s.text.slice(end - s.start, end - s.start + 90);
    const w = WHICH_HE_LEADS.exec(tail);
    if (!w || !described(w[0])) continue;
    // "he": the person named last before the body in this sentence, or the one named last before it.
    let person: DocEntity | undefined;
    for (let j = k - 1; j >= 0 && !person; j--) person = ctx.fill(ms[j]!, PEOPLE);
    if (!person) {
      const id = ctx.lastOf(s, PEOPLE);
      person = id ? ctx.entities.get(id) : undefined;
    }
    if (person) ctx.add(person, 'LEADS', body, s, 0.55, 'which-he-leads');
  }
}

// --- "a coalition led by A has fought B" -----------------------------------------------------------------
const COALITION_LED = /\b(?:coalition|alliance|force|forces)\s+led\s+by\s+(?:the\s+)?$/u;
const HAS_FOUGHT = /^\s+(?:has|have|had)?\s*(?:been\s+)?(?:fought|fighting|battled|battling|bombed|bombing|attacked|attacking|waged\s+war\s+on)\s+(?:against\s+)?(?:the\s+)?$/u;

function coalitionFights(ctx: RelateContext, scope: SentenceScope): void {
  const { s, ms, local, factual } = scope;
  for (let k = 0; k + 1 < ms.length; k++) {
    const a = ctx.fill(ms[k]!, STATES);
    if (!a) continue;
    const head = local(Math.max(s.start, ms[k]!.start - 40), ms[k]!.start);
    const gap = local(ms[k]!.end, ms[k + 1]!.start);
    if (!COALITION_LED.test(head) || !HAS_FOUGHT.test(gap) || !factual(head + gap)) continue;
    const b = ctx.fill(ms[k + 1]!, STATES);
    if (b) ctx.add(a, 'OPPOSES', b, s, 0.6, 'coalition-led-by-fought');
  }
}

// --- "A backs the movement" ------------------------------------------------------------------------------
const BACKS_DEFINITE = /^\s+(?:(?:also|openly|still|has\s+long|long)\s+)?(?:backs|backed|supports|supported|arms|armed|funds|funded)\s+the\s+(movement|militia|rebels|group|insurgents|insurgency|party)\b/u;

function backsDefinite(ctx: RelateContext, scope: SentenceScope): void {
  const { s, ms, factual } = scope;
  const subject = namedSubject(ctx, s, ms);
  if (!subject || subject.entities.length !== 1 || !STATES.includes(subject.entities[0]!.type)) return;
  const tail = s.text.slice(subject.end - s.start, subject.end - s.start + 60);
  const b = BACKS_DEFINITE.exec(tail);
  if (!b || !factual(b[0])) return;
  // The group named last before the sentence (none named in it after the subject: the definite noun is not a name).
  const at = indexOf(ctx, s);
  let group: DocEntity | undefined;
  for (let i = ctx.mentions.length - 1; i >= 0 && !group; i--) {
    const m = ctx.mentions[i]!;
    if (m.sentence >= at) continue;
    if (m.sentence < at - 2) break;
    const e = entityOf(ctx, m);
    if (e?.type === 'ORGANIZATION') group = e;
  }
  if (group && group.id !== subject.entities[0]!.id) ctx.add(subject.entities[0]!, 'SUPPORTS', group, s, 0.5, 'backs-definite');
}

// --- "X, a former senator who sits on its board" --------------------------------------------------------
const SITS_ON_ITS = /^,\s+(?:a|an|the)\s+[^,;:()]{1,60}?\s+who\s+(?:also\s+|now\s+|still\s+)?(?:sits|serves)\s+on\s+its\s+(?:board|council|committee)\b/u;

function sitsOnIts(ctx: RelateContext, scope: SentenceScope): void {
  const { s, ms } = scope;
  const person = ms[0] ? ctx.fill(ms[0], PEOPLE) : undefined;
  if (!person || ms[0]!.start - s.start > 2) return;
  const tail = s.text.slice(ms[0]!.end - s.start, ms[0]!.end - s.start + 100);
  const w = SITS_ON_ITS.exec(tail);
  if (!w || /\b(?:former|once|previously)\s+(?:\p{Ll}+\s+)?who\b/u.test(w[0].replace(/^,\s+(?:a|an|the)\s+former\s+\p{Ll}+/u, '')) || !described(w[0])) return;
  // "its": the body that is the named subject of the sentence before.
  const at = indexOf(ctx, s);
  const prev = ctx.sentences[at - 1];
  if (!prev || prev.field !== s.field) return;
  const prevMs = ctx.mentions.filter((m) => m.sentence === at - 1);
  const subject = namedSubject(ctx, prev, prevMs);
  if (!subject || subject.entities.length !== 1 || !BODIES.includes(subject.entities[0]!.type)) return;
  ctx.add(person, 'WORKS_FOR', subject.entities[0]!, s, 0.55, 'sits-on-its-board');
}

// --- "Acme UK, the lender's British arm" -----------------------------------------------------------------
const ARM_OF = /^,\s+(?:the|its)\s+(?:\p{Ll}+[’']s\s+)?(?:\p{L}[\p{L}\-]*\s+){0,2}(?:arm|unit|subsidiary|division|branch|affiliate|offshoot)\b/u;

function armsOf(ctx: RelateContext, scope: SentenceScope): void {
  const { s, ms } = scope;
  for (const m of ms) {
    const part = entityOf(ctx, m);
    if (part?.type !== 'ORGANIZATION') continue;
    const a = ARM_OF.exec(s.text.slice(m.end - s.start, m.end - s.start + 60));
    if (!a || !described(a[0])) continue;
    // The parent: a body of the article whose name the part's name extends ("Acme" of "Acme UK").
    for (const e of ctx.entities.values()) {
      if (e.id !== part.id && BODIES.includes(e.type) && part.name.length > e.name.length + 1 && part.name.startsWith(e.name + ' ')) {
        ctx.add(part, 'PART_OF', e, s, 0.55, 'arm-of-parent');
        break;
      }
    }
  }
}

// --- "X was appointed to the Tolva Monetary Council" -----------------------------------------------------
const APPOINTED_TO = /^\s+(?:was|were|has\s+been|had\s+been|is|has\s+just\s+been)\s+(?:(?:also|recently|formally|later)\s+)?(?:appointed|named|elected|nominated|re-elected|reappointed)\s+to\s+(?:the\s+)?$/u;
const APPOINTED_BODY = /\b(?:board|council|commission|committee|court|senate|parliament|assembly|bench|panel|bank|authority|tribunal)$/iu;

function appointedTo(ctx: RelateContext, scope: SentenceScope): void {
  const { s, ms, local } = scope;
  for (let k = 0; k + 1 < ms.length; k++) {
    const person = ctx.fill(ms[k]!, PEOPLE);
    if (!person) continue;
    const gap = local(ms[k]!.end, ms[k + 1]!.start);
    const body = APPOINTED_TO.test(gap) ? ctx.fill(ms[k + 1]!, BODIES) : undefined;
    if (!body || !APPOINTED_BODY.test(body.name) || !described(gap)) continue;
    ctx.add(person, 'WORKS_FOR', body, s, 0.6, 'appointed-to-body');
  }
}

export const round14A: RelationRules = {
  name: 'round14-a',
  // Every rule needs its cue word.
  gate: { words: ['statement', 'which', 'closed', 'shut', 'seized', 'head', 'chair', 'chairman', 'chairwoman', 'chairperson', 'president', 'leader', 'chief', 'director', 'governor', 'who', 'led', 'backs', 'backed', 'supports', 'supported', 'arms', 'armed', 'funds', 'funded', 'its', 'arm', 'unit', 'subsidiary', 'division', 'branch', 'affiliate', 'offshoot', 'appointed', 'named', 'elected', 'nominated', 're-elected', 'reappointed'] },
  perSentence: (ctx, scope) => {
    const has = scope.hasWord;
    if (has('statement') && has('joint')) {
      jointList(ctx, scope);
      if (has('with')) jointWith(ctx, scope);
    }
    if (has('which') && has('signed')) whichSigned(ctx, scope);
    if (has('closed') || has('shut') || has('seized')) closedBy(ctx, scope);
    if (has('the') && (has('head') || has('chair') || has('chairman') || has('chairwoman') || has('chairperson') || has('president') || has('leader') || has('chief') || has('director') || has('governor'))) headOfDefinite(ctx, scope);
    if ((has('who') || has('which')) && (has('leads') || has('heads') || has('chairs') || has('runs'))) partyLeaders(ctx, scope);
    if (has('led') && has('by')) coalitionFights(ctx, scope);
    if (has('backs') || has('backed') || has('supports') || has('supported') || has('arms') || has('armed') || has('funds') || has('funded')) backsDefinite(ctx, scope);
    if (has('its') && has('who')) sitsOnIts(ctx, scope);
    if (has('arm') || has('unit') || has('subsidiary') || has('division') || has('branch') || has('affiliate') || has('offshoot')) armsOf(ctx, scope);
    if (has('to') && (has('appointed') || has('named') || has('elected') || has('nominated') || has('re-elected') || has('reappointed'))) appointedTo(ctx, scope);
  },
};
