/**
 * Curated or proposed: how entities and relationships get their status, in one place for the
 * seed (which merges copies), the item builders (which key the status lists by it) and the
 * resolvers (which show it).
 *
 * A relationship's provenance is not stored beside its evidence but derived from it: each
 * article's evidence carries the proposal of that article's seed file (or null when curated), so
 * when an article stops stating a relationship, the status that article gave it leaves with its
 * evidence and the status of what remains is recomputed, never left stale.
 */
import type { EvidenceRecord, FactStatus, ProposalRecord } from './model';

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

/**
 * The status a status list reads, or null when every status passes (the list then makes exactly
 * the Query of the list without status, call for call).
 *
 * With two statuses, a filter that does not let every status through lets exactly one through,
 * and each list of one status is one partition of the tables' `byStatus` index.
 */
export function listedStatus(statuses: readonly FactStatus[] | null | undefined): FactStatus | null {
  if (!statuses) return null;
  const listed = FACT_STATUSES.filter((status) => statuses.includes(status));
  if (listed.length === FACT_STATUSES.length) return null;
  if (listed.length !== 1) {
    // An empty filter is refused at the API's edge (src/graphql/arguments.ts); a third status would
    // need its lists merged from several partitions, which no list does.
    throw new Error(`A status list reads one status or all of them, not ${JSON.stringify(statuses)}`);
  }
  return listed[0]!;
}

/**
 * The `byStatus` partition of one list of one status (src/data/tables.ts): the table's item kind,
 * the status, then the list (`ALL`, `TYPE#<type>`, `ENTITY#<entityId>` …). The id, the only part
 * that is not a fixed word, comes last, so two lists never share a partition.
 */
export const statusPartition = (kind: 'ENTITY' | 'RELATIONSHIP', status: FactStatus, list: string): string => `${kind}#${status}#${list}`;

/** Whether a status filter (null: every status) lets a fact of this provenance through. */
export const matchesStatus = (statuses: readonly FactStatus[] | null | undefined, proposal: ProposalRecord | null): boolean =>
  statuses === null || statuses === undefined || statuses.includes(statusOf(proposal));
