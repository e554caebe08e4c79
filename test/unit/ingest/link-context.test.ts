import { companionsOf, holderByCompanions } from '../../../seed/ingest/companions';
import { buildKnownIndex, findKnown, isContextualAlias } from '../../../seed/ingest/link';
import { articleText, knownFile, runUntil } from './support';

// Two invented countries, each with a "High Tribunal Court" of its own, known from two articles.
const known = [
  knownFile('article:k1', [
    { id: 'entity:high-court-of-norland', type: 'GOVERNMENT_BODY', name: 'High Court of Norland', aliases: ['High Court'] },
    { id: 'entity:norland', type: 'COUNTRY', name: 'Norland' },
    { id: 'entity:port-velm', type: 'CITY', name: 'Port Velm' },
    { id: 'entity:ada-brenn', type: 'PERSON', name: 'Ada Brenn' },
  ]),
  knownFile('article:k2', [
    { id: 'entity:high-court-division-of-sudria', type: 'GOVERNMENT_BODY', name: 'High Court Division of Sudria', aliases: ['High Court'] },
    { id: 'entity:sudria', type: 'COUNTRY', name: 'Sudria' },
    { id: 'entity:kessa', type: 'CITY', name: 'Kessa' },
    { id: 'entity:sudrian-parliament', type: 'GOVERNMENT_BODY', name: 'Sudrian Parliament', aliases: ['Parliament'] },
  ]),
];

describe('linking a string that drops its owner or that two known entities share, by context', () => {
  it('knows an alias that cuts a body’s name before its owner, or is its head noun alone', () => {
    // Assess
    expect(isContextualAlias('High Court', 'High Court of Norland')).toBe(true);
    expect(isContextualAlias('High Court', 'High Court Division of Sudria')).toBe(true);
    expect(isContextualAlias('Parliament', 'Sudrian Parliament')).toBe(true);
    expect(isContextualAlias('Brenn', 'Ada Brenn')).toBe(false);
    expect(isContextualAlias('Velmar', 'Velmar Holdings Group')).toBe(false); // a brand's first word is its name
    expect(isContextualAlias('High Court of Norland', 'High Court of Norland')).toBe(false);
  });

  it('keeps such aliases out of the index, so the link stage never links them on their own', () => {
    // Act
    const hits = findKnown(buildKnownIndex(known), 'The High Court in Port Velm heard Ada Brenn. Parliament met.');
    // Assess
    expect(hits.map((h) => h.text)).toEqual(['Port Velm', 'Ada Brenn']);
  });

  it('gives the shared string to the holder whose companions the article names, at least two of them', () => {
    // Prepare
    const index = buildKnownIndex(known);
    const own = (id: string) => [index.byId.get(id)!];
    const strings = new Map([['Norland', own('entity:norland')], ['Port Velm', own('entity:port-velm')], ['Ada Brenn', own('entity:ada-brenn')], ['Sudria', own('entity:sudria')], ['Kessa', own('entity:kessa')]]);
    const holders = [index.byId.get('entity:high-court-of-norland')!, index.byId.get('entity:high-court-division-of-sudria')!];
    // Act
    const pick = (text: string) => holderByCompanions(holders, text, index, strings)?.id;
    // Assess
    expect(pick('Ada Brenn was freed by the High Court in Port Velm.')).toBe('entity:high-court-of-norland');
    expect(pick('The High Court in Kessa ruled against the government of Sudria.')).toBe('entity:high-court-division-of-sudria');
    expect(pick('The High Court in Port Velm ruled.')).toBeUndefined(); // one companion: too little
    expect(pick('Norland and Sudria, Port Velm and Kessa: the High Court ruled.')).toBeUndefined(); // a tie
  });

  it('keeps out a holder whose own name carries a place the article never names, and lets the one named place decide', () => {
    // Prepare
    const index = buildKnownIndex(known);
    const own = (id: string) => [index.byId.get(id)!];
    const strings = new Map([['Norland', own('entity:norland')], ['Sudria', own('entity:sudria')], ['Port Velm', own('entity:port-velm')]]);
    const holders = [index.byId.get('entity:high-court-of-norland')!, index.byId.get('entity:high-court-division-of-sudria')!];
    // Act
    const pick = (text: string) => holderByCompanions(holders, text, index, strings)?.id;
    // Assess
    expect(pick('Lawyers in Sudria said the High Court would hear the case.')).toBe('entity:high-court-division-of-sudria'); // no companion needed
    expect(pick('The High Court ruled.')).toBeUndefined(); // neither place: companions decide, and there are none
  });

  it('counts each known entity’s companions across its known files', () => {
    // Act
    const companions = companionsOf(known);
    // Assess
    expect([...companions.get('entity:norland')!].sort()).toEqual(['entity:ada-brenn', 'entity:high-court-of-norland', 'entity:port-velm']);
  });

  it('links the court of the article’s world through the pipeline, and a bare one nowhere', () => {
    // Prepare
    const raw = articleText('Brenn freed', 'Ada Brenn, a Norland publisher, was freed on bail by the High Court in Port Velm on Monday.');
    const elsewhere = articleText('Court rules', 'The High Court ruled on Monday that the port of Tamsa must reopen.');
    // Act
    const doc = runUntil('cluster', raw, known);
    const other = runUntil('cluster', elsewhere, known);
    // Assess
    expect([...doc.entities!.values()].filter((e) => e.name.includes('Court')).map((e) => [e.id, e.linked])).toEqual([['entity:high-court-of-norland', true]]);
    expect([...other.entities!.values()].filter((e) => e.name.includes('Court')).map((e) => e.id)).not.toContain('entity:high-court-of-norland');
    expect([...other.entities!.values()].map((e) => e.id)).not.toContain('entity:high-court-division-of-sudria');
  });
});
