/**
 * Stage relate, round 8 credit rules: an event after "before", "after" or "during" only dates a
 * caption's scene; a caption with no person shows the project that opens it, or else the place or
 * named structure its scene is in. Every text is invented; each rule has cases where it must not fire.
 */
import { knownFile, runUntil } from './support';

/** An article with an image block: caption and credit on one line, split at the last " - ". */
const withImage = (title: string, caption: string, credit: string, ...paragraphs: string[]) => `${title}\n\nA photo\n${caption} - ${credit}\n\n${paragraphs.join('\n\n')}\n`;
const photographsOf = (raw: string, known: ReturnType<typeof knownFile>[] = []) => {
  const doc = runUntil('relate', raw, known);
  const name = (id: string) => doc.entities!.get(id)!.name;
  return doc.relationships!.filter((r) => r.type === 'PHOTOGRAPHS').map((r) => `${name(r.source)} PHOTOGRAPHS ${name(r.target)}`).sort();
};
const summit = knownFile('article:0000000000000821', [{ id: 'entity:andes-summit', type: 'EVENT', name: 'Andes Summit' }]);
const airport = knownFile('article:0000000000000822', [
  { id: 'entity:tolva-airport', type: 'PROJECT', name: 'Tolva International Airport' },
  { id: 'entity:tolva-outage', type: 'EVENT', name: 'Tolva outage', aliases: ['outage'] },
  { id: 'entity:tolva-canal', type: 'PROJECT', name: 'Tolva Canal' },
  { id: 'entity:orsk-2', type: 'PROJECT', name: 'Orsk-2' },
]);

describe('stage relate: an event that only dates the caption', () => {
  it('reads "A and B before their talks at the X Summit" as a photo of both people, not of the summit', () => {
    // Act
    const found = photographsOf(withImage('Talks', 'Omar Vance and Talia Brennock before their talks at the Andes Summit in Lima on 2 May 2024', 'Jonas Brekke/Pool/Tolva Press', 'Omar Vance met Talia Brennock at the Andes Summit.'), [summit]);
    // Assess
    expect(found).toEqual(['Jonas Brekke PHOTOGRAPHS Omar Vance', 'Jonas Brekke PHOTOGRAPHS Talia Brennock']);
  });

  it('still reads an event the caption shows ("A at the close of the X Summit") as the photo’s subject', () => {
    // Act
    const found = photographsOf(withImage('Talks', 'Omar Vance spoke at the close of the Andes Summit in Lima on 2 May 2024', 'Jonas Brekke/Tolva Press', 'Omar Vance spoke at the Andes Summit.'), [summit]);
    // Assess
    expect(found).toEqual(['Jonas Brekke PHOTOGRAPHS Andes Summit']);
  });
});

describe('stage relate: a caption with no person', () => {
  it('reads the structure a scene is in ("Passengers queue at X Airport during the outage") as what the photo shows', () => {
    // Act
    const queue = photographsOf(withImage('Outage', 'Passengers queue at Tolva International Airport during the outage on 9 May 2024', 'Jonas Brekke/Tolva Press', 'The outage grounded flights at Tolva International Airport.'), [airport]);
    const ship = photographsOf(withImage('Canal', 'A cargo ship passing through the Tolva Canal in May 2024', 'Jonas Brekke/Tolva Press', 'Shipping lines avoided the Tolva Canal.'), [airport]);
    // Assess
    expect(queue).toEqual(['Jonas Brekke PHOTOGRAPHS Tolva International Airport']);
    expect(ship).toEqual(['Jonas Brekke PHOTOGRAPHS Tolva Canal']);
  });

  it('reads the place of a scene without a verb ("Workers on the picket line outside a plant in Cusco, Peru")', () => {
    // Act
    const found = photographsOf(withImage('Strike', 'Striking workers on the picket line outside a plant in Cusco, Peru, on 3 May 2024', 'Jonas Brekke/Tolva Press', 'The strike spread to Cusco.'));
    // Assess
    expect(found).toEqual(['Jonas Brekke PHOTOGRAPHS Cusco']);
  });

  it('reads past a possessor ("outside the X’s control centre in Cusco") and a place in a time phrase ("after its landing in Cusco")', () => {
    // Act
    const possessor = photographsOf(withImage('Canal', 'Engineers outside the Tolva Canal’s control centre in Cusco on 3 May 2024', 'Jonas Brekke/Tolva Press', 'The Tolva Canal reopened.'), [airport]);
    const landing = photographsOf(withImage('Probe', 'A return capsule after its landing in Cusco on 3 May 2024', 'Jonas Brekke/Tolva Press', 'The capsule returned to Earth.'));
    // Assess
    expect(possessor).toEqual(['Jonas Brekke PHOTOGRAPHS Cusco']);
    expect(landing).toEqual([]);
  });

  it('reads a project that opens the caption as its subject', () => {
    // Act
    const found = photographsOf(withImage('Probe', 'The Orsk-2 return capsule after its landing in Cusco on 3 May 2024', 'Jonas Brekke/Tolva Press', 'Orsk-2 returned to Earth.'), [airport]);
    // Assess
    expect(found).toEqual(['Jonas Brekke PHOTOGRAPHS Orsk-2']);
  });

  it('reads nothing for a place that qualifies the subject before its verb, or a project named only as an object', () => {
    // Act
    const students = photographsOf(withImage('Probe', 'Students in Cusco celebrated the landing of Orsk-2 on 3 May 2024', 'Jonas Brekke/Tolva Press', 'Orsk-2 returned to Earth.'), [airport]);
    // Assess
    expect(students).toEqual([]);
  });
});
