// @ts-check
// The benchmark's baseline: a bare Astro + Pagefind site that renders the same article files as plain pages,
// with Astro's default Markdown processor and nothing else. Built by scripts/bench/run.ts with
//   ARTICLES_DIR=<corpus> astro build --root scripts/bench/bare-site --outDir <dir>
import { defineConfig } from 'astro/config';
import pagefind from './pagefind.mjs';

export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  integrations: [pagefind()],
});
