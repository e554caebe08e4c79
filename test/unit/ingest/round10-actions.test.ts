/**
 * Round 10, action and event relationships (relate/round10-actions.ts and the small fixes beside
 * it): phone calls, "…, where they greeted …", time openers before the subject, participants of the
 * article's named event, events that took place somewhere, and the photographer of a caption.
 * Every text is invented (no name of an evaluation article); each rule has a case where it must not fire.
 */
import { articleText, knownFile, runUntil } from './support';

const relationsOf = (raw: string, known = [] as ReturnType<typeof knownFile>[]) => {
  const doc = runUntil('relate', raw, known);
  const name = (id: string) => doc.entities!.get(id)!.name;
  return doc.relationships!.map((r) => `${name(r.source)} ${r.type} ${name(r.target)}`);
};
const ofType = (type: string, raw: string, known = [] as ReturnType<typeof knownFile>[]) => relationsOf(raw, known).filter((r) => r.includes(` ${type} `));

describe('stage relate, round 10 actions', () => {
  describe('a telephone call is no meeting', () => {
    it('reads no MEETS from "telephoned X", "spoke by phone with X" or "a phone call between A and B"', () => {
      // Act
      const found = ofType('MEETS', articleText('Calls', 'Omar Vance, the Tolvan president, telephoned Ivo Marsh on Friday to congratulate him.', 'Lena Dorr spoke by phone with Tomas Brell.', 'Ada Quist and Mara Vell spoke by phone on Monday.', 'After a phone call between Orrin Vasq and Ilse Brandt, the two issued statements.'));
      // Assess
      expect(found).toEqual([]);
    });

    it('still reads a meeting in person', () => {
      // Act
      const found = ofType('MEETS', articleText('Talks', 'Omar Vance met Ivo Marsh in Lima on Friday.', 'Ada Quist and Mara Vell held talks on Monday.'));
      // Assess
      expect(found).toEqual(expect.arrayContaining(['Omar Vance MEETS Ivo Marsh', 'Ada Quist MEETS Mara Vell']));
    });
  });
});
