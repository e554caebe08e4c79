/**
 * Stage relate, rule family `alliances`: partners named by a noun phrase — "Peru, Kenya’s main
 * ally", "Tolva, its junior coalition partner", "… deepening its alliance with Peru". Invented
 * sentences, each with a case that must not fire.
 */
import { ofType, relationsOfParagraphs } from './support';

describe('stage relate: alliances from noun phrases', () => {
  it('reads "Peru, Kenya’s main ally" and a main trading partner', () => {
    // Act
    const found = relationsOfParagraphs('Peru, Kenya’s main ally, kept its distance.', 'Chile, Bolivia’s biggest trading partner, said nothing.');
    // Assess
    expect(found).toEqual(expect.arrayContaining(['Peru PARTNERS_WITH Kenya [ally-apposition]', 'Chile TRADES_WITH Bolivia [apposition-possessive-ally]']));
  });

  it('reads "Tolva, its junior coalition partner" as the one party named just before', () => {
    // Act
    const found = relationsOfParagraphs('The Unity Party won 191 seats.', 'With the 24 seats of the Tolva Party, its junior coalition partner, the bloc holds 215.');
    // Assess
    expect(ofType(found, 'PARTNERS_WITH')).toEqual(['Tolva Party PARTNERS_WITH Unity Party [apposition-its-ally]']);
  });

  it('reads "Kenya has spent … deepening its alliance with Peru", a capital standing for its country', () => {
    // Act
    const found = relationsOfParagraphs('Kenya and Peru held talks.', 'Nairobi has spent two years deepening its alliance with Peru.');
    // Assess
    expect(ofType(found, 'PARTNERS_WITH')).toEqual(['Kenya PARTNERS_WITH Peru [its-alliance-with]']);
  });

  it('gives nothing for a former ally, an alliance being ended, a negated one, or two possible parties', () => {
    // Act
    const former = relationsOfParagraphs('Peru, Kenya’s former ally, kept its distance.');
    const ended = relationsOfParagraphs('Kenya and Peru held talks.', 'Nairobi has spent two years ending its alliance with Peru.');
    const negated = relationsOfParagraphs('Kenya and Peru held talks.', 'Nairobi has not deepened its alliance with Peru.');
    const two = relationsOfParagraphs('The Unity Party and the Green Party won seats.', 'With the 24 seats of the Tolva Party, its junior coalition partner, the bloc holds 215.');
    // Assess
    expect(ofType(former, 'PARTNERS_WITH')).toEqual([]);
    expect(ofType(ended, 'PARTNERS_WITH')).toEqual([]);
    expect(ofType(negated, 'PARTNERS_WITH')).toEqual([]);
    expect(ofType(two, 'PARTNERS_WITH')).toEqual([]);
  });

  it('reads "the deep friendship between Kenya and Peru" at the start of a sentence and inside one', () => {
    // Act
    const found = relationsOfParagraphs(
      'Kenya, Peru, Chile and Bolivia met on Monday.',
      'Ms Brennock said the deep friendship between Kenya and Peru would not change.',
      'The friendship between Chile and Bolivia is decades old.',
    );
    // Assess
    expect(ofType(found, 'PARTNERS_WITH').sort()).toEqual(['Chile PARTNERS_WITH Bolivia [friendship-between]', 'Kenya PARTNERS_WITH Peru [friendship-between]']);
  });

  it('gives nothing for a friendship ended, a former one or one under a condition', () => {
    // Act
    const found = relationsOfParagraphs(
      'Kenya, Peru, Chile and Bolivia met on Monday.',
      'Peru ended the friendship between Kenya and Chile.',
      'If the friendship between Bolivia and Kenya holds, trade will grow.',
      'The former friendship between Peru and Bolivia collapsed.',
    );
    // Assess
    expect(ofType(found, 'PARTNERS_WITH')).toEqual([]);
  });

  it('reads "the alliance between A and B" and gives nothing for one ended, former, collapsed or only proposed', () => {
    // Act
    const stated = relationsOfParagraphs('The alliance between Kenya and Peru has deepened.');
    const undone = relationsOfParagraphs(
      'Chile ended the alliance between Kenya and Peru.',
      'The former partnership between Bolivia and Chile collapsed.',
      'Talks marked the end of the ties between Peru and Bolivia.',
      'A proposed alliance between Kenya and Chile was discussed.',
    );
    // Assess
    expect(ofType(stated, 'PARTNERS_WITH')).toEqual(['Kenya PARTNERS_WITH Peru [partnership-between]']);
    expect(ofType(undone, 'PARTNERS_WITH')).toEqual([]);
  });
});
