import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { logTimings } from './timings-log.ts';

/**
 * Builds the Pagefind search index of a built site with Pagefind's Node API: every step's errors are checked and
 * stop the build, and the service is closed in `finally`. The index goes to `<siteDir>/pagefind/` and is searched
 * entirely in the browser, offline. Run by scripts/build.ts once Astro has exited (see there why).
 */
export async function buildSearchIndex(siteDir: string): Promise<{ pages: number }> {
  const start = performance.now();
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index || errors.length > 0) throw new Error(`Pagefind could not create an index: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${siteDir}: ${added.errors.join('; ')}`);
    if (added.page_count === 0) throw new Error(`Pagefind found no pages to index in ${siteDir}`);
    const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
    logTimings([{ stage: 'search index', ms: performance.now() - start }]);
  }
}
