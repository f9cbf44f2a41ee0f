import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { deleteMovedAside, moveAside, safeToMoveAside } from '../lib/previous-site.ts';
import { pruneUntouched, recordSite, snapshotFiles, takeSiteRecord } from '../lib/site-in-place.ts';
import { buildOptions } from '../pipeline/build-options.ts';

/** The search index: written after Astro by scripts/build.ts, so never kept in place. */
const SEARCH_INDEX = 'pagefind';

/**
 * Prepares the output folder for Astro instead of letting Astro empty it (`vite.build.emptyOutDir: false`).
 *
 * When the folder holds exactly what the last build wrote (`src/lib/site-in-place.ts`), it is kept: Astro then
 * leaves every unchanged page where it is, where it would otherwise copy 13,000 pages back from its cache at 4,000
 * articles; what the build neither wrote nor kept is deleted when it ends. Otherwise the previous site is moved aside
 * (a few renames) and deleted in another process while the build goes on: Astro empties the folder one file at a
 * time, 3.9 s of a 27 s warm build at 4,000 articles (CPU profile).
 *
 * This runs at `astro:build:start`, after the content is synced and checked, so a build that fails on bad input
 * leaves the previous site in place, as Astro does. The folder moved to is the per-article cache's (on the same disk
 * as the project, in most setups); what cannot be moved is deleted here. Without a cache (`CLAIMLENS_CACHE=off`),
 * or when the output folder is the project's root, contains it or holds the cache folder (or the other way round),
 * nothing here runs and Astro empties the folder itself.
 */
export function previousSiteAside(): AstroIntegration {
  let outDir: string | undefined;
  let active = false;
  let kept: Map<string, number> | undefined;
  let deleting: Promise<void> = Promise.resolve();
  const { cacheDir } = buildOptions(process.env, process.cwd());
  return {
    name: 'claimlens:previous-site-aside',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        if (command !== 'build' || cacheDir === undefined) return;
        outDir = fileURLToPath(config.outDir);
        active = safeToMoveAside(outDir, fileURLToPath(config.root), cacheDir);
        if (active) updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:build:start': () => {
        if (!active || outDir === undefined || cacheDir === undefined) return;
        const keep = takeSiteRecord(cacheDir, outDir);
        const leaving = keep ? [SEARCH_INDEX] : undefined;
        moveAside(outDir, cacheDir, undefined, leaving);
        // What could not be moved (another file system) is deleted now, as Astro would have.
        for (const name of existsSync(outDir) ? readdirSync(outDir) : []) if (leaving === undefined || leaving.includes(name)) rmSync(join(outDir, name), { recursive: true, force: true });
        kept = keep ? snapshotFiles(outDir) : undefined;
        deleting = deleteMovedAside(cacheDir);
      },
      'astro:build:done': async ({ assets }) => {
        if (!active || outDir === undefined || cacheDir === undefined) return;
        if (kept) pruneUntouched(outDir, kept, new Set([...assets.values()].flat().map((url) => fileURLToPath(url))));
        await deleting;
        recordSite(cacheDir, outDir);
      },
    },
  };
}
