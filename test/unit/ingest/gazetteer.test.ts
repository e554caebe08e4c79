import { loadGazetteer } from '../../../seed/ingest/gazetteer';

describe('gazetteer: places from maintained data packages', () => {
  it('reads the closing name of a formal "<polity> of <Name>" as a short form, unless two countries share it', () => {
    // Prepare
    const g = loadGazetteer();
    // Act
    const america = g.country('America');
    // Assess
    expect(america?.code).toBe('US');
    // Both Koreas are formally a "Republic of Korea": the short form names neither.
    expect(g.country('Korea')).toBeUndefined();
    // An island's "Isle of …" is no polity.
    expect(g.country('Man')).toBeUndefined();
  });

  it('types countries, demonyms, capitals and cities', () => {
    // Prepare
    const g = loadGazetteer();
    // Act and Assess
    expect([g.country('Peru')?.code, g.demonym('Peruvian')?.code, g.capitalOf('Lima')?.code, g.isCity('Arequipa'), g.isCity('Peru')]).toEqual(['PE', 'PE', 'PE', true, false]);
  });
});

describe('gazetteer: short names', () => {
  it('reads the name after "Great" as a short form of its country', () => {
    // Act and Assess
    expect(loadGazetteer().country('Britain')?.code).toBe('GB');
  });
});

describe('gazetteer: cities written without their accents', () => {
  it('knows a city by its accented and its unaccented name, and still no country as a city', () => {
    // Prepare
    const g = loadGazetteer();
    // Act and Assess
    expect([g.isCity('Bogotá'), g.isCity('Bogota'), g.isCity('Medellín'), g.isCity('Medellin'), g.isCity('Medelin'), g.isCity('Peru')]).toEqual([true, true, true, true, false, false]);
  });
});
