/**
 * "the South Tolvan president", "East Peruvian leaders": a capitalised compass word before a
 * demonym is an adjective of a people or a part of the world, as the demonym alone is
 * (candidates.ts drops a lone demonym the same way). It names no entity: the region, where there
 * is one, is written as a noun ("East Africa"), and a longer name that opens with the two words
 * ("South Peruvian Airways") is not read here.
 */
import type { Gazetteer } from './gazetteer';

/** Capitalised compass words that open a compound demonym. */
const COMPASS_OPENERS = new Set(['North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Central']);

/** Adjectives of continents, which the countries' demonyms do not hold ("West African"). */
const CONTINENT_ADJECTIVES = new Set(['African', 'Asian', 'European']);

/** Whether a name of exactly two words is a compass word and a demonym ("West Peruvian"). */
export function isCompassDemonym(text: string, gazetteer: Gazetteer): boolean {
  const space = text.indexOf(' ');
  if (space === -1 || text.indexOf(' ', space + 1) !== -1) return false;
  if (!COMPASS_OPENERS.has(text.slice(0, space))) return false;
  const second = text.slice(space + 1);
  return CONTINENT_ADJECTIVES.has(second) || gazetteer.demonym(text) !== undefined || gazetteer.demonym(second) !== undefined;
}
