/**
 * Stage relate, round 7 visits: "landed in P … at the start of a state visit" and "a state visit,
 * his first to C in 24 years". Every text is invented; each rule has cases where it must not fire.
 */
import { articleText, runUntil } from './support';

const factsOf = (...paragraphs: string[]) => {
  const doc = runUntil('relate', articleText('Visit', ...paragraphs));
  const name = (id: string) => doc.entities!.get(id)!.name;
  return doc.relationships!.map((r) => `${name(r.source)} ${r.type} ${name(r.target)}`);
};

describe('stage relate: a state visit and where it is', () => {
  it('reads "A landed in P … at the start of a state visit, his first to C in 24 years"', () => {
    // Act
    const found = factsOf('Omar Vance, the Kenyan president, landed in Cusco early on Wednesday and was met at the airport by Talia Brennock at the start of a state visit, his first to Peru in 24 years.');
    // Assess
    expect(found).toEqual(expect.arrayContaining(['Omar Vance ATTENDS state visit', 'state visit HELD_IN Cusco', 'state visit HELD_IN Peru', 'Omar Vance VISITS Peru']));
    expect(found).not.toContain('Talia Brennock VISITS Peru');
  });

  it('reads nothing from a cancelled visit or a hypothetical one', () => {
    // Act
    const found = factsOf('Omar Vance did not land in Cusco at the start of a state visit, his first to Peru.', 'If invited, Talia Brennock would fly to Lima for a state visit.');
    // Assess
    expect(found.filter((r) => /VISITS|HELD_IN|ATTENDS/.test(r))).toEqual([]);
  });
});

describe('stage relate: a visit to a venue in a place', () => {
  it('reads "A, who …, visited a hospital in P" as a visit of P, but not a hospital that A did not visit', () => {
    // Act
    const found = factsOf('Omar Vance, who declared a day of mourning on Saturday, visited a hospital in Cusco on Tuesday.', 'Talia Brennock did not visit the camps near Arequipa.');
    // Assess
    expect(found).toContain('Omar Vance VISITS Cusco');
    expect(found).not.toContain('Talia Brennock VISITS Arequipa');
  });
});
