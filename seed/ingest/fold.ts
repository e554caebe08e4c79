/**
 * A same-length stand-in of a text for the tokenizer. wink-nlp's tokenizer splits a word at every
 * letter outside Latin-1 ("Ł|ód|ź", "Dvo|ř|ák", "İ|stanbul"), which breaks names from Turkish,
 * Polish, Czech, Vietnamese and many other languages into pieces. Folding each such letter to its
 * Latin-1 base letter (by Unicode decomposition) keeps words whole; since every UTF-16 code unit
 * maps to exactly one, the offsets of the folded text are those of the original, and the tokens'
 * texts are taken from the original.
 */

/** Letters whose decomposition has no Latin-1 base. */
const BASE: Readonly<Record<string, string>> = { ı: 'i', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ħ: 'h', Ħ: 'H', ŀ: 'l', Ŀ: 'L', ŧ: 't', Ŧ: 'T', ŋ: 'n', Ŋ: 'N', œ: 'o', Œ: 'O', ĸ: 'k', ſ: 's' };
const LETTER = /\p{L}/u;
const MARK = /\p{M}/u;

function foldChar(c: string): string {
  if (BASE[c]) return BASE[c]!;
  const base = c.normalize('NFD')[0]!;
  if (base.charCodeAt(0) <= 0xff && LETTER.test(base)) return base;
  // A letter of another script: a placeholder of its case keeps the word in one token.
  return c !== c.toLowerCase() ? 'X' : 'x';
}

/**
 * What each BMP code unit beyond Latin-1 folds to, filled in on first sight: `FOLDED[code]` is the
 * replacement, `''` when the character stays (curly quotes, dashes, symbols). The property regexes
 * and the decomposition then run once per distinct character, not once per occurrence.
 */
const FOLDED: Array<string | undefined> = [];

function foldedOf(code: number): string {
  let folded = FOLDED[code];
  if (folded === undefined) {
    const c = String.fromCharCode(code);
    // A combining accent written separately ("s" + U+0327) becomes a letter too: the word stays whole.
    folded = LETTER.test(c) ? foldChar(c) : MARK.test(c) ? 'x' : '';
    FOLDED[code] = folded;
  }
  return folded;
}

/** `text` with every letter (and combining mark) beyond Latin-1 replaced by one Latin-1 letter. */
export function foldForTokenizer(text: string): string {
  // Only the replaced characters are written one by one; the runs between them (most of a text:
  // Latin-1 and unchanged characters such as curly quotes) are copied whole.
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code <= 0xff) continue;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      // An astral character: two code units, two placeholders when it is a letter.
      if (LETTER.test(text.slice(i, i + 2))) {
        out += `${text.slice(from, i)}xx`;
        from = i + 2;
      }
      i++;
      continue;
    }
    const folded = foldedOf(code);
    if (folded === '') continue;
    out += text.slice(from, i) + folded;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}
