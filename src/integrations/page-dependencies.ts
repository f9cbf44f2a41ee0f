import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { savePageRecords } from '../lib/page-dependency-registry.ts';

/**
 * Saves, when a build is done, what each page read (src/lib/page-dependencies.ts), so the next build can give
 * unchanged pages their previous cache key and Astro's incremental build copies them instead of rendering them.
 *
 * Astro stores each page it renders in its cache at once but writes its manifest of keys only at the end. After a
 * build that failed half-way, a page could keep its old key beside HTML rendered from newer data, and a later
 * build with the old data again would copy that HTML. So a build marks itself as running, and a build that finds
 * the mark of one that never finished drops Astro's manifest: every page renders once more.
 */
export function pageDependencies(): AstroIntegration {
  let cacheDir: string | undefined;
  return {
    name: 'claimlens:page-dependencies',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = config.experimental.incrementalBuild ? fileURLToPath(config.cacheDir) : undefined;
      },
      'astro:build:start': ({ logger }) => {
        if (cacheDir === undefined) return;
        if (startBuild(cacheDir)) logger.warn('The previous build did not finish: every page renders again');
      },
      'astro:build:done': ({ logger }) => {
        const pages = savePageRecords();
        if (pages > 0) logger.info(`Recorded what ${pages} pages read, for the next incremental build`);
        if (cacheDir !== undefined) finishBuild(cacheDir);
      },
    },
  };
}

const mark = (cacheDir: string) => join(cacheDir, 'claimlens-build-running');
/** Astro's manifest of page keys (astro/dist/core/build/incremental.js). */
export const ASTRO_INCREMENTAL_MANIFEST = 'incremental-build.json';

/** Marks a build as running; true when an unfinished one was found (its keys are then dropped). */
export function startBuild(cacheDir: string): boolean {
  const unfinished = existsSync(mark(cacheDir));
  if (unfinished) rmSync(join(cacheDir, ASTRO_INCREMENTAL_MANIFEST), { force: true });
  mkdirSync(dirname(mark(cacheDir)), { recursive: true });
  writeFileSync(mark(cacheDir), String(process.pid));
  return unfinished;
}

export function finishBuild(cacheDir: string): void {
  rmSync(mark(cacheDir), { force: true });
}
