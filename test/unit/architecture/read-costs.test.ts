/**
 * The house rule "cost grows with the result, not with the table", checked on the runtime code:
 * no Scan, and no FilterExpression (DynamoDB applies `Limit` before a filter, so a filtered page
 * reads on until it has enough matches). A list that needs a condition gets a key or index for it
 * (see the byStatus index in src/data/tables.ts). Comments may name them; code may not use them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const SRC = path.resolve(__dirname, '../../../src');

/** What a request path must never send, and why. */
const FORBIDDEN: ReadonlyArray<{ readonly word: string; readonly reason: string }> = [
  { word: 'ScanCommand', reason: 'a Scan reads the whole table' },
  { word: 'FilterExpression', reason: 'a filter is applied after Limit, so a page reads past itself; give the list a key instead' },
];

/** Identifiers and string literals of a TypeScript text (comments left out). */
function codeWords(text: string): string[] {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, /* skipTrivia */ true, ts.LanguageVariant.Standard, text);
  const words: string[] = [];
  for (let token = scanner.scan(); token !== ts.SyntaxKind.EndOfFileToken; token = scanner.scan()) {
    if (token === ts.SyntaxKind.Identifier || token === ts.SyntaxKind.StringLiteral || token === ts.SyntaxKind.NoSubstitutionTemplateLiteral) {
      words.push(scanner.getTokenValue());
    }
  }
  return words;
}

/** Each use of a forbidden word in the code of a file, as `file: word (reason)`. */
export function findCostlyReads(file: string, text: string): string[] {
  const words = new Set(codeWords(text));
  return FORBIDDEN.filter(({ word }) => words.has(word)).map(({ word, reason }) => `${file}: ${word} (${reason})`);
}

function typeScriptFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : typeScriptFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

describe('read costs of the runtime code', () => {
  it('sends no Scan and no FilterExpression anywhere in src/', () => {
    // Prepare
    const files = typeScriptFiles(SRC);
    // Act
    const found = files.flatMap((file) => findCostlyReads(path.relative(SRC, file), readFileSync(file, 'utf8')));
    // Assess
    expect(files.length).toBeGreaterThan(20);
    expect(found).toEqual([]);
  });

  it('finds a filter or a scan in code, and not in a comment', () => {
    // Prepare
    const filtered = `const input = { TableName, FilterExpression: '#s = :s' };`;
    const scanned = `import { ScanCommand } from '@aws-sdk/lib-dynamodb';`;
    const commented = `// no FilterExpression here, and no ScanCommand\nconst input = { TableName };`;
    // Act / Assess
    expect(findCostlyReads('a.ts', filtered)).toEqual(['a.ts: FilterExpression (a filter is applied after Limit, so a page reads past itself; give the list a key instead)']);
    expect(findCostlyReads('b.ts', scanned)).toEqual(['b.ts: ScanCommand (a Scan reads the whole table)']);
    expect(findCostlyReads('c.ts', commented)).toEqual([]);
  });
});
