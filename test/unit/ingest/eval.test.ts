import { join } from 'node:path';
import { defaultSources, runEval, type EvalReport } from '../../../seed/ingest/eval';

/**
 * Floors on the extraction quality over the answer keys (seed/data/000 and test/fixtures/answer-keys).
 * The figures are deterministic: a change that lowers one fails here. Raise a floor when quality
 * improves; never lower one to make a change pass. The targets of the issue are in eval.ts (TARGETS).
 */
const FLOORS = {
  // Round 15 added eight keys written blind (187–194); the mean is over 95 keys now. Before the
  // round's rules (main 3540713 with the eight keys): 0.945 / 0.961 / 0.934 / 0.685 / 0.906 / 0.655;
  // after them, the floors below.
  entityF1: 0.945,
  typeAccuracy: 0.962,
  pairPrecision: 0.939,
  pairRecall: 0.706,
  typedPrecision: 0.912,
  typedRecall: 0.676,
};

/** Floors on the mean of each held-out group alone (test/fixtures/held-out.json). */
const HELD_OUT_FLOORS = {
  // Measured blind before round 15's rules (main 3540713 with the eight articles merged in); the
  // round's rules left every figure as it was.
  'held-out 187–194': { entityF1: 0.891, typeAccuracy: 0.88, pairPrecision: 0.823, pairRecall: 0.319 },
};

/**
 * Keys whose linking falls short, with the reason; every other key links every known entity it
 * names under its existing id (key 102's "the Moon’s south pole" links to key 127's "Lunar south
 * pole" through WordNet's pertainyms since round 8, seed/ingest/pertainyms.ts).
 * - 160 (17 of 18): key 164, written in round 12, holds the 2022 Brazilian presidential election
 *   under the names "2022 Brazilian presidential election" and "election"; key 160 names the same
 *   vote only as "Brazil’s presidential run-off". No shared name or alias, so the extractor proposes
 *   a new event; telling that a run-off is the second round of a known election needs knowledge the
 *   text does not hold. (Key 107's "earthquake" links to key 171's "2023 Turkey–Syria earthquake"
 *   since round 13, seed/ingest/event-links.ts, because 107 writes the year and both countries; 160
 *   never writes 2022, and a run-off is not an election by name.)
 * - 182 (12 of 13): "China's Ministry of Foreign Affairs" for the known "Chinese Ministry of
 *   Foreign Affairs": the possessive is cut from the name and the bare "Ministry of Foreign Affairs"
 *   is no alias of the known body, so a new ministry is proposed (read in round 15; attaching the
 *   possessive country to a generic ministry is left undone).
 * - 186 (15 of 17): "Washington state" for the known "State of Washington" (key 191, added in
 *   round 15, lists no word-swapped alias) and "its A350 jet" for the known "Airbus A350" (whose
 *   aliases do not hold the bare model); both are proposed as new (read in round 15).
 * - 194 (4 of 5): a key written blind in round 15 and held out; its shortfall is left unread this
 *   round, so that no change is made for it.
 */
const LINKING_SHORTFALLS: Record<string, number> = {
  '160_e3196a83b9f85f6c.json': 17 / 18,
  '182_3637d4f97c990bd8.json': 12 / 13,
  '186_f424c00186a058ac.json': 15 / 17,
  '194_4d735507904c0d10.json': 4 / 5,
};

describe('npm run eval: extraction quality over the answer keys', () => {
  let report: EvalReport;
  beforeAll(async () => {
    report = await runEval(await defaultSources(join(__dirname, '../../..')));
  });

  it('evaluates the curated first article and at least four fixtures, each against the other keys only', () => {
    // Assess
    expect(report.keys.map((k) => k.key)).toEqual(expect.arrayContaining(['000_ed35ebebeaaf3e62.json']));
    expect(report.keys.length).toBeGreaterThanOrEqual(5);
  });

  it('reports the held-out keys as groups of their own beside the development keys', () => {
    // Assess
    expect(report.groups.map((g) => [g.name, g.keys.length])).toEqual([
      ['development', 6],
      ['106–109, development since round 4', 4],
      ['110–113, development since round 5', 4],
      ['114–117, development since round 6', 4],
      ['118–121, development since round 7', 4],
      ['122–125, development since round 7', 4],
      ['126–129, development since round 8', 4],
      ['130–133, development since round 8', 4],
      ['134–137, development since round 9', 4],
      ['138–141, development since round 9', 4],
      ['142–145, development since round 10', 4],
      ['146–149, development since round 10', 4],
      ['150–153, development since round 11', 4],
      ['154–157, development since round 11', 4],
      ['158–162, development since round 12', 5],
      ['163–170, development since round 13', 8],
      ['171–178, development since round 14', 8],
      ['179–186, development since round 15', 8],
      ['held-out 187–194', 8],
    ]);
    for (const g of report.groups) expect(g.mean.verbatimRate).toBe(1);
  });

  it('keeps every quality figure at or above its floor', () => {
    // Assess
    const m = report.mean;
    const below = Object.entries(FLOORS).filter(([name, floor]) => m[name as keyof typeof FLOORS] < floor).map(([name, floor]) => `${name} ${m[name as keyof typeof FLOORS]} < ${floor}`);
    expect(below).toEqual([]);
  });

  it.each(Object.entries(HELD_OUT_FLOORS))('keeps %s (never used to change the extractor) at or above its own floors', (group, floors) => {
    // Assess: the figures that say how an unseen article fares; a change that lowers them fails
    // here even when the development keys carry the overall mean.
    const heldOut = report.groups.find((g) => g.name === group)!.mean;
    const below = Object.entries(floors).filter(([name, floor]) => heldOut[name as keyof typeof floors] < floor).map(([name, floor]) => `${name} ${heldOut[name as keyof typeof floors]} < ${floor}`);
    expect(below).toEqual([]);
  });

  it('quotes all evidence verbatim, invents nothing and keeps every linked entity’s id (short only where LINKING_SHORTFALLS says why)', () => {
    // Assess
    expect(report.mean.verbatimRate).toBe(1);
    expect(report.mean.invented).toBe(0);
    expect(report.keys.map((k) => [k.key, k.linkingAccuracy ?? 1])).toEqual(report.keys.map((k) => [k.key, LINKING_SHORTFALLS[k.key] ?? 1]));
  });
});
