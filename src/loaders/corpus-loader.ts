import type { Loader } from 'astro/loaders';
import type { Corpus } from '../pipeline/corpus.ts';
import { collectionSynced, currentSource, registerCollection, resyncOnChange, type SourceInfo } from './corpus-source.ts';
import { storeEntries } from './store-entries.ts';

/** One collection entry as a corpus loader hands it to Astro. */
export interface CorpusEntry {
  id: string;
  data: Record<string, unknown>;
  /** Rendered HTML, for entries that have a body. */
  html?: string;
}

/** What a loader says in the build log once its collection is in sync. */
export interface LoaderLog {
  /** What the collection holds: a function of the corpus alone, so it is kept with the entries and said again while they are unchanged. */
  summary?: (corpus: Corpus) => string;
  /** Where the corpus came from (folder, cache), said after the summary. */
  note?: (info: SourceInfo) => string;
}

// Kept in the collection's meta store, which Astro saves with its entries and clears with them.
const ENTRIES_KEY = 'claimlens:entries-key';
const SUMMARY = 'claimlens:summary';

/**
 * A content-layer loader that takes its entries from the shared corpus: the pipeline does the work, the loader
 * only stores what changed (validated by the collection's schema; see storeEntries) and re-syncs in the dev server
 * on any change.
 *
 * When the collection was last stored from a corpus with the same entries key (the same articles, registries and
 * code), its entries are left as they are without even reading the corpus's links and bodies: in a warm build of
 * 4,000 unchanged articles, reading them, and digesting every entry to find none changed, took about 2.5 s.
 */
export function corpusLoader(name: string, entries: (corpus: Corpus) => Iterable<CorpusEntry>, log: LoaderLog = {}): Loader {
  registerCollection();
  // One sync at a time, across every load of this collection: in the dev server two quick changes must not
  // interleave two corpora's entries under one key.
  let last: Promise<void> = Promise.resolve();
  return {
    name,
    load: async ({ store, meta, parseData, generateDigest, watcher, logger }) => {
      const syncOnce = async () => {
        const source = await currentSource();
        const { entriesKey } = source;
        const unchanged = entriesKey !== undefined && meta.get(ENTRIES_KEY) === entriesKey;
        let summary: string | undefined;
        if (unchanged) {
          summary = meta.get(SUMMARY);
        } else {
          // Cleared first: a sync that fails halfway must not leave the old key on a collection it changed.
          meta.delete(ENTRIES_KEY);
          const corpus = await source.corpus();
          await storeEntries(entries(corpus), { store, parseData, generateDigest, codeVersion: source.version });
          summary = log.summary?.(corpus);
          if (summary !== undefined) meta.set(SUMMARY, summary);
          else meta.delete(SUMMARY);
          if (entriesKey !== undefined) meta.set(ENTRIES_KEY, entriesKey);
        }
        const said = `${summary ?? ''}${log.note?.(source.info()) ?? ''}`;
        if (said !== '') logger.info(unchanged ? `${said}; unchanged since it was last stored` : said);
        collectionSynced(source, watcher !== undefined);
      };
      const sync = () => (last = last.catch(() => undefined).then(syncOnce));
      // Before the first sync, so that a build in the dev server that fails on bad input re-syncs once it is fixed.
      resyncOnChange(watcher, name, sync, (message) => logger.error(message));
      await sync();
    },
  };
}
