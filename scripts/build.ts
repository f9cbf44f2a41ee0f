// `npm run build`: `astro build`, then the Pagefind search index over what it wrote. Arguments go to Astro
// (e.g. `--outDir /tmp/site`). The index is built after Astro has exited rather than in its `astro:build:done`
// hook: there Pagefind's process ran while Astro's heap was still alive, and on 20,000 articles the two together
// peaked at 13 GiB (Astro alone 8.3 GiB). Exits non-zero when either step fails.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSearchIndex } from '../src/lib/search-index.ts';
import { buildOptions } from '../src/pipeline/build-options.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const astro = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', ...args], { cwd: process.cwd(), stdio: 'inherit' });
if (astro.status !== 0) process.exit(astro.status ?? 1);

// Where Astro wrote the site: --outDir (relative to the project, as Astro takes it), dist/ by default.
const at = args.findIndex((a) => a === '--outDir' || a.startsWith('--outDir='));
const given = at < 0 ? undefined : args[at]!.startsWith('--outDir=') ? args[at]!.slice('--outDir='.length) : args[at + 1];
const outDir = resolve(process.cwd(), given ?? 'dist');
if (!existsSync(join(outDir, 'index.html'))) {
  console.error(`No built site in ${outDir}: nothing to index.`);
  process.exit(1);
}
// The index is kept beside the per-article cache and reused when the pages are the same (CLAIMLENS_CACHE=off: never).
const { cacheDir } = buildOptions(process.env, process.cwd());
try {
  const { pages, reused } = await buildSearchIndex(outDir, cacheDir === undefined ? {} : { cacheDir: join(cacheDir, 'search-index') });
  console.log(`${reused ? 'Pages unchanged: reused the search index of' : 'Indexed'} ${pages} pages for search in ${join(outDir, 'pagefind')}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
