import { initialsOf, possessiveBefore } from '../../../seed/ingest/cluster';
import { NAME_CONNECTORS } from '../../../seed/ingest/cues';

/** knownBodyOfOwner's pattern, as it runs behind the gate. */
const ownerPattern = (phrase: string) => new RegExp(`((?:\\p{Lu}[\\p{L}.]*\\s?){1,4})[’']s\\s+${phrase}\\b`, 'gu');

describe('the possessive gate of knownBodyOfOwner', () => {
  it('is true wherever the owner pattern matches, and false where no possessive stands before the phrase', () => {
    // Prepare
    const texts = ['Chile’s foreign ministry said', "Peru's  foreign ministry", 'the United States’s\nforeign ministry', 'the foreign ministry said', 'its foreign ministry', 'Tolva’s foreign ministry', 'Tolva’sforeign ministry', 'boss foreign ministry', 'foreign ministry', 'the ministry’s foreign ministry', 'Tolva’s transport ministry and the foreign ministry'];
    // Act
    const rows = texts.map((t) => [t, possessiveBefore(t, 'foreign ministry'), [...t.matchAll(ownerPattern('foreign ministry'))].length > 0]);
    // Assess
    for (const [t, gate, match] of rows) if (match) expect([t, gate]).toEqual([t, true]);
    expect(rows.map((r) => r[1])).toEqual([true, true, true, false, false, true, false, false, false, true, false]);
  });
});

describe('initialsOf', () => {
  it('gives what the filter, map and join of the words gave', () => {
    // Prepare
    const names = ['Tolva Harbour Board', 'Ministry of Transport', 'Bank of the Andes', 'Tolva 2030 Organising Committee', 'Łódź Water Board', 'Émile and Sons', 'the Board', 'ágora Norte', '', 'Tolva  Link', 'Ören Ölçü'];
    const before = (ws: string[]) => ws.filter((w) => /^[\p{Lu}\p{N}]/u.test(w) && !NAME_CONNECTORS.has(w)).map((w) => w[0]).join('').toUpperCase();
    // Act
    const rows = names.map((n) => n.split(/\s+/));
    // Assess
    for (const ws of rows) expect(initialsOf(ws)).toBe(before(ws));
  });
});
