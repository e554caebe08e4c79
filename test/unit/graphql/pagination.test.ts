import { InvalidArgumentError } from '../../../src/errors';
import { DEFAULT_PAGE_SIZE, pageRequest, pageSize, toConnection, withNodes } from '../../../src/graphql/pagination';

describe('pageSize', () => {
  it('defaults to 20 when first is null or left out', () => {
    // Act
    const sizes = [pageSize(null), pageSize(undefined)];

    // Assess
    expect(DEFAULT_PAGE_SIZE).toBe(20);
    expect(sizes).toEqual([20, 20]);
  });

  it('accepts 1 to 100', () => {
    // Act / Assess
    expect(pageSize(1)).toBe(1);
    expect(pageSize(100)).toBe(100);
  });

  it.each([0, -1, 101])('rejects %p, naming the argument and the range', (first) => {
    // Act
    const act = () => pageSize(first);

    // Assess
    expect(act).toThrow(InvalidArgumentError);
    expect(act).toThrow('Argument "first" must be between 1 and 100');
    try {
      act();
    } catch (error) {
      expect((error as InvalidArgumentError).argument).toBe('first');
    }
  });
});

describe('pageRequest', () => {
  it('passes the cursor through unchecked and null when there is none', () => {
    // Act / Assess
    expect(pageRequest({ first: 5, after: 'opaque' })).toEqual({ first: 5, after: 'opaque' });
    expect(pageRequest({})).toEqual({ first: 20, after: null });
  });
});

describe('toConnection', () => {
  it('builds edges and forward page info from a page', () => {
    // Prepare
    const page = { items: [{ node: 'a', cursor: 'c1' }, { node: 'b', cursor: 'c2' }], hasNextPage: true };

    // Act
    const connection = toConnection(page);

    // Assess
    expect(connection).toEqual({
      edges: [{ cursor: 'c1', node: 'a' }, { cursor: 'c2', node: 'b' }],
      pageInfo: { hasNextPage: true, hasPreviousPage: false, startCursor: 'c1', endCursor: 'c2' },
    });
  });

  it('has null cursors for an empty page', () => {
    // Act
    const connection = toConnection({ items: [], hasNextPage: false });

    // Assess
    expect(connection.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null });
  });
});

describe('withNodes', () => {
  it('replaces nodes in order and keeps the cursors', () => {
    // Act
    const page = withNodes({ items: [{ node: 'id-1', cursor: 'c1' }], hasNextPage: false }, [{ id: 'id-1', title: 'T' }]);

    // Assess
    expect(page).toEqual({ items: [{ node: { id: 'id-1', title: 'T' }, cursor: 'c1' }], hasNextPage: false });
  });
});
