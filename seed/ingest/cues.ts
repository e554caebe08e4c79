/**
 * Generic English cue words the rules read: honorifics, titles and the head nouns of kinds of
 * names. None of them names an entity; each says what kind of thing a name next to it is.
 */
import type { EntityType } from '../../src/generated/graphql';

/** Honorifics before a name: always a person. */
export const HONORIFICS = new Set(['Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Sir', 'Dame', 'Prof', 'Prof.', 'Professor']);

/** Titles that can stand capitalised before a name ("President Ramos", "Prime Minister Okoro"). */
export const TITLES = new Set([
  'President', 'Vice', 'Prime', 'Minister', 'Chancellor', 'Premier', 'Governor', 'Senator', 'Mayor',
  'King', 'Queen', 'Prince', 'Princess', 'Pope', 'General', 'Gen', 'Admiral', 'Colonel', 'Captain',
  'Judge', 'Secretary', 'Ambassador', 'Chairman', 'Chairwoman', 'Representative', 'Rep', 'Sen',
  'Commissioner', 'Director', 'Chief', 'Executive', 'Foreign', 'Defence', 'Defense', 'Finance', 'Deputy',
  'State', 'Sheikh', 'Emir', 'Crown', 'Justice', 'Speaker',
  // (military ranks of two words: "Rear Admiral", "Lieutenant General", "Brigadier General")
  'Rear', 'Lieutenant', 'Brigadier', 'Sergeant', 'Commander', 'Marshal',
]);

/** Office nouns in an apposition ("X, the Peruvian president"), lower-case in running text. */
export const OFFICE_NOUNS = [
  'president', 'prime minister', 'minister', 'secretary of state', 'secretary', 'chancellor', 'premier',
  'envoy', 'ambassador', 'governor', 'mayor', 'senator', 'foreign minister', 'spokesman', 'spokeswoman',
  'spokesperson', 'leader', 'king', 'queen', 'chief executive', 'chief', 'head', 'chairman', 'chairwoman',
  'director', 'commissioner', 'general', 'adviser', 'advisor', 'official', 'diplomat', 'negotiator',
  'lawmaker', 'congressman', 'congresswoman', 'representative', 'judge', 'prosecutor', 'chair',
];

/** Nouns for people in appositions that are not offices ("a photographer", "an engineer"). */
export const PERSON_NOUNS = [
  'photographer', 'reporter', 'journalist', 'correspondent', 'editor', 'writer', 'author', 'analyst', 'professor',
  'researcher', 'scientist', 'economist', 'engineer', 'founder', 'co-founder', 'ceo', 'actor', 'actress', 'singer',
  'player', 'coach', 'athlete', 'captain', 'farmer', 'activist', 'lawyer', 'doctor', 'student', 'resident', 'owner',
  'manager', 'expert', 'historian', 'curator', 'pilot', 'driver', 'investor', 'banker', 'worker', 'mother', 'father',
  'son', 'daughter', 'wife', 'husband', 'director', 'winner', 'candidate', 'member', 'man', 'woman',
  'administrator', 'speaker', 'counterpart', 'entrepreneur', 'businessman', 'businesswoman', 'billionaire', 'tycoon',
  'magnate', 'philanthropist', 'politician', 'campaigner', 'novelist', 'poet', 'artist', 'musician', 'composer', 'rapper',
  'dancer', 'comedian', 'presenter', 'pundit', 'footballer', 'cricketer', 'sprinter', 'swimmer', 'boxer', 'cyclist',
  'runner', 'champion', 'architect', 'surgeon', 'physician', 'nurse', 'teacher', 'priest', 'bishop', 'cleric', 'imam',
  'rabbi', 'soldier', 'veteran', 'filmmaker', 'film-maker', 'academic', 'physicist', 'chemist',
  'biologist', 'virologist', 'epidemiologist', 'meteorologist', 'climatologist', 'forecaster', 'entertainer',
];

