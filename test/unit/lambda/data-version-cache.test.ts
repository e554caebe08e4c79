import { DataVersionCache, UNVERSIONED } from '../../../src/lambda/data-version-cache';

/** A read that counts its calls and answers what the test says, when the test says. */
function controlledRead() {
  const pending: Array<{ resolve: (v: string | null) => void; reject: (e: unknown) => void }> = [];
  const read = jest.fn(() => new Promise<string | null>((resolve, reject) => pending.push({ resolve, reject })));
  return { read, answer: (v: string | null) => pending.shift()!.resolve(v), fail: (e: unknown) => pending.shift()!.reject(e) };
}

describe('DataVersionCache', () => {
  let clock: number;
  const now = () => clock;
  beforeEach(() => {
    clock = 0;
  });

  it('shares one read among concurrent callers and trusts its value for the refresh interval', async () => {
    // Prepare
    const { read, answer } = controlledRead();
    const cache = new DataVersionCache({ read, refreshMs: 5000, now });

    // Act
    const concurrent = [cache.current(), cache.current(), cache.current()];
    answer('v1');
    const values = await Promise.all(concurrent);
    clock = 4999;
    const later = await cache.current();

    // Assess
    expect(values).toEqual(['v1', 'v1', 'v1']);
    expect(later).toBe('v1');
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('reads again once the interval has passed', async () => {
    // Prepare
    const { read, answer } = controlledRead();
    const cache = new DataVersionCache({ read, refreshMs: 5000, now });
    const first = cache.current();
    answer('v1');
    await first;

    // Act
    clock = 5000;
    const second = cache.current();
    answer('v2');

    // Assess
    expect(await second).toBe('v2');
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('calls tables no seed has versioned "unversioned"', async () => {
    // Prepare
    const { read, answer } = controlledRead();
    const cache = new DataVersionCache({ read, refreshMs: 5000, now });

    // Act
    const value = cache.current();
    answer(null);

    // Assess
    expect(await value).toBe(UNVERSIONED);
  });

  it('after a failed read answers undefined for one interval, reports the error once, then reads again', async () => {
    // Prepare
    const { read, fail, answer } = controlledRead();
    const onError = jest.fn();
    const cache = new DataVersionCache({ read, refreshMs: 5000, now, onError });
    const error = new Error('unavailable');

    // Act
    const failed = cache.current();
    fail(error);
    const afterFailure = await failed;
    clock = 100;
    const withinInterval = await cache.current();
    clock = 5000;
    const retried = cache.current();
    answer('v3');

    // Assess
    expect(afterFailure).toBeUndefined();
    expect(withinInterval).toBeUndefined();
    expect(await retried).toBe('v3');
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError).toHaveBeenCalledWith(error);
    expect(read).toHaveBeenCalledTimes(2);
  });
});
