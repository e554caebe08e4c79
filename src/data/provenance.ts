/**
 * Curated or proposed: how entities and relationships get their status, in one place for the
 * seed (which merges copies), the item builders (which store the status for filters) and the
 * resolvers (which show it).
 *
 * A relationship's provenance is not stored beside its evidence but derived from it: each
 * article's evidence carries the proposal of that article's seed file (or null when curated), so
 * when an article stops stating a relationship, the status that article gave it leaves with its
 * evidence and the status of what remains is recomputed, never left stale.
 */
import type { EvidenceRecord, FactStatus, ProposalRecord } from './model';
import type { AttributeFilter } from './query-page';

export const FACT_STATUSES: readonly FactStatus[] = ['CURATED', 'PROPOSED'];

export const statusOf = (proposal: ProposalRecord | null): FactStatus => (proposal === null ? 'CURATED' : 'PROPOSED');

/**
 * The proposal that stands for several: null (curated) when any is curated, else the most
 * confident, the first of equals. Curated wins.
 */
export function strongestProposal(proposals: Iterable<ProposalRecord | null>): ProposalRecord | null {
  let best: ProposalRecord | null = null;
  let any = false;
  for (const proposal of proposals) {
    if (proposal === null) return null;
    if (!any || proposal.confidence > best!.confidence) best = proposal;
    any = true;
  }
  return best;
}

/** A relationship's provenance: curated when any article states it curated (see the module comment). */
export const relationshipProposal = (evidence: readonly EvidenceRecord[]): ProposalRecord | null =>
  strongestProposal(evidence.map((e) => e.proposal ?? null));

/** The item attribute holding CURATED or PROPOSED, on entity items and on every relationship item kind. */
export const STATUS_ATTRIBUTE = 'status';

/**
 * The Query filter of a status list, or none when every status passes (which then reads exactly
 * as the unfiltered list does, call for call).
 */
export function statusFilter(statuses: readonly FactStatus[] | null | undefined): AttributeFilter | undefined {
  if (!statuses || FACT_STATUSES.every((status) => statuses.includes(status))) return undefined;
  // Items written before provenance existed have no status, and are curated.
  return { attribute: STATUS_ATTRIBUTE, values: [...new Set(statuses)], absentValue: 'CURATED' };
}

/** Whether a status filter (null: every status) lets a fact of this provenance through. */
export const matchesStatus = (statuses: readonly FactStatus[] | null | undefined, proposal: ProposalRecord | null): boolean =>
  statuses === null || statuses === undefined || statuses.includes(statusOf(proposal));
