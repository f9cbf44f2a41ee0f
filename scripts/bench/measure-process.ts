// Runs one command and measures it: wall time and the peak resident memory of its whole process tree (the build
// and everything it spawns, such as Pagefind's binary). Linux only: memory is sampled from /proc.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs';

export interface MeasureOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** stdout and stderr of the command go here (appended). */
  logFile: string;
  /** How often the process tree's memory is sampled. */
  intervalMs?: number;
}

export interface Measurement {
  /** Exit code; null when the process was killed by a signal. */
  code: number | null;
  signal: NodeJS.Signals | null;
  wallMs: number;
  /**
   * Largest sum of VmRSS over the process and all its descendants seen in any sample; never less than
   * `maxProcessRssBytes`, which catches a short peak between two samples.
   */
  peakTreeRssBytes: number;
  /** Largest RSS of any single process in the tree as the kernel counts it (from /usr/bin/time), when available. */
  maxProcessRssBytes: number | null;
  samples: number;
}

const TIME = '/usr/bin/time';

/** Parent pid of every live process, from /proc/<pid>/stat (the field after the command name in parentheses). */
function parentsByPid(): Map<number, number> {
  const parents = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(name), Number(fields[1]));
    } catch {
      // The process ended between listing and reading.
    }
  }
  return parents;
}

function rssBytes(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Sum of VmRSS over `root` and its descendants, leaving out `exclude` (a wrapper such as /usr/bin/time). */
export function treeRssBytes(root: number, exclude?: number): number {
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of parentsByPid()) {
    const list = children.get(ppid);
    if (list) list.push(pid);
    else children.set(ppid, [pid]);
  }
  let total = 0;
  const queue = [root];
  for (let i = 0; i < queue.length; i++) {
    const pid = queue[i]!;
    if (pid !== exclude) total += rssBytes(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Runs `command args…`, sampling the process tree's memory every `intervalMs` until it exits. */
export function measureProcess(command: string, args: string[], options: MeasureOptions): Promise<Measurement> {
  const useTime = existsSync(TIME);
  const timeFile = `${options.logFile}.maxrss`;
  rmSync(timeFile, { force: true });
  const [file, argv] = useTime ? [TIME, ['-o', timeFile, '-f', '%M', command, ...args]] : [command, args];
  const log = openSync(options.logFile, 'a');
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(file, argv, { cwd: options.cwd, env: options.env, stdio: ['ignore', log, log] });
    let peak = 0;
    let samples = 0;
    const sample = () => {
      if (child.pid === undefined) return;
      peak = Math.max(peak, treeRssBytes(child.pid, useTime ? child.pid : undefined));
      samples++;
    };
    const timer = setInterval(sample, options.intervalMs ?? 100);
    child.once('error', (error) => {
      clearInterval(timer);
      closeSync(log);
      reject(error);
    });
    child.once('exit', (code, signal) => {
      const wallMs = performance.now() - start;
      clearInterval(timer);
      closeSync(log);
      let maxProcessRssBytes: number | null = null;
      if (useTime && existsSync(timeFile)) {
        // GNU time writes "Command exited with non-zero status N" before the number when the command fails.
        const kb = Number(readFileSync(timeFile, 'utf8').trim().split('\n').at(-1));
        if (Number.isFinite(kb) && kb > 0) maxProcessRssBytes = kb * 1024;
        rmSync(timeFile, { force: true });
      }
      resolve({ code, signal, wallMs, peakTreeRssBytes: Math.max(peak, maxProcessRssBytes ?? 0), maxProcessRssBytes, samples });
    });
  });
}

/** The last `lines` lines of a log file, for reporting a failed build. */
export function tailOf(file: string, lines = 40): string {
  if (!existsSync(file)) return '(no log)';
  return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}
