/**
 * The extractor is built for articles it has never seen: no rule, list or string in seed/ingest
 * may name an entity of an article it is evaluated on. This reads every name and alias of every
 * answer key (the curated seed data and test/fixtures/answer-keys) and looks for each, as a whole
 * word and case-sensitively, in the pipeline's code: its strings, regular expressions, identifiers
 * and lists, as TypeScript compiles them with the comments removed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const ROOT = path.resolve(__dirname, '../../..');
const KEY_DIRS = ['seed/data', 'test/fixtures/answer-keys'];

/**
 * Aliases of evaluation entities that are also ordinary English words, which the extractor may
 * hold as words (never as names). Each says why; keep it to function words and numerals.
 */
const ORDINARY_WORDS = new Map([
  ['Three', 'a numeral: seed/ingest/cues.ts lists it among the sentence-initial function words (before key 121 named the company Three UK by it)'],
  ['Delta', 'a river delta: seed/ingest/cluster.ts lists it among the last words of natural features (River, Lake, Delta), before key 129 named Delta Air Lines by it'],
  ['Mac', 'the surname prefix of "MacLeod": seed/ingest/cluster.ts allows Mc/Mac before a surname, before key 129 named Apple’s Mac computers by it'],
  ['American', 'the adjective inside "Pan-American" and "Inter-American" in seed/ingest/name-types.ts’s continental words, before key 129 named American Airlines by it'],
  ['Congress', 'a generic head noun of legislatures and conferences ("National Congress", "World Congress") in seed/ingest/cues.ts’s type cues since the pipeline’s first commit, before key 138 named the US Congress by its alias “Congress”'],
  ['Abbey', 'a generic head noun of buildings in seed/ingest/cues.ts’s PROJECT cues, before key 144 named Westminster Abbey by its alias “Abbey”'],
  ['Journal', 'a generic head noun of newspapers ("The X Journal") in seed/ingest/cues.ts’s PUBLICATION cues, before key 148 named The Wall Street Journal by its alias “Journal”'],
  ['Council', 'a generic head noun of state bodies and organisations in seed/ingest/cues.ts and relate/structure.ts, before key 149 named the Council of the European Union by its alias “Council”'],
  ['Parliament', 'a generic head noun of legislatures in seed/ingest/cues.ts and relate/structure.ts, before key 149 named the European Parliament by its alias “Parliament”'],
  ['Senate', 'a generic head noun of legislatures in seed/ingest/cues.ts’s type cues (since the pipeline’s first commit) and relate/structure.ts’s "X of Y" bodies, before key 160 named the Brazilian Senate “Senate”'],
  ['Treasury', 'a generic head noun of finance ministries ("the Treasury") in seed/ingest/cues.ts’s GOVERNMENT_BODY cues and relate/structure.ts’s national bodies (since the pipeline’s first commit), before key 172 named Britain’s finance ministry “Treasury”'],
  ['Republic', 'the polity word of "Republic of X" in seed/ingest/gazetteer.ts and name-words.ts, before key 144 named the campaign group Republic'],
]);

interface KeyEntity {
  readonly name: string;
  readonly aliases?: readonly string[];
}

function evaluationNames(): string[] {
  const names = new Set<string>();
  for (const dir of KEY_DIRS) {
    for (const file of readdirSync(path.join(ROOT, dir)).filter((f) => f.endsWith('.json'))) {
      const key = JSON.parse(readFileSync(path.join(ROOT, dir, file), 'utf8')) as { entities: KeyEntity[] };
      for (const entity of key.entities) {
        for (const name of [entity.name, ...(entity.aliases ?? [])]) {
          // Proper names only: lower-case aliases ("war", "foreign ministry") are ordinary words.
          if (/\p{Lu}/u.test(name) && name.length >= 3 && !ORDINARY_WORDS.has(name)) names.add(name);
        }
      }
    }
  }
  return [...names];
}

/** The module as JavaScript without comments: what runs, so what a rule or list could name. */
function withoutComments(source: string): string {
  return ts.transpileModule(source, { compilerOptions: { removeComments: true, target: ts.ScriptTarget.ES2022 } }).outputText;
}

function pipelineSources(dir = path.join(ROOT, 'seed/ingest')): { file: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return pipelineSources(full);
    return entry.name.endsWith('.ts') ? [{ file: path.relative(ROOT, full), text: withoutComments(readFileSync(full, 'utf8')) }] : [];
  });
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wholeWord = (name: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(name)}(?![\\p{L}\\p{N}])`, 'u');

describe('the ingest pipeline', () => {
  const names = evaluationNames();
  const sources = pipelineSources();

  it('has names to look for and code to look in', () => {
    // Assess
    expect(names.length).toBeGreaterThan(100);
    expect(sources.length).toBeGreaterThan(5);
  });

  it('names no entity of an evaluation article in its code', () => {
    // Act
    const found = sources.flatMap(({ file, text }) => names.filter((name) => wholeWord(name).test(text)).map((name) => `${file}: ${name}`));

    // Assess
    expect(found).toEqual([]);
  });

  it('exempts only ordinary words that some answer key still uses as a name', () => {
    // Prepare
    const aliases = new Set(
      KEY_DIRS.flatMap((dir) =>
        readdirSync(path.join(ROOT, dir))
          .filter((f) => f.endsWith('.json'))
          .flatMap((file) => (JSON.parse(readFileSync(path.join(ROOT, dir, file), 'utf8')) as { entities: KeyEntity[] }).entities.flatMap((e) => [e.name, ...(e.aliases ?? [])])),
      ),
    );

    // Assess
    expect([...ORDINARY_WORDS.keys()].filter((word) => !aliases.has(word))).toEqual([]);
    expect([...ORDINARY_WORDS.keys()].every((word) => !word.includes(' '))).toBe(true);
  });

  it('would see a name if one were written into it', () => {
    // Prepare
    const name = names[0]!;

    // Assess
    expect(wholeWord(name).test(`const cue = '${name}';`)).toBe(true);
    expect(wholeWord(name).test(`const cue = 'x${name}x';`)).toBe(false);
  });
});
