/**
 * The data version as one container sees it: read with one read by key, then trusted for a refresh
 * interval (5 s by default), so it costs at most one read per container per interval
 * however many requests arrive; concurrent requests share the read in flight.
 *
 * How stale can an answer be? A seed's new version reaches a container at most one interval
 * after it is written, and a cache that stored the answer before keeps it for its `max-age`: at
 * most interval + max-age (65 s by default) after the seed, and only for data that changes when
 * a seed runs, i.e. rarely and never in response to a user.
 */
export interface DataVersionCacheOptions {
  /** One read of the stored version (`DataVersionRepository.getDataVersion`); `null` when none was written. */
  readonly read: () => Promise<string | null>;
  /** How long a value read is trusted. */
  readonly refreshMs: number;
  /** @default Date.now */
  readonly now?: () => number;
  /** Told about a failed read; the answers of the next interval are then not cacheable. */
  readonly onError?: (error: unknown) => void;
}

/** The version of tables no seed has versioned yet: their tags stay valid until a seed writes one. */
export const UNVERSIONED = 'unversioned';

export class DataVersionCache {
  private value: string | undefined;
  private readAt = Number.NEGATIVE_INFINITY;
  private inFlight: Promise<string | undefined> | undefined;
  private readonly now: () => number;

  constructor(private readonly options: DataVersionCacheOptions) {
    this.now = options.now ?? Date.now;
  }

  /**
   * The current version, or undefined when the last read failed (then nothing is cacheable until
   * the next read, one interval later: a failing DynamoDB is not asked once per request). Never rejects.
   */
  current(): Promise<string | undefined> {
    if (this.now() - this.readAt < this.options.refreshMs) return Promise.resolve(this.value);
    this.inFlight ??= this.options.read().then(
      (version) => this.settle(version ?? UNVERSIONED),
      (error: unknown) => {
        this.options.onError?.(error);
        return this.settle(undefined);
      },
    );
    return this.inFlight;
  }

  private settle(value: string | undefined): string | undefined {
    this.value = value;
    this.readAt = this.now();
    this.inFlight = undefined;
    return value;
  }
}
