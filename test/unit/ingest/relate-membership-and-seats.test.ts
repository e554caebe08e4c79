/**
 * Stage relate, families membership and belonging: a country's membership of a bloc from the noun
 * phrases that state it ("Tolva Pact member Kenya", "Peru, a Tolva Pact member", "Chile, a member of
 * the Tolva Pact", "X, Bolivia’s president and the only leader of a Tolva Pact country") and a body's
 * seat from its apposition ("Acme, a non-union parts maker in Nairobi,"). Invented sentences; the
 * blocs and companies are known entities so that their types are fixed, and each group has cases
 * that must not fire (negation, a would-be or former member, a place phrase that goes on).
 */
import { articleText, knownFile, namedRelationships, ofType, runUntil } from './support';

const KNOWN = [
  knownFile('article:00000000000000b1', [
    { id: 'entity:tolva-pact', type: 'ORGANIZATION', name: 'Tolva Pact' },
    { id: 'entity:marlo-union', type: 'ORGANIZATION', name: 'Marlo Union' },
    { id: 'entity:vela-motors', type: 'ORGANIZATION', name: 'Vela Motors' },
    { id: 'entity:norra-bank', type: 'ORGANIZATION', name: 'Norra Bank' },
    { id: 'entity:marlo-lines', type: 'ORGANIZATION', name: 'Marlo Lines' },
    { id: 'entity:tolva-insurance', type: 'ORGANIZATION', name: 'Tolva Insurance' },
    { id: 'entity:kestrel-airways', type: 'ORGANIZATION', name: 'Kestrel Airways' },
  ]),
];
const relationsOf = (...paragraphs: string[]) => namedRelationships(runUntil('relate', articleText('Notes', ...paragraphs), KNOWN));

describe('stage relate: a country’s membership of a bloc', () => {
  it('reads the bloc before the country, an apposition and the leader of "a <bloc> country"', () => {
    // Act
    const found = relationsOf(
      'Kenya, Peru, Bolivia and Chile met the Tolva Pact.',
      'Tolva Pact member Kenya sent troops.',
      'Peru, a Tolva Pact member, objected.',
      'Chile, a member of the Tolva Pact, agreed.',
      'Talia Brennock, Bolivia’s president and the only leader of a Tolva Pact country at the summit, spoke.',
    );
    // Assess
    expect(ofType(found, 'PART_OF').sort()).toEqual([
      'Bolivia PART_OF Tolva Pact [leader-of-a-bloc-country]',
      'Chile PART_OF Tolva Pact [apposition-member-of]',
      'Kenya PART_OF Tolva Pact [bloc-member-country]',
      'Peru PART_OF Tolva Pact [apposition-bloc-member]',
    ]);
  });

  it('gives nothing for a negated, would-be or former membership', () => {
    // Act
    const found = relationsOf(
      'Kenya, Peru and Chile met the Marlo Union.',
      'Neither Peru nor Chile is a member of the Marlo Union.',
      'Chile, a would-be member of the Marlo Union, waited.',
      'Peru, a former Marlo Union member, left.',
      'Kenya, a non-member of the Marlo Union, watched.',
    );
    // Assess
    expect(ofType(found, 'PART_OF')).toEqual([]);
  });
});

describe('stage relate: a body’s seat from its apposition', () => {
  it('reads "Acme, a non-union parts maker in Nairobi," and "the biggest lender in Kenya"', () => {
    // Act
    const found = relationsOf(
      'Kenya and Peru signed a deal in Nairobi and Lima.',
      'The minister visited Vela Motors, a non-union parts maker in Nairobi, instead.',
      'Norra Bank, the biggest lender in Kenya, said profits rose.',
    );
    // Assess
    expect(ofType(found, 'BASED_IN').sort()).toEqual(['Norra Bank BASED_IN Kenya [kind-in-place]', 'Vela Motors BASED_IN Nairobi [kind-in-place]']);
  });

  it('gives no seat when the place phrase goes on, names no place, or the body is foreign', () => {
    // Act
    const found = relationsOf(
      'Kenya and Peru signed a deal in Nairobi and Lima.',
      'Marlo Lines, a shipping company in talks with Lima officials, said nothing.',
      'Tolva Insurance, the only insurer in Lima to pay, was praised.',
      'Kestrel Airways, a foreign airline in Lima, grew.',
    );
    // Assess
    expect(ofType(found, 'BASED_IN')).toEqual([]);
  });
});
