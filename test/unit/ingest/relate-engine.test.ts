import { sentenceWords } from '../../../seed/ingest/relate/pair-rules';
import { lastClause } from '../../../seed/ingest/relate/clauses';

/** The words of a text as the pattern the pair rules' trigger words are read by defines them. */
const byPattern = (text: string) => [...text.matchAll(/[\p{L}\-]+/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));

describe('stage relate: the pair rules engine', () => {
  describe('sentenceWords (the code-unit scanner that replaces the word regex)', () => {
    it.each([
      ['plain words and punctuation', 'Talia Brennock, the Kenyan minister, arrived in Harbour City on Monday.'],
      ['hyphens, apostrophes and digits', 'Vance’s three-day visit to the north-east (2024) was re-scheduled; it’s over.'],
      ['letters beyond ASCII', 'Zoë Ångström met Ñoño Dürr in São Paulo and Kraków.'],
      ['non-Latin scripts and marks', 'Αθήνα and Москва and 東京 and naïve café résumé'],
      ['letters outside the BMP and a lone surrogate', 'Omar 𝐀𝐁 Vance \uD835 x \uDC00 y 𐐀𐐨 z'],
      ['an empty text and a text without letters', ''],
      ['only punctuation and spaces', ' , ; 12 — “ ” '],
    ])('finds the same words with the same offsets as the pattern: %s', (_, text) => {
      // Act
      const found = sentenceWords(text);
      // Assess
      expect(found.texts.map((t, k) => ({ start: found.starts[k], end: found.ends[k], text: t }))).toEqual(byPattern(text));
    });
  });
});

describe('stage relate: clause helpers', () => {
  /** The definition lastClause keeps: the last piece of a split at the clause breaks. */
  const bySplit = (text: string) => text.split(/[,;:–—]|\s(?:and|but|while|whereas)\s/).pop() ?? text;

  it.each([
    ['no break', 'Talia Brennock visited Peru'],
    ['commas and a semicolon', 'On Monday, in Lima; Talia Brennock, the minister, visited Peru'],
    ['coordinators between spaces', 'Omar Vance arrived and met Ada Orr but left while it rained whereas Peru'],
    ['a coordinator right after a break', 'Omar Vance left and and then came back'],
    ['breaks at both ends', ', and Omar Vance — ended:'],
    ['dashes', 'The Tolva Line – the pipe — runs to Chile'],
    ['an empty text', ''],
    ['a coordinator that is part of a word', 'Vance demanded andante tempos, sandwiches'],
  ])('gives the last piece a split at the breaks gives: %s', (_, text) => {
    // Act
    const found = lastClause(text);
    // Assess
    expect(found).toBe(bySplit(text));
  });
});
