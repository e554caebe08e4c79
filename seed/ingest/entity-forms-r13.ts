/**
 * Round 13 entity forms (hooks in cluster.ts), each a construction class of English news naming,
 * never a particular name:
 *
 * - "Mr Surname" when two people of the text share the surname: the honorific's gender picks the one
 *   whose given name is of that gender in compromise's lexicon ("Mr Vance" → Tomas Vance, not his
 *   wife Ilse Vance). A given name of neither gender, or two of the same, leaves it unresolved.
 * - A person's name whose given name WordNet also has as an adjective ("Julian", "Victorian") is not
 *   an adjective glued to a surname at a sentence's start when the text calls the whole a person.
 * - A name with a match score after it is a side's, unless the text also writes its last word with
 *   "Mr", "Ms" or "Mrs" (a player: "beating Tomas Vrell 6-4 … Mr Vrell").
 * - Football clubs: club initials ("FC", "AC", "SC" …) with a capitalised word ("AC Tolva", "Velmar
 *   FC"); a big city with a word that is no given name ("Bayern Munich", "Olympique Lyon"), which
 *   capitalised words alone would make a person.
 * - A company named by a brand and the capitalised plural of its field ("Velk Therapeutics", "Orvo
 *   Biosciences", "Tolva Dynamics"), which no other cue types.
 * - "the <Name>" where WordNet has the name as a river, desert or mountain range is that feature, not
 *   a known firm of the name ("deforestation in the Amazon").
 */
import type { EntityType } from '../../src/generated/graphql';
import { givenNameGender, givenNameKind } from './lone-words';
import { loadPertainyms } from './pertainyms';
import { isNaturalFeature } from './celestial-bodies';

/** What stage cluster's votes carry. */
interface Vote {
  readonly type: EntityType;
  readonly confidence: number;
  readonly rule: string;
}

const MALE_HONORIFICS = new Set(['Mr', 'Mr.', 'Sir']);
const FEMALE_HONORIFICS = new Set(['Mrs', 'Mrs.', 'Ms', 'Ms.', 'Miss', 'Dame']);

/**
 * Of the people who carry a surname, the one the honorifics before it point to by gender, or
 * undefined. `honorifics` are the words written before the surname (null where none was); all that
 * are gendered must agree, and exactly one owner's given name must be of that gender.
 */
export function ownerByHonorificGender<T extends { readonly name: string }>(owners: readonly T[], honorifics: ReadonlyArray<string | null>): T | undefined {
  let gender: 'male' | 'female' | undefined;
  for (const h of honorifics) {
    const g = h === null ? undefined : MALE_HONORIFICS.has(h) ? 'male' : FEMALE_HONORIFICS.has(h) ? 'female' : undefined;
    if (!g) continue;
    if (gender && gender !== g) return undefined;
    gender = g;
  }
  if (!gender) return undefined;
  const fitting = owners.filter((p) => {
    const given = givenNameGender(p.name.slice(0, p.name.indexOf(' ')));
    // (A given name the lexicon does not know may be of either gender: it stays a candidate.)
    return given === gender || given === undefined;
  });
  if (fitting.length !== 1) return undefined;
  // The one left must be told apart by a known gender: one of the others must have the other one.
  return owners.some((p) => p !== fitting[0] && givenNameGender(p.name.slice(0, p.name.indexOf(' '))) !== undefined) ? fitting[0] : undefined;
}

/** Whether a form dropped as a sentence's adjective glued to a name is in fact a person's name ("Julian Tolvey, the founder of …"). */
export function personWithAdjectiveGivenName(text: string, vote: Vote | undefined): boolean {
  const space = text.indexOf(' ');
  return space !== -1 && vote?.type === 'PERSON' && vote.confidence >= 0.8 && givenNameGender(text.slice(0, space)) !== undefined;
}

const HONORIFIC_BEFORE = /\b(?:Mr|Mrs|Ms)\.?\s+$/u;

/** A side's score vote for a name whose last word the text also writes after "Mr", "Ms" or "Mrs" (a player): a person's vote, else `vote` unchanged. */
export function playerNotSide(text: string, vote: Vote | undefined, allText: string): Vote | undefined {
  if (vote?.rule !== 'team-score' || !text.includes(' ')) return vote;
  const last = text.slice(text.lastIndexOf(' ') + 1);
  for (let i = allText.indexOf(last); i !== -1; i = allText.indexOf(last, i + 1)) {
    if (HONORIFIC_BEFORE.test(allText.slice(Math.max(0, i - 6), i)) && !/\p{L}/u.test(allText[i + last.length] ?? '')) return { type: 'PERSON', confidence: 0.6, rule: 'honorific-surname-player' };
  }
  return vote;
}

