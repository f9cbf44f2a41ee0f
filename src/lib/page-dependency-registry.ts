import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { nextPageRecords, type DigestOf, type PageRecords } from './page-dependencies.ts';

/**
 * What one build learns about its pages: the key each keyed page was given and what each rendered page read. It
 * lives on `globalThis` because the pages run from Astro's prerender bundle while the integration that saves it at
 * the end of the build (src/integrations/page-dependencies.ts) is loaded with the config: two copies of this module,
 * one process.
 */
interface BuildPages {
  keys: Map<string, string>;
  reads: Map<string, Set<string>>;
  previous: PageRecords;
  digestOf: DigestOf | undefined;
  recordsFile: string | undefined;
}

const SLOT = Symbol.for('claimlens.page-dependencies');

export function buildPages(): BuildPages {
  const holder = globalThis as { [SLOT]?: BuildPages };
  holder[SLOT] ??= { keys: new Map(), reads: new Map(), previous: {}, digestOf: undefined, recordsFile: undefined };
  return holder[SLOT];
}

/** Where the records are kept, beside the per-article cache. */
export function pageRecordsFile(cacheDir: string): string {
  return join(cacheDir, 'pages', 'records.json');
}

/** The previous build's records; none when there are none or they cannot be read (every page then renders). */
export function readPageRecords(file: string): PageRecords {
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as PageRecords) : {};
  } catch {
    return {};
  }
}

/** Writes the records for the next build (whole file or nothing: written aside, then renamed). Returns the page count. */
export function savePageRecords(pages: BuildPages = buildPages()): number {
  if (!pages.recordsFile || !pages.digestOf || pages.keys.size === 0) return 0;
  const records = nextPageRecords(pages.keys, pages.reads, pages.previous, pages.digestOf);
  mkdirSync(dirname(pages.recordsFile), { recursive: true });
  const aside = `${pages.recordsFile}.${process.pid}.tmp`;
  writeFileSync(aside, JSON.stringify(records));
  renameSync(aside, pages.recordsFile);
  return Object.keys(records).length;
}
