/**
 * The processes a test started, seen the way an operator sees them: through `ps`.
 */
import { execFileSync } from 'node:child_process';

export interface ProcessInfo {
  readonly pid: number;
  readonly ppid: number;
  readonly pgid: number;
  /** The command line. */
  readonly args: string;
}

/** Every running process on the machine, from `ps` (zombies, which have ended, left out). */
export function listProcesses(): ProcessInfo[] {
  const out = execFileSync('ps', ['-e', '-o', 'pid=,ppid=,pgid=,stat=,args='], { encoding: 'utf8' });
  return out
    .split('\n')
    .map((line) => /^\s*(\d+)\s+(\d+)\s+(\d+)\s+(\S+)\s+(.*)$/.exec(line))
    .filter((match): match is RegExpExecArray => match !== null && !match[4]!.startsWith('Z'))
    .map(([, pid, ppid, pgid, , args]) => ({ pid: Number(pid), ppid: Number(ppid), pgid: Number(pgid), args: args! }));
}

/** `root` and every process below it, parents first. */
export function processTree(root: number, all: readonly ProcessInfo[] = listProcesses()): ProcessInfo[] {
  const tree = all.filter((p) => p.pid === root);
  for (let i = 0; i < tree.length; i++) tree.push(...all.filter((p) => p.ppid === tree[i]!.pid));
  return tree;
}

/** Those of `pids` still running, or in the process group `pgid`, whoever their parent is now. */
export function survivors(pids: readonly number[], pgid: number): ProcessInfo[] {
  return listProcesses().filter((p) => pids.includes(p.pid) || p.pgid === pgid);
}
