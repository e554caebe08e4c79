import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RELATIONSHIP_TYPES } from '../../../seed/ingest/vocabulary';

describe('the extractor’s relationship vocabulary', () => {
  it('is exactly the README table, so a new type is documented where it is added', () => {
    // Prepare
    const readme = readFileSync(join(__dirname, '../../../README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('### Relationship vocabulary'), readme.indexOf('## Configuration'));
    // Act
    const documented = [...section.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((m) => m[1]);
    // Assess
    expect([...RELATIONSHIP_TYPES].sort()).toEqual(documented.sort());
  });
});
