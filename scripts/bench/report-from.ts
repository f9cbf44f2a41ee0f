// `npm run bench:report -- <results.json> [<results.json> …] [--no-doc] [--doc <file>]`: the bench's report from
// saved raw results, merged (see mergeResults), written into docs/performance.md like `npm run bench` does. For sizes
// measured in separate runs, e.g. `--sizes 1000,4000` and then `--sizes 20000`, each saved with `--keep`.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { checkBudgets } from './budgets.ts';
import { DEFAULT_DOC, writeBenchSection } from './doc-section.ts';
import { renderReport } from './report.ts';
import { mergeResults, type BenchResults } from './results.ts';

const { values: options, positionals: files } = parseArgs({
  allowPositionals: true,
  options: {
    'no-doc': { type: 'boolean', default: false },
    'no-readme': { type: 'boolean', default: false },
    doc: { type: 'string', default: DEFAULT_DOC },
  },
});
if (files.length === 0) {
  console.error('Name one or more results files, e.g. /tmp/claimlens-bench/results.json');
  process.exit(2);
}
const results = mergeResults(files.map((file) => JSON.parse(readFileSync(file, 'utf8')) as BenchResults));
const report = renderReport(results);
console.log(report);
if (!options['no-doc'] && !options['no-readme']) {
  writeBenchSection(options.doc, report);
  console.log(`\nTables written to ${options.doc} between <!-- bench:start --> and <!-- bench:end -->`);
}
const missed = checkBudgets(results).filter((b) => b.ok === false).length;
if (missed > 0) console.log(`${missed} budget${missed === 1 ? '' : 's'} not met.`);
