import { isCelestialBody } from '../../../seed/ingest/celestial-bodies';
import { POSITION_NOUNS, writtenAsSide } from '../../../seed/ingest/event-names';

/** clubSides' one pattern per name, as it ran before writtenAsSide. */
const escape = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
function sidePattern(name: string, town: boolean): RegExp {
  const n = escape(name);
  const score = String.raw`\s+\d{1,2}[-\u2013]\d{1,2}\b`;
  return new RegExp(String.raw`(?:\b${n}\s+(?:won|beat|beats|defeated|thrashed|edged)\b[^.;]{0,80}?,\s+(?:beating|defeating)\s+(?:\p{Lu}[\p{L}\-]*\s+){0,3}?\p{Lu}[\p{L}\-]*${score}|\b${n}\s+(?:beat|beats|defeated|thrashed|edged)\s+(?:\p{Lu}[\p{L}\-]*\s+){0,3}?\p{Lu}[\p{L}\-]*${score}|\b(?:beating|beat|defeated|defeating)\s+${n}${score}|\b${n}[’']s\s+(?:[\p{Ll}\-]+\s+)?${POSITION_NOUNS}\b${town ? String.raw`|\bagainst\s+${n}\b` : ''})`, 'u');
}

describe('writtenAsSide', () => {
  it('answers what the one pattern per name answered, name by name', () => {
    // Prepare
    const text = [
      'Orvel beat Tolva Rovers 2-1 on Sunday.',
      'Kell won the cup in May, beating Port Velma 2–0.',
      'After defeating  Vaal 10-2 they rested; the winner against Lima was cheered.',
      'Orvel’s goalkeeper and Orsk\'s long-serving head coach spoke.',
      'Zed defeated Ana Ruiz 1-0b. Anti-Orvel beat Xan 1-1. Velmar beats Nord-Velma 4-4.',
      'Tolvaria won, beating nobody. Against Orvane, the side lost.',
    ].join(' ');
    const names = ['Orvel', 'Tolva Rovers', 'Tolva', 'Rovers', 'Kell', 'Port Velma', 'Velma', 'Vaal', 'Lima', 'Orsk', 'Zed', 'Ana Ruiz', 'Ruiz', 'Xan', 'Velmar', 'Nord-Velma', 'Tolvaria', 'Orvane', 'Nord', 'Anti', 'a', ' ', '(Orvel)'];
    // Act
    const rows = names.flatMap((name) => [false, true].map((town) => [name, town, writtenAsSide(text, name, town), sidePattern(name, town).test(text)]));
    // Assess
    for (const [name, town, now, before] of rows) expect([name, town, now]).toEqual([name, town, before]);
    expect(rows.filter((r) => r[2]).length).toBeGreaterThan(8);
  });
});

describe('isCelestialBody (WordNet index read by binary search)', () => {
  it('finds planets and moons, and no ordinary or invented word', () => {
    // Act
    const answers = ['Jupiter', 'Mars', 'Neptune', 'Tolvara', 'Table', 'Aardvark', 'Zymosis', 'Ab', 'jupiter', 'JUPITER'].map(isCelestialBody);
    // Assess
    expect(answers).toEqual([true, true, true, false, false, false, false, false, false, false]);
  });
});
