/**
 * Stage relate, family `actions` (relate/actions.ts) and the subject resolution it uses
 * (relate/subject.ts): actions whose actor is the sentence's subject, named or a pronoun or
 * definite noun resolved to an earlier sentence's subject, and whose objects may be a list.
 * Every text is invented; each rule has a case where it must not fire.
 */
import { articleText, knownFile, runUntil } from './support';

const relationsOf = (raw: string, known = [] as ReturnType<typeof knownFile>[]) => {
  const doc = runUntil('relate', raw, known);
  const name = (id: string) => doc.entities!.get(id)!.name;
  return doc.relationships!.map((r) => `${name(r.source)} ${r.type} ${name(r.target)}`);
};
const ofType = (type: string, raw: string, known = [] as ReturnType<typeof knownFile>[]) => relationsOf(raw, known).filter((r) => r.includes(` ${type} `));

const QUAKE = knownFile('article:00000000000000ab', [
  { id: 'entity:2031-tolva-earthquake', type: 'EVENT', name: '2031 Tolva Earthquake', aliases: ['Tolva Earthquake'] },
  { id: 'entity:storm-orla', type: 'EVENT', name: 'Storm Orla', aliases: [] },
  { id: 'entity:2031-andes-cup-final', type: 'EVENT', name: '2031 Andes Cup Final', aliases: [] },
  { id: 'entity:tolva-league', type: 'ORGANIZATION', name: 'Tolva League', aliases: [] },
  { id: 'entity:orsk-party', type: 'ORGANIZATION', name: 'Orsk Party', aliases: [] },
  { id: 'entity:vale-motors', type: 'ORGANIZATION', name: 'Vale Motors', aliases: [] },
  { id: 'entity:brint-labs', type: 'ORGANIZATION', name: 'Brint Labs', aliases: [] },
]);

