/**
 * Stage relate, round 7 pair-rule entries: flying on to a place, concern "by", support "for" an event
 * that is no attendance, an allegation of sending that is no supply, "struck" only for a state's
 * war, "C’s war in U", and a relative clause after an organisation that is no person's making.
 * Every text is invented; each rule has cases where it must not fire.
 */
import { articleText, knownFile, runUntil } from './support';

/** The relationships of a short article as "Source TYPE Target [rule]". */
const relationsOf = (raw: string, known = [] as ReturnType<typeof knownFile>[]) => {
  const doc = runUntil('relate', raw, known);
  const name = (id: string) => doc.entities!.get(id)!.name;
  return doc.relationships!.map((r) => `${name(r.source)} ${r.type} ${name(r.target)} [${r.rule}]`);
};
const factsOf = (raw: string, known = [] as ReturnType<typeof knownFile>[]) => relationsOf(raw, known).map((r) => r.replace(/ \[.*\]$/, ''));

describe('stage relate: travel verbs', () => {
  it('reads "flies on to", "flew on to" and "lands in" as visits', () => {
    // Act
    const found = factsOf(articleText('Trip', 'Omar Vance flies on to Peru on Friday.', 'Talia Brennock flew on to Chile after the talks.', 'Talia Brennock lands in Bolivia on Monday.'));
    // Assess
    expect(found).toEqual(expect.arrayContaining(['Omar Vance VISITS Peru', 'Talia Brennock VISITS Chile', 'Talia Brennock VISITS Bolivia']));
  });

  it('reads no visit from a denied or hypothetical flight', () => {
    // Act
    const found = factsOf(articleText('Trip', 'Omar Vance did not fly to Peru.', 'Talia Brennock could fly on to Chile next week.'));
    // Assess
    expect(found.filter((r) => r.includes('VISITS'))).toEqual([]);
  });
});

describe('stage relate: concern and support', () => {
  it('reads "was deeply concerned by C’s …" as a concern about C', () => {
    // Act
    const found = factsOf(articleText('Concern', 'Kenya said it was deeply concerned by Peru’s use of force.'));
    // Assess
    expect(found).toContain('Kenya CONCERNED_ABOUT Peru');
  });

  it('reads no concern from a negated one', () => {
    // Act
    const found = factsOf(articleText('Concern', 'Kenya said it was not concerned by Peru’s exercises.'));
    // Assess
    expect(found.filter((r) => r.includes('CONCERNED_ABOUT'))).toEqual([]);
  });

  it('reads support "for" an event as no attendance, but a trip "for" it as one', () => {
    // Prepare
    const known = [knownFile('article:00000000000007b1', [
      { id: 'entity:andes-trade-summit', type: 'EVENT', name: 'Andes Trade Summit' },
      { id: 'entity:tolva-war', type: 'EVENT', name: 'Tolva War' },
    ])];
    // Act
    const found = factsOf(articleText('War', 'Omar Vance pledged his full support for the Tolva War.', 'Talia Brennock left on Monday for the Andes Trade Summit.'), known);
    // Assess
    expect(found).not.toContain('Omar Vance ATTENDS Tolva War');
    expect(found).toContain('Talia Brennock ATTENDS Andes Trade Summit');
  });
});

describe('stage relate: an allegation of sending is no supply', () => {
  it('reads "A and B have accused C of sending shells to D" as two accusations and no supply', () => {
    // Act
    const found = factsOf(articleText('Claims', 'Kenya and Chile have accused Peru of sending artillery shells and drones to Bolivia for use in Ecuador.'));
    // Assess
    expect(found).toEqual(expect.arrayContaining(['Kenya ACCUSES Peru', 'Chile ACCUSES Peru']));
    expect(found.filter((r) => r.includes('SUPPLIES'))).toEqual([]);
  });

  it('still reads a plain delivery of shells as a supply', () => {
    // Act
    const found = factsOf(articleText('Aid', 'Kenya has sent artillery shells and drones to Bolivia.'));
    // Assess
    expect(found).toContain('Kenya SUPPLIES Bolivia');
  });
});

