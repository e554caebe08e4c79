/**
 * Stage relate, rule family `backing`: support named by a noun ("won the backing of A and of B") and
 * money committed to a party ("which has committed $13bn to B"). Every text is invented; each rule
 * has cases where it must not fire.
 */
import { ofType, relationsOfParagraphs } from './support';

describe('stage relate, backing: support as a noun', () => {
  it('reads "won the backing of A, <apposition>, and of B" as each backer supporting the winner', () => {
    // Act
    const found = ofType(relationsOfParagraphs('Omar Vance won the backing of Talia Brennock, the centre-left candidate who came fourth in the first round, and of Ada Orrin, a former president of Peru.'), 'SUPPORTS');
    // Assess
    expect(found).toEqual(['Ada Orrin SUPPORTS Omar Vance [won-backing-of]', 'Talia Brennock SUPPORTS Omar Vance [won-backing-of]']);
  });

  it('reads "has the full support of" a list of parties, but no name inside a backer’s apposition', () => {
    // Act
    const found = ofType(relationsOfParagraphs('Talia Brennock, the Kenyan transport minister, has the full support of the Tolva Workers Union, the Andean Farmers League, a group of growers from Chile, and Omar Vance.'), 'SUPPORTS');
    // Assess
    expect(found).toEqual(expect.arrayContaining(['Tolva Workers Union SUPPORTS Talia Brennock [won-backing-of]', 'Andean Farmers League SUPPORTS Talia Brennock [won-backing-of]', 'Omar Vance SUPPORTS Talia Brennock [won-backing-of]']));
    expect(found.filter((r) => r.startsWith('Kenya') || r.startsWith('Chile'))).toEqual([]);
  });

  it('reads nothing from support failed, lost, sought, negated or conditional', () => {
    // Act
    const found = ofType(relationsOfParagraphs(
      'Omar Vance failed to win the backing of Talia Brennock.',
      'Ada Orrin lost the backing of the Tolva Workers Union in May.',
      'Omar Vance did not win the backing of Ada Orrin.',
      'If Talia Brennock won the backing of Ada Orrin, she would lead the party.',
      'Omar Vance was seeking the support of the Andean Farmers League.',
    ), 'SUPPORTS');
    // Assess
    expect(found).toEqual([]);
  });
});

describe('stage relate, backing: money committed to a party', () => {
  it('reads "which has committed about $13bn to B" and "invested €2bn in B" as support of B', () => {
    // Act
    const found = ofType(relationsOfParagraphs('Harlow Group, which has committed about $13bn to Brisk Labs, was not told of the decision.', 'Vale Holdings invested €2bn in Orrin Systems last year.'), 'SUPPORTS');
    // Assess
    expect(found).toEqual(['Harlow Group SUPPORTS Brisk Labs [committed-money-to]', 'Vale Holdings SUPPORTS Orrin Systems [committed-money-to]']);
  });

  it('reads no support from money invested in a country, a refused commitment or a plan', () => {
    // Act
    const found = ofType(relationsOfParagraphs('Vale Holdings invested $3bn in Peru last year.', 'Harlow Group has not committed $1bn to Brisk Labs.', 'Harlow Group plans to invest $1bn in Orrin Systems.', 'If the deal closes, Vale Holdings could commit $2bn to Brisk Labs.'), 'SUPPORTS');
    // Assess
    expect(found).toEqual([]);
  });
});
