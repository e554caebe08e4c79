import { listedStatus, relationshipProposal, statusOf, statusPartition, strongestProposal } from '../../../src/data/provenance';
import { aProposal, anEvidence } from '../../support/factories';

describe('provenance rules', () => {
  it('calls a fact without a proposal curated, and one with a proposal proposed', () => {
    // Act / Assess
    expect(statusOf(null)).toBe('CURATED');
    expect(statusOf(aProposal())).toBe('PROPOSED');
  });

  it('lets curated win over any proposal, and otherwise keeps the most confident, the first of equals', () => {
    // Prepare
    const weak = aProposal({ confidence: 0.2, rule: 'weak' });
    const strong = aProposal({ confidence: 0.9, rule: 'strong' });
    const alsoStrong = aProposal({ confidence: 0.9, rule: 'also-strong' });
    // Act / Assess
    expect(strongestProposal([weak, null, strong])).toBeNull();
    expect(strongestProposal([weak, strong, alsoStrong])).toBe(strong);
    expect(relationshipProposal([anEvidence({ proposal: weak }), anEvidence({ proposal: strong })])).toBe(strong);
    expect(relationshipProposal([anEvidence({ proposal: weak }), anEvidence({ proposal: null })])).toBeNull();
  });

  it('lists every status (the list without status) when none or all are asked for, else the one asked for', () => {
    // Act / Assess
    expect(listedStatus(null)).toBeNull();
    expect(listedStatus(undefined)).toBeNull();
    expect(listedStatus(['PROPOSED', 'CURATED'])).toBeNull();
    expect(listedStatus(['CURATED'])).toBe('CURATED');
    expect(listedStatus(['PROPOSED', 'PROPOSED'])).toBe('PROPOSED');
  });

  it('refuses a status list of no status (the API edge refuses it first)', () => {
    // Act / Assess
    expect(() => listedStatus([])).toThrow('A status list reads one status or all of them, not []');
  });

  it('gives each list of each status its own partition, the free-form id last', () => {
    // Act
    const partitions = [
      statusPartition('ENTITY', 'CURATED', 'ALL'),
      statusPartition('ENTITY', 'PROPOSED', 'ALL'),
      statusPartition('RELATIONSHIP', 'CURATED', 'ALL'),
      statusPartition('RELATIONSHIP', 'CURATED', 'OUT#entity:alpha'),
    ];
    // Assess
    expect(partitions).toEqual(['ENTITY#CURATED#ALL', 'ENTITY#PROPOSED#ALL', 'RELATIONSHIP#CURATED#ALL', 'RELATIONSHIP#CURATED#OUT#entity:alpha']);
  });
});
