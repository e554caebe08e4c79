/**
 * When a local tool decides to stop. The signals are emitted on this process's own emitter, as
 * Node does when one arrives; `test/integration/local-engine.test.ts` sends real ones to `npm start`.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { listenForStopRequest } from '../../../src/local/stop-request';

describe('listenForStopRequest', () => {
  const before = new Map((['SIGINT', 'SIGTERM', 'SIGHUP'] as const).map((signal) => [signal, process.listeners(signal)]));
  afterEach(() => {
    // Leave the worker's own signal handling as it was.
    for (const [signal, listeners] of before) {
      for (const listener of process.listeners(signal)) if (!listeners.includes(listener)) process.off(signal, listener);
    }
  });

  it.each(['SIGINT', 'SIGTERM', 'SIGHUP'] as const)('resolves with %s when it arrives', async (signal) => {
    // Prepare
    const stop = listenForStopRequest({ onInsist: () => undefined });

    // Act
    process.emit(signal, signal);

    // Assess
    await expect(stop.requested).resolves.toBe(signal);
    expect(stop.isRequested()).toBe(true);
  });

  it('takes the same signal twice at once as one request (npm forwards the Ctrl-C the terminal sent too)', async () => {
    // Prepare
    const insisted: string[] = [];
    const stop = listenForStopRequest({ onInsist: (signal) => insisted.push(signal) });

    // Act
    process.emit('SIGINT', 'SIGINT');
    process.emit('SIGINT', 'SIGINT');

    // Assess
    await expect(stop.requested).resolves.toBe('SIGINT');
    expect(insisted).toEqual([]);
  });

  it('lets a signal that comes again after a second insist', async () => {
    // Prepare
    const insisted: string[] = [];
    const stop = listenForStopRequest({ onInsist: (signal) => insisted.push(signal) });
    process.emit('SIGTERM', 'SIGTERM');
    await stop.requested;

    // Act
    await sleep(1100);
    process.emit('SIGINT', 'SIGINT');

    // Assess
    expect(insisted).toEqual(['SIGINT']);
  });
});
