import { buildKnownIndex, findKnown } from '../../../seed/ingest/link';
import { loadPertainyms, pertainymForms } from '../../../seed/ingest/pertainyms';
import { articleText, knownFile, runUntil } from './support';

describe('WordNet pertainyms (relational adjective → the noun it pertains to)', () => {
  it('reads an adjective’s noun from WordNet, capitalised when it is a proper noun', () => {
    // Act
    const p = loadPertainyms();
    // Assess
    expect(p.nounsOf('lunar')).toEqual([{ noun: 'Moon', proper: true }]);
    expect(p.nounsOf('Solar')).toEqual([{ noun: 'Sun', proper: true }]);
    expect(p.nounsOf('Martian')).toEqual([{ noun: 'Mars', proper: true }]);
    expect(p.nounsOf('papal')).toEqual([{ noun: 'pope', proper: false }]);
    expect(p.nounsOf('quickly')).toEqual([]);
    expect(p.nounsOf('zzzz')).toEqual([]);
  });

  it('answers the reverse question from the pointers at that noun', () => {
    // Act
    const p = loadPertainyms();
    // Assess
    expect(p.adjectivesOf('Moon')).toContain('lunar');
    expect(p.adjectivesOf('Mars')).toEqual(['Martian']);
    expect(p.adjectivesOf('Qwxz')).toEqual([]);
  });

  it('writes a described name both ways; a fixed name, an ambiguous adjective and a common noun only one way', () => {
    // Prepare
    const p = loadPertainyms();
    // Act / Assess
    expect(pertainymForms('Solar array', p)).toEqual(['Sun’s array', "Sun's array", 'array of the Sun', 'array of Sun']);
    expect(pertainymForms('Martian north pole', p, true)).toEqual(expect.arrayContaining(['Mars’s north pole', 'Mars’ north pole', 'north pole of Mars', 'martian north pole']));
    expect(pertainymForms('Far side of Mars', p)).toEqual(['Martian far side']);
    expect(pertainymForms('Moon’s dust belt', p)).toEqual(expect.arrayContaining(['lunar dust belt', 'Lunar dust belt']));
    // A fixed name keeps its adjective; "mercurial" pertains to the planet and to the metal; a pope is any pope.
    expect(pertainymForms('Solar System', p)).toEqual([]);
    expect(pertainymForms('Mercurial holdings', p)).toEqual([]);
    expect(pertainymForms('Papal residence', p)).toEqual([]);
    expect(pertainymForms('Harbour of Tanga', p)).toEqual([]);
  });
});

describe('stage link: a name written with the adjective or with the noun it pertains to', () => {
  const known = [
    knownFile('article:p1', [
      { id: 'entity:solar-array', type: 'PROJECT', name: 'Solar array', aliases: ['solar array'] },
      { id: 'entity:lunar-dust-belt', type: 'REGION', name: 'Lunar dust belt', aliases: ['dust belt'] },
      { id: 'entity:far-side-of-mars', type: 'REGION', name: 'Far side of Mars' },
      { id: 'entity:mercurial-holdings', type: 'ORGANIZATION', name: 'Mercurial Holdings' },
    ]),
  ];

  it('links “the Sun’s array” to the known “Solar array”, and the Martian far side to the far side of Mars', () => {
    // Prepare
    const raw = articleText('Notes', 'Engineers unfolded the Sun’s array on Monday. The Martian far side stayed dark, and the Moon’s dust belt and the lunar dust belt were measured.');
    // Act
    const doc = runUntil('link', raw, known);
    // Assess
    expect(doc.mentions!.map((m) => [m.text, m.entityId])).toEqual([
      ['Sun’s array', 'entity:solar-array'],
      ['Martian far side', 'entity:far-side-of-mars'],
      ['Moon’s dust belt', 'entity:lunar-dust-belt'],
      ['lunar dust belt', 'entity:lunar-dust-belt'],
    ]);
    expect(doc.entities!.get('entity:solar-array')!.aliases).toEqual(['Sun’s array']);
  });

  it('joins nothing that only looks alike: a fixed name, another noun, a plain mention of the noun', () => {
    // Prepare
    const index = buildKnownIndex(known);
    // Act
    const hits = findKnown(index, 'Mercury’s Holdings grew. The Sun shone on the array; the Moon’s dust was grey; a solar panel failed.');
    // Assess
    expect(hits).toEqual([]);
  });

  it('keeps two known entities apart when each is one of the two forms', () => {
    // Prepare
    const both = [
      knownFile('article:p2', [
        { id: 'entity:lunar-gateway-plan', type: 'PROJECT', name: 'Lunar gateway' },
        { id: 'entity:moons-gateway-magazine', type: 'PUBLICATION', name: 'Moon’s gateway' },
      ]),
    ];
    // Act
    const hits = findKnown(buildKnownIndex(both), 'The Moon’s gateway reported on the lunar gateway.');
    // Assess
    // (Neither is a proper name that links by itself; neither takes the other's written form.)
    expect(hits.map((h) => [h.text, h.entityId])).toEqual([]);
  });
});

describe('stage link: a demonym alias only where it stands as a name', () => {
  const known = [knownFile('article:d1', [{ id: 'entity:kenyan-airways-x', type: 'ORGANIZATION', name: 'Kenyan Skyways', aliases: ['Kenyan'] }])];

  it('links “Kenyan” used as the airline’s name, never as a modifier of a noun', () => {
    // Prepare
    const raw = articleText(
      'Notes',
      'Flights on Kenyan were cancelled on Friday. The big Kenyan carmakers were not affected. Kenyan and Ugandan troops stayed home. Kenyan-built buses ran. Kenyan said it would recover.',
    );
    // Act
    const doc = runUntil('link', raw, known);
    // Assess
    const body = doc.mentions!.filter((m) => m.field === 'BODY');
    expect(body.map((m) => [m.text, m.start])).toEqual([
      ['Kenyan', raw.split('\n\n')[1]!.indexOf('Kenyan were')],
      ['Kenyan', raw.split('\n\n')[1]!.indexOf('Kenyan said')],
    ]);
  });
});
