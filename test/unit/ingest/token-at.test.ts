import { tokenAt } from '../../../seed/ingest/token-at';

describe('tokenAt', () => {
  it('reads what the array read gives at every index, negative ones included', () => {
    // Prepare
    const tokens = [{ text: 'The' }, { text: 'agency' }, { text: 'said' }];
    const indices = [-3, -2, -1, 0, 1, 2, 3, 4, Number.NaN];
    // Act
    const read = indices.map((k) => tokenAt(tokens, k));
    // Assess
    expect(read).toEqual(indices.map((k) => tokens[k]));
    expect(read.map((t) => t?.text)).toEqual([undefined, undefined, undefined, 'The', 'agency', 'said', undefined, undefined, undefined]);
  });
});
