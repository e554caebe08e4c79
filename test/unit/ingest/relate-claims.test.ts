/**
 * Stage relate, rule family `claims`: accusations the pair rules cannot see (a relative clause whose
 * object is its antecedent, name-calling with a derogatory predicate). Every text is invented; each
 * rule has cases where it must not fire.
 */
import { ofType, relationsOfParagraphs } from './support';

describe('stage relate, claims: the accused as the antecedent of a relative clause', () => {
  it('reads "the Tolva Bank, which he accuses of …" as the person named before accusing the bank', () => {
    // Act
    const found = ofType(relationsOfParagraphs('During the campaign Omar Vance promised to close the Tolva Reserve Bank, which he accuses of fuelling inflation.', 'Talia Brennock praised Ada Orrin, whom the Andean Farmers League blamed for the losses.'), 'ACCUSES');
    // Assess
    expect(found).toEqual(['Andean Farmers League ACCUSES Ada Orrin [relative-accuses]', 'Omar Vance ACCUSES Tolva Reserve Bank [relative-accuses]']);
  });

  it('reads nothing from a relative clause that never accused, or a hypothetical one', () => {
    // Act
    const found = ofType(relationsOfParagraphs('Omar Vance visited the Tolva Reserve Bank, which he has never accused of wrongdoing.', 'If Talia Brennock wins, she will close the Tolva Reserve Bank, which she accuses of waste.'), 'ACCUSES');
    // Assess
    expect(found).toEqual([]);
  });
});

describe('stage relate, claims: name-calling', () => {
  it('reads "A called B, <apposition>, corrupt and a communist" and "branded B a liar" as accusations', () => {
    // Act
    const found = ofType(relationsOfParagraphs('During the campaign Omar Vance called Talia Brennock, Peru’s president, corrupt and a communist.', 'Ada Orrin has repeatedly branded Jonas Brekke a liar.'), 'ACCUSES');
    // Assess
    expect(found).toEqual(['Ada Orrin ACCUSES Jonas Brekke [called-derogatory]', 'Omar Vance ACCUSES Talia Brennock [called-derogatory]']);
  });

  it('reads no accusation from a call, a neutral description, a denial or a "so-called" phrase', () => {
    // Act
    const found = ofType(relationsOfParagraphs('Omar Vance called Talia Brennock on Monday to congratulate her.', 'Ada Orrin described Jonas Brekke as a close friend.', 'Omar Vance denied that he had called Ada Orrin a liar.', 'The so-called Tolva Group corrupt practices report named nobody.'), 'ACCUSES');
    // Assess
    expect(found).toEqual([]);
  });
});
