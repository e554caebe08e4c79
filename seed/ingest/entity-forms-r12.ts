/**
 * Round 12 entity forms (hooks in candidates.ts and cluster.ts), each a construction class seen in
 * two or more articles, never a particular name:
 *
 * - A country written before a body's name is split off only as a short form in capitals ("the US
 *   Tolva Commission" → the Tolva Commission, in the United States); a country's own name written
 *   before a body is part of that body's official name ("the Velmara Weather Agency"), as national
 *   bodies name themselves.
 */

/** Whether a country word before a body's name is its country rather than part of the name: an initialism ("US", "UK"). */
export function countryPrefixSplits(word: string): boolean {
  return /^\p{Lu}{2,}$/u.test(word);
}
