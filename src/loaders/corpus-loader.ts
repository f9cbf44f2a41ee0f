import type { Loader } from 'astro/loaders';
import type { Corpus } from '../pipeline/corpus.ts';
import { collectionStored, currentCorpus, registerCollection, resyncOnChange } from './corpus-source.ts';
import { storeEntries } from './store-entries.ts';

/** One collection entry as a corpus loader hands it to Astro. */
export interface CorpusEntry {
  id: string;
  data: Record<string, unknown>;
  /** Rendered HTML, for entries that have a body. */
  html?: string;
}

/**
 * A content-layer loader that takes its entries from the shared corpus: the pipeline does the work, the loader
 * only stores what changed (validated by the collection's schema; see storeEntries) and re-syncs in the dev server
 * on any change.
 */
export function corpusLoader(name: string, entries: (corpus: Corpus) => Iterable<CorpusEntry>, summary?: (corpus: Corpus) => string): Loader {
  registerCollection();
  return {
    name,
    load: async ({ store, parseData, generateDigest, watcher, logger }) => {
      const sync = async () => {
        const { corpus, version } = await currentCorpus();
        await storeEntries(entries(corpus), { store, parseData, generateDigest, codeVersion: version });
        collectionStored(corpus, watcher !== undefined);
        if (summary) logger.info(summary(corpus));
      };
      await sync();
      resyncOnChange(watcher, sync, (message) => logger.error(message));
    },
  };
}
