import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { dataStoreInPieces } from '../vite/data-store-in-pieces.ts';

/**
 * Adds the Vite plugin that serves Astro's content store from piece files (`src/vite/data-store-in-pieces.ts`).
 * In a build it is told where Astro keeps the store, `data-store.json` in Astro's cache folder (as Astro 7's
 * `getDataStoreFile` puts it for a build), so that it can cut that file itself; the dev server keeps its store
 * elsewhere and goes through Astro's own module. `pieceBytes` is for tests, which build small stores and still want
 * them cut.
 */
export function contentStoreInPieces({ pieceBytes }: { pieceBytes?: number } = {}): AstroIntegration {
  return {
    name: 'claimlens:content-store-in-pieces',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        // Astro keeps one store file only with its default storage; chunked storage leaves an old one behind.
        const storage = (config.experimental as { collectionStorage?: string }).collectionStorage;
        const oneFile = storage === undefined || storage === 'single-file';
        const dataStoreFile = command === 'build' && oneFile ? fileURLToPath(new URL('data-store.json', config.cacheDir)) : undefined;
        updateConfig({ vite: { plugins: [dataStoreInPieces({ ...(pieceBytes ? { pieceBytes } : {}), ...(dataStoreFile ? { dataStoreFile } : {}) })] } });
      },
    },
  };
}
