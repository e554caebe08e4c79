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

/**
 * Listens for SIGINT (Ctrl-C), SIGTERM and SIGHUP, and for our parent process dying.
 *
 * The parent check matters because `npm run` and `tsx` each wrap us in a process of their own:
 * if that wrapper is killed with SIGKILL, no signal reaches us and nobody is left to press Ctrl-C,
 * so we would run (and keep DynamoDB Local running) indefinitely.
 *
 * Each signal is listened to once: a second Ctrl-C meets the default handling and force-quits.
 */
export function listenForStopRequest(): StopRequest {
  let reason: string | undefined;
  const requested = new Promise<string>((resolve) => {
    const request = (why: string): void => {
      reason ??= why;
      clearInterval(parentCheck);
      resolve(reason);
    };
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, () => request(signal));
    const parent = process.ppid;
    const parentCheck = setInterval(() => {
      if (process.ppid !== parent) request('parent exited');
    }, 500).unref();
  });
  return { requested, isRequested: () => reason !== undefined };
}
