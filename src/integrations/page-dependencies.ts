import type { AstroIntegration } from 'astro';
import { savePageRecords } from '../lib/page-dependency-registry.ts';

/**
 * Saves, when a build is done, what each page read (src/lib/page-dependencies.ts), so the next build can give
 * unchanged pages their previous cache key and Astro's incremental build copies them instead of rendering them.
 */
export function pageDependencies(): AstroIntegration {
  return {
    name: 'claimlens:page-dependencies',
    hooks: {
      'astro:build:done': ({ logger }) => {
        const pages = savePageRecords();
        if (pages > 0) logger.info(`Recorded what ${pages} pages read, for the next incremental build`);
      },
    },
  };
}
