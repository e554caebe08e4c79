/**
 * Stage relate, round 8 pair-rule entries: working with partners, friendship between two parties,
 * intervening against and striking a group, landing in a place (with a date, a coming down), and a
 * pair that holds its first formal talks. Every text is invented; each rule has cases where it must
 * not fire (negation, condition, a failed attempt, a look-alike).
 */
import { knownFile, runUntil, articleText } from './support';

const known = [
  knownFile('article:0000000000000831', [
    { id: 'entity:andean-space-agency', type: 'ORGANIZATION', name: 'Andean Space Agency' },
    { id: 'entity:vale-systems', type: 'ORGANIZATION', name: 'Vale Systems' },
    { id: 'entity:brisk-labs', type: 'ORGANIZATION', name: 'Brisk Labs' },
    { id: 'entity:tolva-front', type: 'ORGANIZATION', name: 'Tolva Front' },
    { id: 'entity:orsk-6', type: 'PROJECT', name: 'Orsk-6' },
    { id: 'entity:kessel-basin', type: 'REGION', name: 'Kessel Basin' },
    { id: 'entity:varn-plains', type: 'REGION', name: 'Varn Plains' },
  ]),
];
const factsOf = (...paragraphs: string[]) => {
  const doc = runUntil('relate', articleText('Notes', ...paragraphs), known);
  const name = (id: string) => doc.entities!.get(id)!.name;
  return doc.relationships!.map((r) => `${name(r.source)} ${r.type} ${name(r.target)}`);
};
const ofType = (found: readonly string[], type: string) => found.filter((r) => r.includes(` ${type} `));

describe('stage relate: partners at work', () => {
  it('reads "A worked with B, C and D on the mission" as a partnership with each', () => {
    // Act
    const found = factsOf('Peru worked with Chile, Bolivia and Ecuador on the mission.');
    // Assess
    expect(ofType(found, 'PARTNERS_WITH')).toEqual(expect.arrayContaining(['Peru PARTNERS_WITH Chile', 'Peru PARTNERS_WITH Bolivia', 'Peru PARTNERS_WITH Ecuador']));
  });

  it('reads "A said it was working with B to …" as a partnership', () => {
    // Act
    const found = factsOf('Vale Systems said it was working with Brisk Labs to help customers recover.');
    // Assess
    expect(ofType(found, 'PARTNERS_WITH')).toEqual(['Vale Systems PARTNERS_WITH Brisk Labs']);
  });

  it('reads no partnership for a refusal, a plan, or two people who worked together', () => {
    // Act
    const refused = factsOf('Vale Systems has refused to work with Brisk Labs since the breach.');
    const planned = factsOf('Peru plans to work with Chile on the next mission.');
    const people = factsOf('Talia Brennock worked with Omar Vance at the bank for ten years.');
    // Assess
    expect(ofType(refused, 'PARTNERS_WITH')).toEqual([]);
    expect(ofType(planned, 'PARTNERS_WITH')).toEqual([]);
    expect(ofType(people, 'PARTNERS_WITH')).toEqual([]);
  });

  it('reads "the deep friendship between A and B" as a partnership (the alliances family’s guarded rule), and "the rivalry between A and B" as none', () => {
    // Act
    const friends = factsOf('Omar Vance said the deep friendship between Peru and Chile would endure.');
    const rivals = factsOf('Omar Vance said the old rivalry between Peru and Chile would endure.');
    // Assess
    expect(ofType(friends, 'PARTNERS_WITH')).toEqual(['Peru PARTNERS_WITH Chile']);
    expect(ofType(rivals, 'PARTNERS_WITH')).toEqual([]);
  });
});

describe('stage relate: acting against a group', () => {
  it('reads "A and B strike <Group> targets in C" as both opposing the group', () => {
    // Act
    const found = factsOf('Peru and Chile strike Tolva Front targets in Bolivia.');
    // Assess
    expect(ofType(found, 'OPPOSES')).toEqual(expect.arrayContaining(['Peru OPPOSES Tolva Front', 'Chile OPPOSES Tolva Front']));
    expect(ofType(found, 'WAGES_WAR_ON')).toEqual([]);
  });

  it('reads "A, which intervened against the <Group> in 2015" as opposing it', () => {
    // Act
    const found = factsOf('Peru, which intervened against the Tolva Front in 2015, stayed out.');
    // Assess
    expect(ofType(found, 'OPPOSES')).toEqual(['Peru OPPOSES Tolva Front']);
  });

  it('reads no strike that is threatened, denied or only a noun after "weeks of"', () => {
    // Act
    const threat = factsOf('Peru could strike Tolva Front targets within days.');
    const denied = factsOf('Peru did not strike Tolva Front targets, its ministry said.');
    const nominal = factsOf('Trade slowed in Bolivia after weeks of attacks on Chile.');
    // Assess
    expect(ofType(threat, 'OPPOSES')).toEqual([]);
    expect(ofType(denied, 'OPPOSES')).toEqual([]);
    expect(ofType(nominal, 'WAGES_WAR_ON')).toEqual([]);
  });
});

describe('stage relate: landing in a place', () => {
  it('reads "came down in", "touched down on 2 June in" and "landed in the plains of" as landings', () => {
    // Act
    const capsule = factsOf('The capsule of the Orsk-6 probe came down in the Varn Plains on Tuesday.');
    const dated = factsOf('Orsk-6 touched down on 2 June in the Kessel Basin.');
    // Assess
    expect(ofType(capsule, 'LANDS_ON')).toEqual(['Orsk-6 LANDS_ON Varn Plains']);
    expect(ofType(dated, 'LANDS_ON')).toEqual(['Orsk-6 LANDS_ON Kessel Basin']);
  });

  it('reads no landing for a failed or planned one', () => {
    // Act
    const failed = factsOf('Orsk-6 failed to land in the Kessel Basin last year.');
    const planned = factsOf('Orsk-6 is expected to touch down if the weather holds in the Kessel Basin.');
    const never = factsOf('Orsk-6 never landed in the Kessel Basin.');
    // Assess
    expect(ofType(failed, 'LANDS_ON')).toEqual([]);
    expect(ofType(planned, 'LANDS_ON')).toEqual([]);
    expect(ofType(never, 'LANDS_ON')).toEqual([]);
  });
});

describe('stage relate: a pair that holds its talks', () => {
  it('reads "A and B hold first formal talks" and "A and B held their first formal bilateral talks" as a meeting', () => {
    // Act
    const headline = factsOf('Omar Vance and Talia Brennock hold first formal talks in five years.');
    const body = factsOf('On Wednesday Omar Vance and Talia Brennock held their first formal bilateral talks since 2019.');
    const none = factsOf('Omar Vance and Talia Brennock held no formal talks in 2023.');
    // Assess
    expect(ofType(headline, 'MEETS')).toEqual(['Omar Vance MEETS Talia Brennock']);
    expect(ofType(body, 'MEETS')).toEqual(['Omar Vance MEETS Talia Brennock']);
    expect(ofType(none, 'MEETS')).toEqual([]);
  });
});
