/**
 * Offices and heads from what happens to a person, rather than from a description of them:
 * - elected, sworn in, appointed to an office or taking one over: "X has been elected president of
 *   Kenya", "X was sworn in as Kenya’s prime minister", "X, who was elected Kenya’s president in
 *   2019", "X took over as chief executive of Acme" (and one left: "X stepped down as …", a former role);
 * - named to a post by a body: "Acme reinstates X as chief executive", "The board named X, the
 *   chief technology officer, as interim chief executive" (the board is its company's organ);
 * - a head by a verb: "X leads the Tolva Party", "X, 53, heads the agency";
 * - the chair of a body's board: "a new board chaired by X" (the key convention: the chair of a
 *   company's board LEADS the company);
 * - a top job named without its company, in a story about one company: "X, the chief technology
 *   officer, said" (C-suite titles only, and only when "the company" is unambiguous).
 * Which relationship a title gives is decided in titles.ts. A hedge, negation or condition on the
 * stretch that states the act ("could be elected", "hopes to be named", "was not re-elected") and a
 * title not held yet ("the incoming chairman") give nothing.
 */
import type { EntityType } from '../../../src/generated/graphql';
import type { DocEntity, DocMention, Sentence } from '../document';
import type { RelateContext, RelationRules, SentenceScope } from './context';
import { BODIES, kindReferent, onlyBody, titleAt } from './roles';
import { NOT_HELD, officeDescription, roleOf } from './titles';

const HOLDERS: readonly EntityType[] = ['COUNTRY', 'REGION', 'ORGANIZATION', 'GOVERNMENT_BODY', 'PUBLICATION', 'NEWS_AGENCY'];

/** An apposition between the name and what follows ("X, a former pundit, has been …"; "X, 53, leads …"). */
const APPOSITION = String.raw`(?:,\s+[^,;()]{1,80}?,)?`;
/** "has been elected", "was sworn in as", "was named", "is to return as", "who was elected" after the name. */
const ELECTED = new RegExp(String.raw`^${APPOSITION}(?:,\s+who)?\s+(?:has\s+been|have\s+been|had\s+been|was|were|is|will\s+be|has|had)?\s*(?:(?:formally|officially|now|also|unanimously|narrowly|first)\s+)?(?:(?:elected|re-elected|sworn\s+in|appointed|named|installed|confirmed|reinstated|chosen|picked|promoted)(?:\s+as)?|(?:is\s+to\s+|will\s+)?return(?:ed|s)?\s+as|(?:took|takes|has\s+taken|had\s+taken|will\s+take)\s+over\s+as|(?:stepped|steps|has\s+stepped)\s+(?:in|down)\s+as|(?:resigned|retired|has\s+resigned|has\s+retired)\s+as)\s+(?:the\s+)?(?:new\s+)?`, 'u');
/** The act on the body's side, right before the name: "Acme reinstates X", "the board named X". */
const NAMES_BEFORE = /(?:^|\s)(?:appoint(?:s|ed)?|name[sd]?|reinstate[sd]?|hire[sd]?|elect(?:s|ed)?|pick(?:s|ed)|chose|chooses|install(?:s|ed)|promote[sd]?|re-elect(?:s|ed)?)\s+$/u;
/** After the name of an appointee: "as (its new) chief executive" (an apposition may stand between). */
const AS_TITLE = new RegExp(String.raw`^${APPOSITION}\s+as\s+(?:(?:its|their|the)\s+)?(?:new\s+)?`, 'u');
/** What may stand between the body and the act: an adverb or a date, never another verb. */
const SUBJECT_GAP = /^\s+(?:(?:first|then|later|also|formally|officially|quickly|has|have|had|on\s+\p{Lu}\p{Ll}+)\s+)*$/u;
/** "The board", "Its board", "The company’s board" opening the sentence: the company's organ. */
const BOARD_SUBJECT = /^(?:The|Its|Their|The\s+company[’']s|The\s+firm[’']s)\s+(?:new\s+)?board\s+(?:(?:first|then|later|also|has|had|on\s+\p{Lu}\p{Ll}+)\s+)*$/u;
/** "X leads the Tolva Party" / "X, 53, heads the agency" (between the name and the body). */
const LEADS_VERB = new RegExp(String.raw`^${APPOSITION}\s+(?:(?:now|also|still|currently)\s+)?(?:leads|heads|chairs|runs|has\s+led|has\s+headed|has\s+chaired|has\s+run)\s+(?:the\s+)?$`, 'u');
/** A name goes on after the mention: the mention is a piece of a longer name. */
const NAME_GOES_ON = /^(?:[\-–—]\p{Lu}|\s+\p{Lu}[\p{Ll}])/u;
/** "a new board chaired by " / "its board, chaired by " right before the chair's name. */
const BOARD_CHAIRED = /(?:^|\s)(?:(?:the|a|an|its|their|new|initial|interim|new\s+initial)\s+)*board(?:\s+of\s+directors)?,?\s+(?:(?:now|to\s+be)\s+)?(?:chaired|led|headed)\s+by\s+$/u;
/** "the Tolva Group board chaired by ": a body named right before the board. */
const BODY_BOARD = /^\s+board(?:\s+of\s+directors)?,?\s+(?:(?:now|to\s+be)\s+)?(?:chaired|led|headed)\s+by\s+$/u;
/** The top jobs of a company: named bare ("X, the chief technology officer"), they are jobs in the story's company. */
const C_SUITE = /^(?:chief\s+(?:executive|operating|financial|technology|technical|scientific|information|marketing|commercial|product|legal|risk|strategy|digital|data|security|people|investment)(?:\s+officer)?|chief\s+scientist|chief\s+economist)$/u;
const BARE_TITLE = /^,\s+the\s+((?:(?:former|interim|acting|new)\s+)?)/u;
/** A title that goes on to name its holder ("the chief executive of Acme"): read by offices.ts. */
const TITLE_GOES_ON = /^\s+(?:of|at|for|with)\s/u;

