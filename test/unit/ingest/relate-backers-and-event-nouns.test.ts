/**
 * Stage relate, round 8 backing and statement rules: a backer in a compound ("a Peru-backed group"),
 * the backers of a pair named before ("The two countries were backed by A, B and C"), and a statement
 * whose reported clause opens with the article's strike or outage ("Acme said the strike had cost it
 * $1bn"). Every text is invented; each rule has cases where it must not fire.
 */
import { articleText, knownFile, runUntil } from './support';

const known = [
  knownFile('article:0000000000000851', [
    { id: 'entity:tolva-front', type: 'ORGANIZATION', name: 'Tolva Front' },
    { id: 'entity:vale-motors', type: 'ORGANIZATION', name: 'Vale Motors' },
    { id: 'entity:tolva-strike', type: 'EVENT', name: 'Tolva Strike', aliases: ['strike'] },
  ]),
];
const factsOf = (...paragraphs: string[]) => {
  const doc = runUntil('relate', articleText('Notes', ...paragraphs), known);
  const name = (id: string) => doc.entities!.get(id)!.name;
  return doc.relationships!.map((r) => `${name(r.source)} ${r.type} ${name(r.target)}`);
};
const ofType = (found: readonly string[], type: string) => found.filter((r) => r.includes(` ${type} `));

describe('stage relate: a backer in a compound', () => {
  it('reads "the X, a Peru-backed group" and "the Peru-backed X" as Peru supporting X', () => {
    // Act
    const apposition = factsOf('The Tolva Front, a Peru-backed group that controls the north, seized a ship.');
    const before = factsOf('Ships were attacked by the Peru-backed Tolva Front on Monday.');
    // Assess
    expect(ofType(apposition, 'SUPPORTS')).toEqual(['Peru SUPPORTS Tolva Front']);
    expect(ofType(before, 'SUPPORTS')).toEqual(['Peru SUPPORTS Tolva Front']);
  });

  it('reads no support from a "-led" compound or a denied backing', () => {
    // Act
    const led = factsOf('The Tolva Front, a Peru-led group, seized a ship.');
    const denied = factsOf('Peru denied that the Tolva Front was a Chile-backed group.');
    // Assess
    expect(ofType(led, 'SUPPORTS')).toEqual([]);
    expect(ofType(denied, 'SUPPORTS')).toEqual([]);
  });
});

describe('stage relate: the backers of a pair', () => {
  it('reads "A and B carried out strikes … The two countries were backed by C, D and E" as each backer supporting both', () => {
    // Act
    const found = factsOf('Peru and Chile carried out strikes on the Tolva Front on Friday. The two countries were backed by Bolivia, Ecuador and Uruguay, which did not take part.');
    // Assess
    expect(ofType(found, 'SUPPORTS').sort()).toEqual(['Bolivia SUPPORTS Chile', 'Bolivia SUPPORTS Peru', 'Ecuador SUPPORTS Chile', 'Ecuador SUPPORTS Peru', 'Uruguay SUPPORTS Chile', 'Uruguay SUPPORTS Peru']);
  });

  it('reads no backers when the pair is not named, or the backing is denied', () => {
    // Act
    const unnamed = factsOf('Peru carried out strikes on Friday. The two countries were backed by Bolivia.');
    const denied = factsOf('Peru and Chile carried out strikes on Friday. The two countries were not backed by Bolivia.');
    // Assess
    expect(ofType(unnamed, 'SUPPORTS')).toEqual([]);
    expect(ofType(denied, 'SUPPORTS')).toEqual([]);
  });
});

describe('stage relate: a statement about the article’s strike', () => {
  it('reads "Acme said the strike had cost it $1bn" as Acme discussing the strike', () => {
    // Act
    const found = factsOf('The Tolva Strike began in May.', 'Vale Motors said the strike had cost it $1bn in lost profit.');
    // Assess
    expect(ofType(found, 'DISCUSSES')).toEqual(['Vale Motors DISCUSSES Tolva Strike']);
  });

  it('reads nothing when the saying is denied or conditional', () => {
    // Act
    const denied = factsOf('The Tolva Strike began in May.', 'Vale Motors has not said the strike had cost it anything.');
    const conditional = factsOf('The Tolva Strike began in May.', 'If it lasts, Vale Motors said, the strike would cost it $1bn.');
    // Assess
    expect(ofType(denied, 'DISCUSSES')).toEqual([]);
    expect(ofType(conditional, 'DISCUSSES')).toEqual([]);
  });
});
