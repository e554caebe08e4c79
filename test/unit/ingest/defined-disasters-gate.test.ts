import { definedDisasters, mayDefineDisasters } from '../../../seed/ingest/name-types';

describe('the document gate of definedDisasters', () => {
  it('is true for every text in which definedDisasters finds a disaster, false without a disaster noun', () => {
    // Prepare
    const texts = ['The earthquake that struck the valley killed many.', 'the wildfires which swept the hills', 'The quake that hit Orvane', 'the floods that ravaged the coast', 'The storm that hit the coast', 'The minister said that the talks failed.', 'the eruption which rocked the island'];
    // Act
    const rows = texts.map((t) => [definedDisasters(t).length > 0, mayDefineDisasters((s) => t.includes(s))]);
    // Assess
    for (const [found, gate] of rows) if (found) expect(gate).toBe(true);
    expect(rows.map((r) => r[1])).toEqual([true, true, true, true, false, false, true]);
  });
});
