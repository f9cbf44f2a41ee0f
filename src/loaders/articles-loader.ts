import type { Loader } from 'astro/loaders';
import { articleEntry } from '../pipeline/site/article-entry.ts';
import { currentCorpus, resyncOnChange } from './corpus-source.ts';

/**
 * Content-layer loader for articles: the pipeline does the work, this only hands its result to Astro.
 * Bodies are rendered here, in our unified chain, and stored as the entry's rendered HTML.
 */
export function articlesLoader(): Loader {
  return {
    name: 'articles-loader',
    load: async ({ store, parseData, generateDigest, watcher, logger }) => {
      const sync = async () => {
        const corpus = await currentCorpus();
        store.clear();
        for (const article of corpus.articles) {
          const entry = articleEntry(corpus, article);
          const data = await parseData({ id: article.id, data: entry.data });
          store.set({ id: article.id, data, digest: generateDigest({ data, html: entry.html }), rendered: { html: entry.html } });
        }
        if (corpus.skipped.length > 0) logger.info(`Skipped hidden files: ${corpus.skipped.join(', ')}`);
        logger.info(`${corpus.articles.length} articles from ${corpus.folder}`);
      };
      await sync();
      resyncOnChange(watcher, sync, (message) => logger.error(message));
    },
  };
}
