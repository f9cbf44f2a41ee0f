// Sizes that a reader pays for, read from a built site: pages written, article page HTML, and the JavaScript a
// page loads as soon as it is viewed.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface HtmlSizes {
  pages: number;
  medianBytes: number;
  maxBytes: number;
  /** The largest page, relative to the output folder. */
  maxPage: string;
}

export interface EagerJs {
  /** Pages whose scripts were read (a sample spread over every page kind). */
  sampled: number;
  /** Page kinds (first path segment) in the sample, with how many pages each. */
  kinds: Record<string, number>;
  maxBytes: number;
  maxGzipBytes: number;
  /** The page with the most eager JavaScript, relative to the output folder; null when no page has any. */
  maxPage: string | null;
  /** External scripts that could not be measured (other origins, missing files). */
  unresolved: string[];
}

/** Every .html file under `outDir`, as sorted paths relative to it with `/` separators. */
export function htmlFiles(outDir: string): string[] {
  return readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .map((path) => path.split('\\').join('/'))
    .filter((path) => path.endsWith('.html'))
    .sort();
}

function median(sorted: number[]): number {
  if (sorted.length === 0) return 0;
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Median and largest size of `<outDir>/articles/<id>/index.html`. */
export function articlePageSizes(outDir: string): HtmlSizes {
  const dir = join(outDir, 'articles');
  const pages = existsSync(dir)
    ? readdirSync(dir)
        .map((id) => `articles/${id}/index.html`)
        .filter((page) => existsSync(join(outDir, page)))
        .map((page) => ({ page, bytes: statSync(join(outDir, page)).size }))
    : [];
  const sorted = pages.map((p) => p.bytes).sort((a, b) => a - b);
  const largest = pages.reduce<{ page: string; bytes: number } | null>((max, p) => (max && max.bytes >= p.bytes ? max : p), null);
  return { pages: pages.length, medianBytes: median(sorted), maxBytes: largest?.bytes ?? 0, maxPage: largest?.page ?? '' };
}

/** Up to `limit` pages, shared out evenly between page kinds, evenly spaced within each kind. */
export function samplePages(pages: string[], limit: number): string[] {
  const byKind = new Map<string, string[]>();
  for (const page of pages) {
    const kind = page.includes('/') ? page.slice(0, page.indexOf('/')) : page;
    const list = byKind.get(kind);
    if (list) list.push(page);
    else byKind.set(kind, [page]);
  }
  const kinds = [...byKind.values()];
  const quota = kinds.map(() => 0);
  let total = 0;
  for (let grew = true; grew && total < limit; ) {
    grew = false;
    kinds.forEach((list, i) => {
      if (total < limit && quota[i]! < list.length) {
        quota[i]!++;
        total++;
        grew = true;
      }
    });
  }
  return kinds.flatMap((list, i) => Array.from({ length: quota[i]! }, (_, k) => list[Math.floor((k * list.length) / quota[i]!)]!));
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
// Static imports in (minified) ES modules: `import{a}from"./x.js"`, `import"./y.js"`, `export*from"./z.js"`.
// Dynamic `import("…")` is left out: it loads on demand, not on view.
const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[\w*${}\s,]+?\s*from\s*)?["']([^"']+)["']/g;

function attribute(attrs: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(attrs);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

/** A script that runs on page view: no type, a JavaScript MIME type, or a module (not JSON, templates, …). */
function isExecutable(attrs: string): boolean {
  const type = attribute(attrs, 'type')?.trim().toLowerCase();
  return type === undefined || type === '' || type === 'module' || type === 'text/javascript' || type === 'application/javascript';
}

/**
 * Eager JavaScript per page: inline script bodies plus external scripts (and the modules they import statically),
 * each file counted once per page. Reports the page with the most.
 */
export function eagerJavaScript(outDir: string, pages: string[], limit = 500): EagerJs {
  const sample = samplePages(pages, limit);
  const files = new Map<string, Buffer | null>();
  const unresolved = new Set<string>();
  const read = (path: string): Buffer | null => {
    if (!files.has(path)) files.set(path, existsSync(path) && statSync(path).isFile() ? readFileSync(path) : null);
    return files.get(path) ?? null;
  };
  const toFile = (ref: string, fromPage: string): string | null => {
    if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(ref)) return null;
    const clean = ref.replace(/[?#].*$/, '');
    return clean.startsWith('/') ? join(outDir, clean) : join(outDir, posix.join(posix.dirname(fromPage), clean));
  };
  const kinds: Record<string, number> = {};
  let best = { page: null as string | null, bytes: 0, gzip: 0 };
  for (const page of sample) {
    const kind = page.includes('/') ? page.slice(0, page.indexOf('/')) : page;
    kinds[kind] = (kinds[kind] ?? 0) + 1;
    const html = readFileSync(join(outDir, page), 'utf8');
    const chunks: Buffer[] = [];
    const seen = new Set<string>();
    const addFile = (path: string, label: string) => {
      if (seen.has(path)) return;
      seen.add(path);
      const body = read(path);
      if (!body) {
        unresolved.add(label);
        return;
      }
      chunks.push(body);
      if (!path.endsWith('.js') && !path.endsWith('.mjs')) return;
      for (const match of body.toString('utf8').matchAll(STATIC_IMPORT)) {
        const spec = match[1]!;
        if (!/^\.{0,2}\//.test(spec)) continue;
        addFile(join(dirname(path), spec.replace(/[?#].*$/, '')), spec);
      }
    };
    for (const match of html.matchAll(SCRIPT)) {
      const attrs = match[1]!;
      if (!isExecutable(attrs)) continue;
      const src = attribute(attrs, 'src');
      if (src === undefined) {
        chunks.push(Buffer.from(match[2]!, 'utf8'));
        continue;
      }
      const path = toFile(src, page);
      if (path) addFile(path, src);
      else unresolved.add(src);
    }
    const all = Buffer.concat(chunks);
    if (all.length > best.bytes) best = { page, bytes: all.length, gzip: gzipSync(all).length };
  }
  return { sampled: sample.length, kinds, maxBytes: best.bytes, maxGzipBytes: best.gzip, maxPage: best.page, unresolved: [...unresolved].sort() };
}
