/**
 * Stage relate, the families' shared cue-word test (relate/words.ts): `hasAnyRun` must hold
 * wherever `\bword\b` matches, since the families skip their patterns when it does not.
 */
import type { Sentence } from '../../../seed/ingest/document';
import { cueWords, foldedCueWords, hasAnyRun, hasAnyRunFolded } from '../../../seed/ingest/relate/words';

const sentence = (text: string): Sentence => ({ index: 0, field: 'BODY', start: 0, end: text.length, text, tokens: [] }) as unknown as Sentence;
const WORDS = cueWords(['where', 'leaders', 'men', 'counterpart']);

describe('stage relate: cue words of a sentence', () => {
  it('finds a word wherever \\bword\\b matches: after punctuation, a hyphen, a non-ASCII letter, at either end', () => {
    // Prepare
    const texts = ['Where now? The leaders, where they met.', 'state-men’s talks', 'émen arrived', 'counterpart', '“leaders”'];
    for (const text of texts) {
      // Act
      const found = WORDS.filter((w) => hasAnyRun(sentence(text), [w]));
      // Assess
      expect(found).toEqual(WORDS.filter((w) => new RegExp(`\\b${w}\\b`).test(text)));
    }
  });

  it('finds no word inside a longer run of letters or in another case', () => {
    // Act
    const found = ['The women and the somewhere', 'Leaders met; COUNTERPART', 'counterparts of somewhere'].map((text) => WORDS.filter((w) => hasAnyRun(sentence(text), [w])));
    // Assess
    expect(found).toEqual([[], [], []]);
  });

  it('tells apart runs that share a cue word\'s first letter and length but not its last letter', () => {
    // Act
    const found = ['the mew and the meN', 'whirl of leaderS', 'mew men'].map((text) => WORDS.filter((w) => hasAnyRun(sentence(text), [w])));
    // Assess
    expect(found).toEqual([[], [], ['men']]);
  });

  it('answers each sentence on its own, and refuses a cue word that is not ASCII letters', () => {
    // Prepare
    const a = sentence('the leaders met');
    const b = sentence('nothing here');
    // Act
    const answers = [hasAnyRun(a, ['leaders']), hasAnyRun(b, ['leaders']), hasAnyRun(a, ['leaders'])];
    // Assess
    expect(answers).toEqual([true, false, true]);
    expect(() => cueWords(['heads of state'])).toThrow('heads of state');
  });

  it('answers a registered list and a list of its words alike, also for a list registered after the sentence was read', () => {
    // Prepare
    const s = sentence('the guests arrived where the talks were');
    const before = hasAnyRun(s, WORDS);
    const late = cueWords(['guests', 'hosts']);
    // Act
    const answers = [before, hasAnyRun(s, late), hasAnyRun(s, ['hosts']), hasAnyRun(s, ['guests', 'hosts']), hasAnyRun(sentence('the hosts left'), late), hasAnyRun(sentence('nobody'), late)];
    // Assess
    expect(answers).toEqual([true, true, false, true, true, false]);
  });

  it('finds a folded cue word wherever \\bword\\b matches with the flags "iu", in any case, and at "ſ" or the Kelvin sign', () => {
    // Prepare
    const folded = foldedCueWords(['storm', 'quake']);
    const texts = ['A STORM hit', 'the Storm in', 'a sToRm', 'quakes and storms', 'a stormy night', 'the \u017Ftorm', 'a qua\u212Ae', 'nothing at all'];
    for (const text of texts) {
      // Act
      const found = hasAnyRunFolded(sentence(text), folded);
      // Assess
      const matches = /\b(?:storm|quake)\b/iu.test(text);
      if (matches) expect(found).toBe(true);
      expect(found).toBe(matches || /[\u017F\u212A]/u.test(text));
    }
  });

  it('reads a plain and a folded list of the same sentence apart: a folded word in another case is no plain cue', () => {
    // Prepare
    const plain = cueWords(['flood']);
    const folded = foldedCueWords(['flood', 'tremor']);
    const s = sentence('The FLOOD and a Tremor');
    // Act
    const answers = [hasAnyRun(s, plain), hasAnyRunFolded(s, folded), hasAnyRunFolded(sentence('no tremors here'), folded)];
    // Assess
    expect(answers).toEqual([false, true, false]);
    expect(() => foldedCueWords(['Storm'])).toThrow('Storm');
  });
});
