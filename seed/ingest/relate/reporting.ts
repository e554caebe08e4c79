/**
 * Reporting: a publication that reports or says, on the events and projects of the sentence; and
 * "The daily X had reported that …" on the one person the report is about (the only person its
 * reported clause names; none when it names two; for "reported that he …", the person "he" stands for;
 * with no person, the organisation or body the clause opens with: "reported that the Tolva Party’s
 * headquarters had paid …"); and a report named after its content ("A, who …, visited P on Tuesday,
 * Tolva News, the state news agency, reported.") on the person or body the sentence opens with.
 */
import { HYPOTHETICAL_CUES, NEGATION_CUES } from '../cues';
import { lastClause } from './clauses';
import type { RelationRules } from './context';

const REPORTS_AFTER = /^(?:\s*,[^,]{0,40},)?\s+(?:has\s+|had\s+)?(?:reported|reports|said|says|wrote|revealed|published)\b/u;
const REPORTED_BY = /\b(?:according to|reported by|told)\s+(?:the\s+)?$/u;
/** "… had reported (on Sunday) that": the start of the reported clause. */
const REPORTED_THAT = /^(?:\s*,[^,]{0,40},)?\s+(?:has\s+|had\s+)?(?:reported|reports|revealed|reveals|wrote|writes)\s+(?:(?:on|last|this)\s+\p{L}+\s+|earlier\s+|in\s+\p{Lu}\p{Ll}+\s+)?that\s/u;

/** "…, Tolva News, the state news agency, reported.": the sentence ends with the attribution. */
const TRAILING_REPORT = /^(?:,\s+(?:the|a|an)\s+[^,;]{1,50},)?\s+(?:has\s+|had\s+)?(?:reported|reports|said|says)(?:\s+on\s+\p{Lu}\p{Ll}+)?\s*[.!]?\s*$/u;
/** Before the attribution: a comma (the content ends there). */
const COMMA_BEFORE = /,\s*$/u;
/** What may open a sentence before its subject: a possessive place and a title ("Kenya’s King …", "The Tolva …"). */
const SUBJECT_OPENING = /^(?:(?:The|the)\s+)?(?:[\p{L}\-]+\s+){0,3}$/u;
/** The parties a report may be about (places and events are read above). */
const ABOUT = new Set(['PERSON', 'ORGANIZATION', 'GOVERNMENT_BODY']);

/** A reported clause whose subject is a pronoun for a person. */
const PRONOUN_SUBJECT = /^(?:he|she)\b/u;

export const reporting: RelationRules = {
  name: 'reporting',
  // Every rule of the family needs such a mention.
  gate: { types: ['PUBLICATION', 'NEWS_AGENCY'] },
  perSentence: (ctx, scope) => {
    const { s, ms, local, conditional } = scope;
    const { entities, add } = ctx;
    for (const m of ms) {
      const pub = entities.get(m.entityId);
      if (!pub || (pub.type !== 'PUBLICATION' && pub.type !== 'NEWS_AGENCY')) continue;
      const after = s.text.slice(m.end - s.start);
      const beforeText = local(s.start, m.start);
      if (!REPORTS_AFTER.test(after) && !REPORTED_BY.test(beforeText)) continue;
      // "A, who …, visited P on Tuesday, Tolva News, the state news agency, reported.": about the subject A.
      if (!conditional && COMMA_BEFORE.test(beforeText) && TRAILING_REPORT.test(after)) {
        const subject = ms.find((x) => x.end <= m.start && ABOUT.has(entities.get(x.entityId)!.type));
        const opening = subject ? local(s.start, subject.start).replace(/^[\p{Lu}][\p{L}\-]*[’']s\s+/u, '') : '';
        if (subject && subject.entityId !== pub.id && SUBJECT_OPENING.test(opening) && !NEGATION_CUES.test(local(subject.end, m.start)) && !HYPOTHETICAL_CUES.test(local(subject.end, m.start))) {
          add(pub, 'REPORTS_ON', entities.get(subject.entityId)!, s, 0.5, 'publication-trailing-report');
        }
      }
      for (const other of ms) {
        const t = entities.get(other.entityId);
        if (t && t.id !== pub.id && (t.type === 'EVENT' || t.type === 'PROJECT')) add(pub, 'REPORTS_ON', t, s, 0.6, 'publication-reports');
      }
      // "… had reported that A, a former employer of Mr B, had filed …": the one person of the clause.
      const that = REPORTED_THAT.exec(after);
      // The clause that ends at "that" decides ("X refused …, but N reported that …" still reports).
      const reportClause = that ? lastClause(local(s.start, m.end + that[0].length)) : '';
      if (!that || conditional || NEGATION_CUES.test(reportClause) || HYPOTHETICAL_CUES.test(reportClause)) continue;
      const from = m.end + that[0].length;
      // "… reported that he had told …, in an exchange with B": the report is about the one "he" stands
      // for (the last person named before), not a person named later in the clause.
      if (PRONOUN_SUBJECT.test(s.text.slice(from - s.start))) {
        const before = ms.filter((x) => x.end <= m.start && entities.get(x.entityId)?.type === 'PERSON');
        const id = before.length > 0 ? before[before.length - 1]!.entityId : ctx.lastOf(s, ['PERSON']);
        if (id) add(pub, 'REPORTS_ON', entities.get(id)!, s, 0.5, 'publication-reported-that-pronoun');
        continue;
      }
      const people = new Set(ms.filter((x) => x.start >= from && entities.get(x.entityId)?.type === 'PERSON').map((x) => x.entityId));
      if (people.size === 1) add(pub, 'REPORTS_ON', entities.get([...people][0]!)!, s, 0.55, 'publication-reported-that-person');
      // No person: the organisation or body the clause opens with ("that the Tolva Party’s headquarters had …").
      if (people.size > 0) continue;
      const opens = ms.find((x) => x.start >= from && /^(?:the\s+)?$/u.test(local(from, x.start)));
      const body = opens ? entities.get(opens.entityId) : undefined;
      if (body && body.id !== pub.id && (body.type === 'ORGANIZATION' || body.type === 'GOVERNMENT_BODY')) add(pub, 'REPORTS_ON', body, s, 0.5, 'publication-reported-that-body');
    }
  },
};
