import { articleText, runUntil } from './support';

const relationsOf = (raw: string) => {
  const doc = runUntil('relate', raw);
  const name = (id: string) => doc.entities!.get(id)!.name;
  return doc.relationships!.map((r) => `${name(r.source)} ${r.type} ${name(r.target)} [${r.rule}]`);
};

describe('stage relate: relationships with verbatim evidence', () => {
  it('finds visits, lists of places and offices from appositions, each quoting its sentence', () => {
    // Prepare
    const raw = articleText('Tour', 'Talia Brennock, the Kenyan transport minister, will arrive in Peru on Monday.', 'Later she toured Chile, Bolivia and Ecuador.', 'Omar Vance, the Kenyan finance minister, visited Bolivia.', 'Kenya welcomed both trips.');
    // Act
    const doc = runUntil('relate', raw);
    const found = relationsOf(raw);
    // Assess
    expect(found).toEqual(expect.arrayContaining([
      'Talia Brennock VISITS Peru [visit-verb]',
      'Talia Brennock HOLDS_OFFICE_IN Kenya [apposition-office]',
      'Omar Vance VISITS Bolivia [visit-verb]',
      'Omar Vance HOLDS_OFFICE_IN Kenya [apposition-office]',
    ]));
    // (the Kenyan minister's office needs Kenya named somewhere: an entity is only what the text names)
    for (const r of doc.relationships!) {
      for (const e of r.evidence) expect(doc.article!.body.slice(e.start, e.end)).toBe(e.quote);
      expect(r.confidence).toBeGreaterThan(0);
      expect(r.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('skips denied, negated and conditional statements', () => {
    // Act
    const found = relationsOf(articleText('Denials', 'Peru has denied it is selling arms to Chile.', 'Omar Vance did not visit Bolivia.', 'If the deal goes ahead, Ecuador would export copper to Brazil.', 'Colombia exports coffee to Brazil.'));
    // Assess
    expect(found).toEqual(['Colombia EXPORTS_TO Brazil [export-to]']);
  });

  it('attaches a statement made through a capital to its country, and keeps the literal city for places', () => {
    // Act
    const found = relationsOf(articleText('Lifeline', 'The Andes Trade Forum was held in Lima.', 'Lima has backed Bolivia since the floods, Peru said.'));
    // Assess
    expect(found).toEqual(['Andes Trade Forum HELD_IN Lima [event-in-place]', 'Peru SUPPORTS Bolivia [support-verb]']);
  });

  it('reads pair subjects, possessive wars and routes', () => {
    // Act
    const found = relationsOf(articleText('Route', 'Talia Brennock and Omar Vance met in Nairobi.', 'Ruritania’s war against Kenya ended.', 'The Tolva Pipeline, designed to connect Peru and Chile via Bolivia, opened.').replace(/Ruritania/g, 'Somalia'));
    // Assess
    expect(found).toEqual(expect.arrayContaining([
      'Talia Brennock MEETS Omar Vance [pair-subject-met]',
      'Somalia WAGES_WAR_ON Kenya [war-on]',
      'Tolva Pipeline CONNECTS Peru [infrastructure-connects]',
      'Tolva Pipeline CONNECTS Chile [infrastructure-connects+listed-target]',
      'Tolva Pipeline PASSES_THROUGH Bolivia [infrastructure-via]',
    ]));
  });

  it('takes "he" and "the company" back to the last person or organisation named, at lower confidence', () => {
    // Prepare
    const raw = articleText('Deal', 'Omar Vance spoke in Nairobi on Monday.', 'He later visited Peru.', 'The Tolva Shipping Company opened an office.', 'The company signed an agreement with Kenya.');
    // Act
    const doc = runUntil('relate', raw);
    const name = (id: string) => doc.entities!.get(id)!.name;
    const found = doc.relationships!.map((r) => `${name(r.source)} ${r.type} ${name(r.target)} [${r.rule} ${r.confidence}]`);
    // Assess
    expect(found).toEqual(expect.arrayContaining([
      'Omar Vance VISITS Peru [visit-verb+anaphora 0.65]',
      'Tolva Shipping Company SIGNS_AGREEMENT_WITH Kenya [sign-agreement-with+anaphora 0.6]',
    ]));
  });
});
