/**
 * Stage relate, rule family `event-roles`: a host named by description ("Kenya, the host country")
 * and a person named by the event's office ("X, the summit’s president"). Invented sentences, each
 * rule with a case that must not fire.
 */
import { relationsOfParagraphs as relationsOf } from './support';


describe('stage relate: roles in the article’s event named by description', () => {
  it('reads "Kenya, the host country" as HELD_IN and "X, the summit’s president" as ATTENDS', () => {
    // Act
    const found = relationsOf(
      'Delegates from Kenya met at the Halvern Forum climate summit in Mombasa on Monday.',
      'Talia Brennock, the summit’s president, said a deal was close.',
      'Kenya, the host country, wants a deal.',
    );
    // Assess
    expect(found).toEqual(expect.arrayContaining(['Halvern Forum HELD_IN Kenya [host-country-apposition]', 'Talia Brennock ATTENDS Halvern Forum [event-possessive-role]']));
  });

  it('gives nothing for an incoming president, a denied host or an article without an event', () => {
    // Act
    const withEvent = relationsOf('Delegates met at the Halvern Forum climate summit in Mombasa on Monday.', 'Marlo Brent, the summit’s incoming president, spoke.', 'Peru, not the host country, objected.');
    const without = relationsOf('Kenya, the host country, wants a deal.', 'Ona Reyes, the summit’s president, spoke.');
    // Assess
    expect(withEvent.filter((r) => r.includes('Marlo Brent') || r.includes('Peru'))).toEqual([]);
    expect(without).toEqual([]);
  });
});

describe('stage relate: an event whose kind a describing word separates from its name', () => {
  it('reads "the Tolva28 climate summit" as a summit: "the summit’s president" attends it, "the host country" hosts it', () => {
    // Act
    const found = relationsOf(
      'Delegates agreed a deal at the Tolva28 climate summit in Mombasa on Wednesday.',
      'Talia Brennock, the summit’s president, called the deal historic.',
      'Ms Brennock is the energy minister of Kenya, the host country.',
    );
    // Assess
    expect(found).toEqual(expect.arrayContaining(['Tolva28 HELD_IN Kenya [host-country-apposition]', 'Talia Brennock ATTENDS Tolva28 [event-possessive-role]']));
  });
});
