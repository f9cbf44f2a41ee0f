// `npm run bench`: builds generated corpora of several sizes with the full site (claimlens) and with the bare
// Astro + Pagefind baseline (scripts/bench/bare-site), each cold, warm and with one article changed, and reports
// time, memory, our stages, reader-side sizes and the budgets (issue #8).
//
//   npm run bench -- [--sizes 1000,4000,20000] [--rounds 1] [--no-doc] [--keep] [--search-all]
//                    [--query police] [--doc docs/performance.md] [--cold-only-from 20000]
//
// The tables go into docs/performance.md between its bench markers (--no-doc: printed only; --no-readme, its old
// name, still works).
//
// Work goes to /tmp/claimlens-bench/<N>/ (removed afterwards unless --keep, or when a build fails); raw results
// to /tmp/claimlens-bench/results.json. Linux only (memory is read from /proc).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { firstSearchKb } from './first-search.ts';
import { formatBytes, formatMs } from './format.ts';
import { checkBudgets } from './budgets.ts';
import { makeCorpus } from './make-corpus.ts';
import { measureProcess, tailOf } from './measure-process.ts';
import { changeOneArticle } from './one-change.ts';
import { DEFAULT_DOC, writeBenchSection } from './doc-section.ts';
import { renderReport } from './report.ts';
import type { BenchResults, BuildKind, BuildRun, Machine, SiteName, SizeResult } from './results.ts';
import { KINDS, SITES } from './results.ts';
import { articlePageSizes, eagerJavaScript, htmlFiles } from './site-stats.ts';
import { readStageTimings } from './stage-timings.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BARE = join(ROOT, 'scripts/bench/bare-site');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const BUILD = join(ROOT, 'scripts/build.ts');
const WORK = '/tmp/claimlens-bench';

// Astro turns on Node's compile cache (outside CI), which keeps compiled modules (once the content store's too)
// in the temporary folder across builds: each site gets its own, emptied for a cold build like the others.
const compileCache = (site: SiteName) => join(WORK, `node-compile-cache-${site}`);
/**
 * What a cold build deletes first: Astro's data store and generated types, Vite's cache (ours holds the content
 * store's pieces there), our digest cache, the compile cache.
 */
const CACHES: Record<SiteName, string[]> = {
  claimlens: [join(ROOT, 'node_modules/.astro'), join(ROOT, '.astro'), join(ROOT, 'node_modules/.vite'), join(ROOT, 'node_modules/.cache/claimlens'), compileCache('claimlens')],
  bare: [join(BARE, '.astro'), join(BARE, 'node_modules/.astro'), join(BARE, 'node_modules/.vite'), compileCache('bare')],
};

const argv = process.argv.slice(2);
const { values: options } = parseArgs({
  args: argv,
  options: {
    sizes: { type: 'string', default: '1000,4000,20000' },
    rounds: { type: 'string', default: '1' },
    'no-doc': { type: 'boolean', default: false },
    'no-readme': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    'search-all': { type: 'boolean', default: false },
    query: { type: 'string', default: 'police' },
    doc: { type: 'string', default: DEFAULT_DOC },
    // Sizes from this one up get only a cold build of each site: the 20,000-article budget is about the cold build,
    // and a warm and a one-changed pair at that size would add twenty minutes. `--cold-only-from Infinity` runs them.
    'cold-only-from': { type: 'string', default: '20000' },
  },
  strict: true,
});

const sizes = options.sizes.split(',').map((s) => Number(s.trim()));
const rounds = Number(options.rounds);
if (sizes.length === 0 || sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--sizes takes whole numbers ≥ 1 separated by commas, not "${options.sizes}"`);
if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`--rounds takes a whole number ≥ 1, not "${options.rounds}"`);
if (process.platform !== 'linux' || !existsSync('/proc/self/status')) throw new Error('The benchmark reads memory from /proc and runs on Linux only');

class BuildFailed extends Error {}

function machine(): Machine {
  const cpus = os.cpus();
  let distro = '';
  try {
    distro = /^PRETTY_NAME="?([^"\n]*)"?/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? '';
  } catch {
    // No os-release: the kernel name is enough.
  }
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown CPU',
    cpus: cpus.length,
    memoryBytes: os.totalmem(),
    os: `${distro ? `${distro}, ` : ''}${os.type()} ${os.release()}`,
    node: process.version,
  };
}

/** The commit measured, with `+changes` when the working tree differs from it; undefined outside git. */
function commit(): string | undefined {
  const git = (args: string[]) => spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' });
  const head = git(['rev-parse', '--short', 'HEAD']);
  if (head.status !== 0) return undefined;
  const dirty = git(['status', '--porcelain', '--untracked-files=no']).stdout.trim() !== '';
  return `${head.stdout.trim()}${dirty ? '+changes' : ''}`;
}

function commandLine(): string {
  const args = argv.join(' ');
  return process.env.npm_lifecycle_event === 'bench' ? `npm run bench${args ? ` -- ${args}` : ''}` : `node scripts/bench/run.ts${args ? ` ${args}` : ''}`;
}

/** The environment of every child: the project's own Node first on PATH, no telemetry, the corpus. */
function childEnv(corpus: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env.PATH ?? ''}`, ASTRO_TELEMETRY_DISABLED: '1', ARTICLES_DIR: corpus, ...extra };
  if (!('CLAIMLENS_TIMINGS' in extra)) delete env.CLAIMLENS_TIMINGS;
  return env;
}

