/**
 * Membership of a country in an alliance or bloc (country PART_OF organisation), from the noun
 * phrases journalists use for it:
 * - the organisation as a modifier before the country: "Nato member Turkey", "fellow EU member state
 *   Hungary";
 * - an apposition of the country: "Turkey, a Nato member,", "Hungary, an EU member state,",
 *   "Kenya, a member of the Tolva Pact,", "Kenya, which is a member of the Tolva Pact";
 * - a leader's second description: "X, Turkey’s president and the only leader of a Nato country at
 *   the summit" (the country the first title names is the member country).
 * A negation, hedge or would-be membership in the phrase ("Neither Kenya nor Peru is a member of",
 * "a would-be member", "a former member", "hopes to become a member") gives nothing.
 */
import type { EntityType } from '../../../src/generated/graphql';
import { HYPOTHETICAL_CUES, NEGATION_CUES } from '../cues';
import type { DocMention } from '../document';
import type { RelationRules } from './context';

/** The nouns of the family's patterns; the family's gate is built from them. */
const MEMBER_NOUNS = ['member', 'country', 'nation'] as const;
const NOUNS = `(?:member\\s+(?:state|country|nation)|${MEMBER_NOUNS.join('|')})`;

const COUNTRIES: readonly EntityType[] = ['COUNTRY'];
const BLOCS: readonly EntityType[] = ['ORGANIZATION'];
/** Modifiers that make the membership not (yet) a fact. */
const NOT_MEMBER = /\b(?:former|ex|would-be|prospective|aspiring|candidate|potential|possible|future|non|non-)\b/u;
const described = (phrase: string) => !NEGATION_CUES.test(phrase) && !HYPOTHETICAL_CUES.test(phrase) && !NOT_MEMBER.test(phrase);

/** "Nato member " / "fellow EU member state " between the bloc and the country. */
const BLOC_BEFORE_COUNTRY = new RegExp(`^\\s+${NOUNS}\\s+$`, 'u');
/** "fellow " / "the " / "" before the bloc that opens "Nato member Turkey". */
const BLOC_OPENING = /(?:^|\s)(?:(?:the|fellow|founding)\s+)*$/u;
/** ", a Nato member" / ", an EU member state": between the country and the bloc, and after the bloc. */
const APPOSITION_OPENING = /^,\s+(?:a|an|the)\s+(?:(?:fellow|founding|full|key|leading)\s+)?$/u;
const NOUN_AFTER = new RegExp(`^\\s+${NOUNS}\\b(?!\\s+of\\b)`, 'u');
/** ", a member of the " / ", which is a member of " between the country and the bloc. */
const MEMBER_OF = /^,\s+(?:which\s+is\s+(?:also\s+)?)?(?:a|an)\s+(?:(?:fellow|founding|full|key|leading)\s+)?member\s+of\s+(?:the\s+)?$/u;
/** "’s president and the only leader of a " between the country and the bloc of "… a Nato country". */
const LEADER_OF_A = /^[’']s\s+[^,;()]{1,50}?\s+and\s+(?:the\s+)?(?:(?:only|first|sole|last)\s+)?(?:leader|head|president|prime minister|ruler)\s+of\s+(?:a|an)\s+$/u;
/** What ends the phrase after "a Nato country": a pause, a place or time phrase, not "country’s" or another noun. */
const COUNTRY_AFTER = new RegExp(`^\\s+${NOUNS}\\b(?![’'\\-])(?=[,.;)]|\\s+(?:at|in|to|on|and|since|for)\\b|\\s*$)`, 'u');

export const membership: RelationRules = {
  name: 'membership',
  // Every pattern needs a bloc's mention and one of the nouns.
  gate: { types: BLOCS, words: [...MEMBER_NOUNS] },
  perSentence: (ctx, { s, ms, local }) => {
    const add = (country: DocMention, bloc: DocMention, rule: string) => {
      const c = ctx.fill(country, COUNTRIES);
      const b = ctx.entities.get(bloc.entityId);
      if (c && b && BLOCS.includes(b.type)) ctx.add(c, 'PART_OF', b, s, 0.65, rule);
    };
    for (let j = 0; j + 1 < ms.length; j++) {
      const [a, b] = [ms[j]!, ms[j + 1]!];
      const between = local(a.end, b.start);
      // "Nato member Turkey": the bloc first.
      if (BLOC_BEFORE_COUNTRY.test(between) && BLOC_OPENING.test(local(Math.max(s.start, a.start - 12), a.start)) && described(local(Math.max(s.start, a.start - 40), b.start))) add(b, a, 'bloc-member-country');
      // "Turkey, a Nato member," / "Turkey, a member of Nato".
      const after = s.text.slice(b.end - s.start);
      if (APPOSITION_OPENING.test(between) && NOUN_AFTER.test(after) && described(between + NOUN_AFTER.exec(after)![0])) add(a, b, 'apposition-bloc-member');
      if (MEMBER_OF.test(between) && described(between)) add(a, b, 'apposition-member-of');
      // "Turkey’s president and the only leader of a Nato country".
      if (LEADER_OF_A.test(between) && COUNTRY_AFTER.test(after) && described(between)) add(a, b, 'leader-of-a-bloc-country');
    }
  },
};