describe('stage relate, actions: subject-led actions with listed objects', () => {
  it('reads "X blamed (the opposition) A and B for …" and a resolved "She accused A and B of …" as accusations of each', () => {
    // Act
    const found = ofType('ACCUSES', articleText('Row', 'Ada Vance blamed the opposition Tolva League and the Orsk Party for the violence.', 'Mara Quist spoke in Lima on Monday.', 'She accused the Tolva League and the Orsk Party of fraud.'), [QUAKE]);
    // Assess
    expect(found).toEqual(expect.arrayContaining(['Ada Vance ACCUSES Tolva League', 'Ada Vance ACCUSES Orsk Party', 'Mara Quist ACCUSES Tolva League', 'Mara Quist ACCUSES Orsk Party']));
  });

  it('reads no accusation from a denial', () => {
    // Act
    const found = ofType('ACCUSES', articleText('Row', 'Ada Vance did not blame the Tolva League and the Orsk Party for the violence.'), [QUAKE]);
    // Assess
    expect(found).toEqual([]);
  });

  it('reads "A, B and C sent planes carrying rescuers" and "X said it was sending a field hospital" as supplies to the article’s country', () => {
    // Act
    const found = ofType('SUPPLIES', articleText('Quake', 'Peru was struck by floods.', 'Peru asked for help.', 'Officials in Peru counted the dead.', 'Chile, Bolivia and Ecuador sent planes carrying rescuers and relief supplies.', 'Colombia said it was sending a field hospital.', 'Brazil dispatched a navy ship with helicopters and rescuers to Peru.'));
    // Assess
    expect(found).toEqual(expect.arrayContaining(['Chile SUPPLIES Peru', 'Bolivia SUPPLIES Peru', 'Ecuador SUPPLIES Peru', 'Colombia SUPPLIES Peru', 'Brazil SUPPLIES Peru']));
  });

  it('reads no supplies from a promise or an offer', () => {
    // Act
    const found = ofType('SUPPLIES', articleText('Quake', 'Peru was struck by floods.', 'Peru asked for help.', 'Officials in Peru counted the dead.', 'Chile will send rescue teams.', 'Bolivia did not send aid.'));
    // Assess
    expect(found).toEqual([]);
  });

  it('reads "There he met X" and "He also met X, the …, and Y, the …" with the subject of the sentence before', () => {
    // Act
    const found = ofType('MEETS', articleText('Trip', 'From Lima Mr Orrin Vasq flew to Quito.', 'He also met Tomas Brell, the mayor, and Lena Dorr, the city’s treasurer.', 'Ada Vance travelled to Quito.', 'There she met Ivo Marsh.'));
    // Assess
    expect(found).toEqual(expect.arrayContaining(['Orrin Vasq MEETS Tomas Brell', 'Orrin Vasq MEETS Lena Dorr', 'Ada Vance MEETS Ivo Marsh']));
  });

  it('leaves "he" unresolved when the sentence before names a person who is not its subject', () => {
    // Act
    const found = ofType('MEETS', articleText('Trip', 'Orrin Vasq flew to Quito.', 'A report by Tomas Brell was published on Monday.', 'He also met Lena Dorr.'));
    // Assess
    expect(found).not.toContain('Orrin Vasq MEETS Lena Dorr');
  });

  it('reads "was driven to P" and "fled to P" as visits, and nothing from "refused to flee to P"', () => {
    // Act
    const found = ofType('VISITS', articleText('Exit', 'Ada Vance was driven to Quito on Friday.', 'Ivo Marsh resigned and fled to Chile.', 'Lena Dorr refused to flee to Peru.'));
    // Assess
    expect(found).toEqual(expect.arrayContaining(['Ada Vance VISITS Quito', 'Ivo Marsh VISITS Chile']));
    expect(found.filter((r) => r.includes('Peru'))).toEqual([]);
  });

  it('reads "signed a memorandum of understanding with B" and "A and B signed the … partnership", and not an unsigned one', () => {
    // Act
    const found = ofType('SIGNS_AGREEMENT_WITH', articleText('Deal', 'Vale Motors said it had signed a memorandum of understanding with Brint Labs.', 'Chile and Peru signed the migration partnership in Lima.', 'Bolivia and Ecuador have not signed the trade agreement.'), [QUAKE]);
    // Assess
    expect(found).toEqual(expect.arrayContaining(['Vale Motors SIGNS_AGREEMENT_WITH Brint Labs']));
    expect(found.some((r) => r.includes('Chile') && r.includes('Peru'))).toBe(true);
    expect(found.filter((r) => r.includes('Bolivia'))).toEqual([]);
  });

  it('reads "developed its vaccine with B" and "worked with A, B and C on" as partners', () => {
    // Act
    const found = ofType('PARTNERS_WITH', articleText('Lab', 'Brint Labs developed its flu vaccine with Vale Motors.', 'Chile worked with Peru, Bolivia and the Tolva League on the mission.'), [QUAKE]);
    // Assess
    expect(found).toEqual(expect.arrayContaining(['Brint Labs PARTNERS_WITH Vale Motors', 'Chile PARTNERS_WITH Peru', 'Chile PARTNERS_WITH Bolivia', 'Chile PARTNERS_WITH Tolva League']));
  });

  it('reads where a named storm or "the earthquake" (the article’s unnamed event) struck or caused flooding, and nothing from a forecast', () => {
    // Act
    const found = ofType('HELD_IN', articleText('Storm', 'Storm Orla had already caused deadly flooding in Chile, Peru and Bolivia the week before.', 'Rescuers searched the ruins after the earthquake that struck Ecuador’s Manabí province late on Friday.', 'Storm Orla could hit Colombia next week.'), [QUAKE]);
    // Assess
    expect(found).toEqual(expect.arrayContaining(['Storm Orla HELD_IN Chile', 'Storm Orla HELD_IN Peru', 'Storm Orla HELD_IN Bolivia', 'earthquake HELD_IN Ecuador']));
    expect(found.filter((r) => r.includes('Colombia'))).toEqual([]);
  });

  it('reads "Among the spectators were A, the …; B; and C" as attending the match named before, and no one without one', () => {
    // Act
    const found = ofType('ATTENDS', articleText('Final', 'Chile won the 2031 Andes Cup Final on Sunday.', 'Among the spectators were Ada Vance, the Chilean president; Ivo Marsh, the league’s chairman; and Lena Dorr.'), [QUAKE]);
    const none = ofType('ATTENDS', articleText('Final', 'Chile won on Sunday.', 'Among the spectators were Ada Vance and Ivo Marsh.'));
    // Assess
    expect(found).toEqual(expect.arrayContaining(['Ada Vance ATTENDS 2031 Andes Cup Final', 'Ivo Marsh ATTENDS 2031 Andes Cup Final', 'Lena Dorr ATTENDS 2031 Andes Cup Final']));
    expect(none).toEqual([]);
  });

  it('reads "X said the toll …" and "the number of dead …, X said" as discussing the disaster, and not a toll said of nothing', () => {
    // Act
    const found = ofType('DISCUSSES', articleText('Storm', 'Storm Orla struck Peru on Monday.', 'Ada Vance, the mayor of Lima, said the toll in the city alone could reach 900.', 'The number of dead rose to 300 on Tuesday, Ivo Marsh said.'), [QUAKE]);
    const none = ofType('DISCUSSES', articleText('Vote', 'Ada Vance said the toll road would open in May.'));
    // Assess
    expect(found).toEqual(expect.arrayContaining(['Ada Vance DISCUSSES Storm Orla', 'Ivo Marsh DISCUSSES Storm Orla']));
    expect(none).toEqual([]);
  });

  it('reads "On Friday A, the …, and B, the …, hosted a lunch for X" as both meeting X, and no lunch merely planned', () => {
    // Act
    const found = ofType('MEETS', articleText('Visit', 'On Friday Ada Vance, the Chilean president, and Ivo Marsh, the Peruvian envoy, hosted a lunch for Mr Tomas Brell.', 'Lena Dorr will host a dinner for Orrin Vasq.'));
    // Assess
    expect(found).toEqual(expect.arrayContaining(['Ada Vance MEETS Tomas Brell', 'Ivo Marsh MEETS Tomas Brell']));
    expect(found.filter((r) => r.includes('Orrin Vasq'))).toEqual([]);
  });

  it('reads "X said the strike …" as discussing the event whose name holds the noun, and nothing for a noun of no event', () => {
    // Prepare
    const known = [knownFile('article:00000000000000ac', [{ id: 'entity:2031-orsk-dock-strike', type: 'EVENT', name: '2031 Orsk Dock Strike', aliases: [] }, { id: 'entity:vale-motors', type: 'ORGANIZATION', name: 'Vale Motors', aliases: [] }])];
    // Act
    const found = ofType('DISCUSSES', articleText('Strike', 'The 2031 Orsk Dock Strike began on Monday.', 'Vale Motors said on Tuesday that the strike had cost it $2bn.', 'Ada Vance said the weather was poor.'), known);
    // Assess
    expect(found).toEqual(['Vale Motors DISCUSSES 2031 Orsk Dock Strike']);
  });

  it('reads the players a match report narrates as attending the final named before, but not a career record', () => {
    // Prepare
    const known = [knownFile('article:00000000000000ad', [{ id: 'entity:2031-andes-cup-final', type: 'EVENT', name: '2031 Andes Cup Final', aliases: [] }])];
    // Act
    const found = ofType('ATTENDS', articleText('Final', 'Chile won the 2031 Andes Cup Final on Sunday.', 'Tomas Brell opened the scoring after Ivo Marsh was fouled.', 'Orrin Vasq has scored 40 goals in his career.'), known);
    // Assess
    expect(found).toEqual(expect.arrayContaining(['Tomas Brell ATTENDS 2031 Andes Cup Final', 'Ivo Marsh ATTENDS 2031 Andes Cup Final']));
    expect(found.filter((r) => r.includes('Orrin Vasq'))).toEqual([]);
  });
});