/** The last word of a name, or a lower-case noun right after it, that types it. */
export const HEAD_NOUNS: ReadonlyArray<readonly [EntityType, readonly string[]]> = [
  ['GOVERNMENT_BODY', ['Ministry', 'Department', 'Commission', 'Parliament', 'Senate', 'Congress', 'Assembly', 'Cabinet', 'Government', 'Office', 'Bureau', 'Agency', 'Authority', 'Administration', 'Court', 'Council', 'Treasury', 'Police', 'Army', 'Navy', 'Military', 'Forces', 'Service', 'Directorate', 'Secretariat', 'Presidency', 'Duma', 'Force', 'Committee', 'Board', 'Guard', 'Guards', 'Commons', 'Lords', 'Representatives', 'Councillors', 'Deputies', 'Delegates', 'ministry', 'department', 'commission', 'agency', 'parliament', 'government', 'office', 'bureau', 'authority', 'administration', 'court', 'council', 'police', 'army', 'navy', 'regulator', 'watchdog']],
  ['EVENT', ['Forum', 'Summit', 'Conference', 'Paralympics', 'Cup', 'Championship', 'Championships', 'War', 'Election', 'Elections', 'Festival', 'Expo', 'Fair', 'Week', 'Talks', 'Congress', 'Convention', 'Marathon', 'Open', 'Tournament', 'Revolution', 'Crisis', 'Dialogue', 'Meeting', 'Awards', 'Prize', 'Gala', 'Ceremony', 'Exhibition', 'Biennale', 'summit', 'forum', 'conference', 'festival', 'election', 'tournament', 'championship', 'pandemic', 'epidemic', 'outbreak']],
  ['PROJECT', ['Pipeline', 'Bridge', 'Dam', 'Project', 'Railway', 'Tunnel', 'Canal', 'Corridor', 'Mission', 'Programme', 'Program', 'Initiative', 'Telescope', 'Reactor', 'Station', 'Highway', 'Line', 'Link', 'Plant', 'Stadium', 'Airport', 'Arena', 'Pipe', 'Interconnector', 'Crossing', 'Terminal', 'Tower', 'Cathedral', 'Basilica', 'Monument', 'Palace', 'Abbey', 'Mosque', 'Store', 'Port', 'Castle', 'pipeline', 'project', 'railway', 'bridge', 'dam', 'tunnel', 'canal', 'corridor', 'mission', 'programme', 'program', 'telescope', 'reactor', 'plant', 'line', 'link', 'satellite', 'rocket', 'spacecraft', 'lander', 'rover', 'orbiter', 'crossing', 'interconnector', 'software']],
  ['PUBLICATION', ['Times', 'Post', 'Journal', 'News', 'Herald', 'Telegraph', 'Tribune', 'Gazette', 'Daily', 'Review', 'Economist', 'Magazine', 'Chronicle', 'Observer', 'Independent', 'Mail', 'Express', 'Standard', 'Monitor', 'Weekly', 'Today', 'Insider', 'Register', 'Courier', 'newspaper', 'magazine', 'portal', 'website', 'broadcaster', 'channel', 'outlet', 'daily', 'tabloid', 'paper']],
  ['NEWS_AGENCY', ['Agency', 'Press', 'Images', 'Wire', 'agency']],
  ['REGION', ['asteroid', 'moonlet', 'planet', 'comet', 'moon']],
  ['ORGANIZATION', ['Company', 'Corporation', 'Corp', 'Inc', 'Ltd', 'Group', 'Bank', 'Union', 'Party', 'Alliance', 'Association', 'Organization', 'Organisation', 'Foundation', 'Institute', 'University', 'College', 'School', 'Fund', 'Club', 'Society', 'League', 'Federation', 'Airlines', 'Airways', 'Motors', 'Technologies', 'Systems', 'Energy', 'Holdings', 'Partners', 'Labs', 'Laboratory', 'Museum', 'Hospital', 'Church', 'Team', 'Orchestra', 'Band', 'Trust', 'Network', 'Studio', 'Studios', 'Council', 'International', 'Movement', 'Nations', 'Front', 'Division', 'Center', 'Centre', 'Centers', 'Centres', 'company', 'firm', 'group', 'bank', 'party', 'alliance', 'organisation', 'organization', 'university', 'museum', 'charity', 'startup', 'club', 'team', 'manufacturer', 'maker', 'operator', 'insurer', 'carrier', 'airline', 'giant', 'exporter', 'producer', 'supplier', 'retailer', 'lender', 'conglomerate', 'utility', 'refiner', 'carmaker', 'automaker', 'chipmaker', 'steelmaker', 'drugmaker', 'planemaker', 'shipbuilder', 'steelmakers', 'carmakers', 'miner', 'union', 'division', 'subsidiary', 'unit', 'movement', 'coalition', 'network', 'networks']],
];

