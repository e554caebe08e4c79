/**
 * Stage relate, rule family `hosting`: where an event is held, from verbs of hosting ("A, B and C
 * will jointly host …", "A confirmed as … host", "plans to stage the tournament in … : P, Q") and
 * of disasters ("the earthquake hit A and B"). Every text is invented; each rule has a case where it
 * must not fire.
 */
import { articleText, knownFile, runUntil } from './support';

const relationsOf = (raw: string, known = [] as ReturnType<typeof knownFile>[]) => {
  const doc = runUntil('relate', raw, known);
  const name = (id: string) => doc.entities!.get(id)!.name;
  return doc.relationships!.map((r) => `${name(r.source)} ${r.type} ${name(r.target)} [${r.rule}]`);
};
const heldIn = (raw: string, known = [] as ReturnType<typeof knownFile>[]) => relationsOf(raw, known).filter((r) => r.includes(' HELD_IN ')).map((r) => r.replace(/ \[.*\]$/, ''));

describe('stage relate, hosting: where an event is held', () => {
  it('reads each coordinated host and each place listed after the event', () => {
    // Act
    const found = relationsOf(articleText('Cup', 'Peru, Chile and Bolivia will jointly host the 2031 Andes Cup, with one match each to be played in Ecuador and Colombia.'));
    // Assess
    expect(found).toEqual(expect.arrayContaining([
      '2031 Andes Cup HELD_IN Peru [places-host-event]',
      '2031 Andes Cup HELD_IN Chile [places-host-event]',
      '2031 Andes Cup HELD_IN Bolivia [places-host-event]',
      '2031 Andes Cup HELD_IN Ecuador [hosted-event-in-places]',
      '2031 Andes Cup HELD_IN Colombia [hosted-event-in-places]',
    ]));
  });

  it('reads "confirmed as … host" and a later "plans to stage the tournament in … cities: P, Q and R" as the same event', () => {
    // Act
    const found = heldIn(articleText('Cup', 'Brazil confirmed as 2035 Andes Cup host.', 'Chile will host the 2039 Andes Cup.', 'Brazil plans to stage the 24-team tournament in ten stadiums across three cities: Recife, Belém and Natal.'));
    // Assess
    expect(found).toEqual(expect.arrayContaining(['2035 Andes Cup HELD_IN Brazil', '2035 Andes Cup HELD_IN Recife', '2035 Andes Cup HELD_IN Belém', '2035 Andes Cup HELD_IN Natal', '2039 Andes Cup HELD_IN Chile']));
    expect(found.filter((r) => r.startsWith('2039') && !r.endsWith('Chile'))).toEqual([]);
  });

  it('reads a past staging, "won the right to host" and "the 2027 Cup in neighbouring Paraguay"', () => {
    // Act
    const found = heldIn(articleText('Cup', 'Venezuela staged the 1990 Andes Cup.', 'The 2027 Andes Cup in neighbouring Paraguay was held in June.', 'Ecuador won the right to host the 2047 Andes Cup.', 'The 2055 Andes Cup will be held in Chile, Peru and Bolivia.', 'Fans cheered in Guyana and Suriname, which will co-host the 2063 Andes Cup.'));
    // Assess
    expect(found).toEqual(expect.arrayContaining(['1990 Andes Cup HELD_IN Venezuela', '2027 Andes Cup HELD_IN Paraguay', '2047 Andes Cup HELD_IN Ecuador', '2055 Andes Cup HELD_IN Chile', '2055 Andes Cup HELD_IN Peru', '2055 Andes Cup HELD_IN Bolivia', '2063 Andes Cup HELD_IN Guyana', '2063 Andes Cup HELD_IN Suriname']));
  });

  it('reads no venue from a negation, a bid or a hope, nor for a series that dated editions extend', () => {
    // Act
    const found = heldIn(articleText('Cup', 'Argentina will not host the 2039 Andes Cup.', 'Uruguay hopes to host the 2043 Andes Cup.', 'Ecuador launched a bid to host the 2047 Andes Cup.', 'Colombia staged the Andes Cup, the 2051 Andes Cup organisers said.', 'The 2059 Andes Cup will not be held in Chile and Peru.'));
    // Assess
    expect(found).toEqual([]);
  });

  it('reads "the earthquake hit A and B" as where the article’s earthquake happened, and nothing without that event', () => {
    // Prepare
    const known = [knownFile('article:00000000000000aa', [{ id: 'entity:2031-tolva-earthquake', type: 'EVENT', name: '2031 Tolva Earthquake', aliases: ['Tolva Earthquake'] }])];
    // Act
    const found = heldIn(articleText('Quake', 'The Tolva Earthquake killed hundreds.', 'Rescuers have worked since the 7.1-magnitude earthquake hit Peru and Chile on Monday.', 'The earthquake did not hit Ecuador.', 'Aid reached Bolivia, which was badly hit by the earthquake.', 'Colombia was not hit by the earthquake.'), known);
    const none = heldIn(articleText('Storm', 'A storm hit Bolivia on Monday.'));
    // Assess
    expect(found.sort()).toEqual(['2031 Tolva Earthquake HELD_IN Bolivia', '2031 Tolva Earthquake HELD_IN Chile', '2031 Tolva Earthquake HELD_IN Peru']);
    expect(none).toEqual([]);
  });
});

