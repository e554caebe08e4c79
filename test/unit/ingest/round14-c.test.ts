import { articleText, runUntil } from './support';

/**
 * Stage relate, round 14 (c): a national office named without its country ("X, the prime minister")
 * is held in the article's country, its demonyms counted. Invented names and text, each beside a
 * case where the rule must not fire.
 */
const facts = (title: string, ...paragraphs: string[]) => {
  const doc = runUntil('relate', articleText(title, ...paragraphs));
  const name = (id: string) => doc.entities!.get(id)!.name;
  return doc.relationships!.map((r) => `${name(r.source)} ${r.type} ${name(r.target)} [${r.rule}]`);
};
const bare = (found: readonly string[]) => found.filter((r) => r.includes('[bare-office+article-country]'));

describe('stage relate, round 14 (c)', () => {
  describe('a national office named without its country', () => {
    it('is held in the headline’s one country when its names and demonyms outnumber any other country’s', () => {
      // Act
      const found = facts('Peru counts the cost of floods', 'Ada Quist, the prime minister, said Peruvian towns would be rebuilt.', 'Ivo Marsh, the outgoing president, praised the Peruvian army and the Peruvian police.', 'Chile sent tents, and Chile sent doctors.');
      // Assess
      expect(bare(found)).toEqual(expect.arrayContaining(['Ada Quist HOLDS_OFFICE_IN Peru [bare-office+article-country]', 'Ivo Marsh PRESIDENT_OF Peru [bare-office+article-country]']));
    });

    it('is nobody’s when the sentence names another country, the headline names only a capital, or the office is not held', () => {
      // Act
      const other = facts('Peru counts the cost of floods', 'Ada Quist, the foreign minister, will travel to Chile on Monday.', 'Peruvian towns and Peruvian farms were flooded.', 'Chile sent tents.');
      const capital = facts('Lima warns voters', 'Ada Quist, the prime minister, spoke on Monday.', 'Peru and Peru’s neighbours watched.', 'Peruvian voters and Peruvian parties waited.');
      const notHeld = facts('Peru counts the cost of floods', 'Ada Quist, the incoming president, said Peruvian towns would be rebuilt.', 'The Peruvian army helped.');
      const hedged = facts('Peru counts the cost of floods', 'Ada Quist, the prime minister, may resign, Peruvian papers said.', 'The Peruvian army helped.');
      // Assess
      expect(bare(other)).toEqual([]);
      expect(bare(capital)).toEqual([]);
      expect(bare(notHeld)).toEqual([]);
      expect(bare(hedged)).toEqual([]);
    });
  });

  describe('promises and back-references in statements', () => {
    const discusses = (found: readonly string[]) => found.filter((r) => r.includes(' DISCUSSES ')).map((r) => r.replace(/ \[.*$/u, ''));

    it('reads a promise about a region or a project, by name or by "he"', () => {
      // Act / Assess
      expect(discusses(facts('Notes', 'Ada Quist won the vote on Sunday. She promised to fight deforestation in the Tolva Basin.'))).toEqual(['Ada Quist DISCUSSES Tolva Basin']);
      expect(discusses(facts('Notes', 'Ivo Marsh, 61, vowed to reopen the Orsk Canal within a year.'))).toEqual(['Ivo Marsh DISCUSSES Orsk Canal']);
    });

    it('reads no denied or hedged promise', () => {
      // Act / Assess
      expect(discusses(facts('Notes', 'Ivo Marsh did not promise to reopen the Orsk Canal.'))).toEqual([]);
      expect(discusses(facts('Notes', 'Ivo Marsh may have vowed to reopen the Orsk Canal.'))).toEqual([]);
    });

    it('reads a saying that refers back to the article’s one region of that kind, named before', () => {
      // Act
      const found = discusses(facts('Notes', 'Floods cut off towns on the Tolva Peninsula on Monday.', 'Mr Ivo Marsh said later that it was hard for lorries to reach the north of the peninsula.'));
      // Assess
      expect(found).toEqual(['Ivo Marsh DISCUSSES Tolva Peninsula']);
    });

    it('reads no back-reference when two regions share the noun, none was named before, or the saying is denied', () => {
      // Act / Assess
      expect(discusses(facts('Notes', 'Floods hit the Tolva Peninsula and the Orsk Peninsula.', 'Mr Ivo Marsh said that the peninsula was cut off.'))).toEqual([]);
      expect(discusses(facts('Notes', 'Mr Ivo Marsh said that the peninsula was cut off.'))).toEqual([]);
      expect(discusses(facts('Notes', 'Floods cut off towns on the Tolva Peninsula on Monday.', 'Mr Ivo Marsh never said that the peninsula was cut off.'))).toEqual([]);
    });
  });

  describe('"its" before a project (spurious DEVELOPS removed)', () => {
    const develops = (text: string) => facts('Notes', text).filter((r) => r.includes(' DEVELOPS ')).map((r) => r.replace(/ \[.*$/u, ''));

    it('still reads "Acme said its X programme …"', () => {
      // Act / Assess
      expect(develops('The Tolva Space Agency said on Monday that its Orsk Lander programme would resume.')).toEqual(['Tolva Space Agency DEVELOPS Orsk Lander']);
    });

    it('gives no project to a place after "its base at", nor to the party after a pronoun subject', () => {
      // Act / Assess
      expect(develops('A Tolva Coast Guard plane that was flying to its base at Orsk Airport crashed.')).toEqual([]);
      expect(develops('In 2030 it awarded Brint Labs a contract to build the rover for its Orsk Lander programme.')).toEqual([]);
    });
  });
});