/** Initials of a sports club's legal form, written before or after its town ("FC Tolva", "Tolva AFC"). */
const CLUB_INITIALS = new Set(['FC', 'AFC', 'CF', 'AC', 'SC', 'SV', 'VfB', 'VfL', 'BSC', 'FK', 'NK', 'SK', 'KV', 'KRC']);

const CAPITALISED = /^\p{Lu}[\p{Ll}\p{Lu}-]*\p{Ll}[\p{Ll}-]*$/u;
/** The plural of a field of study or trade: "Therapeutics", "Dynamics", "Biosciences". */
const FIELD_PLURAL = /^\p{Lu}\p{Ll}{3,}(?:ics|sciences)$/u;

/**
 * A type for a form of two or three words that has no vote of its own: a club by its initials ("AC
 * Tolva"), or a company named by a brand and the plural of its field ("Velk Therapeutics", "Orvo
 * Biosciences": a WordNet noun in -ics or -sciences, after a word that is no given name).
 */
export function clubOrFieldCompany(ws: readonly string[]): Vote | undefined {
  if (ws.length < 2 || ws.length > 3) return undefined;
  const first = ws[0]!;
  const last = ws[ws.length - 1]!;
  if ((CLUB_INITIALS.has(first) && ws.slice(1).every((w) => CAPITALISED.test(w))) || (CLUB_INITIALS.has(last) && ws.slice(0, -1).every((w) => CAPITALISED.test(w)))) return { type: 'ORGANIZATION', confidence: 0.6, rule: 'club-initials' };
  if (FIELD_PLURAL.test(last) && loadPertainyms().isCommonNoun(last.toLowerCase().replace(/sciences$/, 'science')) && givenNameGender(first) === undefined && ws.slice(0, -1).every((w) => /^\p{Lu}/u.test(w))) return { type: 'ORGANIZATION', confidence: 0.45, rule: 'field-plural-company' };
  return undefined;
}

/**
 * "Bayern Munich", "Olympique Lyon", "Lyon Saint-Genis": two words with no sign of a person, one a
 * city of a million or more and the other no given name and no city, are a club's or a firm's name
 * (people named after a big city carry a given name: "Tomas Paris").
 */
export function bigCityName(ws: readonly string[], g: { isCity(w: string): boolean; isBigCity(w: string): boolean }): boolean {
  if (ws.length !== 2) return false;
  const [a, b] = ws as [string, string];
  const cityFirst = g.isBigCity(a) && !g.isCity(b);
  const cityLast = g.isBigCity(b) && !g.isCity(a);
  if (!cityFirst && !cityLast) return false;
  const other = cityFirst ? b : a;
  return givenNameKind(other) === undefined && givenNameKind(cityFirst ? a : b) === undefined;
}


const THE_BEFORE = /(?:^|[^\p{L}])[Tt]he\s$/u;

/**
 * "deforestation in the Amazon", "trekking in the Himalayas": a one-word name after "the" that
 * WordNet has as a river, desert or mountain range is that natural feature (REGION). Firms and
 * towns of the same name take no article ("Amazon said", "in Orange"), so the article decides.
 */
export function isTheNaturalFeature(text: string, definite: boolean): boolean {
  return definite && !text.includes(' ') && isNaturalFeature(text);
}

/**
 * Whether a known entity's one-word string found after "the" names the natural feature rather than
 * the known firm or body ("the Amazon" in a text, the company "Amazon" in the known set): stage
 * link leaves it to stage cluster (above). A known place of the name links as before.
 */
export function featureNotKnownEntity(hit: { readonly start: number; readonly text: string }, text: string, knownType: EntityType): boolean {
  if (knownType === 'REGION' || hit.start < 4 || hit.text.includes(' ') || text.charCodeAt(hit.start - 1) !== 32) return false;
  return THE_BEFORE.test(text.slice(Math.max(0, hit.start - 5), hit.start)) && isNaturalFeature(hit.text);
}
