/**
 * Stage relate, round 7 rulings: "fined the company", "blocked A’s attempt to buy B" and a court
 * that "orders A to halt …". Every text is invented; each rule has cases where it must not fire.
 */
import { articleText, knownFile, runUntil } from './support';

const known = [knownFile('article:00000000000007d1', [
  { id: 'entity:tolva-competition-authority', type: 'GOVERNMENT_BODY', name: 'Tolva Competition Authority' },
  { id: 'entity:andean-court-of-justice', type: 'GOVERNMENT_BODY', name: 'Andean Court of Justice' },
  { id: 'entity:acme-mobile', type: 'ORGANIZATION', name: 'Acme Mobile' },
  { id: 'entity:bolt-networks', type: 'ORGANIZATION', name: 'Bolt Networks' },
  { id: 'entity:vasko-ministry-of-trade', type: 'GOVERNMENT_BODY', name: 'Vasko Ministry of Trade' },
])];
const rulingsOf = (...paragraphs: string[]) => {
  const doc = runUntil('relate', articleText('Ruling', ...paragraphs), known);
  const name = (id: string) => doc.entities!.get(id)!.name;
  return doc.relationships!.filter((r) => r.type === 'FINES' || r.type === 'RULES_AGAINST').map((r) => `${name(r.source)} ${r.type} ${name(r.target)} [${r.rule}]`).sort();
};

describe('stage relate: fines and rulings', () => {
  it('reads "the Authority fined the company €2bn" for the one company named just before', () => {
    // Act
    const found = rulingsOf('Acme Mobile is under pressure in Peru.', 'Earlier this month the Tolva Competition Authority fined the company €2bn for blocking rivals.');
    // Assess
    expect(found).toEqual(['Tolva Competition Authority FINES Acme Mobile [fined-the-company]']);
  });

  it('reads no fine of "the company" when two companies were named just before, or when the fine is denied', () => {
    // Act
    const two = rulingsOf('Acme Mobile and Bolt Networks are under pressure in Peru.', 'The Tolva Competition Authority fined the company €2bn.');
    const denied = rulingsOf('Acme Mobile is under pressure in Peru.', 'The Tolva Competition Authority has not fined the company.');
    // Assess
    expect(two).toEqual([]);
    expect(denied).toEqual([]);
  });

  it('reads "blocked A’s attempt to buy B" as a ruling against A, and nothing from a bid it did not block', () => {
    // Act
    const found = rulingsOf('In 2016 the Tolva Competition Authority blocked Acme Mobile’s attempt to buy Bolt Networks.', 'The Tolva Competition Authority did not block Bolt Networks’s bid for a rival.');
    // Assess
    expect(found).toEqual(['Tolva Competition Authority RULES_AGAINST Acme Mobile [blocked-bid-of]']);
  });

  it('reads "top court orders Peru to halt …" and "the Court ordered Acme to pay" as rulings, but not a ministry’s order', () => {
    // Act
    const found = rulingsOf('The Andean Court of Justice heard the case in May.', 'Andes top court orders Peru to halt its military operations in Chile', 'The Andean Court of Justice ordered Acme Mobile to pay €3m.', 'The Vasko Ministry of Trade ordered Bolt Networks to stop selling phones.');
    // Assess
    expect(found).toEqual(['Andean Court of Justice RULES_AGAINST Acme Mobile [ordered-to]', 'Andean Court of Justice RULES_AGAINST Peru [ordered-to]']);
  });
});
