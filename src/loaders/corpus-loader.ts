import type { Loader } from 'astro/loaders';
import type { Corpus } from '../pipeline/corpus.ts';
import { collectionStored, currentCorpus, registerCollection, resyncOnChange } from './corpus-source.ts';

/** One collection entry as a corpus loader hands it to Astro. */
export interface CorpusEntry {
  id: string;
  data: Record<string, unknown>;
  /** Rendered HTML, for entries that have a body. */
  html?: string;
}

/**
 * A content-layer loader that takes its entries from the shared corpus: the pipeline does the work, the loader
 * only stores the result (validated by the collection's schema) and re-syncs in the dev server on any change.
 */
export function corpusLoader(name: string, entries: (corpus: Corpus) => Iterable<CorpusEntry>, summary?: (corpus: Corpus) => string): Loader {
  registerCollection();
  return {
    name,
    load: async ({ store, parseData, generateDigest, watcher, logger }) => {
      const sync = async () => {
        const corpus = await currentCorpus();
        store.clear();
        for (const entry of entries(corpus)) {
          const data = await parseData({ id: entry.id, data: entry.data });
          const digest = generateDigest(entry.html === undefined ? data : { data, html: entry.html });
          store.set({ id: entry.id, data, digest, ...(entry.html !== undefined ? { rendered: { html: entry.html } } : {}) });
        }
        collectionStored(corpus, watcher !== undefined);
        if (summary) logger.info(summary(corpus));
      };
      await sync();
      resyncOnChange(watcher, sync, (message) => logger.error(message));
    },
  };
}
