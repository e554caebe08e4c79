/**
 * A cheap first test of which strings a text may hold, for the document-wide triggers that gate
 * sentence patterns. `text.includes(s)` reads the whole text when `s` is absent, and most trigger
 * words are absent from most articles; here every run of three code units of the text is hashed
 * into a bit set once, so a string one of whose runs of three was never seen is known to be absent
 * after a few look-ups. A string the text holds has every run of three set, so `includes` answers
 * exactly what `text.includes(s)` does: the bit set only lets it skip the scans that would fail.
 */
const BITS = 1 << 16;

/** The bit of the three code units `a`, `b`, `c` (collisions only cost a real scan). */
const gram = (a: number, b: number, c: number): number => (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b) ^ c) & (BITS - 1);

export interface SubstringGate {
  /** Exactly `text.includes(s)`. */
  readonly includes: (s: string) => boolean;
}

/**
 * One bit set for all gates, cleared per text (a fresh typed array per document costs more than the
 * scans it saves). A gate whose bits a later gate has overwritten answers by `includes` alone.
 */
const seen = new Uint32Array(BITS >>> 5);
let generation = 0;

export function substringGate(text: string): SubstringGate {
  const id = ++generation;
  seen.fill(0);
  // (Each code unit read once: the two before it carried along.)
  let a = text.charCodeAt(0);
  let b = text.charCodeAt(1);
  for (let i = 2; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const h = gram(a, b, c);
    seen[h >>> 5]! |= 1 << (h & 31);
    a = b;
    b = c;
  }
  const mayHold = (s: string): boolean => {
    if (id !== generation) return true;
    for (let i = 2; i < s.length; i++) {
      const h = gram(s.charCodeAt(i - 2), s.charCodeAt(i - 1), s.charCodeAt(i));
      if ((seen[h >>> 5]! & (1 << (h & 31))) === 0) return false;
    }
    return true;
  };
  return { includes: (s) => mayHold(s) && text.includes(s) };
}
