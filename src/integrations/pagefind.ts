import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { logTimings } from '../lib/timings-log.ts';

/**
 * Builds the Pagefind search index once Astro has written every page. Pagefind's Node API rather than its CLI:
 * no second process to wire into npm scripts, and every step's errors are checked here and stop the build.
 * The index is written to `dist/pagefind/` and is searched entirely in the browser, offline.
 */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const start = performance.now();
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
          if (!index || errors.length > 0) throw new Error(`Pagefind could not create an index: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
          if (added.page_count === 0) throw new Error(`Pagefind found no pages to index in ${site}`);
          const written = await index.writeFiles({ outputPath: `${site}pagefind` });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
          logger.info(`Indexed ${added.page_count} pages for search`);
        } finally {
          await pagefind.close();
          logTimings([{ stage: 'search index', ms: performance.now() - start }]);
        }
      },
    },
  };
}
