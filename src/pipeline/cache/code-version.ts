import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { digestOf } from './digest.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
// Everything per-article results depend on: the pipeline, the Markdown plugins and the installed packages. Every
// file in these folders counts but tests, data files included; code imported from elsewhere would escape the
// version, which a test forbids (code-version.test.ts).
const SOURCES = ['src/pipeline', 'src/markdown', 'src/schemas'];

// Not code or data the build reads: tests and their snapshots, hidden files, editors' swap and backup files (an
// open editor must not empty the cache).
const IGNORED_FOLDERS = new Set(['__snapshots__', 'node_modules']);
const isSource = (name: string): boolean => !name.startsWith('.') && !/\.test\.ts$|~$|\.sw[a-p]$/.test(name);

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  if (statSync(dir).isFile()) return [dir];
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((d) => (d.isDirectory() ? (IGNORED_FOLDERS.has(d.name) ? [] : sourceFiles(join(dir, d.name))) : isSource(d.name) ? [join(dir, d.name)] : []))
    .sort();
}

// What turns the corpus into stored collection entries besides: the loaders and which schema each collection has.
const STORING = ['src/loaders', 'src/content.config.ts'];

/** A digest of the code that produces cached results: any change to it empties the cache. */
export function codeVersion(root: string = ROOT, sources: readonly string[] = SOURCES): string {
  const files = [...sources.flatMap((s) => sourceFiles(join(root, s))), join(root, 'package-lock.json')].filter((f) => existsSync(f));
  return digestOf(process.version, ...files.flatMap((f) => [f.slice(root.length), readFileSync(f)]));
}

/**
 * A digest of the code that produces stored collection entries: the pipeline's and the loaders' and content
 * config's. Stored entries are digested with it (src/loaders/store-entries.ts), and pages are keyed by those
 * digests, so a change to any of it stores every entry and renders every page again.
 */
export function storedEntriesVersion(root: string = ROOT): string {
  return codeVersion(root, [...SOURCES, ...STORING]);
}
