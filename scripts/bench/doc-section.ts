// Writes the benchmark's report into its document (docs/performance.md) between `<!-- bench:start -->` and
// `<!-- bench:end -->`. Without the markers they are added at the end of the document's first section whose heading
// names measurements, performance or the benchmark, or else at the end of the document. Nothing else changes.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const START = '<!-- bench:start -->';
export const END = '<!-- bench:end -->';

/** Where `npm run bench` and `npm run bench:report` write their tables unless told otherwise. */
export const DEFAULT_DOC = fileURLToPath(new URL('../../docs/performance.md', import.meta.url));

/** Heading level of each line (0 for text), ignoring `#` lines inside fenced code blocks. */
function headingLevels(lines: string[]): number[] {
  let fenced = false;
  return lines.map((line) => {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    return fenced ? 0 : (/^(#{1,6})\s/.exec(line)?.[1]?.length ?? 0);
  });
}

/** Where a new marker block goes: the end of the measurements section, or the end of the document. */
function insertionPoint(lines: string[]): number {
  const levels = headingLevels(lines);
  const section = lines.findIndex((line, i) => levels[i]! >= 2 && /measure|performance|benchmark/i.test(line));
  if (section < 0) return lines.length;
  const end = levels.findIndex((level, i) => i > section && level > 0 && level <= levels[section]!);
  return end < 0 ? lines.length : end;
}

/** The document's text with `body` between the markers. Pure, for testing. */
export function withBenchSection(doc: string, body: string): string {
  const block = `${START}\n\n${body.trim()}\n\n${END}`;
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start >= 0 && end > start) return doc.slice(0, start) + block + doc.slice(end + END.length);
  if (start >= 0 || end >= 0) throw new Error(`The document has only one of ${START} and ${END}: fix or remove it, then run again`);
  const lines = doc.split('\n');
  const index = insertionPoint(lines);
  const before = lines.slice(0, index).join('\n').replace(/\n*$/, '');
  const after = lines.slice(index).join('\n').replace(/^\n*/, '');
  return `${before}\n\n${block}${after === '' ? '\n' : `\n\n${after}`}`;
}

export function writeBenchSection(docPath: string, body: string): void {
  writeFileSync(docPath, withBenchSection(readFileSync(docPath, 'utf8'), body));
}
