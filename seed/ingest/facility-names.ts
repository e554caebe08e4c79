/**
 * Facilities named by a place's or a founder's name and a lower-case head noun: "Orvo station",
 * "Velma power station", "Tolvagrad airport". The keys take the head noun into the name (the
 * facility is the entity, a PROJECT like "… Airport" or "… Station" written with capitals), and
 * the bare name before it names nothing else there: a station is not its town ("Bahn station" is
 * no mention of a city Bahn). Only "station" and "airport" are read: "plant", "factory" or "mine"
 * after a name are a company's site ("a Tolvex plant"), read by the company cues instead.
 */
import type { Token } from './document';
import type { NameOccurrence, NameVote } from './name-kinds';

/** Lower-case head nouns of a named facility. */
const FACILITY_HEADS = new Set(['station', 'airport']);
/** Modifiers of a station's kind between the name and the head ("power station", "railway station"). */
const STATION_KINDS = new Set(['power', 'railway', 'train', 'rail', 'metro', 'bus', 'pumping', 'research', 'space']);

/** A small letter first (compiled once: a literal in a function is rebuilt per call in the bundle). */
const OPENS_LOWER = /^\p{Ll}/u;
/**
 * The index of the last token of a facility's head noun after a name ending at token `end`
 * ("station" of "Velma station", of "Velma power station"), or -1. Each word must follow the one
 * before it after one space, and be followed by no noun of its own ("Velma station manager" is
 * the manager's).
 */
export function facilityHeadEnd(tokens: readonly Token[], end: number): number {
  let k = end + 1;
  const first = tokens[k];
  if (!first || first.start !== tokens[end]!.end + 1) return -1;
  if (STATION_KINDS.has(first.text) && tokens[k + 1]?.text === 'station' && tokens[k + 1]!.start === first.end + 1) k++;
  else if (!FACILITY_HEADS.has(first.text)) return -1;
  const next = tokens[k + 1];
  if (next && next.pos === 'NOUN' && OPENS_LOWER.test(next.text)) return -1;
  return k;
}

/** A name ending in a facility's lower-case head noun ("Velma power station") is a project. */
export function facilityVotes(o: NameOccurrence, votes: NameVote[]): void {
  const text = o.cand.text;
  if (text.endsWith(' station') || text.endsWith(' airport')) votes.push({ type: 'PROJECT', confidence: 0.9, rule: 'named-facility' });
}
