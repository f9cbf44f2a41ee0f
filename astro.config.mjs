// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { corpusBeforeSync } from './src/integrations/corpus-before-sync.ts';
import { pageDependencies } from './src/integrations/page-dependencies.ts';
import { previousSiteAside } from './src/integrations/previous-site-aside.ts';
import { buildOptions } from './src/pipeline/build-options.ts';
import { contentStoreInPieces } from './src/integrations/content-store-in-pieces.ts';

export default defineConfig({
  // Absolute URLs (feeds, sitemap, canonical links) use SITE_URL when set, e.g. for a deployment.
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // External stylesheets only: our Content-Security-Policy allows no inline styles.
    inlineStylesheets: 'never',
    // Pages are written while others render: measured on 1,000 articles, one at a time left the build waiting on the disk.
    concurrency: 4,
  },
  server: { port: 4321, host: '127.0.0.1' },
  // Astro's own Markdown pipeline is unused: article bodies are rendered by src/pipeline/render.
  devToolbar: { enabled: false },
  // The search index is built by scripts/build.ts after Astro exits (`npm run build`).
  // The corpus is built before Astro syncs content (see corpusBeforeSync for why).
  // The previous site is deleted beside the build (see previousSiteAside for why).
  // The content store is read from piece files instead of bundled as one huge literal (see the plugin);
  // CLAIMLENS_STORE_PIECE_BYTES sets their size, so that tests can cut a small store too.
  integrations: [
    corpusBeforeSync(),
    previousSiteAside(),
    sitemap(),
    pageDependencies(),
    contentStoreInPieces({ pieceBytes: Number(process.env.CLAIMLENS_STORE_PIECE_BYTES) || undefined }),
  ],
  // Pages whose inputs did not change are copied from the previous build (keys: src/lib/page-dependencies.ts).
  // Off with the per-article cache (CLAIMLENS_CACHE=off).
  experimental: { incrementalBuild: buildOptions(process.env, process.cwd()).cacheDir !== undefined },
  // Never inline scripts into pages: the Content-Security-Policy allows only script files of our own.
  vite: { build: { assetsInlineLimit: 0 } },
});
