// One collection: every .md/.html/.txt file under ARTICLES_DIR, front matter split off with gray-matter and the
// body rendered by Astro's own Markdown processor. An unchanged file (same digest) is not rendered again, as
// Astro's glob() loader does, so warm builds are a fair comparison.
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import matter from 'gray-matter';
import { readdir, readFile } from 'node:fs/promises';
import { extname, join, relative, resolve } from 'node:path';

const EXTENSIONS = new Set(['.md', '.html', '.txt']);

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) return walk(full);
      return Promise.resolve(entry.isFile() && EXTENSIONS.has(extname(entry.name).toLowerCase()) ? [full] : []);
    }),
  );
  return nested.flat();
}

function toId(path: string): string {
  return path
    .slice(0, path.length - extname(path).length)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const articles = defineCollection({
  schema: z.object({ title: z.string() }),
  loader: {
    name: 'bare-articles',
    load: async ({ store, logger, generateDigest, renderMarkdown }) => {
      const dir = process.env.ARTICLES_DIR;
      if (!dir) throw new Error('Set ARTICLES_DIR to the folder of articles to build');
      const root = resolve(dir);
      const files = (await walk(root)).sort();
      const stale = new Set(store.keys());
      let rendered = 0;
      for (const file of files) {
        const rel = relative(root, file);
        const id = toId(rel);
        const raw = await readFile(file, 'utf8');
        const digest = generateDigest(raw);
        stale.delete(id);
        if (store.get(id)?.digest === digest) continue;
        const { data, content } = matter(raw);
        const title = typeof data.title === 'string' && data.title.trim() !== '' ? data.title : rel;
        store.set({ id, data: { title }, body: content, digest, rendered: await renderMarkdown(content) });
        rendered++;
      }
      for (const id of stale) store.delete(id);
      logger.info(`${files.length} articles from ${root}, ${rendered} rendered`);
    },
  },
});

export const collections = { articles };
