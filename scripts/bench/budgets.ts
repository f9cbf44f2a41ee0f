// The performance budgets of issue #8, checked against the benchmark's results. A budget tied to a size that was
// not run is reported as not measured rather than passed.
import { formatBytes, formatCount, formatMs, formatRatio } from './format.ts';
import type { BenchResults, SizeResult } from './results.ts';
import { growth, ratio, summarize } from './results.ts';

export interface BudgetCheck {
  budget: string;
  measured: string;
  /** null: not measured in this run. */
  ok: boolean | null;
}

const KB = 1024;
const GIB = 1024 ** 3;

function at(results: BenchResults, n: number): SizeResult | undefined {
  return results.sizes.find((s) => s.n === n);
}

/** One value per size, all within `limit`; `measure` returns null where the size has no such value. */
function everySize(results: BenchResults, budget: string, measure: (size: SizeResult) => number | null, limit: number, show: (value: number) => string): BudgetCheck {
  const values = results.sizes.flatMap((size) => {
    const value = measure(size);
    return value === null ? [] : [{ n: size.n, value }];
  });
  if (values.length === 0) return { budget, measured: 'not measured', ok: null };
  return {
    budget,
    measured: values.map((v) => `${show(v.value)} at ${formatCount(v.n)}`).join(', '),
    ok: values.every((v) => v.value <= limit),
  };
}

function atSize(results: BenchResults, n: number, budget: string, measure: (size: SizeResult) => number | null, limit: number, show: (value: number) => string): BudgetCheck {
  const size = at(results, n);
  const value = size ? measure(size) : null;
  if (value === null) return { budget, measured: `not measured (needs ${formatCount(n)} articles)`, ok: null };
  return { budget, measured: show(value), ok: value <= limit };
}

export function checkBudgets(results: BenchResults): BudgetCheck[] {
  const coldRatio = (size: SizeResult) => ratio(size, 'cold');
  const ratioShow = (v: number) => formatRatio(v);
  const from1k = at(results, 1000);
  const to4k = at(results, 4000);
  const growth1k4k = from1k && to4k ? growth(from1k, to4k, 'claimlens') : null;
  return [
    atSize(results, 1000, 'cold build ≤ 1.5× bare at 1,000 articles', coldRatio, 1.5, ratioShow),
    atSize(results, 4000, 'cold build ≤ 1.5× bare at 4,000 articles', coldRatio, 1.5, ratioShow),
    growth1k4k === null
      ? { budget: 'cold build growth 1,000 → 4,000 articles ≤ ×4.4', measured: 'not measured (needs 1,000 and 4,000)', ok: null }
      : { budget: 'cold build growth 1,000 → 4,000 articles ≤ ×4.4', measured: formatRatio(growth1k4k), ok: growth1k4k <= 4.4 },
    everySize(results, 'warm build ≤ 1.2× bare warm', (size) => ratio(size, 'warm'), 1.2, ratioShow),
    everySize(results, 'one article changed ≤ 1.3× bare', (size) => ratio(size, 'changed'), 1.3, ratioShow),
    atSize(results, 20000, 'cold build of 20,000 articles ≤ 180 s', (size) => summarize(size, 'claimlens', 'cold')?.wallMs ?? null, 180_000, formatMs),
    atSize(
      results,
      20000,
      'peak memory at 20,000 articles ≤ 8 GiB',
      (size) => {
        const runs = size.runs.filter((r) => r.site === 'claimlens');
        return runs.length > 0 ? Math.max(...runs.map((r) => r.peakTreeRssBytes)) : null;
      },
      8 * GIB,
      formatBytes,
    ),
    everySize(results, 'article page HTML ≤ 40 KB (largest)', (size) => size.articlePages?.maxBytes ?? null, 40 * KB, formatBytes),
    everySize(results, 'eager JavaScript on any page ≤ 15 KB', (size) => size.eagerJs?.maxBytes ?? null, 15 * KB, formatBytes),
    atSize(results, 4000, 'first search ≤ 250 KB at 4,000 articles', (size) => (size.firstSearch && 'kb' in size.firstSearch ? size.firstSearch.kb * KB : null), 250 * KB, formatBytes),
  ];
}
