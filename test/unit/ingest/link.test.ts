import { buildKnownIndex, findKnown, isLinkable } from '../../../seed/ingest/link';
import { articleText, knownFile, runUntil } from './support';

const known = [
  knownFile('article:k1', [
    { id: 'entity:marta-oyelaran', type: 'PERSON', name: 'Marta Oyelaran', aliases: ['Oyelaran', 'Ms Oyelaran', 'the harbour chief'] },
    { id: 'entity:kenya', type: 'COUNTRY', name: 'Kenya', aliases: ['Nairobi'] },
    { id: 'entity:port-of-tanga-authority', type: 'GOVERNMENT_BODY', name: 'Port of Tanga Authority', aliases: ['port authority'] },
  ]),
];

describe('stage link: known entities', () => {
  it('links names and aliases as whole words, longest first, keeping the known id, type and name', () => {
    // Prepare
    const raw = articleText('Ms Oyelaran visits Kenya', 'Marta Oyelaran met the Port of Tanga Authority. Oyelaran’s plan pleased Kenyans.');
    // Act
    const doc = runUntil('link', raw, known);
    // Assess
    const marta = doc.entities!.get('entity:marta-oyelaran')!;
    expect([marta.type, marta.name, marta.linked, marta.aliases.sort()]).toEqual(['PERSON', 'Marta Oyelaran', true, ['Ms Oyelaran', 'Oyelaran']]);
    expect(doc.mentions!.map((m) => m.text)).toEqual(['Ms Oyelaran', 'Kenya', 'Marta Oyelaran', 'Port of Tanga Authority', 'Oyelaran']);
  });

  it('links only proper names: lower-case or determiner-led aliases and capitals stay out of the index', () => {
    // Act
    const index = buildKnownIndex(known);
    // Assess
    expect(isLinkable('the harbour chief')).toBe(false);
    expect(isLinkable('The meeting')).toBe(false);
    expect(isLinkable('Port of Tanga Authority')).toBe(true);
    expect(findKnown(index, 'the port authority in Nairobi').map((h) => h.text)).toEqual([]);
  });

  it('finds each hit through the first-word index, whatever the number of known entities', () => {
    // Prepare
    const many = knownFile('article:k2', Array.from({ length: 5000 }, (_, i) => ({ id: `entity:person-${i}`, type: 'PERSON' as const, name: `Person Number${i}` })));
    const index = buildKnownIndex([...known, many]);
    // Act
    const hits = findKnown(index, 'Person Number4999 met Marta Oyelaran.');
    // Assess
    expect(index.size).toBe(5003);
    expect(index.byFirstWord.get('Person')!.length).toBe(5000);
    // (unplaced: the surname inside the full name is a hit too; placement keeps the longest)
    expect(hits.map((h) => [h.text, h.entityId])).toEqual([
      ['Person Number4999', 'entity:person-4999'],
      ['Marta Oyelaran', 'entity:marta-oyelaran'],
      ['Oyelaran', 'entity:marta-oyelaran'],
    ]);
  });

  it('reads words beyond ASCII as the Unicode word pattern does (letters and digits of any script, astral ones too)', () => {
    // Prepare
    const names = ['Łucja Dąbrowska', 'İzmir Port Board', 'Søren Ødegård', 'Nguyễn Văn An', '𝒜lpha Group', 'Orbiter 7', 'Ōtani', 'Dąbrowska'];
    const index = buildKnownIndex([knownFile('article:k3', names.map((name, i) => ({ id: `entity:n${i}`, type: 'ORGANIZATION' as const, name })))]);
    const text = 'Łucja Dąbrowska’s team met the İzmir Port Board; Søren Ødegård (of 𝒜lpha Group) and Nguyễn Văn An flew Orbiter 7. xŌtani, Ōtani2 and Ōtani—Dąbrowska\u0301 did not: \ud835 Ōtani.';
    // The scan it replaces: every /[\p{L}\p{N}]+/gu word, then the known strings that start with it.
    const expected = [...text.matchAll(/[\p{L}\p{N}]+/gu)].flatMap((w) =>
      (index.byFirstWord.get(w[0]) ?? [])
        .filter((c) => text.startsWith(c.text, w.index) && !/[\p{L}\p{N}]/u.test(text[w.index - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(text[w.index + c.text.length] ?? ' '))
        .map((c) => [c.text, w.index]),
    );
    // Act
    const hits = findKnown(index, text);
    // Assess
    expect(hits.map((h) => [h.text, h.start])).toEqual(expected);
    expect(hits.map((h) => h.text)).toEqual(['Łucja Dąbrowska', 'Dąbrowska', 'İzmir Port Board', 'Søren Ødegård', '𝒜lpha Group', 'Nguyễn Văn An', 'Orbiter 7', 'Ōtani', 'Dąbrowska', 'Ōtani']);
  });
});

describe('stage link: names that open with a sentence word, and initials', () => {
  const files = [
    knownFile('article:k3', [
      { id: 'entity:new-tarvos', type: 'CITY', name: 'New Tarvos', aliases: [] },
      { id: 'entity:the-varn', type: 'CITY', name: 'The Varn', aliases: ['His Excellency', 'Mr Odede', 'New'] },
      { id: 'entity:united-provinces-water-authority', type: 'GOVERNMENT_BODY', name: 'United Provinces Water Authority', aliases: [] },
      { id: 'entity:united-provinces-department-of-ports', type: 'GOVERNMENT_BODY', name: 'United Provinces Department of Ports', aliases: [] },
    ]),
  ];

  it('links a name whose first word also opens sentences when the rest is capitalised, never a pronoun-led or one-word one', () => {
    // Assess
    expect(isLinkable('New Tarvos')).toBe(true);
    expect(isLinkable('The Varn')).toBe(true);
    expect(isLinkable('New')).toBe(false);
    expect(isLinkable('The harbour')).toBe(false);
    expect(isLinkable('His Excellency')).toBe(false);
    expect(isLinkable('Mr Odede')).toBe(false);
  });

  it('links a known name written with the initials of its first words, and only then', () => {
    // Prepare
    const index = buildKnownIndex(files);
    // Act
    const hits = findKnown(index, 'The UP Water Authority and the UP Department of Ports met in New Tarvos; UPD of Ports did not, nor did New or the Varn.');
    // Assess
    expect(hits.map((h) => [h.text, h.entityId])).toEqual([
      ['UP Water Authority', 'entity:united-provinces-water-authority'],
      ['UP Department of Ports', 'entity:united-provinces-department-of-ports'],
      ['New Tarvos', 'entity:new-tarvos'],
    ]);
  });

  it('drops a short form that two known entities share', () => {
    // Prepare
    const twins = [
      knownFile('article:k4', [{ id: 'entity:united-provinces-water-authority', type: 'GOVERNMENT_BODY', name: 'United Provinces Water Authority', aliases: [] }]),
      knownFile('article:k5', [{ id: 'entity:upper-plains-water-authority', type: 'GOVERNMENT_BODY', name: 'Upper Plains Water Authority', aliases: [] }]),
    ];
    // Act
    const hits = findKnown(buildKnownIndex(twins), 'the UP Water Authority said');
    // Assess
    expect(hits).toEqual([]);
  });
});
