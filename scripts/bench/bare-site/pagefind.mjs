// @ts-check
// Pagefind's Node API in astro:build:done, the usual way for an Astro site (Starlight does it so). The real
// site runs the same API after Astro exits (scripts/build.ts). Standalone: the baseline shares no code with the
// project. Every response is checked.
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** @returns {import('astro').AstroIntegration} */
export default function pagefindIntegration() {
  return {
    name: 'bare-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
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
        }
      },
    },
  };
}
