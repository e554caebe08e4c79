/**
 * An office not yet taken up is not held: "X, the Peruvian president-elect" gives no PRESIDENT_OF,
 * like "president-designate" and "incoming president" (NOT_HELD in relate/titles.ts). Invented text.
 */
import { factsOfParagraphs } from './support';

const relationsOf = factsOfParagraphs;

describe('stage relate: an elected office not yet taken up', () => {
  it('reads "X, the Peruvian president-elect" and "X, Peru’s president-elect" as no office held', () => {
    // Act
    const found = relationsOf('Peru voted in June.', 'Tomas Varga, the Peruvian president-elect, sat in the front row.', 'Tomas Varga, Peru’s president-elect, spoke later.');
    // Assess
    expect(found.filter((r) => r.startsWith('Tomas Varga '))).toEqual([]);
  });

  it('still reads "X, the Peruvian president" as the office', () => {
    // Act
    const found = relationsOf('Peru voted in June.', 'Tomas Varga, the Peruvian president, sat in the front row.');
    // Assess
    expect(found).toContain('Tomas Varga PRESIDENT_OF Peru');
  });

  it('reads "the US president-elect" after a name as no office held either', () => {
    // Act
    const found = relationsOf('Dana Orlo, the US president-elect, met Tomas Varga on Monday.');
    // Assess
    expect(found.filter((r) => r.includes(' PRESIDENT_OF '))).toEqual([]);
  });
});