/** The capitalised head nouns of every kind ("Ministry", "Forum", "Bridge"). */
export const CAPITAL_HEAD_WORDS: ReadonlySet<string> = new Set(HEAD_NOUNS.flatMap(([, words]) => words.filter((w) => /^\p{Lu}/u.test(w))));

/** Lower-case nouns of kinds of places, read before a name ("the island of Tolva", "the port city Varn"). */
export const PLACE_NOUNS: ReadonlyArray<readonly [EntityType, readonly string[]]> = [
  ['CITY', ['city', 'town', 'village', 'port', 'capital', 'municipality']],
  ['REGION', ['island', 'islands', 'region', 'province', 'state', 'county', 'district', 'territory', 'peninsula', 'archipelago', 'prefecture', 'oblast']],
];

/**
 * First words that make a body international: "International … Court", "World … Agency" are
 * organisations of states, not one state's government body (test/fixtures/README.md, type decisions).
 */
export const INTERNATIONAL_WORDS = new Set(['International', 'Intergovernmental', 'World', 'Global']);

/** Compass words that make a region of a country ("north Peru" → a region). */
export const COMPASS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'north-east', 'north-west', 'south-east', 'south-west', 'northeast', 'northwest', 'southeast', 'southwest', 'central', 'North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Central']);

/** Faiths: capitalised common nouns that no entity type of the vocabulary covers ("campaigned against Islam"). */
export const FAITHS = new Set(['Islam', 'Christianity', 'Judaism', 'Buddhism', 'Hinduism', 'Sikhism', 'Jainism', 'Catholicism', 'Protestantism', 'Orthodoxy', 'Taoism', 'Shinto', 'Zoroastrianism']);

/** Credit-line parts that are arrangements, not organisations ("Pool", "Handout"). */
export const CREDIT_ARRANGEMENTS = new Set(['Pool', 'Handout', 'File', 'Courtesy', 'Supplied', 'Various']);

/** Words that never start or form a name even when capitalised (sentence-initial, headlines). */
export const FUNCTION_WORDS = new Set(['The', 'A', 'An', 'This', 'That', 'These', 'Those', 'It', 'Its', 'He', 'She', 'They', 'We', 'I', 'You', 'His', 'Her', 'Their', 'Our', 'My', 'Your', 'If', 'In', 'On', 'At', 'For', 'But', 'And', 'Or', 'As', 'After', 'Before', 'When', 'While', 'Since', 'With', 'Without', 'From', 'To', 'By', 'Of', 'Over', 'Under', 'About', 'Into', 'Mr', 'Yet', 'So', 'Why', 'What', 'How', 'Who', 'Where', 'There', 'Here', 'Some', 'Many', 'Most', 'All', 'Each', 'Every', 'No', 'Not', 'One', 'Two', 'Three', 'Now', 'Then', 'Also', 'Such', 'Other', 'Another', 'More', 'Less', 'Few', 'Both', 'Either', 'Neither', 'Although', 'Though', 'Because', 'Despite', 'During', 'Until', 'Against', 'Among', 'Between', 'Through', 'Via', 'Even', 'Only', 'Just', 'Still', 'Already', 'Meanwhile', 'However', 'Instead', 'Later', 'Earlier', 'Last', 'Next', 'First', 'New']);

