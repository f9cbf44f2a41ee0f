import type { Loader } from 'astro/loaders';
import { currentCorpus, resyncOnChange } from './corpus-source.ts';

/** Content-layer loader for claims linked across articles. */
export function claimsLoader(): Loader {
  return {
    name: 'claims-loader',
    load: async ({ store, parseData, generateDigest, watcher, logger }) => {
      const sync = async () => {
        const corpus = await currentCorpus();
        store.clear();
        for (const claim of corpus.claims.claims) {
          const data = await parseData({ id: claim.id, data: { ...claim } });
          store.set({ id: claim.id, data, digest: generateDigest(data) });
        }
        const shared = corpus.claims.claims.filter((c) => c.sources > 1).length;
        logger.info(`${corpus.claims.claims.length} claims, ${shared} carried by more than one outlet`);
      };
      await sync();
      resyncOnChange(watcher, sync, (message) => logger.error(message));
    },
  };
}
