// The benchmark's results as Markdown: build times against the bare baseline, growth, our stages, reader-side
// sizes and the budgets. The same text is printed and written into docs/performance.md.
import { checkBudgets } from './budgets.ts';
import { formatBytes, formatCount, formatMs, formatRatio } from './format.ts';
import type { BenchResults, BuildKind, SizeResult } from './results.ts';
import { growth, KINDS, ratio, SITES, summarize } from './results.ts';

function table(head: string[], rows: string[][]): string {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

const SITE_LABEL = { claimlens: 'claimlens (full build)', bare: 'bare Astro + Pagefind' } as const;

function buildTable(results: BenchResults): string {
  const rows = results.sizes.flatMap((size) =>
    SITES.map((site) => {
      const by = (kind: BuildKind) => summarize(size, site, kind);
      const peak = Math.max(...KINDS.map((kind) => by(kind)?.peakRssBytes ?? 0));
      return [formatCount(size.n), SITE_LABEL[site], formatCount(by('cold')?.pages ?? 0), ...KINDS.map((kind) => formatMs(by(kind)?.wallMs ?? Number.NaN)), formatBytes(peak)];
    }),
  );
  return table(['articles', 'site', 'pages', 'cold', 'warm', 'one changed', 'peak memory'], rows);
}

function ratioTable(results: BenchResults): string {
  return table(
    ['articles', 'cold', 'warm', 'one changed'],
    results.sizes.map((size) => [formatCount(size.n), ...KINDS.map((kind) => formatRatio(ratio(size, kind)))]),
  );
}

function growthTable(results: BenchResults): string {
  const steps = results.sizes.slice(1).map((to, i) => [results.sizes[i]!, to] as const);
  if (steps.length === 0) return '';
  return table(
    ['articles', 'claimlens', 'bare', 'linear would be'],
    steps.map(([from, to]) => [`${formatCount(from.n)} → ${formatCount(to.n)}`, formatRatio(growth(from, to, 'claimlens')), formatRatio(growth(from, to, 'bare')), formatRatio(to.n / from.n)]),
  );
}

function stageTable(results: BenchResults): string {
  const names = [...new Set(results.sizes.flatMap((size) => KINDS.flatMap((kind) => summarize(size, 'claimlens', kind)?.stages.map((s) => s.stage) ?? [])))];
  if (names.length === 0) return 'No stage timings were logged (the build wrote nothing to `CLAIMLENS_TIMINGS`).';
  const cell = (value: (kind: BuildKind) => number) => KINDS.map((kind) => formatMs(value(kind))).join(' / ');
  const stageMs = (size: SizeResult, kind: BuildKind, stage: string) => summarize(size, 'claimlens', kind)?.stages.find((s) => s.stage === stage)?.ms ?? Number.NaN;
  const rest = (size: SizeResult, kind: BuildKind) => {
    const s = summarize(size, 'claimlens', kind);
    return s ? s.wallMs - s.stages.reduce((sum, t) => sum + t.ms, 0) : Number.NaN;
  };
  return table(
    ['stage', ...results.sizes.map((size) => `${formatCount(size.n)}: cold / warm / one changed`)],
    [
      ...names.map((stage) => [stage, ...results.sizes.map((size) => cell((kind) => stageMs(size, kind, stage)))]),
      ['pages (Astro render, rest)', ...results.sizes.map((size) => cell((kind) => rest(size, kind)))],
      ['**total (wall)**', ...results.sizes.map((size) => cell((kind) => summarize(size, 'claimlens', kind)?.wallMs ?? Number.NaN))],
    ],
  );
}

function readerTable(results: BenchResults): string {
  return table(
    ['articles', 'article page HTML (median / max)', 'eager JavaScript (max, gzip; page)', 'first search'],
    results.sizes.map((size) => {
      const html = size.articlePages;
      const js = size.eagerJs;
      const search = size.firstSearch;
      return [
        formatCount(size.n),
        html ? `${formatBytes(html.medianBytes)} / ${formatBytes(html.maxBytes)}` : '—',
        js ? (js.maxPage ? `${formatBytes(js.maxBytes)} (${formatBytes(js.maxGzipBytes)}); \`/${js.maxPage.replace(/index\.html$/, '')}\` of ${js.sampled} sampled` : `none in ${js.sampled} sampled pages`) : '—',
        search === null ? 'not measured' : 'kb' in search ? `${search.kb.toFixed(1)} KB for "${search.query}"` : `failed (${search.error.split('\n')[0]})`,
      ];
    }),
  );
}

function budgetTable(results: BenchResults): string {
  return table(
    ['budget', 'measured', ''],
    checkBudgets(results).map((b) => [b.budget, b.measured, b.ok === null ? '—' : b.ok ? '✅' : '❌']),
  );
}

export function machineLine(results: BenchResults): string {
  const m = results.machine;
  return `${m.cpus} × ${m.cpu}, ${formatBytes(m.memoryBytes)} RAM, ${m.os}, Node ${m.node}`;
}

/** The whole report; `headingLevel` is the level of its section headings (3 under docs/performance.md's "##" sections). */
export function renderReport(results: BenchResults, headingLevel = 3): string {
  const h = '#'.repeat(headingLevel);
  const rounds = results.rounds === 1 ? 'one cold round per size' : `median of ${results.rounds} rounds per size`;
  const growthText = growthTable(results);
  return [
    `Measured ${results.date.slice(0, 10)}${results.commit ? ` at commit ${results.commit}` : ''} on ${machineLine(results)} with \`${results.command}\` (${rounds}; warm = rebuilt at once with the caches kept; one changed = a sentence appended to one article).`,
    `${h} Build time and peak memory\n\n${buildTable(results)}\n\nPeak memory is the resident memory of the whole process tree (Astro and Pagefind), sampled every 100 ms.`,
    `${h} claimlens ÷ bare (wall time)\n\n${ratioTable(results)}`,
    growthText ? `${h} Growth of the cold build\n\n${growthText}` : '',
    `${h} Our stages\n\n${stageTable(results)}`,
    `${h} What a reader loads (claimlens, cold build)\n\n${readerTable(results)}\n\nEager JavaScript: inline scripts plus script files and their static imports, uncompressed, on up to 500 pages spread over every page kind; the first search is \`scripts/search-payload.ts\` (gzip, until the first results show).`,
    `${h} Budgets\n\n${budgetTable(results)}`,
  ]
    .filter((part) => part !== '')
    .join('\n\n');
}
