/**
 * Stage relate, round 7 agreements: "A and B signed agreements on …", "the merger of A and B",
 * "A’s merger with B" and "a treaty that commits A and B to help each other". Every text is
 * invented; each rule has cases where it must not fire.
 */
import { articleText, knownFile, runUntil } from './support';

const known = [knownFile('article:00000000000007e1', [
  { id: 'entity:acme-mobile', type: 'ORGANIZATION', name: 'Acme Mobile' },
  { id: 'entity:bolt-networks', type: 'ORGANIZATION', name: 'Bolt Networks' },
  { id: 'entity:orsk-telecom', type: 'ORGANIZATION', name: 'Orsk Telecom' },
])];
const agreementsOf = (...paragraphs: string[]) => {
  const doc = runUntil('relate', articleText('Deal', ...paragraphs), known);
  const name = (id: string) => doc.entities!.get(id)!.name;
  return doc.relationships!.filter((r) => r.type === 'SIGNS_AGREEMENT_WITH' || r.type === 'PARTNERS_WITH').map((r) => `${name(r.source)} ${r.type} ${name(r.target)} [${r.rule}]`).sort();
};

describe('stage relate: agreements signed by a pair', () => {
  it('reads "A and B also signed agreements on …" and "A and B signed more than ten documents"', () => {
    // Act
    const found = agreementsOf('Kenya and Peru also signed agreements on health care and science, according to officials.', 'Chile and Bolivia signed more than ten documents, among them a memorandum on trade.');
    // Assess
    expect(found).toEqual(['Chile SIGNS_AGREEMENT_WITH Bolivia [pair-signed-agreements]', 'Kenya SIGNS_AGREEMENT_WITH Peru [pair-signed-agreements]']);
  });

  it('reads nothing from a pair that did not sign, that may sign, or that only discussed them', () => {
    // Act
    const found = agreementsOf('Kenya and Peru did not sign agreements on trade.', 'Chile and Bolivia could sign documents on energy next year.', 'Ecuador and Uruguay discussed agreements on trade.');
    // Assess
    expect(found).toEqual([]);
  });
});

describe('stage relate: mergers and mutual commitments', () => {
  it('reads "the £15bn merger of A and B" and "A’s merger with B" as agreements', () => {
    // Act
    const found = agreementsOf('The regulator has cleared the £15bn merger of Acme Mobile and Bolt Networks.', 'Orsk Telecom’s merger with Acme Mobile closed in 2019.');
    // Assess
    expect(found).toEqual(['Acme Mobile SIGNS_AGREEMENT_WITH Bolt Networks [merger-of]', 'Orsk Telecom SIGNS_AGREEMENT_WITH Acme Mobile [merger-with]']);
  });

  it('reads nothing from a possible or blocked merger', () => {
    // Act
    const found = agreementsOf('Analysts discussed a possible merger of Acme Mobile and Bolt Networks.', 'The regulator recalled the blocked merger of Orsk Telecom and Acme Mobile.');
    // Assess
    expect(found).toEqual([]);
  });

  it('reads "a treaty that commits A and B to help each other" as a partnership, but not a treaty that does not', () => {
    // Act
    const found = agreementsOf('The two presidents have signed a treaty that commits Kenya and Peru to help each other if either is attacked.', 'They rejected a pact that would commit Chile and Bolivia to defend each other.');
    // Assess
    expect(found).toEqual(['Kenya PARTNERS_WITH Peru [treaty-commits-to-help]']);
  });
});