/** The holder named right after a title: "president of Kenya", "Kenya’s president" before it. */
function holderOfTitle(ctx: RelateContext, { s }: SentenceScope, at: ReadonlyMap<number, DocMention>, from: number): { holder?: DocEntity; title: string } | null {
  // "elected Kenya’s president".
  const owner = at.get(from);
  if (owner) {
    const possessive = /^[’']s\s+/u.exec(s.text.slice(owner.end - s.start));
    const title = possessive ? titleAt(s, owner.end + possessive[0].length) : null;
    const holder = title ? ctx.fill(owner, HOLDERS) : undefined;
    return holder && title ? { holder, title: title.text } : null;
  }
  // "elected president of Kenya", "returns as chief executive of Acme".
  const title = titleAt(s, from);
  if (!title) return null;
  const of = /^\s+(?:of|at)\s+(?:the\s+)?/u.exec(s.text.slice(title.end - s.start));
  const body = of ? at.get(title.end + of[0].length) : undefined;
  // No holder named ("as chief executive"): the caller may know it from the sentence's subject.
  if (!body) return { title: title.text };
  if (NAME_GOES_ON.test(s.text.slice(body.end - s.start))) return null;
  const holder = ctx.fill(body, HOLDERS);
  return holder ? { holder, title: title.text } : null;
}

/** Records the role a title gives, unless it is not held yet. */
function addRole(ctx: RelateContext, s: Sentence, person: DocEntity, title: string, holder: DocEntity, rule: string, confidence: number): void {
  if (NOT_HELD.test(title)) return;
  const type = roleOf(title, holder, true);
  if (type) ctx.add(person, type, holder, s, confidence, rule, officeDescription(type, title));
}

/** Whose board "a new board" is: the one body named before it in the sentence, else the story's company. */
function boardOwner(ctx: RelateContext, { s, ms }: SentenceScope, before: number): DocEntity | undefined {
  const earlier = ms.filter((x) => x.end <= before);
  if (earlier.some((x) => BODIES.includes(ctx.entities.get(x.entityId)?.type ?? 'PERSON'))) return onlyBody(ctx, earlier);
  return kindReferent(ctx, s, 'company');
}

export const appointments: RelationRules = {
  name: 'appointments',
  // Every rule reads a person's mention and one of these words.
  gate: {
    types: ['PERSON'],
    words: ['elected', 're-elected', 'sworn', 'appointed', 'appoints', 'appoint', 'named', 'names', 'name', 'installed', 'installs', 'confirmed', 'reinstated', 'reinstates', 'chosen', 'chose', 'chooses', 'picked', 'picks', 'promoted', 'promotes', 'hired', 'hires', 'elects', 'return', 'returns', 'returned', 'leads', 'heads', 'chairs', 'runs', 'led', 'headed', 'chaired', 'run', 'chief', 'took', 'takes', 'taken', 'take', 'stepped', 'steps', 'resigned', 'retired'],
  },
  perSentence: (ctx, scope) => {
    const { s, ms, local, factual } = scope;
    const at = new Map<number, DocMention>();
    for (const m of ms) at.set(m.start, m);
    for (let j = 0; j < ms.length; j++) {
      const m = ms[j]!;
      const person = ctx.entities.get(m.entityId);
      if (!person || person.type !== 'PERSON') continue;
      const after = s.text.slice(m.end - s.start);
      // "X has been elected president of Kenya", "X was sworn in as Kenya’s prime minister".
      const elected = ELECTED.exec(after);
      if (elected) {
        const found = holderOfTitle(ctx, scope, at, m.end + elected[0].length);
        if (found?.holder && factual(local(s.start, m.end) + elected[0])) addRole(ctx, s, person, found.title, found.holder, 'elected-to-office', 0.7);
      }
      // "Acme reinstates X as chief executive", "The board first named X, the CTO, as interim chief executive".
      const before = local(s.start, m.start);
      const act = NAMES_BEFORE.exec(before);
      const as = act ? AS_TITLE.exec(after) : null;
      if (act && as && factual(before)) {
        const found = holderOfTitle(ctx, scope, at, m.end + as[0].length);
        const verbAt = m.start - act[0].length;
        const subject = ms.slice(0, j).reverse().find((x) => x.end <= verbAt);
        const bySubject = subject && SUBJECT_GAP.test(local(subject.end, verbAt) + ' ') ? ctx.fill(subject, HOLDERS) : undefined;
        const byBoard = !subject && BOARD_SUBJECT.test(local(s.start, verbAt + 1).trimEnd() + ' ') ? kindReferent(ctx, s, 'company') : undefined;
        const holder = found?.holder ?? bySubject ?? byBoard;
        if (found && holder) addRole(ctx, s, person, found.title, holder, 'named-to-office', 0.65);
      }
      // "X leads the Tolva Party".
      const next = ms[j + 1];
      if (next && LEADS_VERB.test(local(m.end, next.start)) && !NAME_GOES_ON.test(s.text.slice(next.end - s.start)) && factual(local(s.start, next.start))) {
        const body = ctx.fill(next, BODIES);
        if (body) ctx.add(person, 'LEADS', body, s, 0.65, 'leads-verb');
      }
      // "a new board chaired by X": the chair leads the board's body.
      const chaired = BOARD_CHAIRED.exec(before);
      if (chaired && factual(before)) {
        const prev = ms[j - 1];
        const named = prev && BODY_BOARD.test(local(prev.end, m.start)) ? ctx.fill(prev, BODIES) : undefined;
        const owner = named ?? (prev && BODY_BOARD.test(local(prev.end, m.start)) ? undefined : boardOwner(ctx, scope, m.start - chaired[0].length));
        if (owner) ctx.add(person, 'LEADS', owner, s, 0.6, 'board-chaired-by', `Chairs its “${chaired[0].trim()}”.`);
      }
      // "X, the chief technology officer, said": a top job in the story's one company.
      const bare = BARE_TITLE.exec(after);
      if (bare) {
        const title = titleAt(s, m.end + bare[0].length);
        if (title && C_SUITE.test(title.text) && !TITLE_GOES_ON.test(s.text.slice(title.end - s.start)) && !/^[’']s/u.test(s.text.slice(title.end - s.start))) {
          const company = kindReferent(ctx, s, 'company');
          if (company) addRole(ctx, s, person, `${bare[1]}${title.text}`, company, 'bare-top-title+company', 0.55);
        }
      }
    }
  },
};
