import { describe, expect, it } from 'vitest';
import { mergeResults, type BenchResults, type SizeResult } from './results.ts';

const machine = { cpu: 'AMD EPYC', cpus: 2, memoryBytes: 24e9, os: 'Debian', node: 'v24' };
const size = (n: number, wallMs: number): SizeResult => ({
  n,
  runs: [{ site: 'claimlens', kind: 'cold', round: 1, wallMs, peakTreeRssBytes: 1, maxProcessRssBytes: null, pages: n, stages: [], badTimingLines: 0, log: '' }],
  articlePages: null,
  eagerJs: null,
  firstSearch: null,
});
const run = (date: string, commit: string, ...sizes: SizeResult[]): BenchResults => ({ date, machine, command: `bench ${sizes.map((s) => s.n).join(',')}`, commit, rounds: 1, sizes });

describe('mergeResults', () => {
  it('puts the sizes of several runs in one set, in order, and names each run and commit', () => {
    const merged = mergeResults([run('2026-11-25T00:00:00Z', 'bbb', size(20000, 9)), run('2026-11-24T00:00:00Z', 'aaa', size(4000, 2), size(1000, 1))]);
    expect(merged.sizes.map((s) => s.n)).toEqual([1000, 4000, 20000]);
    expect(merged.date).toBe('2026-11-25T00:00:00Z');
    expect(merged.command).toBe('bench 4000,1000` and `bench 20000');
    expect(merged.commit).toBe('aaa (4,000, 1,000), bbb (20,000)');
  });

  it('keeps the later measurement of a size measured twice, and one commit when all agree', () => {
    const merged = mergeResults([run('2026-11-25T00:00:00Z', 'aaa', size(1000, 7)), run('2026-11-24T00:00:00Z', 'aaa', size(1000, 1))]);
    expect(merged.sizes).toHaveLength(1);
    expect(merged.sizes[0]!.runs[0]!.wallMs).toBe(7);
    expect(merged.commit).toBe('aaa');
  });

  it('refuses runs from different machines or with different rounds', () => {
    const other = { ...run('2026-11-25T00:00:00Z', 'a', size(1000, 1)), machine: { ...machine, cpus: 8 } };
    expect(() => mergeResults([run('2026-11-24T00:00:00Z', 'a', size(4000, 1)), other])).toThrow(/different machines/);
    expect(() => mergeResults([run('2026-11-24T00:00:00Z', 'a', size(4000, 1)), { ...run('2026-11-25T00:00:00Z', 'a', size(1000, 1)), rounds: 3 }])).toThrow(/round counts/);
    expect(() => mergeResults([])).toThrow(/No results/);
  });
});
