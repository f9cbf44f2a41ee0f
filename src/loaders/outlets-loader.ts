import type { Loader } from 'astro/loaders';
import { currentCorpus, resyncOnChange } from './corpus-source.ts';

/** Content-layer loader for the outlets that publish or republish at least one article. */
export function outletsLoader(): Loader {
  return {
    name: 'outlets-loader',
    load: async ({ store, parseData, generateDigest, watcher, logger }) => {
      const sync = async () => {
        const corpus = await currentCorpus();
        store.clear();
        for (const outlet of corpus.outlets) {
          const data = await parseData({ id: outlet.id, data: { ...outlet } });
          store.set({ id: outlet.id, data, digest: generateDigest(data) });
        }
      };
      await sync();
      resyncOnChange(watcher, sync, (message) => logger.error(message));
    },
  };
}
