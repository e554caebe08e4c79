/**
 * Stage relate, round 8 event rules: a host who receives a list of guests, each with an apposition
 * ("He received A, the X, B, the Y, and C, the Z, as well as D"), meets each; the head of a
 * delegation to an event, and a person described as someone at it, attend it. Every text is
 * invented; each rule has cases where it must not fire.
 */
import { articleText, knownFile, runUntil } from './support';

const summit = [knownFile('article:0000000000000841', [{ id: 'entity:andes-summit', type: 'EVENT', name: 'Andes Summit', aliases: ['summit'] }])];
const factsOf = (...paragraphs: string[]) => {
  const doc = runUntil('relate', articleText('Summit', ...paragraphs), summit);
  const name = (id: string) => doc.entities!.get(id)!.name;
  return doc.relationships!.map((r) => `${name(r.source)} ${r.type} ${name(r.target)}`);
};
const rulesOf = (...paragraphs: string[]) => runUntil('relate', articleText('Summit', ...paragraphs), summit).relationships!.map((r) => r.rule);
const ofType = (found: readonly string[], type: string) => found.filter((r) => r.includes(` ${type} `));

describe('stage relate: a host and a list of guests', () => {
  it('reads "He received A, the X, B, the Y, and C, the Z, as well as D, the W" as meeting each guest', () => {
    // Act
    const found = factsOf(
      'Omar Vance spent the first day of the Andes Summit in one-to-one meetings.',
      'He received Talia Brennock, the Chilean president, Jonas Brekke, Peru’s prime minister, and Ida Marsh, the Bolivian president, as well as Ada Orrin, the head of the Andean Fund (AF), the lender of the group.',
    );
    // Assess
    expect(ofType(found, 'MEETS')).toEqual(expect.arrayContaining(['Omar Vance MEETS Talia Brennock', 'Omar Vance MEETS Jonas Brekke', 'Omar Vance MEETS Ida Marsh', 'Omar Vance MEETS Ada Orrin']));
  });

  it('reads no guest after a denied reception, nor a person with a verb of their own', () => {
    // Act
    const denied = factsOf('Omar Vance did not receive Talia Brennock, the Chilean president, or Jonas Brekke, Peru’s prime minister.');
    const speaker = factsOf('Omar Vance welcomed Talia Brennock, the Chilean president, Jonas Brekke said on Monday.');
    // Assess
    expect(ofType(denied, 'MEETS')).toEqual([]);
    expect(ofType(speaker, 'MEETS')).not.toContain('Omar Vance MEETS Jonas Brekke');
  });
});

describe('stage relate: delegations and people described at an event', () => {
  it('reads "A, the X, led his country’s delegation to the summit" as attending, even beside another clause that calls off a trip', () => {
    // Act
    const found = factsOf('Omar Vance, Peru’s president, called off his trip after a fall, and Jonas Brekke, the Peruvian foreign minister, led his country’s delegation to the Andes Summit in his place.');
    // Assess
    expect(ofType(found, 'ATTENDS')).toEqual(['Jonas Brekke ATTENDS Andes Summit']);
  });

  it('reads "A, Chile’s president and the only woman leader at the summit" as attending', () => {
    // Act
    const found = factsOf('The Andes Summit opened on Monday.', 'Omar Vance also met Talia Brennock, Chile’s president and the only woman leader at the summit, on Tuesday.');
    // Assess
    expect(ofType(found, 'ATTENDS')).toContain('Talia Brennock ATTENDS Andes Summit');
  });

  it('reads no attendance for a delegation that was not led there, or an apposition with its own verb', () => {
    // Act
    const not = factsOf('Jonas Brekke, the Peruvian foreign minister, did not lead the delegation to the Andes Summit.');
    const verb = rulesOf('The Andes Summit opened on Monday.', 'Talia Brennock, a critic of the deal signed at the summit, stayed in Lima.');
    // Assess
    expect(ofType(not, 'ATTENDS')).toEqual([]);
    expect(verb).not.toContain('described-at-event');
  });
});