async function build(site: SiteName, kind: BuildKind, round: number, n: number, base: string): Promise<BuildRun> {
  const corpus = join(base, 'articles');
  const outDir = join(base, `out-${site}`);
  const log = join(base, 'logs', `${site}-${kind}-r${round}.log`);
  const timings = join(base, 'timings', `${site}-${kind}-r${round}.jsonl`);
  rmSync(log, { force: true });
  rmSync(timings, { force: true });
  if (kind === 'cold') for (const dir of [...CACHES[site], outDir]) rmSync(dir, { recursive: true, force: true });
  // Ours is `npm run build` (Astro, then the search index); the bare site indexes in its astro:build:done hook.
  const args = site === 'claimlens' ? [BUILD, '--outDir', outDir] : [ASTRO, 'build', '--root', BARE, '--outDir', outDir];
  const env = childEnv(corpus, { NODE_COMPILE_CACHE: compileCache(site), ...(site === 'claimlens' ? { CLAIMLENS_TIMINGS: timings } : {}) });
  const change = kind === 'changed' ? changeOneArticle(corpus) : null;
  let result;
  try {
    result = await measureProcess(process.execPath, args, { cwd: ROOT, env, logFile: log });
  } finally {
    change?.restore();
  }
  if (result.code !== 0) {
    console.error(`\n${site} ${kind} build of ${n} articles failed (${result.signal ?? `exit code ${result.code}`}). Last lines of ${log}:\n`);
    console.error(tailOf(log));
    throw new BuildFailed(`${site} ${kind} build failed; its log and the corpus are kept in ${base}`);
  }
  const { stages, bad } = readStageTimings(timings);
  const pages = htmlFiles(outDir).length;
  console.log(`  ${site.padEnd(9)} ${kind.padEnd(7)} ${formatMs(result.wallMs).padStart(9)}  ${formatBytes(result.peakTreeRssBytes).padStart(9)}  ${pages} pages${stages.length > 0 ? `, ${stages.length} stages timed` : ''}${bad > 0 ? ` (${bad} bad timing lines)` : ''}`);
  return { site, kind, round, wallMs: result.wallMs, peakTreeRssBytes: result.peakTreeRssBytes, maxProcessRssBytes: result.maxProcessRssBytes, pages, stages, badTimingLines: bad, log };
}

async function benchSize(n: number): Promise<SizeResult> {
  const base = join(WORK, String(n));
  rmSync(base, { recursive: true, force: true });
  for (const dir of ['logs', 'timings']) mkdirSync(join(base, dir), { recursive: true });
  makeCorpus(join(base, 'articles'), n);
  console.log(`\n${n} articles in ${join(base, 'articles')}`);
  const size: SizeResult = { n, runs: [], articlePages: null, eagerJs: null, firstSearch: null };
  for (let round = 1; round <= rounds; round++) {
    // Alternating: each kind of build of one site, then the same of the other, so a slow spell on the machine
    // falls on both. Each site keeps its own caches and output folder, so the order does not warm the other.
    for (const kind of KINDS) {
      for (const site of SITES) {
        if (kind !== 'cold' && n >= Number(options['cold-only-from'])) continue;
        size.runs.push(await build(site, kind, round, n, base));
        if (site === 'claimlens' && kind === 'cold' && round === 1) {
          const outDir = join(base, 'out-claimlens');
          size.articlePages = articlePageSizes(outDir);
          size.eagerJs = eagerJavaScript(outDir, htmlFiles(outDir));
          if (n <= 4000 || options['search-all']) {
            size.firstSearch = await firstSearchKb(ROOT, outDir, options.query, childEnv(join(base, 'articles')));
            if ('error' in size.firstSearch) console.error(`  first search failed: ${size.firstSearch.error}`);
          }
        }
      }
    }
  }
  if (!options.keep) rmSync(base, { recursive: true, force: true });
  return size;
}

const measured = commit();
const results: BenchResults = { date: new Date().toISOString(), machine: machine(), command: commandLine(), ...(measured ? { commit: measured } : {}), rounds, sizes: [] };
const resultsFile = join(WORK, 'results.json');
mkdirSync(WORK, { recursive: true });
try {
  for (const n of sizes) {
    results.sizes.push(await benchSize(n));
    writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
  }
} catch (error) {
  if (!(error instanceof BuildFailed)) throw error;
  console.error(`\n${error.message}`);
  process.exit(1);
}

const report = renderReport(results);
console.log(`\n${report}\n`);
console.log(`Raw results: ${resultsFile}`);
if (!options['no-doc'] && !options['no-readme']) {
  writeBenchSection(options.doc, report);
  console.log(`Tables written to ${options.doc} between <!-- bench:start --> and <!-- bench:end -->`);
}
const missed = checkBudgets(results).filter((b) => b.ok === false).length;
if (missed > 0) console.log(`${missed} budget${missed === 1 ? '' : 's'} not met.`);