describe('stage relate, hosting: a named disaster as the subject', () => {
  const known = [knownFile('article:00000000000000ab', [
    { id: 'entity:hurricane-tamsin', type: 'EVENT', name: 'Hurricane Tamsin', aliases: ['Tamsin'] },
    { id: 'entity:cyclone-orla', type: 'EVENT', name: 'Cyclone Orla' },
  ])];

  it('reads "Hurricane Tamsin slammed into the Peruvian port city of A", "made landfall on", "which struck A" and a superlative', () => {
    // Act
    const found = heldIn(articleText('Hurricane Tamsin strikes Callao', 'Hurricane Tamsin slammed into the Peruvian port city of Callao shortly after midnight.', 'Tamsin is the strongest hurricane on record to make landfall on Chile’s northern coast.', 'The last comparable disaster was Cyclone Orla, which struck Lima in 1997.'), known);
    // Assess
    expect(found.sort()).toEqual(['Cyclone Orla HELD_IN Lima', 'Hurricane Tamsin HELD_IN Callao', 'Hurricane Tamsin HELD_IN Chile']);
  });

  it('reads nothing from a forecast, a negation, a condition, a time clause or an event that is no disaster', () => {
    // Act
    const found = heldIn(articleText('Storm', 'Hurricane Tamsin is expected to hit Callao on Friday.', 'Cyclone Orla did not strike Lima.', 'If Tamsin hits Chile, ports will close.', 'Hurricane Tamsin struck days after Omar Vance visited Bolivia.', 'The Andes Trade Summit struck a deal with Ecuador.'), known);
    // Assess
    expect(found).toEqual([]);
  });
});

describe('stage relate, hosting: a city that opens an event', () => {
  const known = [knownFile('article:00000000000000b1', [
    { id: 'entity:andes-games', type: 'EVENT', name: 'Andes Games' },
    { id: 'entity:tolva-talks', type: 'EVENT', name: 'Tolva Talks' },
  ])];

  it('reads "Lima opens Andes Games" (a headline) as HELD_IN the city, but not talks opened with a party, a negation or a country', () => {
    // Act
    const found = heldIn(articleText('Lima opens Andes Games with a parade', 'Crowds gathered in Lima and in Quito on Friday.', 'Quito opened the Tolva Talks with Lima.', 'Bogotá did not open the Andes Games.', 'Peru opened the Andes Games.'), known);
    // Assess
    expect(found).toEqual(['Andes Games HELD_IN Lima']);
  });
});
