/**
 * Job titles and the relationship each gives, shared by the role rules (offices.ts, roles.ts).
 *
 * A title phrase is the lower-case words of an office or job ("chief executive", "emergency relief
 * coordinator", "vice-chair and president", "head of labour rights"). Who holds it decides the type:
 * - in a country: PRESIDENT_OF for its president, HOLDS_OFFICE_IN for any other office;
 * - in an organisation or body: its head ("the chairman", "the speaker") LEADS it, an office of a
 *   government body ("a commissioner", "a former vice-president of the Commission") HOLDS_OFFICE_IN
 *   it, any other job ("a spokesman", "the UN’s relief coordinator") WORKS_FOR it;
 * - a writer of a publication or agency ("a Tolva Times correspondent") WRITES_FOR it;
 * - a political office named with a party ("a Tolva Party senator", "a former Unity minister") says
 *   the person is a member of the party, which the vocabulary does not type: nothing.
 */
import type { DocEntity } from '../document';
import type { RelationshipType } from '../vocabulary';

/** The last word(s) of a title phrase that make it a job or office. */
const TITLE_WORDS = [
  'chief executive officer', 'chief executive', 'chief operating officer', 'chief financial officer', 'chief technology officer', 'chief economist',
  'managing director', 'executive director', 'director-general', 'director general', 'secretary-general', 'secretary general', 'general secretary',
  'editor-in-chief', 'chairman', 'chairwoman', 'chairperson', 'chair', 'vice-chair', 'vice-chairman', 'president', 'vice-president', 'vice president',
  'head', 'chief', 'director', 'administrator', 'leader', 'founder', 'co-founder', 'boss', 'ceo', 'governor', 'commander', 'commissioner', 'speaker',
  'spokesman', 'spokeswoman', 'spokesperson', 'coordinator', 'co-ordinator', 'engineer', 'scientist', 'researcher', 'analyst', 'economist', 'lawyer',
  'counsel', 'adviser', 'advisor', 'official', 'officer', 'executive', 'manager', 'reporter', 'correspondent', 'journalist', 'columnist', 'writer', 'critic', 'commentator', 'editor',
  'employee', 'staffer', 'aide', 'negotiator', 'strategist', 'consultant', 'pilot', 'astronaut', 'judge', 'justice', 'prosecutor', 'registrar',
  'ombudsman', 'member', 'minister', 'prime minister', 'foreign minister', 'secretary', 'secretary of state', 'ambassador', 'envoy', 'chancellor',
  'premier', 'mayor', 'senator', 'lawmaker', 'legislator', 'congressman', 'congresswoman', 'representative', 'deputy', 'diplomat', 'general', 'professor',
  'lecturer', 'fellow', 'senior fellow', 'research fellow',
];
/** Alternation of the title words, longest first (for regexes that end at a title). */
export const TITLE_ALTERNATION = [...TITLE_WORDS].sort((a, b) => b.length - a.length).join('|');
const TITLE_END = new RegExp(`(?:^|[\\s\\-])(?:${TITLE_ALTERNATION})$`, 'u');