/** Connectors allowed inside a multi-word name ("Ministry of Coastal Affairs", "Bridge of Tolva 3"). */
export const NAME_CONNECTORS = new Set(['of', 'of the', 'for', 'for the', 'van der', 'van den', 'von der', 'de la', 'de los', 'de las', 'da', 'das', 'del', 'della', 'ter', 'de', 'du', 'la', 'le', 'von', 'van', 'der', 'den', 'al', 'el', 'bin', 'ibn', 'da', 'di', 'dos', 'do', 'on', 'on the']);

/** Verbs of saying and reporting, for "the X said" and "X reported". */
export const SPEECH_VERBS = new Set(['said', 'says', 'say', 'told', 'added', 'announced', 'announces', 'stated', 'claimed', 'confirmed', 'reported', 'reports', 'wrote', 'warned', 'noted', 'insisted', 'argued', 'declared', 'explained', 'denied', 'tweeted', 'posted']);

/** Reporting verbs that make the subject a publication ("the South Sea Herald reported"). */
export const REPORTING_VERBS = new Set(['reported', 'reports', 'published', 'wrote', 'revealed']);

/**
 * Negation and denial: a statement under one of these is not a positive fact. Verbs that stop or
 * call off an action count too: "halted supplies to", "stopped its deliveries", "postponed a trade
 * mission to", "paused talks with" state that the relationship does not (or no longer) hold.
 */
