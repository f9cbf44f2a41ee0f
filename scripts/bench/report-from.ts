// `npm run bench:report -- <results.json> [<results.json> …] [--no-readme]`: the bench's report from saved raw
// results, merged (see mergeResults), written into the README like `npm run bench` does. For sizes measured in
// separate runs, e.g. `--sizes 1000,4000` and then `--sizes 20000`, each saved with `--keep`.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { checkBudgets } from './budgets.ts';
import { writeBenchSection } from './readme-section.ts';
import { renderReport } from './report.ts';
import { mergeResults, type BenchResults } from './results.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { values: options, positionals: files } = parseArgs({
  allowPositionals: true,
  options: { 'no-readme': { type: 'boolean', default: false }, readme: { type: 'string', default: join(ROOT, 'README.md') } },
});
if (files.length === 0) {
  console.error('Name one or more results files, e.g. /tmp/claimlens-bench/results.json');
  process.exit(2);
}
const results = mergeResults(files.map((file) => JSON.parse(readFileSync(file, 'utf8')) as BenchResults));
const report = renderReport(results);
console.log(report);
if (!options['no-readme']) {
  writeBenchSection(options.readme, report);
  console.log(`\nTables written to ${options.readme} between <!-- bench:start --> and <!-- bench:end -->`);
}
const missed = checkBudgets(results).filter((b) => b.ok === false).length;
if (missed > 0) console.log(`${missed} budget${missed === 1 ? '' : 's'} not met.`);