describe('stage relate: wars', () => {
  it('reads "C’s war in U" and a state that struck a city as waging war', () => {
    // Act
    const found = relationsOf(articleText('War', 'Mr Vance pledged help for Peru’s war in Bolivia.', 'Chile struck Cusco overnight.'));
    // Assess
    expect(found).toEqual(expect.arrayContaining(['Peru WAGES_WAR_ON Bolivia [possessive-war-in]', 'Chile WAGES_WAR_ON Cusco [war-strike]']));
  });

  it('reads no war from a company or a craft that struck something, nor from "the war in U" after another subject', () => {
    // Prepare
    const known = [knownFile('article:00000000000007b2', [
      { id: 'entity:tolva-probe', type: 'PROJECT', name: 'Tolva Probe' },
      { id: 'entity:vasko-labs', type: 'ORGANIZATION', name: 'Vasko Labs' },
      { id: 'entity:orsk-mining', type: 'ORGANIZATION', name: 'Orsk Mining' },
    ])];
    // Act
    const found = factsOf(articleText('Crash', 'Vasko Labs struck Orsk Mining with a lawsuit.', 'The Tolva Probe struck Orsk Mining’s satellite.', 'Kenya has sent grain to Chile since the war in Bolivia began.'), known);
    // Assess
    expect(found.filter((r) => r.includes('WAGES_WAR_ON'))).toEqual([]);
  });
});

describe('stage relate: a relative clause after an organisation', () => {
  it('reads no making by the person an organisation with "which built P" follows', () => {
    // Prepare
    const known = [knownFile('article:00000000000007b3', [
      { id: 'entity:tolva-probe', type: 'PROJECT', name: 'Tolva Probe' },
      { id: 'entity:vasko-space-laboratory', type: 'ORGANIZATION', name: 'Vasko Space Laboratory', aliases: ['VSL'] },
    ])];
    // Act
    const found = factsOf(articleText('Probe', 'Ada Orrin, a scientist at the Vasko Space Laboratory (VSL) in Lima, Peru, which built the Tolva Probe and runs the mission, said it had worked.'), known);
    // Assess
    expect(found).not.toContain('Ada Orrin DEVELOPS Tolva Probe');
    expect(found).toContain('Vasko Space Laboratory DEVELOPS Tolva Probe');
  });

  it('still reads a person who built a project', () => {
    // Prepare
    const known = [knownFile('article:00000000000007b4', [{ id: 'entity:tolva-probe', type: 'PROJECT', name: 'Tolva Probe' }])];
    // Act
    const found = factsOf(articleText('Probe', 'Ada Orrin built the Tolva Probe in 2019.'), known);
    // Assess
    expect(found).toContain('Ada Orrin DEVELOPS Tolva Probe');
  });
});

describe('stage relate: a new subject before the travel verb', () => {
  it('reads "A and B signed … before the Kenyan leader flies on to P" as no visit of B', () => {
    // Act
    const found = factsOf(articleText('Trip', 'Omar Vance and Talia Brennock signed a pact in Lima before Kenyan officials fly to Peru.', 'Talia Brennock signed the pact in Lima before flying to Chile.'));
    // Assess
    expect(found).not.toContain('Talia Brennock VISITS Peru');
    expect(found).toContain('Talia Brennock VISITS Chile');
  });
});

describe('stage relate: a maker’s relative clause that is negated', () => {
  it('reads nothing from "which never built P" or "which did not run the mission"', () => {
    // Prepare
    const known = [knownFile('article:00000000000007b5', [
      { id: 'entity:tolva-probe', type: 'PROJECT', name: 'Tolva Probe' },
      { id: 'entity:vasko-space-laboratory', type: 'ORGANIZATION', name: 'Vasko Space Laboratory' },
    ])];
    // Act
    const found = factsOf(articleText('Probe', 'The Tolva Probe failed in May.', 'Ada Orrin works at the Vasko Space Laboratory, which never built the Tolva Probe.', 'She joined the Vasko Space Laboratory, which did not run the mission, in 2020.'), known);
    // Assess
    expect(found.filter((r) => r.includes('DEVELOPS'))).toEqual([]);
  });
});
