/**
 * Type cues of named vehicles and titles of works (stage cluster): the keys type a named ship, a
 * train or a film as a PROJECT (test/fixtures/README.md), and nothing in such a name says so (a
 * ship is named like a person, "Orvo Leader", a film like anything, "Tarnish Hollow"), so the words
 * around it must:
 * - a kind noun of a vehicle or a work before the name, after a determiner: "the container ship
 *   Velma Star", "her documentary Orvo Nights";
 * - the same noun heading an apposition after it: "Velma Star, a car carrier,", "Orvo Nights,
 *   Ana Ruiz’s three-hour film about …";
 * - a work's credits after it: "Orvo Nights, directed by Ana Ruiz";
 * - a name ending in "Express" in a sentence about railways ("the Tolva Express derailed near
 *   Orvo station", "the last coaches of the Velma Express"): a train, not the newspaper of that
 *   name (a head noun of publications otherwise).
 * Each cue first looks at one token or the name's last word, so a sentence without one costs
 * a Set lookup or two.
 */
import type { Token } from './document';
import type { NameOccurrence, NameVote } from './name-kinds';

/** Nouns of vehicles that carry a name. */
const VEHICLE_NOUNS = new Set(['ship', 'vessel', 'tanker', 'freighter', 'ferry', 'yacht', 'liner', 'trawler', 'barge', 'submarine', 'frigate', 'destroyer', 'warship', 'icebreaker', 'train', 'locomotive']);
/** What a "carrier" carries when it is a ship ("a car carrier", "a bulk carrier"), not an airline. */
const CARRIED = new Set(['car', 'vehicle', 'bulk', 'aircraft', 'gas', 'LNG', 'oil', 'crude', 'container']);
/** Nouns of works that carry a title. */
const WORK_NOUNS = new Set(['film', 'movie', 'documentary', 'biopic', 'novel', 'album', 'musical', 'opera', 'sitcom', 'miniseries', 'memoir']);
/** Determiners that open the noun phrase of a kind noun. */
const DETERMINERS = new Set(['the', 'The', 'a', 'A', 'an', 'An', 'its', 'his', 'her', 'their', 'Its', 'His', 'Her', 'Their', '’s', "'s"]);
/** Tags of the words a kind noun's phrase may hold between its determiner and the noun ("the three-hour …", "the container …"). */
const MODIFIER_TAGS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM', 'VERB']);
/** Participles of a work's credits after its title (", directed by …"). */
const CREDIT_PARTICIPLES = new Set(['directed', 'produced', 'written', 'narrated']);
/** Words of railways in the sentence of a name ending in "Express". */
const RAIL_WORDS = new Set(['train', 'trains', 'station', 'coach', 'coaches', 'carriage', 'carriages', 'derailed', 'derailment', 'railway', 'railways', 'rail', 'track', 'tracks', 'locomotive', 'signal']);

/** Whether token k is the kind noun of a vehicle or a work ("ship", "film", "car carrier"). */
function isKindNounAt(t: readonly Token[], k: number): boolean {
  const w = t[k]?.text;
  if (w === undefined) return false;
  return VEHICLE_NOUNS.has(w) || WORK_NOUNS.has(w) || (w === 'carrier' && CARRIED.has(t[k - 1]?.text ?? ''));
}

/** Whether the kind noun at k opens after a determiner within four words ("the container ship", "Ana Ruiz’s three-hour film"). */
function determinedBefore(t: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 5); j--) {
    const w = t[j]!;
    if (DETERMINERS.has(w.text)) return true;
    if (!MODIFIER_TAGS.has(w.pos) && w.text !== '-') return false;
  }
  return false;
}

/** A capital first (compiled once: a literal in a function is rebuilt per call in the bundle). */
const OPENS_UPPER = /^\p{Lu}/u;
/** A small letter first (compiled once). */
const OPENS_LOWER = /^\p{Ll}/u;
/** Votes of one occurrence of a name (see the module comment), added to `votes`. */
export function workTitleVotes(o: NameOccurrence, votes: NameVote[]): void {
  const t = o.sentence.tokens;
  // "the container ship Velma Star", "her documentary Orvo Nights".
  if (isKindNounAt(t, o.first - 1) && OPENS_LOWER.test(t[o.first - 1]!.text) && determinedBefore(t, o.first - 1)) votes.push({ type: 'PROJECT', confidence: 0.88, rule: 'vehicle-or-work-kind-noun' });
  if (t[o.last + 1]?.text === ',') {
    // "Orvo Nights, directed by Ana Ruiz".
    if (CREDIT_PARTICIPLES.has(t[o.last + 2]?.text ?? '') && t[o.last + 3]?.text === 'by') votes.push({ type: 'PROJECT', confidence: 0.8, rule: 'work-credits' });
    // "Velma Star, a car carrier,": the apposition's head is the kind noun (the word after it is no noun of its own).
    else if (DETERMINERS.has(t[o.last + 2]?.text ?? '') || OPENS_UPPER.test(t[o.last + 2]?.text ?? '')) {
      for (let k = o.last + 3; k < Math.min(t.length, o.last + 10); k++) {
        const w = t[k]!;
        if (!isKindNounAt(t, k)) {
          if (!MODIFIER_TAGS.has(w.pos) && w.text !== '-' && w.text !== '’s' && w.text !== "'s") break;
          continue;
        }
        const next = t[k + 1];
        if ((next === undefined || (next.pos !== 'NOUN' && next.text !== '’s' && next.text !== "'s")) && determinedBefore(t, k)) votes.push({ type: 'PROJECT', confidence: 0.88, rule: 'vehicle-or-work-apposition' });
        break;
      }
    }
  }
  // "the Tolva Express derailed near Orvo station".
  if (o.cand.text.endsWith(' Express')) {
    for (const w of t) {
      if (RAIL_WORDS.has(w.text)) {
        votes.push({ type: 'PROJECT', confidence: 0.9, rule: 'named-train' });
        break;
      }
    }
  }
}
