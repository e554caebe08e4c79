/**
 * Stage relate, round 8 event places: an event at a venue in a city ("the Andes Cup final at the
 * Tolva Stadium in Lima"), an event described by an apposition that ends in a place ("Operation
 * Tolva, a naval mission to protect ships in the Varn Sea") and an event centred on a place. Every
 * text is invented; each rule has cases where it must not fire.
 */
import { articleText, knownFile, runUntil } from './support';

const known = [
  knownFile('article:0000000000000861', [
    { id: 'entity:andes-cup-final', type: 'EVENT', name: 'Andes Cup Final' },
    { id: 'entity:tolva-stadium', type: 'PROJECT', name: 'Tolva Stadium' },
    { id: 'entity:operation-tolva', type: 'EVENT', name: 'Operation Tolva' },
    { id: 'entity:varn-sea', type: 'REGION', name: 'Varn Sea' },
    { id: 'entity:tolva-outbreak', type: 'EVENT', name: 'Tolva outbreak', aliases: ['outbreak'] },
  ]),
];
const heldIn = (...paragraphs: string[]) => {
  const doc = runUntil('relate', articleText('Notes', ...paragraphs), known);
  const name = (id: string) => doc.entities!.get(id)!.name;
  return doc.relationships!.filter((r) => r.type === 'HELD_IN').map((r) => `${name(r.source)} HELD_IN ${name(r.target)}`).sort();
};

describe('stage relate: an event’s venue', () => {
  it('reads "the Andes Cup Final at the Tolva Stadium in Lima" as held at the stadium and in Lima', () => {
    // Act
    const found = heldIn('Peru won the title on Sunday, beating Chile in the Andes Cup Final at the Tolva Stadium in Lima.');
    // Assess
    expect(found).toEqual(['Andes Cup Final HELD_IN Lima', 'Andes Cup Final HELD_IN Tolva Stadium']);
  });

  it('reads no venue for a final that was called off or only hoped for', () => {
    // Act
    const cancelled = heldIn('The Andes Cup Final at the Tolva Stadium in Lima was cancelled.');
    const hoped = heldIn('Peru hopes to stage the Andes Cup Final at the Tolva Stadium in Lima.');
    // Assess
    expect(cancelled).toEqual([]);
    expect(hoped).toEqual([]);
  });
});

describe('stage relate: an apposition that places the event', () => {
  it('reads "Operation Tolva, a multinational naval mission to protect merchant ships in the Varn Sea" as held there', () => {
    // Act
    const found = heldIn('In May Talia Brennock announced Operation Tolva, a multinational naval mission to protect merchant ships in the Varn Sea.');
    // Assess
    expect(found).toEqual(['Operation Tolva HELD_IN Varn Sea']);
  });

  it('reads no place from an apposition with a clause of its own', () => {
    // Act
    const since = heldIn('Operation Tolva, the first mission since ships were seized in the Varn Sea, ended.');
    const verb = heldIn('Operation Tolva, a mission Chile launched in the Varn Sea, ended.');
    // Assess
    expect(since).toEqual([]);
    expect(verb).toEqual([]);
  });
});

describe('stage relate: an event centred on a place', () => {
  it('reads "The Tolva outbreak is centred on Peru" as held there, and "is no longer centred on" as nothing', () => {
    // Act
    const found = heldIn('The Tolva outbreak is centred on Peru, officials said.');
    const not = heldIn('The Tolva outbreak is no longer centred on Peru, officials said.');
    // Assess
    expect(found).toEqual(['Tolva outbreak HELD_IN Peru']);
    expect(not).toEqual([]);
  });
});
