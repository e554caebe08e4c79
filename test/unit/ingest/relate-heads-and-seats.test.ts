/**
 * Stage relate, round 5 patterns: a body's head named with "chaired by"/"headed by"/"run by"
 * (roles.ts), a body's headquarters in a place (pair rule `headquarters-in`) and the head of a body
 * whose name follows a country word ("the chair of the US Tolva Commission", offices.ts: the body
 * holds the office, not the country). Invented sentences, each rule with a case that must not fire.
 */
import type { IngestDocument } from '../../../seed/ingest/document';
import { articleText, runUntil } from './support';

const named = (doc: IngestDocument) => {
  const name = (id: string) => doc.entities!.get(id)!.name;
  return doc.relationships!.map((r) => `${name(r.source)} ${r.type} ${name(r.target)} [${r.rule}]`);
};
const relationsOf = (...paragraphs: string[]) => named(runUntil('relate', articleText('Notes', ...paragraphs)));
const ofType = (found: readonly string[], type: string) => found.filter((r) => r.split(' ').includes(type));

describe('stage relate: a body chaired, headed or run by a person', () => {
  it('reads "Y, a panel … chaired by X" and "Y, a charity headed by X" as LEADS', () => {
    // Act
    const found = relationsOf(
      'The Norra Group’s Review Committee on Safety, a panel of independent experts chaired by Talia Brennock, met on Monday.',
      'The Tolva Trust, a charity headed by Marlo Brent, closed its offices.',
    );
    // Assess
    expect(ofType(found, 'LEADS')).toEqual(['Marlo Brent LEADS Tolva Trust [led-by]', 'Talia Brennock LEADS Review Committee on Safety [led-by]']);
  });

  it('gives nothing when the chairing is denied', () => {
    // Act
    const found = relationsOf('The Vela Board, which was not chaired by Jonas Varga, met on Friday.');
    // Assess
    expect(ofType(found, 'LEADS')).toEqual([]);
  });
});

describe('stage relate: a body’s headquarters in a place', () => {
  it('reads "at the TF’s headquarters in P" (a short form) as BASED_IN', () => {
    // Act
    const found = relationsOf('The Tolva Federation (TF) met on Monday.', 'The talks were held at the TF’s headquarters in Mombasa.');
    // Assess
    expect(ofType(found, 'BASED_IN')).toEqual(['Tolva Federation BASED_IN Mombasa [headquarters-in]']);
  });

  it('gives nothing for former headquarters or a headquarters in a hypothetical', () => {
    // Act
    const found = relationsOf('The Kestrel Group’s former headquarters in Nakuru were sold.', 'The Vela Bank could move its headquarters to Lima.');
    // Assess
    expect(ofType(found, 'BASED_IN')).toEqual([]);
  });
});

describe('stage relate: the head of a body named after a country word', () => {
  it('gives "X, the chair of the US Tolva Commission" LEADS the body, and no office in the country', () => {
    // Act
    const found = relationsOf('Jonas Varga, the chair of the US Tolva Commission, said rates would rise.');
    // Assess
    expect(found).toEqual(['Jonas Varga LEADS Tolva Commission [apposition-office]', 'Tolva Commission PART_OF United States [country-prefix-body]']);
  });

  it('keeps an office held in the country itself ("a spokeswoman for the US")', () => {
    // Act
    const found = relationsOf('Ona Reyes, a spokeswoman for the US, spoke on Monday.');
    // Assess
    expect(found).toEqual(['Ona Reyes HOLDS_OFFICE_IN United States [apposition-office]']);
  });
});
