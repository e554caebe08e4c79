/**
 * Stage relate, family offices: a head named by a relative clause after an apposition ("X, a
 * Kenyan professor of medicine who chairs the Tolva Health Agency") and a national prosecutor's office ("X, the US
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
  it('makes "a Kenyan professor who chairs the Tolva Health Agency" its leader', () => {
    // Act
    const found = relationsOf('Dana Okafor, a Kenyan professor of medicine who chairs the Tolva Health Agency, said the outbreak was serious.');
    // Assess
    expect(found).toEqual(expect.arrayContaining(['Dana Okafor LEADS Tolva Health Agency [who-heads]']));
  });

  it('gives nothing when the role is negated', () => {
    // Act
    const found = relationsOf('Omar Vance, a lawyer who no longer chairs the Tolva Health Agency, disagreed.');
    // Assess
    expect(ofType(found, 'LEADS')).toEqual([]);
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
