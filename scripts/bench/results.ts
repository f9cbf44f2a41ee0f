// The shape of the benchmark's raw results (written to /tmp/claimlens-bench/results.json) and the summaries the
// report draws from them: medians over rounds, ratios to the bare baseline, growth between sizes.
import type { FirstSearch } from './first-search.ts';
import type { EagerJs, HtmlSizes } from './site-stats.ts';
import type { StageMs } from './stage-timings.ts';

/** `claimlens`: the project's full build; `bare`: scripts/bench/bare-site on the same articles. */
export type SiteName = 'claimlens' | 'bare';
/** cold: no caches; warm: rebuilt at once with nothing changed; changed: one article edited, then rebuilt. */
export type BuildKind = 'cold' | 'warm' | 'changed';

export const SITES: readonly SiteName[] = ['claimlens', 'bare'];
export const KINDS: readonly BuildKind[] = ['cold', 'warm', 'changed'];

export interface BuildRun {
  site: SiteName;
  kind: BuildKind;
  round: number;
  wallMs: number;
  peakTreeRssBytes: number;
  maxProcessRssBytes: number | null;
  /** `.html` files under the output folder after the build. */
  pages: number;
  /** Our pipeline's stages (claimlens only; empty when the build logged none). */
  stages: StageMs[];
  badTimingLines: number;
  log: string;
}

export interface SizeResult {
  n: number;
  runs: BuildRun[];
  /** From the claimlens cold build of the first round. */
  articlePages: HtmlSizes | null;
  eagerJs: EagerJs | null;
  /** null when not measured at this size. */
  firstSearch: FirstSearch | null;
}

export interface Machine {
  cpu: string;
  cpus: number;
  memoryBytes: number;
  os: string;
  node: string;
}

export interface BenchResults {
  date: string;
  machine: Machine;
  command: string;
  /** The commit measured (`abc1234`, `+changes` when the tree differed); merged runs list each with its sizes. */
  commit?: string;
  rounds: number;
  sizes: SizeResult[];
}

export interface Summary {
  wallMs: number;
  peakRssBytes: number;
  pages: number;
  stages: StageMs[];
}

export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Median wall time and stages over the rounds, largest peak memory, pages of the last round. */
export function summarize(size: SizeResult, site: SiteName, kind: BuildKind): Summary | null {
  const runs = size.runs.filter((r) => r.site === site && r.kind === kind);
  if (runs.length === 0) return null;
  const names = [...new Set(runs.flatMap((r) => r.stages.map((s) => s.stage)))];
  return {
    wallMs: median(runs.map((r) => r.wallMs)),
    peakRssBytes: Math.max(...runs.map((r) => r.peakTreeRssBytes)),
    pages: runs.at(-1)!.pages,
    stages: names.map((stage) => ({ stage, ms: median(runs.flatMap((r) => r.stages.filter((s) => s.stage === stage).map((s) => s.ms))) })),
  };
}

/** claimlens ÷ bare wall time for one kind of build at one size. */
export function ratio(size: SizeResult, kind: BuildKind): number | null {
  const ours = summarize(size, 'claimlens', kind);
  const bare = summarize(size, 'bare', kind);
  return ours && bare && bare.wallMs > 0 ? ours.wallMs / bare.wallMs : null;
}

/** Cold wall time at `to` ÷ at `from` for one site. */
export function growth(from: SizeResult, to: SizeResult, site: SiteName): number | null {
  const a = summarize(from, site, 'cold');
  const b = summarize(to, site, 'cold');
  return a && b && a.wallMs > 0 ? b.wallMs / a.wallMs : null;
}

/**
 * One set of results from several runs of the bench on the same machine (e.g. 1,000 and 4,000 articles in one run,
 * 20,000 in another, as that size alone takes ten minutes). A size measured twice keeps the later run.
 */
export function mergeResults(runs: readonly BenchResults[]): BenchResults {
  if (runs.length === 0) throw new Error('No results to merge');
  const byDate = [...runs].sort((a, b) => a.date.localeCompare(b.date));
  const first = byDate[0]!;
  for (const other of byDate) {
    if (other.machine.cpu !== first.machine.cpu || other.machine.cpus !== first.machine.cpus || other.machine.memoryBytes !== first.machine.memoryBytes) {
      throw new Error(`Results from different machines cannot be merged: ${first.machine.cpus} × ${first.machine.cpu} and ${other.machine.cpus} × ${other.machine.cpu}`);
    }
    if (other.rounds !== first.rounds) throw new Error(`Results with different round counts cannot be merged: ${first.rounds} and ${other.rounds}`);
  }
  const sizes = new Map<number, SizeResult>();
  const commitOf = new Map<number, string>();
  for (const run of byDate) {
    for (const size of run.sizes) {
      sizes.set(size.n, size);
      commitOf.set(size.n, run.commit ?? 'unknown');
    }
  }
  const commits = [...new Set(commitOf.values())];
  const commit = commits.length === 1 ? commits[0]! : commits.map((c) => `${c} (${[...commitOf].filter(([, k]) => k === c).map(([n]) => n.toLocaleString('en-US')).join(', ')})`).join(', ');
  return {
    date: byDate.at(-1)!.date,
    machine: byDate.at(-1)!.machine,
    command: byDate.map((r) => r.command).join('` and `'),
    commit,
    rounds: first.rounds,
    sizes: [...sizes.values()].sort((a, b) => a.n - b.n),
  };
}
