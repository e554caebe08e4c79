import { createHash as apolloCreateHash } from '@apollo/utils.createhash';
import { createHash } from '../../../src/lambda/node-create-hash';

describe('createHash (the bundle\'s stand-in for @apollo/utils.createhash)', () => {
  it('gives the same SHA-256 hex digest as the package it replaces', () => {
    // Prepare
    const query = '{ article(id: "article:ed35ebebeaaf3e62") { title } }';

    // Act
    const digest = createHash('sha256').update(query).digest('hex');

    // Assess
    expect(digest).toBe(apolloCreateHash('sha256').update(query).digest('hex'));
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
  });
});
