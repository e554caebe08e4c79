/**
 * Support that is not a verb before its beneficiary:
 * - a pledge of a country's support: "pledged Peru’s continued support for Chile", "met Omar Vance,
 *   the Chilean president, to whom he pledged Peru’s support" (support pledged to a head of state
 *   is support for the state);
 * - money given to a project: "The Andean Fund contributed around €20m." (to the project named in
 *   the sentence, or the last one named shortly before: the article's subject).
 */
import type { EntityType } from '../../../src/generated/graphql';
import { HYPOTHETICAL_CUES, NEGATION_CUES } from '../cues';
import type { DocMention } from '../document';
import { lastClause } from './clauses';
import type { RelationRules } from './context';
import { countryLedBy } from './holders';
import { PARTY } from './pair-rules';

const PLEDGED = /\b(?:pledged|pledges|pledge|pledging|promised|promises|reaffirmed|reaffirms|reiterated|reiterates|offered|offers|expressed|expresses|assured\s+(?:him|her|them)\s+of)\s+$/u;
const SUPPORT_NOUN = /^[’']s\s+(?:(?:continued|continuing|full|unwavering|strong|steadfast|firm|total|unconditional|ongoing|military|financial|political|diplomatic|economic)\s+(?:and\s+)?){0,3}(?:support|backing|solidarity)\b/u;
const FOR_RECIPIENT = /^\s+(?:for|to|with)\s+(?:the\s+)?$/u;
const TO_WHOM = /,\s+to\s+whom\s+(?:he|she|they|it)?\s*$/u;
const CONTRIBUTED = /\b(?:contributed|contributes|granted|grants|lent|lends|invested|invests|committed|commits|allocated|allocates|provided|provides)\s+(?:(?:around|about|some|nearly|almost|more than|over|up to|roughly|an estimated|a further|another)\s+)?[€$£¥]\s?\d[\d.,]*\s*(?:m|bn|million|billion|tn|trillion)?\b/u;
const DONORS: readonly EntityType[] = ['COUNTRY', 'ORGANIZATION', 'GOVERNMENT_BODY'];
/** How many sentences back a project may be named for "contributed €20m" without naming it. */
const PROJECT_WINDOW = 3;

export const backing: RelationRules = {
  name: 'backing',
  perSentence: (ctx, scope) => {
    const { s, ms, local, conditional } = scope;
    if (conditional) return;
    const stated = (until: number) => {
      const clause = lastClause(local(s.start, until));
      return !NEGATION_CUES.test(clause) && !HYPOTHETICAL_CUES.test(clause);
    };
    // "pledged Peru’s continued support for Chile"
    for (let j = 0; j < ms.length; j++) {
      const before = local(s.start, ms[j]!.start);
      const after = s.text.slice(ms[j]!.end - s.start);
      const noun = SUPPORT_NOUN.exec(after);
      if (!PLEDGED.test(before) || !noun) continue;
      const supporter = ctx.fill(ms[j]!, DONORS);
      if (!supporter || !stated(ms[j]!.start)) continue;
      const next = ms[j + 1];
      let recipientMention: DocMention | undefined = next && FOR_RECIPIENT.test(local(ms[j]!.end + noun[0].length, next.start)) ? next : undefined;
      const toWhom = TO_WHOM.exec(before.replace(PLEDGED, ''));
      if (!recipientMention && toWhom) recipientMention = ms.slice(0, j).filter((x) => x.end <= s.start + toWhom.index).pop();
      if (!recipientMention) continue;
      const r = ctx.entities.get(recipientMention.entityId);
      const recipient = r?.type === 'PERSON' && supporter.type === 'COUNTRY' ? (countryLedBy(ctx, r) ?? r) : ctx.fill(recipientMention, PARTY);
      if (recipient && recipient.id !== supporter.id) ctx.add(supporter, 'SUPPORTS', recipient, s, 0.6, 'pledged-support');
    }
    // "The Andean Fund contributed around €20m (to the Tolva Bridge)."
    const money = CONTRIBUTED.exec(s.text);
    if (money && stated(s.start + money.index)) {
      const at = s.start + money.index;
      const donorMention = ms.filter((x) => x.end <= at && /^\s+(?:(?:has|had|have|also|already)\s+)?$/u.test(local(x.end, at))).pop();
      const donor = donorMention ? ctx.fill(donorMention, DONORS) : undefined;
      const named = ms.find((x) => x.start > at && ctx.entities.get(x.entityId)?.type === 'PROJECT');
      const project = named ? ctx.entities.get(named.entityId) : recentProject(ctx, s.index, s.field);
      if (donor && project) ctx.add(donor, 'SUPPORTS', project, s, 0.55, 'contributed-money');
    }
  },
};

/** The project named last in the few sentences before sentence `index` of `field`. */
function recentProject(ctx: Parameters<NonNullable<RelationRules['perSentence']>>[0], index: number, field: string) {
  let found: string | undefined;
  for (const m of ctx.mentions) {
    if (m.field !== field || m.sentence >= index || m.sentence < index - PROJECT_WINDOW) continue;
    if (ctx.entities.get(m.entityId)?.type === 'PROJECT') found = m.entityId;
  }
  return found ? ctx.entities.get(found) : undefined;
}
