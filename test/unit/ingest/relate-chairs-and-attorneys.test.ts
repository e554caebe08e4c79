/**
 * Stage relate, families offices and roles: a head named by a relative clause after an apposition
 * ("X, a Kenyan professor of medicine who chairs the committee", the kind noun standing for the
 * article's one committee, named "Committee on …") and a national prosecutor's office ("X, the US
 * attorney whose office brought the case"). Invented sentences, with the cases that must not fire: a
 * negated role, a lawyer's nationality, an indefinite attorney.
 */
import { articleText, knownFile, namedRelationships, ofType, relationsOfParagraphs, runUntil } from './support';

const KNOWN = [
  knownFile('article:00000000000000c1', [
    { id: 'entity:tolva-health-agency', type: 'ORGANIZATION', name: 'Tolva Health Agency' },
    { id: 'entity:emergency-committee-on-marlo', type: 'ORGANIZATION', name: 'Emergency Committee on Marlo' },
  ]),
];
const relationsOf = (...paragraphs: string[]) => namedRelationships(runUntil('relate', articleText('Notes', ...paragraphs), KNOWN));

describe('stage relate: a head named by a relative clause after an apposition', () => {
  it('makes "a Kenyan professor who chairs the committee" the leader of the article’s one committee', () => {
    // Act
    const found = relationsOf(
      'The Tolva Health Agency met its Emergency Committee on Marlo on Monday.',
      'Dana Okafor, a Kenyan professor of medicine who chairs the committee, said the outbreak was serious.',
    );
    // Assess
    expect(found).toEqual(expect.arrayContaining(['Dana Okafor LEADS Emergency Committee on Marlo [who-heads+kind]']));
  });

  it('gives nothing when the role is negated', () => {
    // Act
    const found = relationsOf(
      'The Tolva Health Agency met its Emergency Committee on Marlo on Monday.',
      'Omar Vance, a lawyer who no longer chairs the committee, disagreed.',
    );
    // Assess
    expect(ofType(found, 'LEADS')).toEqual([]);
  });

  it('takes no committee when the article names none', () => {
    // Act
    const found = relationsOf('The Tolva Health Agency met on Monday.', 'Dana Okafor, a Kenyan professor who chairs the committee, spoke.');
    // Assess
    expect(found.filter((r) => r.startsWith('Dana Okafor'))).toEqual([]);
  });
});

describe('stage relate: a national prosecutor’s office', () => {
  it('gives "the US attorney whose office brought the case" an office in the country', () => {
    // Act
    const found = relationsOfParagraphs('Kenya and the United States signed a deal.', 'Damian Rook, the US attorney whose office brought the case, spoke outside the court.');
    // Assess
    expect(found).toEqual(expect.arrayContaining(['Damian Rook HOLDS_OFFICE_IN United States [national-attorney]']));
  });

  it('gives no office to an indefinite attorney or to a lawyer named by nationality', () => {
    // Act
    const found = relationsOfParagraphs('Kenya and the United States signed a deal.', 'Omar Vance, a US attorney, agreed.', 'Talia Brennock, the Kenyan attorney who represented him, spoke.');
    // Assess
    expect(found.filter((r) => r.startsWith('Omar Vance') || r.startsWith('Talia Brennock'))).toEqual([]);
  });
});
