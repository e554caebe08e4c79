/**
 * Entity rules of round 9 that read a name's written form (stage `cluster`, called from
 * name-kinds.ts's nameShapeVotes with one line). Each is a pattern of ordinary news English, tested
 * on invented text (test/unit/ingest/entity-forms-round9-ents9.test.ts); none names an entity.
 */
import { loadGazetteer } from './gazetteer';
import type { NameOccurrence, NameVote } from './name-kinds';

/**
 * One word of capitalised parts joined by hyphens, with at most a short lower-case particle
 * between two of them: "Orvex-Tolland", "Velmar-Kessel", "Tehreek-e-Orvan".
 */
const HYPHENATED_NAME = /^\p{Lu}\p{Ll}+(?:-(?:\p{Ll}{1,4}-)?\p{Lu}\p{Ll}+)+$/u;

/**
 * A hyphenated name standing alone inside a sentence, with no other cue, is most often a company,
 * a party or a movement ("shares of Orvex-Tolland", "Tehreek-e-Orvan was banned"), as a lone
 * capitalised word is (cluster's 'lone-proper-noun', of the same weight): a person's
 * double-barrelled surname joins the person's full name first, and a place takes its gazetteer's
 * vote. Two peoples or places joined ("Sino-Tolvan", "Tolva-Vasko") name a tie between them, no
 * entity: no part may be a people's adjective, a country or a world region, and not every part a city.
 */
export function hyphenatedNameVotes(o: NameOccurrence, textVotes: boolean, votes: NameVote[]): void {
  const text = o.cand.text;
  if (!textVotes || o.cand.initial || !text.includes('-') || !HYPHENATED_NAME.test(text)) return;
  const before = o.sentence.tokens[o.first - 1];
  if (before?.numeric) return;
  const g = loadGazetteer();
  const parts = text.split('-').filter((w) => /^\p{Lu}/u.test(w));
  if (parts.some((w) => g.demonym(w) || g.country(w) || g.isRegion(w) || g.isSubdivision(w)) || parts.every((w) => g.isCity(w))) return;
  if (g.isCity(text)) return;
  votes.push({ type: 'ORGANIZATION', confidence: 0.35, rule: 'hyphenated-proper-noun' });
}
