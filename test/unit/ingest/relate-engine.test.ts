import { mayBeDemonym, pairTriggerWords, sentenceWords } from '../../../seed/ingest/relate/pair-rules';
import { loadGazetteer } from '../../../seed/ingest/gazetteer';
import { mayBeGateWord, RELATION_RULES } from '../../../seed/ingest/relate';
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
      expect(found.starts.map((start, k) => ({ start, end: found.ends[k], text: text.slice(start, found.ends[k]) }))).toEqual(byPattern(text));
    });

    it('names the rules of every trigger word, whatever its shape, and of no other word', () => {
      // Prepare
      const triggers = pairTriggerWords();
      const others = ['Talia', 'Brennock', 'harbour', 'x', 'zebra-crossing', 'visitors', 'metropolis', 'Visited'];
      // Act
      const found = sentenceWords([...triggers, ...others].join(' '));
      // Assess
      expect(found.named.slice(0, triggers.length).every((named) => named !== undefined && named.rules.length > 0)).toBe(true);
      expect(found.named.slice(triggers.length)).toEqual(others.map(() => undefined));
    });
  });

  describe('mayBeDemonym (the test that passes a token over before the demonym lookup)', () => {
    it('holds for every demonym of the gazetteer, so no demonym is passed over', () => {
      // Prepare: every demonym of the data package the gazetteer reads
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- the package's own list
      const worldCountries = require('world-countries') as Array<{ demonyms?: { eng?: { m?: string; f?: string } } }>;
      const demonyms = worldCountries.flatMap((c) => [c.demonyms?.eng?.m, c.demonyms?.eng?.f]).filter((d): d is string => !!d);
      // Act
      const passedOver = demonyms.filter((d) => loadGazetteer().demonym(d) && !mayBeDemonym(d));
      // Assess
      expect(demonyms.length).toBeGreaterThan(100);
      expect(passedOver).toEqual([]);
    });

    it('passes over lower-case words, digits and punctuation, and keeps capitals and letters beyond ASCII', () => {
      // Act / Assess
      expect(['the', 'kenyan', '12', ',', '“', '-'].map(mayBeDemonym)).toEqual([false, false, false, false, true, false]);
      expect(['Kenyan', 'Ålandish', 'Zoë'].map(mayBeDemonym)).toEqual([true, true, true]);
    });
  });
});

describe('stage relate: the families\' word gates', () => {
  it('may admit every gate word in any case, so the shape test before lower-casing drops none', () => {
    // Prepare
    const words = RELATION_RULES.flatMap((family) => family.gate?.words ?? []);
    const forms = words.flatMap((w) => [w, w.toUpperCase(), w.charAt(0).toUpperCase() + w.slice(1)]);
    // Act
    const dropped = forms.filter((form) => !mayBeGateWord(form));
    // Assess
    expect(words.length).toBeGreaterThan(0);
    expect(dropped).toEqual([]);
  });

  it('passes over tokens whose first letter or length no gate word has', () => {
    // Act / Assess
    expect(['', ',', '12', 'Talia-Brennock-Harbourside', 'xylophone'].filter(mayBeGateWord)).toEqual([]);
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
