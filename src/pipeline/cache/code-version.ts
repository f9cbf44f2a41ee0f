import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { digestOf } from './digest.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
// Everything per-article results depend on: the pipeline, the Markdown plugins and the installed packages.
const SOURCES = ['src/pipeline', 'src/markdown', 'src/schemas'];

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((d) => (d.isDirectory() ? sourceFiles(join(dir, d.name)) : /\.ts$/.test(d.name) && !/\.test\.ts$/.test(d.name) ? [join(dir, d.name)] : []))
    .sort();
}

/** A digest of the code that produces cached results: any change to it empties the cache. */
export function codeVersion(root: string = ROOT): string {
  const files = [...SOURCES.flatMap((s) => sourceFiles(join(root, s))), join(root, 'package-lock.json')].filter((f) => existsSync(f));
  return digestOf(process.version, ...files.flatMap((f) => [f.slice(root.length), readFileSync(f)]));
}
