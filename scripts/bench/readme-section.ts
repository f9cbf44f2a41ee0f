// Writes the benchmark's report into the README between `<!-- bench:start -->` and `<!-- bench:end -->`.
// Without the markers they are added at the end of the README's performance (or benchmark) section; without such
// a section, a short "## Performance" section is added before "## Tests" (or at the end). Nothing else changes.
import { readFileSync, writeFileSync } from 'node:fs';

export const START = '<!-- bench:start -->';
export const END = '<!-- bench:end -->';

const NEW_SECTION = `## Performance

\`npm run bench\` builds generated corpora (\`scripts/bench/make-corpus.ts\`) with the full site and with a bare
Astro + Pagefind site over the same articles (\`scripts/bench/bare-site/\`), and checks the budgets. Options:
\`--sizes 1000,4000,20000\`, \`--rounds 1\`, \`--no-readme\`, \`--keep\`, \`--search-all\`. Raw results:
\`/tmp/claimlens-bench/results.json\`.

`;

/** Heading level of each line (0 for text), ignoring `#` lines inside fenced code blocks. */
function headingLevels(lines: string[]): number[] {
  let fenced = false;
  return lines.map((line) => {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    return fenced ? 0 : (/^(#{1,6})\s/.exec(line)?.[1]?.length ?? 0);
  });
}

/** Where a new marker block goes: the end of the performance section, or before "## Tests", or the end. */
function insertionPoint(lines: string[]): { index: number; newSection: boolean } {
  const levels = headingLevels(lines);
  const section = lines.findIndex((line, i) => levels[i]! >= 2 && /performance|benchmark/i.test(line));
  if (section >= 0) {
    const end = levels.findIndex((level, i) => i > section && level > 0 && level <= levels[section]!);
    return { index: end < 0 ? lines.length : end, newSection: false };
  }
  const tests = lines.findIndex((line, i) => levels[i] === 2 && /^##\s+Tests\b/.test(line));
  return { index: tests >= 0 ? tests : lines.length, newSection: true };
}

/** The README text with `body` between the markers. Pure, for testing. */
export function withBenchSection(readme: string, body: string): string {
  const block = `${START}\n\n${body.trim()}\n\n${END}`;
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start >= 0 && end > start) return readme.slice(0, start) + block + readme.slice(end + END.length);
  if (start >= 0 || end >= 0) throw new Error(`The README has only one of ${START} and ${END}: fix or remove it, then run again`);
  const lines = readme.split('\n');
  const { index, newSection } = insertionPoint(lines);
  const before = lines.slice(0, index).join('\n').replace(/\n*$/, '');
  const after = lines.slice(index).join('\n').replace(/^\n*/, '');
  return `${before}\n\n${newSection ? NEW_SECTION : ''}${block}${after === '' ? '\n' : `\n\n${after}`}`;
}

export function writeBenchSection(readmePath: string, body: string): void {
  writeFileSync(readmePath, withBenchSection(readFileSync(readmePath, 'utf8'), body));
}
