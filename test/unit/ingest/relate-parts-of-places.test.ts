/**
 * Stage relate, rule family `structure`: belonging read off noun phrases — coordinated regions of a
 * country ("the A and B regions of eastern Y"), a possessive area before a named place and its kind
 * ("Kenya’s Tolva Hills mountains"), a state body named with its country or given it by "its"
 * ("the Kenyan Coast Guard", "Kenya sent soldiers from its Tolva Emergencies Unit"), an owner's
 * possessive before a kind noun or another organisation ("the Marlo Alliance’s highest court",
 * "Brix’s Tolva Mobile"). Invented sentences, each with a case that must not fire.
 */
import { ofType, relationsOfParagraphs } from './support';

describe('stage relate: parts of places', () => {
  it('reads both regions of "the Tolva and Marlo regions of eastern Kenya", and the singular form with a compass word', () => {
    // Act
    const found = relationsOfParagraphs('Troops moved into the Tolva and Marlo regions of eastern Kenya on Monday.', 'Aid reached the Brix region of northern Peru.');
    // Assess
    expect(ofType(found, 'PART_OF').map((r) => r.replace(/ \[.*\]$/u, '')).sort()).toEqual(['Brix PART_OF Peru', 'Marlo PART_OF Kenya', 'Tolva PART_OF Kenya']);
  });

  it('reads "Kenya’s Tolva Hills mountains" and not "Kenya’s Tolva Hills said"', () => {
    // Act
    const found = relationsOfParagraphs('The storm that struck Kenya’s Tolva Highlands mountains late on Friday killed dozens.');
    const other = relationsOfParagraphs('Kenya’s Brix Bank said profits rose.');
    // Assess
    expect(ofType(found, 'PART_OF')).toEqual(['Tolva Highlands PART_OF Kenya [possessive-named-place]']);
    expect(ofType(other, 'PART_OF').filter((r) => r.endsWith('[possessive-named-place]'))).toEqual([]);
  });
});

describe('stage relate: state bodies and owned bodies', () => {
  it('gives a state body to the country subject of "its", and not to a country that is no subject', () => {
    // Act
    const found = relationsOfParagraphs('Kenya flew 40 soldiers from its Tolva Emergencies Unit to Lima.');
    const object = relationsOfParagraphs('Peru thanked Kenya for the help of its Tolva Emergencies Unit.');
    // Assess
    expect(ofType(found, 'PART_OF')).toEqual(['Tolva Emergencies Unit PART_OF Kenya [its-state-body]']);
    expect(ofType(object, 'PART_OF').filter((r) => r.endsWith('[its-state-body]'))).toEqual([]);
  });

  it('reads a country word opening a state body’s name, and not a company’s', () => {
    // Act
    const found = relationsOfParagraphs('Kenya said the Kenyan Coast Guard had found the boat.', 'Kenyan Airways cancelled flights.');
    // Assess
    expect(ofType(found, 'PART_OF')).toEqual(['Kenyan Coast Guard PART_OF Kenya [country-in-body-name]']);
  });

  it('reads "the Marlo Alliance’s highest court" as the one court, and an organisation after another’s possessive', () => {
    // Act
    const found = relationsOfParagraphs(
      'The Tolva Court of Appeal ordered Peru to pay damages.',
      'Judges at the Marlo Alliance’s highest court voted by 13 to two for the order.',
      'The market has three networks: Brix Mobile, Kestrel’s Vexa and Tolva.',
    );
    // Assess
    expect(ofType(found, 'PART_OF').sort()).toEqual(['Tolva Court of Appeal PART_OF Marlo Alliance [possessive-kind-body]', 'Vexa PART_OF Kestrel [possessive-organisation]']);
  });

  it('gives nothing for a kind noun with no single body of the kind, or a former owner', () => {
    // Act
    const none = relationsOfParagraphs('The Tolva Court of Appeal and the Marlo Court of Justice met.', 'Judges at the Marlo Alliance’s highest court voted.');
    const former = relationsOfParagraphs('The Tolva Court of Appeal met.', 'Judges at the Marlo Alliance’s former court voted.');
    // Assess
    expect(ofType(none, 'PART_OF')).toEqual([]);
    expect(ofType(former, 'PART_OF')).toEqual([]);
  });
});