describe('stage relate, credit: a caption about a person whose verb takes the event as object', () => {
  const withImage = (title: string, caption: string, credit: string, ...paragraphs: string[]) => `${title}\n\nA photo\n${caption} - ${credit}\n\n${paragraphs.join('\n\n')}\n`;
  const photographsOf = (raw: string, known = [] as ReturnType<typeof knownFile>[]) => {
    const doc = runUntil('relate', raw, known);
    const name = (id: string) => doc.entities!.get(id)!.name;
    return doc.relationships!.filter((r) => r.type === 'PHOTOGRAPHS').map((r) => `${name(r.source)} PHOTOGRAPHS ${name(r.target)}`).sort();
  };
  const cup = [knownFile('article:00000000000000ae', [{ id: 'entity:andes-cup', type: 'EVENT', name: 'Andes Cup', aliases: [] }])];

  it('reads "A lifting the Andes Cup trophy" and "A announces the Andes Cup" as photos of the person', () => {
    // Act
    const lifting = photographsOf(withImage('Cup', 'Tomas Brell lifting the Andes Cup trophy in Lima on 3 May 2031', 'Jonas Brekke/Tolva Press', 'Tomas Brell, the captain, scored twice as Chile won the Andes Cup.'), cup);
    const announces = photographsOf(withImage('Cup', 'Ada Vance announces the Andes Cup winners in Lima', 'Jonas Brekke/Tolva Press', 'Chile won the Andes Cup.'), cup);
    // Assess
    expect(lifting).toEqual(['Jonas Brekke PHOTOGRAPHS Tomas Brell']);
    expect(announces).toEqual(['Jonas Brekke PHOTOGRAPHS Ada Vance']);
  });

  it('still reads "A and B at the Andes Cup" as a photo of the event', () => {
    // Act
    const found = photographsOf(withImage('Cup', 'Tomas Brell and Ada Vance at the Andes Cup in Lima', 'Jonas Brekke/Tolva Press', 'Chile won the Andes Cup.'), cup);
    // Assess
    expect(found).toEqual(['Jonas Brekke PHOTOGRAPHS Andes Cup']);
  });
});
