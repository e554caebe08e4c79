/** What the figures were measured on. */
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { version as esbuildVersion } from 'esbuild';
import { EMULATOR_PACKAGE } from '../src/local/emulator';

export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGb: number;
  readonly os: string;
  readonly node: string;
  readonly java: string;
  readonly dynamodbLocal: string;
  readonly esbuild: string;
  /** 1-minute load average when the run started: other work on the machine inflates wall times. */
  readonly loadAverage: number;
}

export function describeMachine(): Machine {
  // `java -version` writes to stderr.
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' }).stderr?.split('\n')[0]?.trim() || 'unknown';
  return {
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    cores: os.cpus().length,
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    java,
    dynamodbLocal: `${EMULATOR_PACKAGE.name}@${EMULATOR_PACKAGE.version}`,
    esbuild: esbuildVersion,
    loadAverage: os.loadavg()[0]!,
  };
}
