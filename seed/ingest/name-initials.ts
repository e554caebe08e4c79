/**
 * Personal names written with initials: "J. Robert Oppenheimer", "Doran T. Velkov", "K. Velmar".
 * A single capital with its full stop before a capitalised name word is how English writes a
 * given or middle name cut short, and organisations are not named that way (their short forms are
 * acronyms, "TVX", or written without spaces, "U.S."), so such a name is a person's even with no
 * other sign of one (stage cluster: the initial is the evidence). So is a given name of a short
 * capitalised prefix joined by an apostrophe to a capitalised stem ("Da’Nel", "Ke’Ron", "La’Tova"):
 * a spelling of personal names only (one capital letter before the apostrophe, as in "O’Hara" or
 * "D’Arcy Press", is a surname's particle, which firms are named after too, so it is not read).
 */

/** An initial: one capital letter and a full stop ("J."). */
const INITIAL = /^\p{Lu}\.$/u;

/**
 * Whether the words are a personal name with initials: one or two initials, none last, the other
 * words (one to three) personal name words (`isNameWord`), the last word one of them.
 */
export function isInitialledName(ws: readonly string[], isNameWord: (w: string) => boolean): boolean {
  if (ws.length < 2 || ws.length > 5) return false;
  let initials = 0;
  for (let k = 0; k < ws.length; k++) {
    const w = ws[k]!;
    if (INITIAL.test(w)) {
      if (k === ws.length - 1) return false;
      initials++;
    } else if (!isNameWord(w)) return false;
  }
  return initials >= 1 && initials <= 2 && ws.length - initials <= 3;
}

/** A given name of a two- or three-letter prefix, an apostrophe and a capitalised stem ("Da’Nel"). */
const APOSTROPHE_GIVEN_NAME = /^\p{Lu}\p{Ll}{1,2}[’']\p{Lu}\p{Ll}+$/u;

/** Whether a name of two or three words opens with such a given name ("La’Tova Brenn Okafor"). */
export function opensWithApostropheGivenName(ws: readonly string[]): boolean {
  return ws.length >= 2 && ws.length <= 3 && APOSTROPHE_GIVEN_NAME.test(ws[0]!);
}
