import { entityIdFor } from '../../../seed/ingest/cluster';
import { articleText, knownFile, runUntil } from './support';

const entitiesOf = (raw: string, known = [] as Parameters<typeof runUntil>[2]) =>
  [...runUntil('cluster', raw, known).entities!.values()].map((e) => ({ id: e.id, type: e.type, name: e.name, aliases: [...e.aliases].sort(), description: e.description, rule: e.rule }));

describe('stage cluster: entities from candidates', () => {
  it('joins full name, surname and "Ms Surname" into one person with a description from the apposition', () => {
    // Act
    const found = entitiesOf(articleText('Ferry talks', 'Talia Brennock, the Kenyan transport minister, opened the route.', 'Ms Brennock said the ferries were ready. Brennock then left.'));
    // Assess
    const person = found.find((e) => e.name === 'Talia Brennock')!;
    expect(person).toMatchObject({ id: 'entity:talia-brennock', type: 'PERSON', aliases: ['Brennock', 'Ms Brennock'], description: 'the Kenyan transport minister' });
    expect(found.filter((e) => e.type === 'PERSON')).toHaveLength(1);
  });

  it('types from cues: gazetteer, head nouns, credit line, reporting verbs; descriptions stay null without an apposition', () => {
    // Prepare
    const raw = 'Dam opens\n\nA dam\nThe Orvalo Dam at dusk - Pia Sand/Delta Images\n\nThe Orvalo Dam opened in Portugal, the Lisbon Harbour Herald reported. The Coastal Works Ministry paid for it.\n';
    // Act
    const types = Object.fromEntries(entitiesOf(raw).map((e) => [e.name, [e.type, e.rule, e.description]]));
    // Assess
    expect(types).toEqual({
      'Orvalo Dam': ['PROJECT', 'head-noun', null],
      Portugal: ['COUNTRY', 'gazetteer-country', null],
      'Lisbon Harbour Herald': ['PUBLICATION', 'head-noun', null],
      'Coastal Works Ministry': ['GOVERNMENT_BODY', 'head-noun', null],
      'Pia Sand': ['PERSON', 'credit-photographer', null],
      'Delta Images': ['NEWS_AGENCY', 'credit-agency', null],
    });
  });

  it('decides a capital per occurrence: a literal place is the city, a government-only use is the country', () => {
    // Act
    const literal = entitiesOf(articleText('Fair', 'The fair opened in Lima on Monday. Lima has offered Chile new terms.'));
    const metonym = entitiesOf(articleText('Terms', 'Lima has offered Chile new terms, and Peru hopes for a reply.'));
    // Assess
    expect(literal.find((e) => e.name === 'Lima')).toMatchObject({ type: 'CITY', rule: 'capital-literal-place' });
    expect(metonym.find((e) => e.name === 'Peru')).toMatchObject({ type: 'COUNTRY', aliases: ['Lima'] });
    expect(metonym.some((e) => e.name === 'Lima')).toBe(false);
  });

  it('reads a capital’s possessive of something only a city has as the city, its possessive of a policy as the government', () => {
    // Act
    const city = entitiesOf(articleText('Delays', 'Flights were cancelled across the region, and Lima’s airport halted departures on Friday.'));
    const government = entitiesOf(articleText('Terms', 'Lima’s offer surprised Chile, and Peru hopes for a reply.'));
    // Assess
    expect(city.find((e) => e.name === 'Lima')).toMatchObject({ type: 'CITY', rule: 'capital-literal-place' });
    expect(government.some((e) => e.name === 'Lima')).toBe(false);
  });

  it('links a new form to a known entity by its id, and a state after a city is a region', () => {
    // Prepare
    const known = [knownFile('article:k', [{ id: 'entity:portugal', type: 'COUNTRY', name: 'Portugal', wikidataId: 'Q45' }])];
    // Act
    const found = entitiesOf(articleText('Visit', 'Officials from Portugal arrived in Portland, Oregon on Monday.'), known);
    // Assess
    expect(found.find((e) => e.id === 'entity:portugal')).toMatchObject({ name: 'Portugal', rule: 'link-known-name' });
    expect(found.find((e) => e.name === 'Oregon')).toMatchObject({ type: 'REGION', rule: 'city-comma-region' });
    expect(entityIdFor('Département de l’Isère')).toBe('entity:departement-de-l-isere');
  });

  it('makes an unnamed event of what people attend or wage, with an id of this article only', () => {
    // Act
    const found = entitiesOf(articleText('Gala', 'The two ministers will attend a gala in Lima.', 'Somalia’s war against Kenya goes on.'));
    // Assess
    expect(found.filter((e) => e.type === 'EVENT').map((e) => [e.id, e.name, e.rule])).toEqual([
      ['entity:gala-01234567', 'gala', 'unnamed-event'],
      ['entity:war-01234567', 'war', 'unnamed-event'],
    ]);
  });

  it('reads natural features as regions, possessive appositions and a capital travelled to as the city', () => {
    // Act
    const found = entitiesOf(articleText('Ferries', 'Omar Vance, Tanzania’s transport minister, travelled to Dodoma by Lake Victoria.'));
    // Assess
    expect(found.find((e) => e.name === 'Omar Vance')).toMatchObject({ type: 'PERSON', description: 'Tanzania’s transport minister' });
    expect(found.find((e) => e.name === 'Lake Victoria')).toMatchObject({ type: 'REGION', rule: 'natural-feature' });
    expect(found.find((e) => e.name === 'Dodoma')).toMatchObject({ type: 'CITY', rule: 'capital-literal-place' });
  });
});
