/**
 * Text normalization for search and name ordering: Unicode NFKD, combining marks removed,
 * lower case, every run of non-letters/digits folded to one space, trimmed.
 * "Xi Jinping" → "xi jinping", "Łódź" → "łodz"→"lodz"-like folding where Unicode decomposes.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The search terms of a name: the normalized name from each word to its end.
 * "Power of Siberia 2" → ["power of siberia 2", "of siberia 2", "siberia 2", "2"].
 */
export function searchTerms(name: string): string[] {
  const words = normalizeText(name).split(' ').filter(Boolean);
  return words.map((_, i) => words.slice(i).join(' '));
}