/** Heads of what they hold ("the chairman of", "the speaker of", "the UN secretary-general"). */
const HEAD = /\b(?:chief executive|chief|head|chairman|chairwoman|chairperson|chair|president|founder|co-founder|director|director-general|director general|secretary-general|secretary general|general secretary|leader|ceo|boss|administrator|governor|commander|editor-in-chief|speaker|mayor)\b/u;
/** "chief operating officer", "chief scientist": a chief of one field works for the body; only "chief executive" (and "chief of") leads it. */
const OTHER_CHIEF = /\bchief\s+(?!executive\b|of\b|judge\b|justice\b)\p{Ll}/u;
/** The offices a state, province or region has of its own. */
/** (A state's cabinet posts count: "Maryland’s transportation secretary", "Odisha’s chief secretary", "Bavaria’s interior minister"; not a press secretary, a job.) */
const REGION_OFFICE = /\b(?:governor|lieutenant governor|premier|first minister|chief minister|mayor|president|prime minister|attorney general|attorney-general|secretary of state|treasurer|comptroller|(?<!\bpress\s)(?:(?:chief|transportation|transport|health|finance|education|interior|home|environment|energy|justice|labour|labor|agriculture|housing|economy|economic|public|state)\s+)(?:secretary|minister))$/u;
/** Deputies and assistants do not lead. */
const SECOND = /\b(?:vice|deputy|assistant|associate|acting)\b|\bco-chair|\bvice-/u;
/** "head of labour rights", "director of communications": the head of a department works for the body. */
const HEAD_OF_AREA = /\b(?:head|director|chief|chairman|chair|leader)\s+of\s+(?!(?:the|a|an|its|his|her|their)\b)\p{Ll}/u;
/** "the UN’s climate chief", "Acme’s finance chief": the head of one field of the body works for it (not "chief" of "commander-in-chief"). */
const AREA_CHIEF = /(?:^|\s)(?!(?:the|a|an|its|deputy|vice|overall)\s)\p{Ll}[\p{L}]*\s+chief$/u;
/** "Acme’s finance director", "the sales head": a director of one field works for the body (a managing or executive director leads it). */
const AREA_HEAD = /(?:^|\s)(?!(?:the|a|an|its|their|managing|executive|general|former|new|interim|overall|founding)\s)\p{Ll}[\p{L}]*\s+(?:director|head)$/u;
/** Offices held in a government body, rather than jobs in it. */
const BODY_OFFICE = /\b(?:commissioner|minister|secretary|judge|justice|advocate general|prosecutor|member|senator|deputy|envoy|ambassador|official|governor|registrar|ombudsman|president|vice-president|vice president|chair|speaker|representative)\b/u;
/** Offices of politics: named with a party they are membership, not employment. */
const POLITICAL = /(?:^|\s)(?:senator|minister|mp|lawmaker|legislator|deputy|councillor|councilor|congressman|congresswoman|representative|member|mayor|candidate|activist|politician|secretary of state|prime minister)$/u;
/** Those who write for a publication or agency ("a Tolva Times correspondent"): WRITES_FOR it. */
const WRITER = /(?:^|\s)(?:reporter|correspondent|journalist|columnist|writer|critic|commentator)$/u;
/** Modifiers that say the office is not (yet) held: an incoming or would-be holder holds nothing. */
export const NOT_HELD = /\b(?:would-be|prospective|incoming|future|designate|elect|potential|possible|likely|expected|proposed|nominated)\b/u;

/** Whether a title is an office a state, province or city has of its own ("New Jersey’s attorney general", "the city’s mayor"). */
export const isLocalOffice = (title: string) => REGION_OFFICE.test(title.toLowerCase()) && !SECOND.test(title.toLowerCase());

/** Whether a lower-case phrase ends in a job or office ("emergency relief coordinator", "vice-chair and president"). */
export const isTitle = (phrase: string) => TITLE_END.test(phrase.toLowerCase()) || HEAD_OF_AREA.test(phrase.toLowerCase());

/**
 * The relationship a title gives its holder. `definite`: the title was named with "the" or a
 * possessive (one holder), not "a" (one of several).
 */
export function roleOf(title: string, holder: DocEntity, definite: boolean): RelationshipType | null {
  const t = title.toLowerCase();
  // A former president held the presidency: the keys type it as such, with "former" in the description.
  if (holder.type === 'COUNTRY' || holder.type === 'CITY') return holder.type === 'COUNTRY' && /\bpresident\b/u.test(t) && !SECOND.test(t) ? 'PRESIDENT_OF' : 'HOLDS_OFFICE_IN';
  // A state or province holds only its political offices ("Guerrero’s governor"), not any job named with it.
  if (holder.type === 'REGION') return REGION_OFFICE.test(t) && !SECOND.test(t) ? 'HOLDS_OFFICE_IN' : null;
  if (!['ORGANIZATION', 'GOVERNMENT_BODY', 'PUBLICATION', 'NEWS_AGENCY'].includes(holder.type)) return null;
  if (holder.type === 'ORGANIZATION' && POLITICAL.test(t)) return null;
  if ((holder.type === 'PUBLICATION' || holder.type === 'NEWS_AGENCY') && WRITER.test(t)) return 'WRITES_FOR';
  // "a Kremlin critic", "a fierce critic of Acme": an opponent of a body that is no publication, not one of its staff.
  if (/(?:^|\s)critic$/u.test(t)) return null;
  // "a former chairman of Acme": one of its past heads, so "a" does not make it one job among several.
  const head = definite || /\bformer\b/u.test(t);
  if (head && HEAD.test(t) && !OTHER_CHIEF.test(t) && !SECOND.test(t) && !HEAD_OF_AREA.test(t) && !AREA_CHIEF.test(t) && !AREA_HEAD.test(t)) return 'LEADS';
  return holder.type === 'GOVERNMENT_BODY' && BODY_OFFICE.test(t) && !HEAD_OF_AREA.test(t) ? 'HOLDS_OFFICE_IN' : 'WORKS_FOR';
}

/** The description of an office ("Holds the office “former vice-president”."), none for a president of a country. */
export const officeDescription = (type: RelationshipType, title: string) => (type === 'PRESIDENT_OF' ? null : `Holds the office “${title}”.`);
