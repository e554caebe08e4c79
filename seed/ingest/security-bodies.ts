/**
 * Intelligence and security services are a state's bodies (GOVERNMENT_BODY), whatever head noun
 * their name ends in ("Tolvan Intelligence Organisation", whose "Organisation" would make it a
 * company or an NGO) and however short their name is ("the FSB"). Two cues of ordinary news English:
 * - a name holding "Intelligence", "Counterintelligence" or "Investigation(s)" before a body's head
 *   noun ("Tolvan Intelligence Directorate", "Federal Bureau of Orvan Investigation"); a name opened by a
 *   word of many states ("International …") is left to the other cues;
 * - a name before or after the lower-case kind of such a service: "Tolvania’s TSB security
 *   service", "the spy agency TSB", "the secret police".
 */
import { INTERNATIONAL_WORDS } from './cues';
import { spaceWords } from './form-words';
import type { NameOccurrence, NameVote } from './name-kinds';

/** Words of a state's intelligence or investigation inside a body's name. */
const SECURITY_WORDS = new Set(['Intelligence', 'Counterintelligence', 'Counter-Intelligence', 'Investigation', 'Investigations']);
/** Head nouns of bodies such a word may stand before. */
const BODY_HEADS = new Set(['Organization', 'Organisation', 'Agency', 'Service', 'Services', 'Bureau', 'Directorate', 'Department', 'Office', 'Committee', 'Council', 'Board', 'Command', 'Centre', 'Center', 'Division']);
/** Lower-case modifiers of a security service's kind noun ("security service", "spy agency"). */
const SERVICE_KINDS = new Set(['security', 'intelligence', 'spy', 'secret', 'counterintelligence', 'counter-intelligence']);
/** Lower-case kind nouns of a security service. */
const SERVICE_NOUNS = new Set(['service', 'services', 'agency', 'police']);

/** Votes of one occurrence (see the module comment), added to `votes`; `textVotes` for the name's words. */
export function securityBodyVotes(o: NameOccurrence, textVotes: boolean, votes: NameVote[]): void {
  const t = o.sentence.tokens;
  if (textVotes) {
    const ws = spaceWords(o.cand.text);
    if (ws.length >= 2 && !INTERNATIONAL_WORDS.has(ws[0]!) && ws.some((w) => SECURITY_WORDS.has(w)) && ws.some((w) => BODY_HEADS.has(w))) votes.push({ type: 'GOVERNMENT_BODY', confidence: 0.9, rule: 'security-service-name' });
  }
  const a1 = t[o.last + 1];
  const a2 = t[o.last + 2];
  const after = a1 !== undefined && a2 !== undefined && a1.start === o.cand.end + 1 && SERVICE_KINDS.has(a1.text) && SERVICE_NOUNS.has(a2.text);
  const before = SERVICE_NOUNS.has(t[o.first - 1]?.text ?? '') && SERVICE_KINDS.has(t[o.first - 2]?.text ?? '') && /^(?:the|a|its|The)$/.test(t[o.first - 3]?.text ?? '');
  if (after || before) votes.push({ type: 'GOVERNMENT_BODY', confidence: 0.9, rule: 'security-service-kind' });
}
