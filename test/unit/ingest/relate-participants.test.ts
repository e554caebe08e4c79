/**
 * Stage relate, rule family `participants`: the people a sentence puts on the stage of the
 * article's one show (a ceremony, gala, concert, festival, parade) attend it. Every text is
 * invented; each rule has cases where it must not fire.
 */
import { articleText, knownFile, runUntil } from './support';

const gala = knownFile('article:00000000000000ad', [{ id: 'entity:harbour-lights-gala', type: 'EVENT', name: 'Harbour Lights Gala' }]);
const summit = knownFile('article:00000000000000ae', [{ id: 'entity:andes-trade-summit', type: 'EVENT', name: 'Andes Trade Summit' }]);
const second = knownFile('article:00000000000000af', [{ id: 'entity:tolva-river-festival', type: 'EVENT', name: 'Tolva River Festival' }]);

const river = knownFile('article:00000000000000b4', [{ id: 'entity:tolva', type: 'REGION', name: 'Tolva' }, { id: 'entity:callao', type: 'CITY', name: 'Callao' }]);
/** The ATTENDS and HELD_IN of the show, with the rule. */
const attendsOrHeld = (known: ReturnType<typeof knownFile>[], title: string, ...paragraphs: string[]) => {
  const doc = runUntil('relate', articleText(title, ...paragraphs), known);
  const name = (id: string) => doc.entities!.get(id)!.name;
  return doc.relationships!.filter((r) => r.type === 'ATTENDS' || r.type === 'HELD_IN').map((r) => `${name(r.source)} ${r.type} ${name(r.target)} [${r.rule}]`).sort();
};

const attends = (known: ReturnType<typeof knownFile>[], ...paragraphs: string[]) => {
  const doc = runUntil('relate', articleText('Notes', ...paragraphs), known);
  const name = (id: string) => doc.entities!.get(id)!.name;
  return doc.relationships!.filter((r) => r.type === 'ATTENDS').map((r) => `${name(r.source)} ATTENDS ${name(r.target)} [${r.rule}]`).sort();
};

describe('stage relate, participants: who takes part in the article’s show', () => {
  it('reads the subjects of performing verbs, coordinated with appositions, a handover and companions after "with …:"', () => {
    // Act
    const found = attends([gala],
      'The Harbour Lights Gala opened in Lima on Friday night.',
      'Ada Orrin, the Kenyan singer, sang from a barge. Talia Brennock, the former sprinter, and Jonas Brekke, the rowing champion, lit the beacon together.',
      'Omar Vance handed the torch to Rafa Olmo, the tennis champion. Mr Olmo carried it along the river with two other greats: Lena Marsh and Ivo Tarr.',
      'Kira Dunn, the mayor, spoke before Paulo Reyes declared the gala open.',
    );
    // Assess
    expect(found).toEqual([
      'Ada Orrin ATTENDS Harbour Lights Gala [performed-at-show]',
      'Ivo Tarr ATTENDS Harbour Lights Gala [performed-at-show-with]',
      'Jonas Brekke ATTENDS Harbour Lights Gala [performed-at-show]',
      'Kira Dunn ATTENDS Harbour Lights Gala [performed-at-show]',
      'Lena Marsh ATTENDS Harbour Lights Gala [performed-at-show-with]',
      'Omar Vance ATTENDS Harbour Lights Gala [performed-at-show]',
      'Paulo Reyes ATTENDS Harbour Lights Gala [performed-at-show]',
      'Rafa Olmo ATTENDS Harbour Lights Gala [performed-at-show-with]',
      'Talia Brennock ATTENDS Harbour Lights Gala [performed-at-show]',
    ]);
  });

  it('reads "Among them were A, …, who …; B, …; and C" after a sentence about performers', () => {
    // Act
    const found = attends([gala],
      'The Harbour Lights Gala opened in Lima on Friday night.',
      'About 300 dancers and other artists performed on the quays. Among them were Ada Orrin, the Kenyan singer, who performed a ballad beside the water; Talia Brennock, the pop star; and Jonas Brekke, who sang on a raft.',
    );
    // Assess
    expect(found).toEqual([
      'Ada Orrin ATTENDS Harbour Lights Gala [among-performers-at-show]',
      'Jonas Brekke ATTENDS Harbour Lights Gala [among-performers-at-show]',
      'Talia Brennock ATTENDS Harbour Lights Gala [among-performers-at-show]',
    ]);
  });

  it('reads nothing from a negated or hedged performance, a person merely named, a list after an unrelated sentence, or an article with no show or two', () => {
    // Act
    const hedged = attends([gala], 'The Harbour Lights Gala opened in Lima on Friday night.', 'Ada Orrin did not sing. Talia Brennock had hoped to perform on a barge. Jonas Brekke praised Omar Vance. Critics were many. Among them were Rafa Olmo and Lena Marsh.');
    const noShow = attends([summit], 'The Andes Trade Summit opened in Lima on Friday.', 'Ada Orrin sang for the delegates.');
    const twoShows = attends([gala, second], 'The Harbour Lights Gala and the Tolva River Festival opened in Lima.', 'Ada Orrin sang from a barge.');
    // Assess
    expect(hedged).toEqual([]);
    expect(noShow.filter((r) => r.includes('show'))).toEqual([]);
    expect(twoShows).toEqual([]);
  });
});

describe('stage relate, participants: the route of the show’s parade', () => {
  it('reads "a parade on the Tolva" (a headline too) as the show held there, but not a place a moment of it reaches or a hypothetical parade', () => {
    // Act
    const found = attendsOrHeld([gala, river],
      'Lima opens Harbour Lights Gala with a parade on the Tolva',
      'The Harbour Lights Gala opened in Lima on Friday night. The boats travelled to the foot of the Orsk Tower.',
      'A procession through Callao could follow if the rain stops.',
    );
    // Assess
    expect(found.filter((r) => r.includes('HELD_IN') && !r.includes('HELD_IN Lima'))).toEqual(['Harbour Lights Gala HELD_IN Tolva [show-parade-route]']);
  });
});
