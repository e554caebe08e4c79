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
