/**
 * The README's front-end snippets are the files in clients/, word for word, so what the README shows
 * is what test/integration/clients.test.ts runs against the server.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const SNIPPETS = readdirSync(path.join(ROOT, 'clients')).filter((file) => file.endsWith('.ts')).sort();

describe("the README's front-end snippets", () => {
  it('are the files of clients/', () => {
    // Assess: the list below is what the README section shows, in its order
    expect(SNIPPETS).toEqual(['apollo-client.ts', 'apollo-query.ts', 'fetch.ts', 'graphql-request.ts']);
  });

  it.each(SNIPPETS)('clients/%s appears in the README as a whole ts block', (file) => {
    // Prepare
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const source = readFileSync(path.join(ROOT, 'clients', file), 'utf8');

    // Act
    const shown = readme.includes('```ts\n' + source + '```\n');

    // Assess
    expect(shown).toBe(true);
  });
});
