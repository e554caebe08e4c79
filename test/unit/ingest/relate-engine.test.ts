import { isSpaceCode, mayBeDemonym, PAIR_RULES, pairTriggerWords, sentenceWords, statesTrigger } from '../../../seed/ingest/relate/pair-rules';
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

  describe('rules that must end with a word, and the guard that replaces a lookbehind', () => {
    /** A deterministic stream of numbers in [0, 1) (mulberry32), so the random stretches are the same every run. */
    const random = (seed: number) => () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    /** Stretches of invented text built from the words and marks these patterns turn on. */
    const stretches = (pieces: readonly string[], ends: readonly string[], seed: number, count: number) => {
      const next = random(seed);
      const pick = (list: readonly string[]) => list[Math.floor(next() * list.length)]!;
      const gaps = [' ', ' ', ' ', '  ', '', '\u00a0', '\n', ', '];
      return Array.from({ length: count }, () => {
        let text = next() < 0.5 ? '' : ' ';
        const n = 1 + Math.floor(next() * 6);
        for (let k = 0; k < n; k++) text += pick(pieces) + pick(gaps);
        // Most stretches end as the patterns want them to, some with a look-alike.
        return next() < 0.7 ? `${text}${pick(ends)}${pick(gaps)}${next() < 0.3 ? `the${pick(gaps)}` : ''}` : text;
      });
    };

    it('reads "supply … to" as the lookbehind pattern it replaces did, allegation words and stops included', () => {
      // Prepare: the pattern with its variable-length lookbehind, as the rule was first written
      const lookbehind = /(?<!\b(?:accused|accuses|accuse|accusing|alleged|alleges|alleging|allegedly|claimed|claims|claiming|suspected|suspects|suspecting)\b[^.;:]*)\b(?:supply|supplies|supplied|supplying|deliver|delivers|delivered|delivering|divert|diverts|carry|carries|carried|carrying|bring|brings|brought|bringing|pipe|pipes|piped|piping|send|sends|sent|sending|provide|provides|provided|providing|power|powers)\b[^.;:]{0,70}\bto\s+(?:the\s+)?$/u;
      const pieces = ['supplied', 'supplies gas', 'sent', 'powers', 're-supply', 'Supplied', 'accused', 'accused', 'alleged', 'allegedly', 'suspected', 'claims', 'claimsx', 'xaccused', 'accused.', 'of', 'oil', 'to', 'to the', 'the', 'tothe', 'into', '.', ';', ':', 'a very long clause of forty-odd characters here', 'Brennock Holdings', '2024', 'accused;supplied'];
      const texts = [...stretches(pieces, ['to', 'to', 'into', 'tothe', 'the'], 7, 4000), ' supplied oil to ', ', which it accused of having supplied arms to ', ' was accused. It then supplied arms to the ', ' accusedsupplied to ', ''];
      // Act
      const differ = texts.filter((text) => statesTrigger('supply-to', text) !== lookbehind.test(text));
      // Assess
      expect(texts.filter((text) => lookbehind.test(text)).length).toBeGreaterThan(100);
      // … and many that only the words before the match undo
      const forward = new RegExp(PAIR_RULES.find((rule) => rule.rule === 'supply-to')!.between.source, 'u');
      expect(texts.filter((text) => forward.test(text) && !lookbehind.test(text)).length).toBeGreaterThan(50);
      expect(differ).toEqual([]);
    });

    it.each(['export-to', 'import-from', 'sign-agreement-with'])('passes over a stretch without its end word exactly when the pattern fails: %s', (name) => {
      // Prepare
      const pattern = new RegExp(PAIR_RULES.find((rule) => rule.rule === name)!.between.source, 'u');
      const pieces = ['exported', 'sold', 'imports', 'bought', 'signed a deal', 'reached an accord', 'shares', 'to', 'from', 'with', 'the', 'the the', 'tothe', 'fromthe', 'withthe', 'into', 'in', '.', 'Brennock Holdings', 'grain'];
      const texts = stretches(pieces, ['to', 'from', 'with', 'into', 'tothe', 'the'], name.length, 3000);
      // Act
      const differ = texts.filter((text) => statesTrigger(name, text) !== pattern.test(text));
      // Assess
      expect(texts.filter((text) => pattern.test(text)).length).toBeGreaterThan(20);
      expect(differ).toEqual([]);
    });

    it('reads white space as \\s does, code unit by code unit', () => {
      // Act
      const differ: number[] = [];
      for (let c = 0; c <= 0xffff; c++) if (isSpaceCode(c) !== /\s/u.test(String.fromCharCode(c))) differ.push(c);
      // Assess
      expect(differ).toEqual([]);
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

  it('passes over a token with a gate word\'s first letter and length but another last letter, and keeps tokens ending beyond ASCII', () => {
    // Prepare
    const words = RELATION_RULES.flatMap((family) => family.gate?.words ?? []).filter((w) => /^[a-z]{2,}$/u.test(w));
    const word = words[0]!;
    const other = [...'abcdefghijklmnopqrstuvwxyz'].map((c) => word.slice(0, -1) + c).find((form) => !words.some((w) => w.length === form.length && w[0] === form[0] && w.endsWith(form.slice(-1))))!;
    // Act / Assess
    expect(other).toBeDefined();
    expect([other, word.slice(0, -1) + '\u212a', word.toUpperCase()].map(mayBeGateWord)).toEqual([false, true, true]);
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
