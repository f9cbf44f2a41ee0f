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
