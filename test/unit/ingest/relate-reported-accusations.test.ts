/**
 * Stage relate, round 7 claims: a speaker who says a party did wrong ("said Acme had kept its
 * monopoly by breaking the law") ACCUSES it. Every text is invented; there are denials, hedges and
 * look-alikes that must not fire.
 */
import { articleText, knownFile, runUntil } from './support';

const known = [knownFile('article:00000000000007f1', [
  { id: 'entity:acme-mobile', type: 'ORGANIZATION', name: 'Acme Mobile' },
  { id: 'entity:bolt-networks', type: 'ORGANIZATION', name: 'Bolt Networks' },
])];
const accusationsOf = (...paragraphs: string[]) => {
  const doc = runUntil('relate', articleText('Case', ...paragraphs), known);
  const name = (id: string) => doc.entities!.get(id)!.name;
  return doc.relationships!.filter((r) => r.type === 'ACCUSES').map((r) => `${name(r.source)} ACCUSES ${name(r.target)} [${r.rule}]`).sort();
};

describe('stage relate: a wrongdoing in reported speech', () => {
  it('reads "A, the attorney general, said B had kept its monopoly not by … but by breaking the law" and "said B had gone to great lengths to build its monopoly"', () => {
    // Act
    const found = accusationsOf(
      'Omar Vance, the Kenyan attorney general, said Acme Mobile had kept its monopoly power not by competing on the merits but by breaking federal antitrust law.',
      'Talia Brennock, Peru’s attorney general, who spoke beside Mr Vance, said Bolt Networks had gone to great lengths to build its monopoly.',
    );
    // Assess
    expect(found).toEqual(['Omar Vance ACCUSES Acme Mobile [said-wrongdoing]', 'Talia Brennock ACCUSES Bolt Networks [said-wrongdoing]']);
  });

  it('reads nothing from a denial, a hedge, a negated saying or a broken record', () => {
    // Act
    const found = accusationsOf(
      'Acme Mobile said Bolt Networks had not broken the law.',
      'Omar Vance said Acme Mobile could have broken the rules.',
      'Talia Brennock did not say Bolt Networks had cheated.',
      'Omar Vance said Acme Mobile broke a sales record in May.',
    );
    // Assess
    expect(found).toEqual([]);
  });
});
