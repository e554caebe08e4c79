/**
 * Stage relate: a kind noun with a possessive ("the court’s president", "the Nairobi-based
 * conglomerate") stands for the article's one body of that kind, found by its name: a name that
 * ends in the noun or is headed by it before an "of" phrase ("Tolva Court of Appeal"), whatever body
 * type stage cluster gave it. Two such bodies make it ambiguous: nothing. Invented sentences.
 */
import { ofType, relationsOfParagraphs } from './support';

describe('stage relate: kind nouns resolved to the one body of the kind', () => {
  it('reads "the court’s president" as the one court named before, its name headed by "Court of"', () => {
    // Act
    const found = relationsOfParagraphs(
      'The Andean Court of Arbitration ordered Peru to pay damages on Monday.',
      'Mira Castell, the court’s president, said the ruling was final.',
      'Tomas Ruud, the court’s vice-president, dissented.',
    );
    // Assess
    expect(ofType(found, 'LEADS')).toEqual(['Mira Castell LEADS Andean Court of Arbitration [kind-possessive-title]']);
    expect(found.filter((r) => r.startsWith('Tomas Ruud'))).toHaveLength(1);
    expect(found.filter((r) => r.startsWith('Tomas Ruud'))[0]).toMatch(/^Tomas Ruud (?:WORKS_FOR|HOLDS_OFFICE_IN) Andean Court of Arbitration /u);
  });

  it('gives nothing when two courts were named, or when no court is named', () => {
    // Act
    const two = relationsOfParagraphs('The Andean Court of Arbitration and the Tolva Court of Appeal met on Monday.', 'Mira Castell, the court’s president, said the ruling was final.');
    const none = relationsOfParagraphs('The Brix Group ordered new trains on Monday.', 'Mira Castell, the university’s president, said the order was welcome.');
    // Assess
    expect(two.filter((r) => r.startsWith('Mira Castell'))).toEqual([]);
    expect(none.filter((r) => r.startsWith('Mira Castell'))).toEqual([]);
  });

  it('reads "the Nairobi-based conglomerate" in apposition and "the Lima-based court" as the one court', () => {
    // Act
    const found = relationsOfParagraphs(
      'The Andean Court of Arbitration heard the case of Brix Holdings.',
      'Brix Holdings, the Nairobi-based conglomerate, said it would appeal.',
      'The Lima-based court ruled against it on Monday.',
    );
    // Assess
    expect(ofType(found, 'BASED_IN').sort()).toEqual([
      'Andean Court of Arbitration BASED_IN Lima [place-based-kind]',
      'Brix Holdings BASED_IN Nairobi [place-based-apposition]',
    ]);
  });
});
