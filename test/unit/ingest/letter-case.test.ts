import { isCapitalisedWord, startsLower, startsUpper } from '../../../seed/ingest/letter-case';

describe('letter-case tests', () => {
  it('answer what their Unicode patterns answer, ASCII or not', () => {
    // Prepare
    const words = ['', 'T', 't', 'Tolva', 'tolva', 'TPA', 'Tolva2', 'To', 'Ólafsdóttir', 'ólafur', 'Ça', 'Émile-Zola', 'O’Neill', '’s', '1999', '-', 'Ñu', 'aB', 'Ab', 'AB', 'Zürich', '𝐀bc', 'Straße', 'İstanbul', 'Tolva ', ' Tolva'];
    // Act
    const got = words.map((w) => [startsUpper(w), startsLower(w), isCapitalisedWord(w)]);
    // Assess
    expect(got).toEqual(words.map((w) => [/^\p{Lu}/u.test(w), /^\p{Ll}/u.test(w), /^\p{Lu}\p{Ll}+$/u.test(w)]));
  });
});
