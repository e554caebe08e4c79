/**
 * The per-request time budget. Every repository call a request makes is raced against one
 * deadline: once the budget is spent, pending and new calls fail with ServiceUnavailableError
 * (SERVICE_UNAVAILABLE, HTTP 503) and the request answers at once, however many sequential
 * waves of reads it still had to go.
 *
 * The SDK's own limits (`requestTimeout` per attempt, `maxAttempts` per call) bound one call; the
 * budget bounds the request. A call abandoned here is not aborted: it ends within those SDK
 * limits, and nothing waits for it.
 */
import { setMaxListeners } from 'node:events';
import type { Repositories } from '../data/repositories';
import { ServiceUnavailableError } from '../errors';

export class RequestDeadline {
  private readonly signal: AbortSignal;

  /** Starts the clock: the budget runs from now. */
  constructor(readonly budgetMs: number) {
    // An unreferenced timer: it never keeps a process (or a test run) alive.
    this.signal = AbortSignal.timeout(Math.max(0, budgetMs));
    // One listener per call in flight: a wave of 28 parallel Queries is normal, not a leak.
    setMaxListeners(0, this.signal);
  }

  get expired(): boolean {
    return this.signal.aborted;
  }

  /**
   * Runs `work` if the budget is not spent, and settles as it does unless the budget runs out
   * first.
   * @throws ServiceUnavailableError when the budget is spent before `work` starts or settles.
   */
  run<T>(work: () => Promise<T>): Promise<T> {
    if (this.signal.aborted) return Promise.reject(this.expiredError());
    return new Promise<T>((resolve, reject) => {
      const onExpired = (): void => reject(this.expiredError());
      this.signal.addEventListener('abort', onExpired, { once: true });
      work()
        .then(resolve, reject)
        .finally(() => this.signal.removeEventListener('abort', onExpired));
    });
  }

  private expiredError(): ServiceUnavailableError {
    return new ServiceUnavailableError(`The request's time budget of ${this.budgetMs} ms ran out`);
  }
}

/**
 * The same repositories, every method call run through `deadline` (see {@link RequestDeadline.run}).
 * Wrapping by method name keeps this in step with the interfaces as they grow.
 */
export function withDeadline(repositories: Repositories, deadline: RequestDeadline): Repositories {
  return {
    articles: bounded(repositories.articles, deadline),
    entities: bounded(repositories.entities, deadline),
    relationships: bounded(repositories.relationships, deadline),
  };
}

function bounded<T extends object>(reader: T, deadline: RequestDeadline): T {
  return new Proxy(reader, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => deadline.run(() => Promise.resolve(value.apply(target, args)));
    },
  });
}
