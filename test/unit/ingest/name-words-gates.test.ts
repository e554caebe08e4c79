import { isElidedOrLowerCamel, startsCapitalised } from '../../../seed/ingest/name-words';

/** Words of every shape the gates look at: ASCII and not, capitals, digits, marks, empty. */
const WORDS = ['', 'Tolva', 'tolva', 'd’Ampezzo', "l'Orvel", 'd’ampezzo', 'dAmpezzo', 'iVox', 'eTolvas', 'iV', 'ivox', 'IVox', 'Édith', 'émile', 'Łukasz', 'ßtraße', '2030', '“', '-', 'l’Île', 'd’Ōsaka', 'i\u00c9lan', 'e\u00c9tat', '𝒜bc'];

describe('the name-word gates', () => {
  it('answers what the regexes they stand for answer', () => {
    // Prepare
    const capitalised = /^[\p{Lu}]/u;
    const elided = /^[dl][’'][\p{Lu}][\p{L}\p{M}\-]+$/u;
    const lowerCamel = /^[ie]\p{Lu}\p{Ll}{2,}s?$/u;
    for (const w of WORDS) {
      for (const after of [true, false]) {
        // Act
        const gated = isElidedOrLowerCamel(w, after);
        // Assess
        expect([w, gated]).toEqual([w, (elided.test(w) && after) || lowerCamel.test(w)]);
      }
      expect([w, startsCapitalised(w)]).toEqual([w, capitalised.test(w)]);
    }
  });
});
