/**
 * When a long-running local tool (`npm run db`, `npm start`) should shut down.
 */

/** A pending request to stop, and whether it has come yet. */
export interface StopRequest {
  /** Resolves with what asked: a signal name, or `parent exited`. */
  readonly requested: Promise<string>;
  /** True once {@link StopRequest.requested} has resolved. */
  isRequested(): boolean;
}

/** How to listen; the defaults are what the tools use. */
export interface StopRequestOptions {
  /**
   * Called when a stop signal comes again after this long, while the first one is still being
   * honoured: the user insists, so the caller should quit at once. @default exit with code 130
   */
  readonly onInsist?: (signal: NodeJS.Signals) => void;
  /** How often the parent is checked. @default 500 */
  readonly parentCheckMs?: number;
}

const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * A repeat of a stop signal this soon after the first is the same request delivered twice, not
 * the user insisting. Ctrl-C in a terminal reaches every process of the foreground group, and npm,
 * one of them, forwards the SIGINT it got to its child: `npm start` receives two at once.
 */
const SAME_REQUEST_MS = 1000;

/**
 * Listens for SIGINT (Ctrl-C), SIGTERM and SIGHUP, and for our parent process dying.
 *
 * The parent check matters because npm forwards SIGINT and SIGTERM to its child but not SIGHUP, and
 * nothing at all when it is killed with SIGKILL: then no signal reaches us, and we would run (and
 * keep DynamoDB Local running) with nobody left to press Ctrl-C. `npm start` runs `exec node …`,
 * so npm is our parent and its death is seen within `parentCheckMs`.
 *
 * A stop signal that comes again more than a second after the first calls `onInsist` (by default
 * exiting at once; the exit hooks of ./dynamodb-local.ts still kill Java).
 */
export function listenForStopRequest(options: StopRequestOptions = {}): StopRequest {
  const onInsist = options.onInsist ?? (() => process.exit(130));
  let reason: string | undefined;
  let requestedAt = 0;
  const requested = new Promise<string>((resolve) => {
    const request = (why: string): void => {
      if (reason === undefined) {
        reason = why;
        requestedAt = Date.now();
      }
      clearInterval(parentCheck);
      resolve(reason);
    };
    for (const signal of STOP_SIGNALS) {
      process.on(signal, () => {
        if (reason !== undefined && Date.now() - requestedAt > SAME_REQUEST_MS) onInsist(signal);
        else request(signal);
      });
    }
    const parent = process.ppid;
    const parentCheck = setInterval(() => {
      if (process.ppid !== parent) request('parent exited');
    }, options.parentCheckMs ?? 500).unref();
  });
  return { requested, isRequested: () => reason !== undefined };
}
