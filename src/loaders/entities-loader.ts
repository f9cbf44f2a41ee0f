import type { Loader } from 'astro/loaders';
import { currentCorpus, resyncOnChange } from './corpus-source.ts';

/** Content-layer loader for entities resolved across all articles. */
export function entitiesLoader(): Loader {
  return {
    name: 'entities-loader',
    load: async ({ store, parseData, generateDigest, watcher, logger }) => {
      const sync = async () => {
        const corpus = await currentCorpus();
        store.clear();
        for (const entity of corpus.entities.entities) {
          const page = { ...entity, related: corpus.entities.related.get(entity.id) ?? [] };
          const data = await parseData({ id: entity.id, data: page });
          store.set({ id: entity.id, data, digest: generateDigest(data) });
        }
        logger.info(`${corpus.entities.entities.length} entities`);
      };
      await sync();
      resyncOnChange(watcher, sync, (message) => logger.error(message));
    },
  };
}
