/**
 * "the Princess of Velmark", "the Commissioner of Harbour Safety": a title followed by "of" or
 * "for" and one or two capitalised words names an office by its domain (a place, a body, a field).
 * The words after "of" are not the holder's name, so stage candidates keeps the phrase whole (as it
 * does "Duke of Velmark", whose title is no honorific) instead of stripping the title and reading
 * "Velmark" as a person. A title after the connector ("Secretary of State Ana Ruiz") is a longer
 * title before a name and is stripped as before; so is a longer tail ("Minister of Health Ana Ruiz").
 */
import type { Token } from './document';
import { HONORIFICS, TITLES } from './cues';

/** Whether tokens i..end are "<Title> of|for [the] <one or two words>", none of them a title. */
export function isTitleOfDomain(tokens: readonly Token[], i: number, end: number): boolean {
  if (!TITLES.has(tokens[i]!.text)) return false;
  const connector = tokens[i + 1]?.text;
  if (connector !== 'of' && connector !== 'for') return false;
  const from = tokens[i + 2]?.text === 'the' ? i + 3 : i + 2;
  const words = end - from + 1;
  if (words < 1 || words > 2) return false;
  for (let k = from; k <= end; k++) if (TITLES.has(tokens[k]!.text)) return false;
  return true;
}

/**
 * "Admiral Tom Orr of the Harbour Guard", "President Ana Ruiz of Tolvania": after a title (or an
 * honorific) and a personal name, "of" opens the holder's body or country, which is a name of its
 * own, not part of the person's. Whether tokens i..end are titles or honorifics and then one to
 * three capitalised name words, none of them a head noun ("King Tolo University of …" goes on).
 */
export function personBeforeConnector(tokens: readonly Token[], i: number, end: number, heads: ReadonlySet<string>): boolean {
  let k = i;
  while (k <= end && (TITLES.has(tokens[k]!.text) || HONORIFICS.has(tokens[k]!.text))) k++;
  if (k === i || k > end || end - k > 2) return false;
  for (let j = k; j <= end; j++) if (heads.has(tokens[j]!.text) || !/^\p{Lu}\p{Ll}/u.test(tokens[j]!.text)) return false;
  return true;
}
