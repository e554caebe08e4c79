/**
 * Stage relate, round 7 places of events: an election held where its voters are or whose election it
 * is, and a disaster that struck "C’s R". Every text is invented; each rule has cases where it must
 * not fire.
 */
import { articleText, knownFile, runUntil } from './support';

const heldIn = (known: ReturnType<typeof knownFile>[], ...paragraphs: string[]) => {
  const doc = runUntil('relate', articleText('Vote', ...paragraphs), known);
  const name = (id: string) => doc.entities!.get(id)!.name;
  return doc.relationships!.filter((r) => r.type === 'HELD_IN').map((r) => `${name(r.source)} HELD_IN ${name(r.target)} [${r.rule}]`).sort();
};

describe('stage relate: where an election and a disaster are', () => {
  const known = [knownFile('article:0000000000000801', [
    { id: 'entity:tolva-referendum', type: 'EVENT', name: 'Tolva Referendum' },
    { id: 'entity:orsk-earthquake', type: 'EVENT', name: 'Orsk Earthquake' },
    { id: 'entity:andes-trade-summit', type: 'EVENT', name: 'Andes Trade Summit' },
    { id: 'entity:tolva-highlands', type: 'REGION', name: 'Tolva Highlands' },
  ])];

  it('reads "Voters in Peru … in the Tolva Referendum" and "Peru’s Tolva Referendum" as held in Peru', () => {
    // Act
    const voters = heldIn(known, 'Voters in Peru have punished the governing party in the Tolva Referendum.');
    const possessive = heldIn(known, 'Omar Vance won Peru’s Tolva Referendum with 56% of the vote.');
    // Assess
    expect(voters).toEqual(['Tolva Referendum HELD_IN Peru [voters-in-election]']);
    expect(possessive).toEqual(['Tolva Referendum HELD_IN Peru [possessive-election]']);
  });

  it('reads nothing for a summit possessed by a country, a bid for an election or voters elsewhere in the sentence', () => {
    // Act
    const found = heldIn(known, 'Chile’s Andes Trade Summit drew crowds.', 'Officials said voters in Chile followed the Tolva Referendum closely.');
    // Assess
    expect(found).toEqual([]);
  });

  it('reads "the earthquake that struck Peru’s Tolva Highlands" as held in both', () => {
    // Act
    const found = heldIn(known, 'The toll from the Orsk Earthquake that struck Peru’s Tolva Highlands rose to 900.');
    // Assess
    expect(found).toEqual(['Orsk Earthquake HELD_IN Peru [disaster-hit-place]', 'Orsk Earthquake HELD_IN Tolva Highlands [disaster-hit-place]']);
  });
});

describe('stage relate: an event in two places', () => {
  const known = [knownFile('article:0000000000000802', [{ id: 'entity:2031-andes-games', type: 'EVENT', name: '2031 Andes Games' }])];

  it('reads "the 2031 Andes Games in Cusco and Arequipa open" as held in both, and a bid for them as nothing', () => {
    // Act
    const found = heldIn(known, 'The ban ends six weeks before the 2031 Andes Games in Cusco and Arequipa open.');
    const bid = heldIn(known, 'Chile hopes to win the 2031 Andes Games in Lima and Cusco.');
    // Assess
    expect(found).toEqual(expect.arrayContaining(['2031 Andes Games HELD_IN Cusco [event-in-place]', '2031 Andes Games HELD_IN Arequipa [event-in-places]']));
    // (The pair rule event-in-place reads "the Games in Lima" whatever the clause: not this rule's.)
    expect(bid.filter((r) => r.includes('Cusco'))).toEqual([]);
  });
});