export const NEGATION_CUES = /\b(?:not|never|no|denied|denies|deny|denying|refused|refuses|rejected|rejects|dismissed|without|neither|nor|n[’']t|cannot|false|falsely|halted|halts|halt|halting|stopped|stops|stopping|suspended|suspends|suspending|paused|pauses|pausing|postponed|postpones|postponing|cancelled|canceled|cancels|cancelling|called off|scrapped|scraps|abandoned|abandons|ceased|ceases|cut off|cut|cuts|withdrew|withdraws|withdrawn|ended)\b/i;
/**
 * Hypothetical, conditional or merely intended: "if it goes ahead", "could", "was considering
 * supplying", "plans to visit", "hopes to send", "aiming for". An intention or a hope is not the
 * act. A plan told in the past ("was due to travel to", "were scheduled to visit", "had been set to
 * sign", "was expected later to visit") is one too: the article tells the plan, not that it happened.
 * Hedges of a stated fact ("is expected to", "will visit", "would" in a designed route) are not here:
 * the README keeps them as facts with the hedge in the description.
 */
export const HYPOTHETICAL_CUES = /\b(?:[Ii]f|[Uu]nless|[Ww]hether|could|might|may|considering|considers|consider|considered|contemplating|contemplates|mulling|weighing|plans? to|planned to|planning to|hopes? to|hoped to|hoping to|wants? to|wanted to|wishes to|intends? to|intended to|intending to|aims? to|aimed to|aiming to|aiming for|aims for|seeks? to|sought to|seeking to|would like to|would have|proposed to|proposes to|offered to|threatened to|threatens to|(?:was|were|been) (?:due|scheduled|slated|set|poised) to|expected later to)\b/;

/** An allegation: what follows is a claim, not a fact (only ACCUSES and WARNS may come from it). */
export const ALLEGATION_CUES = /\b(?:accus\w*|alleg\w*|claim\w*|suspect\w*|purported\w*)\b/i;

/**
 * Names of central banks and monetary authorities: a state's body, not a company ("the Central
 * Bank of Tolva", "the Tolvan Reserve Bank", "the Tolvan Reserve", "the Bank of Peru"). A
 * "<people> National Bank" is one too unless the text treats it as a company (see cluster.ts).
 */
export const CENTRAL_BANK = /\b(?:Central Bank|Reserve Bank|Monetary Authority)\b|^(?!(?:Nature|Game|Wildlife|Forest|Marine|Strategic|Petroleum|Oil) )\p{Lu}\p{L}+ Reserve$/u;
/** "Bank of <Name>": a central bank when the name is a country's ("the Bank of Tolva" is not known to be one). */
export const BANK_OF = /^Bank of (\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?)$/u;
/** "<Demonym> National Bank": a central bank by default ("the Tolvan National Bank"). */
export const NATIONAL_BANK = /^(\p{Lu}\p{L}+) National Bank$/u;
/** Nouns a company is called by its owners and clients, not a state's body ("its largest shareholder"). */
export const COMPANY_ROLE_NOUNS = new Set(['shareholder', 'shareholders', 'investor', 'owner', 'stakeholder', 'lender', 'competitor', 'rival', 'client', 'customer']);

/** Classifiers before a number that make a scale or a rank, no name ("a Category 5 storm", "Level 4", "Article 5"). */
export const SCALE_WORDS = new Set(['Category', 'Level', 'Grade', 'Phase', 'Stage', 'Tier', 'Class', 'Force', 'Round', 'Section', 'Article', 'Chapter', 'Page', 'Gate', 'Platform', 'Step', 'Figure', 'Table', 'Alert']);

/** A movement's or a person's adherents ("the Tolvists", "Varnites"): an unnamed group, no entity. */
export const ADHERENT_PLURAL = /^\p{Lu}\p{Ll}+(?:ists|istas|ites)$/u;

/**
 * A named storm: "Hurricane Ilsa", "Tropical Storm Boro", "Super Typhoon Kemi", "Cyclone Ado",
 * "Storm Brea" (group 1: the kind word).
 */
export const STORM_NAME = /^(?:(?:Tropical|Super|Severe Tropical|Post-Tropical) )?(Hurricane|Typhoon|Cyclone|Storm|Depression) \p{Lu}[\p{L}’'\-]+$/u;

/** Plural nouns of a sporting edition, lower-cased: "the Tolvan Games", "the 2030 Games", "the Olympics". */
export const EDITION_NOUNS = new Set(['games', 'olympics', 'paralympics']);

/** Last words of an open public area a landmark is ("… Garden", "… Square"): a region, like a park. */
export const LANDMARK_AREA_LAST = new Set(['Garden', 'Gardens', 'Square']);

/** First words for "stadium" in other languages, before a connector: "Stade de Tolva", "Estadio del Mar". */
export const FOREIGN_VENUE_FIRST = new Set(['Stade', 'Estadio', 'Estádio', 'Stadio', 'Stadion']);

/** A brand's spelling: a capital inside a word after three lower-case letters or more ("VoxPad", "TolvaChat"), not "McKay" or "DeLuca". */
export const BRAND_WORD = /^\p{Lu}\p{Ll}{3,}\p{Lu}[\p{L}\p{N}]*$/u;

/** Verbs that make their brand-spelled object a product ("Tolvex released VoxPad"). */
export const PRODUCT_VERBS = new Set(['released', 'releases', 'launched', 'launches', 'unveiled', 'unveils', 'introduced', 'introduces', 'debuted']);

/**
 * Lower-case kind nouns that type the name right after them ("the video streaming service Zapp",
 * "the chatbot VoxPad"), beyond the head nouns; and the makers a product is "behind".
 */
export const NAME_KIND_NOUNS = new Map<string, EntityType>([
  ['service', 'ORGANIZATION'], ['platform', 'ORGANIZATION'], ['brand', 'ORGANIZATION'], ['label', 'ORGANIZATION'], ['streamer', 'ORGANIZATION'],
  ['company', 'ORGANIZATION'], ['firm', 'ORGANIZATION'], ['startup', 'ORGANIZATION'], ['start-up', 'ORGANIZATION'], ['group', 'ORGANIZATION'], ['lab', 'ORGANIZATION'], ['studio', 'ORGANIZATION'],
  ['app', 'PROJECT'], ['chatbot', 'PROJECT'], ['software', 'PROJECT'], ['console', 'PROJECT'], ['smartphone', 'PROJECT'],
]);

/** Words before "the <Name>" that make it a river, a sea or a strait ("along the Varna", "the banks of the Varna"). */
export const WATERWAY_BEFORE = new Set(['along', 'alongside', 'beside', 'across', 'downstream', 'upstream', 'banks of', 'bank of', 'shores of', 'mouth of', 'waters of', 'estuary of']);
/** Lower-case shore nouns after a name ("the Tolvic coast", "the Varna basin"). */
export const WATERWAY_AFTER = new Set(['coast', 'coastline', 'shore', 'shores', 'seaboard', 'basin', 'waters', 'seabed', 'estuary']);
/** Compass adjectives: "the eastern Tolvic" is an area of it. */
export const COMPASS_ADJECTIVES = new Set(['northern', 'southern', 'eastern', 'western', 'north-eastern', 'north-western', 'south-eastern', 'south-western', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'central']);

/** ", part of the Tolvan Weather Service" (after an optional acronym and place) → the body's capitalised run. */
export const PART_OF_BODY = /^(?: \([^)]{2,12}\))?(?: in (?:\p{Lu}[\p{L}\-]+ ?){1,3})?, (?:part|an? (?:unit|arm|agency|division|branch|office|department|bureau)) of (?:the )?((?:\p{Lu}[\p{L}\-]*\s?){1,6})/u;

/** Words that make a committee or board an organisation's, not a state's ("the Tolva 2030 Organising Committee"). */
export const NON_STATE_BODY_WORDS = new Set(['Organising', 'Organizing', 'Olympic', 'Paralympic', 'Bid', 'Host']);

/** Acronyms of common nouns, never a name ("AI chips", "GDP", "MPs"). */
export const COMMON_ACRONYMS = new Set(['AI', 'GDP', 'GNP', 'CEO', 'CFO', 'COO', 'CTO', 'IT', 'TV', 'EV', 'EVs', 'LNG', 'LPG', 'GPS', 'DNA', 'RNA', 'HIV', 'VAT', 'IPO', 'IPOs', 'ATM', 'SUV', 'SUVs', 'PC', 'PCs', 'UAV', 'UAVs', 'PhD', 'MP', 'MPs', 'MEP', 'MEPs', 'CCTV', 'LGBT', 'LGBTQ', 'CO2', 'UV', 'HQ', 'VIP', 'VIPs', 'NGO', 'NGOs', 'PPE', 'ICU', 'GP', 'GPs', 'CPI', 'AGM', 'R&D', 'M&A', 'QR', 'SMS', 'USB', 'VPN', 'PDF', 'FAQ', 'DIY', 'RSVP', 'ETA']);

/** Roles a team or a company has and a place has not: "the Tolva City manager", "the Tolvex founder". */
export const ORGANISATION_ROLE_NOUNS = new Set(['manager', 'coach', 'captain', 'striker', 'goalkeeper', 'midfielder', 'defender', 'boss', 'founder', 'co-founder', 'chairman', 'chairwoman', 'shareholders', 'fans']);

/** Lower-case nouns of natural features after a name ("the Tolva river", "Lake"-less "the Orvel lake"). */
export const NATURAL_AFTER = new Set(['river', 'lake', 'sea', 'strait', 'gulf', 'mountains', 'valley', 'glacier', 'volcano', 'desert', 'peninsula']);

/** Verbs of a party winning seats: "the Civic Union won 72 seats". */
export const SEAT_VERBS = new Set(['won', 'wins', 'took', 'takes', 'holds', 'held', 'secured', 'secures', 'lost', 'loses']);

/** Plural nouns of people that open a caption's phrase before "of" ("Members of the Tolva Assembly"). */
export const PLURAL_PEOPLE = new Set(['members', 'residents', 'supporters', 'leaders', 'officials', 'fans', 'workers', 'employees', 'citizens', 'relatives', 'families', 'delegates', 'representatives', 'ministers', 'staff', 'students', 'soldiers', 'troops', 'volunteers', 'protesters', 'voters']);

/** Disaster nouns that close an event's name after a year and a place ("the 1950 Tolva earthquake"). */
export const DISASTER_NOUNS: ReadonlySet<string> = new Set(['earthquake', 'quake', 'tsunami', 'eruption', 'floods', 'flood', 'landslide', 'wildfire', 'wildfires', 'famine', 'disaster']);
