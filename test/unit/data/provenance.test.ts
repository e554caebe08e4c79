import { relationshipProposal, statusFilter, statusOf, strongestProposal } from '../../../src/data/provenance';
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

  it('filters nothing when every status is asked for, and counts items without a status as curated', () => {
    // Act / Assess
    expect(statusFilter(null)).toBeUndefined();
    expect(statusFilter(['PROPOSED', 'CURATED'])).toBeUndefined();
    expect(statusFilter(['CURATED'])).toEqual({ attribute: 'status', values: ['CURATED'], absentValue: 'CURATED' });
    expect(statusFilter(['PROPOSED', 'PROPOSED'])).toEqual({ attribute: 'status', values: ['PROPOSED'], absentValue: 'CURATED' });
  });
});
