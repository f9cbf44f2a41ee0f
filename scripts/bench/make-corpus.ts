// Builds a realistic corpus of N articles from real text (the bundled samples and ECB+) by making renamed copies:
// in copy k every proper name is replaced by a made-up one (the same name always maps to the same replacement
// within a copy) and every year moves on by k, so each copy is a distinct set of stories with real structure.
// Years, not days: copies a week apart fell inside story clustering's 14-day window and, sharing every word but
// the names, joined one story (a story of 2,217 articles at 20,000), and only ISO dates moved, while most ECB+
// articles give theirs as "June 6, 2013" or in the URL.
// Usage: node scripts/bench/make-corpus.ts <outDir> <N>, or import { makeCorpus } (scripts/bench/run.ts does).
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

// Relative to the project, not the working directory, so the script works from anywhere.
const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const sources = [join(projectRoot, 'content/articles'), join(projectRoot, '../shared/corpora/ecbplus/articles')];

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'dar', 'vel', 'to', 'sa', 'nor', 'bi', 'que', 'lin', 'mar', 'ost', 'el', 'fan'];
// Words that start sentences or are common in headlines: left alone so the text stays English.
const KEEP = new Set(['The', 'A', 'An', 'In', 'On', 'At', 'And', 'But', 'He', 'She', 'It', 'They', 'We', 'This', 'That', 'After', 'Before', 'When', 'While', 'For', 'With', 'As', 'If', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'I']);

function fakeName(word: string, copy: number): string {
  const h = createHash('sha256').update(`${copy}:${word}`).digest();
  const parts = 2 + (h[0]! % 2);
  let name = '';
  for (let i = 0; i < parts; i++) name += SYLLABLES[h[i + 1]! % SYLLABLES.length];
  return name[0]!.toUpperCase() + name.slice(1);
}

/** The text of copy `copy` of an article: names replaced, years moved on by `copy` (copy 0 is the original). */
export function renamedCopy(text: string, copy: number): string {
  if (copy === 0) return text;
  // Names only in prose: leave URLs, front-matter keys and HTML attributes as they are.
  return text
    .replace(/\b(\p{Lu}[\p{Ll}]{2,})\b/gu, (word, _w, offset: number, whole: string) => {
      const before = whole.slice(Math.max(0, offset - 12), offset);
      if (KEEP.has(word) || /[/=.#?&-]$|https?:\/\/\S*$/.test(before)) return word;
      return fakeName(word, copy);
    })
    .replace(/(?<!\d)((?:19|20)\d\d)(?:(-?)(\d\d)\2(\d\d))?(?!\d|s\b)/g, (text, year: string, dash?: string, month?: string, day?: string) => {
      const moved = movedYear(year, copy);
      if (month === undefined || day === undefined) return moved;
      if (Number(month) < 1 || Number(month) > 12 || Number(day) < 1 || Number(day) > 31) return text;
      return [moved, month, month === '02' && day === '29' && !isLeap(moved) ? '28' : day].join(dash);
    });
}

const movedYear = (year: string, copy: number): string => String(Number(year) + copy);
const isLeap = (year: string): boolean => new Date(Date.UTC(Number(year), 1, 29)).getUTCDate() === 29;

/** Writes `n` articles to `outDir` (emptied first): copy 0 is the originals, copy k their renamed variants. */
export function makeCorpus(outDir: string, n: number): void {
  if (!Number.isInteger(n) || n < 0) throw new Error(`makeCorpus: the article count must be a whole number ≥ 0, not ${n}`);
  const originals = sources.flatMap((dir) => walk(dir).map((file) => ({ dir, file })));
  if (originals.length === 0 && n > 0) throw new Error(`makeCorpus: no source articles in ${sources.join(' or ')}`);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  let written = 0;
  for (let copy = 0; written < n; copy++) {
    for (const { dir, file } of originals) {
      if (written >= n) break;
      const rel = relative(dir, file).replace(/\//g, '_');
      const dest = join(outDir, `c${String(copy).padStart(3, '0')}`, rel);
      mkdirSync(join(dest, '..'), { recursive: true });
      writeFileSync(dest, renamedCopy(readFileSync(file, 'utf8'), copy));
      written++;
    }
  }
}

if (import.meta.main) {
  const [outDir = '/tmp/bench-corpus', count = '1000'] = process.argv.slice(2);
  makeCorpus(outDir, Number(count));
  console.log(`${count} articles in ${outDir}`);
}
