/**
 * What the real-client tests (clients.test.ts, clients-apollo3.test.ts) share: the server's own
 * answer to compare a client's with, Apollo's `__typename` fields taken out, and a console capture
 * that turns any line a client prints during a test into a failure.
 */
import { format } from 'node:util';

const CONSOLE_LEVELS = ['debug', 'log', 'info', 'warn', 'error'] as const;

/** The server's own answer to `query` at `url`, by a plain JSON POST. */
export async function rawAnswer(url: string, query: string, variables?: Record<string, unknown>): Promise<{ status: number; body: any }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return { status: response.status, body: await response.json() };
}

/** `value` without the `__typename` fields Apollo adds to every selection. */
export function withoutTypenames(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutTypenames);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => key !== '__typename').map(([key, v]) => [key, withoutTypenames(v)]));
}

/**
 * Captures every console level until `jest.restoreAllMocks()`; returns the lines printed, as
 * `console.<level>: <message>`, so a test can assert that there were none.
 */
export function captureConsole(): string[] {
  const output: string[] = [];
  for (const level of CONSOLE_LEVELS) {
    jest.spyOn(console, level).mockImplementation((...args: unknown[]) => void output.push(`console.${level}: ${format(...args)}`));
  }
  return output;
}
