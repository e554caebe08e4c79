/**
 * Stage relate, round 7 credit rules: the people named together at the start of a caption, and the
 * place of a scene of destruction. Every text is invented; each rule has cases where it must not fire.
 */
import { runUntil } from './support';

/** An article with an image block: caption and credit on one line, split at the last " - ". */
const withImage = (title: string, caption: string, credit: string, ...paragraphs: string[]) => `${title}\n\nA photo\n${caption} - ${credit}\n\n${paragraphs.join('\n\n')}\n`;
const photographsOf = (raw: string) => {
  const doc = runUntil('relate', raw);
  const name = (id: string) => doc.entities!.get(id)!.name;
  return doc.relationships!.filter((r) => r.type === 'PHOTOGRAPHS').map((r) => `${name(r.source)} PHOTOGRAPHS ${name(r.target)} [${r.rule}]`).sort();
};

describe('stage relate: who and what a photo shows', () => {
  it('reads "A and B after the talks" as a photo of both, the credit "Name/Pool/Agency" naming the photographer', () => {
    // Act
    const found = photographsOf(withImage('Pact signed', 'Omar Vance and Talia Brennock after the signing in Lima on 3 May 2024', 'Jonas Brekke/Pool/Tolva Press', 'Omar Vance, the Kenyan president, met Talia Brennock, the Peruvian president, in Lima.'));
    // Assess
    expect(found).toEqual(['Jonas Brekke PHOTOGRAPHS Omar Vance [credit-photographer-caption-person]', 'Jonas Brekke PHOTOGRAPHS Talia Brennock [credit-photographer-caption-people]']);
  });

  it('reads only the first person when another is named later in the caption', () => {
    // Act
    const found = photographsOf(withImage('Pact signed', 'Omar Vance spoke in Lima after meeting Talia Brennock on 3 May 2024', 'Jonas Brekke/Tolva Press', 'Omar Vance, the Kenyan president, met Talia Brennock, the Peruvian president, in Lima.'));
    // Assess
    expect(found).toEqual(['Jonas Brekke PHOTOGRAPHS Omar Vance [credit-photographer-caption-person]']);
  });

  it('reads a scene of destruction as a photo of its place, and a scene without it as nothing', () => {
    // Act
    const rubble = photographsOf(withImage('Quake', 'Residents searched the rubble of collapsed houses in Cusco, south of Lima, on 10 May 2024', 'Jonas Brekke/Tolva Press', 'Peru said the toll had risen.'));
    const party = photographsOf(withImage('Vote', 'Students in Cusco celebrated the result on 10 May 2024', 'Jonas Brekke/Tolva Press', 'Peru said the vote had been fair.'));
    // Assess
    expect(rubble).toEqual(['Jonas Brekke PHOTOGRAPHS Cusco [credit-photographer-caption-scene]']);
    expect(party).toEqual([]);
  });
});
